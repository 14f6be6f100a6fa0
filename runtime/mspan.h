// mspan: a run of pages cut into objects of one size class (Go's mspan).
//
// A span is `npages` contiguous 8 KiB pages starting at `base`. A small-object
// span (spanClass != 0) holds `nelems` objects of `elemsize` bytes each; a
// large-object span (size class 0) holds exactly one object of the whole span.
//
// Allocation state of a small span (Go's scheme, malloc.go / mbitmap.go):
//   * allocBits: one bit per object, 1 = allocated.
//   * freeindex: the slot from which the next free object is searched. While
//     an mcache owns the span, every slot below freeindex is allocated (the
//     mcache allocates in address order and does NOT write allocBits); slots
//     from freeindex on are free exactly when their allocBit is 0. When the
//     span goes back to its mcentral, the bits below freeindex are set
//     (materializeAllocBits), so that outside an mcache allocBits alone is exact.
//   * free runs: an mcache does not take slots one by one from the bitmap.
//     takeFreeRun hands it the next run of consecutive free slots at or after
//     freeindex (at most kMaxRunBytes long) and moves freeindex past it; the
//     mcache then bumps a pointer through the run (mcache.h). A run the mcache
//     gives up unfinished is handed back (returnFreeRun), which moves
//     freeindex back to its first unused slot. Go takes one slot at a time
//     with a count-trailing-zeros on a 64-slot cache; a run makes the common
//     allocation one compare and one add.
//   * allocCount: allocated objects (slots below freeindex included).
//   * gcmarkBits: the collector's marks (same shape as allocBits).
//
// Sweep generation (Go's mspan.sweepgen, mgcsweep.h): relative to the heap's
// sweepgen h, a span's sweepgen is h-2 (not yet swept this cycle), h-1 (being
// swept by the thread that claimed it) or h (swept, usable). A span made
// during a cycle starts at h. Between cycles every span is at h.
//
// Pointer layout (for the future precise GC; Go 1.22's idea, simplified):
//   * small objects in a scan span (noscan bit 0): `heapBits` is a bitmap with
//     one bit per 8-byte word of the whole span (npages * 1024 bits), kept
//     outside the span, in its arena's bitmap (mheap.h), so that
//     objects-per-span stays Go 1.19's. mallocgc
//     writes an object's bits at allocation from its type's gcmask, repeated
//     for arrays (size a multiple of type->size); words past the data (class
//     round-up) are 0. Noscan spans have no bitmap. The common case, a slot
//     inside one bitmap word, takes the bits the type read ahead once
//     (precomputeHeapBits, malloc.h): one load instead of gcmask's walk.
//   * large objects: the span records the type (largeType) and the requested
//     size (largeDataSize); the object is an array of largeDataSize /
//     largeType->size elements of that type.
//
// needzero: whether the span's free memory may hold garbage. Spans made from
// fresh (or scavenged) pages start at 0, so the first use of every slot skips
// the clearing; freeing an object sets it to 1 (Go tracks it the same way).
//
// Ownership and locks: a span in use is owned by exactly one of: an mcache
// (`cached`; only that thread touches freeindex/allocBits/allocCount),
// its mcentral's partial or full list (under the mcentral lock), or nobody for
// a large span (changed only under the heap lock, or by the sweeper that
// claimed it through its sweepgen). Frees of objects in a cached
// span are deferred in `pendingFreeBits` (under the mcentral lock) and applied
// when the span leaves the mcache.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "runtime/dassert.h"
#include "runtime/sizeclasses.h"
#include "runtime/type.h"

