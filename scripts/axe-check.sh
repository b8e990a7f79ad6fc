#!/usr/bin/env bash
# Checks the HTML export for accessibility: axe-core (WCAG 2.1 A and AA rules) in headless
# Chromium, for the reference page and a second programme's page, in Dutch and English, at a
# desktop (1280 px) and a phone (375 px) width. Fails unless every page view has 0 violations.
#
#   scripts/axe-check.sh [pages-dir]     (default: dtz-reporting/target/axe-pages)
#
# Installs what it needs: Debian's chromium (apt-get, as root) if /usr/bin/chromium is absent,
# and the pinned npm packages axe-core and playwright-core into scripts/axe/node_modules.
# Exit codes: 0 no violations; 1 violations (listed); 2 a step failed; 3 Chromium is not
# installed and cannot be installed here (the caller may treat this as "skipped").
set -euo pipefail
cd "$(dirname "$0")/.."

chrome="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null 2>&1; then
    echo "axe-check: installing Debian's chromium"
    if ! { apt-get -o DPkg::Lock::Timeout=600 update -q \
        && apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends chromium; }
    then
      echo "axe-check: SKIPPED: chromium could not be installed with apt-get" >&2
      exit 3
    fi
  else
    echo "axe-check: SKIPPED: no Chromium at $chrome, and apt-get as root is not available" \
      "to install it (Debian: apt-get install chromium)" >&2
    exit 3
  fi
fi
if [ ! -x "$chrome" ]; then
  echo "axe-check: SKIPPED: apt-get ran but there is no Chromium at $chrome" >&2
  exit 3
fi

if ! command -v npm > /dev/null 2>&1; then
  echo "axe-check: npm is needed to install axe-core and playwright-core" >&2
  exit 2
fi
echo "axe-check: installing axe-core and playwright-core (pinned in scripts/axe/package-lock.json)"
(cd scripts/axe && npm ci --no-audit --no-fund --loglevel=error) || {
  echo "axe-check: npm ci in scripts/axe failed" >&2
  exit 2
}

out="$(realpath -m "${1:-dtz-reporting/target/axe-pages}")"
echo "axe-check: writing the pages to $out"
mvn -B -q -pl dtz-reporting -am test -Dtest=HtmlPreviewTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddtz.preview.dir="$out" || { echo "axe-check: writing the pages failed" >&2; exit 2; }

pages=("$out"/reference-nl/*.html "$out"/reference-en/*.html "$out"/second-nl/*.html
  "$out"/second-en/*.html "$out"/illustrative-en/*.html)
CHROMIUM="$chrome" node scripts/axe/check.mjs "${pages[@]}"
