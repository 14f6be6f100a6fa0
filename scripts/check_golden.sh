#!/usr/bin/env bash
# check_golden.sh — derives the golden files of tests/go from real Go.
#
# Usage: scripts/check_golden.sh [--update] [NAME|NAME.go|path ...]
#
# For each program (default: every tests/go/*.go) it builds the program with
# `go build` from the tests/go directory, runs the binary there as ./NAME with
# stdin from NAME.in when that file exists (else /dev/null), and derives what
# golem must reproduce:
#   NAME.out   stdout, byte for byte (empty for a compile error)
#   NAME.exit  the exit status, only when nonzero: 2 for a panic, and 2 for a
#              compile error (golem's convention; `go build` itself exits 1)
#   NAME.err   the leading lines of stderr that must match exactly:
#              - compile error: go build's messages without the
#                "# command-line-arguments" header;
#              - panic or fatal error: the lines before the first blank line,
#                cut before a "[signal ..." line (its pc and code vary);
#              - any other stderr output (print/println): all of it.
# Without --update it compares those with the files present and reports every
# mismatch (exit 1 if any); with --update it rewrites them (and removes a
# stale .exit or .err). Programs named compile_* must fail to build and all
# others must build: anything else is reported as an error either way.
# Exits 0 with a message when `go` is not installed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
golden_dir="$root/tests/go"
update=0
names=()
for arg in "$@"; do
  case "$arg" in
    --update) update=1 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) n=$(basename "$arg"); names+=("${n%.go}") ;;
  esac
done

if ! command -v go >/dev/null 2>&1; then
  echo "check_golden: go is not installed; skipping (golden files left as they are)"
  exit 0
fi
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$golden_dir"/*.go; do n=$(basename "$f"); names+=("${n%.go}"); done
fi

scratch=$(mktemp -d)
current_binary=""
cleanup() {
  rm -rf "$scratch"
  if [[ -n "$current_binary" ]]; then rm -f "$current_binary"; fi
}
trap cleanup EXIT

# Prints the lines of a panic's stderr that golem must reproduce exactly.
panic_leading_lines() {
  awk '/^$/ { exit } /^\[signal / { exit } { print }' "$1"
}

is_panic_output() {
  grep -qE '^(panic: |fatal error: )' "$1"
}

# compare_or_update EXPECTED_FILE GOLDEN_PATH: an empty EXPECTED_FILE means
# "the golden file must not exist" for .exit and .err.
mismatches=0
compare_or_update() {
  local expected=$1 golden=$2 optional=$3
  if [[ $optional == 1 && ! -s $expected ]]; then
    if [[ -e $golden ]]; then
      if [[ $update == 1 ]]; then rm -f "$golden"; echo "removed $(basename "$golden")"
      else echo "MISMATCH $(basename "$golden"): should not exist"; mismatches=$((mismatches + 1)); fi
    fi
    return
  fi
  if [[ -e $golden ]] && cmp -s "$expected" "$golden"; then return; fi
  if [[ $update == 1 ]]; then
    cp "$expected" "$golden"; echo "wrote $(basename "$golden")"
  else
    echo "MISMATCH $(basename "$golden"):"
    if [[ -e $golden ]]; then diff -u "$golden" "$expected" | head -40; else echo "  (missing)"; fi
    mismatches=$((mismatches + 1))
  fi
}

cd "$golden_dir" || exit 1
errors=0
checked=0
for name in "${names[@]}"; do
  if [[ ! -f "$name.go" ]]; then echo "ERROR: no such program tests/go/$name.go"; errors=$((errors + 1)); continue; fi
  out="$scratch/$name.out" exitf="$scratch/$name.exit" errf="$scratch/$name.err"
  : >"$out"; : >"$exitf"; : >"$errf"
  current_binary="$golden_dir/$name"
  if go build -o "$current_binary" "$name.go" 2>"$scratch/build.log"; then
    if [[ $name == compile_* ]]; then
      echo "ERROR: $name.go builds, but compile_* programs must fail to build"; errors=$((errors + 1))
      rm -f "$current_binary"; current_binary=""; continue
    fi
    stdin=/dev/null; if [[ -f $name.in ]]; then stdin=$name.in; fi
    timeout 120 "./$name" <"$stdin" >"$out" 2>"$scratch/stderr"
    status=$?
    rm -f "$current_binary"; current_binary=""
    if [[ $status == 124 ]]; then echo "ERROR: $name timed out under Go"; errors=$((errors + 1)); continue; fi
    if [[ $status != 0 ]]; then echo "$status" >"$exitf"; fi
    if [[ -s "$scratch/stderr" ]]; then
      if is_panic_output "$scratch/stderr"; then
        panic_leading_lines "$scratch/stderr" >"$errf"
      else
        cp "$scratch/stderr" "$errf"
      fi
    fi
  else
    current_binary=""
    if [[ $name != compile_* ]]; then
      echo "ERROR: $name.go does not build:"; cat "$scratch/build.log"; errors=$((errors + 1)); continue
    fi
    echo 2 >"$exitf"
    grep -v '^# command-line-arguments$' "$scratch/build.log" >"$errf"
  fi
  compare_or_update "$out" "$name.out" 0
  compare_or_update "$exitf" "$name.exit" 1
  compare_or_update "$errf" "$name.err" 1
  checked=$((checked + 1))
done

echo "check_golden: $checked programs checked against $(go version | awk '{print $3}'), $mismatches mismatches, $errors errors"
[[ $mismatches == 0 && $errors == 0 ]]
