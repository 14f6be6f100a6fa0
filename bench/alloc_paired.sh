#!/usr/bin/env bash
# golem's heap against tcmalloc batch for batch in one process
# (bench/alloc_bench.cpp's BM_paired_*): on this kind of virtual machine a
# process runs all of its benchmarks fast or all slow, by up to 2x
# (docs/BENCHMARKS.md), so ratios between separate runs carry that noise;
# within one process both allocators see the same speed. ROUNDS processes,
# each running every pair once (MIN_TIME seconds of batches); for each pair
# and size, the median ratio over the rounds and the lowest and highest.
#   golem/tc     zeroed golem (new, make) against tcmalloc's malloc
#   nozero/tc    golem with needzero=false against tcmalloc's malloc
#   golem/tc0    zeroed golem against tcmalloc's calloc
# Ratios above 1: golem allocates more objects a second.
# Usage: bench/alloc_paired.sh [build dir] (ROUNDS=5 MIN_TIME=0.1 THREADS=1).
set -euo pipefail
build=${1:-build}
rounds=${ROUNDS:-5}
threads=${THREADS:-1}
bin="$build/bench/alloc_bench"
[[ -x $bin ]] || { echo "alloc_paired: $bin not built (cmake --build $build --target alloc_bench)" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((r = 1; r <= rounds; r++)); do
  "$bin" --benchmark_filter="BM_paired_.*threads:$threads\$" --benchmark_min_time="${MIN_TIME:-0.1}" 2>/dev/null |
    grep '^BM_paired_' >>"$out" || true
done
# Lines: BM_paired_<pair>/<size>/manual_time/threads:N ... ratio=R
awk -v rounds="$rounds" -v threads="$threads" -v sizelist="8 16 64 512 4096 65536" '
  {
    split($1, part, "/"); pair = part[1]; sub(/^BM_paired_/, "", pair)
    if (match($0, /ratio=[0-9.]+/) == 0) next
    r[pair, part[2], ++n[pair, part[2]]] = substr($0, RSTART + 6, RLENGTH - 6) + 0
  }
  # "median (lowest-highest)" of one pair and size.
  function summary(pair, size,   k, i, j, t, a) {
    k = n[pair, size]
    if (k == 0) return "-"
    for (i = 1; i <= k; i++) a[i] = r[pair, size, i]
    for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return sprintf("%.2fx (%.2f-%.2f)", k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2, a[1], a[k])
  }
  END {
    printf "paired in one process, %d rounds, %d thread(s): median ratio (lowest-highest)\n", rounds, threads
    printf "%7s %20s %20s %20s\n", "size", "golem/tc", "nozero/tc", "golem/tc0"
    m = split(sizelist, order, " ")
    for (i = 1; i <= m; i++) {
      s = order[i]
      printf "%7s %20s %20s %20s\n", s, summary("golem_tcmalloc", s), summary("nozero_tcmalloc", s),
        summary("golem_tcmalloc_calloc", s)
    }
  }' "$out"
