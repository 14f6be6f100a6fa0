// RuntimeMutex's contended paths (see lock_futex.h).
#include "runtime/lock_futex.h"

#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <thread>

namespace golem::rt {
namespace {

// Go's active_spin × active_spin_cnt, and passive_spin.
constexpr int kSpinPauses = 4 * 30;
constexpr int kPassiveSpins = 1;

// Spinning helps only when the holder runs on another CPU.
const bool kMultiprocessor = std::thread::hardware_concurrency() > 1;

long futex(std::atomic<uint32_t>* word, int op, uint32_t value) {
  static_assert(sizeof(std::atomic<uint32_t>) == sizeof(uint32_t));
  return syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), op, value, nullptr, nullptr, 0);
}

}  // namespace

bool RuntimeMutex::tryWhileUnlocked(uint32_t as) {
  while (key_.load(std::memory_order_relaxed) == kUnlocked) {
    uint32_t unlocked = kUnlocked;
    if (key_.compare_exchange_weak(unlocked, as, std::memory_order_acquire,
                                   std::memory_order_relaxed))
      return true;
  }
  return false;
}

void RuntimeMutex::lockSlow() {
  // Mark the word taken; what it held says whether sleepers may be waiting,
  // and then this thread must keep the 2 so that its unlock wakes one.
  uint32_t was = key_.exchange(kLocked, std::memory_order_acquire);
  if (was == kUnlocked) return;
  uint32_t as = was;
  for (;;) {
    for (int spin = 0; kMultiprocessor && spin < kSpinPauses; spin++) {
      if (tryWhileUnlocked(as)) return;
      __builtin_ia32_pause();
    }
    for (int spin = 0; spin < kPassiveSpins; spin++) {
      if (tryWhileUnlocked(as)) return;
      sched_yield();
    }
    if (key_.exchange(kSleeping, std::memory_order_acquire) == kUnlocked) return;
    as = kSleeping;
    futex(&key_, FUTEX_WAIT_PRIVATE, kSleeping);
  }
}

void RuntimeMutex::wakeOne() { futex(&key_, FUTEX_WAKE_PRIVATE, 1); }

}  // namespace golem::rt
