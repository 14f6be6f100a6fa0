// mcentral: the spans of one span class shared by all mcaches (Go's mcentral).
//
// Each of the 136 span classes (67 size classes × {scan, noscan}, plus the
// unused class 0) has one mcentral holding its in-use spans that no mcache
// owns, in two sets:
//   partial  spans with at least one free slot;
//   full     spans with none.
// An mcache that runs out of objects of a class hands its span back
// (uncacheSpan: to `full`, or to `partial` if frees arrived meanwhile) and
// takes another (cacheSpan: from `partial`, else a fresh span from the heap).
//
// Go 1.19 splits each set again into swept and unswept halves whose roles
// flip every GC cycle (sweepgen += 2), and makes them lock-free spanSets.
// golem has no collector yet, so nothing is ever unswept: the sets are
// intrusive doubly linked lists under a mutex, and the GC issue will add the
// sweep generations. The mutex is per class, so threads allocating different
// classes do not contend, and it is taken only on the refill slow path.
//
// Freeing (freeObject, used by tests now and by the sweeper later): with the
// span not cached, the slot's alloc bit is cleared at once, a full span moves
// to partial, and an empty span goes back to the heap (so the scavenger can
// release its pages). With the span cached by an mcache, whose thread reads
// its bits without locks, the free is recorded in span->pendingFreeBits and
// applied when the span is uncached.
//
// Locking: `lock` guards both lists and, for every span of this class, the
// `cached`, `inFullList` and pending-free fields. It is taken before the heap
// lock, never after.
#pragma once

#include <cstdint>
#include <mutex>

#include "runtime/mspan.h"

namespace golem::rt {

class MCentral {
 public:
  void init(SpanClass spc) { spanclass_ = spc; }

  // A span with at least one free object, now owned by the calling mcache.
  MSpan* cacheSpan();
  // Takes back a span from an mcache (which must not touch it afterwards).
  void uncacheSpan(MSpan* span);
  // Frees the object in slot `index` of `span` (a small span of this class).
  void freeObject(MSpan* span, uint32_t index);

  // The sweeper's step for one uncached span of this class (world stopped):
  // its mark bits become its alloc bits, and it moves to the list its new
  // count calls for, or back to the heap when empty. Returns the objects
  // freed; fills them with `poison` when it is a byte value (gcstress).
  uint32_t sweepSpan(MSpan* span, int poison);
  // Test hooks (take the lock).
  size_t partialCount();
  size_t fullCount();

 private:
  struct SpanList {
    MSpan* first = nullptr;
    size_t count = 0;
    void push(MSpan* span);
    void remove(MSpan* span);
    MSpan* pop();
  };
  // Puts an uncached span with no pending frees in the right list, or
  // returns true when it is empty and must go back to the heap.
  bool placeSpan(MSpan* span);

  std::mutex lock_;
  SpanClass spanclass_ = 0;
  SpanList partial_;
  SpanList full_;
};

}  // namespace golem::rt
