// Memory statistics: the counters behind runtime.ReadMemStats (Go's mstats.go).
//
// Where each figure comes from (Go 1.19's readmemstats_m):
//   Mallocs     = Σ small allocations per size class (each mcache counts its
//                 own) + large allocations + tiny allocations
//   Frees       = Σ small frees + large frees + tiny allocations (Go counts a
//                 tiny object as freed at once, since only its 16-byte block
//                 is tracked; the block itself is a class-2 object)
//   TotalAlloc  = Σ small allocations × class size + large bytes (whole pages)
//   Alloc = HeapAlloc = TotalAlloc − freed bytes
//   HeapObjects = Mallocs − Frees
//   HeapInuse   = bytes in in-use spans; HeapIdle = HeapSys − HeapInuse;
//   HeapReleased = free heap bytes not backed by memory; HeapSys = committed
//   Sys         = HeapSys + metadata (MSpanSys, MCacheSys, GCSys, OtherSys)
//   BySize      = the first 61 size classes (Go's MemStats keeps 61 entries).
//
// Consistency: Go stops the world to read a consistent snapshot. golem sums
// per-thread and global relaxed counters without stopping anyone, so figures
// read while other threads allocate may disagree by a few objects; with the
// other threads quiet they are exact (the unit tests check the identities).
// The GC fields (NumGC, PauseNs, NextGC, ...) come from the collector (mgc.h).
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/sizeclasses.h"

namespace golem::rt {

inline constexpr int kMemStatsBySize = 61;

// Go's runtime.MemStats, field for field.
struct MemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
  uint64_t BuckHashSys, GCSys, OtherSys;
  uint64_t NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256];
  uint64_t PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct SizeClassStats {
    uint32_t Size;
    uint64_t Mallocs, Frees;
  } BySize[kMemStatsBySize];
};

// Global counters, updated with relaxed atomics. Small allocations are
// counted in each mcache (mcache.h) and added here when its thread exits.
struct HeapCounters {
  std::atomic<uint64_t> smallAllocCount[kNumSizeClasses];  // from exited threads
  std::atomic<uint64_t> tinyAllocCount;                     // from exited threads
  std::atomic<uint64_t> smallFreeCount[kNumSizeClasses];
  std::atomic<uint64_t> largeAlloc, largeAllocCount, largeFree, largeFreeCount;
};
extern HeapCounters heapCounters;

MemStats readMemStats();

}  // namespace golem::rt
