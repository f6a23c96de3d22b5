#!/usr/bin/env bash
# Re-creates the SIPp fixtures: each scenario is played on loopback between a
# SIPp UAC and a SIPp UAS and captured with tcpdump. Needs root, sipp
# (Debian: sip-tester) and tcpdump. The .pcap files are committed; run this
# only to change them.
set -euo pipefail
cd "$(dirname "$0")"
play() { # name, transport flag, uas scenario args, uac scenario args
    local name=$1 transport=$2 uas=$3 uac=$4
    tcpdump -i lo -U -s 0 -w "$name.pcap" "port 5070 or port 5071" >/dev/null 2>&1 &
    local dump=$!
    sleep 1
    sipp $transport -i 127.0.0.1 -p 5070 $uas -m 1 -bg -trace_err >/dev/null 2>&1 || true
    sleep 0.5
    sipp $transport -i 127.0.0.1 -p 5071 127.0.0.1:5070 $uac -m 1 -s bob -timeout 10 >/dev/null 2>&1 || true
    sleep 1
    pkill -f "sipp .* -p 5070" || true
    kill "$dump"
    wait "$dump" 2>/dev/null || true
    echo "$name.pcap: $(stat -c %s "$name.pcap") bytes"
}
play basic-call "-t u1" "-sn uas" "-sn uac"
play basic-call-tcp "-t t1" "-sn uas" "-sn uac"
for code in 486 404 503 401 407 cancel; do
    play "reject-$code" "-t u1" "-sf scenarios/uas-$code.xml" "-sf scenarios/uac-$code.xml"
done

# Flows for the diagnosis: each triggers findings (tests/fixtures.rs says which).
for diag in 428 438 437 488-srtp 302 481 423 422 420 no-ack auth-ignored auth-rejected pdd lapse 489 415 crossed 480 608 oneway slow headers 580 length udp-size 482 483 491 prack overlap; do
    play "diag-$diag" "-t u1" "-sf scenarios/uas-diag-$diag.xml" "-sf scenarios/uac-diag-$diag.xml"
done

# Two calls over TCP, each on a connection of its own from the same port
# (5071) to the same port (5070): a client bound to its SIP port connecting
# again, as phones and trunks do after a connection closed or broke.
tcpdump -i lo -U -s 0 -w tcp-reconnect.pcap "port 5070 or port 5071" >/dev/null 2>&1 &
dump=$!
sleep 1
sipp -t t1 -i 127.0.0.1 -p 5070 -sn uas -bg -trace_err >/dev/null 2>&1 || true
sleep 0.5
for call in 1 2; do
    sipp -t t1 -i 127.0.0.1 -p 5071 127.0.0.1:5070 -sn uac -m 1 -s bob -timeout 10 >/dev/null 2>&1 || true
    sleep 1
done
pkill -f "sipp .* -p 5070" || true
kill "$dump"
wait "$dump" 2>/dev/null || true
echo "tcp-reconnect.pcap: $(stat -c %s tcp-reconnect.pcap) bytes"

