// mcentral: partial and full span lists of one span class (see mcentral.h).
#include "runtime/mcentral.h"

#include <cassert>
#include <cstring>

#include "runtime/mheap.h"
#include "runtime/mstats.h"

namespace golem::rt {

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

MSpan* MCentral::cacheSpan() {
  {
    std::lock_guard<std::mutex> guard(lock_);
    MSpan* span = partial_.pop();
    if (span != nullptr) {
      assert(!span->cached && span->pendingFrees == 0 && span->allocCount < span->nelems);
      span->cached = true;
      // allocBits are exact outside an mcache; start the search at the first free slot.
      span->freeindex = 0;
      span->refillAllocCache();
      return span;
    }
  }
  // Grow without our lock: the heap lock may wait on mmap. No other thread can
  // see the new span before the caller allocates from it.
  uint8_t sizeClass = spanClassSizeClass(spanclass_);
  MSpan* span = mheap().allocSpan(classToAllocNPages(sizeClass), spanclass_);
  span->cached = true;
  return span;
}

bool MCentral::placeSpan(MSpan* span) {
  assert(!span->cached && span->pendingFrees == 0);
  if (span->allocCount == 0) return true;
  span->inFullList = span->allocCount == span->nelems;
  (span->inFullList ? full_ : partial_).push(span);
  return false;
}

void MCentral::uncacheSpan(MSpan* span) {
  assert(span->spanclass == spanclass_);
  bool empty;
  {
    std::lock_guard<std::mutex> guard(lock_);
    assert(span->cached);
    span->materializeAllocBits();
    span->applyPendingFrees();
    span->cached = false;
    assert(span->countAllocBits() == span->allocCount);
    empty = placeSpan(span);
  }
  if (empty) mheap().freeSpan(span);
}

void MCentral::freeObject(MSpan* span, uint32_t index) {
  assert(span->spanclass == spanclass_ && index < span->nelems);
  heapCounters.smallFreeCount[spanClassSizeClass(spanclass_)].fetch_add(1, std::memory_order_relaxed);
  bool empty;
  {
    std::lock_guard<std::mutex> guard(lock_);
    uint64_t bit = uint64_t{1} << (index % 64);
    if (span->cached) {
      assert((span->pendingFreeBits[index / 64] & bit) == 0);
      span->pendingFreeBits[index / 64] |= bit;
      span->pendingFrees++;
      return;
    }
    assert(span->allocBits[index / 64] & bit);
    span->allocBits[index / 64] &= ~bit;
    span->allocCount--;
    span->needzero = true;
    span->freeindex = 0;
    (span->inFullList ? full_ : partial_).remove(span);
    empty = placeSpan(span);
  }
  if (empty) mheap().freeSpan(span);
}

uint32_t MCentral::sweepSpan(MSpan* span, int poison) {
  assert(span->spanclass == spanclass_ && !span->cached && span->pendingFrees == 0);
  uint32_t live = 0;
  uint32_t freed;
  bool empty;
  {
    std::lock_guard<std::mutex> guard(lock_);
    for (uint64_t w = 0; w < kObjectBitsWords; w++) {
      assert((span->gcmarkBits[w] & ~span->allocBits[w]) == 0);  // only allocated slots get marked
      if (poison >= 0)
        for (uint64_t dead = span->allocBits[w] & ~span->gcmarkBits[w]; dead != 0; dead &= dead - 1)
          std::memset(reinterpret_cast<void*>(span->objectBase(uint32_t(w * 64 + __builtin_ctzll(dead)))), poison,
                      span->elemsize);
      span->allocBits[w] = span->gcmarkBits[w];
      span->gcmarkBits[w] = 0;
      live += static_cast<uint32_t>(__builtin_popcountll(span->allocBits[w]));
    }
    freed = span->allocCount - live;
    if (freed == 0) return 0;
    (span->inFullList ? full_ : partial_).remove(span);
    span->allocCount = live;
    span->needzero = true;
    span->freeindex = 0;
    span->refillAllocCache();
    empty = placeSpan(span);
  }
  if (empty) mheap().freeSpan(span);
  return freed;
}

size_t MCentral::partialCount() {
  std::lock_guard<std::mutex> guard(lock_);
  return partial_.count;
}

size_t MCentral::fullCount() {
  std::lock_guard<std::mutex> guard(lock_);
  return full_.count;
}

}  // namespace golem::rt
