#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz and runs each for a short fixed time on a
# copy of its seed inputs: a crash, leak or hang fails the run.
#   .ci/fuzz.sh [SECONDS_PER_TARGET]    (default: 30)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
seconds="${1:-30}"
start=$SECONDS
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DATTUNE_BUILD_FUZZ=ON -DATTUNE_BUILD_TESTS=OFF -DATTUNE_BUILD_REPL=OFF -Wno-dev >/dev/null
cmake --build "$build" --parallel "$(nproc)" -- --no-print-directory >/dev/null
# UBSan's reports are recoverable in these builds; without halting, undefined
# behaviour only scrolls past in the log (fuzz_restore's float-to-int did).
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in "$build"/fuzz/fuzz_*; do
  name="$(basename "$target")"
  seeds="$root/fuzz/corpus/${name#fuzz_}"
  mkdir -p "$work/$name"
  [ -d "$seeds" ] && cp -r "$seeds"/. "$work/$name/"
  if ! "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
      "$work/$name" >"$work/$name.log" 2>&1; then
    tail -n 40 "$work/$name.log"
    echo "fuzz: $name failed" >&2
    exit 1
  fi
  echo "fuzz: $name $(grep -Eo 'Done [0-9]+ runs' "$work/$name.log" | tail -n 1) in ${seconds} s"
done
echo "fuzz: OK in $((SECONDS - start)) s"
