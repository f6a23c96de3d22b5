#!/usr/bin/env bash
# Reading a large capture: `statusdoc analyze --format json` against
# `tshark -Y sip -T fields` on the same file, in one run.
# Usage: bash bench/analyze-vs-tshark.sh [SIZE_MB] [udp|tcp|tcp-fin] [basic|trunk]
#   (default 1024 MB of UDP, basic messages; trunk: messages with the
#   header fields of a call through a carrier's proxy, about 1 KB each;
#   installs tshark if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-1024}"
TRANSPORT="${2:-udp}"
HEADERS="${3:-basic}"
command -v tshark >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tshark; }
cargo build --release --quiet
FILE="target/bench-${SIZE_MB}mb.pcap"
[ "$TRANSPORT" = udp ] || FILE="target/bench-${SIZE_MB}mb-$TRANSPORT.pcap"
[ "$HEADERS" = basic ] || FILE="${FILE%.pcap}-$HEADERS.pcap"
[ -f "$FILE" ] || python3 bench/gen_capture.py "$FILE" "$SIZE_MB" "$TRANSPORT" 1 0 "$HEADERS"
PACKETS=$(python3 bench/packets.py "$FILE")
BYTES=$(stat -c %s "$FILE")
echo "capture: $FILE, $BYTES bytes, $PACKETS packets"
run() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o target/bench-time.txt "$@" > /dev/null
    read -r secs rss < target/bench-time.txt
    python3 -c "print(f'$name: {$secs:.2f} s, {$BYTES/1e6/$secs:.1f} MB/s, {$PACKETS/$secs/1e3:.0f} k packets/s, peak RSS {$rss/1024:.0f} MB')"
}
run "statusdoc analyze --format json" ./target/release/statusdoc analyze "$FILE" --format json
run "tshark -Y sip -T fields" tshark -r "$FILE" -Y sip -T fields -e sip.Call-ID -e sip.CSeq -e sip.Status-Code
