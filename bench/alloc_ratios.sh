#!/usr/bin/env bash
# Allocation throughput ratios of golem's heap against tcmalloc and mimalloc
# (bench/alloc_bench.cpp), robust to a noisy machine: ROUNDS runs of the
# whole benchmark, one after another, so that every allocator sees the same
# stretches of noise, each benchmark in REPS short repetitions (0.02 s). Two
# tables, in millions of objects per second: each row's median over all its
# repetitions, and its best one (noise on a shared machine only ever slows a
# repetition down, and short ones often miss it, so the best is the steadier
# estimate of what each allocator can do). Each gives the ratios the heap's
# goal is about:
#   nozero/tc    golem with needzero=false (what Go's runtime asks for a
#                buffer it fills at once) against tcmalloc's malloc
#   golem/tc     golem's zeroed allocation (new, make) against tcmalloc's
#                malloc, which does not clear
#   golem/tc0    the same against tcmalloc's calloc, which clears as golem does
# Usage: bench/alloc_ratios.sh [build dir] (ROUNDS=3 REPS=10 THREADS=1 by
# default; ALLOC_BATCH=N allocates N objects a batch instead of 1024).
set -euo pipefail
build=${1:-build}
rounds=${ROUNDS:-3}
reps=${REPS:-10}
threads=${THREADS:-1}
bin="$build/bench/alloc_bench"
[[ -x $bin ]] || { echo "alloc_ratios: $bin not built (cmake --build $build --target alloc_bench)" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((r = 1; r <= rounds; r++)); do
  "$bin" --benchmark_filter="BM_(golem|golem_nozero|tcmalloc|tcmalloc_calloc|mimalloc)/.*threads:$threads\$" \
    --benchmark_min_time=0.02 --benchmark_repetitions="$reps" --benchmark_format=csv 2>/dev/null |
    grep '^"BM_' | grep -v '_\(mean\|median\|stddev\|cv\)"' >>"$out" || true
done
# CSV: "name",iterations,real_time,cpu_time,time_unit,bytes_per_second,items_per_second,...
awk -F, -v rounds="$rounds" -v reps="$reps" -v sizelist="8 16 64 512 4096 65536" '
  function median(key,   n, i, j, t, a) {
    n = count[key]
    for (i = 1; i <= n; i++) a[i] = v[key, i]
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n == 0 ? 0 : (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2)
  }
  {
    gsub(/"/, "", $1)
    split($1, part, "/")
    key = part[1] SUBSEP part[2]
    v[key, ++count[key]] = $7 / 1e6
  }
  function best(key,   i, b) {
    b = 0
    for (i = 1; i <= count[key]; i++) if (v[key, i] > b) b = v[key, i]
    return b
  }
  function stat(how, key) { return how == "median" ? median(key) : best(key) }
  function table(how,   n, i, s, g, z, t, c, m) {
    printf "%s of %d rounds x %d repetitions, M objects/s\n", how, rounds, reps
    printf "%7s %8s %8s %8s %8s %8s | %10s %8s %8s\n", "size", "golem", "nozero", "tcmalloc", "tc_callc", "mimalloc", "nozero/tc", "golem/tc", "golem/tc0"
    n = split(sizelist, order, " ")
    for (i = 1; i <= n; i++) {
      s = order[i]
      g = stat(how, "BM_golem" SUBSEP s); z = stat(how, "BM_golem_nozero" SUBSEP s)
      t = stat(how, "BM_tcmalloc" SUBSEP s); c = stat(how, "BM_tcmalloc_calloc" SUBSEP s); m = stat(how, "BM_mimalloc" SUBSEP s)
      printf "%7s %8.1f %8.1f %8.1f %8.1f %8.1f | %9.2fx %7.2fx %7.2fx\n", s, g, z, t, c, m, t ? z / t : 0, t ? g / t : 0, c ? g / c : 0
    }
  }
  END {
    table("median")
    table("best")
  }' "$out"
