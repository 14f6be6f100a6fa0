// The sweep phase: turning mark bits into alloc bits (Go's mgcsweep.go).
//
// With the world stopped and every mcache flushed, each in-use span is swept
// once: a small span's unmarked slots become free (MCentral::sweepSpan), a
// large span whose one object is unmarked goes back to the page heap. Freed
// memory is not cleared here; the span's needzero flag makes the allocator
// clear a slot when it is handed out again.
//
// Go sweeps lazily and concurrently (spans swept on demand at mcache refill
// and by a background sweeper, tracked by sweepgen). golem's collector sweeps
// every span inside the stop-the-world pause for now; the cost is one pass
// over the span list and the mark bitmaps, not over the objects.
#pragma once

#include <cstdint>

namespace golem::rt {

struct SweepResult {
  uint64_t freedObjects = 0;
  uint64_t freedBytes = 0;
};

// Sweeps every in-use span. The world must be stopped and no span cached.
// `poison`: overwrite every freed object (gcstress).
SweepResult sweepAllSpans(bool poison);

// The byte freed objects are filled with under gcstress.
inline constexpr int kPoisonByte = 0xa5;

}  // namespace golem::rt
