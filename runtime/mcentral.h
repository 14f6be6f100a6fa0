// mcentral: the spans of one span class shared by all mcaches (Go's mcentral).
//
// Each of the 136 span classes (67 size classes × {scan, noscan}, plus the
// unused class 0) has one mcentral holding its in-use spans that no mcache
// owns, in two sets:
//   partial  spans with at least one free slot;
//   full     spans with none.
// An mcache that runs out of objects of a class trades its span in
// (exchangeSpan, one hold of the lock): the spent span goes to `full`, or to
// `partial` if frees arrived meanwhile, and the mcache takes a partial span,
// else the spent one if it came back empty, else a fresh span from the heap.
//
// Sweep generations (mgcsweep.h). As in Go 1.19, each set is split into a
// swept and an unswept half, chosen by a span's sweepgen: half (sweepgen/2)%2.
// When a sweep cycle starts (heap sweepgen += 2) the swept halves become the
// unswept ones without moving a span. The sets only ever shrink during a
// cycle: a span leaves its unswept half when it is swept and goes to a swept
// half (or back to the heap). exchangeSpan takes a swept partial span if there
// is one, else sweeps unswept spans (partial, then full) until one has a free
// slot, at most kSweepBudget of them, else grows: no mcache ever gets an
// unswept span, and a span cached in a cycle was swept in it. A span this
// sweep empties is taken as it is, as Go's cacheSpan sweeps with preserve
// (the background sweeper and frees send empty spans back to the heap).
// The background sweeper takes unswept spans one at a time (sweepOneSpan). Unlike Go's
// lock-free spanSets, the sets are intrusive doubly linked lists under a
// mutex; it is per class, so threads allocating different classes do not
// contend, and it is taken only on the refill slow path and by sweepers.
//
// Large spans (classes 0 and 1) are in no mcentral set; the sweeper keeps
// them in its own queue (mgcsweep.cpp).
//
// Freeing (freeObject, used by tests): with the span not cached, the slot's
// alloc bit is cleared at once (the span swept first if it was not), a full
// span moves to partial, and an empty span goes back to the heap (so the
// scavenger can release its pages). With the span cached by an mcache, whose
// thread reads its bits without locks, the free is recorded in
// span->pendingFreeBits and applied when the span is uncached.
//
// Locking: `lock` guards the four lists and, for every span of this class,
// the `cached`, `inFullList` and pending-free fields; a span of this class
// is claimed and swept under it (its sweepgen picks its list). It is taken
// before the heap lock, never after, and never with another mcentral's lock.
// The heap's sweepgen, read under it, does not move while a thread is inside
// an mcentral (mgcsweep.h).
#pragma once

#include <cstdint>
#include <mutex>

#include "runtime/lock_futex.h"
#include "runtime/mspan.h"

namespace golem::rt {

struct MCache;

class MCentral {
 public:
  void init(SpanClass spc) { spanclass_ = spc; }

  // An mcache's refill, under one hold of the lock: takes back `spent` (its
  // exhausted span, or &emptySpan) and returns a span with at least one free
  // object, now owned by mcache c: a partial one, else a fresh one from the
  // heap (cut from c's page cache).
  MSpan* exchangeSpan(MCache* c, MSpan* spent);
  // Takes back a span from an mcache (which must not touch it afterwards).
  void uncacheSpan(MSpan* span);
  // Frees the objects in slots indexes[0..n) of `span` (a small span of this
  // class) under one hold of the lock, as the sweeper frees a span's dead
  // objects at once.
  void freeObjects(MSpan* span, const uint32_t* indexes, size_t n);

  // The sweeper's step: sweeps one unswept span of this class, if any (the
  // caller is a registered sweeper and sg the heap's sweepgen); the span
  // moves to the swept list its new count calls for, or back to the heap,
  // which `pagesFreed` tells (its pages, or 0).
  bool sweepOneSpan(uint32_t sg, uintptr_t* pagesFreed);
  // Test hooks (take the lock): spans in the partial and full sets, swept or not.
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
  // Puts an uncached, swept span with no pending frees in the right list,
  // or returns true when it is empty and must go back to the heap.
  bool placeSpan(MSpan* span);
  // uncacheSpan's work under the lock; true when the span came back empty
  // (in no list: the caller frees or reuses it).
  bool uncacheLocked(MSpan* span);
  // A swept span with a free slot from the partial lists, sweeping unswept
  // spans for one within a budget (a span swept empty included); nullptr if
  // none. Lock held.
  MSpan* takePartialSpan();
  // The list holding `span` (in a list), picked by its sweepgen.
  SpanList& listOf(const MSpan* span);
  SpanList& partialSwept(uint32_t sg) { return partial_[sg / 2 % 2]; }
  SpanList& partialUnswept(uint32_t sg) { return partial_[(sg / 2 + 1) % 2]; }
  SpanList& fullUnswept(uint32_t sg) { return full_[(sg / 2 + 1) % 2]; }
  // Sweeps a span of this class that the caller took out of its unswept
  // list (lock held); its sweepgen is then sg.
  void sweepTakenSpan(MSpan* span, uint32_t sg);

  RuntimeMutex lock_;
  SpanClass spanclass_ = 0;
  SpanList partial_[2];
  SpanList full_[2];
};

}  // namespace golem::rt
