#!/usr/bin/env bash
# Reading a large sofia-sip transport dump (TPORT_DUMP, as FreeSWITCH writes
# it): `statusdoc analyze --format json` against freeswitch-sofia-trace-parser
# (crates.io, the tool made for these files) in its statistics mode, which
# reassembles and parses every message, on the same file, in one run.
# Usage: bash bench/sofia-dump.sh [SIZE_MB]   (default 700 MB; installs the
#   other tool with cargo into target/fstp if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-700}"
cargo build --release --quiet
OTHER=target/fstp/bin/freeswitch-sofia-trace-parser
[ -x "$OTHER" ] || cargo install --quiet freeswitch-sofia-trace-parser --features cli --root target/fstp
FILE="target/bench-${SIZE_MB}mb.dump"
[ -f "$FILE" ] || python3 bench/gen_sofia_dump.py "$FILE" "$SIZE_MB"
BYTES=$(stat -c %s "$FILE")
echo "dump: $FILE, $BYTES bytes"
run() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o target/bench-time.txt "$@" > target/bench-out.txt
    read -r secs rss < target/bench-time.txt
    python3 -c "print(f'$name: {$secs:.2f} s, {$BYTES/1e6/$secs:.1f} MB/s, peak RSS {$rss/1024:.0f} MB')"
}
run "statusdoc analyze --format json" ./target/release/statusdoc analyze "$FILE" --format json
python3 -c "import json; s=json.load(open('target/bench-out.txt'))['summary']; print(f\"  {s['messages']} messages, {s['calls']} calls, {s['errors']} problems\")"
run "freeswitch-sofia-trace-parser --stats --all-methods" "$OTHER" --stats --all-methods "$FILE"
grep -E "^(total|  (frames|multi-frame messages)):" target/bench-out.txt | sed 's/^/  /'