namespace golem::rt {

// spanClass = sizeclass<<1 | noscan: scan and noscan objects never share a span.
using SpanClass = uint8_t;
inline constexpr int kNumSpanClasses = kNumSizeClasses << 1;
inline constexpr SpanClass makeSpanClass(uint8_t sizeClass, bool noscan) {
  return static_cast<SpanClass>(sizeClass << 1 | (noscan ? 1 : 0));
}
inline constexpr uint8_t spanClassSizeClass(SpanClass spc) { return spc >> 1; }
inline constexpr bool spanClassNoscan(SpanClass spc) { return (spc & 1) != 0; }

inline constexpr uint64_t kMaxObjectsPerSpan = kPageSize / 8;  // 1024 (8-byte class)
inline constexpr uint64_t kObjectBitsWords = kMaxObjectsPerSpan / 64;
inline constexpr uint64_t kMaxSmallSpanPages = 10;  // max of class_to_allocnpages
// The longest free run takeFreeRun hands out: a page, so that a run's slots
// and the allocations bumped through them stay within the L1 cache.
inline constexpr uint64_t kMaxRunBytes = kPageSize;
inline constexpr uint64_t kHeapBitsBytesPerPage = kPageSize / 8 / 8;  // one bit per word

enum class SpanState : uint8_t {
  Dead,   // in the span free list; fields other than `next` are meaningless
  InUse,  // holds heap objects (small or large)
};

// The free slots [next, end) of a span that an mcache is handing out
// (mcache.h), each elemsize bytes; empty when next == end. The slots in
// [next, cleared) are known to be zero (cleared <= end, both on slot
// boundaries; none is when cleared <= next, which allocations that fill
// their objects themselves leave behind them): a dirty run is cleared a
// chunk at a time, by the allocations that need zeroed memory.
// Only the owning thread writes a run; its fields are relaxed atomics (plain
// moves) because readMemStats reads next, end and elemsize from other
// threads. end and cleared are one array indexed by needzero, so that the
// fast path picks its bound with one indexed load, not a branch.
struct alignas(32) AllocRun {  // 32 bytes: indexed with a shift
  std::atomic<uintptr_t> next{0};
  std::atomic<uintptr_t> bound[2] = {};  // [0] end, [1] cleared
  std::atomic<uintptr_t> elemsize{0};

  uintptr_t nextSlot() const { return next.load(std::memory_order_relaxed); }
  uintptr_t endSlot() const { return bound[0].load(std::memory_order_relaxed); }
  uintptr_t clearedEnd() const { return bound[1].load(std::memory_order_relaxed); }
  // The end of the slots an allocation may take: the cleared ones only when
  // it needs zeroed memory.
  uintptr_t boundFor(bool needzero) const {
    return bound[size_t{needzero}].load(std::memory_order_relaxed);
  }
  uintptr_t slotSize() const { return elemsize.load(std::memory_order_relaxed); }
  void setNext(uintptr_t v) { next.store(v, std::memory_order_relaxed); }
  void setClearedEnd(uintptr_t v) { bound[1].store(v, std::memory_order_relaxed); }
  void reset(uintptr_t nextArg, uintptr_t clearedArg, uintptr_t endArg, uintptr_t size) {
    setNext(nextArg);
    setClearedEnd(clearedArg);
    bound[0].store(endArg, std::memory_order_relaxed);
    elemsize.store(size, std::memory_order_relaxed);
  }
  // Slots not yet handed out.
  uint64_t remaining() const {
    uintptr_t size = slotSize();
    return size == 0 ? 0 : (endSlot() - nextSlot()) / size;
  }
};

struct MSpan {
  uintptr_t base = 0;
  uintptr_t npages = 0;
  uintptr_t limit = 0;  // end of the last object (base + nelems*elemsize)
  MSpan* next = nullptr;  // mcentral list, or the heap's free MSpan list
  MSpan* prev = nullptr;

