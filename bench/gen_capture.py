#!/usr/bin/env python3
"""Writes a pcap of many SIP calls over UDP (or TCP), for the analyze benchmark.

Usage: python3 bench/gen_capture.py OUT.pcap SIZE_MB [udp|tcp|tcp-fin] [CONCURRENT] [RTP] [basic|trunk]
Each call: INVITE (with SDP), 100, 180, 200 (with SDP), ACK, BYE, 200; one
call in ten fails with 486 instead (INVITE, 100, 486, ACK). Over TCP, each
call's two directions are a connection each, a message per segment, joined
after their handshake (with `tcp-fin`, each connection is closed with a
FIN each way once its call is over, as a trunk that opens a connection per
call does; with `tcp`, never). Calls follow one another, messages 0.5 ms apart;
with CONCURRENT (UDP), that many calls are in progress at once, their
messages taken in turn, 50 us apart. With RTP (UDP), each answered call
carries that many RTP packets (G.711, 20 ms: 160 bytes of audio) between
its ACK and its BYE, both ways in turn between the ports its SDP gives,
as real captures are mostly media. With `trunk`, each message carries the
header fields a call through a carrier's proxy does (a second Via, two
Record-Routes, Allow, Supported, P-Asserted-Identity, session timers,
display names): about 1 KB a message instead of 460 bytes. Deterministic.
"""
import struct
import sys

out, size_mb = sys.argv[1], int(sys.argv[2])
tcp = len(sys.argv) > 3 and sys.argv[3] in ("tcp", "tcp-fin")
fin = len(sys.argv) > 3 and sys.argv[3] == "tcp-fin"
concurrent = int(sys.argv[4]) if len(sys.argv) > 4 else 1
rtp = int(sys.argv[5]) if len(sys.argv) > 5 else 0
trunk = len(sys.argv) > 6 and sys.argv[6] == "trunk"
limit = size_mb * 1024 * 1024
next_seq = {}

def eth_ip_tcp(src, dst, sport, dport, payload):
    key = (tuple(src), tuple(dst))
    seq = next_seq.get(key, 1000)
    # None: no payload, FIN (which takes a sequence number); else PSH.
    flags = 0x11 if payload is None else 0x18
    payload = payload or b""
    next_seq[key] = seq + len(payload) + (flags == 0x11)
    segment = struct.pack("!HHIIBBHHH", sport, dport, seq, 1, 5 << 4, flags, 65535, 0, 0) + payload
    total = 20 + len(segment)
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, 0, 0x4000, 64, 6, 0, bytes(src), bytes(dst))
    return b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\x08\x00" + ip + segment

ip_ids = {}

def eth_ip_udp(src, dst, sport, dport, payload):
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    total = 20 + len(udp)
    # An identification per packet and sender, as a kernel counts them (so
    # that statusdoc's check for packets captured twice has work to do).
    ident = ip_ids.get(tuple(src), 0) % 65535 + 1
    ip_ids[tuple(src)] = ident
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, ident, 0x4000, 64, 17, 0, bytes(src), bytes(dst))
    return b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\x08\x00" + ip + udp

SDP = (
    "v=0\r\no=- 1 1 IN IP4 {ip}\r\ns=-\r\nc=IN IP4 {ip}\r\nt=0 0\r\n"
    "m=audio {port} RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n"
)

