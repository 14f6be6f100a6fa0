#!/usr/bin/env bash
# escape_match_rate.sh — how closely golem's escape analysis matches Go 1.19
# on Go's own escape tests ($(go env GOROOT)/test/escape*.go).
#
# Usage: scripts/escape_match_rate.sh [GOLEM_BINARY] [-v]
#   (default binary build/golem; -v prints the differing lines per file)
#
# Each test file is copied into a temporary directory as package main (its
# package clause rewritten in place and a `func main() {}` appended when it
# has none, so line numbers do not move; with a go.mod and an empty .s file
# so that Go accepts body-less declarations), then compiled by
# `go build -gcflags='-m -l'` and `golem build -gcflags='-m -l'`. The
# "file:line:col: message" lines of both are compared as multisets (and
# separately, whether golem prints them in Go's order). Files
# that golem (or Go) cannot compile — generics, unsafe, reflect and other
# features outside golem's subset — are counted as skipped.
# Prints one line per file and the totals: matched, missed (printed by Go
# only), extra (printed by golem only).
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
golem=${1:-$root/build/golem}
verbose=0
[ "${2:-}" = "-v" ] && verbose=1
case "$golem" in /*) ;; *) golem="$PWD/$golem" ;; esac
command -v go >/dev/null 2>&1 || { echo "escape_match_rate.sh: go is not installed" >&2; exit 2; }
goroot=$(go env GOROOT)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Keeps the "./f.go:L:C: msg" lines, sorted.
messages() { grep -E '^\./[^:]+:[0-9]+:[0-9]+: ' | sort; }

files=0 compared=0 skipped=0 matched=0 missed=0 extra=0 exact=0 ordered=0
for src in "$goroot"/test/escape*.go; do
  name=$(basename "$src")
  files=$((files + 1))
  dir="$tmp/$name.d"
  mkdir -p "$dir"
  sed -E '0,/^package [A-Za-z_0-9]+/s//package main/' "$src" > "$dir/$name"
  grep -qE '^func main\(\)' "$dir/$name" || printf '\nfunc main() {}\n' >> "$dir/$name"
  # A module with an empty assembly file, so that body-less declarations
  # (gc's "func f(p *int)" tests of tagged externals) compile.
  printf 'module escapetest\n\ngo 1.19\n' > "$dir/go.mod"
  : > "$dir/empty.s"
  if ! (cd "$dir" && go build -gcflags='-m -l' -o /dev/null . > go.txt 2>&1); then
    echo "skip  $name (go build fails as package main)"
    skipped=$((skipped + 1))
    continue
  fi
  if ! (cd "$dir" && timeout 60 "$golem" build -gcflags='-m -l' "$name" > golem.txt 2>&1); then
    why=$(grep -vE '^#|^\./[^:]+:[0-9]+:[0-9]+: .*(escape|moved to heap|leaking param|ignoring self-assignment|devirtualizing)' "$dir/golem.txt" | head -1)
    echo "skip  $name (golem cannot compile it: ${why:0:100})"
    skipped=$((skipped + 1))
    continue
  fi
  compared=$((compared + 1))
  messages < "$dir/go.txt" > "$dir/go.sorted"
  messages < "$dir/golem.txt" > "$dir/golem.sorted"
  m=$(comm -12 "$dir/go.sorted" "$dir/golem.sorted" | wc -l)
  mi=$(comm -23 "$dir/go.sorted" "$dir/golem.sorted" | wc -l)
  ex=$(comm -13 "$dir/go.sorted" "$dir/golem.sorted" | wc -l)
  matched=$((matched + m)) missed=$((missed + mi)) extra=$((extra + ex))
  if [ "$mi" = 0 ] && [ "$ex" = 0 ]; then
    exact=$((exact + 1))
    order="in Go's order"
    if cmp -s <(grep -E '^\./[^:]+:[0-9]+:[0-9]+: ' "$dir/go.txt") <(grep -E '^\./[^:]+:[0-9]+:[0-9]+: ' "$dir/golem.txt"); then
      ordered=$((ordered + 1))
    else
      order="in another order"
    fi
    echo "ok    $name ($m lines, $order)"
  else
    echo "diff  $name (matched $m, missed $mi, extra $ex)"
    if [ $verbose = 1 ]; then
      comm -23 "$dir/go.sorted" "$dir/golem.sorted" | sed 's/^/    go only:    /'
      comm -13 "$dir/go.sorted" "$dir/golem.sorted" | sed 's/^/    golem only: /'
    fi
  fi
done
total=$((matched + missed))
rate=$(awk -v m=$matched -v t=$total 'BEGIN { if (t) printf "%.1f", 100 * m / t; else print "n/a" }')
echo "files: $files, compared $compared ($exact with the same lines, $ordered also in Go's order), skipped $skipped"
echo "lines: matched $matched, missed $missed, extra $extra (match rate $rate% of Go's lines)"