  uint32_t freeindex = 0;
  uint32_t nelems = 0;
  uint32_t allocCount = 0;
  uint32_t divMagic = 0;  // small spans: n/elemsize == (n*divMagic)>>32 for offsets n
  uintptr_t elemsize = 0;  // large spans: npages * kPageSize
  SpanClass spanclass = 0;
  SpanState state = SpanState::Dead;
  // Not the first field: a freed MSpan's first word links it in the free list,
  // and a stale sweep-queue entry may still read this (mgcsweep.cpp).
  std::atomic<uint32_t> sweepgen{0};
  // The mark cycle whose pre-marking this span has had (mgcmark.h's
  // ensurePremarked), and the spin lock of that pre-marking.
  std::atomic<uint32_t> premarkCycle{0};
  std::atomic<bool> premarkLock{false};
  bool needzero = false;
  bool cached = false;     // owned by an mcache (under the mcentral lock)
  bool inFullList = false; // which mcentral list holds it (under the mcentral lock)
  uint32_t pendingFrees = 0;  // count of pendingFreeBits (under the mcentral lock)
  // While cached: the owning mcache's run of this span, whose slots from
  // next on are free though below freeindex (read by isAllocated). Set by
  // the mcache's refill, cleared by MCentral::uncacheSpan.
  const AllocRun* cacheRun = nullptr;
  uint32_t largeSpansIndex = 0;  // large spans: position in the heap's list of them (heap lock)

  const Type* largeType = nullptr;  // large objects with pointers
  uint64_t largeDataSize = 0;
  uint64_t* heapBits = nullptr;  // small scan spans: one bit per word, in the arena's bitmap

  // Only the first bitWords() words of each bitmap are in use: init clears
  // those alone (a span of 16 objects needs one word, not sixteen), and no
  // reader looks past them.
  uint64_t allocBits[kObjectBitsWords];
  uint64_t gcmarkBits[kObjectBitsWords];  // this cycle's marks (mgcmark.h); 0 between cycles
  uint64_t pendingFreeBits[kObjectBitsWords];

  bool isLarge() const { return spanClassSizeClass(spanclass) == 0; }
  uint32_t bitWords() const { return (nelems + 63) / 64; }
  bool noscan() const { return spanClassNoscan(spanclass); }

  // Whole slots in `bytes` (at most the span's size; small spans): a
  // multiplication, where a division would take tens of cycles.
  uint32_t slotsIn(uintptr_t bytes) const {
    return static_cast<uint32_t>((bytes * uint64_t{divMagic}) >> 32);
  }
  // Slot index of the object containing address p (base <= p < limit; small spans).
  uint32_t objectIndex(uintptr_t p) const { return slotsIn(p - base); }
  uintptr_t objectBase(uint32_t index) const { return base + uintptr_t{index} * elemsize; }
  bool allocBit(uint32_t index) const { return (allocBits[index / 64] >> (index % 64)) & 1; }
  // Whether slot `index` holds an allocated object. Valid in every ownership
  // state, for a cached span only on its mcache's thread or with the world
  // stopped (the run's next moves with each allocation).
  bool isAllocated(uint32_t index) const {
    if (index >= freeindex) return allocBit(index);
    return cacheRun == nullptr || objectBase(index) < cacheRun->nextSlot();
  }

  // Sets up a span of `npagesArg` pages at `baseArg` for objects of class
  // spc (0: one large object); allocation state starts empty.
  void init(uintptr_t baseArg, uintptr_t npagesArg, SpanClass spc);

