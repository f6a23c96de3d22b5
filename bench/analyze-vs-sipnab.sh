#!/usr/bin/env bash
# Reading a capture on one core: `statusdoc analyze --format json` against
# sipnab (the Rust SIP capture analyzer, https://github.com/NormB/sipnab)
# reading the same file offline, alternated in one run.
# Usage: bash bench/analyze-vs-sipnab.sh [SIZE_MB] [ROUNDS] [CONCURRENT] [RTP]
#   (default 100 MB of UDP, 3 rounds, calls one after another, no media;
#   RTP: that many RTP packets in each answered call, see gen_capture.py)
# sipnab is taken from $SIPNAB or PATH. It is not installed here: it needs
# libpcap's development files and a newer Rust than this project's
# (`cargo install sipnab --locked`; see BENCHMARKS.md for how it was built).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-100}"
ROUNDS="${2:-3}"
CONCURRENT="${3:-1}"
RTP="${4:-0}"
SIPNAB="${SIPNAB:-$(command -v sipnab || true)}"
[ -x "$SIPNAB" ] || { echo "sipnab not found: set SIPNAB=/path/to/sipnab" >&2; exit 1; }
cargo build --release --quiet
FILE="target/bench-${SIZE_MB}mb.pcap"
[ "$CONCURRENT" = 1 ] || FILE="target/bench-${SIZE_MB}mb-c$CONCURRENT.pcap"
[ "$RTP" = 0 ] || FILE="${FILE%.pcap}-rtp$RTP.pcap"
[ -f "$FILE" ] || python3 bench/gen_capture.py "$FILE" "$SIZE_MB" udp "$CONCURRENT" "$RTP"
cat "$FILE" > /dev/null # in the page cache for both
PACKETS=$(python3 bench/packets.py "$FILE")
echo "capture: $FILE, $(stat -c %s "$FILE") bytes, $PACKETS packets; $("$SIPNAB" --version | head -1)"
# Both read every message and write every call: statusdoc each call with
# its messages as JSON; sipnab each dialog as a JSON line (--json-dialogs),
# or each message as one (--json).
STATUSDOC=(./target/release/statusdoc analyze "$FILE" --format json)
SIPNAB_DIALOGS=("$SIPNAB" -N -I "$FILE" --json-dialogs --no-cli-print)
SIPNAB_MESSAGES=("$SIPNAB" -N -I "$FILE" --json --cores 1)
echo "calls: statusdoc $("${STATUSDOC[@]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["calls"])')," \
    "sipnab --json-dialogs $("${SIPNAB_DIALOGS[@]}" 2>/dev/null | grep -c '^{')"
run() {
    local name=$1 cpus=$2; shift 2
    /usr/bin/time -f "%e %U %S %M" -o target/bench-time.txt taskset -c "$cpus" "$@" > /dev/null 2>&1
    read -r secs user sys rss < target/bench-time.txt
    python3 -c "print(f'$name: {$secs:.2f} s (user {$user:.2f}, system {$sys:.2f}), {$PACKETS/$secs/1e3:.0f} k packets/s, peak RSS {$rss/1024:.0f} MB')"
}
for round in $(seq "$ROUNDS"); do
    echo "round $round, one core (taskset -c 0):"
    run "  statusdoc analyze --format json" 0 "${STATUSDOC[@]}"
    run "  sipnab --cores 1 --json-dialogs" 0 "${SIPNAB_DIALOGS[@]}" --cores 1
    run "  sipnab --cores 1 --json" 0 "${SIPNAB_MESSAGES[@]}"
    echo "round $round, two cores (taskset -c 0,1):"
    run "  statusdoc analyze --format json" 0,1 "${STATUSDOC[@]}"
    run "  sipnab --cores 2 --json-dialogs" 0,1 "${SIPNAB_DIALOGS[@]}" --cores 2
done
