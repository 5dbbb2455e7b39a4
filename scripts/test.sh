#!/bin/sh
# Quick start 2: install what is missing, build with warnings as errors, run every test; then build the
# whole suite again with AddressSanitizer + UndefinedBehaviorSanitizer (leaks fail it too) and run it
# there; then fuzz each import reader for a bounded time (scripts/fuzz.sh).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake --workflow --preset ci
cmake --workflow --preset asan
sh scripts/fuzz.sh
