#!/usr/bin/env bash
# Whole-process benchmark: builds Release, then in one run times the floor
# program and `attune bench` on the same file (interleaved rounds, median of
# each figure), times process start to first reply for both, and prints the
# ratios against the targets of issue 8.
#
#   bench/run.sh [FILE] [--corpus X.db]
#   N=2000 WARMUP=100 ROUNDS=3 STARTS=30 BUILD=build-release bench/run.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
file=$root/bench/turns.txt
corpus=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --corpus) corpus=(--corpus "$2"); shift 2 ;;
    *) file=$1; shift ;;
  esac
done
n=${N:-2000}
warmup=${WARMUP:-100}
rounds=${ROUNDS:-3}
starts=${STARTS:-30}
build=${BUILD:-$root/build-release}

if [[ -z ${NO_BUILD:-} ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DATTUNE_BUILD_BENCH=ON \
    -DATTUNE_BUILD_TESTS=OFF -Wno-dev >/dev/null
  cmake --build "$build" -j2 --target attune_cli attune_floor >/dev/null
fi
attune=$build/repl/attune
floor=$build/bench/attune_floor

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for ((r = 0; r < rounds; ++r)); do
  "$floor" "$file" --n "$n" --warmup "$warmup" "${corpus[@]}" >>"$out/floor.jsonl"
  "$attune" "${corpus[@]}" bench "$file" --n "$n" --warmup "$warmup" >>"$out/attune.jsonl"
done

# Start to first reply: a new process answering one line, as a person starting
# a conversation would. `attune chat` reads stdin as the floor's --chat does.
head -n 1 "$file" >"$out/one.txt"
python3 - "$out" "$starts" "$floor" "$attune" "${corpus[@]}" <<'EOF'
import json, statistics, subprocess, sys, time

out, starts, floor, attune, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
line = open(f"{out}/one.txt", "rb").read()
commands = {
    "floor": [floor, "--chat", *corpus],
    "attune": [attune, *corpus, "chat"],
}

def start_ms(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, input=line, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    took = (time.perf_counter() - t) * 1e3
    if p.returncode != 0 or not p.stdout.strip():
        sys.exit(f"{' '.join(cmd)} gave no reply (exit {p.returncode})")
    return took

times = {name: [] for name in commands}
for _ in range(starts):  # interleaved, so load on the machine hits both alike
    for name, cmd in commands.items():
        times[name].append(start_ms(cmd))

def figures(name):
    rows = [json.loads(l) for l in open(f"{out}/{name}.jsonl")]
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    med["peak_rss_kib"] = max(r["peak_rss_kib"] for r in rows)
    med["start_ms"] = statistics.median(times[name])
    return med

f, a = figures("floor"), figures("attune")
print(f"{'':8}{'p50 µs':>10}{'p90 µs':>10}{'p99 µs':>10}{'turns/s':>10}{'RSS KiB':>10}{'start ms':>10}")
for name, r in (("floor", f), ("attune", a)):
    print(f"{name:8}{r['p50_us']:10.1f}{r['p90_us']:10.1f}{r['p99_us']:10.1f}"
          f"{r['turns_per_s']:10.0f}{r['peak_rss_kib']:10d}{r['start_ms']:10.2f}")
checks = [
    ("p50 / floor p50", a["p50_us"] / f["p50_us"], 2.0),
    ("p99 / floor p99", a["p99_us"] / f["p99_us"], 4.0),
    ("start / floor start", a["start_ms"] / f["start_ms"], 2.0),
    ("peak RSS MiB", a["peak_rss_kib"] / 1024, 16.0),
]
for label, value, target in checks:
    verdict = "ok" if value <= target else "MISSED"
    print(f"{label:22}{value:8.2f}   target <= {target:g}   {verdict}")
EOF
