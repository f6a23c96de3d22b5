#!/usr/bin/env bash
# SIP over TLS 1.2 with a renegotiation (RFC 5246 §7.4.1, RFC 5746) between
# two of the caller's messages, made with openssl's s_server and s_client:
# INVITE, 100 Trying, then a new handshake under the first one's keys, then
# CANCEL under the new keys. The caller writes the secrets of both
# handshakes (the key log); the server allows a client to renegotiate,
# which OpenSSL 3 refuses by default. make-fixtures.sh runs it under tcpdump.
#     tls-renegotiate.sh KEYLOG PORT
set -euo pipefail
keylog=$1
port=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 1 \
    -subj /CN=127.0.0.1 >/dev/null 2>&1
request() { # method
    printf '%s sips:bob@127.0.0.1:%s SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5998;branch=z9hG4bK-rn-1\r\n' "$1" "$port"
    printf 'Max-Forwards: 70\r\nFrom: <sips:alice@127.0.0.1>;tag=rn-a\r\nTo: <sips:bob@127.0.0.1>\r\n'
    printf 'Call-ID: tls-renegotiate@127.0.0.1\r\nCSeq: 1 %s\r\nContent-Length: 0\r\n\r\n' "$1"
}
trying() {
    printf 'SIP/2.0 100 Trying\r\nVia: SIP/2.0/TLS 127.0.0.1:5998;branch=z9hG4bK-rn-1\r\n'
    printf 'From: <sips:alice@127.0.0.1>;tag=rn-a\r\nTo: <sips:bob@127.0.0.1>\r\n'
    printf 'Call-ID: tls-renegotiate@127.0.0.1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n'
}
(sleep 1; trying; sleep 3) | timeout 8 openssl s_server -accept "127.0.0.1:$port" -cert "$dir/cert.pem" \
    -key "$dir/key.pem" -tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256 -client_renegotiation -quiet >/dev/null 2>&1 &
server=$!
sleep 0.5
# A line holding only "R" is s_client's command to renegotiate.
(request INVITE; sleep 1.5; printf 'R\n'; sleep 0.5; request CANCEL; sleep 1) \
    | timeout 6 openssl s_client -connect "127.0.0.1:$port" -tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256 \
        -keylogfile "$keylog" >/dev/null 2>&1 || true
wait "$server" || true
