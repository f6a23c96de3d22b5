#!/usr/bin/env python3
"""Two SIP peers over WebSocket (RFC 7118) on loopback, for a capture.

A browser-like client (masked frames, RFC 6455 §5.3) registers with a server
and calls through it; the server answers 486. Each frame is written on its
own, some split across two writes or across two frames, with a ping between
them, so that the capture holds what a reader of SIP over WebSocket must
handle. With "deflate", the peers negotiate permessage-deflate (RFC 7692)
and compress every SIP message, each direction keeping its window from one
message to the next. make-fixtures.sh runs it under tcpdump.

    websocket-peers.py [PORT] [deflate]
"""
import base64
import hashlib
import os
import socket
import sys
import threading
import time
import zlib

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 5066
DEFLATE = len(sys.argv) > 2 and sys.argv[2] == "deflate"
EXTENSION = b"Sec-WebSocket-Extensions: permessage-deflate\r\n" if DEFLATE else b""
GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 §1.3


def frame(opcode, payload, fin=True, mask=False, rsv1=False):
    head = bytes([(0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode])
    n = len(payload)
    bit = 0x80 if mask else 0
    if n < 126:
        head += bytes([bit | n])
    elif n < 65536:
        head += bytes([bit | 126]) + n.to_bytes(2, "big")
    else:
        head += bytes([bit | 127]) + n.to_bytes(8, "big")
    if not mask:
        return head + payload
    key = os.urandom(4)
    return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def send(sock, data, split=None):
    # TCP_NODELAY and a pause between writes: each write is its own segment.
    if split:
        sock.sendall(data[:split])
        time.sleep(0.05)
        sock.sendall(data[split:])
    else:
        sock.sendall(data)
    time.sleep(0.05)


def read_frame(sock):
    def exactly(n):
        out = b""
        while len(out) < n:
            chunk = sock.recv(n - len(out))
            if not chunk:
                raise EOFError
            out += chunk
        return out

    b0, b1 = exactly(2)
    n = b1 & 0x7F
    if n == 126:
        n = int.from_bytes(exactly(2), "big")
    elif n == 127:
        n = int.from_bytes(exactly(8), "big")
    key = exactly(4) if b1 & 0x80 else None
    payload = exactly(n)
    if key:
        payload = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
    return b0 & 0x0F, payload


class Sender:
    """One direction's SIP messages as frames: compressed with the window
    kept across messages (RFC 7692 §7.2.1), or as they are."""

    def __init__(self, mask):
        self.mask = mask
        self.compressor = zlib.compressobj(wbits=-15) if DEFLATE else None

    def message(self, payload, parts=1):
        if self.compressor:
            payload = self.compressor.compress(payload) + self.compressor.flush(zlib.Z_SYNC_FLUSH)
            payload = payload[:-4]
        cut = len(payload) // parts
        pieces = [payload[:cut], payload[cut:]] if parts == 2 else [payload]
        return [
            frame(1 if i == 0 else 0, piece, fin=i == len(pieces) - 1, mask=self.mask,
                  rsv1=bool(self.compressor) and i == 0)
            for i, piece in enumerate(pieces)
        ]


def sip(lines, body=b""):
    text = "\r\n".join(lines + ["Content-Length: %d" % len(body), "", ""]).encode()
    return text + body


CLIENT = "df7jal23ls0d.invalid"
CALL_REG = "reg-7f3a9c@" + CLIENT
CALL_INV = "inv-51b2e8@" + CLIENT
SDP = (
    b"v=0\r\no=- 4611731400430051 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
    b"m=audio 50000 UDP/TLS/RTP/SAVPF 111 0\r\nc=IN IP4 127.0.0.1\r\n"
    b"a=ice-ufrag:Fx3q\r\na=ice-pwd:1nYzqZ0tXoVJb3Pm2tBr8xKf\r\n"
    b"a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\r\n"
    b"a=rtpmap:111 opus/48000/2\r\na=rtpmap:0 PCMU/8000\r\na=setup:actpass\r\n"
    b"a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB\r\n"
)


def server(listener):
    conn, _ = listener.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    request = b""
    while b"\r\n\r\n" not in request:
        request += conn.recv(4096)
    key = [l.split(b":", 1)[1].strip() for l in request.split(b"\r\n") if l.lower().startswith(b"sec-websocket-key:")][0]
    accept = base64.b64encode(hashlib.sha1(key + GUID.encode()).digest())
    send(
        conn,
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Accept: " + accept + b"\r\nSec-WebSocket-Protocol: sip\r\n" + EXTENSION + b"\r\n",
    )
    out = Sender(mask=False)
    via = "Via: SIP/2.0/WS %s;branch=%s"
    # REGISTER -> 200 OK
    _, reg = read_frame(conn)
    send(conn, *out.message(sip([
        "SIP/2.0 200 OK", via % (CLIENT, "z9hG4bK-reg1") + ";received=127.0.0.1",
        "From: <sip:alice@example.com>;tag=r1", "To: <sip:alice@example.com>;tag=s1",
        "Call-ID: " + CALL_REG, "CSeq: 1 REGISTER",
        "Contact: <sip:alice@%s;transport=ws>;expires=600" % CLIENT,
    ])))
    # INVITE -> 100, 180, a ping, 486 in two frames
    _, inv = read_frame(conn)
    base = [via % (CLIENT, "z9hG4bK-inv1") + ";received=127.0.0.1",
            "From: <sip:alice@example.com>;tag=a1", "To: <sip:bob@example.com>",
            "Call-ID: " + CALL_INV, "CSeq: 1 INVITE"]
    send(conn, *out.message(sip(["SIP/2.0 100 Trying"] + base)))
    ringing = base[:2] + ["To: <sip:bob@example.com>;tag=b1"] + base[3:]
    send(conn, *out.message(sip(["SIP/2.0 180 Ringing"] + ringing)))
    send(conn, frame(9, b"ka"))
    read_frame(conn)  # the pong
    busy = sip(["SIP/2.0 486 Busy Here"] + ringing + ["Retry-After: 60"])
    if DEFLATE:
        first, last = out.message(busy, parts=2)
    else:
        first, last = frame(1, busy[:60], fin=False), frame(0, busy[60:])
    send(conn, first)
    send(conn, last)
    read_frame(conn)  # the ACK
    read_frame(conn)  # the close
    send(conn, frame(8, b"\x03\xe8"))
    conn.close()


def client():
    sock = socket.create_connection(("127.0.0.1", PORT))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    key = base64.b64encode(os.urandom(16))
    send(
        sock,
        b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: sip\r\n%s\r\n"
        % (PORT, key, EXTENSION),
    )
    out = Sender(mask=True)
    response = b""
    while b"\r\n\r\n" not in response:
        response += sock.recv(4096)
    via = "Via: SIP/2.0/WS %s;branch=%s"
    send(sock, *out.message(sip([
        "REGISTER sip:example.com SIP/2.0", via % (CLIENT, "z9hG4bK-reg1"), "Max-Forwards: 70",
        "From: <sip:alice@example.com>;tag=r1", "To: <sip:alice@example.com>",
        "Call-ID: " + CALL_REG, "CSeq: 1 REGISTER",
        "Contact: <sip:alice@%s;transport=ws>;expires=600" % CLIENT,
    ])))
    read_frame(sock)
    [invite] = out.message(sip([
        "INVITE sip:bob@example.com SIP/2.0", via % (CLIENT, "z9hG4bK-inv1"), "Max-Forwards: 70",
        "From: <sip:alice@example.com>;tag=a1", "To: <sip:bob@example.com>",
        "Call-ID: " + CALL_INV, "CSeq: 1 INVITE",
        "Contact: <sip:alice@%s;transport=ws>" % CLIENT, "Content-Type: application/sdp",
    ], SDP))
    send(sock, invite, split=100)  # one frame across two segments
    while True:
        opcode, payload = read_frame(sock)
        if opcode == 9:
            send(sock, frame(10, payload, mask=True))
        elif opcode == 0:
            break  # the last part of the 486
    send(sock, *out.message(sip([
        "ACK sip:bob@example.com SIP/2.0", via % (CLIENT, "z9hG4bK-inv1"), "Max-Forwards: 70",
        "From: <sip:alice@example.com>;tag=a1", "To: <sip:bob@example.com>;tag=b1",
        "Call-ID: " + CALL_INV, "CSeq: 1 ACK",
    ])))
    send(sock, frame(8, b"\x03\xe8", mask=True))
    read_frame(sock)
    sock.close()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", PORT))
listener.listen(1)
peer = threading.Thread(target=server, args=(listener,))
peer.start()
client()
peer.join()
