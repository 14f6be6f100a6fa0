// Unit tests of RuntimeMutex (runtime/lock_futex.h): mutual exclusion under
// contention on every path (the compare-and-swap, the spins, the futex
// sleep) and no lost wake-up.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

#include "runtime/lock_futex.h"

namespace golem::rt {
namespace {

// Threads add to a plain counter under the lock, some holding it across a
// sleep so that the others exhaust their spins and sleep on the futex: a
// lost update means two holders at once, a lost wake-up hangs the test.
TEST(RuntimeMutex, ExcludesAndWakesEverySleeper) {
  RuntimeMutex mu;
  uint64_t counter = 0;
  int holders = 0;
  bool overlapped = false;
  constexpr int kThreads = 6;
  constexpr int kRounds = 2000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRounds; i++) {
        std::lock_guard<RuntimeMutex> guard(mu);
        if (++holders != 1) overlapped = true;
        uint64_t seen = counter;
        if (t == 0 && i % 100 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
        counter = seen + 1;
        holders--;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_FALSE(overlapped);
  EXPECT_EQ(counter, uint64_t{kThreads} * kRounds);
}

TEST(RuntimeMutex, TryLockFailsWhileHeld) {
  RuntimeMutex mu;
  ASSERT_TRUE(mu.try_lock());
  bool other = true;
  std::thread([&] { other = mu.try_lock(); }).join();
  EXPECT_FALSE(other);
  mu.unlock();
  std::thread([&] {
    other = mu.try_lock();
    if (other) mu.unlock();
  }).join();
  EXPECT_TRUE(other);
}

}  // namespace
}  // namespace golem::rt
