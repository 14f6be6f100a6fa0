#!/usr/bin/env bash
# test_asan.sh — runs the unit tests and the golden suite of a sanitizer build.
#
# Usage: scripts/test_asan.sh [BUILD_DIR [JOBS [ctest arguments...]]]
#   BUILD_DIR  defaults to build-asan (made by `make asan`)
#   JOBS       ctest's parallelism, defaults to nproc
#   the rest   passed to ctest, e.g. `-L golden` or `-R 'go/map_'`
#
# Every test of the build runs with the options below. A sanitizer report makes
# the process exit with a status no golden program expects (ASan: 1, UBSan
# with -fno-sanitize-recover: 1), and its text lands on stderr, so any report
# fails its test. After ctest, the output of the failed tests is searched for
# sanitizer reports and their first lines are printed, so a CI log names the
# bug even when ctest's output is long.
#
# detect_stack_use_after_return=0: with it, C++ locals live on ASan's "fake
# stacks" in the heap, where the collector's conservative scan of a stopped
# thread's stack (vm/gcroots.h) cannot see them.
# detect_leaks=0: golem has no garbage collector yet and frees nothing a Go
# program allocated, so every run "leaks" by design. Turn leak detection back
# on once the GC frees the heap at exit (docs/RELIABILITY.md).
set -uo pipefail
cd "$(dirname "$0")/.."

build=${1:-build-asan}
jobs=${2:-$(nproc)}
shift $(( $# >= 2 ? 2 : $# ))

if [[ ! -f $build/CTestTestfile.cmake ]]; then
  echo "test_asan.sh: $build is not a configured build (run make asan)" >&2
  exit 1
fi

export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0:${ASAN_OPTIONS:-}"
# ASan makes golem several times slower; a torture mode on top (gccheckmark
# re-marks the heap at every cycle) needs more than the usual 30 s.
export GOLDEN_TIMEOUT=${GOLDEN_TIMEOUT:-110}
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:${TSAN_OPTIONS:-}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
(cd "$build" && ctest --output-on-failure -j "$jobs" "$@") 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "test_asan.sh: ctest finished in $((SECONDS - start)) s with status $status"

if grep -qE 'ERROR: (Address|Thread|UndefinedBehavior|Leak)Sanitizer|\.(cpp|h):[0-9]+:[0-9]+: runtime error: |WARNING: ThreadSanitizer' "$log"; then
  echo "test_asan.sh: sanitizer reports:"
  grep -E 'ERROR: (Address|Thread|UndefinedBehavior|Leak)Sanitizer|\.(cpp|h):[0-9]+:[0-9]+: runtime error: |WARNING: ThreadSanitizer|^SUMMARY: ' "$log" | sort | uniq -c | sort -rn | head -40
  [[ $status == 0 ]] && status=1
fi
exit "$status"
