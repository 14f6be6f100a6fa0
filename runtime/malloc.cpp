// mallocgc: Go's memory allocator (malloc.go), in three tiers.
//
//   mcache   per P (or per thread without one), no locks: one span per span
//            class, objects bumped off the span's current run of free slots.
//   mcentral per span class, a mutex: spans with free slots, handed to
//            mcaches that ran out.
//   mheap    one lock: pages, arenas, spans; large objects directly.
//
// mallocgc(size, type, needzero) picks one of three paths, as Go's does:
//   * tiny: pointer-free and under 16 B. Objects are packed into the current
//     16-byte block of the mcache (mcache.tiny/tinyoffset), each aligned to 8,
//     4 or 2 bytes when its size is a multiple of that, so an 8-byte object is
//     8-aligned and a 3-byte string needs no alignment. The block is one
//     class-2 (16 B) noscan object and lives as long as any of its objects
//     (a later GC frees it only when none is reachable).
//   * small: up to 32 KiB. The size class comes from sizeToClass, the span
//     class adds the noscan bit (type without pointers), and the object comes
//     from the mcache's span of that class. For scan spans the object's heap
//     bits are written from the type (mspan.h explains the layout).
//   * large: over 32 KiB. A span of whole pages straight from the heap, its
//     type recorded in the span.
// A size of 0 returns the address of zerobase, as Go's does (no allocation).
//
// Zeroing, as Go's: memory is cleared only when the caller asks (needzero)
// and the span says it may be dirty (span->needzero; fresh and released
// pages are zero already, so they are never cleared twice). A small object
// comes from the cleared part of its mcache run, which the mcache extends a
// chunk at a time (mcache.h); a pointer-free one with needzero false (a
// string or byte buffer its caller fills at once) may take an uncleared slot.
// Objects with pointers are always cleared. A large object is cleared whole,
// under the same two conditions.
//
// Out of memory is fatal, as in Go: "fatal error: runtime: out of memory",
// exit status 2 (mheap.cpp's throwOutOfMemory).
#include "runtime/malloc.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstring>
#include <vector>

#include "runtime/mcache.h"
#include "runtime/mgc.h"
#include "runtime/mgcscavenge.h"
#include "runtime/mheap.h"

