#!/usr/bin/env bash
# Opens the xlsx export in LibreOffice, headless, and checks that every cell LibreOffice reads is
# the value the document model gives it: the reference data in Dutch and in English and the
# illustrative test document, every sheet (LibreOffice converts each sheet to CSV), numbers
# compared as numbers, dates in ISO form, text exactly. Not part of CI (LibreOffice is large);
# run it from the repository root:
#
#   scripts/xlsx-libreoffice-check.sh [work-dir]
#
# It installs LibreOffice Calc with apt-get when soffice is missing (Debian/Ubuntu, as root), builds
# dtz-reporting with its tests compiled (no tests run, nothing installed to ~/.m2), writes the
# workbooks and the expected cells, converts, and compares. Exit status 0 when every cell agrees.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"

if ! command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice not found: installing libreoffice-calc-nogui with apt-get" >&2
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    libreoffice-calc-nogui
fi

cd "$root"
# In one reactor run, so that dtz-core and dtz-finance resolve to their target folders; each
# module writes the file in turn, dtz-reporting last.
mvn -B -q -pl dtz-reporting -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
cp="dtz-reporting/target/classes:dtz-reporting/target/test-classes:$(cat "$work/classpath.txt")"

java -cp "$cp" nl.dutchtechzone.reporting.xlsx.LibreOfficeCheck write "$work"

# Token 12 = -1: one CSV per sheet, named <file>-<sheet>.csv. Tokens: comma, double quote,
# UTF-8 (76), from line 1, default columns, en-US (1033), quote all text off, detect special
# numbers on, save as shown off (raw numbers), formulas off, remove space off, sheets all.
for xlsx in "$work"/*.xlsx; do
  soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1' \
    --outdir "$work" "$xlsx" >/dev/null 2>"$work/soffice.log"
done

java -cp "$cp" nl.dutchtechzone.reporting.xlsx.LibreOfficeCheck compare "$work"
