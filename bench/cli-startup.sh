#!/usr/bin/env bash
# Whole-process latency of the CLI (issue: `statusdoc 438` under 5 ms).
# Usage: bash bench/cli-startup.sh   (installs hyperfine from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null; then
    apt-get update -qq && apt-get install -y -qq hyperfine
fi
cargo build --release --quiet
hyperfine -N --warmup 20 --runs 500 --export-json target/cli-startup.json \
    './target/release/statusdoc 438' \
    './target/release/statusdoc compare 486 600' \
    './target/release/statusdoc search identity' \
    './target/release/statusdoc 438 --format json'
python3 - <<'PY'
import json
for r in json.load(open("target/cli-startup.json"))["results"]:
    print(f'{r["command"]:<50} median {r["median"]*1000:.2f} ms  mean {r["mean"]*1000:.2f} ms  max {r["max"]*1000:.2f} ms')
PY
