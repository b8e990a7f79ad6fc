#!/usr/bin/env bash
# Runs every dtz benchmark class with the short settings used for benchmarks/README.md and
# writes the JMH output, the JSON results and the load before and after each class to a folder.
# Usage (from the repository root, after building benchmarks/target/benchmarks.jar):
#   benchmarks/run-all.sh [output folder, default target/benchmark-results]
set -euo pipefail
out="${1:-target/benchmark-results}"
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
short=(-f 1 -wi 3 -i 5 -w 1s -r 1s)

run() {
  local name="$1"
  shift
  { echo "before: $(uptime)"; } > "$out/$name.load"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
  { echo "after:  $(uptime)"; } >> "$out/$name.load"
  grep -E '^[A-Z][A-Za-z]+Benchmark\.' "$out/$name.txt" \
    | grep -Ev 'gc\.(count|time|alloc\.rate )|churn' || true
}

run contributions ContributionBenchmark "${short[@]}" -prof gc
run allocation AllocationBenchmark "${short[@]}" -prof gc
run validation ValidationBenchmark -f 1 -wi 3 -i 5 -w 1s -r 2s -prof gc
run export ExportBenchmark "${short[@]}" -prof gc
run xlsx XlsxBenchmark -f 2 -wi 3 -i 5 -w 1s -r 1s -prof gc
run discovery-warm 'DiscoveryBenchmark\.(warm|bareServiceLoader)' "${short[@]}" -prof gc
run discovery-first 'DiscoveryBenchmark\.(firstCallInJvm|bareServiceLoader)' \
  -bm ss -tu ms -f 5 -wi 0 -i 1
run discovery-fresh 'DiscoveryBenchmark\.freshClassLoader' -bm ss -tu ms -f 1 -wi 5 -i 20
# tracking: 1,000 -> 10,000 actions (5,000 -> 50,000 items) with two forks; the doubling
# series 5,000 -> 40,000 actions; and the same two sizes with the caches emptied before each call
run tracking 'TrackingBenchmark\.(track|resolveLinksOnly)$' -p actions=1000,10000 \
  -f 2 -wi 3 -i 5 -prof gc
run tracking-doubling 'TrackingBenchmark\.(track|resolveLinksOnly)$' \
  -p actions=5000,10000,20000,40000 -f 1 -wi 3 -i 5
run tracking-cold 'TrackingBenchmark\.trackColdCaches' -p actions=1000,10000 \
  -f 1 -wi 3 -i 6 -r 3
run cbs-read CbsReadBenchmark -prof gc
run export-100k-2forks 'ExportBenchmark\.(dtzJson|jacksonJson|dtzCsv|commonsCsv)' \
  -p lines=100000 -f 2 -wi 3 -i 5 -w 1s -r 1s
# pdf: the exporter against openhtmltopdf on the same XHTML (JMH), and the two timed alternately
# with wall and thread CPU time (for a machine whose load drifts)
run pdf PdfBenchmark -f 2 -wi 5 -i 10 -w 2s -r 2s
{ echo "before: $(uptime)"; } > "$out/pdf-interleaved.load"
java -cp "$jar" nl.dutchtechzone.benchmarks.PdfInterleaved 10 30 > "$out/pdf-interleaved.txt" 2>&1
{ echo "after:  $(uptime)"; } >> "$out/pdf-interleaved.load"
cat "$out/pdf-interleaved.txt"