  // The next run of free slots at or after freeindex, as addresses
  // [*start, *end), at most kMaxRunBytes long (one slot if a slot is longer);
  // freeindex moves past it and allocCount counts all of it. False when the
  // span has no free slot left.
  bool takeFreeRun(uintptr_t* start, uintptr_t* end);
  // Gives back the unused tail [unusedFrom, end) of the run takeFreeRun
  // returned last: freeindex moves back to `unusedFrom`.
  void returnFreeRun(uintptr_t unusedFrom, uintptr_t end);
  // Sets the alloc bits below freeindex: the mcache allocated them.
  void materializeAllocBits();
  // Applies the deferred frees; returns how many there were.
  uint32_t applyPendingFrees();
  // Number of set bits in allocBits (a check of allocCount outside an mcache).
  uint32_t countAllocBits() const;

};

// The span every mcache slot points at before its first refill: no free
// objects, so takeFreeRun fails and the slow path refills (Go's emptymspan).
extern MSpan emptySpan;

// heapBitsSetType for what its inline shortcut leaves (mspan.cpp).
__attribute__((noinline)) void heapBitsSetGeneral(MSpan* span, uintptr_t object, uint64_t dataSize,
                                                  const Type* type);

// Writes the first (64 - shift) bits of a slot of slotWords (<= 64) words
// into bitmap word `word` from bit `shift`: `bits`, zero past the object's data.
inline void mergeSlotBits(uint64_t* word, unsigned shift, uint64_t slotWords, uint64_t bits) {
  GOLEM_DASSERT(slotWords >= 1 && slotWords <= 64);
  uint64_t slotMask = ~uint64_t{0} >> (64 - slotWords);
  *word = (*word & ~(slotMask << shift)) | (bits << shift);
}

// The bits of a slot holding dataSize bytes (at most 64 words) of a type
// typeSize long, one value or an array of them, from the type's pattern: the
// value's bits, or the array's tile cut at the data's end. False when the
// pattern has no word for it.
inline bool slotBitsFromPattern(const HeapBitsPattern& pattern, uint64_t typeSize,
                                uint64_t dataSize, uint64_t* bits) {
  if (dataSize == typeSize) {
    *bits = pattern.one;
    return (pattern.shape & kHeapBitsOne) != 0;
  }
  *bits = pattern.tiled & (~uint64_t{0} >> (64 - dataSize / 8));  // 1 <= dataSize / 8 <= 64
  return (pattern.shape & kHeapBitsTiled) != 0;
}

// The common case of heapBitsSetType, inline into the allocation path: a
// slot of slotWords words starting at bit `shift` of the bitmap word `word`
// and ending inside it, for a type whose heap bits precomputeHeapBits read
// ahead (one value with its pointers in its first 64 words, or an array of
// values that tile 64 words). Go's heapBitsSetType has a like shortcut for
// one- and two-word objects. Returns false, writing nothing, for any other case.
inline bool heapBitsSetInWord(uint64_t* word, unsigned shift, uint64_t slotWords, uint64_t dataSize,
                              const Type* type) {
  uint64_t bits;
  if (shift + slotWords > 64 || !slotBitsFromPattern(type->heapBits, type->size, dataSize, &bits))
    return false;
  mergeSlotBits(word, shift, slotWords, bits);
  return true;
}

// Writes the pointer bits of a small object at `object` in scan span `span`:
// the gcmask of `type`, repeated dataSize/type->size times, then zeros up to
// elemsize. Go 1.22's heapSetType for the span-bitmap case.
inline void heapBitsSetType(MSpan* span, uintptr_t object, uint64_t dataSize, const Type* type) {
  GOLEM_DASSERT(span->heapBits != nullptr && type != nullptr && type->size % 8 == 0);
  GOLEM_DASSERT(dataSize <= span->elemsize && dataSize % type->size == 0);
  uint64_t firstWord = (object - span->base) / 8;
  if (!heapBitsSetInWord(&span->heapBits[firstWord / 64], firstWord % 64, span->elemsize / 8,
                         dataSize, type))
    heapBitsSetGeneral(span, object, dataSize, type);
}

// A span's base is page-aligned (1024 words, 16 bitmap words), so the bitmap
// word of an object at `object` is heapBitsBias(span) + object/512 words and
// its first bit is (object/8) % 64: the allocation path finds both without
// reading the span.
inline uintptr_t heapBitsBias(const MSpan* span) {
  return reinterpret_cast<uintptr_t>(span->heapBits) - span->base / 512 * sizeof(uint64_t);
}
inline uint64_t* heapBitsWordAt(uintptr_t bias, uintptr_t object) {
  return reinterpret_cast<uint64_t*>(bias + object / 512 * sizeof(uint64_t));
}

// Whether the heap bitmap marks the word at address `word` of a scan span.
bool heapBitsIsPointer(const MSpan* span, uintptr_t word);

}  // namespace golem::rt
