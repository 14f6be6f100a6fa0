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
// Concurrency (mgc.h runs marking beside the mutators). Several markers run
// at once: the background mark worker, every mutator thread through the
// write barrier (mbarrier.h), stack scans and mark assists. Each thread has
// its own GCMarker (threadMarker()) with a private grey stack; a marker
// hands grey objects to the others through one global queue (flush, and
// drain's refill), under a mutex taken once per batch. Mark bits are set
// with an atomic or, so exactly one marker greys each object. Object words
// are read while mutators may write them: a word read stale is covered by
// the write barrier, which shades both the old and the new value.
//
// During a concurrent mark every free slot is pre-marked (gcmarkBits |=
// ~allocBits, and spans made during the mark all marked): an object
// allocated while marking is born black, and a stale word pointing at a free
// slot finds its bit set and marks nothing. Sweeping keeps allocBits &
// gcmarkBits. A span is pre-marked lazily, not in the pause that starts the
// mark: by the first marker that greys an object in it, or by the mcache that
// takes it to allocate from (ensurePremarked, under the span's premark lock;
// the allocBits are exact then, since no mcache holds the span). A span that
// neither happens to during the mark has no marked and no new object: the
// sweep frees all of it, rightly.
//
// Locks: the global queue's mutex (a leaf); the registry of thread markers
// has its own (a leaf).
#pragma once

#include <atomic>
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
  // markNothing: only record them (the checker's fresh look at the roots at
  // mark termination, which must not change any mark bit).
  explicit GCMarker(bool recordRoots = false, bool markNothing = false)
      : recordRoots_(recordRoots), markNothing_(markNothing) {}
  ~GCMarker();
  GCMarker(const GCMarker&) = delete;
  GCMarker& operator=(const GCMarker&) = delete;

  // Greys the object containing address p, if p points into one (a root).
  void markPointer(uintptr_t p) {
    if (recordRoots_) roots_.push_back(p);
    if (!markNothing_) greyObject(p);
  }
  // Every 8-byte-aligned word of [begin, end) as a candidate pointer. Not
  // instrumented by AddressSanitizer: a C++ thread stack holds its redzones.
  __attribute__((no_sanitize("address"))) void scanConservative(const void* begin, const void* end);
  // The words of [begin, begin + words) whose bit is set in `pointerMap`
  // (one bit per word, LSB first), as candidate pointers.
  void scanWithMap(const uint64_t* begin, size_t words, const uint8_t* pointerMap, size_t mapBytes);
  // Scans grey objects, its own and the global queue's, until none is left.
  void drain();
  // Scans grey objects until about `budgetBytes` bytes were scanned or none
  // is left (mark assists); returns the bytes scanned.
  uint64_t drainSome(uint64_t budgetBytes);
  // Hands this marker's grey objects to the global queue (so that other
  // markers can scan them) and publishes its counts.
  void flush();
  // When the global queue is empty and this marker holds more than a batch,
  // hands half of its grey objects there (Go's gcWork.balance), so that
  // assists find work while this marker keeps the rest.
  void balance();
  bool hasLocalWork() const { return !grey_.empty(); }
  size_t localWork() const { return grey_.size(); }
  // When set, check(value, object) sees every pointer word of every heap
  // object any marker scans, before it is marked through: the VM checks
  // that no heap object points into a goroutine stack (in debug and
  // sanitizer builds, and under GODEBUG=gcstress=1). nullptr turns it off.
  using HeapPointerCheck = void (*)(uintptr_t value, uintptr_t object);
  static void setHeapPointerCheck(HeapPointerCheck check) {
    heapPointerCheck_.store(check, std::memory_order_release);
  }

  uint64_t markedBytes() const { return markedBytes_; }
  uint64_t markedObjects() const { return markedObjects_; }
  uint64_t scannedBytes() const { return scannedBytes_; }
  const std::vector<uintptr_t>& roots() const { return roots_; }

 private:
  void greyObject(uintptr_t p);
  void scanObject(uintptr_t base, const MSpan* span);
  bool refillFromGlobal();
  void publishCounts();

  struct Grey {
    uintptr_t base;
    const MSpan* span;
  };
  std::vector<Grey> grey_;  // marked objects not scanned yet
  uint64_t markedBytes_ = 0;
  uint64_t markedObjects_ = 0;
  uint64_t scannedBytes_ = 0;
  uint64_t publishedMarked_ = 0;   // of markedBytes_, already in the global total
  uint64_t publishedScanned_ = 0;  // of scannedBytes_, likewise
  bool recordRoots_ = false;
  bool markNothing_ = false;
  std::vector<uintptr_t> roots_;
  static inline std::atomic<HeapPointerCheck> heapPointerCheck_{nullptr};
};

// Whether this build always checks heap pointer words (setHeapPointerCheck):
// debug and sanitizer builds, where GOLEM_DEBUG_CHECKS is defined.
#ifdef GOLEM_DEBUG_CHECKS
inline constexpr bool kCheckHeapPointers = true;
#else
inline constexpr bool kCheckHeapPointers = false;
#endif

// The mark cycle being pre-marked (0: none; set with the world stopped).
inline std::atomic<uint32_t> premarkCycle{0};
void ensurePremarkedSlow(MSpan* span, uint32_t cycle);
// Pre-marks span's free slots for the current mark cycle if it is not yet
// (see above). Call before greying in it or allocating from it.
void ensurePremarked(MSpan* span);

// Whether the object at `base` was marked this cycle (tests and assertions).
bool isMarked(const void* base);

// The calling thread's marker (made on first use, registered, flushed and
// freed when the thread exits): the write barrier's, stack scans' and
// assists' marker.
GCMarker& threadMarker();
// Flushes the calling thread's marker, if it has one.
void flushThreadMarker();
// Whether the global queue holds grey objects.
bool globalGreyQueueEmpty();
// Totals published by every marker since the last reset (flush publishes).
uint64_t markedBytesTotal();
uint64_t scannedBytesTotal();
void resetMarkTotals();
// Drops all queued grey objects, the calling thread's included (tests that
// shade objects outside a real cycle).
void discardMarkWorkForTesting();

}  // namespace golem::rt
