#!/usr/bin/env bash
# run_golden.sh — runs one golden program under golem and checks it.
#
# Usage: scripts/run_golden.sh GOLEM path/to/NAME.go
#
# From the program's directory it runs `GOLEM run NAME.go` (a 30 s timeout,
# or GOLDEN_TIMEOUT seconds: sanitizer builds under torture modes are slower;
# stdin from NAME.in when that file exists, else /dev/null) and checks, in
# this order:
#   stdout     byte for byte equal to NAME.out (a diff is shown otherwise);
#   exit code  equal to NAME.exit, or 0 when there is no NAME.exit;
#   stderr     when NAME.err exists: after dropping a leading
#              "# command-line-arguments" line, stderr must begin with exactly
#              the lines of NAME.err; and when NAME.err holds a panic or fatal
#              error line ("panic: ", "fatal error: "), the first line after
#              stderr's first blank line must start with "goroutine " (golem's
#              traceback is otherwise checked loosely).
# The golden files come from real Go (scripts/check_golden.sh).
# Exits 0 when every check passes, 1 with a message naming each failure.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 GOLEM path/to/NAME.go" >&2
  exit 1
fi
golem=$1
prog=$2
# Resolve GOLEM before changing directory: a relative path would break.
if [[ $golem == */* ]]; then
  golem="$(cd "$(dirname "$golem")" && pwd)/$(basename "$golem")"
fi
if [[ ! -x $golem ]] && ! command -v "$golem" >/dev/null 2>&1; then
  echo "FAIL: golem binary '$1' not found or not executable"
  exit 1
fi
dir=$(dirname "$prog")
file=$(basename "$prog")
name=${file%.go}
cd "$dir" || { echo "FAIL: cannot cd to $dir"; exit 1; }
if [[ ! -f $file || ! -f $name.out ]]; then
  echo "FAIL: $name: missing $file or $name.out in $dir"
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
actual_out="$scratch/stdout"
actual_err="$scratch/stderr"

stdin=/dev/null; if [[ -f $name.in ]]; then stdin=$name.in; fi
timeout -k 5 "${GOLDEN_TIMEOUT:-30}" "$golem" run "$file" <"$stdin" >"$actual_out" 2>"$actual_err"
status=$?

failures=()
if [[ $status == 124 ]]; then
  failures+=("timed out after 30 s")
fi

if ! cmp -s "$name.out" "$actual_out"; then
  failures+=("stdout differs from $name.out")
  echo "--- stdout diff (expected $name.out, +++ actual):"
  diff -u "$name.out" "$actual_out" | tail -n +3 | head -60
fi

expected_status=0
if [[ -f $name.exit ]]; then
  expected_status=$(tr -d '[:space:]' <"$name.exit")
fi
if [[ $status != 124 && $status != "$expected_status" ]]; then
  failures+=("exit status $status, expected $expected_status")
fi

if [[ -f $name.err ]]; then
  # golem, like go build, heads compile errors with the package line.
  stderr_body="$scratch/stderr.body"
  if [[ $(head -n 1 "$actual_err") == "# command-line-arguments" ]]; then
    tail -n +2 "$actual_err" >"$stderr_body"
  else
    cp "$actual_err" "$stderr_body"
  fi
  expected_lines=$(wc -l <"$name.err")
  if ! head -n "$expected_lines" "$stderr_body" | cmp -s - "$name.err"; then
    failures+=("stderr does not start with the lines of $name.err")
    echo "--- stderr diff (expected $name.err, +++ actual leading lines):"
    head -n "$expected_lines" "$stderr_body" | diff -u "$name.err" - | tail -n +3 | head -40
  # (Go prints no goroutine for "no goroutines (main called runtime.Goexit)".)
  elif grep -qE '^(panic: |fatal error: )' "$name.err" && ! grep -q '^fatal error: no goroutines' "$name.err"; then
    after_blank=$(awk 'seen { print; exit } /^$/ { seen = 1 }' "$stderr_body")
    if [[ $after_blank != goroutine\ * ]]; then
      failures+=("no 'goroutine N [...]:' line after the first blank line of stderr")
      echo "--- stderr (first 10 lines):"
      head -n 10 "$stderr_body"
    fi
  fi
fi

# tests/go/KNOWN_FAILURES lists programs golem cannot run yet ("NAME  reason"):
# their failure is reported as XFAIL and passes; if one starts passing, the
# entry must go (XPASS fails), so the list stays true.
known=""
if [[ -f KNOWN_FAILURES ]]; then
  known=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ +/, ""); print }' KNOWN_FAILURES)
fi
if [[ ${#failures[@]} -eq 0 ]]; then
  if [[ -n $known ]]; then
    echo "XPASS: $name is listed in KNOWN_FAILURES but passes: remove it from the list"
    exit 1
  fi
  echo "PASS: $name"
  exit 0
fi
if [[ -n $known ]]; then
  echo "XFAIL: $name: $known"
  exit 0
fi
echo "FAIL: $name:"
for f in "${failures[@]}"; do echo "  - $f"; done
if [[ -s $actual_err && ! -f $name.err ]]; then
  echo "--- stderr (first 10 lines):"
  head -n 10 "$actual_err"
fi
exit 1
