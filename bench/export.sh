#!/usr/bin/env bash
# Export of the whole site, timed, with peak RSS; and Hugo building the same
# number of simple pages on the same machine, for comparison.
# Usage: bash bench/export.sh   (installs hugo from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
WORK="$PWD/target/bench-export"
rm -rf "$WORK" && mkdir -p "$WORK"
for i in 1 2 3; do
    rm -rf "$WORK/site"
    /usr/bin/time -f "statusdoc export: %e s, peak RSS %M KB" ./target/release/statusdoc export "$WORK/site" --base-url https://example.org
done
PAGES=$(find "$WORK/site" -name '*.html' | wc -l)
echo "pages: $PAGES"
if ! command -v hugo >/dev/null; then apt-get update -qq && apt-get install -y -qq hugo; fi
rm -rf "$WORK/hugo" && mkdir -p "$WORK/hugo/content/p" "$WORK/hugo/layouts/_default"
cat > "$WORK/hugo/hugo.toml" <<CONF
baseURL = "https://example.org/"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS"]
CONF
echo '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>' > "$WORK/hugo/layouts/_default/single.html"
echo '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>' > "$WORK/hugo/layouts/_default/list.html"
python3 - "$WORK/hugo/content/p" "$PAGES" <<'PY'
import sys, os
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(os.path.join(d, f"page-{i}.md"), "w") as f:
        f.write(f"---\ntitle: Page {i}\n---\n\nA simple page number {i} with a paragraph of text.\n")
PY
for i in 1 2; do
    rm -rf "$WORK/hugo/public"
    (cd "$WORK/hugo" && /usr/bin/time -f "hugo ($PAGES pages): %e s, peak RSS %M KB" hugo --quiet)
done
