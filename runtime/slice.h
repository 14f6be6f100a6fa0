// Slice growth and creation: the runtime half of append and make([]T, ...).
//
// Growth rule (Go 1.19's growslice). Appending to a slice whose capacity is
// too small asks for a new capacity from oldCap and the length needed:
//   * if needed > 2*oldCap, take needed;
//   * else if oldCap < 256, double;
//   * else grow by (newcap + 3*256)/4 repeatedly until it covers needed, a
//     smooth move from 2x growth for small slices to 1.25x for large ones
//     (an overflow of that loop falls back to needed);
// then round the byte size up to what the allocator really hands out
// (roundupsize: a size class, or whole pages above 32 KiB) and keep every
// element that fits: []int grows 256 -> 512 -> 848, []byte 512 -> 896.
// Elements of size zero need no memory: the new slice points at the shared
// zero-size object and its capacity is exactly the length needed.
//
// Errors are returned, never raised: the interpreter turns them into Go's
// runtime-error panics with the texts of runtime/error.h (growslice: cap out
// of range; makeslice: len out of range / cap out of range). As in Go, a
// make whose len is bad reports len even when cap is bad too.
//
// Allocation limit: maxAlloc is 2^48 bytes, the amd64 address space Go's
// heap can use; larger requests are out of range rather than out of memory.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace golem::rt {

inline constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

enum class SliceError : uint8_t {
  None,
  GrowCapOutOfRange,  // growslice: cap out of range
  MakeLenOutOfRange,  // makeslice: len out of range
  MakeCapOutOfRange,  // makeslice: cap out of range
};

// The capacity growslice gives a slice of elemSize-byte elements with
// capacity oldCap that must hold neededLen elements (neededLen > oldCap), or
// -1 when that is out of range (neededLen < oldCap, or too many bytes).
int64_t growslice_newcap(int64_t oldCap, int64_t neededLen, uint64_t elemSize);

// append's slow path: a new backing array for at least neededLen elements of
// type elem, holding a copy of old's elements; the result has old.len
// elements (the caller stores the appended ones and sets the length) and
// the capacity of growslice_newcap. Memory past old.len is zeroed. On error
// `grown` is left untouched.
SliceError growslice(const Type* elem, Slice old, int64_t neededLen, Slice& grown);

// The checks of make([]T, len, cap) for elements of elemSize bytes.
SliceError checkMakeslice(uint64_t elemSize, int64_t len, int64_t cap);

// make([]T, len, cap): zeroed elements. On error `made` is left untouched.
SliceError makeslice(const Type* elem, int64_t len, int64_t cap, Slice& made);

}  // namespace golem::rt
