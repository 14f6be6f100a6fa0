#!/usr/bin/env bash
# test_torture.sh — runs the whole golden suite under each torture mode.
#
# Usage: scripts/test_torture.sh [GOLEM [MODE...]]
#   GOLEM  the golem binary, defaults to build/golem
#   MODE   any of the modes below; all of them when none is given
# Environment: JOBS (parallel programs, default nproc), SCHEDSEED (the first
# schedstress seed; default random: each program gets SCHEDSEED + its number).
#
# The modes are GODEBUG settings (README.md, "Torture modes"):
#   gcstress     a collection every 16 KiB allocated, freed memory poisoned
#   stackstress  every call's stack check moves the goroutine stack
#   schedstress  the scheduler's choices randomized (seeded by schedseed)
#   gccheckmark  every mark phase verified by a second marker (with gcstress,
#                so that there are many collections to check)
# A program passes when scripts/run_golden.sh accepts it (same stdout, exit
# status and stderr as under Go; KNOWN_FAILURES apply). A failure prints the
# checker's output and the exact command that reproduces it (with the
# schedstress seed). Exits 1 when any program failed in any mode.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

golem=${1:-$root/build/golem}
shift $(( $# >= 1 ? 1 : 0 ))
modes=("$@")
if [[ ${#modes[@]} -eq 0 ]]; then modes=(gcstress stackstress schedstress gccheckmark); fi
if [[ $golem != /* ]]; then golem=$(pwd)/$golem; fi
if [[ ! -x $golem ]]; then
  echo "test_torture.sh: no golem binary at $golem (make build)" >&2
  exit 1
fi
jobs=${JOBS:-$(nproc)}
seed0=${SCHEDSEED:-$(( (RANDOM << 15 | RANDOM) + 1 ))}

godebug_for() {
  case $1 in
    gcstress) echo "gcstress=1" ;;
    stackstress) echo "stackstress=1" ;;
    schedstress) echo "schedstress=1,schedseed=$2" ;;
    gccheckmark) echo "gccheckmark=1,gcstress=1" ;;
    *) return 1 ;;
  esac
}

# Programs whose Go output depends on what a mode changes by design, so that
# they cannot pass under it: gc_settings prints the pacer's heap goal, which
# gcstress sets to 16 KiB.
skipped_in() {
  case $1 in
    gcstress|gccheckmark) echo "gc_settings" ;;
  esac
}

# One program under one mode: writes PASS/XFAIL, or the checker's report
# and the command that reproduces it, to $scratch/INDEX.
run_one() {
  local mode=$1 index=$2 prog=$3 debug out
  debug=$(godebug_for "$mode" $(( seed0 + index )))
  if out=$(GODEBUG=$debug bash "$root/scripts/run_golden.sh" "$golem" "$prog" 2>&1); then
    echo "${out##*$'\n'}" >"$scratch/$index"
  else
    printf 'FAILED: %s\n%s\n  reproduce: GODEBUG=%s scripts/run_golden.sh %s %s\n' \
      "$(basename "$prog" .go)" "$out" "$debug" "$golem" "$prog" >"$scratch/$index"
  fi
}
export -f run_one godebug_for

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export root golem seed0 scratch

failed=0
summary=()
for mode in "${modes[@]}"; do
  if ! godebug_for "$mode" 0 >/dev/null; then
    echo "test_torture.sh: unknown mode '$mode'" >&2
    exit 1
  fi
  start=$SECONDS
  rm -f "$scratch"/*
  skip=" $(skipped_in "$mode") "
  ls "$root"/tests/go/*.go | awk -v skip="$skip" '{ n = $0; sub(/.*\//, "", n); sub(/\.go$/, "", n) }
                                                  index(skip, " " n " ") == 0 { print NR, $0 }' |
    xargs -P "$jobs" -L 1 bash -c 'run_one "$0" "$1" "$2"' "$mode"
  passed=$(cat "$scratch"/* | grep -cE '^(PASS|XFAIL): ')
  failures=$(cat "$scratch"/* | grep -c '^FAILED: ')
  if (( failures > 0 )); then
    failed=1
    echo "=== $mode: $failures failed"
    grep -l '^FAILED: ' "$scratch"/* | xargs cat
  fi
  summary+=("$mode: $passed passed, $failures failed ($(( SECONDS - start )) s)")
done
echo "=== torture modes (schedstress seeds from $seed0)"
printf '%s\n' "${summary[@]}"
exit $failed
