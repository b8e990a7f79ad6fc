#!/usr/bin/env bash
# Proves that the build is reproducible: clones the committed HEAD twice into two different
# folders, builds each (`mvn -B verify`, tests skipped: `mvn -B verify` runs them), and compares
# the SHA-256 of every jar, SBOM and flattened POM the two builds produced, byte for byte.
#
#   scripts/reproducibility-check.sh
#
# Exits 1 naming every file that differs (or exists in one build only). Uncommitted changes are
# not part of the check: it builds what a fresh clone builds.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/dtz-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

hashes() {
  # Every artifact a build leaves in a target folder (not the invoker's local repository).
  (cd "$1" && find . -path '*/target/local-repo' -prune -o -path '*/target/it' -prune -o \
      -path '*/target/*' -type f \( -name '*.jar' -o -name '*-cyclonedx.json' \
      -o -name 'flattened-pom.xml' \) -print \
    | LC_ALL=C sort | xargs sha256sum)
}

for build in one two; do
  git clone --quiet --no-hardlinks . "$work/$build"
  echo "reproducibility-check: building clone $build ($work/$build)"
  if ! (cd "$work/$build" && mvn -B -Dstyle.color=never verify -DskipTests \
      -Dinvoker.skip=true > "$work/$build.log" 2>&1); then
    tail -n 60 "$work/$build.log" >&2
    echo "reproducibility-check: build $build failed (log above)" >&2
    exit 1
  fi
  hashes "$work/$build" > "$work/$build.sha256"
done

count="$(wc -l < "$work/one.sha256")"
if [ "$count" -eq 0 ]; then
  echo "reproducibility-check: FAIL the build produced no jars" >&2
  exit 1
fi
if ! diff "$work/one.sha256" "$work/two.sha256" > "$work/diff.txt"; then
  echo "reproducibility-check: FAIL these files differ between two builds of the same commit:" >&2
  cat "$work/diff.txt" >&2
  exit 1
fi
echo "reproducibility-check: $count files byte-identical in two builds of $(git rev-parse --short HEAD):"
sed 's/^/  /' "$work/one.sha256"
