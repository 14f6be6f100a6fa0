#!/usr/bin/env bash
# fuzz.sh — builds and runs golem's libFuzzer targets (tests/fuzz).
#
# Usage:
#   scripts/fuzz.sh build                 configure and build build-fuzz
#   scripts/fuzz.sh run SECONDS [TARGET...]
#                                         fuzz each target (default: all) for
#                                         SECONDS, then replay the regressions
#   scripts/fuzz.sh regressions           build, then replay every saved
#                                         reproducer (ctest -L fuzz)
#   scripts/fuzz.sh replay FUZZER DIR     run FUZZER once on each file of DIR
#                                         (what the regression ctests call)
#
# The build (build-fuzz) uses clang with libFuzzer's coverage instrumentation
# and ASan+UBSan (UBSan fatal). Each target keeps a growing corpus in
# build-fuzz/corpus/TARGET, seeded from build-fuzz/seeds/TARGET, which is
# made from tests/go/*.go on every run (for the checker, with the fmt import
# removed and fmt.Print* turned into println, since that target imports
# nothing; the run target generates its programs from raw bytes and needs
# no seeds). Go's keywords and operators are the dictionary (tests/fuzz/go.dict).
#
# Every crash, timeout or out-of-memory input found is minimized and saved as
# tests/fuzz/regressions/TARGET/<kind>-<sha1>, and listed at the end; those
# files are replayed by `make test-fuzz-regressions` and after every run.
# Extra cmake flags: FUZZ_CMAKE_FLAGS; parallel build jobs: JOBS;
# FUZZ_NO_BUILD=1 runs the fuzzers already built.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${FUZZ_BUILD:-build-fuzz}
targets_all=(lexer parser checker compile run)

export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

build_fuzzers() {
  if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: installing clang (libFuzzer)"
    local sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq clang || return 1
  fi
  bash scripts/deps.sh || return 1
  if [[ ! -f $build/CMakeCache.txt ]]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DGOLEM_SANITIZE=address \
      -DGOLEM_BUILD_TESTS=OFF -DGOLEM_FUZZ=ON ${FUZZ_CMAKE_FLAGS:-} || return 1
  fi
  local names=()
  for t in "${targets_all[@]}"; do names+=("fuzz_$t"); done
  cmake --build "$build" -j "${JOBS:-$(nproc)}" --target "${names[@]}"
}

fuzzer_of() { echo "$build/fuzz_$1"; }

# The regression ctests: in tests/fuzz's own build folder when it was added
# with add_subdirectory and testing is off at the top level.
replay_regressions() {
  local dir=$build
  [[ -f $build/tests/fuzz/CTestTestfile.cmake ]] && dir=$build/tests/fuzz
  (cd "$dir" && ctest --output-on-failure -L fuzz)
}

make_seeds() {
  local t=$1 dir=$build/seeds/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  case $t in
    run) printf 'golem' >"$dir/seed" ;;
    checker)
      for f in tests/go/*.go; do
        sed -E -e '/^import "fmt"$/d' -e 's/fmt\.(Println|Print|Printf)\(/println(/g' "$f" >"$dir/$(basename "$f")"
      done ;;
    *) cp tests/go/*.go "$dir/" ;;
  esac
}

# replay FUZZER DIR: each file once; fails on the first input that crashes.
replay() {
  local fuzzer=$1 dir=$2
  local inputs=()
  if [[ -d $dir ]]; then
    while IFS= read -r -d '' f; do inputs+=("$f"); done < <(find "$dir" -type f ! -name 'README*' ! -name '.*' -print0 | sort -z)
  fi
  if [[ ${#inputs[@]} -eq 0 ]]; then
    echo "fuzz.sh: no regression inputs in $dir"
    return 0
  fi
  # With file arguments libFuzzer runs each once and does not fuzz.
  "$fuzzer" -timeout=60 "${inputs[@]}"
}

run_target() {
  local t=$1 seconds=$2
  local fuzzer corpus artifacts
  fuzzer=$(fuzzer_of "$t")
  corpus=$build/corpus/$t
  artifacts=$build/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  make_seeds "$t"
  local opts=(-max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096
              -artifact_prefix="$artifacts/" -max_len=16384)
  if [[ $t == run ]]; then
    opts+=(-timeout=60 -max_len=4096)
  else
    opts+=(-timeout=10 -dict=tests/fuzz/go.dict)
  fi
  echo "=== fuzz_$t for $seconds s"
  "$fuzzer" "${opts[@]}" "$corpus" "$build/seeds/$t" 2>&1 | tee "$build/fuzz_$t.log" | grep -E '^(#[0-9]+ +(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written|.*Sanitizer)' 
  # libFuzzer stops at its first crash; save what it wrote.
  local found=0
  for a in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
    [[ -f $a ]] || continue
    local kind min
    kind=$(basename "$a" | cut -d- -f1)
    min=$artifacts/minimized-$(basename "$a")
    "$fuzzer" -minimize_crash=1 -max_total_time=60 -timeout=10 -exact_artifact_path="$min" "$a" >/dev/null 2>&1
    [[ -s $min ]] || cp "$a" "$min"
    mkdir -p "tests/fuzz/regressions/$t"
    local dest
    dest=tests/fuzz/regressions/$t/$kind-$(sha1sum "$min" | cut -c1-16)
    cp "$min" "$dest"
    rm -f "$a"
    echo "fuzz.sh: $t: new $kind input saved as $dest"
    found=1
  done
  return $found
}

cmd=${1:-}
case $cmd in
  build) build_fuzzers ;;
  replay)
    [[ $# -eq 3 ]] || { echo "usage: $0 replay FUZZER DIR" >&2; exit 1; }
    replay "$2" "$3" ;;
  regressions)
    build_fuzzers || exit 1
    replay_regressions ;;
  run)
    seconds=${2:-60}
    shift $(( $# >= 2 ? 2 : $# ))
    targets=("$@")
    [[ ${#targets[@]} -eq 0 ]] && targets=("${targets_all[@]}")
    # FUZZ_NO_BUILD=1 fuzzes the fuzzers as built (while the tree changes).
    [[ -n ${FUZZ_NO_BUILD:-} ]] || build_fuzzers || exit 1
    status=0
    for t in "${targets[@]}"; do
      run_target "$t" "$seconds" || status=1
    done
    replay_regressions || status=1
    [[ $status -ne 0 ]] && echo "fuzz.sh: findings above; reproducers are in tests/fuzz/regressions"
    exit $status ;;
  *)
    sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
    exit 1 ;;
esac
