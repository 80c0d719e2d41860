#!/usr/bin/env bash
# Scaling: corpora 1x, 100x and 1000x the size of corpus/docs (bench/gen_corpus.py);
# for each, the index build time (`attune corpus build`), search latency
# (Reader::Search against a bare prepared FTS5 query, attune_microbench), and
# turn latency (`attune --corpus X.db bench` and the floor on the same DB).
# Prints a Markdown table. Run bench/run.sh first (it builds build-release).
#
#   bench/scale.sh [SIZES...]        default: 1 100 1000
#   N=1000 WORK=/tmp/attune-scale BUILD=build-release bench/scale.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-release}
work=${WORK:-/tmp/attune-scale}
n=${N:-1000}
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(1 100 1000)
attune=$build/repl/attune
floor=$build/bench/attune_floor
micro=$build/bench/attune_microbench
turns=$root/bench/turns.txt
cmake --build "$build" -j2 --target attune_cli attune_floor attune_microbench >/dev/null
mkdir -p "$work"

seconds() { python3 -c 'import time; print(time.perf_counter())'; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$1'])" "$2"; }

echo "| size | documents | DB MiB | build s | Reader::Search µs | bare FTS5 µs | search ratio | floor p50/p99 µs | attune p50/p99 µs | attune RSS KiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  docs=$work/docs$size
  db=$work/corpus$size.db
  python3 "$root/bench/gen_corpus.py" --copies "$size" -o "$docs"
  rm -f "$db"
  t0=$(seconds)
  "$attune" corpus build "$docs" -o "$db" >/dev/null
  t1=$(seconds)
  build_s=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
  mib=$(python3 -c "import os; print(f'{os.path.getsize(\"$db\") / 2**20:.1f}')")
  count=$(ls "$docs" | wc -l)
  search=$(ATTUNE_BENCH_CORPUS=$db "$micro" --benchmark_filter='BM_(ReaderSearch|BareFts5)$' \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_format=json 2>/dev/null |
    python3 -c '
import json, sys
rows = {b["run_name"]: b["real_time"] / 1e3 for b in json.load(sys.stdin)["benchmarks"]
        if b.get("aggregate_name") == "median"}
r, b = rows["BM_ReaderSearch"], rows["BM_BareFts5"]
print(f"{r:.1f} | {b:.1f} | {r / b:.2f}")')
  f=$("$floor" "$turns" --n "$n" --warmup 50 --corpus "$db")
  a=$("$attune" --corpus "$db" bench "$turns" --n "$n" --warmup 50)
  echo "| ${size}x | $count | $mib | $build_s | $search |" \
    "$(field p50_us "$f") / $(field p99_us "$f") |" \
    "$(field p50_us "$a") / $(field p99_us "$a") | $(field peak_rss_kib "$a") |"
done
