// Sweep cycles, the sweep queue, the background sweeper (see mgcsweep.h).
#include "runtime/mgcsweep.h"

#include <cassert>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "runtime/mheap.h"
#include "runtime/mstats.h"

namespace golem::rt {
namespace {

// The top bit of SweepState::active: sweepOne found nothing left to claim.
constexpr uint32_t kDrained = uint32_t{1} << 31;

// Never destroyed: the background sweeper may run while the process exits.
struct SweepState {
  // kDrained | the number of registered sweepers. Starts drained: before the
  // first cycle every span counts as swept.
  std::atomic<uint32_t> active{kDrained};
  // The cycle's large spans (written only with no sweeper registered) and the
  // next entry to try; entries may name spans freed (and reused) since.
  std::vector<MSpan*> largeSpans;
  std::atomic<size_t> nextLarge{0};
  // The first span class whose unswept lists may not be empty.
  std::atomic<int> nextClass{0};
  bool poison = false;
  std::atomic<uint64_t> freedObjects{0}, freedBytes{0}, sweptSpans{0};

  // The background sweeper's parking.
  std::mutex parkLock;
  std::condition_variable wake;
  bool started = false;
  uint64_t cycles = 0;  // sweep cycles started, under parkLock
};

SweepState& state() {
  static SweepState* s = new SweepState();
  return *s;
}

void markDrained() { state().active.fetch_or(kDrained, std::memory_order_acq_rel); }

// Sweeps the next large span of the queue that is still unswept; false when
// the queue is exhausted. The caller is a registered sweeper.
bool sweepNextLargeSpan(uint32_t sg, uintptr_t* pagesFreed) {
  SweepState& s = state();
  for (;;) {
    size_t i = s.nextLarge.fetch_add(1, std::memory_order_relaxed);
    if (i >= s.largeSpans.size()) return false;
    MSpan* span = s.largeSpans[i];
    // Fails for a span swept by freeSpan (freed early) or reused since.
    if (!claimSpanForSweep(span, sg)) continue;
    bool dead = sweepSpanObjects(span) != 0;
    span->sweepgen.store(sg, std::memory_order_release);
    *pagesFreed = 0;
    if (dead) {
      *pagesFreed = span->npages;
      mheap().freeSpan(span);
    }
    return true;
  }
}

// One span swept, large spans first; false when none is left (the queue is
// then marked drained). `pagesFreed`: pages that went back to the heap.
bool sweepOneSpan(uintptr_t* pagesFreed) {
  SweepRegistration sweeper;
  if (!sweeper.valid()) return false;
  SweepState& s = state();
  uint32_t sg = mheap().sweepgen.load(std::memory_order_acquire);
  if (sweepNextLargeSpan(sg, pagesFreed)) return true;
  for (int spc = s.nextClass.load(std::memory_order_relaxed); spc < kNumSpanClasses; spc++) {
    if (mheap().central(static_cast<SpanClass>(spc)).sweepOneSpan(sg, pagesFreed)) {
      // Unswept lists only shrink: the classes before spc stay empty.
      int seen = s.nextClass.load(std::memory_order_relaxed);
      while (seen < spc && !s.nextClass.compare_exchange_weak(seen, spc, std::memory_order_relaxed)) {
      }
      return true;
    }
  }
  s.nextClass.store(kNumSpanClasses, std::memory_order_relaxed);
  markDrained();
  return false;
}

void backgroundSweeper() {
  SweepState& s = state();
  uint64_t seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> guard(s.parkLock);
      s.wake.wait(guard, [&] { return s.cycles != seen; });
      seen = s.cycles;
    }
    // Low priority, as Go's bgsweep: give the CPU away after every span.
    while (sweepOne()) std::this_thread::yield();
  }
}

}  // namespace

SweepRegistration::SweepRegistration() : valid_(false) {
  std::atomic<uint32_t>& active = state().active;
  uint32_t old = active.load(std::memory_order_acquire);
  while ((old & kDrained) == 0) {
    if (active.compare_exchange_weak(old, old + 1, std::memory_order_acq_rel)) {
      valid_ = true;
      return;
    }
  }
}

SweepRegistration::~SweepRegistration() {
  if (valid_) state().active.fetch_sub(1, std::memory_order_acq_rel);
}

