// Counters with one writer at a time and lock-free readers.
//
// A counter written only by its owning thread, or only under the lock that
// guards it, but read without that lock (MemStats, the scavenger's goal)
// must be an atomic for the readers' sake; its writers need no locked
// read-modify-write, which costs some 20 cycles on x86, because no other
// writer can race them. addSingleWriter is a relaxed load and store.
#pragma once

#include <atomic>

namespace golem::rt {

template <typename T, typename Delta>
inline void addSingleWriter(std::atomic<T>& counter, Delta delta) {
  counter.store(counter.load(std::memory_order_relaxed) + static_cast<T>(delta), std::memory_order_relaxed);
}

}  // namespace golem::rt
