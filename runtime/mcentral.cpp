// mcentral: partial and full span lists of one span class (see mcentral.h).
#include "runtime/mcentral.h"

#include <cassert>
#include <optional>

#include "runtime/dassert.h"
#include "runtime/mgcsweep.h"
#include "runtime/mheap.h"
#include "runtime/mstats.h"

namespace golem::rt {
namespace {

// Unswept spans cacheSpan may sweep before it takes a fresh span (Go's spanBudget).
constexpr int kSweepBudget = 100;

}  // namespace

void MCentral::SpanList::push(MSpan* span) {
  assert(span->next == nullptr && span->prev == nullptr);
  span->next = first;
  if (first != nullptr) first->prev = span;
  first = span;
  count++;
}

void MCentral::SpanList::remove(MSpan* span) {
  if (span->prev != nullptr) span->prev->next = span->next; else first = span->next;
  if (span->next != nullptr) span->next->prev = span->prev;
  span->next = span->prev = nullptr;
  count--;
}

MSpan* MCentral::SpanList::pop() {
  MSpan* span = first;
  if (span != nullptr) remove(span);
  return span;
}

MCentral::SpanList& MCentral::listOf(const MSpan* span) {
  unsigned half = span->sweepgen.load(std::memory_order_relaxed) / 2 % 2;
  return span->inFullList ? full_[half] : partial_[half];
}

void MCentral::sweepTakenSpan(MSpan* span, uint32_t sg) {
  bool claimed = claimSpanForSweep(span, sg);
  assert(claimed);  // an unswept span is claimed only under this lock
  (void)claimed;
  sweepSpanObjects(span);
  span->sweepgen.store(sg, std::memory_order_release);
}

MSpan* MCentral::takePartialSpan() {
  // Registered as a sweeper only when there is something to sweep: the
  // registration is a compare-and-swap on a word every P shares.
  std::optional<SweepRegistration> sweeper;
  uint32_t sg = mheap().sweepgen.load(std::memory_order_relaxed);
  MSpan* span = partialSwept(sg).pop();
  // Sweeping a span with no free slot left after it costs a span's worth of
  // bits for nothing: past the budget a fresh span is cheaper (Go's 100
  // bounds the space wasted that way to 1%).
  for (int budget = kSweepBudget; span == nullptr && budget > 0; budget--) {
    if (partialUnswept(sg).first == nullptr && fullUnswept(sg).first == nullptr) break;
    if (!sweeper) sweeper.emplace();
    if (!sweeper->valid()) break;
    MSpan* unswept = partialUnswept(sg).pop();
    if (unswept == nullptr) unswept = fullUnswept(sg).pop();
    sweepTakenSpan(unswept, sg);
    // A span the sweep emptied is taken as it is, as Go's cacheSpan sweeps
    // with preserve: freeing it to the heap only to make a fresh one of the
    // same class would cost a page round trip and a span's initialisation.
    if (unswept->allocCount < unswept->nelems) {
      span = unswept;
    } else {
      placeSpan(unswept);
    }
  }
  if (span != nullptr) {
    assert(span->sweepgen.load(std::memory_order_relaxed) == sg);
    // allocBits are exact outside an mcache; start the search at the first free slot.
    span->freeindex = 0;
  }
  return span;
}

MSpan* MCentral::exchangeSpan(MCache* c, MSpan* spent) {
  MSpan* emptied = nullptr;
  MSpan* span;
  {
    std::lock_guard<RuntimeMutex> guard(lock_);
    if (spent != &emptySpan && uncacheLocked(spent)) emptied = spent;
    span = takePartialSpan();
    if (span == nullptr) std::swap(span, emptied);  // keep an emptied span rather than make one
    if (span != nullptr) {
      assert(!span->cached && span->pendingFrees == 0 && span->allocCount < span->nelems);
      span->cached = true;
    }
  }
  if (emptied != nullptr) mheap().freeSpan(emptied);
  if (span != nullptr) return span;
  // Grow without our lock: the heap may take its own. No other thread can see
  // the new span before the caller allocates from it.
  span = mheap().allocSmallSpan(c, spanclass_);
  span->cached = true;
  return span;
}

bool MCentral::placeSpan(MSpan* span) {
  assert(!span->cached && span->pendingFrees == 0);
  if (span->allocCount == 0) return true;
  span->inFullList = span->allocCount == span->nelems;
  listOf(span).push(span);
  return false;
}

bool MCentral::uncacheLocked(MSpan* span) {
  assert(span->spanclass == spanclass_);
  assert(span->cached);
  // Cached spans are swept, and no cycle starts while one is cached.
  assert(span->sweepgen.load(std::memory_order_relaxed) ==
         mheap().sweepgen.load(std::memory_order_relaxed));
  span->materializeAllocBits();
  span->applyPendingFrees();
  span->cached = false;
  span->cacheRun = nullptr;
  GOLEM_DASSERT(span->countAllocBits() == span->allocCount);
  return placeSpan(span);
}

void MCentral::uncacheSpan(MSpan* span) {
  bool empty;
  {
    std::lock_guard<RuntimeMutex> guard(lock_);
    empty = uncacheLocked(span);
  }
  if (empty) mheap().freeSpan(span);
}

void MCentral::freeObjects(MSpan* span, const uint32_t* indexes, size_t n) {
  assert(span->spanclass == spanclass_);
  heapCounters.smallFreeCount[spanClassSizeClass(spanclass_)].fetch_add(n, std::memory_order_relaxed);
  SweepRegistration sweeper;
  bool empty;
  {
    std::lock_guard<RuntimeMutex> guard(lock_);
    if (span->cached) {
      for (size_t i = 0; i < n; i++) {
        uint64_t bit = uint64_t{1} << (indexes[i] % 64);
        assert(indexes[i] < span->nelems && (span->pendingFreeBits[indexes[i] / 64] & bit) == 0);
        span->pendingFreeBits[indexes[i] / 64] |= bit;
      }
      span->pendingFrees += static_cast<uint32_t>(n);
      return;
    }
    uint32_t sg = mheap().sweepgen.load(std::memory_order_relaxed);
    if (span->sweepgen.load(std::memory_order_relaxed) == sg - 2) {
      // Sweep first: the slots' bits must not be those of the last cycle.
      assert(sweeper.valid());  // an unswept span in a list: not drained
      listOf(span).remove(span);
      sweepTakenSpan(span, sg);
      bool nowEmpty = placeSpan(span);
      assert(!nowEmpty);  // the objects being freed were live
      (void)nowEmpty;
    }
    for (size_t i = 0; i < n; i++) {
      uint64_t bit = uint64_t{1} << (indexes[i] % 64);
      assert(indexes[i] < span->nelems && (span->allocBits[indexes[i] / 64] & bit));
      span->allocBits[indexes[i] / 64] &= ~bit;
    }
    span->allocCount -= static_cast<uint32_t>(n);
    span->needzero = true;
    span->freeindex = 0;
    listOf(span).remove(span);
    empty = placeSpan(span);
  }
  if (empty) mheap().freeSpan(span);
}

bool MCentral::sweepOneSpan(uint32_t sg, uintptr_t* pagesFreed) {
  std::unique_lock<RuntimeMutex> guard(lock_);
  MSpan* span = partialUnswept(sg).pop();
  if (span == nullptr) span = fullUnswept(sg).pop();
  if (span == nullptr) return false;
  sweepTakenSpan(span, sg);
  *pagesFreed = 0;
  if (placeSpan(span)) {
    guard.unlock();
    *pagesFreed = span->npages;
    mheap().freeSpan(span);
  }
  return true;
}

size_t MCentral::partialCount() {
  std::lock_guard<RuntimeMutex> guard(lock_);
  return partial_[0].count + partial_[1].count;
}

size_t MCentral::fullCount() {
  std::lock_guard<RuntimeMutex> guard(lock_);
  return full_[0].count + full_[1].count;
}

}  // namespace golem::rt