def msg(first, call, cseq, branch, a_ip, b_ip, to_tag=None, body=""):
    to = f"<sip:bob{call}@{'.'.join(map(str, b_ip))}>" + (f";tag=b{call}" if to_tag else "")
    a = ".".join(map(str, a_ip))
    transport = "TCP" if tcp else "UDP"
    if not trunk:
        headers = [
            first,
            f"Via: SIP/2.0/{transport} {a}:5060;branch=z9hG4bK{branch}",
            "Max-Forwards: 70",
            f"From: <sip:alice{call}@{a}>;tag=a{call}",
            f"To: {to}",
            f"Call-ID: {call}-bench@{a}",
            f"CSeq: {cseq}",
            f"Contact: <sip:alice{call}@{a}:5060>",
            "User-Agent: statusdoc-bench",
        ]
    else:
        headers = [
            first,
            f"Via: SIP/2.0/{transport} 192.0.2.10:5060;branch=z9hG4bKp{branch};rport=5060",
            f"Via: SIP/2.0/{transport} {a}:5060;received={a};branch=z9hG4bK{branch};rport=5060",
            "Record-Route: <sip:192.0.2.10:5060;lr;ftag=a{call}>".format(call=call),
            "Record-Route: <sip:198.51.100.20:5060;transport=udp;lr>",
            "Max-Forwards: 69",
            f"From: \"Alice {call}\" <sip:+1555{call % 10_000_000:07}@{a};user=phone>;tag=a{call}",
            f"To: \"Bob\" {to}",
            f"Call-ID: {call}-bench@{a}",
            f"CSeq: {cseq}",
            f"Contact: <sip:+1555{call % 10_000_000:07}@{a}:5060;transport={transport.lower()}>",
            f"P-Asserted-Identity: \"Alice {call}\" <sip:+1555{call % 10_000_000:07}@carrier.example;user=phone>",
            "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, PRACK, REFER, NOTIFY, INFO, SUBSCRIBE",
            "Supported: replaces, timer, 100rel, path",
            "Session-Expires: 1800;refresher=uac",
            "Min-SE: 90",
            "Privacy: none",
            "Accept: application/sdp, application/dtmf-relay",
            "Allow-Events: talk, hold, refer",
            "User-Agent: statusdoc-bench trunk gateway 4.2.1 (build 20261126)",
        ]
    if body:
        headers.append("Content-Type: application/sdp")
    headers.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode()

with open(out, "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    written, t, call = 24, 1_700_000_000.0, 0
    group = []  # the calls in progress: each one's packets still to write

    def write_group():
        global written, t
        step = 0.0005 if concurrent == 1 else 0.00005
        while any(group):
            for packets in group:
                if packets:
                    src, dst, payload, *ports = packets.pop(0)
                    sport, dport = ports or (5060, 5060)
                    t += step
                    frame = (eth_ip_tcp if tcp else eth_ip_udp)(src, dst, sport, dport, payload)
                    sec = int(t)
                    usec = int((t - sec) * 1e6)
                    f.write(struct.pack("<IIII", sec, usec, len(frame), len(frame)) + frame)
                    written += 16 + len(frame)
        group.clear()

    while written < limit:
        call += 1
        a = [10, (call >> 16) & 255, (call >> 8) & 255, call & 255 or 1]
        b = [172, 16, (call >> 8) & 255, call & 255 or 1]
        sdp_a = SDP.format(ip=".".join(map(str, a)), port=10000 + call % 50000)
        sdp_b = SDP.format(ip=".".join(map(str, b)), port=20000 + call % 40000)
        br = f"{call}x1"
        flow = [(a, b, msg(f"INVITE sip:bob{call}@{'.'.join(map(str, b))} SIP/2.0", call, "1 INVITE", br, a, b, body=sdp_a)),
                (b, a, msg("SIP/2.0 100 Trying", call, "1 INVITE", br, a, b))]
        if call % 10 == 0:
            flow += [(b, a, msg("SIP/2.0 486 Busy Here", call, "1 INVITE", br, a, b, to_tag=True)),
                     (a, b, msg(f"ACK sip:bob{call}@{'.'.join(map(str, b))} SIP/2.0", call, "1 ACK", br, a, b, to_tag=True))]
        else:
            flow += [(b, a, msg("SIP/2.0 180 Ringing", call, "1 INVITE", br, a, b, to_tag=True)),
                     (b, a, msg("SIP/2.0 200 OK", call, "1 INVITE", br, a, b, to_tag=True, body=sdp_b)),
                     (a, b, msg(f"ACK sip:bob{call}@{'.'.join(map(str, b))} SIP/2.0", call, "1 ACK", f"{call}x2", a, b, to_tag=True))]
            port_a, port_b = 10000 + call % 50000, 20000 + call % 40000
            for n in range(rtp):
                forward = n % 2 == 0
                header = struct.pack("!BBHII", 0x80, 0, n // 2 & 0xFFFF, n // 2 * 160, call * 2 + (not forward))
                flow.append((a, b, header + b"\xff" * 160, port_a, port_b) if forward
                            else (b, a, header + b"\xff" * 160, port_b, port_a))
            flow += [(a, b, msg(f"BYE sip:bob{call}@{'.'.join(map(str, b))} SIP/2.0", call, "2 BYE", f"{call}x3", a, b, to_tag=True)),
                     (b, a, msg("SIP/2.0 200 OK", call, "2 BYE", f"{call}x3", a, b, to_tag=True))]
        if fin:
            flow += [(a, b, None), (b, a, None)]
        group.append(flow)
        if len(group) >= concurrent:
            write_group()
    write_group()
print(f"{out}: {call} calls, {written / 1e6:.0f} MB")
