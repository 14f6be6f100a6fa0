// The allocator interface every allocation in golem goes through.
//
// mallocgc(size, type, needzero) returns `size` bytes for a value of `type`
// (or for an array of `type` when size is a multiple of type->size; nullptr
// type means pointer-free memory such as string bytes). The memory is zeroed
// when needzero is true. The type gives the GC the object's pointer layout.
//
// The implementation is Go's allocator (runtime/malloc.cpp explains the
// tiers: mcache → mcentral → mheap, the tiny allocator, large objects, and
// zeroing). The collector (mgc.h) frees unreachable objects;
// freeObjectForTesting frees one object directly, for the tests.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/mstats.h"
#include "runtime/type.h"

namespace golem::rt {

void* mallocgc(size_t size, const Type* type, bool needzero = true);

// Reads `type`'s gcmask ahead into the heap-bit words mallocgc's fast path
// takes (type.h); whoever builds a Type with pointers calls it once its
// gcmask and size are final (not calling it is correct, only slower). In
// mspan.cpp, with the heap bitmap.
void precomputeHeapBits(Type& type);

// Allocation statistics, the seed of runtime.MemStats: MemStats.Mallocs and
// MemStats.TotalAlloc (Go's rules: tiny objects count as mallocs but add no
// bytes beyond their 16-byte blocks).
struct AllocStats {
  uint64_t mallocs;
  uint64_t totalAlloc;
};
AllocStats allocStats();

// runtime.ReadMemStats' figures (see runtime/mstats.h for each field's source).
MemStats readMemStats();

// --- For the garbage collector -------------------------------------------

// The heap object containing address p: its base (the slot's start, whether
// or not the slot is currently allocated — as Go's findObject), its size (the
// size-class size, or the whole span for a large object) and whether it may
// hold pointers. Returns false, leaving *out alone, for addresses outside
// in-use heap spans (globals, stacks, C++ memory, freed spans, the tail of a
// span past its last object). Lock-free.
struct HeapObject {
  void* base;
  size_t size;
  bool noscan;
};
bool findHeapObject(const void* p, HeapObject* out);
// findHeapObject's base, or nullptr for a non-heap address.
void* findObjectBase(const void* p);
// Whether the 8-byte word at `addr` (inside a heap object) holds a pointer
// according to the type given to mallocgc: the span's heap bitmap for small
// objects, the recorded type (repeated as an array) for large ones.
bool heapWordIsPointer(const void* addr);
// Whether the slot holding `base` is allocated (not free in its span).
bool isHeapObjectAllocated(const void* base);

// Frees the object at `base` (as returned by mallocgc) back to its span: the
// sweeper's primitive, used by tests until the GC exists. Tiny objects share
// 16-byte blocks and cannot be freed one by one (pass the block, or don't).
void freeObjectForTesting(void* base);
// Frees n objects as freeObjectForTesting does, each span's under one hold
// of its mcentral's lock (as the sweeper frees a span's dead objects).
void freeObjectsForTesting(void* const* objects, size_t n);
// Hands the calling thread's cached spans back to their mcentrals (as thread
// exit and each GC cycle do), so deferred frees take effect, and its cached
// pages back to the page allocator, so freed pages are found first again.
void releaseThreadCache();
// Returns all free heap memory to the OS now (debug.FreeOSMemory minus the
// GC); the bytes released.
uint64_t releaseFreeMemory();

}  // namespace golem::rt
