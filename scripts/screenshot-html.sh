#!/usr/bin/env bash
# Renders the HTML export of the reference data in headless Chromium and saves screenshots,
# so that a person can look at the page as a council member would.
#
#   scripts/screenshot-html.sh [output-dir]     (default: dtz-reporting/target/html-preview)
#
# Writes the pages with HtmlPreviewTest, then one full-page PNG per page. Skips (exit 0) when
# Chromium is not installed: CI need not install it (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

chrome=""
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" > /dev/null 2>&1; then chrome="$(command -v "$c")"; break; fi
done
if [ -z "$chrome" ]; then
  echo "screenshot-html: no Chromium found; skipping" >&2
  exit 0
fi

out="$(realpath -m "${1:-dtz-reporting/target/html-preview}")"
mvn -B -q -pl dtz-reporting -am test -Dtest=HtmlPreviewTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddtz.preview.dir="$out"

for page in "$out"/*/*.html; do
  png="${page%.html}.png"
  for width_height in "1100,3400" "794,4200"; do
    suffix=$([ "$width_height" = "1100,3400" ] && echo "" || echo "-narrow")
    "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars \
      --window-size="$width_height" --screenshot="${png%.png}$suffix.png" "file://$page" \
      > /dev/null 2>&1
  done
  echo "screenshot-html: ${png}"
done
