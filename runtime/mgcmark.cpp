// Marking: greying candidates and scanning objects (see mgcmark.h).
#include "runtime/mgcmark.h"

#include <cassert>

#include "runtime/mheap.h"
#include "runtime/mspan.h"

namespace golem::rt {
namespace {

// The mark bit of the slot holding `addr` in `span`, as word and mask.
inline uint64_t* markWord(MSpan* span, uintptr_t addr, uint64_t* mask) {
  uint32_t index = span->isLarge() ? 0 : span->objectIndex(addr);
  *mask = uint64_t{1} << (index % 64);
  return &span->gcmarkBits[index / 64];
}

}  // namespace

void GCMarker::greyObject(uintptr_t p) {
  MSpan* span = mheap().spanOf(reinterpret_cast<const void*>(p));
  if (span == nullptr || p < span->base || p >= span->limit) return;
  uintptr_t base = span->base;
  if (!span->isLarge()) {
    uint32_t index = span->objectIndex(p);
    if (!span->isAllocated(index)) return;  // a stale word pointing at a free slot
    base = span->objectBase(index);
  }
  uint64_t mask;
  uint64_t* word = markWord(span, base, &mask);
  if (*word & mask) return;
  *word |= mask;
  markedBytes_ += span->elemsize;
  markedObjects_++;
  if (!span->noscan()) grey_.push_back(Grey{base, span});
}

__attribute__((no_sanitize("address"))) void GCMarker::scanConservative(const void* begin, const void* end) {
  uintptr_t from = (reinterpret_cast<uintptr_t>(begin) + 7) & ~uintptr_t{7};
  uintptr_t to = reinterpret_cast<uintptr_t>(end);
  for (uintptr_t at = from; at + 8 <= to; at += 8) markPointer(*reinterpret_cast<const uintptr_t*>(at));
  scannedBytes_ += to > from ? to - from : 0;
}

void GCMarker::scanWithMap(const uint64_t* begin, size_t words, const uint8_t* pointerMap, size_t mapBytes) {
  for (size_t w = 0; w < words && w / 8 < mapBytes; w++)
    if ((pointerMap[w / 8] >> (w % 8)) & 1) markPointer(begin[w]);
  scannedBytes_ += words * 8;
}

void GCMarker::scanObject(uintptr_t base, const MSpan* span) {
  const auto* words = reinterpret_cast<const uintptr_t*>(base);
  if (!span->isLarge()) {
    // One bitmap word covers 64 heap words: test a whole run at a time.
    uint64_t first = (base - span->base) / 8;
    uint64_t n = span->elemsize / 8;
    for (uint64_t w = 0; w < n;) {
      uint64_t bit = first + w;
      uint64_t bits = span->heapBits[bit / 64] >> (bit % 64);
      unsigned run = static_cast<unsigned>(64 - bit % 64);
      if (run > n - w) run = static_cast<unsigned>(n - w);
      if (run < 64) bits &= (uint64_t{1} << run) - 1;
      while (bits != 0) {
        unsigned k = static_cast<unsigned>(__builtin_ctzll(bits));
        if (__builtin_expect(heapPointerCheck_ != nullptr, 0)) heapPointerCheck_(words[w + k], base);
        greyObject(words[w + k]);
        bits &= bits - 1;
      }
      w += run;
    }
    scannedBytes_ += span->elemsize;
    return;
  }
  const Type* type = span->largeType;
  if (type == nullptr) return;
  uint64_t elemWords = type->size / 8;
  uint64_t ptrWords = (type->ptrdata + 7) / 8;
  for (uint64_t e = 0; e * type->size < span->largeDataSize; e++) {
    const uintptr_t* elem = words + e * elemWords;
    for (uint64_t w = 0; w < ptrWords; w++) {
      if (!type->wordIsPointer(w)) continue;
      if (__builtin_expect(heapPointerCheck_ != nullptr, 0)) heapPointerCheck_(elem[w], base);
      greyObject(elem[w]);
    }
  }
  scannedBytes_ += span->largeDataSize;
}

// Objects wait in a small FIFO after leaving the grey stack, each prefetched
// as it enters: by the time it is scanned its first line is in the cache
// (a depth-first walk of a linked structure otherwise misses on every object).
void GCMarker::drain() {
  constexpr size_t kPrefetchDistance = 8;
  Grey ring[kPrefetchDistance];
  size_t head = 0, count = 0;
  for (;;) {
    while (count < kPrefetchDistance && !grey_.empty()) {
      Grey g = grey_.back();
      grey_.pop_back();
      __builtin_prefetch(reinterpret_cast<const void*>(g.base));
      ring[(head + count) % kPrefetchDistance] = g;
      count++;
    }
    if (count == 0) return;
    Grey g = ring[head];
    head = (head + 1) % kPrefetchDistance;
    count--;
    scanObject(g.base, g.span);
  }
}

bool isMarked(const void* base) {
  MSpan* span = mheap().spanOf(base);
  if (span == nullptr) return false;
  uint64_t mask;
  uint64_t* word = markWord(span, reinterpret_cast<uintptr_t>(base), &mask);
  return (*word & mask) != 0;
}

}  // namespace golem::rt