uint32_t sweepSpanObjects(MSpan* span) {
  SweepState& s = state();
  s.sweptSpans.fetch_add(1, std::memory_order_relaxed);
  if (span->isLarge()) {
    bool marked = (span->gcmarkBits[0] & 1) != 0;
    span->gcmarkBits[0] = 0;
    if (marked) return 0;
    if (s.poison) std::memset(reinterpret_cast<void*>(span->base), kPoisonByte, span->elemsize);
    span->allocCount = 0;
    heapCounters.largeFree.fetch_add(span->elemsize, std::memory_order_relaxed);
    heapCounters.largeFreeCount.fetch_add(1, std::memory_order_relaxed);
    s.freedObjects.fetch_add(1, std::memory_order_relaxed);
    s.freedBytes.fetch_add(span->elemsize, std::memory_order_relaxed);
    return 1;
  }
  assert(span->countAllocBits() == span->allocCount);  // not cached: allocBits are exact
  uint32_t live = 0;
  for (uint32_t w = 0; w < span->bitWords(); w++) {
    uint64_t survivors = span->allocBits[w] & span->gcmarkBits[w];
    if (s.poison)
      for (uint64_t dead = span->allocBits[w] & ~survivors; dead != 0; dead &= dead - 1)
        std::memset(reinterpret_cast<void*>(span->objectBase(uint32_t(w * 64 + __builtin_ctzll(dead)))),
                    kPoisonByte, span->elemsize);
    span->allocBits[w] = survivors;
    span->gcmarkBits[w] = 0;
    live += static_cast<uint32_t>(__builtin_popcountll(survivors));
  }
  uint32_t freed = span->allocCount - live;
  if (freed == 0) return 0;
  span->allocCount = live;
  span->needzero = true;
  span->freeindex = 0;
  heapCounters.smallFreeCount[spanClassSizeClass(span->spanclass)].fetch_add(freed, std::memory_order_relaxed);
  s.freedObjects.fetch_add(freed, std::memory_order_relaxed);
  s.freedBytes.fetch_add(uint64_t{freed} * span->elemsize, std::memory_order_relaxed);
  return freed;
}

void sweepStartCycle(bool poison) {
  SweepState& s = state();
  finishSweep();  // now no sweeper is registered, and none can register
  s.largeSpans.clear();
  mheap().startSweepGeneration(s.largeSpans);
  s.nextLarge.store(0, std::memory_order_relaxed);
  s.nextClass.store(0, std::memory_order_relaxed);
  s.poison = poison;
  s.freedObjects.store(0, std::memory_order_relaxed);
  s.freedBytes.store(0, std::memory_order_relaxed);
  s.sweptSpans.store(0, std::memory_order_relaxed);
  // Opens registration: published to every sweeper that registers from now
  // (the first sweepOne to find nothing left marks the queue drained).
  s.active.store(0, std::memory_order_release);
  {
    std::lock_guard<std::mutex> guard(s.parkLock);
    s.cycles++;
  }
  s.wake.notify_one();
}

bool sweepOne() {
  uintptr_t pages;
  return sweepOneSpan(&pages);
}

void finishSweep() {
  while (sweepOne()) {
  }
  // Drained: wait for the sweeps other threads are finishing.
  while (!sweepDone()) std::this_thread::yield();
}

bool sweepDone() { return state().active.load(std::memory_order_acquire) == kDrained; }

void sweepToReclaim(uintptr_t npages) {
  uintptr_t reclaimed = 0;
  while (reclaimed < npages) {
    uintptr_t pages;
    if (!sweepOneSpan(&pages)) return;
    reclaimed += pages;
  }
}

void startBackgroundSweeper() {
  SweepState& s = state();
  std::lock_guard<std::mutex> guard(s.parkLock);
  if (s.started) return;
  s.started = true;
  std::thread(backgroundSweeper).detach();
}

SweepResult sweepTotals() {
  SweepState& s = state();
  return SweepResult{s.freedObjects.load(std::memory_order_relaxed), s.freedBytes.load(std::memory_order_relaxed),
                     s.sweptSpans.load(std::memory_order_relaxed)};
}

}  // namespace golem::rt
