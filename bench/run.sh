#!/usr/bin/env bash
# run.sh — times golem against its peers on the benchmarks of this folder.
#
# Usage: bench/run.sh [-n RUNS] [-t TIMEOUT_S] [BENCH ...]    (default: -n 3 -t 300, all)
#
# Benchmarks are the NAME.go files here; NAME.lua and NAME.py are the same
# program for Lua and Python. Peers, each skipped when missing or not working:
#   golem    build/golem run NAME.go (or $GOLEM run NAME.go)
#   go       NAME.go compiled with `go build` into bench/out/ (the baseline)
#   yaegi    yaegi run NAME.go
#   lua5.4, luajit   NAME.lua
#   python3  NAME.py
# Runs are interleaved (run 1 of every peer, then run 2, ...) so that a noisy
# moment of the machine hurts every peer alike. Each run is measured with
# /usr/bin/time -f "%e %M" for the peak RSS (KiB) and, since %e only has
# centisecond resolution, the shell's clock (date +%s%N) for the wall time; the table shows
# the median time, the median peak RSS, the ratio to Go's binary, and golem's
# time divided by the peer's (above 1: golem is slower). Every peer's output
# must equal Go's; a different output is reported as WRONG.
set -uo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
golem=${GOLEM:-$root/build/golem}   # override with GOLEM=path
runs=3
timeout_s=300
while getopts "n:t:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) timeout_s=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 0 ;;
  esac
done
shift $((OPTIND - 1))
benches=("$@")
if [[ ${#benches[@]} -eq 0 ]]; then
  for f in "$bench_dir"/*.go; do b=$(basename "$f"); benches+=("${b%.go}"); done
fi

timer=/usr/bin/time
if [[ ! -x $timer ]]; then
  echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2
  exit 1
fi
out_dir="$bench_dir/out"
mkdir -p "$out_dir"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

peers=(golem go yaegi lua5.4 luajit python3)

# peer_available PEER: whether the peer can run at all (golem must also run a
# hello-world correctly).
peer_available() {
  case $1 in
    golem)
      [[ -x $golem ]] || return 1
      printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("ok", 6*7) }\n' >"$scratch/probe.go"
      [[ $(timeout 20 "$golem" run "$scratch/probe.go" 2>/dev/null) == "ok 42" ]] ;;
    go) command -v go >/dev/null ;;
    *) command -v "$1" >/dev/null ;;
  esac
}

# peer_command PEER BENCH: prints the command line, or nothing when the peer
# has no version of this benchmark.
peer_command() {
  local peer=$1 b=$2
  case $peer in
    golem) echo "$golem run $bench_dir/$b.go" ;;
    go) [[ -x $out_dir/$b ]] && echo "$out_dir/$b" ;;
    yaegi) echo "yaegi run $bench_dir/$b.go" ;;
    lua5.4|luajit) [[ -f $bench_dir/$b.lua ]] && echo "$peer $bench_dir/$b.lua" ;;
    python3) [[ -f $bench_dir/$b.py ]] && echo "python3 $bench_dir/$b.py" ;;
  esac
}

declare -A available
for p in "${peers[@]}"; do
  if peer_available "$p"; then available[$p]=1; else available[$p]=0; fi
done

if [[ ${available[go]} == 1 ]]; then
  for b in "${benches[@]}"; do
    (cd "$bench_dir" && go build -o "$out_dir/$b" "$b.go") || echo "run.sh: go build $b.go failed" >&2
  done
fi

# median FILE: the median of the numbers in FILE, one a line ("-" if none).
median() { [[ -s $1 ]] || { echo -; return; }; sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Measurements: $scratch/BENCH.PEER.{time,rss,status}
for b in "${benches[@]}"; do
  reference=""
  if [[ -x $out_dir/$b ]]; then reference=$("$out_dir/$b"); fi
  for ((r = 1; r <= runs; r++)); do
    for p in "${peers[@]}"; do
      [[ ${available[$p]} == 1 ]] || continue
      cmd=$(peer_command "$p" "$b") || true
      [[ -n $cmd ]] || continue
      [[ $(cat "$scratch/$b.$p.status" 2>/dev/null) == ok || ! -e $scratch/$b.$p.status ]] || continue
      echo "  $b: $p run $r/$runs" >&2
      # shellcheck disable=SC2086  # the command line is split on purpose
      start_ns=$(date +%s%N)
      timeout "$timeout_s" "$timer" -f "%e %M" -o "$scratch/measure" $cmd </dev/null >"$scratch/stdout" 2>"$scratch/stderr"
      rc=$?
      end_ns=$(date +%s%N)
      if [[ $rc == 124 ]]; then echo timeout >"$scratch/$b.$p.status"; continue; fi
      if [[ $rc != 0 ]]; then echo "failed($rc)" >"$scratch/$b.$p.status"; continue; fi
      if [[ -n $reference && $(cat "$scratch/stdout") != "$reference" ]]; then
        echo WRONG >"$scratch/$b.$p.status"
        echo "run.sh: $p printed '$(head -c 80 "$scratch/stdout")' for $b, Go prints '$reference'" >&2
        continue
      fi
      echo ok >"$scratch/$b.$p.status"
      read -r _ kib < <(tail -n 1 "$scratch/measure")
      awk -v ns=$((end_ns - start_ns)) 'BEGIN { printf "%.3f\n", ns / 1e9 }' >>"$scratch/$b.$p.time"
      echo "$kib" >>"$scratch/$b.$p.rss"
    done
  done
done

printf '\n%-8s %-8s %10s %10s %9s %11s\n' bench peer "time (s)" "RSS (MB)" "vs go" "golem/peer"
for b in "${benches[@]}"; do
  go_time=$(median "$scratch/$b.go.time")
  golem_time=$(median "$scratch/$b.golem.time")
  for p in "${peers[@]}"; do
    status=$(cat "$scratch/$b.$p.status" 2>/dev/null)
    if [[ ${available[$p]} != 1 || -z $status ]]; then
      printf '%-8s %-8s %10s\n' "$b" "$p" skipped
      continue
    fi
    if [[ $status != ok ]]; then
      printf '%-8s %-8s %10s\n' "$b" "$p" "$status"
      continue
    fi
    t=$(median "$scratch/$b.$p.time")
    rss=$(median "$scratch/$b.$p.rss")
    awk -v b="$b" -v p="$p" -v t="$t" -v rss="$rss" -v g="$go_time" -v gl="$golem_time" 'BEGIN {
      vs = (g != "" && g != "-" && g > 0) ? sprintf("%.2fx", t / g) : "-"
      gp = (gl != "" && gl != "-" && t > 0 && p != "golem") ? sprintf("%.2f", gl / t) : "-"
      printf "%-8s %-8s %10.3f %10.1f %9s %11s\n", b, p, t, rss / 1024, vs, gp
    }'
  done
done