# Two network namespaces, sd-a and sd-b, joined by a veth pair (sd-va,
# sd-vb). Args: address of each side, MTU.
pair() {
    local a=$1 b=$2 mtu=$3
    ip netns del sd-a 2>/dev/null || true
    ip netns del sd-b 2>/dev/null || true
    ip netns add sd-a
    ip netns add sd-b
    ip link add sd-va type veth peer name sd-vb
    ip link set sd-va netns sd-a
    ip link set sd-vb netns sd-b
    ip -n sd-a addr add "$a/24" dev sd-va
    ip -n sd-b addr add "$b/24" dev sd-vb
    ip -n sd-a link set sd-va mtu "$mtu" up
    ip -n sd-b link set sd-vb mtu "$mtu" up
}
# A SIPp call from sd-a to sd-b, captured on sd-b's end of the pair (or on
# the interface IFACE names); the namespaces go afterwards. Args: name,
# caller address, callee address, tcpdump filter, UAS scenario args, UAC
# scenario args.
call() {
    local name=$1 a=$2 b=$3 filter=$4 uas=$5 uac=$6
    local target="$b:5060"
    [[ $b == *:* ]] && target="[$b]:5060" # IPv6
    ip netns exec sd-b tcpdump -i "${IFACE:-sd-vb}" -U -s 0 -w "$name.pcap" $filter >/dev/null 2>&1 &
    local dump=$!
    sleep 1
    ip netns exec sd-b sipp -t u1 -i "$b" -p 5060 $uas -m 1 -bg >/dev/null 2>&1 || true
    sleep 0.5
    ip netns exec sd-a sipp -t u1 -i "$a" -p 5060 "$target" $uac -m 1 -s bob -timeout 10 >/dev/null 2>&1 || true
    sleep 1
    ip netns exec sd-b pkill -f "sipp .*-i $b" || true
    kill "$dump"
    wait "$dump" 2>/dev/null || true
    ip netns del sd-a
    ip netns del sd-b
    echo "$name.pcap: $(stat -c %s "$name.pcap") bytes"
}
# A flow between two real addresses. Args: name, caller address, callee
# address, MTU, tcpdump filter, UAS scenario args, UAC scenario args.
between() {
    pair "$2" "$3" "$4"
    call "$1" "$2" "$3" "$5" "$6" "$7"
}
# An INVITE too big for one datagram, fragmented by IP over a 576-byte MTU.
between fragmented-invite 192.0.2.1 192.0.2.2 576 "" "-sn uas" "-sf scenarios/uac-big.xml"
# Signalling from a public address with media at a private one (a NAT
# between them).
between diag-nat 203.0.113.1 203.0.113.2 1500 udp "-sf scenarios/uas-diag-nat.xml" "-sf scenarios/uac-diag-nat.xml"
# A basic call inside a tunnel, captured outside it (as mirrored traffic
# arrives: VXLAN from cloud traffic mirroring, ERSPAN from switches, GRE and
# IP-in-IP from routers). Args: name, `ip link` tunnel type and its options.
tunnelled() {
    local name=$1; shift
    pair 10.99.0.1 10.99.0.2 1500
    ip -n sd-a link add sd-t type "$@" local 10.99.0.1 remote 10.99.0.2
    ip -n sd-b link add sd-t type "$@" local 10.99.0.2 remote 10.99.0.1
    ip -n sd-a addr add 192.0.2.1/24 dev sd-t
    ip -n sd-b addr add 192.0.2.2/24 dev sd-t
    ip -n sd-a link set sd-t up
    ip -n sd-b link set sd-t up
    call "$name" 192.0.2.1 192.0.2.2 "host 10.99.0.1" "-sn uas" "-sn uac"
}
tunnelled tunnel-vxlan vxlan id 42 dstport 4789
# A refused call captured at both ends of the link at once, a file each
# (both-ends-caller.pcap in sd-a, both-ends-callee.pcap in sd-b), as support
# gathers captures from a phone's side and a PBX's: every message is in
# both.
both_ends() {
    pair 192.0.2.1 192.0.2.2 1500
    ip netns exec sd-a tcpdump -i sd-va -U -s 0 -w both-ends-caller.pcap udp >/dev/null 2>&1 &
    local caller=$!
    ip netns exec sd-b tcpdump -i sd-vb -U -s 0 -w both-ends-callee.pcap udp >/dev/null 2>&1 &
    local callee=$!
    sleep 1
    ip netns exec sd-b sipp -t u1 -i 192.0.2.2 -p 5060 -sf scenarios/uas-486.xml -m 1 -bg >/dev/null 2>&1 || true
    sleep 0.5
    ip netns exec sd-a sipp -t u1 -i 192.0.2.1 -p 5060 192.0.2.2:5060 -sf scenarios/uac-486.xml -m 1 -s bob -timeout 10 >/dev/null 2>&1 || true
    sleep 1
    ip netns exec sd-b pkill -f "sipp .*-i 192.0.2.2" || true
    kill "$caller" "$callee"
    wait "$caller" "$callee" 2>/dev/null || true
    ip netns del sd-a
    ip netns del sd-b
    echo "both-ends: $(stat -c %s both-ends-caller.pcap) and $(stat -c %s both-ends-callee.pcap) bytes"
}
both_ends
# A basic call over IPv6, captured with `tcpdump -i any` on a host whose
# address is on a bridge: each packet is seen twice, on the veth the bridge
# holds and on the bridge, as on a container host. IPv6 has no
# identification to tell a copy by.
pair 10.98.0.1 10.98.0.2 1500
ip -n sd-b link add sd-br type bridge
ip -n sd-b addr del 10.98.0.2/24 dev sd-vb
ip -n sd-b link set sd-vb master sd-br
ip -n sd-a addr add 2001:db8::1/64 dev sd-va nodad
ip -n sd-b addr add 2001:db8::2/64 dev sd-br nodad
ip -n sd-b link set sd-br up
IFACE=any call bridged-ipv6 2001:db8::1 2001:db8::2 udp "-sn uas" "-sn uac"
# Kernels without GRE, ERSPAN or IPIP tunnels (containers) cannot capture
# those (nor MPLS, a MikroTik's TZSP stream, a packet core's GTP-U): the basic call's packets
# are wrapped in them instead.
for kind in gre erspan2 erspan3 ipip mpls tzsp gtpu; do
    python3 wrap-in-tunnel.py basic-call.pcap "tunnel-$kind.pcap" "$kind"
