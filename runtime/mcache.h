// mcache: the per-P cache of spans that makes small allocation lock-free
// (Go's mcache).
//
// An mcache holds, for each span class, one span it owns outright
// (alloc[spc]) and the run of free slots of that span it is handing out
// (runs[spc], from mspan.h's takeFreeRun): a small object is run.next, bumped
// by the class size while below the run's cleared bound (or its end, see
// Zeroing; the allocation's needzero picks the bound with one load), with
// no lock and no atomic read-modify-write. An exhausted run is followed by the
// span's next one; an exhausted span goes back to its mcentral and another is
// taken (refill).
// Slots start at &emptySpan with an empty run, so the first allocation of a
// class simply takes the refill path.
//
// Zeroing (Go's needzero): a run of a clean span (fresh or released pages)
// is zero already; a run of a dirty one is cleared lazily. Its cleared bound marks
// the end of its known-zero slots, and an allocation that needs zeroed memory
// takes slots below it only; past it, nextFree clears the next chunk
// (kClearChunkBytes, 2 KiB, or one slot if longer) with one memset. An
// allocation that overwrites its object at once (needzero false: string and
// byte buffers) takes any slot of the run, cleared or not, and leaves
// the cleared bound alone (behind `next`, it marks no slot as zero), so its memory is
// written once, by its owner, as in Go. Chunks rather than slots
// because a memset call per 16-byte object costs more than the clearing.
//
// Every slot of a run is below the span's freeindex once the run is taken;
// span->cacheRun points at the run, so that isAllocated still tells its
// unused slots free. releaseAll hands the unused tails back.
//
// The mcache also holds a page cache (mpagealloc.h) and a stock of free
// MSpans, from which the heap makes the small spans this mcache's refills ask
// for without its lock (mheap.h).
//
// The tiny allocator lives here too: `tiny` is the current 16-byte block and
// `tinyoffset` the first free byte in it (malloc.cpp combines pointer-free
// objects under 16 B into such blocks).
//
// Per P: as in Go, each P owns an mcache (allocMCache when the P is made,
// freeMCache when GOMAXPROCS shrinks), so goroutines on the same P share it
// and it never needs a lock. The allocation path finds it through a
// thread_local pointer, threadMCache, which the scheduler points at its P's
// mcache whenever the thread takes a P (acquirep) and clears when it gives
// the P up (releasep, entersyscall). A thread without a P (the compiler
// before the scheduler starts, an M inside a blocking call, a test) falls
// back to a private mcache of its own, made on its first allocation and
// freed at thread exit: Go's mcache0 generalised, because golem's C++ code
// allocates outside Ps too.
//
// Statistics, counted off the fast path as Go's refill does:
// smallAllocCount[sizeclass] counts every slot of every run taken, and
// releaseAll takes back the slots never handed out; the exact count at any
// moment is that minus the current runs' remaining slots (countSmallAllocs).
// tinyAllocCount is counted per object (a tiny object takes no slot). Both
// are written only by the owning thread (relaxed load + store, no lock
// prefix). readMemStats walks the registry of live mcaches under
// registryLock and reads the counts and runs of each inside runSeq, a
// sequence lock that is odd while takeRun or releaseAll changes them, so that
// a reader never pairs a count with another run's remaining slots.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/mpagealloc.h"
#include "runtime/mspan.h"
#include "runtime/single_writer.h"

namespace golem::rt {

// The tiny allocator's block (Go's maxTinySize).
inline constexpr uintptr_t kTinyBlockSize = 16;
// Free MSpans an mcache keeps for the spans its refills make, and how many
// one restock takes (Go's mspancache: 128, refilled by half, so that a
// thread that frees spans as fast as it makes them, as a sweeping thread
// does, seldom takes the heap lock for MSpans either way).
inline constexpr uint32_t kSpanStockSize = 128;
inline constexpr uint32_t kSpanStockRefill = kSpanStockSize / 2;

struct MCache {
  AllocRun runs[kNumSpanClasses];
  MSpan* alloc[kNumSpanClasses];
  // Per size class, heapBitsBias (mspan.h) of the scan span in alloc: the
  // pointerful fast path writes heap bits without reading the span.
  uintptr_t scanHeapBitsBias[kNumSizeClasses];
  uintptr_t tiny;        // current tiny block, or 0
  uintptr_t tinyoffset;  // first free byte of it; kTinyBlockSize (full) without one
  PageCache pageCache;   // pages for small spans (mpagealloc.h)
  MSpan* spanStock[kSpanStockSize];  // free (Dead) MSpans for small spans (mheap.h)
  uint32_t spanStockCount;
  std::atomic<uint64_t> smallAllocCount[kNumSizeClasses];
  std::atomic<uint64_t> tinyAllocCount;
  std::atomic<uint32_t> runSeq;
  MCache* nextInRegistry;
  MCache* prevInRegistry;

  // No current tiny block: it reads as full, so the tiny fast path needs no
  // separate test for it.
  void dropTinyBlock() {
    tiny = 0;
    tinyoffset = kTinyBlockSize;
  }
  void countTinyAlloc() { addSingleWriter(tinyAllocCount, 1); }

  // The slow path, for a run with no slot left for this allocation: clears
  // the run's next chunk (needzero), or takes the span's next free run, or
  // replaces alloc[spc] with a span that has one (Go's mcache.nextFree +
  // refill). Returns the next slot, zeroed when needzero.
  uintptr_t nextFree(SpanClass spc, bool needzero);
  // Replaces the exhausted runs[spc] with the next free run of its span, or
  // of a new span.
  void takeRun(SpanClass spc);
  // Returns every cached span to its mcentral (Go's releaseAll).
  void releaseAll();
  // Adds the small objects this mcache has handed out, per size class, to
  // counts; safe from any thread (see Statistics above).
  void countSmallAllocs(uint64_t counts[kNumSizeClasses]) const;
};

// A fresh, registered mcache with no spans (Go's allocmcache), and its end:
// spans back to their mcentrals, counters into heapCounters (Go's freemcache).
MCache* allocMCache();
void freeMCache(MCache* c);

// The mcache the calling thread allocates from: its P's while it holds one,
// otherwise its private one (created on first use by currentMCacheSlow).
MCache* currentMCacheSlow();
inline thread_local MCache* threadMCache = nullptr;
inline MCache* currentMCache() {
  MCache* c = threadMCache;
  return c != nullptr ? c : currentMCacheSlow();
}
// The scheduler's hook: the thread now allocates from c (its P's mcache), or
// from its private one again when c is nullptr.
inline void setThreadMCache(MCache* c) { threadMCache = c; }

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
