#!/usr/bin/env bash
# Serving speed: `statusdoc serve` against nginx serving the same exported file,
# side by side in one run, with wrk on loopback. Also peak RSS of serve.
# Usage: bash bench/serve-vs-nginx.sh [seconds-per-run]   (installs nginx and wrk from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2"; }; }
need wrk wrk
need nginx nginx

cargo build --release --quiet
BIN="$PWD/target/release/statusdoc"
WORK="$PWD/target/bench-serve"
rm -rf "$WORK" && mkdir -p "$WORK"
"$BIN" export "$WORK/site" --base-url http://127.0.0.1:18080 >/dev/null

cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $WORK/nginx-access.log;
    sendfile on;
    etag on;
    server {
        listen 127.0.0.1:18081;
        root $WORK/site;
        location / { try_files \$uri \$uri.html \$uri.json =404; }
    }
}
CONF

PAGE=/sip/compare/486-busy-here-vs-600-busy-everywhere
nginx -c "$WORK/nginx.conf"
"$BIN" serve --addr 127.0.0.1:18080 2>"$WORK/statusdoc-access.log" &
SERVE_PID=$!
trap 'kill $SERVE_PID 2>/dev/null; nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true' EXIT
sleep 1
# Both must serve the same bytes.
cmp <(curl -s "http://127.0.0.1:18080$PAGE") <(curl -s "http://127.0.0.1:18081$PAGE")

run() { wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "$1" | tee -a "$WORK/wrk.txt"; }
for round in 1 2; do
    echo "== round $round: nginx"; run "http://127.0.0.1:18081$PAGE"
    echo "== round $round: statusdoc"; run "http://127.0.0.1:18080$PAGE"
done
echo "== peak RSS of statusdoc serve: $(grep VmHWM /proc/$SERVE_PID/status)"
python3 - "$WORK/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rates = [float(x) for x in re.findall(r"Requests/sec:\s+([\d.]+)", text)]
p99 = re.findall(r"99%\s+([\d.]+)(us|ms|s)", text)
def ms(v, u): return float(v) / 1000 if u == "us" else float(v) * 1000 if u == "s" else float(v)
p99 = [ms(v, u) for v, u in p99]
nginx, ours = rates[0::2], rates[1::2]
print(f"nginx     req/s {nginx}  p99 ms {p99[0::2]}")
print(f"statusdoc req/s {ours}  p99 ms {p99[1::2]}")
print(f"ratio statusdoc/nginx per round: {[round(o / n, 2) for o, n in zip(ours, nginx)]}")
PY
