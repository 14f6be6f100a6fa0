// The mark phase of the collector: greying roots and draining the grey set
// (Go's mgcmark.go, as a tri-color marking).
//
// Colors. An object is white until marked, grey when marked and queued on
// the work list, black once its words have been scanned. The mark bit lives
// in its span: gcmarkBits has one bit per slot of a small span; a large span
// (one object) uses bit 0. Marking is idempotent: only the caller that flips
// a bit from 0 to 1 queues the object, so each object is scanned once.
//
// What is a pointer. Heap objects are scanned precisely, with the pointer
// layout recorded at allocation (the span's heap bitmap for small objects,
// the recorded type for large ones; mspan.h). Root areas are scanned either
// precisely, through a pointer map given by the caller, or conservatively
// (every aligned word). Either way a candidate is marked only if it points
// into an in-use span, inside an object slot that is allocated: an interior
// pointer marks the object containing it (findHeapObject), and a word that
// merely looks like a pointer (a stale scalar, a pointer into a free slot, to
// a global or to C++ memory) marks nothing it should not. So an imprecise
// root can keep garbage alive, but never corrupts the heap.
//
// Locks: none. The marker runs with the world stopped, on one thread; the
// heap's spans do not change under it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace golem::rt {

struct MSpan;

class GCMarker {
 public:
  // recordRoots (GODEBUG=gccheckmark=1): every candidate root word given to
  // markPointer, scanConservative and scanWithMap is also kept in roots(),
  // for the checker to mark again from (mgccheckmark.h).
  explicit GCMarker(bool recordRoots = false) : recordRoots_(recordRoots) {}

  // Greys the object containing address p, if p points into one (a root).
  void markPointer(uintptr_t p) {
    if (recordRoots_) roots_.push_back(p);
    greyObject(p);
  }
  // Every 8-byte-aligned word of [begin, end) as a candidate pointer. Not
  // instrumented by AddressSanitizer: a C++ thread stack holds its redzones.
  __attribute__((no_sanitize("address"))) void scanConservative(const void* begin, const void* end);
  // The words of [begin, begin + words) whose bit is set in `pointerMap`
  // (one bit per word, LSB first), as candidate pointers.
  void scanWithMap(const uint64_t* begin, size_t words, const uint8_t* pointerMap, size_t mapBytes);
  // Scans grey objects until none is left.
  void drain();
  // When set, check(value, object) sees every pointer word of every heap
  // object scanned, before it is marked through: the VM checks that no heap
  // object points into a goroutine stack (in debug and sanitizer builds, and
  // under GODEBUG=gcstress=1).
  using HeapPointerCheck = void (*)(uintptr_t value, uintptr_t object);
  void setHeapPointerCheck(HeapPointerCheck check) { heapPointerCheck_ = check; }

  uint64_t markedBytes() const { return markedBytes_; }
  uint64_t markedObjects() const { return markedObjects_; }
  uint64_t scannedBytes() const { return scannedBytes_; }
  const std::vector<uintptr_t>& roots() const { return roots_; }

 private:
  void greyObject(uintptr_t p);
  void scanObject(uintptr_t base, const MSpan* span);

  struct Grey {
    uintptr_t base;
    const MSpan* span;
  };
  std::vector<Grey> grey_;  // marked objects not scanned yet
  uint64_t markedBytes_ = 0;
  uint64_t markedObjects_ = 0;
  uint64_t scannedBytes_ = 0;
  bool recordRoots_ = false;
  std::vector<uintptr_t> roots_;
  HeapPointerCheck heapPointerCheck_ = nullptr;
};

// Whether this build always checks heap pointer words (setHeapPointerCheck):
// debug and sanitizer builds, where GOLEM_DEBUG_CHECKS is defined.
#ifdef GOLEM_DEBUG_CHECKS
inline constexpr bool kCheckHeapPointers = true;
#else
inline constexpr bool kCheckHeapPointers = false;
#endif

// Whether the object at `base` was marked this cycle (tests and assertions).
bool isMarked(const void* base);

}  // namespace golem::rt
