// Sweeping every span with the world stopped (see mgcsweep.h).
#include "runtime/mgcsweep.h"

#include <cstring>
#include <vector>

#include "runtime/mheap.h"
#include "runtime/mstats.h"

namespace golem::rt {

SweepResult sweepAllSpans(bool poison) {
  SweepResult result;
  std::vector<MSpan*> spans;
  mheap().snapshotInUseSpans(spans);
  for (MSpan* span : spans) {
    if (span->isLarge()) {
      bool marked = (span->gcmarkBits[0] & 1) != 0;
      span->gcmarkBits[0] = 0;
      if (marked) continue;
      result.freedObjects++;
      result.freedBytes += span->elemsize;
      if (poison) std::memset(reinterpret_cast<void*>(span->base), kPoisonByte, span->elemsize);
      heapCounters.largeFree.fetch_add(span->elemsize, std::memory_order_relaxed);
      heapCounters.largeFreeCount.fetch_add(1, std::memory_order_relaxed);
      mheap().freeSpan(span);
      continue;
    }
    uint8_t sizeClass = spanClassSizeClass(span->spanclass);
    uint64_t elemsize = span->elemsize;
    uint32_t freed = mheap().central(span->spanclass).sweepSpan(span, poison ? kPoisonByte : -1);
    // `span` may be back in the page heap now: use only the copies above.
    if (freed != 0) heapCounters.smallFreeCount[sizeClass].fetch_add(freed, std::memory_order_relaxed);
    result.freedObjects += freed;
    result.freedBytes += uint64_t{freed} * elemsize;
  }
  return result;
}

}  // namespace golem::rt
