#!/usr/bin/env bash
# run_repl.sh — runs one scripted REPL session and checks what it prints.
#
# Usage: scripts/run_repl.sh GOLEM path/to/NAME.in
#
# From the script's directory (so that :load finds files next to it) it pipes
# NAME.in into `GOLEM repl` (HOME in a scratch directory, 30 s timeout) and
# compares everything the session prints, stdout and stderr together, with
# NAME.out. The instruction offsets ending traceback lines (" +0x1c") are
# dropped first: they follow the code generator; the rest of a traceback
# does not. Where NAME.go exists, NAME.out is that program's output under real
# Go (scripts/check_repl.sh derives it); otherwise NAME.out is written by
# hand, for what only a REPL prints (its errors' positions, its commands).
# Exits 0 when the output matches, 1 with a diff otherwise.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 GOLEM path/to/NAME.in" >&2
  exit 1
fi
golem=$1
script=$2
if [[ $golem == */* ]]; then
  golem="$(cd "$(dirname "$golem")" && pwd)/$(basename "$golem")"
fi
dir=$(dirname "$script")
file=$(basename "$script")
name=${file%.in}
cd "$dir" || { echo "FAIL: cannot cd to $dir"; exit 1; }
if [[ ! -f $file || ! -f $name.out ]]; then
  echo "FAIL: $name: missing $file or $name.out in $dir"
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HOME="$scratch" timeout -k 5 30 "$golem" repl <"$file" >"$scratch/raw" 2>&1
status=$?
sed -E 's/ \+0x[0-9a-f]+$//' "$scratch/raw" >"$scratch/actual"

failures=()
[[ $status == 124 ]] && failures+=("timed out after 30 s")
[[ $status != 0 && $status != 124 ]] && failures+=("exit status $status, expected 0")
if ! cmp -s "$name.out" "$scratch/actual"; then
  failures+=("output differs from $name.out")
  echo "--- diff (expected $name.out, +++ actual):"
  diff -u "$name.out" "$scratch/actual" | tail -n +3 | head -80
fi
if [[ ${#failures[@]} -eq 0 ]]; then
  echo "PASS: repl/$name"
  exit 0
fi
echo "FAIL: repl/$name:"
for f in "${failures[@]}"; do echo "  - $f"; done
exit 1
