// mcache: refill, release, and the lifetimes of P and thread mcaches (see mcache.h).
#include "runtime/mcache.h"

#include <pthread.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <mutex>
#include <thread>

#include "runtime/mgc.h"
#include "runtime/mgcmark.h"
#include "runtime/mheap.h"
#include "runtime/mstats.h"

namespace golem::rt {
namespace {

std::mutex registryLock;
MCache* registryFirst = nullptr;
pthread_key_t exitKey;
std::once_flag exitKeyOnce;

// The thread's private mcache (see mcache.h), freed at thread exit.
thread_local MCache* ownMCache = nullptr;

void freeOwnMCache(void* arg) {
  MCache* c = static_cast<MCache*>(arg);
  if (threadMCache == c) threadMCache = nullptr;
  ownMCache = nullptr;
  freeMCache(c);
}

}  // namespace

MCache* allocMCache() {
  MHeap& heap = mheap();
  void* memory;
  {
    std::lock_guard<RuntimeMutex> guard(heap.lock);
    memory = heap.allocCacheMemory();
  }
  std::memset(memory, 0, sizeof(MCache));
  MCache* c = new (memory) MCache;
  for (MSpan*& span : c->alloc) span = &emptySpan;
  c->dropTinyBlock();
  c->pageCache = PageCache{};
  for (auto& count : c->smallAllocCount) count.store(0, std::memory_order_relaxed);
  c->tinyAllocCount.store(0, std::memory_order_relaxed);
  c->runSeq.store(0, std::memory_order_relaxed);
  std::lock_guard<std::mutex> guard(registryLock);
  c->prevInRegistry = nullptr;
  c->nextInRegistry = registryFirst;
  if (registryFirst != nullptr) registryFirst->prevInRegistry = c;
  registryFirst = c;
  return c;
}

void freeMCache(MCache* c) {
  c->releaseAll();
  {
    std::lock_guard<std::mutex> guard(registryLock);
    for (int i = 0; i < kNumSizeClasses; i++)
      heapCounters.smallAllocCount[i].fetch_add(c->smallAllocCount[i].load(std::memory_order_relaxed),
                                                std::memory_order_relaxed);
    heapCounters.tinyAllocCount.fetch_add(c->tinyAllocCount.load(std::memory_order_relaxed),
                                          std::memory_order_relaxed);
    if (c->prevInRegistry != nullptr) c->prevInRegistry->nextInRegistry = c->nextInRegistry;
    else registryFirst = c->nextInRegistry;
    if (c->nextInRegistry != nullptr) c->nextInRegistry->prevInRegistry = c->prevInRegistry;
  }
  MHeap& heap = mheap();
  heap.flushSpanSupply(c);
  std::lock_guard<RuntimeMutex> guard(heap.lock);
  heap.freeCacheMemory(c);
}

MCache* currentMCacheSlow() {
  if (ownMCache == nullptr) {
    std::call_once(exitKeyOnce, [] { pthread_key_create(&exitKey, freeOwnMCache); });
    ownMCache = allocMCache();
    pthread_setspecific(exitKey, ownMCache);
  }
  threadMCache = ownMCache;
  return ownMCache;
}

namespace {

// How much of a dirty run one clearing covers: small enough that a run taken
// mostly by string and byte buffers (needzero false) is rarely cleared for
// nothing, large enough that the memset call is paid once per many objects.
// Measured (interleaved rounds, 16-512 B objects): 2 KiB beat 1 KiB by 3-10%
// and 4 KiB by 7-15%.
constexpr uintptr_t kClearChunkBytes = 2048;

// The writer's half of runSeq (mcache.h): odd while counts and runs change.
struct RunUpdate {
  explicit RunUpdate(std::atomic<uint32_t>& seq) : seq_(seq) {
    seq_.store(seq_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
  }
  ~RunUpdate() { seq_.store(seq_.load(std::memory_order_relaxed) + 1, std::memory_order_release); }
  std::atomic<uint32_t>& seq_;
};

}  // namespace

void MCache::takeRun(SpanClass spc) {
  MSpan* span = alloc[spc];
  AllocRun& run = runs[spc];
  assert(run.nextSlot() == run.endSlot());
  uintptr_t start, end;
  if (!span->takeFreeRun(&start, &end)) {
    span = mheap().central(spc).exchangeSpan(this, span);
    // Marking: the span's free slots are pre-marked before it serves any
    // object, so that what it serves is black (mgcmark.h).
    if (gcMarking.load(std::memory_order_relaxed)) ensurePremarked(span);
    alloc[spc] = span;
    if (!spanClassNoscan(spc)) scanHeapBitsBias[spanClassSizeClass(spc)] = heapBitsBias(span);
    span->cacheRun = &run;
    // The pacer counts the whole span as allocated from now (Go's heapLive).
    gcNoteAlloc(int64_t(span->nelems - span->allocCount) * int64_t(span->elemsize));
    bool found = span->takeFreeRun(&start, &end);
    assert(found);
    (void)found;
  }
  RunUpdate update(runSeq);
  run.reset(start, span->needzero ? start : end, end, span->elemsize);
  addSingleWriter(smallAllocCount[spanClassSizeClass(spc)], int64_t{span->slotsIn(end - start)});
}

uintptr_t MCache::nextFree(SpanClass spc, bool needzero) {
  AllocRun& run = runs[spc];
  if (run.nextSlot() == run.endSlot()) takeRun(spc);
  uintptr_t v = run.nextSlot();
  uintptr_t size = run.slotSize();
  uintptr_t next = v + size;
  if (next > run.clearedEnd()) {  // slot v is not known to be zero
    uintptr_t to = next;
    if (needzero) {
      to = std::min(run.endSlot(), v + std::max<uintptr_t>(kClearChunkBytes / size, 1) * size);
      std::memset(reinterpret_cast<void*>(v), 0, to - v);
    }
    run.setClearedEnd(to);
  }
  run.setNext(next);
  return v;
}

void MCache::releaseAll() {
  for (int spc = 0; spc < kNumSpanClasses; spc++) {
    MSpan* span = alloc[spc];
    if (span == &emptySpan) continue;
    AllocRun& run = runs[spc];
    span->returnFreeRun(run.nextSlot(), run.endSlot());
    {
      RunUpdate update(runSeq);
      addSingleWriter(smallAllocCount[spanClassSizeClass(static_cast<SpanClass>(spc))],
                      -int64_t(run.remaining()));
      run.reset(0, 0, 0, 0);
    }
    alloc[spc] = &emptySpan;
    gcNoteAlloc(-int64_t(span->nelems - span->allocCount) * int64_t(span->elemsize));
    mheap().central(static_cast<SpanClass>(spc)).uncacheSpan(span);  // clears span->cacheRun
  }
  dropTinyBlock();
}

void MCache::countSmallAllocs(uint64_t counts[kNumSizeClasses]) const {
  uint64_t taken[kNumSizeClasses];
  for (;;) {
    uint32_t seq = runSeq.load(std::memory_order_acquire);
    if (seq % 2 != 0) {  // a run is being replaced: a few stores
      std::this_thread::yield();
      continue;
    }
    for (int i = 0; i < kNumSizeClasses; i++)
      taken[i] = smallAllocCount[i].load(std::memory_order_relaxed);
    for (int spc = 0; spc < kNumSpanClasses; spc++)
      taken[spanClassSizeClass(static_cast<SpanClass>(spc))] -= runs[spc].remaining();
    std::atomic_thread_fence(std::memory_order_acquire);
    if (runSeq.load(std::memory_order_relaxed) == seq) break;
  }
  for (int i = 0; i < kNumSizeClasses; i++) counts[i] += taken[i];
}

void lockMCacheRegistry() { registryLock.lock(); }
void unlockMCacheRegistry() { registryLock.unlock(); }
MCache* firstMCache() { return registryFirst; }

}  // namespace golem::rt
