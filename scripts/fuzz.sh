#!/bin/sh
# Builds the libFuzzer harnesses of the import readers (clang, ASan + UBSan; tests/fuzz) and runs each
# for FUZZ_SECONDS (default 15), starting from the test fixtures. A crash, a leak, undefined behaviour
# or a timeout fails the run and leaves the input as build/fuzz/crash-<harness>-*.
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-15}
cmake -S tests/fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/fuzz
data=tests/data/import
seeds() {
    case $1 in
    html) echo $data/*.html ;;
    jobposting_json) echo $data/jobs.json ;;
    json_resume) echo $data/resume.json ;;
    csv) echo $data/*.csv ;;
    feed) echo $data/feed.rss $data/feed.atom ;;
    text) echo $data/*.md ;;
    pdf) echo tests/fuzz/seeds/pdf/* $data/encrypted.pdf ;;
    *) echo tests/fuzz/seeds/$1/* ;;
    esac
}
for harness in html jobposting_json json_resume csv feed text docx pdf; do
    corpus=build/fuzz/corpus/$harness
    mkdir -p "$corpus"
    cp $(seeds $harness) "$corpus/"
    log=build/fuzz/$harness.log
    # Qt and the system libraries are not instrumented: their containers cannot be checked for overflow.
    if ! ASAN_OPTIONS=detect_container_overflow=0 build/fuzz/fuzz_$harness -max_total_time="$seconds" \
        -rss_limit_mb=2048 -max_len=65536 -timeout=10 -print_final_stats=1 \
        -artifact_prefix=build/fuzz/crash-$harness- "$corpus" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz_$harness failed; the input is in build/fuzz/crash-$harness-*" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz_$harness: $runs inputs in $seconds s, no crash"
done
