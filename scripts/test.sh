#!/usr/bin/env bash
# Installs what is missing, builds attune with its tests, and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DATTUNE_BUILD_TESTS=ON -Wno-dev >/dev/null
cmake --build build --parallel "$(nproc)" -- --no-print-directory >/dev/null
if ! ctest --test-dir build --output-on-failure --parallel "$(nproc)" >build/ctest.log 2>&1; then
  cat build/ctest.log
  exit 1
fi
tail -n 3 build/ctest.log
