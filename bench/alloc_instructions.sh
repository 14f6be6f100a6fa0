#!/usr/bin/env bash
# Deterministic allocation costs of golem's heap against tcmalloc
# (bench/alloc_bench.cpp under callgrind), for a machine too noisy for
# wall-clock ratios to separate changes of 10%: per allocated object, the
# instructions of the allocation call (refills, clearing and heap-bit writes
# included, amortised) and its misses, reads and writes, in a simulated
# cache with a 32 KiB first level and a 512 KiB last level (a Zen 3 core's
# L1 and L2). The caller's first write to each object is outside the call:
# it misses for golem's nozero rows (nothing in the call touched the
# object) and hits for tcmalloc's (its free-list pop read the object).
# The "fast path" column is the allocation call's own instructions, refills
# and clearing left out: golem's mallocgc with what it inlines (the bump off
# the mcache's run, the tiny block, the heap bits of a scan object) and its
# tail-called halves mallocgcScan and mallocTinyBlock (a new tiny block is a
# bump too), against tcmalloc's malloc or calloc itself (its free-list pop;
# its refills and calloc's memset are calls of their own). Go's malloc.go
# calls the same split nextFreeFast and nextFree.
# Each row is one run of the benchmark's one-thread case under valgrind
# (MIN_TIME=0.1 s of the benchmark's clock: figures move by under 1% from
# there on).
#   golem      mallocgc(size, byte's type, true): zeroed, pointer-free
#   nozero     the same with needzero=false
#   golem_ptr  an all-pointer type (heap bits written too)
#   tcmalloc   tcmalloc's malloc; tc_calloc: its calloc
# Usage: bench/alloc_instructions.sh [build dir] (SIZES="8 16 64 512 4096").
set -euo pipefail
build=${1:-build}
sizes=${SIZES:-8 16 64 512 4096}
bin="$build/bench/alloc_bench"
[[ -x $bin ]] || { echo "alloc_instructions: $bin not built (cmake --build $build --target alloc_bench)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "alloc_instructions: valgrind not installed" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# Prints "instructions fast-path L1-misses LL-misses", each per object,
# for one benchmark: the allocation call with the most calls in its caller
# tree is the one the timed loop makes.
measure() {
  local bench=$1 size=$2
  valgrind --tool=callgrind --cache-sim=yes --D1=32768,8,64 --LL=524288,8,64 \
    --callgrind-out-file="$out" "$bin" --benchmark_filter="^BM_$bench/$size/manual_time/threads:1\$" \
    --benchmark_min_time=${MIN_TIME:-0.1} >/dev/null 2>&1 || { echo "- - - -"; return; }
  # Events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw.
  callgrind_annotate --inclusive=yes --tree=calling "$out" 2>/dev/null |
    grep -E '^ *[0-9,]+ .*>   .*(golem::rt::mallocgc\(|\?\?\?:malloc |\?\?\?:calloc )' |
    awk '{
      match($0, /\([0-9,]+x\)/); calls = substr($0, RSTART + 1, RLENGTH - 3); gsub(/,/, "", calls)
      line = $0; gsub(/\( *[0-9.]+%\)/, "", line); gsub(/,/, "", line)
      split(line, f, " ")  # f[1..9]: the nine events ("." for none)
      if (calls + 0 > best) { best = calls + 0; ir = f[1]; d1 = f[5] + f[6]; ll = f[8] + f[9] }
    }
    END { if (best > 0) printf "%d %.1f %.2f %.3f\n", best, ir / best, d1 / best, ll / best }' |
    { read -r calls ir d1 ll || { echo "- - - -"; return; }
      # Self cost (exclusive) of the fast-path functions, over the same calls.
      self=$(callgrind_annotate "$out" 2>/dev/null |
        grep -E '^ *[0-9,]+ .*(:golem::rt::(mallocgc|\(anonymous namespace\)::(mallocgcScan|mallocTinyBlock))\(|\?\?\?:(malloc|calloc) )' |
        grep -v '=>' | awk '{ gsub(/,/, "", $1); sum += $1 } END { print sum + 0 }')
      awk -v ir="$ir" -v self="$self" -v calls="$calls" -v d1="$d1" -v ll="$ll" \
        'BEGIN { printf "%s %.1f %s %s\n", ir, self / calls, d1, ll }'; }
}

printf '%6s  %-10s %12s %10s %12s %12s\n' size allocator instr/object fast-path L1-miss/obj LL-miss/obj
for size in $sizes; do
  for bench in golem golem_nozero golem_ptr tcmalloc tcmalloc_calloc; do
    read -r ir fast d1 ll < <(measure "$bench" "$size")
    name=${bench/golem_nozero/nozero}
    name=${name/tcmalloc_calloc/tc_calloc}
    printf '%6s  %-10s %12s %10s %12s %12s\n' "$size" "$name" "$ir" "$fast" "$d1" "$ll"
  done
done
