# Thin wrapper over CMake. The two commands a newcomer needs:
#   make run    install deps, build, run the showcase script
#   make test   install deps, build, run every test (unit + golden)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench clean asan test-asan

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

bench: build
	@bash scripts/deps.sh --bench
	cmake --build $(BUILD) -j $(JOBS) --target alloc_bench
	@bash bench/run.sh $(BENCH_ARGS)
	./$(BUILD)/bench/alloc_bench --benchmark_min_time=0.2

asan:
	@bash scripts/deps.sh
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGOLEM_SANITIZE=address
	cmake --build build-asan -j $(JOBS)

test-asan: asan
	cd build-asan && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) build-asan
