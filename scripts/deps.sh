#!/usr/bin/env bash
# Installs what golem needs to build and test, with apt-get, and nothing when
# everything is already there. Usage: scripts/deps.sh [--bench]
#   --bench  also installs the benchmark peers (Go, yaegi, Lua, LuaJIT, Python, hyperfine,
#            tcmalloc, mimalloc) and valgrind (bench/alloc_instructions.sh)
set -euo pipefail

packages=(cmake g++ make pkg-config llvm-16-dev libre2-dev libgtest-dev
          libbenchmark-dev libedit-dev libxxhash-dev zlib1g-dev libzstd-dev
          libtinfo-dev libxml2-dev python3)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(golang-go yaegi lua5.4 luajit python3 hyperfine time libgoogle-perftools-dev libmimalloc-dev valgrind)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "deps.sh: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
