// Placeholder allocator behind runtime/malloc.h, until the real heap lands.
//
// Every object comes from calloc (glibc returns 16-byte aligned blocks on
// amd64, as Go's allocator aligns objects of 16 B and more; other allocators
// fall back to aligned_alloc) and is never
// freed: with no collector yet, objects live until the process exits. The
// type descriptor is accepted but unused, since nothing scans the heap.
//
// Statistics are kept as Go keeps them, so that runtime.MemStats-like output
// is plausible before the real heap exists: a zero-byte request returns the
// address of one shared zero-size object (Go's zerobase) and is not counted;
// any other request counts one malloc and roundupsize(size) bytes, the size
// Go's allocator would really hand out. Counters are relaxed atomics: they are
// statistics, read without ordering against the allocations themselves.
//
// Out of memory is fatal, as in Go: "fatal error: runtime: out of memory" on
// stderr and exit status 2.
#include "runtime/malloc.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "runtime/output.h"
#include "runtime/sizeclasses.h"

namespace golem::rt {
namespace {

constexpr size_t kObjectAlign = 16;

std::atomic<uint64_t> mallocCount{0};
std::atomic<uint64_t> bytesAllocated{0};

// The address of every zero-size allocation (Go's runtime.zerobase).
alignas(16) uint64_t zerobase;

[[noreturn]] void fatalOutOfMemory() {
  constexpr std::string_view message = "fatal error: runtime: out of memory\n";
  writeStderr(message.data(), message.size());
  std::exit(2);
}

}  // namespace

void* mallocgc(size_t size, const Type* type, bool needzero) {
  (void)type;
  (void)needzero;  // calloc always zeroes
  if (size == 0) return &zerobase;
  void* p = std::calloc(1, size);
  if (p != nullptr && reinterpret_cast<uintptr_t>(p) % kObjectAlign != 0) {
    // Only seen with allocators other than glibc's (some sanitizers).
    std::free(p);
    size_t rounded = (size + kObjectAlign - 1) & ~(kObjectAlign - 1);
    p = std::aligned_alloc(kObjectAlign, rounded);
    if (p != nullptr) std::memset(p, 0, rounded);
  }
  if (p == nullptr) fatalOutOfMemory();
  mallocCount.fetch_add(1, std::memory_order_relaxed);
  bytesAllocated.fetch_add(roundupsize(size), std::memory_order_relaxed);
  return p;
}

AllocStats allocStats() {
  return AllocStats{mallocCount.load(std::memory_order_relaxed),
                    bytesAllocated.load(std::memory_order_relaxed)};
}

}  // namespace golem::rt
