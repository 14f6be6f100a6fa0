// mspan: slot bookkeeping and heap bitmaps of a span.
//
// See mspan.h for the meaning of freeindex, free runs and allocBits, and for
// who may touch a span when. Nothing here takes a lock: callers hold the right
// to the span (its mcache's thread, its mcentral's lock, or the heap lock).
#include "runtime/mspan.h"

#include <cassert>
#include <cstring>

#include "runtime/dassert.h"
#include "runtime/malloc.h"
#include "runtime/mgc.h"
#include "runtime/mgcmark.h"
#include "runtime/mheap.h"

namespace golem::rt {

MSpan emptySpan;

void MSpan::init(uintptr_t baseArg, uintptr_t npagesArg, SpanClass spc) {
  base = baseArg;
  npages = npagesArg;
  spanclass = spc;
  state = SpanState::InUse;
  sweepgen.store(mheap().sweepgen.load(std::memory_order_relaxed), std::memory_order_relaxed);  // swept
  next = prev = nullptr;
  freeindex = 0;
  allocCount = 0;
  cached = false;
  inFullList = false;
  pendingFrees = 0;
  cacheRun = nullptr;
  largeType = nullptr;
  largeDataSize = 0;
  uint8_t sizeClass = spanClassSizeClass(spc);
  if (sizeClass == 0) {
    elemsize = npages * kPageSize;
    nelems = 1;
    divMagic = 0;
  } else {
    elemsize = classToSize(sizeClass);
    divMagic = sizeClassTables.class_to_divmagic[sizeClass];
    nelems = slotsIn(npages * kPageSize);
  }
  limit = base + elemsize * nelems;
  // A span made during a mark phase is born black: all its slots marked
  // (mgcmark.h's pre-marking), so that what is allocated in it survives.
  uint64_t marks = gcMarking.load(std::memory_order_relaxed) ? ~uint64_t{0} : 0;
  // Most spans need one word of each bitmap: written here, the rest in a
  // loop that the compiler may turn into memset calls.
  allocBits[0] = 0;
  gcmarkBits[0] = marks;
  pendingFreeBits[0] = 0;
  for (uint32_t w = 1; w < bitWords(); w++) {
    allocBits[w] = 0;
    gcmarkBits[w] = marks;
    pendingFreeBits[w] = 0;
  }
  premarkCycle.store(rt::premarkCycle.load(std::memory_order_relaxed), std::memory_order_relaxed);
}

namespace {

// The first slot at or after `from` (below `limit`) whose allocBit equals
// `allocated`, or `limit`.
uint32_t findSlot(const uint64_t* allocBits, uint32_t from, uint32_t limit, bool allocated) {
  for (uint32_t at = from; at < limit;) {
    uint64_t word = allocated ? allocBits[at / 64] : ~allocBits[at / 64];
    word >>= at % 64;
    if (word != 0) {
      uint32_t found = at + static_cast<uint32_t>(__builtin_ctzll(word));
      return found < limit ? found : limit;
    }
    at = (at + 64) & ~uint32_t{63};
  }
  return limit;
}

}  // namespace

bool MSpan::takeFreeRun(uintptr_t* start, uintptr_t* end) {
  // A span whose runs were all taken (the mcache's usual question) needs no
  // search; nor does emptySpan, which every mcache's first refill asks and
  // which must not be written, as all threads share it.
  if (freeindex >= nelems) return false;
  uint32_t first = findSlot(allocBits, freeindex, nelems, /*allocated=*/false);
  if (first >= nelems) {
    freeindex = nelems;
    return false;
  }
  uint32_t maxSlots = elemsize >= kMaxRunBytes ? 1 : slotsIn(kMaxRunBytes);
  uint32_t cap = nelems - first < maxSlots ? nelems : first + maxSlots;
  // In a span with no object yet every slot is free: no search for the run's end.
  uint32_t last = allocCount == 0 ? cap : findSlot(allocBits, first + 1, cap, /*allocated=*/true);
  freeindex = last;
  allocCount += last - first;
  *start = objectBase(first);
  *end = objectBase(last);
  return true;
}

void MSpan::returnFreeRun(uintptr_t unusedFrom, uintptr_t end) {
  if (unusedFrom >= end) return;
  assert(end == objectBase(freeindex) && unusedFrom >= base);
  uint32_t unused = static_cast<uint32_t>((end - unusedFrom) / elemsize);
  freeindex -= unused;
  allocCount -= unused;
}

void MSpan::materializeAllocBits() {
  uint32_t full = freeindex / 64;
  for (uint32_t w = 0; w < full; w++) allocBits[w] = ~uint64_t{0};
  if (freeindex % 64 != 0) allocBits[full] |= (uint64_t{1} << (freeindex % 64)) - 1;
}

uint32_t MSpan::applyPendingFrees() {
  uint32_t freed = pendingFrees;
  if (freed == 0) return 0;
  for (uint32_t w = 0; w < bitWords(); w++) {
    assert((allocBits[w] & pendingFreeBits[w]) == pendingFreeBits[w]);
    allocBits[w] &= ~pendingFreeBits[w];
    pendingFreeBits[w] = 0;
  }
  pendingFrees = 0;
  allocCount -= freed;
  needzero = true;
  freeindex = 0;  // freed slots may lie below it; allocBits are exact here
  return freed;
}

uint32_t MSpan::countAllocBits() const {
  uint32_t n = 0;
  for (uint32_t w = 0; w < bitWords(); w++)
    n += static_cast<uint32_t>(__builtin_popcountll(allocBits[w]));
  return n;
}

namespace {

// ORs the low `nbits` (<= 64) bits of `value` into the bitmap at bit `pos`.
inline void orBits(uint64_t* bits, uint64_t pos, uint64_t value, unsigned nbits) {
  if (nbits < 64) value &= (uint64_t{1} << nbits) - 1;
  if (value == 0) return;
  unsigned shift = pos % 64;
  bits[pos / 64] |= value << shift;
  if (shift != 0 && shift + nbits > 64) bits[pos / 64 + 1] |= value >> (64 - shift);
}

// Clears `nbits` bits of the bitmap from bit `pos`.
void clearBits(uint64_t* bits, uint64_t pos, uint64_t nbits) {
  while (nbits > 0) {
    unsigned shift = pos % 64;
    uint64_t take = nbits < 64 - shift ? nbits : 64 - shift;
    uint64_t mask = take == 64 ? ~uint64_t{0} : ((uint64_t{1} << take) - 1) << shift;
    bits[pos / 64] &= ~mask;
    pos += take;
    nbits -= take;
  }
}

// The gcmask bits of words [from, from+n) of the type; from is a multiple
// of 64 and n <= 64.
inline uint64_t typeMaskBits(const Type* type, uint64_t from, unsigned n) {
  uint64_t value = 0;
  for (unsigned i = 0; i * 8 < n && from / 8 + i < type->gcmask.size(); i++)
    value |= uint64_t{type->gcmask[from / 8 + i]} << (i * 8);
  return n < 64 ? value & ((uint64_t{1} << n) - 1) : value;
}

// `mask` (narrower than elemWords bits) repeated every elemWords bits over
// 64 (elemWords a divisor of 64, so a power of two). One multiplication: the
// multiplier has a bit at every multiple of the period, and the mask is
// narrower than the period, so no two copies overlap.
inline uint64_t tileMask(uint64_t mask, uint64_t elemWords) {
  static constexpr uint64_t kEveryPeriod[7] = {~uint64_t{0},
                                               0x5555555555555555,
                                               0x1111111111111111,
                                               0x0101010101010101,
                                               0x0001000100010001,
                                               0x0000000100000001,
                                               1};
  return mask * kEveryPeriod[__builtin_ctzll(elemWords)];
}

// Whether an array of elements elemWords long repeats one 64-bit pattern
// of heap bits: elements of 1, 2, 4, ... 64 words (the divisors of 64).
inline bool elementsTile64Words(uint64_t elemWords) {
  return elemWords <= 64 && (elemWords & (elemWords - 1)) == 0;
}

// The type's pattern (type.h), from its gcmask.
HeapBitsPattern heapBitsPatternOf(const Type& type) {
  HeapBitsPattern pattern;
  uint64_t ptrWords = (type.ptrdata + 7) / 8;
  if (ptrWords == 0 || ptrWords > 64) return pattern;
  pattern.one = typeMaskBits(&type, 0, static_cast<unsigned>(ptrWords));
  pattern.shape = kHeapBitsOne;
  uint64_t elemWords = type.size / 8;
  if (elementsTile64Words(elemWords)) {
    pattern.tiled = tileMask(pattern.one, elemWords);
    pattern.shape |= kHeapBitsTiled;
  }
  return pattern;
}

// Writes the bits of a slot of slotWords (<= 64) words at bit firstWord of
// the bitmap: `bits` (zero past the object's data) into one bitmap word or two.
inline void writeSlotBits(uint64_t* bitmap, uint64_t firstWord, uint64_t slotWords, uint64_t bits) {
  unsigned shift = firstWord % 64;
  uint64_t* w = &bitmap[firstWord / 64];
  mergeSlotBits(w, shift, slotWords, bits);
  if (shift != 0 && shift + slotWords > 64) {
    unsigned rest = static_cast<unsigned>(shift + slotWords - 64);
    w[1] = (w[1] & ~((uint64_t{1} << rest) - 1)) | (bits >> (64 - shift));
  }
}

// heapBitsSetType for what its fast case leaves: slots over 64 words, and
// arrays whose elements do not tile 64 words. `pattern` is the type's.
__attribute__((noinline)) void heapBitsSetLong(MSpan* span, uint64_t firstWord, uint64_t slotWords,
                                               uint64_t dataSize, const Type* type,
                                               const HeapBitsPattern& pattern) {
  uint64_t elemWords = type->size / 8;
  uint64_t ptrWords = (type->ptrdata + 7) / 8;
  clearBits(span->heapBits, firstWord, slotWords);
  uint64_t count = dataSize / type->size;
  if (dataSize != type->size && (pattern.shape & kHeapBitsTiled) != 0) {
    uint64_t run = pattern.tiled;
    for (uint64_t w = 0; w < count * elemWords; w += 64) {
      uint64_t left = count * elemWords - w;
      orBits(span->heapBits, firstWord + w, run, static_cast<unsigned>(left < 64 ? left : 64));
    }
    return;
  }
  for (uint64_t e = 0; e < count; e++) {
    uint64_t at = firstWord + e * elemWords;
    for (uint64_t w = 0; w < ptrWords; w += 64) {
      unsigned n = static_cast<unsigned>(ptrWords - w < 64 ? ptrWords - w : 64);
      orBits(span->heapBits, at + w, typeMaskBits(type, w, n), n);
    }
  }
}

}  // namespace

// heapBitsSetType's general case: any slot of at most 64 words (its bits
// written as one run, maybe across two bitmap words), or heapBitsSetLong.
void heapBitsSetGeneral(MSpan* span, uintptr_t object, uint64_t dataSize, const Type* type) {
  uint64_t firstWord = (object - span->base) / 8;
  uint64_t slotWords = span->elemsize / 8;
  // The pattern the type read ahead, or the same computed now for a type
  // nobody prepared. A slot of at most 64 words holds elements of at most
  // 64 words.
  HeapBitsPattern pattern = type->heapBits.shape != 0 ? type->heapBits : heapBitsPatternOf(*type);
  uint64_t bits;
  if (slotWords <= 64 && slotBitsFromPattern(pattern, type->size, dataSize, &bits)) {
    writeSlotBits(span->heapBits, firstWord, slotWords, bits);
    return;
  }
  heapBitsSetLong(span, firstWord, slotWords, dataSize, type, pattern);
}

void precomputeHeapBits(Type& type) {
  type.heapBits = heapBitsPatternOf(type);
}

bool heapBitsIsPointer(const MSpan* span, uintptr_t word) {
  if (span->heapBits == nullptr) return false;
  uint64_t index = (word - span->base) / 8;
  return (span->heapBits[index / 64] >> (index % 64)) & 1;
}

}  // namespace golem::rt
