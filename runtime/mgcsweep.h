// The sweep phase: turning mark bits into alloc bits, lazily and in the
// background (Go's mgcsweep.go).
//
// Sweeping a span frees its unmarked objects. A small span's survivors are
// allocBits & gcmarkBits (the mark phase pre-marks every free slot at its
// start, so mark bits may be set for free slots: they never resurrect
// anything); the freed slots, allocBits & ~gcmarkBits, are filled with
// kPoisonByte under gcstress; then allocBits = survivors and gcmarkBits = 0. A
// large span survives iff its one mark bit is set. Freed memory is not
// cleared: the span's needzero flag makes the allocator clear a slot when it
// hands it out again. A span left with no object goes back to the page heap.
//
// Sweep generations. sweepStartCycle (world stopped, at mark termination,
// every mcache flushed) moves the heap's sweepgen h on by 2, which makes every
// in-use span unswept (span sweepgen h-2) at no cost. A span is then swept
// exactly once, by whichever thread claims it first with a CAS of its
// sweepgen from h-2 to h-1; the sweep ends by storing h. Spans made during the
// cycle start at h. Who sweeps:
//   * MCentral::exchangeSpan, before it hands a span to an mcache: no mcache ever
//     holds an unswept span (mcentral.h). It sweeps at most a budget of spans
//     of its class looking for free slots, then takes a fresh span.
//   * sweepOne, the background sweeper's step: large spans first (a queue
//     built at the cycle's start), then each class's unswept lists in turn.
//   * MHeap::allocSpan, before it grows the heap (sweepToReclaim).
//   * MCentral::freeObject, when a test frees an object of an unswept span.
// finishSweep sweeps whatever is left and waits for the sweeps in progress;
// the collector calls it before the next mark, which needs every span swept.
//
// Sweepers and the end of a cycle (Go's activeSweep): every sweeper registers
// for the time it may claim spans (SweepRegistration). Registration fails once
// the sweep queue is drained, i.e. sweepOne found no unswept span left; the
// cycle is done when it is drained and no registered sweeper remains. While a
// sweeper is registered the generation cannot move: sweepStartCycle first
// finishes the previous cycle. That is what keeps the background sweeper, a
// thread the world's stop does not stop, off the lists while the generation
// moves; the mutators are stopped at safe points, never inside the allocator
// (an mcentral), and no mcache holds a span then.
//
// Locking. A small span is claimed and swept under its mcentral's lock (its
// lists change with its sweepgen), and freed to the page heap after that lock
// is dropped. A large span is claimed by the CAS alone; the queue of large
// spans is written only by sweepStartCycle, with no sweeper registered. Lock
// order: mcentral lock → heap lock; the background sweeper's park lock is
// never held with another. The background sweeper is a plain thread: it holds
// no heap object, only span metadata.
#pragma once

#include <cstdint>

#include "runtime/mspan.h"

namespace golem::rt {

struct SweepResult {
  uint64_t freedObjects = 0;
  uint64_t freedBytes = 0;
  uint64_t sweptSpans = 0;
};

// World stopped, at mark termination, every mcache already flushed
// (MCache::releaseAll): starts a sweep cycle (heap sweepgen += 2), after
// which every in-use span is unswept. Finishes the previous cycle first if it
// is not done. poison: fill every freed object with kPoisonByte (gcstress).
void sweepStartCycle(bool poison);
// Sweeps one unswept span if there is one (the background sweeper's step);
// false when none is left.
bool sweepOne();
// Sweeps every span still unswept; returns when the cycle's sweep is
// complete, including spans other threads are sweeping right now.
void finishSweep();
// Whether the current cycle's sweep is complete.
bool sweepDone();
// Starts the background sweeper thread once (idempotent): after each
// sweepStartCycle it sweeps spans one at a time, yielding between them, then
// sleeps until the next cycle.
void startBackgroundSweeper();
// Totals of the last finished or current sweep cycle (gctrace, tests).
SweepResult sweepTotals();

// The byte freed objects are filled with under gcstress.
inline constexpr int kPoisonByte = 0xa5;

// ---- For the allocator (mcentral.cpp, mheap.cpp) ----

// Registers the caller as a sweeper while it lives (Go's sweepLocker). When
// valid() is false the queue is drained: no span is left to claim.
class SweepRegistration {
 public:
  SweepRegistration();
  ~SweepRegistration();
  SweepRegistration(const SweepRegistration&) = delete;
  SweepRegistration& operator=(const SweepRegistration&) = delete;
  bool valid() const { return valid_; }

 private:
  bool valid_;
};

// Claims an unswept span for sweeping: sweepgen h-2 → h-1.
inline bool claimSpanForSweep(MSpan* span, uint32_t heapSweepgen) {
  uint32_t unswept = heapSweepgen - 2;
  return span->sweepgen.compare_exchange_strong(unswept, heapSweepgen - 1, std::memory_order_acq_rel);
}
// Frees the unmarked objects of a claimed span and clears its marks (see
// above); counts the frees in heapCounters and the cycle's totals. Sets a
// dead large span's allocCount to 0. Returns the objects freed. The caller
// then stores the heap's sweepgen in span->sweepgen.
uint32_t sweepSpanObjects(MSpan* span);
// Sweeps spans until `npages` pages went back to the page heap or none is
// left unswept (Go's mheap.reclaim, simplified). Holds no lock on entry.
void sweepToReclaim(uintptr_t npages);

}  // namespace golem::rt
