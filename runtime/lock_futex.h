// RuntimeMutex: the lock of the allocator's short critical sections (Go's
// lock_futex.go, with its spinning).
//
// The heap lock and the mcentral locks are held for a few hundred
// nanoseconds at a time, by whichever P is refilling its mcache. A pthread
// mutex puts a thread that finds it taken to sleep at once, so two Ps
// refilling together pay a futex wait and a wake: system calls and a
// reschedule, microseconds, for a lock that would have been free a few
// hundred cycles later. This mutex spins first, as Go's runtime lock does:
//   1. active spinning: up to kSpinPauses (Go's 4 rounds of 30) PAUSE
//      instructions, looking at the word after each one and retrying when it
//      reads unlocked (only when another CPU could be releasing it: never on
//      a single CPU). Go looks only after each round of 30; looking after
//      every PAUSE hands the lock over sooner and spins less: on 2 CPUs,
//      where golem's mark worker is a thread outside the Ps, the rounds took
//      enough CPU from it to raise goroutine_alloc's peak RSS by ~0.5 MB;
//   2. passive spinning: kPassiveSpins sched_yield calls, retrying likewise;
//   3. sleeping in FUTEX_WAIT until an unlock wakes it, then from step 1.
//
// The word: 0 unlocked, 1 locked, 2 locked and a thread may be asleep on it.
// A thread that has slept (or displaced a 2) takes the lock as 2, so its
// unlock wakes the next sleeper; a sleeper sleeps only if the word is still
// 2 when the kernel looks, so no wake-up is lost. An uncontended lock and
// unlock are one compare-and-swap and one exchange.
//
// Meets BasicLockable and Lockable: used with std::lock_guard and
// std::unique_lock. Not recursive; no condition variable waits on it.
#pragma once

#include <atomic>
#include <cstdint>

namespace golem::rt {

class RuntimeMutex {
 public:
  void lock() {
    uint32_t unlocked = kUnlocked;
    if (!key_.compare_exchange_strong(unlocked, kLocked, std::memory_order_acquire,
                                      std::memory_order_relaxed))
      lockSlow();
  }
  bool try_lock() {
    uint32_t unlocked = kUnlocked;
    return key_.compare_exchange_strong(unlocked, kLocked, std::memory_order_acquire,
                                        std::memory_order_relaxed);
  }
  void unlock() {
    if (key_.exchange(kUnlocked, std::memory_order_release) == kSleeping) wakeOne();
  }

 private:
  static constexpr uint32_t kUnlocked = 0;
  static constexpr uint32_t kLocked = 1;
  static constexpr uint32_t kSleeping = 2;

  void lockSlow();
  // Takes the lock as `as` if it reads unlocked, retrying while it does.
  bool tryWhileUnlocked(uint32_t as);
  void wakeOne();

  std::atomic<uint32_t> key_{kUnlocked};
};

}  // namespace golem::rt
