#!/usr/bin/env bash
# Reading large packet dumps printed as text: the benchmark capture of
# bench/gen_capture.py printed by ngrep (`-W byline -t -q`) and by tcpdump
# (`-nn -tttt -x`), as engineers leave them running into a file, or
# exported by tshark (`-Y sip -T json`, `-T ek`), then
# `statusdoc analyze --format json` on each text and on the capture they
# were printed from, in one run. The tools' own times to print them are
# shown for scale.
# Usage: bash bench/text-dumps.sh [SIZE_MB]   (default 1024 MB of capture;
#   installs ngrep, tcpdump and tshark if missing; OLD=path/to/statusdoc
#   adds an earlier build; TOOLS="tshark-json tshark-ek" picks the texts,
#   "ngrep tcpdump" by default)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-1024}"
TOOLS="${TOOLS:-ngrep tcpdump}"
command -v ngrep >/dev/null && command -v tcpdump >/dev/null && command -v tshark >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ngrep tcpdump tshark; }
cargo build --release --quiet
CAPTURE="target/bench-${SIZE_MB}mb.pcap"
[ -f "$CAPTURE" ] || python3 bench/gen_capture.py "$CAPTURE" "$SIZE_MB" udp 1 0 basic
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
run "statusdoc analyze CAPTURE --format json" "$CAPTURE" ./target/release/statusdoc analyze "$CAPTURE" --format json
summary
for tool in $TOOLS; do
    TEXT="target/bench-${SIZE_MB}mb.$tool.txt"
    case $tool in
        ngrep) run "ngrep -I CAPTURE -W byline -t -q (printing the text)" "$CAPTURE" ngrep -I "$CAPTURE" -W byline -t -q "" ;;
        tcpdump) run "tcpdump -r CAPTURE -nn -tttt -x (printing the text)" "$CAPTURE" tcpdump -r "$CAPTURE" -nn -tttt -x ;;
        tshark-json) run "tshark -r CAPTURE -Y sip -T json (exporting)" "$CAPTURE" tshark -r "$CAPTURE" -Y sip -T json ;;
        tshark-ek) run "tshark -r CAPTURE -Y sip -T ek (exporting)" "$CAPTURE" tshark -r "$CAPTURE" -Y sip -T ek ;;
        *) echo "unknown tool $tool" >&2; exit 2 ;;
    esac
    cp target/bench-out.txt "$TEXT"
    echo "text: $TEXT, $(stat -c %s "$TEXT") bytes"
    run "statusdoc analyze TEXT --format json" "$TEXT" ./target/release/statusdoc analyze "$TEXT" --format json
    summary
    if [ -n "${OLD:-}" ]; then
        run "$OLD analyze TEXT --format json" "$TEXT" "$OLD" analyze "$TEXT" --format json
        summary
    fi
    rm -f "$TEXT"
done
