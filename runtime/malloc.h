// The allocator interface every allocation in golem goes through.
//
// mallocgc(size, type, needzero) returns `size` bytes for a value of `type`
// (or for an array of `type` when size is a multiple of type->size; nullptr
// type means pointer-free memory such as string bytes). The memory is zeroed
// when needzero is true. The type gives the GC the object's pointer layout.
//
// Until the heap issue lands this is a placeholder over calloc that never
// frees: objects live until the process exits (see runtime/malloc.cpp).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.h"

namespace golem::rt {

void* mallocgc(size_t size, const Type* type, bool needzero = true);

// Allocation statistics, the seed of runtime.MemStats.
struct AllocStats {
  uint64_t mallocs;
  uint64_t totalAlloc;
};
AllocStats allocStats();

}  // namespace golem::rt
