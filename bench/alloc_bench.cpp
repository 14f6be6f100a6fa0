// Allocation throughput of golem's heap against glibc malloc, tcmalloc and
// mimalloc, measured in the same run (Google Benchmark).
//
// Each benchmark iteration allocates a batch of objects of one size
// (timed; the first byte of each is written so that no allocator wins by not
// touching memory) and then frees them untimed, so the figure
// is the allocation path alone, which is what a Go program pays (freeing is
// the sweeper's work, off the allocating goroutine's path). Reported as
// items/s = objects allocated per second; 1 and 2 threads.
//
// golem allocates with mallocgc(size, type, needzero=true) as compiled Go code
// does (new(T) and make must return zeroed memory; malloc does not zero), for
// a pointer-free type (byte's, as the interpreter and the runtime pass a
// type, never none, for new, make and strings), which sends objects under
// 16 B to the tiny allocator; golem_ptr uses an all-pointer type, so it also
// writes the heap bitmap; golem_nozero passes needzero=false, as Go's
// runtime does for a string or byte buffer its caller fills at once (the
// like of malloc). Their frees use freeObjectsForTesting (the sweeper's
// primitive, a span at a time).
//
// tcmalloc and mimalloc are loaded with dlopen(RTLD_LOCAL) and called through
// tc_malloc/tc_free and mi_malloc/mi_free, so they do not replace the
// process's malloc (which stays glibc's); a missing library skips its rows.
// The *_calloc rows use the peers' calloc: zeroed memory, as golem returns.
#include <benchmark/benchmark.h>
#include <dlfcn.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "runtime/malloc.h"

namespace {

using golem::rt::Kind;
using golem::rt::Type;

// Objects a batch: 1024, or ALLOC_BATCH. A batch of 64 B objects is 64 KiB,
// more than a 32 KiB L1, so the order in which an allocator hands memory
// back decides what the next batch finds in L1 (tcmalloc's free lists give
// the last freed object first; Go's spans give slots in address order).
// A smaller batch (256: 16 KiB at 64 B) fits L1 and takes that out.
size_t batchSize() {
  static const size_t n = [] {
    const char* env = std::getenv("ALLOC_BATCH");
    long value = env != nullptr ? std::strtol(env, nullptr, 10) : 0;
    return value > 0 ? static_cast<size_t>(value) : size_t{1024};
  }();
  return n;
}

using MallocFn = void* (*)(size_t);
using FreeFn = void (*)(void*);

using CallocFn = void* (*)(size_t, size_t);

struct Library {
  MallocFn malloc = nullptr;
  CallocFn calloc = nullptr;
  FreeFn free = nullptr;
};

Library load(const char* soname, const char* prefix) {
  Library lib;
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) return lib;
  std::string p = prefix;
  lib.malloc = reinterpret_cast<MallocFn>(dlsym(handle, (p + "malloc").c_str()));
  lib.calloc = reinterpret_cast<CallocFn>(dlsym(handle, (p + "calloc").c_str()));
  lib.free = reinterpret_cast<FreeFn>(dlsym(handle, (p + "free").c_str()));
  return lib;
}

const Library& tcmalloc() {
  static Library lib = load("libtcmalloc.so.4", "tc_");
  return lib;
}
const Library& mimalloc() {
  static Library lib = load("libmimalloc.so.2", "mi_");
  return lib;
}

const Type* pointerWordType() {
  static Type* t = [] {
    auto* type = new Type;
    type->kind = Kind::Pointer;
    type->size = 8;
    type->align = 8;
    type->ptrdata = 8;
    type->gcmask = {1};
    golem::rt::precomputeHeapBits(*type);  // as every descriptor the compiler makes
    return type;
  }();
  return t;
}

// Frees a batch one object at a time (the peers' free).
template <typename Free>
auto eachObject(Free release) {
  return [release](const std::vector<void*>& objects) {
    for (void* p : objects) release(p);
  };
}

// golem's frees: each span's objects at once, as its sweeper frees them (one
// lock of the mcentral per span, not per object). Tiny objects share 16-byte
// blocks: each block is freed once, by its base.
void golemFree(const std::vector<void*>& objects) {
  std::vector<void*> bases;
  bases.reserve(objects.size());
  for (void* p : objects)
    if (golem::rt::findObjectBase(p) == p) bases.push_back(p);
  golem::rt::freeObjectsForTesting(bases.data(), bases.size());
}

// mallocgc for byte's type, as compiled code allocates pointer-free memory.
auto golemBytes(bool needzero) {
  const Type* bytes = golem::rt::basicType(Kind::Uint8);
  return [bytes, needzero](size_t size) { return golem::rt::mallocgc(size, bytes, needzero); };
}