namespace golem::rt {
namespace {

constexpr uint8_t kTinyBlockSizeClass = 2;
constexpr SpanClass kTinySpanClass = makeSpanClass(kTinyBlockSizeClass, /*noscan=*/true);

// The address of every zero-size allocation (Go's runtime.zerobase).
alignas(16) uint64_t zerobase;

// The run of span class sizeClass<<1|noscan, indexed in size_t so that the
// fast path computes no 8-bit span class.
inline AllocRun& runOf(MCache* c, uint8_t sizeClass, bool noscan) {
  return c->runs[size_t{sizeClass} * 2 + (noscan ? 1 : 0)];
}

// Bumps the next object off the run into *v: a zeroed one when needzero,
// else any slot (a caller that overwrites all of its object; the cleared
// bound left behind marks none as zero). False when the run has no such
// slot left.
inline bool bumpFromRun(AllocRun& run, bool needzero, uintptr_t* v) {
  uintptr_t next = run.nextSlot();
  if (__builtin_expect(next >= run.boundFor(needzero), 0)) return false;
  run.setNext(next + run.slotSize());
  *v = next;
  return true;
}

inline bool bumpCleared(AllocRun& run, uintptr_t* v) {
  return bumpFromRun(run, true, v);
}

// The next object of span class spc from the mcache (zeroed if needzero):
// the next slot of its run, or the slow path.
inline uintptr_t allocFromCache(MCache* c, SpanClass spc, bool needzero) {
  uintptr_t v;
  return bumpFromRun(c->runs[spc], needzero, &v) ? v : c->nextFree(spc, needzero);
}

// Makes block the current tiny block if it has more room left than the
// current one, as Go does, and returns it: its first size bytes are the object.
inline void* startTinyBlock(MCache* c, uintptr_t block, size_t size) {
  if (size < c->tinyoffset) {  // a dropped block reads as full
    c->tiny = block;
    c->tinyoffset = size;
  }
  return reinterpret_cast<void*>(block);
}

__attribute__((noinline)) void* mallocTinyBlockRefill(MCache* c, size_t size) {
  return startTinyBlock(c, c->nextFree(kTinySpanClass, /*needzero=*/true), size);
}

// A new tiny block for an object that did not fit in the current one: the
// bump needs no frame, the refill is a tail call.
__attribute__((noinline)) void* mallocTinyBlock(MCache* c, size_t size) {
  uintptr_t block;
  if (__builtin_expect(bumpCleared(c->runs[kTinySpanClass], &block), 1))
    return startTinyBlock(c, block, size);
  return mallocTinyBlockRefill(c, size);
}

// A tiny object is aligned to 8, 4 or 2 when its size is a multiple of it:
// the alignment is the lowest set bit of its size, at most 8. Kept as a
// table of masks by size, one load on the fast path where the bit arithmetic
// took seven instructions.
constexpr std::array<uint8_t, kTinyBlockSize> kTinyAlignMask = [] {
  std::array<uint8_t, kTinyBlockSize> masks{};
  for (size_t size = 1; size < kTinyBlockSize; size++)
    masks[size] = static_cast<uint8_t>((size_t{1} << std::countr_zero(size | 8)) - 1);
  return masks;
}();

inline void* mallocTiny(MCache* c, size_t size) {
  uintptr_t alignMask = kTinyAlignMask[size];
  uintptr_t off = (c->tinyoffset + alignMask) & ~alignMask;
  if (__builtin_expect(off + size <= kTinyBlockSize, 1)) {
    c->tinyoffset = off + size;
    c->countTinyAlloc();
    return reinterpret_cast<void*>(c->tiny + off);
  }
  return mallocTinyBlock(c, size);
}

void* mallocLarge(size_t size, const Type* type, bool noscan, bool needzero) {
  uintptr_t npages = size / kPageSize + (size % kPageSize != 0 ? 1 : 0);
  if (npages > (uintptr_t{1} << (47 - kPageShift))) throwOutOfMemory();
  MSpan* span = mheap().allocLargeSpan(currentMCache(), npages, makeSpanClass(0, noscan));
  span->allocCount = 1;
  span->freeindex = 1;
  if (!noscan) {
    span->largeType = type;
    span->largeDataSize = size;
  }
  heapCounters.largeAlloc.fetch_add(span->elemsize, std::memory_order_relaxed);
  heapCounters.largeAllocCount.fetch_add(1, std::memory_order_relaxed);
  void* p = reinterpret_cast<void*>(span->base);
  if (needzero && span->needzero) std::memset(p, 0, span->elemsize);
  // Last: the pacer may hold this thread at the goal (mgc.h).
  gcNoteAlloc(int64_t(span->elemsize));
  return p;
}

}  // namespace

namespace {

// Every case but the common one (see mallocgc): zero size, large, tiny, no
// mcache yet, and an exhausted run.
__attribute__((noinline)) void* mallocgcSlow(size_t size, const Type* type, bool needzero) {
  if (size == 0) return &zerobase;
  bool noscan = type == nullptr || !type->hasPointers();
  if (size > kMaxSmallSize) return mallocLarge(size, type, noscan, needzero);
  MCache* c = currentMCache();
  if (noscan && size < kTinyBlockSize) return mallocTiny(c, size);
  uint8_t sizeClass = sizeToClass(size);
  SpanClass spc = makeSpanClass(sizeClass, noscan);
  // An object with pointers is always cleared: the collector may scan it
  // before its owner has written every word.
  uintptr_t v = allocFromCache(c, spc, needzero || !noscan);
  if (!noscan) heapBitsSetType(c->alloc[spc], v, size, type);
  return reinterpret_cast<void*>(v);
}

// heapBitsSetGeneral for the object at v, returning it: a tail call, so that
// the fast path below keeps nothing live across a call and needs no frame.
// It finds v's span itself, so that the fast path need not keep its mcache.
__attribute__((noinline)) void* heapBitsSetGeneralFor(uintptr_t v, size_t size, const Type* type) {
  heapBitsSetGeneral(mheap().spanOf(reinterpret_cast<void*>(v)), v, size, type);
  return reinterpret_cast<void*>(v);
}

// mallocgc's fast path for a type with pointers: the same bump, then the
// object's heap bits, found from the mcache without reading the span (its
// common case; heapBitsSetGeneral does the rest). Apart, so that the
// pointer-free path needs no frame.
__attribute__((noinline)) void* mallocgcScan(size_t size, const Type* type, bool needzero) {
  MCache* c = threadMCache;
  uint8_t sizeClass;
  if (__builtin_expect(c != nullptr && smallSizeToClass(size, &sizeClass), 1)) {
    uintptr_t v;
    AllocRun& run = runOf(c, sizeClass, /*noscan=*/false);
    if (bumpCleared(run, &v)) {
      uint64_t* word = heapBitsWordAt(c->scanHeapBitsBias[sizeClass], v);
      if (__builtin_expect(heapBitsSetInWord(word, (v / 8) % 64, run.slotSize() / 8, size, type),
                           1))
        return reinterpret_cast<void*>(v);
      return heapBitsSetGeneralFor(v, size, type);
    }
  }
  return mallocgcSlow(size, type, needzero);
}

}  // namespace

void* mallocgc(size_t size, const Type* type, bool needzero) {
  // The fast paths: a small object bumped off the mcache's run of its span
  // class (from its cleared part when needzero), or a tiny one packed into
  // the current tiny block (zeroed with the block).
  if (type != nullptr && type->hasPointers()) return mallocgcScan(size, type, needzero);
  // The size tests are ordered so that each path pays two compares up to
  // 1016 B: tiny, then the first class table (kMaxSmallSize is tested only
  // past it).
  MCache* c = threadMCache;
  uint8_t sizeClass;
  if (__builtin_expect(c != nullptr, 1)) {
    if (size < kTinyBlockSize) {
      if (__builtin_expect(size != 0, 1)) return mallocTiny(c, size);
    } else if (__builtin_expect(smallSizeToClass(size, &sizeClass), 1)) {
      uintptr_t v;
      if (bumpFromRun(runOf(c, sizeClass, /*noscan=*/true), needzero, &v))
        return reinterpret_cast<void*>(v);
      return reinterpret_cast<void*>(
          c->nextFree(makeSpanClass(sizeClass, /*noscan=*/true), needzero));
    }
  }
  return mallocgcSlow(size, type, needzero);
}

AllocStats allocStats() {
  MemStats stats = readMemStats();
  return AllocStats{stats.Mallocs, stats.TotalAlloc};
}

bool findHeapObject(const void* p, HeapObject* out) {
  MSpan* span = mheap().spanOf(p);
  if (span == nullptr) return false;
  uintptr_t addr = reinterpret_cast<uintptr_t>(p);
  if (addr < span->base || addr >= span->limit) return false;
  uintptr_t base = span->isLarge() ? span->base : span->objectBase(span->objectIndex(addr));
  *out = HeapObject{reinterpret_cast<void*>(base), span->elemsize, span->noscan()};
  return true;
}

void* findObjectBase(const void* p) {
  HeapObject object;
  return findHeapObject(p, &object) ? object.base : nullptr;
}

bool heapWordIsPointer(const void* addr) {
  MSpan* span = mheap().spanOf(addr);
  if (span == nullptr || span->noscan()) return false;
  uintptr_t word = reinterpret_cast<uintptr_t>(addr) & ~uintptr_t{7};
  if (!span->isLarge()) return heapBitsIsPointer(span, word);
  const Type* type = span->largeType;
  uint64_t offset = word - span->base;
  if (type == nullptr || offset >= span->largeDataSize) return false;
  return type->wordIsPointer((offset % type->size) / 8);
}

bool isHeapObjectAllocated(const void* base) {
  MSpan* span = mheap().spanOf(base);
  if (span == nullptr) return false;
  if (span->isLarge()) return true;
  return span->isAllocated(span->objectIndex(reinterpret_cast<uintptr_t>(base)));
}

void freeObjectForTesting(void* base) { freeObjectsForTesting(&base, 1); }

void freeObjectsForTesting(void* const* objects, size_t n) {
  std::vector<void*> sorted(objects, objects + n);
  std::sort(sorted.begin(), sorted.end());
  MCache* c = threadMCache;
  std::vector<uint32_t> indexes;
  for (size_t i = 0; i < sorted.size();) {
    MSpan* span = mheap().spanOf(sorted[i]);
    assert(span != nullptr);
    if (span->isLarge()) {
      assert(sorted[i] == reinterpret_cast<void*>(span->base));
      heapCounters.largeFree.fetch_add(span->elemsize, std::memory_order_relaxed);
      heapCounters.largeFreeCount.fetch_add(1, std::memory_order_relaxed);
      mheap().freeSpan(span);
      i++;
      continue;
    }
    // A span's objects are adjacent in address order: free them together.
    indexes.clear();
    for (; i < sorted.size() && reinterpret_cast<uintptr_t>(sorted[i]) < span->limit &&
           reinterpret_cast<uintptr_t>(sorted[i]) >= span->base;
         i++) {
      assert(findObjectBase(sorted[i]) == sorted[i]);
      if (c != nullptr && c->tiny == reinterpret_cast<uintptr_t>(sorted[i])) {
        c->dropTinyBlock();  // the block being filled is gone
      }
      indexes.push_back(span->objectIndex(reinterpret_cast<uintptr_t>(sorted[i])));
    }
    mheap().central(span->spanclass).freeObjects(span, indexes.data(), indexes.size());
  }
}

void releaseThreadCache() {
  MCache* c = threadMCache;
  if (c == nullptr) return;
  c->releaseAll();
  mheap().flushSpanSupply(c);
}

uint64_t releaseFreeMemory() { return scavenge(~uint64_t{0}); }

}  // namespace golem::rt
