#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan and runs the
# whole test suite under them: any report fails the run.
#   .ci/sanitize.sh [BUILD_DIR]    (default: build-asan)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-asan}"
start=$SECONDS
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTUNE_SANITIZE=ON \
  -DATTUNE_BUILD_TESTS=ON -Wno-dev >/dev/null
cmake --build "$build" --parallel "$(nproc)" -- --no-print-directory >/dev/null
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
# The install test builds a consumer against a fresh install; it is covered by the plain build.
if ! ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -LE install \
    >"$build/ctest.log" 2>&1; then
  cat "$build/ctest.log"
  exit 1
fi
echo "asan+ubsan: $(grep -E 'tests passed' "$build/ctest.log") in $((SECONDS - start)) s"
