#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind), which unlike timings repeat
# exactly on a shared machine. A stage figure is the difference of two runs
# (K iterations minus 1), so set-up cost cancels out; a turn is counted only
# inside the turn function, so new conversations are left out.
#
#   bench/callgrind.sh              stages, search, turn and start-up counts
#   BUILD=build-release K=200 bench/callgrind.sh
# For where a turn's instructions go:
#   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.turn \
#     build-release/repl/attune bench bench/turns.txt --n 600 --warmup 0
#   callgrind_annotate --inclusive=yes /tmp/cg.turn | head -60
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-release}
k=${K:-200}
micro=$build/bench/attune_microbench
attune=$build/repl/attune
floor=$build/bench/attune_floor
turns=$root/bench/turns.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Instructions executed by "$@" (all of it, or only inside $TOGGLE).
count() {
  local toggle=()
  [[ -n ${TOGGLE:-} ]] && toggle=(--toggle-collect="$TOGGLE")
  valgrind --tool=callgrind --callgrind-out-file="$tmp/out" "${toggle[@]}" "$@" \
    >/dev/null 2>"$tmp/log" || { cat "$tmp/log" >&2; return 1; }
  grep -E '^(summary|totals):' "$tmp/out" | head -1 | awk '{print $2}'
}

per() { python3 -c "print(f'{($2 - $1) / $3:,.0f}')" ; }

echo "| what | instructions per call |"
echo "|---|---:|"
benchmarks=${BENCHMARKS:-"BM_Normalize BM_Parse BM_Match BM_Infer BM_ReaderSearch BM_BareFts5 BM_BareFts5Rank"}
for b in $benchmarks; do
  one=$(ATTUNE_BENCH_ITERATIONS=1 TOGGLE="*${b}(*" count "$micro" --benchmark_filter="^${b}(/|\$)")
  many=$(ATTUNE_BENCH_ITERATIONS=$k TOGGLE="*${b}(*" count "$micro" --benchmark_filter="^${b}(/|\$)")
  echo "| $b | $(per "$one" "$many" $((k - 1))) |"
done
# A turn: only inside the turn function (new conversations are not counted).
turn_count() { TOGGLE=$1 count "${@:2}" --n 600 --warmup 0; }
floor_turn=$(turn_count '*Floor::Turn(*' "$floor" "$turns")
attune_turn=$(turn_count 'attune::Session::Respond(*' "$attune" bench "$turns")
echo "| floor: one turn (600 turns of bench/turns.txt) | $(per 0 "$floor_turn" 600) |"
echo "| attune: one turn, Session::Respond (same) | $(per 0 "$attune_turn" 600) |"
head -n 1 "$turns" >"$tmp/one.txt"
echo "| floor: process start to first reply | $(count "$floor" --chat <"$tmp/one.txt") |"
echo "| attune: process start to first reply (chat) | $(count "$attune" chat <"$tmp/one.txt") |"
