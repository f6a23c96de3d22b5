#!/usr/bin/env python3
"""Writes an Asterisk `pjsip set logger` log of many SIP messages, for
timing how fast logs are read.

Usage: python3 bench/gen_log.py OUT.log MESSAGES
Calls as Asterisk logs them, one after another, a message every 0.5 ms:
INVITE with its offer, 100, 180, 200 with the answer, ACK, BYE, 200; the
requests received from the caller, the responses transmitted to it. Each
message is preceded by the log line that names its direction, transport
and address. Deterministic.
"""
import sys

out, count = sys.argv[1], int(sys.argv[2])

CALLER, PBX = "10.0.0.1:5060", "10.0.0.2:5060"
SDP = (
    "v=0\no=- {n} 1 IN IP4 {ip}\ns=-\nc=IN IP4 {ip}\nt=0 0\n"
    "m=audio {port} RTP/AVP 0 8 101\na=rtpmap:0 PCMU/8000\na=rtpmap:8 PCMA/8000\n"
    "a=rtpmap:101 telephone-event/8000\na=sendrecv\n"
)


def headers(n, cseq, to_tag, branch, length):
    to = "<sip:200@10.0.0.2>" + (f";tag=b{n}" if to_tag else "")
    return (
        f"Via: SIP/2.0/UDP {CALLER};rport;branch=z9hG4bK{branch}\n"
        f"From: \"Alice\" <sip:100@10.0.0.1>;tag=a{n}\n"
        f"To: {to}\nCall-ID: {n}-log@10.0.0.1\nCSeq: {cseq}\n"
        f"Content-Length: {length}\n"
    )


def request(n, method, cseq, to_tag, branch, body=""):
    extra = "Contact: <sip:100@10.0.0.1:5060>\nMax-Forwards: 70\nUser-Agent: bench\n"
    if body:
        extra += "Content-Type: application/sdp\n"
    return f"{method} sip:200@10.0.0.2 SIP/2.0\n" + headers(n, cseq, to_tag, branch, len(body)) + extra + "\n" + body


def response(n, status, cseq, to_tag, branch, body=""):
    extra = "Server: Asterisk PBX 20.5.0\n"
    if body:
        extra += "Contact: <sip:200@10.0.0.2:5060>\nContent-Type: application/sdp\n"
    return f"SIP/2.0 {status}\n" + headers(n, cseq, to_tag, branch, len(body)) + extra + "\n" + body


def call(n):
    offer = SDP.format(n=n, ip="10.0.0.1", port=10000 + 2 * (n % 10000))
    answer = SDP.format(n=n, ip="10.0.0.2", port=20000 + 2 * (n % 10000))
    invite, bye = f"{n}i", f"{n}b"
    return [
        ("in", request(n, "INVITE", "1 INVITE", False, invite, offer)),
        ("out", response(n, "100 Trying", "1 INVITE", False, invite)),
        ("out", response(n, "180 Ringing", "1 INVITE", True, invite)),
        ("out", response(n, "200 OK", "1 INVITE", True, invite, answer)),
        ("in", request(n, "ACK", "1 ACK", True, f"{n}a")),
        ("in", request(n, "BYE", "2 BYE", True, bye)),
        ("out", response(n, "200 OK", "2 BYE", True, bye)),
    ]


with open(out, "w") as f:
    written, n, ms = 0, 0, 0.0
    while written < count:
        for direction, message in call(n):
            if written == count:
                break
            seconds = int(ms // 1000)
            stamp = f"2024-05-01 {12 + seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}.{int(ms % 1000):03}"
            kind = "request" if not message.startswith("SIP/2.0") else "response"
            if direction == "in":
                line = f"<--- Received SIP {kind} ({len(message)} bytes) from UDP:{CALLER} --->"
            else:
                line = f"<--- Transmitting SIP {kind} ({len(message)} bytes) to UDP:{CALLER} --->"
            f.write(f"[{stamp}] VERBOSE[4242] res_pjsip_logger.c: {line}\n{message}\n")
            written += 1
            ms += 0.5
        n += 1
