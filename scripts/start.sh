#!/bin/sh
# Quick start 1: install what is missing, build, and open CareerDesk on its default SQLite database.
# Extra arguments go to careerdesk (e.g. --database PATH, --demo).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target careerdesk   # the app alone: tests and benchmarks wait for the test command
exec build/release/app/careerdesk "$@"
