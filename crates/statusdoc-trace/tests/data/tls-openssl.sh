#!/usr/bin/env bash
# SIP over TLS between openssl's s_server and s_client (Python's ssl can do
# neither of these): INVITE, 100 Trying, then MODE between the caller's two
# requests, then CANCEL under the keys that follow. The caller writes its
# secrets (the key log). make-fixtures.sh runs it under tcpdump.
#   key-update   TLS 1.3 with ChaCha20-Poly1305, a KeyUpdate (RFC 8446 §4.6.3)
#   renegotiate  TLS 1.2 with AES-128-GCM, a new handshake under the first
#                one's keys (RFC 5246 §7.4.1, RFC 5746); the server allows a
#                client to renegotiate, which OpenSSL 3 refuses by default
#     tls-openssl.sh MODE KEYLOG PORT
set -euo pipefail
mode=$1
keylog=$2
port=$3
case "$mode" in
key-update)
    id=ku command=k
    versions=(-tls1_3 -ciphersuites TLS_CHACHA20_POLY1305_SHA256)
    server_options=()
    ;;
renegotiate)
    id=rn command=R
    versions=(-tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256)
    server_options=(-client_renegotiation)
    ;;
*) echo "mode: key-update or renegotiate" >&2; exit 2 ;;
esac
call_id="tls-$mode@127.0.0.1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 1 \
    -subj /CN=127.0.0.1 >/dev/null 2>&1
request() { # method
    printf '%s sips:bob@127.0.0.1:%s SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5999;branch=z9hG4bK-%s-1\r\n' "$1" "$port" "$id"
    printf 'Max-Forwards: 70\r\nFrom: <sips:alice@127.0.0.1>;tag=%s-a\r\nTo: <sips:bob@127.0.0.1>\r\n' "$id"
    printf 'Call-ID: %s\r\nCSeq: 1 %s\r\nContent-Length: 0\r\n\r\n' "$call_id" "$1"
}
trying() {
    printf 'SIP/2.0 100 Trying\r\nVia: SIP/2.0/TLS 127.0.0.1:5999;branch=z9hG4bK-%s-1\r\n' "$id"
    printf 'From: <sips:alice@127.0.0.1>;tag=%s-a\r\nTo: <sips:bob@127.0.0.1>\r\n' "$id"
    printf 'Call-ID: %s\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n' "$call_id"
}
(sleep 1; trying; sleep 3) | timeout 8 openssl s_server -accept "127.0.0.1:$port" -cert "$dir/cert.pem" \
    -key "$dir/key.pem" "${versions[@]}" "${server_options[@]}" -quiet >/dev/null 2>&1 &
server=$!
sleep 0.5
# A line holding only "k" (key update) or "R" (renegotiate) is s_client's command.
(request INVITE; sleep 1.5; printf '%s\n' "$command"; sleep 0.5; request CANCEL; sleep 1) \
    | timeout 6 openssl s_client -connect "127.0.0.1:$port" "${versions[@]}" -keylogfile "$keylog" >/dev/null 2>&1 || true
wait "$server" || true
