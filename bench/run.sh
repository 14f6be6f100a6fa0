#!/usr/bin/env bash
# run.sh — times golem against its peers on the benchmarks of this folder.
#
# Usage: bench/run.sh [-n RUNS] [-t TIMEOUT_S] [-y YAEGI_TIMEOUT_S] [-b BUDGET_S] [BENCH ...]
#        (default: -n 3 -t 300 -y 10 -b 5, every benchmark plus the start-up row)
#
# Benchmarks are the NAME.go files here; NAME.lua and NAME.py are the same
# program for Lua and Python. A benchmark with a NAME.input.sh script reads a
# generated file: the script writes bench/out/NAME.input before the runs (once,
# and again when the script changes) and every peer gets that file's path as
# its argument. A benchmark listed in gomaxprocs_benches runs as
# NAME_p1, NAME_p2 with GOMAXPROCS=1, 2 for golem and Go only (the ratio of
# its rows is the parallel speedup). Peers, each skipped when missing or not working:
#   golem    build/golem run NAME.go (or $GOLEM run NAME.go)
#   go       NAME.go compiled with `go build` into bench/out/ (the baseline)
#   yaegi    yaegi run NAME.go (its own, shorter timeout -y: it is very slow)
#   lua5.4, luajit   NAME.lua
#   python3  NAME.py
# Runs are interleaved (run 1 of every peer, then run 2, ...) so that a noisy
# moment of the machine hurts every peer alike. A peer is run again only while
# its runs of that benchmark total less than BUDGET_S seconds: slow peers get
# one run (their noise is small next to their time), which keeps the default
# table to a few minutes. A peer that times out or fails is not run again.
# Each run is measured with
# /usr/bin/time -f "%e %M" for the peak RSS (KiB) and, since %e only has
# centisecond resolution, the shell's clock (date +%s%N) for the wall time; the table shows
# the median time, the median peak RSS, the ratio to Go's binary, and golem's
# time divided by the peer's (above 1: golem is slower). Every peer's output
# must equal Go's; a different output is reported as WRONG. Benchmarks that
# golem cannot run yet (listed in pending_benches) are shown as skipped.
#
# The start-up row (BENCH name "startup", included by default) times a
# hello-world (startup/hello.*) with hyperfine when present, else with the
# shell's clock: golem run, go run, the compiled binary, yaegi, lua5.4, python3.
set -uo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
golem=${GOLEM:-$root/build/golem}   # override with GOLEM=path
runs=3
timeout_s=300
yaegi_timeout_s=10
budget_s=5
while getopts "n:t:y:b:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    t) timeout_s=$OPTARG ;;
    y) yaegi_timeout_s=$OPTARG ;;
    b) budget_s=$OPTARG ;;
    *) sed -n '2,34p' "$0"; exit 0 ;;
  esac
done
shift $((OPTIND - 1))

# Benchmarks of issue 4 that need features golem does not have yet.
pending_benches=()
pending_reason="needs features golem lacks"

# Benchmarks run once per GOMAXPROCS value, as NAME_pN with GOMAXPROCS=N in
# the environment of golem and Go's binary (the ratio of the rows is the
# parallel speedup); the other peers have no threads to give them.
gomaxprocs_benches=(parallel_cpu)
gomaxprocs_values=(1 2)

# add_bench NAME: adds NAME, or its NAME_pN variants.
add_bench() {
  local g n
  for g in "${gomaxprocs_benches[@]}"; do
    if [[ $1 == "$g" ]]; then
      for n in "${gomaxprocs_values[@]}"; do benches+=("${1}_p$n"); done
      return
    fi
  done
  benches+=("$1")
}
# source_of BENCH: the program's name without .go (NAME for NAME_pN).
source_of() {
  if [[ $1 =~ ^(.*)_p([0-9]+)$ && -f $bench_dir/${BASH_REMATCH[1]}.go ]]; then echo "${BASH_REMATCH[1]}"; else echo "$1"; fi
}
# env_of BENCH: "env GOMAXPROCS=N " for NAME_pN, else nothing.
env_of() {
  if [[ $1 =~ ^(.*)_p([0-9]+)$ && -f $bench_dir/${BASH_REMATCH[1]}.go ]]; then echo "env GOMAXPROCS=${BASH_REMATCH[2]} "; fi
}

benches=()
run_startup=0
for arg in "$@"; do
  if [[ $arg == startup ]]; then run_startup=1; else add_bench "$arg"; fi
