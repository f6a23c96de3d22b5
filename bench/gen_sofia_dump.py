#!/usr/bin/env python3
"""A sofia-sip transport dump (TPORT_DUMP) of about SIZE_MB, for bench/sofia-dump.sh.

Usage: gen_sofia_dump.py OUT SIZE_MB

Calls of INVITE, 100, 180, 200, ACK, BYE, 200 (one in five refused with
486 and ACKed), alternately over UDP and over TCP; a TCP connection's
messages (every third call's) are each cut into two reads at varying
places, as sofia-sip reads a stream.
Times advance 2 ms a message from 12:00:00; the dump opens as sofia-sip
opens it.
"""
import sys


def message(start, call, cseq, transport, body=""):
    return (
        f"{start}\r\n"
        f"Via: SIP/2.0/{transport} 10.0.0.1:5060;branch=z9hG4bK{call}-{cseq.split()[0]}\r\n"
        f"Max-Forwards: 70\r\n"
        f"From: <sip:alice{call}@example.com>;tag=a{call}\r\n"
        f"To: <sip:bob{call}@example.net>;tag=b{call}\r\n"
        f"Call-ID: {call}@bench.example.com\r\n"
        f"CSeq: {cseq}\r\n"
        f"Contact: <sip:alice@10.0.0.1:5060;transport={transport.lower()}>\r\n"
        f"User-Agent: bench\r\n"
        f"Content-Length: {len(body)}\r\n\r\n{body}"
    )


SDP = "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 10000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\n"


def call_messages(n, transport):
    invite = "INVITE sip:bob@example.net SIP/2.0"
    flow = [("recv", message(invite, n, "1 INVITE", transport, SDP)), ("sent", message("SIP/2.0 100 Trying", n, "1 INVITE", transport))]
    if n % 5 == 0:
        flow += [("sent", message("SIP/2.0 486 Busy Here", n, "1 INVITE", transport)), ("recv", message("ACK sip:bob@example.net SIP/2.0", n, "1 ACK", transport))]
    else:
        flow += [
            ("sent", message("SIP/2.0 180 Ringing", n, "1 INVITE", transport)),
            ("sent", message("SIP/2.0 200 OK", n, "1 INVITE", transport, SDP)),
            ("recv", message("ACK sip:bob@example.net SIP/2.0", n, "1 ACK", transport)),
            ("recv", message("BYE sip:bob@example.net SIP/2.0", n, "2 BYE", transport)),
            ("sent", message("SIP/2.0 200 OK", n, "2 BYE", transport)),
        ]
    return flow


def main():
    out, size = sys.argv[1], int(sys.argv[2]) * 1_000_000
    micros = 12 * 3600 * 1_000_000
    with open(out, "w", newline="") as f:
        f.write("dump started at Fri Nov 27 12:00:00 2026\n\n\n")
        n = 0
        while f.tell() < size:
            transport = "UDP" if n % 2 else "TCP"
            peer = f"{transport.lower()}/[10.0.{n % 200}.{n % 250 + 1}]:{5060 if transport == 'UDP' else 30000 + n % 30000}"
            flow = call_messages(n, transport)
            frames = []
            if transport == "UDP":
                frames = [(what, text) for what, text in flow]
            else:
                # Each direction's bytes cut at varying places.
                for what, text in flow:
                    cut = 1 + (n * 37 + len(text)) % (len(text) - 1)
                    frames += [(what, text[:cut]), (what, text[cut:])] if n % 3 == 0 else [(what, text)]
            for what, data in frames:
                micros += 2000
                s, us = divmod(micros, 1_000_000)
                stamp = f"{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{us:06d}"
                via = "from" if what == "recv" else "to"
                f.write(f"{what} {len(data)} bytes {via} {peer} at {stamp}:\n{data}\x0b\n")
            n += 1


if __name__ == "__main__":
    main()
