// The write barrier's slow paths (see mbarrier.h).
#include "runtime/mbarrier.h"

#include "runtime/mgcmark.h"

namespace golem::rt {
namespace {

// Grey objects a thread keeps before handing them to the other markers.
constexpr size_t kShadeFlushThreshold = 256;

inline void shadeWord(GCMarker& marker, uint64_t word) {
  // Small integers and nil are the common non-pointers; no lookup for them.
  if (word < 4096) return;
  marker.markPointer(word);
}

}  // namespace

void shade(uintptr_t p) {
  GCMarker& marker = threadMarker();
  shadeWord(marker, p);
  if (marker.localWork() >= kShadeFlushThreshold) marker.flush();
}

void writeBarrierWordSlow(const void* slot, uint64_t newValue) {
  GCMarker& marker = threadMarker();
  if ((reinterpret_cast<uintptr_t>(slot) & 7) == 0)
    shadeWord(marker, __atomic_load_n(static_cast<const uint64_t*>(slot), __ATOMIC_RELAXED));
  shadeWord(marker, newValue);
  if (marker.localWork() >= kShadeFlushThreshold) marker.flush();
}

void writeBarrierCopySlow(const void* dst, const void* src, size_t bytes) {
  uintptr_t d = reinterpret_cast<uintptr_t>(dst), s = reinterpret_cast<uintptr_t>(src);
  if ((d & 7) != 0 || (s & 7) != 0) return;  // misaligned data holds no pointers
  GCMarker& marker = threadMarker();
  const auto* old = static_cast<const uint64_t*>(dst);
  const auto* fresh = static_cast<const uint64_t*>(src);
  for (size_t i = 0; i < bytes / 8; i++) {
    if (old != nullptr) shadeWord(marker, __atomic_load_n(&old[i], __ATOMIC_RELAXED));
    if (fresh != nullptr) shadeWord(marker, __atomic_load_n(&fresh[i], __ATOMIC_RELAXED));
  }
  if (marker.localWork() >= kShadeFlushThreshold) marker.flush();
}

}  // namespace golem::rt