done
if [[ $# -eq 0 ]]; then
  run_startup=1
  for f in "$bench_dir"/*.go; do b=$(basename "$f"); add_bench "${b%.go}"; done
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
# The interpreter itself, not a wrapper such as pyenv's shim (a bash script
# that adds about 0.4 s to every run).
python=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null) || python=python3

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
  local src env
  src=$(source_of "$b")
  env=$(env_of "$b")
  # A GOMAXPROCS variant is only meaningful for the peers with threads.
  if [[ -n $env && $peer != golem && $peer != go ]]; then return; fi
  case $peer in
    golem) echo "$env$golem run $bench_dir/$src.go" ;;
    go) [[ -x $out_dir/$b ]] && echo "$env$out_dir/$b" ;;
    yaegi) echo "yaegi run $bench_dir/$src.go" ;;
    lua5.4|luajit) [[ -f $bench_dir/$src.lua ]] && echo "$peer $bench_dir/$src.lua" ;;
    python3) [[ -f $bench_dir/$src.py ]] && echo "$python $bench_dir/$src.py" ;;
  esac
}

# input_arg BENCH: " bench/out/NAME.input" for a benchmark with an input
# script (see the header), else nothing.
input_arg() {
  local src
  src=$(source_of "$1")
  if [[ -f $bench_dir/$src.input.sh ]]; then echo " $out_dir/$src.input"; fi
}

declare -A available
for p in "${peers[@]}"; do
  if peer_available "$p"; then available[$p]=1; else available[$p]=0; fi
done

if [[ ${available[go]} == 1 ]]; then
  for b in ${benches[@]+"${benches[@]}"}; do
    (cd "$bench_dir" && go build -o "$out_dir/$b" "$(source_of "$b").go") || echo "run.sh: go build $b.go failed" >&2
  done
fi

# median FILE: the median of the numbers in FILE, one a line ("-" if none).
median() { [[ -s $1 ]] || { echo -; return; }; sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# peer_timeout PEER: the timeout of one run, in seconds.
peer_timeout() { if [[ $1 == yaegi ]]; then echo "$yaegi_timeout_s"; else echo "$timeout_s"; fi; }

# Generated inputs (see the header), before any timing.
for b in ${benches[@]+"${benches[@]}"}; do
  src=$(source_of "$b")
  generator=$bench_dir/$src.input.sh
  if [[ -f $generator && ( ! -s $out_dir/$src.input || $generator -nt $out_dir/$src.input ) ]]; then
    echo "  $b: generating $out_dir/$src.input" >&2
    bash "$generator" "$out_dir/$src.input" || echo "run.sh: $generator failed" >&2
  fi
done

# Measurements: $scratch/BENCH.PEER.{time,rss,status}
for b in ${benches[@]+"${benches[@]}"}; do
  reference=""
  # shellcheck disable=SC2046  # the input argument is split on purpose
  if [[ -x $out_dir/$b ]]; then reference=$("$out_dir/$b" $(input_arg "$b")); fi
  for ((r = 1; r <= runs; r++)); do
    for p in "${peers[@]}"; do
      [[ ${available[$p]} == 1 ]] || continue
      cmd=$(peer_command "$p" "$b") || true
      [[ -n $cmd ]] || continue
      cmd+=$(input_arg "$b")
      [[ $(cat "$scratch/$b.$p.status" 2>/dev/null) == ok || ! -e $scratch/$b.$p.status ]] || continue
      if [[ -s $scratch/$b.$p.time ]] && awk -v budget="$budget_s" '{ t += $1 } END { exit !(t >= budget) }' "$scratch/$b.$p.time"; then
        continue
      fi
      echo "  $b: $p run $r/$runs" >&2
      # shellcheck disable=SC2086  # the command line is split on purpose
      start_ns=$(date +%s%N)
      timeout "$(peer_timeout "$p")" "$timer" -f "%e %M" -o "$scratch/measure" $cmd </dev/null >"$scratch/stdout" 2>"$scratch/stderr"
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

printf '\n%-15s %-8s %10s %10s %9s %11s\n' bench peer "time (s)" "RSS (MB)" "vs go" "golem/peer"
for b in ${benches[@]+"${benches[@]}"}; do
  go_time=$(median "$scratch/$b.go.time")
  golem_time=$(median "$scratch/$b.golem.time")
  for p in "${peers[@]}"; do
    status=$(cat "$scratch/$b.$p.status" 2>/dev/null)
    if [[ ${available[$p]} != 1 || -z $status ]]; then
      printf '%-15s %-8s %10s\n' "$b" "$p" skipped
      continue
    fi
    if [[ $status != ok ]]; then
      printf '%-15s %-8s %10s\n' "$b" "$p" "$status"
      continue
    fi
    t=$(median "$scratch/$b.$p.time")
    rss=$(median "$scratch/$b.$p.rss")
    n=$(wc -l <"$scratch/$b.$p.time")
    awk -v b="$b" -v p="$p" -v t="$t" -v rss="$rss" -v g="$go_time" -v gl="$golem_time" -v n="$n" 'BEGIN {
      vs = (g != "" && g != "-" && g > 0) ? sprintf("%.2fx", t / g) : "-"
      gp = (gl != "" && gl != "-" && t > 0 && p != "golem") ? sprintf("%.2f", gl / t) : "-"
      printf "%-15s %-8s %10.3f %10.1f %9s %11s  (%d run%s)\n", b, p, t, rss / 1024, vs, gp, n, n == 1 ? "" : "s"
    }'
  done
done
if [[ $# -eq 0 ]]; then
  for b in "${pending_benches[@]}"; do
    printf '%-15s %-8s %10s\n' "$b" all "skipped ($pending_reason)"
  done
fi

# Start-up: a hello-world on every peer; `go run` includes compiling (cached).
if [[ $run_startup == 1 ]]; then
  hello_dir="$bench_dir/startup"
  startup_names=() startup_cmds=()
  add_startup() { startup_names+=("$1"); startup_cmds+=("$2"); }
  [[ ${available[golem]} == 1 ]] && add_startup golem "$golem run $hello_dir/hello.go"
  if [[ ${available[go]} == 1 ]]; then
    add_startup "go run" "go run $hello_dir/hello.go"
    (cd "$hello_dir" && go build -o "$out_dir/hello" hello.go) && add_startup "go binary" "$out_dir/hello"
  fi
  [[ ${available[yaegi]} == 1 ]] && add_startup yaegi "yaegi run $hello_dir/hello.go"
  [[ ${available[lua5.4]} == 1 ]] && add_startup lua5.4 "lua5.4 $hello_dir/hello.lua"
  [[ ${available[python3]} == 1 ]] && add_startup python3 "$python $hello_dir/hello.py"
  printf '\n%-15s %-10s %10s %11s\n' startup peer "time (ms)" "golem/peer"
  declare -A startup_ms
  for i in "${!startup_names[@]}"; do
    name=${startup_names[$i]} cmd=${startup_cmds[$i]}
    echo "  startup: $name" >&2
    # shellcheck disable=SC2086  # the command line is split on purpose
    if [[ $(timeout 60 $cmd 2>/dev/null) != "hello, world" ]]; then startup_ms[$name]=failed; continue; fi
    if command -v hyperfine >/dev/null; then
      hyperfine -N --warmup 2 --min-runs 10 --export-csv "$scratch/startup.csv" "$cmd" >/dev/null 2>&1
      # CSV columns: command,mean,stddev,median,...; the median in seconds.
      startup_ms[$name]=$(awk -F, 'NR == 2 { printf "%.1f", $4 * 1000 }' "$scratch/startup.csv")
    else
      : >"$scratch/startup.times"
      for ((r = 0; r < 10; r++)); do
        start_ns=$(date +%s%N)
        # shellcheck disable=SC2086
        $cmd >/dev/null 2>&1
        end_ns=$(date +%s%N)
        awk -v ns=$((end_ns - start_ns)) 'BEGIN { printf "%.1f\n", ns / 1e6 }' >>"$scratch/startup.times"
      done
      startup_ms[$name]=$(median "$scratch/startup.times")
    fi
  done
  for name in "${startup_names[@]}"; do
    ms=${startup_ms[$name]}
    awk -v n="$name" -v ms="$ms" -v g="${startup_ms[golem]:-}" 'BEGIN {
      if (ms == "failed" || ms == "") { printf "%-15s %-10s %10s\n", "hello", n, "failed"; exit }
      gp = (g != "" && g != "failed" && n != "golem" && ms > 0) ? sprintf("%.2f", g / ms) : "-"
      printf "%-15s %-10s %10.1f %11s\n", "hello", n, ms, gp
    }'
  done
fi
