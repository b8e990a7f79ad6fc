#!/usr/bin/env bash
# Deploys every published artifact to a throwaway file repository and checks the set:
#
#   scripts/deploy-check.sh [--sign] [repository-dir]  (default: a temporary folder, removed after)
#
# Runs `mvn deploy -DaltDeploymentRepository=dtz-deploy-check::file:<dir>` (tests and the BOM
# consumer test skipped: `mvn -B verify` runs those; nothing is installed into ~/.m2), then
# scripts/DeployCheck.java checks, for dtz-parent, dtz-bom and every artifact dtz-bom lists: the
# POM with name, description, url, licenses, scm, developers and issueManagement (own or
# inherited from dtz-parent); for jar modules also the jar, sources jar, javadoc jar and CycloneDX
# SBOM; .md5 and .sha1 checksums that match every file. It fails on anything deployed that the
# BOM does not list, and lists the modules that are not published (examples, benchmarks).
#
# --sign also runs the release profile (-Prelease) with a throwaway GnuPG key made for this run
# in a temporary GNUPGHOME, and checks and verifies an .asc signature for every file; it needs
# gpg on the PATH.
#
# The repository id is not "local": Maven caches a remote repository's metadata in the local
# repository as maven-metadata-<id>.xml, and with the id "local" that file is the local
# repository's own maven-metadata-local.xml, which the deploy would corrupt.
set -euo pipefail
cd "$(dirname "$0")/.."

sign=0
if [ "${1:-}" = "--sign" ]; then
  sign=1
  shift
fi
if [ $# -ge 1 ]; then
  repo="$(realpath -m "$1")"
  mkdir -p "$repo"
  keep=1
else
  repo="$(mktemp -d "${TMPDIR:-/tmp}/dtz-deploy-check.XXXXXX")"
  keep=0
fi
log="$repo.log"
gnupg=""
cleanup() {
  rm -f "$log"
  # Maven caches the metadata of the dtz-deploy-check repository in the local repository; that
  # cache is of no use after this run, so it goes too (nothing else is written there).
  local m2="${HOME}/.m2/repository/nl/dutchtechzone"
  if [ -d "$m2" ]; then
    find "$m2" -name 'maven-metadata-dtz-deploy-check.xml*' -delete
    # resolver-status.properties files that record nothing but this repository
    find "$m2" -name resolver-status.properties -print0 | while IFS= read -r -d '' status; do
      grep -v -e '^#' -e '^maven-metadata-dtz-deploy-check\.' "$status" | grep -q . \
        || rm -f "$status"
    done
    find "$m2" -depth -type d -empty -delete
  fi
  [ "$keep" = 1 ] || rm -rf "$repo"
  if [ -n "$gnupg" ]; then
    GNUPGHOME="$gnupg" gpgconf --kill gpg-agent 2> /dev/null || true
    rm -rf "$gnupg"
  fi
}
trap cleanup EXIT

release=()
if [ "$sign" = 1 ]; then
  command -v gpg > /dev/null || { echo "deploy-check: --sign needs gpg on the PATH" >&2; exit 1; }
  gnupg="$(mktemp -d "${TMPDIR:-/tmp}/dtz-deploy-check-gnupg.XXXXXX")"
  chmod 700 "$gnupg"
  export GNUPGHOME="$gnupg"
  gpg --batch --quiet --passphrase '' --quick-gen-key \
    'dtz deploy check (throwaway) <deploy-check@invalid>' default sign 1d 2> /dev/null
  release=(-Prelease)
  echo "deploy-check: signing with a throwaway key in $gnupg"
fi

echo "deploy-check: deploying to $repo"
if ! mvn -B -Dstyle.color=never "${release[@]}" deploy -DskipTests -Dinvoker.skip=true \
    -Dmaven.install.skip=true -DaltDeploymentRepository="dtz-deploy-check::file:$repo" \
    > "$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "deploy-check: mvn deploy failed (log above)" >&2
  exit 1
fi
if [ "$sign" = 1 ]; then
  java scripts/DeployCheck.java pom.xml "$repo" "$log" signed
  count=0
  while IFS= read -r -d '' asc; do
    gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2> /dev/null \
      || { echo "deploy-check: FAIL bad signature $asc" >&2; exit 1; }
    count=$((count + 1))
  done < <(find "$repo" -name '*.asc' -print0)
  echo "deploy-check: $count signatures verified"
else
  java scripts/DeployCheck.java pom.xml "$repo" "$log"
fi