// Allocates objects.size() objects of `size` bytes into `objects`, writing
// the first byte of each; returns the seconds it took. Timed by hand around
// the allocations alone: PauseTiming/ResumeTiming read the thread's CPU clock
// with a system call each, which on a virtual machine costs as much as the
// batch and varies as much.
template <typename Alloc>
double allocateBatch(Alloc alloc, size_t size, std::vector<void*>& objects) {
  using Clock = std::chrono::steady_clock;
  Clock::time_point start = Clock::now();
  for (void*& object : objects) {
    auto* p = static_cast<char*>(alloc(size));
    p[0] = 1;
    object = p;
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

template <typename Alloc, typename Free>
void runBatches(benchmark::State& state, Alloc alloc, Free release) {
  size_t size = static_cast<size_t>(state.range(0));
  std::vector<void*> objects(batchSize());
  for (auto _ : state) {
    state.SetIterationTime(allocateBatch(alloc, size, objects));
    release(objects);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(objects.size()));
}

// golem and a peer side by side in one process, a batch of each in turn
// (which goes first alternates), for a machine whose speed changes from one
// process to the next (docs/BENCHMARKS.md): both see the same stretches of
// it. Reports each one's rate (M objects/s) and golem's over the peer's.
template <typename GolemAlloc, typename PeerAlloc, typename PeerRelease>
void runPaired(benchmark::State& state, GolemAlloc golemAlloc, PeerAlloc peerAlloc,
               PeerRelease peerRelease) {
  size_t size = static_cast<size_t>(state.range(0));
  std::vector<void*> objects(batchSize());
  double golemSeconds = 0, peerSeconds = 0;
  bool golemFirst = true;
  for (auto _ : state) {
    double golemBatch = 0, peerBatch = 0;
    for (int turn = 0; turn < 2; turn++) {
      if ((turn == 0) == golemFirst) {
        golemBatch = allocateBatch(golemAlloc, size, objects);
        golemFree(objects);
      } else {
        peerBatch = allocateBatch(peerAlloc, size, objects);
        peerRelease(objects);
      }
    }
    state.SetIterationTime(golemBatch + peerBatch);
    golemSeconds += golemBatch;
    peerSeconds += peerBatch;
    golemFirst = !golemFirst;
  }
  double objectsEach = double(state.iterations()) * double(objects.size());
  using benchmark::Counter;
  state.counters["golem_M/s"] = Counter(objectsEach / golemSeconds / 1e6, Counter::kAvgThreads);
  state.counters["peer_M/s"] = Counter(objectsEach / peerSeconds / 1e6, Counter::kAvgThreads);
  state.counters["ratio"] = Counter(peerSeconds / golemSeconds, Counter::kAvgThreads);
}

void BM_golem(benchmark::State& state) {
  runBatches(state, golemBytes(true), golemFree);
}

void BM_golem_nozero(benchmark::State& state) {
  runBatches(state, golemBytes(false), golemFree);
}

void BM_golem_ptr(benchmark::State& state) {
  runBatches(state, [](size_t size) { return golem::rt::mallocgc(size, pointerWordType(), true); }, golemFree);
}

void BM_glibc(benchmark::State& state) {
  runBatches(state, [](size_t size) { return std::malloc(size); }, eachObject([](void* p) { std::free(p); }));
}

void BM_tcmalloc(benchmark::State& state) {
  if (tcmalloc().malloc == nullptr) return state.SkipWithError("libtcmalloc.so.4 not found");
  runBatches(state, tcmalloc().malloc, eachObject(tcmalloc().free));
}

void BM_mimalloc(benchmark::State& state) {
  if (mimalloc().malloc == nullptr) return state.SkipWithError("libmimalloc.so.2 not found");
  runBatches(state, mimalloc().malloc, eachObject(mimalloc().free));
}

// The peers' zeroing entry (calloc): what golem's mallocgc promises too.
void BM_glibc_calloc(benchmark::State& state) {
  runBatches(state, [](size_t size) { return std::calloc(1, size); }, eachObject([](void* p) { std::free(p); }));
}

void BM_tcmalloc_calloc(benchmark::State& state) {
  if (tcmalloc().calloc == nullptr) return state.SkipWithError("libtcmalloc.so.4 not found");
  runBatches(state, [](size_t size) { return tcmalloc().calloc(1, size); }, eachObject(tcmalloc().free));
}

void BM_mimalloc_calloc(benchmark::State& state) {
  if (mimalloc().calloc == nullptr) return state.SkipWithError("libmimalloc.so.2 not found");
  runBatches(state, [](size_t size) { return mimalloc().calloc(1, size); }, eachObject(mimalloc().free));
}

// The pairs the heap's goal is about: zeroed golem against the peer's
// malloc (which does not clear) and calloc (which does), and golem without
// clearing against malloc.
template <typename PeerAlloc>
void pairWithTcmalloc(benchmark::State& state, bool needzero, PeerAlloc peerAlloc) {
  if (tcmalloc().malloc == nullptr) return state.SkipWithError("libtcmalloc.so.4 not found");
  runPaired(state, golemBytes(needzero), peerAlloc, eachObject(tcmalloc().free));
}

void BM_paired_golem_tcmalloc(benchmark::State& state) {
  pairWithTcmalloc(state, true, tcmalloc().malloc);
}

void BM_paired_nozero_tcmalloc(benchmark::State& state) {
  pairWithTcmalloc(state, false, tcmalloc().malloc);
}

void BM_paired_golem_tcmalloc_calloc(benchmark::State& state) {
  pairWithTcmalloc(state, true, [](size_t size) { return tcmalloc().calloc(1, size); });
}

void sizes(benchmark::internal::Benchmark* b) {
  for (int64_t size : {8, 16, 64, 512, 4096, 65536}) b->Arg(size);
  b->Threads(1)->Threads(2)->UseManualTime();
}

BENCHMARK(BM_golem)->Apply(sizes);
BENCHMARK(BM_golem_nozero)->Apply(sizes);
BENCHMARK(BM_golem_ptr)->Apply(sizes);
BENCHMARK(BM_glibc)->Apply(sizes);
BENCHMARK(BM_tcmalloc)->Apply(sizes);
BENCHMARK(BM_mimalloc)->Apply(sizes);
BENCHMARK(BM_glibc_calloc)->Apply(sizes);
BENCHMARK(BM_tcmalloc_calloc)->Apply(sizes);
BENCHMARK(BM_mimalloc_calloc)->Apply(sizes);
BENCHMARK(BM_paired_golem_tcmalloc)->Apply(sizes);
BENCHMARK(BM_paired_nozero_tcmalloc)->Apply(sizes);
BENCHMARK(BM_paired_golem_tcmalloc_calloc)->Apply(sizes);

}  // namespace

BENCHMARK_MAIN();
