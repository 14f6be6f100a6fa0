// readMemStats: sums the allocator's counters into Go's MemStats (see mstats.h).
#include "runtime/mstats.h"

#include <cstring>

#include "runtime/mcache.h"
#include "runtime/mgc.h"
#include "runtime/mheap.h"

namespace golem::rt {

constinit HeapCounters heapCounters{};

MemStats readMemStats() {
  uint64_t smallAllocs[kNumSizeClasses];
  uint64_t tinyAllocs;
  auto load = [](const std::atomic<uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  lockMCacheRegistry();
  for (int i = 0; i < kNumSizeClasses; i++) smallAllocs[i] = load(heapCounters.smallAllocCount[i]);
  tinyAllocs = load(heapCounters.tinyAllocCount);
  for (MCache* c = firstMCache(); c != nullptr; c = c->nextInRegistry) {
    c->countSmallAllocs(smallAllocs);
    tinyAllocs += load(c->tinyAllocCount);
  }
  unlockMCacheRegistry();

  MemStats stats;
  std::memset(&stats, 0, sizeof stats);
  uint64_t totalAlloc = load(heapCounters.largeAlloc);
  uint64_t totalFree = load(heapCounters.largeFree);
  uint64_t mallocs = load(heapCounters.largeAllocCount);
  uint64_t frees = load(heapCounters.largeFreeCount);
  for (int i = 0; i < kNumSizeClasses; i++) {
    uint64_t size = classToSize(static_cast<uint8_t>(i));
    uint64_t freed = load(heapCounters.smallFreeCount[i]);
    totalAlloc += smallAllocs[i] * size;
    totalFree += freed * size;
    mallocs += smallAllocs[i];
    frees += freed;
    if (i < kMemStatsBySize) stats.BySize[i] = {static_cast<uint32_t>(size), smallAllocs[i], freed};
  }
  mallocs += tinyAllocs;  // Go counts tiny objects as allocated and freed at once
  frees += tinyAllocs;

  MHeap& heap = mheap();
  stats.Alloc = stats.HeapAlloc = totalAlloc - totalFree;
  stats.TotalAlloc = totalAlloc;
  stats.Mallocs = mallocs;
  stats.Frees = frees;
  stats.HeapObjects = mallocs - frees;
  // One read of each page counter, so that the identities hold exactly.
  uint64_t inUse = heap.heapInUse();
  uint64_t released = heap.heapReleased();
  uint64_t freeBytes = heap.heapFree();
  stats.HeapInuse = inUse;
  stats.HeapReleased = released;
  stats.HeapIdle = freeBytes + released;
  stats.HeapSys = inUse + freeBytes + released;
  stats.MSpanInuse = heap.spanInUse();
  stats.MSpanSys = heap.spanSys();
  stats.MCacheInuse = heap.cacheInUse();
  stats.MCacheSys = heap.cacheSys();
  stats.GCSys = heap.gcMiscSys();
  stats.OtherSys = heap.otherSys();
  stats.Sys = stats.HeapSys + stats.MSpanSys + stats.MCacheSys + stats.GCSys + stats.OtherSys;
  stats.EnableGC = true;
  GCStats gc = gcStats();
  stats.NumGC = gc.numGC;
  stats.NumForcedGC = gc.numForcedGC;
  stats.NextGC = gc.nextGC;
  stats.LastGC = gc.lastGC;
  stats.PauseTotalNs = gc.pauseTotalNs;
  std::memcpy(stats.PauseNs, gc.pauseNs, sizeof stats.PauseNs);
  std::memcpy(stats.PauseEnd, gc.pauseEnd, sizeof stats.PauseEnd);
  stats.GCCPUFraction = gc.cpuFraction;
  return stats;
}

}  // namespace golem::rt
