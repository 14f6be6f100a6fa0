#!/usr/bin/env bash
# gc_pauses.sh — the collector's figures against Go's compiled binary.
#
# Usage: bench/gc_pauses.sh [PROGRAM.go ...]
#   (default: binary_trees.go at depth 18, and bench/gc/*.go)
#
# Runs each program once under golem and once as Go's compiled binary, both
# with GODEBUG=gctrace=1, checks that their outputs agree, and prints per
# program: wall time, peak RSS (KiB), number of GC cycles, and the longest and
# the 99th-percentile stop-the-world pause. The pauses come from the gctrace
# lines ("gc N @Ts P%: A+B+C ms clock, ..."): both collectors stop the world
# twice a cycle, for sweep termination (A) and mark termination (C), and
# mark concurrently (B), so each cycle gives two pauses, A and C.
set -uo pipefail
bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
golem=${GOLEM:-$root/build/golem}
out=$bench_dir/out
mkdir -p "$out"
progs=("$@")
if [[ ${#progs[@]} -eq 0 ]]; then
  # binary-trees at depth 18 (issue 8's size): bench/binary_trees.go, deeper.
  sed 's/maxDepth := 16/maxDepth := 18/' "$bench_dir/binary_trees.go" > "$out/binary_trees18.go"
  # goroutine_window: goroutine_alloc with the window read at the end. Go's
  # compiler drops a stack array the program never reads, so in
  # goroutine_alloc Go's collector keeps none of the window; here both
  # collectors keep the same data. Which items the window holds depends on
  # the schedule, how many chains it holds does not.
  awk '/fmt.Println\("items:"/ {
    print "\tchains, kept := 0, 0"
    print "\tfor _, it := range window {"
    print "\t\tif it != nil {"
    print "\t\t\tchains++"
    print "\t\t}"
    print "\t\tfor ; it != nil; it = it.next {"
    print "\t\t\tkept++"
    print "\t\t}"
    print "\t}"
    print "\tfmt.Println(\"items:\", workers*rounds, \"checksum:\", total, \"chains:\", chains, \"kept some:\", kept > chains)"
    next
  } { print }' "$bench_dir/gc/goroutine_alloc.go" > "$out/goroutine_window.go"
  progs=("$out/binary_trees18.go" "$bench_dir"/gc/*.go "$out/goroutine_window.go")
fi

# Reads gctrace lines on stdin; prints "cycles max p99" of the pauses (ms).
pauses() {
  local trace cycles
  trace=$(cat)
  cycles=$(grep -c '^gc [0-9]* @' <<< "$trace")
  awk '
    /^gc [0-9]+ @/ {
      for (i = 1; i < NF - 1; i++) if ($(i+1) == "ms" && $(i+2) == "clock,") { split($i, t, "+"); break }
      print t[1]; print t[3]
    }' <<< "$trace" | sort -g | awk -v cycles="$cycles" '
    { p[++n] = $1 }
    END {
      if (n == 0) { print cycles, "-", "-"; exit }
      k = int(0.99 * n + 0.5); if (k < 1) k = 1
      printf "%d %.3f %.3f\n", cycles, p[n], p[k]
    }'
}

# Runs "$@" with gctrace; prints "seconds rss" and leaves stdout in $out/gc.stdout.
measure() {
  local start end
  start=$(date +%s%N)
  GODEBUG=gctrace=1 /usr/bin/time -f "%M" -o "$out/gc.rss" "$@" > "$out/gc.stdout" 2> "$out/gc.trace"
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$out/gc.rss")"
}

printf "%-18s %-6s %9s %10s %7s %12s %12s\n" program peer "time(s)" "rss(KiB)" cycles "max pause" "p99 pause"
for prog in "${progs[@]}"; do
  prog=$(realpath "$prog")
  name=$(basename "$prog" .go)
  if ! command -v go >/dev/null || ! (cd "$(dirname "$prog")" && go build -o "$out/$name.gc.bin" "$prog"); then
    echo "$name: go build failed or go missing; skipped"; continue
  fi
  read -r ms rss < <(measure "$out/$name.gc.bin")
  cp "$out/gc.stdout" "$out/$name.go.stdout"
  read -r cycles max p99 < <(pauses < "$out/gc.trace")
  printf "%-18s %-6s %9.2f %10s %7s %9s ms %9s ms\n" "$name" go "$(awk -v ms="$ms" 'BEGIN { print ms / 1000 }')" "$rss" "$cycles" "$max" "$p99"
  read -r ms rss < <(measure "$golem" run "$prog")
  read -r cycles max p99 < <(pauses < "$out/gc.trace")
  verdict=""
  cmp -s "$out/gc.stdout" "$out/$name.go.stdout" || verdict="  WRONG OUTPUT"
  printf "%-18s %-6s %9.2f %10s %7s %9s ms %9s ms%s\n" "$name" golem "$(awk -v ms="$ms" 'BEGIN { print ms / 1000 }')" "$rss" "$cycles" "$max" "$p99" "$verdict"
done
