#!/usr/bin/env python3
"""Two SIP peers over TLS (sips, port 5061) on loopback, for a capture.

The caller sends an INVITE; the callee answers 100, 180, then 486, which the
caller acknowledges. The caller writes its TLS session keys in the NSS key
log format (what SSLKEYLOGFILE gives browsers and many SIP stacks), so that
Wireshark can decrypt the capture and export the SIP it reads ("Export PDUs
to File", tshark -U): the way SIP over TLS reaches statusdoc. The
certificate is made for the run with openssl. make-fixtures.sh runs it
under tcpdump. SUITE is `tls13` (the default: TLS 1.3, the suite OpenSSL
prefers), `tls10` or `tls11` (TLS 1.0 or 1.1, whichever suite OpenSSL
picks), or an OpenSSL TLS 1.2 cipher name, which the caller then offers
alone; with `+no-etm`, without encrypt-then-MAC. The Call-ID names it.

    tls-peers.py KEYLOG [PORT] [SUITE]
"""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

KEYLOG = sys.argv[1]
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 5061
SUITE = sys.argv[3] if len(sys.argv) > 3 else "tls13"
OLD_VERSION = {"tls10": ssl.TLSVersion.TLSv1, "tls11": ssl.TLSVersion.TLSv1_1}.get(SUITE.removesuffix("+no-etm"))
if SUITE == "tls13":
    CALL_ID = "tls-call-1"
elif OLD_VERSION:
    CALL_ID = "tls-" + SUITE.replace("+", "-")
else:
    CALL_ID = "tls-" + SUITE.removesuffix("+no-etm")
# OpenSSL's SSL_OP_NO_ENCRYPT_THEN_MAC, which Python does not name: the MAC
# inside the encryption, as RFC 5246 has it, instead of RFC 7366's.
NO_ENCRYPT_THEN_MAC = 1 << 19
CALLER = ("127.0.0.1", 0)

INVITE = (
    "INVITE sips:bob@127.0.0.1:{port} SIP/2.0\r\n"
    "Via: SIP/2.0/TLS 127.0.0.1:{local};branch=z9hG4bK-tls-1\r\n"
    "Max-Forwards: 70\r\n"
    "From: <sips:alice@127.0.0.1>;tag=tls-a\r\n"
    "To: <sips:bob@127.0.0.1>\r\n"
    "Call-ID: {call_id}@127.0.0.1\r\n"
    "CSeq: 1 INVITE\r\n"
    "Contact: <sips:alice@127.0.0.1:{local};transport=tls>\r\n"
    "Content-Length: 0\r\n\r\n"
)
ACK = (
    "ACK sips:bob@127.0.0.1:{port} SIP/2.0\r\n"
    "Via: SIP/2.0/TLS 127.0.0.1:{local};branch=z9hG4bK-tls-1\r\n"
    "Max-Forwards: 70\r\n"
    "From: <sips:alice@127.0.0.1>;tag=tls-a\r\n"
    "To: <sips:bob@127.0.0.1>;tag=tls-b\r\n"
    "Call-ID: {call_id}@127.0.0.1\r\n"
    "CSeq: 1 ACK\r\n"
    "Content-Length: 0\r\n\r\n"
)


def response(request, status, to_tag):
    """A response to `request`: its Via, From, Call-ID and CSeq copied."""
    lines = request.split("\r\n")
    keep = [l for l in lines if l.split(":")[0] in ("Via", "From", "Call-ID", "CSeq")]
    to = next(l for l in lines if l.startswith("To:"))
    if to_tag:
        to += ";tag=" + to_tag
    return "\r\n".join([f"SIP/2.0 {status}"] + keep + [to, "Content-Length: 0", "", ""])


def read_message(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode()


def callee(server, ready):
    ready.set()
    conn, _ = server.accept()
    invite = read_message(conn)
    for status, tag in (("100 Trying", None), ("180 Ringing", "tls-b"), ("486 Busy Here", "tls-b")):
        conn.sendall(response(invite, status, tag).encode())
        time.sleep(0.05)
    read_message(conn)  # the ACK
    conn.close()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        key, cert = os.path.join(tmp, "key.pem"), os.path.join(tmp, "cert.pem")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
             "-days", "1", "-subj", "/CN=127.0.0.1"],
            check=True, capture_output=True,
        )
        server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_context.load_cert_chain(cert, key)
        if SUITE != "tls13":
            # Whatever the caller offers, SHA-1 MACs and TLS 1.0 included.
            server_context.minimum_version = ssl.TLSVersion.TLSv1
            server_context.set_ciphers("ALL:@SECLEVEL=0")
        listener = socket.create_server(("127.0.0.1", PORT))
        server = server_context.wrap_socket(listener, server_side=True)
        ready = threading.Event()
        thread = threading.Thread(target=callee, args=(server, ready))
        thread.start()
        ready.wait()
        client_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        client_context.check_hostname = False
        client_context.verify_mode = ssl.CERT_NONE
        client_context.keylog_filename = KEYLOG
        if OLD_VERSION:
            # Old enough that OpenSSL allows it only at security level 0.
            client_context.minimum_version = OLD_VERSION
            client_context.maximum_version = OLD_VERSION
            client_context.set_ciphers("ALL:@SECLEVEL=0")
        elif SUITE != "tls13":
            client_context.maximum_version = ssl.TLSVersion.TLSv1_2
            client_context.set_ciphers(SUITE.removesuffix("+no-etm"))
        if SUITE.endswith("+no-etm"):
            client_context.options |= NO_ENCRYPT_THEN_MAC
        raw = socket.create_connection(("127.0.0.1", PORT))
        conn = client_context.wrap_socket(raw)
        local = conn.getsockname()[1]
        conn.sendall(INVITE.format(port=PORT, local=local, call_id=CALL_ID).encode())
        answers = b""
        while answers.count(b"\r\n\r\n") < 3:  # 100, 180, 486, each without a body
            answers += conn.recv(4096)
        time.sleep(0.05)
        conn.sendall(ACK.format(port=PORT, local=local, call_id=CALL_ID).encode())
        time.sleep(0.1)
        conn.close()
        thread.join()
        server.close()


main()
