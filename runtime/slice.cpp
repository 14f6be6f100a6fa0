// Slice growth and creation (see slice.h for the growth rule and errors).
//
// Byte counts are computed in unsigned 128-bit arithmetic where a product of
// an element count and an element size could overflow 64 bits, so that an
// absurd request is reported as out of range, never wrapped into a small one.
//
// growslice copies the old elements into a new array, which is black while
// the collector marks (mbarrier.h): an element type with pointers is copied
// with the write barrier, so that what it references is shaded too.
#include "runtime/slice.h"

#include <cassert>
#include <cstring>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/sizeclasses.h"

namespace golem::rt {
namespace {

constexpr int64_t kGrowthThreshold = 256;  // below: double; above: ~1.25x

// elemSize * count as a byte count, or nothing if it exceeds kMaxAlloc.
bool bytesFor(uint64_t elemSize, uint64_t count, uint64_t& bytes) {
  unsigned __int128 product = static_cast<unsigned __int128>(elemSize) * count;
  if (product > kMaxAlloc) return false;
  bytes = static_cast<uint64_t>(product);
  return true;
}

// a + b with Go's two's-complement wraparound (signed overflow is undefined
// in C++, and the growth loop relies on seeing it).
int64_t wrappingAdd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

// Go's growth rule before rounding to the allocator's sizes.
int64_t grownCapacity(int64_t oldCap, int64_t neededLen) {
  int64_t newcap = oldCap;
  int64_t doublecap = wrappingAdd(newcap, newcap);
  if (neededLen > doublecap) return neededLen;
  if (oldCap < kGrowthThreshold) return doublecap;
  // 0 < newcap detects overflow of the loop (and so prevents an endless one).
  while (0 < newcap && newcap < neededLen) {
    newcap = wrappingAdd(newcap, wrappingAdd(newcap, 3 * kGrowthThreshold) / 4);
  }
  return newcap <= 0 ? neededLen : newcap;
}

}  // namespace

int64_t growslice_newcap(int64_t oldCap, int64_t neededLen, uint64_t elemSize) {
  if (neededLen < oldCap) return -1;
  if (elemSize == 0) return neededLen;
  int64_t newcap = grownCapacity(oldCap, neededLen);
  uint64_t capBytes = 0;
  if (newcap < 0 || !bytesFor(elemSize, static_cast<uint64_t>(newcap), capBytes)) return -1;
  uint64_t allocatedBytes = roundupsize(capBytes);
  if (allocatedBytes > kMaxAlloc) return -1;
  return static_cast<int64_t>(allocatedBytes / elemSize);
}

SliceError growslice(const Type* elem, Slice old, int64_t neededLen, Slice& grown) {
  assert(elem != nullptr);
  int64_t newcap = growslice_newcap(old.cap, neededLen, elem->size);
  if (newcap < 0) return SliceError::GrowCapOutOfRange;
  if (elem->size == 0) {
    // Zero-size elements need no memory; the pointer must still be non-nil.
    grown = Slice{mallocgc(0, elem, false), old.len, newcap};
    return SliceError::None;
  }
  uint64_t capBytes = static_cast<uint64_t>(newcap) * elem->size;
  uint64_t oldBytes = static_cast<uint64_t>(old.len) * elem->size;
  auto* p = static_cast<uint8_t*>(mallocgc(capBytes, elem, /*needzero=*/elem->hasPointers()));
  if (elem->hasPointers()) {
    if (oldBytes > 0) memmoveWithBarrier(p, old.data, oldBytes);
  } else {
    if (oldBytes > 0) std::memcpy(p, old.data, oldBytes);
    std::memset(p + oldBytes, 0, capBytes - oldBytes);
  }
  grown = Slice{p, old.len, newcap};
  return SliceError::None;
}

SliceError checkMakeslice(uint64_t elemSize, int64_t len, int64_t cap) {
  uint64_t bytes = 0;
  // A len that is negative or too big is reported as such even when cap is
  // also bad: for make([]T, n) the cap is only implicit (Go issue 4085).
  if (len < 0 || !bytesFor(elemSize, static_cast<uint64_t>(len), bytes)) {
    return SliceError::MakeLenOutOfRange;
  }
  if (cap < len || !bytesFor(elemSize, static_cast<uint64_t>(cap), bytes)) {
    return SliceError::MakeCapOutOfRange;
  }
  return SliceError::None;
}

SliceError makeslice(const Type* elem, int64_t len, int64_t cap, Slice& made) {
  assert(elem != nullptr);
  SliceError error = checkMakeslice(elem->size, len, cap);
  if (error != SliceError::None) return error;
  void* p = mallocgc(static_cast<size_t>(elem->size * static_cast<uint64_t>(cap)), elem, true);
  made = Slice{p, len, cap};
  return SliceError::None;
}

}  // namespace golem::rt
