#!/bin/sh
# Quick start 2: install what is missing, build with warnings as errors, and run every test.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake --workflow --preset ci
