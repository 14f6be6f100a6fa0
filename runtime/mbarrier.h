// The write barrier: Go's hybrid barrier (mbarrier.go) for golem's stores.
//
// While the collector marks concurrently (mgc.h), every store of a word into
// heap memory or a global first shades both the word it overwrites and the
// word it writes:
//
//     writePointer(slot, ptr):
//         shade(*slot)   // Yuasa deletion barrier: what the heap loses stays
//         shade(ptr)     // Dijkstra insertion barrier: what a not yet scanned
//         *slot = ptr    //   stack hands to the heap is seen
//
// With both halves, a goroutine's stack needs no barrier and is scanned once,
// at a safe point, never again (Go's proposal 17503). Objects allocated
// while marking are black (mgc.h), so shading their initial contents is the
// insertion barrier's job too: C++ code that fills a fresh object with
// pointers it copies (growslice, map evacuation, interface boxes) must use
// the copying forms below.
//
// golem's barrier is conservative about types: it shades every aligned
// 8-byte word that is stored or copied, pointer or not. shade() ignores words
// that do not point into an allocated heap object, so a scalar that happens
// to look like a heap address only keeps that object alive for one cycle.
// The interpreter therefore needs no pointer maps for its stores, and a store
// narrower than 8 bytes (never a pointer) has no barrier at all.
//
// Cost: off the mark phase, one relaxed load and a predicted branch per
// store. During the mark phase, a lookup in the page→span table per word.
//
// Shading greys an object on the calling thread's gcWork (mgcwork.h), which
// is flushed to the global queue at safe points and when it fills up.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "runtime/type.h"

namespace golem::rt {

// True from the start of the mark phase to mark termination (both with the
// world stopped). Read on every store.
inline std::atomic<bool> writeBarrierEnabled{false};
inline bool writeBarrierOn() { return writeBarrierEnabled.load(std::memory_order_relaxed); }

// Greys the heap object containing p, if p points into an allocated one
// (anything else is ignored). Only meaningful while marking.
void shade(uintptr_t p);

// Out-of-line halves of the barriers below (barrier on).
void writeBarrierWordSlow(const void* slot, uint64_t newValue);
void writeBarrierCopySlow(const void* dst, const void* src, size_t bytes);

// Before overwriting the 8-byte word at `slot` with `newValue`.
inline void writeBarrierWord(const void* slot, uint64_t newValue) {
  if (__builtin_expect(writeBarrierOn(), 0)) writeBarrierWordSlow(slot, newValue);
}

// Before copying `bytes` bytes from src to dst (src == nullptr: before
// clearing dst; dst == nullptr: before filling an object just allocated
// without clearing, whose old bytes mean nothing): shades every 8-aligned
// word of dst's old contents and of src. Misaligned ranges hold no pointers
// and are skipped.
inline void writeBarrierCopy(const void* dst, const void* src, size_t bytes) {
  if (__builtin_expect(writeBarrierOn(), 0)) writeBarrierCopySlow(dst, src, bytes);
}

// Copies `bytes` bytes of values of type t (Go's typedmemmove): with the
// barrier when t may hold pointers, a plain memmove otherwise. Inline: it
// is on the channel and map paths.
inline void typedMemmove(const Type* t, void* dst, const void* src, size_t bytes) {
  if (t->hasPointers()) writeBarrierCopy(dst, src, bytes);
  std::memmove(dst, src, bytes);
}
// Clears `bytes` bytes of values of type t, likewise (memclrHasPointers).
inline void typedMemclr(const Type* t, void* dst, size_t bytes) {
  if (t->hasPointers()) writeBarrierCopy(dst, nullptr, bytes);
  std::memset(dst, 0, bytes);
}

// A pointer-sized store with its barrier.
inline void writeWordWithBarrier(void* slot, uint64_t value) {
  writeBarrierWord(slot, value);
  std::memcpy(slot, &value, 8);
}
// memmove with the barrier (Go's typedmemmove, for any type).
inline void memmoveWithBarrier(void* dst, const void* src, size_t bytes) {
  writeBarrierCopy(dst, src, bytes);
  std::memmove(dst, src, bytes);
}
// memset(dst, 0, bytes) with the barrier (Go's memclrHasPointers).
inline void memclrWithBarrier(void* dst, size_t bytes) {
  writeBarrierCopy(dst, nullptr, bytes);
  std::memset(dst, 0, bytes);
}

}  // namespace golem::rt
