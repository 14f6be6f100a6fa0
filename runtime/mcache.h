// mcache: the per-P cache of spans that makes small allocation lock-free
// (Go's mcache).
//
// An mcache holds, for each span class, one span it owns outright
// (alloc[spc]); small objects are taken from it with no lock and no atomic
// read-modify-write (mspan.h's nextFreeFast). When that span is exhausted,
// refill hands it back to its mcentral and takes another. Slots start at
// &emptySpan, which has no free object, so the first allocation of a class
// simply takes the refill path.
//
// The tiny allocator lives here too: `tiny` is the current 16-byte block and
// `tinyoffset` the first free byte in it (malloc.cpp combines pointer-free
// objects under 16 B into such blocks).
//
// Per P, for now per thread: Go has one mcache per P, so goroutines on the
// same P share it and it never needs a lock. golem has no Ps yet, so each OS
// thread gets its own mcache on first allocation (currentMCache, a
// thread_local pointer) and gives it back at thread exit (its spans return to
// their mcentrals, its counters to heapCounters). The scheduler issue will
// move the pointer into the P.
//
// Statistics: smallAllocCount[sizeclass] and tinyAllocCount are written only
// by the owning thread (relaxed load + store, no lock prefix) and read by
// readMemStats, which walks the registry of live mcaches under registryLock.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/mspan.h"

namespace golem::rt {

struct MCache {
  MSpan* alloc[kNumSpanClasses];
  uintptr_t tiny;        // current tiny block, or 0
  uintptr_t tinyoffset;  // first free byte of it
  std::atomic<uint64_t> smallAllocCount[kNumSizeClasses];
  std::atomic<uint64_t> tinyAllocCount;
  MCache* nextInRegistry;
  MCache* prevInRegistry;

  void countSmallAlloc(uint8_t sizeClass) {
    smallAllocCount[sizeClass].store(smallAllocCount[sizeClass].load(std::memory_order_relaxed) + 1,
                                     std::memory_order_relaxed);
  }
  void countTinyAlloc() {
    tinyAllocCount.store(tinyAllocCount.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }

  // The slow path: replaces alloc[spc] with a span that has a free object and
  // returns that object (Go's mcache.nextFree + refill).
  uintptr_t nextFree(SpanClass spc);
  // Returns every cached span to its mcentral (Go's releaseAll).
  void releaseAll();
};

// The calling thread's mcache, created on first use.
MCache* currentMCacheSlow();
inline thread_local MCache* threadMCache = nullptr;
inline MCache* currentMCache() {
  MCache* c = threadMCache;
  return c != nullptr ? c : currentMCacheSlow();
}

// Calls fn(const MCache&) for each live mcache, under the registry lock.
template <typename Fn>
void forEachMCache(Fn fn);

// Implementation detail of forEachMCache.
void lockMCacheRegistry();
void unlockMCacheRegistry();
MCache* firstMCache();

template <typename Fn>
void forEachMCache(Fn fn) {
  lockMCacheRegistry();
  for (MCache* c = firstMCache(); c != nullptr; c = c->nextInRegistry) fn(*c);
  unlockMCacheRegistry();
}

}  // namespace golem::rt
