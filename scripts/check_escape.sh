#!/usr/bin/env bash
# check_escape.sh — checks golem's escape analysis against Go 1.19.
#
# Usage: scripts/check_escape.sh [GOLEM_BINARY] [FILE.go ...]
#   (default binary build/golem, default files tests/escape/*.go)
#
# For each errorcheck file:
#   1. when `go` is installed, re-derives the `// ERROR "..."` annotations
#      from `go build -gcflags='-m -l'` and reports any file whose
#      annotations differ from what Go prints now (annotations are per line;
#      the messages of one line in Go's order);
#   2. runs `golem build -gcflags='-m -l'` on it and compares its lines with
#      Go's output (when Go is installed: exactly, line by line, columns and
#      order included) or else with the annotations (per line, as sets).
# Prints one line per file and a summary: lines matched, missed, extra.
# Exits 1 when anything differs.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
golem=${1:-$root/build/golem}
shift || true
files=("$@")
[ ${#files[@]} -eq 0 ] && files=("$root"/tests/escape/*.go)
have_go=0
command -v go >/dev/null 2>&1 && have_go=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Annotations of a file as "LINE<TAB>message" lines.
annotations() {
  python3 - "$1" <<'PY'
import re, sys
for n, line in enumerate(open(sys.argv[1]), 1):
    i = line.find('// ERROR ')
    if i < 0: continue
    for m in re.findall(r'"((?:[^"\\]|\\.)*)"', line[i:]):
        print(f"{n}\t" + re.sub(r'\\(.)', r'\1', m))
PY
}

# "./f.go:L:C: msg" lines -> "L<TAB>msg" lines.
per_line() { sed -nE 's/^\.\/[^:]+:([0-9]+):[0-9]+: (.*)$/\1\t\2/p'; }

status=0 matched=0 missed=0 extra=0
for f in "${files[@]}"; do
  name=$(basename "$f")
  dir=$(dirname "$f")
  annotations "$f" | sort > "$tmp/want"
  if [ $have_go = 1 ]; then
    (cd "$dir" && go build -gcflags='-m -l' -o /dev/null "$name" 2>&1) | grep -v '^#' > "$tmp/go"
    per_line < "$tmp/go" | sort > "$tmp/go_per_line"
    if ! cmp -s "$tmp/want" "$tmp/go_per_line"; then
      echo "STALE $name: annotations differ from go build -gcflags='-m -l'"
      diff "$tmp/want" "$tmp/go_per_line" | sed 's/^/    /'
      status=1
    fi
    cp "$tmp/go" "$tmp/expected"
  fi
  (cd "$dir" && "$golem" build -gcflags='-m -l' "$name" 2>&1) | grep -v '^#' > "$tmp/golem"
  if [ $have_go = 1 ]; then
    exp="$tmp/expected" got="$tmp/golem"
  else
    exp="$tmp/want"; got="$tmp/golem_per_line"; per_line < "$tmp/golem" | sort > "$got"
  fi
  m=$(comm -12 <(sort "$exp") <(sort "$got") | wc -l)
  mi=$(comm -23 <(sort "$exp") <(sort "$got") | wc -l)
  ex=$(comm -13 <(sort "$exp") <(sort "$got") | wc -l)
  matched=$((matched + m)) missed=$((missed + mi)) extra=$((extra + ex))
  if cmp -s "$exp" "$got"; then
    echo "ok    $name ($m lines)"
  else
    echo "FAIL  $name (matched $m, missed $mi, extra $ex)"
    diff "$exp" "$got" | sed 's/^/    /'
    status=1
  fi
done
echo "escape lines: matched $matched, missed $missed, extra $extra (against $([ $have_go = 1 ] && echo 'go build -gcflags=-m -l' || echo annotations))"
exit $status
