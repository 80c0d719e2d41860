#!/usr/bin/env bash
# Builds the test suite with ThreadSanitizer in its own directory (build-tsan) and runs the
# thread test under it, plus the C API tests: any reported race fails the run.
#   .ci/tsan.sh [BUILD_DIR]    (default: build-tsan)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-tsan}"
start=$SECONDS
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTUNE_TSAN=ON \
  -DATTUNE_BUILD_TESTS=ON -Wno-dev >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target attune_tests -- --no-print-directory >/dev/null
# halt_on_error: the first race fails the run; second_deadlock_stack: readable lock reports.
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
# Debian's TSan runtime cannot map its shadow under high-entropy ASLR (vm.mmap_rnd_bits > 28).
run=("$build/tests/attune_tests" --gtest_filter='Threads.*:CApi.*')
if command -v setarch >/dev/null && setarch "$(uname -m)" -R true 2>/dev/null; then
  run=(setarch "$(uname -m)" -R "${run[@]}")
fi
"${run[@]}"
echo "tsan: OK in $((SECONDS - start)) s"
