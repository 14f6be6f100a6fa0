# Thin wrapper over CMake. The two commands a newcomer needs:
#   make run    install deps, build, run the showcase script
#   make test   install deps, build, run every test (unit + golden)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test test-torture bench clean asan tsan test-asan fuzz fuzz-build test-fuzz-regressions

all: build

deps:
	@bash scripts/deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/golem run examples/showcase.go

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole golden suite under each torture mode (README.md; TORTURE_MODES
# picks some, e.g. TORTURE_MODES=schedstress; SCHEDSEED=N replays seeds).
test-torture: build
	JOBS=$(JOBS) bash scripts/test_torture.sh $(BUILD)/golem $(TORTURE_MODES)

bench: build
	@bash scripts/deps.sh --bench
	cmake --build $(BUILD) -j $(JOBS) --target alloc_bench
	@bash bench/run.sh $(BENCH_ARGS)
	@bash bench/gc_pauses.sh
	./$(BUILD)/bench/alloc_bench --benchmark_min_time=0.2
	@bash bench/alloc_ratios.sh $(BUILD)
	@bash bench/alloc_paired.sh $(BUILD)
	@THREADS=2 bash bench/alloc_paired.sh $(BUILD)
	@bash bench/alloc_instructions.sh $(BUILD)

# Sanitizer builds (docs/RELIABILITY.md). -O1 keeps them fast enough to run
# the whole golden suite; UBSan is fatal (-fno-sanitize-recover, set by
# GOLEM_SANITIZE in CMakeLists.txt).
SAN_CMAKE = -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" $(CMAKE_FLAGS)

asan:
	@bash scripts/deps.sh
	cmake -S . -B build-asan $(SAN_CMAKE) -DGOLEM_SANITIZE=address
	cmake --build build-asan -j $(JOBS)

tsan:
	@bash scripts/deps.sh
	cmake -S . -B build-tsan $(SAN_CMAKE) -DGOLEM_SANITIZE=thread
	cmake --build build-tsan -j $(JOBS)

# Unit tests and the whole golden suite under ASan+UBSan (TEST_ASAN_ARGS are
# passed to ctest, e.g. TEST_ASAN_ARGS="-L golden").
test-asan: asan
	@bash scripts/test_asan.sh build-asan $(JOBS) $(TEST_ASAN_ARGS)

# libFuzzer targets (clang, ASan+UBSan) in build-fuzz; each runs FUZZ_SECONDS,
# then every saved regression input is replayed through its target.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz-build:
	@bash scripts/fuzz.sh build

fuzz:
	@bash scripts/fuzz.sh run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

test-fuzz-regressions:
	@bash scripts/fuzz.sh regressions

clean:
	rm -rf $(BUILD) build-asan build-tsan build-fuzz