done
# The same call captured on the air (a Wi-Fi phone's), and one frame WPA
# protects.
python3 wrap-in-tunnel.py basic-call.pcap wlan-radiotap.pcap radiotap
# The 488 call as `tcpdump -s 400` captures it: the INVITE's SDP and the
# 488's last lines cut by the snap length.
editcap -s 400 diag-488-srtp.pcap diag-snaplen.pcap
# The same call as Solaris' snoop writes it.
editcap -F snoop basic-call.pcap snoop-call.snoop
# The same calls as patched tcpdump builds of 1999-2012 wrote them: the
# modified libpcap (24-byte record headers), SuSE 6.3's (28), Nokia IPSO's
# (20) and Red Hat 6.1's (24, under the standard magic).
editcap -F modpcap basic-call.pcap basic-call-modpcap.pcap
editcap -F suse6_3pcap basic-call.pcap basic-call-suse6_3.pcap
editcap -F nokiapcap basic-call.pcap basic-call-nokia.pcap
editcap -F rh6_1pcap basic-call-tcp.pcap basic-call-tcp-rh6_1.pcap
# The same call as an Endace probe records it (ERF; this Wireshark cannot
# write Ethernet as ERF).
python3 pcap-to-erf.py basic-call.pcap erf-call.erf
# The same call as a HEP3 agent sends it to a Homer collector.
python3 wrap-in-tunnel.py basic-call.pcap hep3-collector.pcap hep3
# The same call as an AudioCodes SBC sends it to a debug recording
# collector: its packets (and a media packet), or the plaintext of TLS.
python3 wrap-in-tunnel.py basic-call.pcap acdr-recording.pcap acdr
python3 wrap-in-tunnel.py basic-call.pcap acdr-tls-recording.pcap acdr-tls
# The same call as a Juniper router captures its Ethernet interface.
python3 wrap-in-tunnel.py basic-call.pcap juniper-ether.pcap juniper

