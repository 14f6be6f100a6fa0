#!/usr/bin/env bash
# check_repl.sh — derives the expected output of REPL sessions from real Go.
#
# Usage: scripts/check_repl.sh [--update] [NAME ...]
#
# A session tests/repl/NAME.in may have a twin, tests/repl/NAME.go: the Go
# program doing what the session does, each expression statement of the
# session a fmt.Println of the same expression. For each twin (default:
# every tests/repl/*.go) it runs `go run NAME.go` in tests/repl and compares
# its output (stdout and stderr) with NAME.out; with --update it writes
# NAME.out instead. So the values a session prints are the values Go prints.
# Exits 0 with a message when `go` is not installed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/tests/repl"
update=0
names=()
for arg in "$@"; do
  case "$arg" in
    --update) update=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) n=$(basename "$arg"); n=${n%.go}; names+=("${n%.in}") ;;
  esac
done
if ! command -v go >/dev/null 2>&1; then
  echo "check_repl: go is not installed; skipping"
  exit 0
fi
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$dir"/*.go; do n=$(basename "$f"); names+=("${n%.go}"); done
fi
cd "$dir" || exit 1
failed=0
for name in "${names[@]}"; do
  if [[ ! -f $name.go ]]; then
    echo "check_repl: $name.go does not exist"
    failed=1
    continue
  fi
  if ! actual=$(go run "$name.go" 2>&1); then
    echo "check_repl: $name.go failed under Go:"
    echo "$actual" | head -20
    failed=1
    continue
  fi
  if [[ $update == 1 ]]; then
    printf '%s\n' "$actual" >"$name.out"
    echo "updated $name.out"
  elif [[ $(printf '%s\n' "$actual") != "$(cat "$name.out" 2>/dev/null)" ]]; then
    echo "check_repl: $name.out differs from Go's output of $name.go"
    failed=1
  fi
done
exit $failed
