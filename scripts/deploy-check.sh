#!/usr/bin/env bash
# Deploys every published artifact to a throwaway file repository and checks the set:
#
#   scripts/deploy-check.sh [repository-dir]      (default: a temporary folder, removed after)
#
# Runs `mvn deploy -DaltDeploymentRepository=dtz-deploy-check::file:<dir>` (tests and the BOM
# consumer test skipped: `mvn -B verify` runs those; nothing is installed into ~/.m2), then
# scripts/DeployCheck.java checks, for dtz-parent, dtz-bom and every artifact dtz-bom lists: the
# POM with name, description, url, licenses, scm, developers and issueManagement (own or
# inherited from dtz-parent); for jar modules also the jar, sources jar, javadoc jar and CycloneDX
# SBOM; .md5 and .sha1 checksums that match every file. It fails on anything deployed that the
# BOM does not list, and lists the modules that are not published (examples, benchmarks).
#
# The repository id is not "local": Maven caches a remote repository's metadata in the local
# repository as maven-metadata-<id>.xml, and with the id "local" that file is the local
# repository's own maven-metadata-local.xml, which the deploy would corrupt.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ge 1 ]; then
  repo="$(realpath -m "$1")"
  mkdir -p "$repo"
  keep=1
else
  repo="$(mktemp -d "${TMPDIR:-/tmp}/dtz-deploy-check.XXXXXX")"
  keep=0
fi
log="$repo.log"
trap 'rm -f "$log"; [ "$keep" = 1 ] || rm -rf "$repo"' EXIT

echo "deploy-check: deploying to $repo"
if ! mvn -B -Dstyle.color=never deploy -DskipTests -Dinvoker.skip=true \
    -Dmaven.install.skip=true -DaltDeploymentRepository="dtz-deploy-check::file:$repo" > "$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "deploy-check: mvn deploy failed (log above)" >&2
  exit 1
fi
java scripts/DeployCheck.java pom.xml "$repo" "$log"