# SIP over WebSocket (RFC 7118): a browser-like client registers and calls
# through a server over one upgraded TCP connection (websocket-peers.py).
tcpdump -i lo -U -s 0 -w websocket.pcap "port 5066" >/dev/null 2>&1 &
dump=$!
sleep 1
python3 websocket-peers.py 5066
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true
echo "websocket.pcap: $(stat -c %s websocket.pcap) bytes"
# SIPp error logs are for debugging a run, not fixtures.
rm -f ./*_errors.log

# Packet dumps printed as text, as engineers paste them into tickets: some
# of the captures above through ngrep and tcpdump, in the forms they print
# (TZ=UTC: both print local time). The test reads each and its capture.
mkdir -p dumps
export TZ=UTC
ngrep -q -t -W byline -I basic-call.pcap > dumps/basic-call.ngrep-byline.txt
ngrep -t -W byline -I basic-call-tcp.pcap > dumps/basic-call-tcp.ngrep-byline.txt
ngrep -q -t -W byline -I fragmented-invite.pcap > dumps/fragmented-invite.ngrep-byline.txt
ngrep -T -I reject-486.pcap > dumps/reject-486.ngrep-normal-relative.txt
ngrep -q -TT -W single -I reject-cancel.pcap > dumps/reject-cancel.ngrep-single-relative.txt
tcpdump -A -n -tttt -r basic-call.pcap > dumps/basic-call.tcpdump.txt 2>/dev/null
tcpdump -A -n -tt -v -r basic-call-tcp.pcap > dumps/basic-call-tcp.tcpdump-v.txt 2>/dev/null
tcpdump -A -n -tttt -r fragmented-invite.pcap > dumps/fragmented-invite.tcpdump.txt 2>/dev/null
tcpdump -A -n -tttt -v -r tunnel-gre.pcap > dumps/tunnel-gre.tcpdump-v.txt 2>/dev/null
# Wireshark's packet details as text (tshark -V; -P -O sip prints the
# summary line, whose time is since the first packet).
tshark -V -r reject-486.pcap > dumps/reject-486.tshark-V.txt 2>/dev/null
tshark -P -O sip -r diag-nat.pcap > dumps/diag-nat.tshark-P-Osip-relative.txt 2>/dev/null
# The same exported as JSON (File → Export Packet Dissections → As JSON) and
# as Elasticsearch's bulk form.
tshark -T json -r reject-486.pcap > dumps/reject-486.tshark-json.json 2>/dev/null
tshark -T ek -r reject-cancel.pcap > dumps/reject-cancel.tshark-ek.json 2>/dev/null
# And as XML (PDML), which gives each field's bytes: a call over TCP.
tshark -T pdml -r basic-call-tcp.pcap > dumps/basic-call-tcp.tshark-pdml.xml 2>/dev/null
# A stream as Wireshark follows it (tshark -z follow, ascii): the two ends,
# each chunk's length and direction, no times.
tshark -q -z follow,tcp,ascii,0 -r basic-call-tcp.pcap > dumps/basic-call-tcp.follow-tcp.txt 2>/dev/null
tshark -q -z follow,udp,ascii,0 -r reject-486.pcap > dumps/reject-486.follow-udp.txt 2>/dev/null
# Hex dumps, which give every byte: tcpdump from the IP header (-X) and
# from the link layer (-XX), tshark's (with -P's summary line for the time).
tcpdump -X -n -tttt -r fragmented-invite.pcap > dumps/fragmented-invite.tcpdump-X.txt 2>/dev/null
tcpdump -XX -n -tt -r basic-call-tcp.pcap > dumps/basic-call-tcp.tcpdump-XX.txt 2>/dev/null
tshark -P -x -r websocket.pcap > dumps/websocket.tshark-P-x-relative.txt 2>/dev/null
# sngrep's "Save as .txt" (sngrep 1.x, interactive only): each message as
# "YYYY/MM/DD HH:MM:SS.uuuuuu SRC:PORT -> DST:PORT", the message as sent, a
# blank line; written here from tshark's fields in that form.
tshark -r reject-cancel.pcap -Y sip -T fields -e frame.time_epoch -e ip.src -e udp.srcport \
    -e ip.dst -e udp.dstport -e udp.payload | python3 -c '
import sys, datetime
for line in sys.stdin:
    t, src, sport, dst, dport, payload = line.rstrip("\n").split("\t")
    when = datetime.datetime.fromtimestamp(float(t), datetime.timezone.utc)
    sys.stdout.write(f"{when:%Y/%m/%d %H:%M:%S.%f} {src}:{sport} -> {dst}:{dport}\n")
    sys.stdout.write(bytes.fromhex(payload).decode() + "\n\n")
' > dumps/reject-cancel.sngrep.txt
# The basic call over SCTP (RFC 4168), its INVITE in two fragments: this
# kernel has no SCTP to capture it from.
python3 wrap-in-tunnel.py basic-call.pcap sip-over-sctp.pcap sctp
# The same HEP3 over one TCP connection to the collector.
python3 wrap-in-tunnel.py basic-call.pcap hep3-tcp-collector.pcap hep3-tcp
# The same peers with permessage-deflate (RFC 7692) negotiated.
tcpdump -i lo -U -s 0 -w websocket-deflate.pcap "port 5067" >/dev/null 2>&1 &
dump=$!
sleep 1
python3 websocket-peers.py 5067 deflate
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true

# SIP over TLS (sips, port 5061), a 486 (tls-peers.py): the capture, whose
# SIP cannot be read (reported); the session keys the caller wrote; and the
# SIP Wireshark exports from it decrypted (link type 252), as engineers
# hand SIP over TLS to other tools.
tcpdump -i lo -U -s 0 -w sip-over-tls.pcap "port 5061" >/dev/null 2>&1 &
dump=$!
sleep 1
rm -f sip-over-tls.keys
python3 tls-peers.py sip-over-tls.keys 5061
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true
tshark -r sip-over-tls.pcap -o tls.keylog_file:sip-over-tls.keys -U "OSI layer 7" -w sip-over-tls-exported.pcapng 2>/dev/null
# The same capture with its keys inside (a pcapng Decryption Secrets Block).
editcap --inject-secrets tls,sip-over-tls.keys sip-over-tls.pcap sip-over-tls-secrets.pcapng

# One call per suite over TLS on 5061 (tls-peers.py), captured with the
# caller's key log: capture name, then each suite.
tls_calls() {
    local name=$1
    shift
    tcpdump -i lo -U -s 0 -w "$name.pcap" "port 5061" >/dev/null 2>&1 &
    local dump=$!
    sleep 1
    rm -f "$name.keys"
    for suite in "$@"; do
        python3 tls-peers.py "$name.keys" 5061 "$suite"
        sleep 0.3
    done
    sleep 1
    kill "$dump"
    wait "$dump" 2>/dev/null || true
}

# SIP over TLS 1.2: AES-128-GCM and AES-256-GCM (RFC 5289: SHA-256 and
# SHA-384 PRF), ChaCha20-Poly1305 (RFC 7905), AES-CBC with encrypt-then-MAC
# (RFC 7366, as OpenSSL negotiates it) and without it (RFC 5246,
# HMAC-SHA1); then TLS 1.1.
tls_calls sip-over-tls12 ECDHE-RSA-AES128-GCM-SHA256 ECDHE-RSA-AES256-GCM-SHA384 \
    ECDHE-RSA-CHACHA20-POLY1305 ECDHE-RSA-AES128-SHA256 ECDHE-RSA-AES256-SHA+no-etm tls11

# SIP over TLS 1.0 and 1.1 (RFC 2246, RFC 4346: another PRF; TLS 1.0's CBC
# chains each record's IV from the one before), with encrypt-then-MAC and
# without.
tls_calls sip-over-tls10 tls10 tls10+no-etm tls11+no-etm
# The same printed as tcpdump's hex, as pasted into a ticket with the key log.
tcpdump -x -n -tttt -r sip-over-tls10.pcap > sip-over-tls10.tcpdump-x.txt 2>/dev/null

# TLS 1.2 renegotiated between two requests (tls-openssl.sh).
tcpdump -i lo -U -s 0 -w sip-over-tls12-renegotiate.pcap "port 5061" >/dev/null 2>&1 &
dump=$!
sleep 1
rm -f sip-over-tls12-renegotiate.keys
bash tls-openssl.sh renegotiate sip-over-tls12-renegotiate.keys 5061
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true

# TLS 1.3 with ChaCha20-Poly1305 and a key update between two requests.
tcpdump -i lo -U -s 0 -w sip-over-tls13-key-update.pcap "port 5061" >/dev/null 2>&1 &
dump=$!
sleep 1
rm -f sip-over-tls13-key-update.keys
bash tls-openssl.sh key-update sip-over-tls13-key-update.keys 5061
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true

# An INVITE to a port nothing listens on: the host answers each copy with
# ICMP port unreachable (tcpdump keeps the ICMP errors too).
tcpdump -i lo -U -s 0 -w diag-unreachable.pcap "port 5099 or icmp" >/dev/null 2>&1 &
dump=$!
sleep 1
timeout 2.2 sipp -sn uac -t u1 -i 127.0.0.1 -p 5071 127.0.0.1:5099 -m 1 -s bob >/dev/null 2>&1 || true
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true
rm -f ./*_errors.log

# sofia-sip's transport dump (TPORT_DUMP, as FreeSWITCH's sofia-sip writes
# it): Debian's sip-options (sofia-sip-bin) sends an OPTIONS over UDP, then
# one over TCP, each refused by SIPp with 404; both runs append to one file.
rm -f sofia-tport.dump
for transport in u1 t1; do
    port=$([ "$transport" = u1 ] && echo 5070 || echo 5071)
    sipp -sf scenarios/uas-options-404.xml -t "$transport" -i 127.0.0.1 -p "$port" -m 1 -bg >/dev/null 2>&1 || true
    sleep 0.5
    uri="sip:127.0.0.1:$port"
    [ "$transport" = t1 ] && uri="$uri;transport=tcp"
    TPORT_DUMP=sofia-tport.dump timeout 10 sip-options "$uri" >/dev/null 2>&1 || true
    sleep 0.5
done

# HEP version 2 as sngrep sends it to a collector (Debian's sngrep 1.6, told
# `set eep.send.version 2` in its configuration): it reads basic-call.pcap and
# sends the messages it keeps (the INVITE, the 200 and the BYE).
tcpdump -i lo -U -s 0 -w hep2-sngrep.pcap "udp port 9060" >/dev/null 2>&1 &
dump=$!
sleep 1
home=$(mktemp -d)
printf 'set eep.send.version 2\nset eep.send.id 2001\n' > "$home/.sngreprc"
HOME=$home timeout 8 sngrep -N -I basic-call.pcap -H udp:127.0.0.1:9060 >/dev/null 2>&1 || true
sleep 1
kill "$dump"
wait "$dump" 2>/dev/null || true
rm -rf "$home"
