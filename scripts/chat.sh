#!/usr/bin/env bash
# Installs what is missing, builds attune, and starts the chat on the embedded corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -Wno-dev >/dev/null
cmake --build build --parallel "$(nproc)" -- --no-print-directory >/dev/null
exec build/repl/attune chat "$@"
