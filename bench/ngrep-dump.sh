#!/usr/bin/env bash
# Reading a large packet dump printed as text: the benchmark capture of
# bench/gen_capture.py printed by ngrep (`-W byline -t -q`, as engineers
# leave it running into a file), then `statusdoc analyze --format json` on
# that text and on the capture it was printed from, in one run. ngrep's own
# time to print it is shown for scale.
# Usage: bash bench/ngrep-dump.sh [SIZE_MB]   (default 1024 MB of capture;
#   installs ngrep if missing; OLD=path/to/statusdoc adds an earlier build)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-1024}"
command -v ngrep >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ngrep; }
cargo build --release --quiet
CAPTURE="target/bench-${SIZE_MB}mb.pcap"
[ -f "$CAPTURE" ] || python3 bench/gen_capture.py "$CAPTURE" "$SIZE_MB" udp 1 0 basic
TEXT="target/bench-${SIZE_MB}mb.ngrep.txt"
run() {
    local name=$1 file=$2; shift 2
    local bytes; bytes=$(stat -c %s "$file")
    /usr/bin/time -f "%e %M" -o target/bench-time.txt "$@" > target/bench-out.txt
    read -r secs rss < target/bench-time.txt
    python3 -c "print(f'$name: {$secs:.2f} s, {$bytes/1e6/$secs:.1f} MB/s, peak RSS {$rss/1024:.0f} MB')"
}
summary() {
    python3 -c "import json; d=json.load(open('target/bench-out.txt')); s=d['summary']; print(f\"  {s['messages']} messages, {s['calls']} calls, problems: {[e['kind'] for e in d['errors']]}\")"
}
run "ngrep -I CAPTURE -W byline -t -q (printing the text)" "$CAPTURE" ngrep -I "$CAPTURE" -W byline -t -q ""
cp target/bench-out.txt "$TEXT"
echo "text: $TEXT, $(stat -c %s "$TEXT") bytes"
run "statusdoc analyze TEXT --format json" "$TEXT" ./target/release/statusdoc analyze "$TEXT" --format json
summary
run "statusdoc analyze CAPTURE --format json" "$CAPTURE" ./target/release/statusdoc analyze "$CAPTURE" --format json
summary
if [ -n "${OLD:-}" ]; then
    run "$OLD analyze TEXT --format json" "$TEXT" "$OLD" analyze "$TEXT" --format json
    summary
fi
