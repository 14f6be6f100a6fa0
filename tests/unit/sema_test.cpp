// Unit tests of the runtime semaphores (vm/sema.h) without a running
// scheduler: a test thread plays the scheduler's part for its G. When
// semacquire asks to park, the "scheduler" releases the bucket lock through
// the G's parkUnlock, as vm/proc.cpp does once the G is off its CPU, and then
// waits for goready to mark the G runnable. No P exists, so goready only
// queues the G on the (never run) global queue; that queue links its Gs
// through them, so the test Gs are never freed (newG).
#include "vm/sema.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "vm/proc.h"

namespace golem::vm {
namespace {

// Does what the scheduler does after an intrinsic asked to park g: release
// the wait queue's lock, then wait until someone readies g.
void parkAndWaitForReady(Thread& g) {
  ASSERT_TRUE(g.parkRequested);
  g.parkRequested = false;
  if (g.parkUnlock) g.parkUnlock(g.parkLock);
  while (g.status.load() != uint8_t(GStatus::Runnable)) std::this_thread::yield();
}

// A G that outlives the test: the global run queue keeps pointing at it.
Thread& newG() { return *new Thread(); }

void acquire(Thread& g, uint32_t* sema) {
  g.status.store(uint8_t(GStatus::Running));
  if (semacquire(g, sema, false, "semacquire")) parkAndWaitForReady(g);
}

TEST(Sema, AcquireTakesAnAvailableUnitWithoutParking) {
  Thread& g = newG();
  uint32_t sema = 2;
  EXPECT_FALSE(semacquire(g, &sema, false, "semacquire"));
  EXPECT_FALSE(semacquire(g, &sema, false, "semacquire"));
  EXPECT_EQ(sema, 0u);
  EXPECT_FALSE(g.parkRequested);
}

TEST(Sema, ReleaseWithoutWaitersAddsAUnit) {
  uint32_t sema = 0;
  semrelease(&sema, false);
  EXPECT_EQ(sema, 1u);
  EXPECT_EQ(semwaiters(&sema), 0);
}

TEST(Sema, ReleaseHandsTheUnitToTheFirstWaiterInOrder) {
  uint32_t sema = 0;
  Thread& a = newG();
  Thread& b = newG();
  ASSERT_TRUE(semacquire(a, &sema, false, "semacquire"));
  a.parkUnlock(a.parkLock);
  ASSERT_TRUE(semacquire(b, &sema, false, "semacquire"));
  b.parkUnlock(b.parkLock);
  EXPECT_STREQ(a.waitReason, "semacquire");
  EXPECT_EQ(semwaiters(&sema), 2);

  semrelease(&sema, false);
  EXPECT_EQ(a.status.load(), uint8_t(GStatus::Runnable));
  EXPECT_EQ(b.status.load(), uint8_t(GStatus::Waiting));
  EXPECT_EQ(sema, 0u) << "the unit went to the waiter";
  semrelease(&sema, false);
  EXPECT_EQ(b.status.load(), uint8_t(GStatus::Runnable));
  EXPECT_EQ(semwaiters(&sema), 0);
}

TEST(Sema, LifoWaiterQueuesAtTheHead) {
  uint32_t sema = 0;
  Thread& a = newG();
  Thread& b = newG();
  ASSERT_TRUE(semacquire(a, &sema, false, "semacquire"));
  a.parkUnlock(a.parkLock);
  ASSERT_TRUE(semacquire(b, &sema, true, "semacquire"));
  b.parkUnlock(b.parkLock);
  semrelease(&sema, false);
  EXPECT_EQ(b.status.load(), uint8_t(GStatus::Runnable));
  EXPECT_EQ(a.status.load(), uint8_t(GStatus::Waiting));
  semrelease(&sema, false);
  EXPECT_EQ(a.status.load(), uint8_t(GStatus::Runnable));
}

TEST(Sema, HandoffReadiesTheWaiterWithoutYielding) {
  uint32_t sema = 0;
  Thread& waiter = newG();
  ASSERT_TRUE(semacquire(waiter, &sema, false, "semacquire"));
  waiter.parkUnlock(waiter.parkLock);
  semrelease(&sema, true);
  EXPECT_EQ(waiter.status.load(), uint8_t(GStatus::Runnable));
  EXPECT_EQ(sema, 0u);
}

TEST(Sema, DifferentAddressesInOneBucketDoNotMix) {
  // 251 buckets of 8-byte granules: these two addresses share a bucket.
  static uint64_t words[252];
  auto* x = reinterpret_cast<uint32_t*>(&words[0]);
  auto* y = reinterpret_cast<uint32_t*>(&words[251]);
  *x = *y = 0;
  Thread& gx = newG();
  ASSERT_TRUE(semacquire(gx, x, false, "semacquire"));
  gx.parkUnlock(gx.parkLock);
  semrelease(y, false);
  EXPECT_EQ(gx.status.load(), uint8_t(GStatus::Waiting));
  EXPECT_EQ(*y, 1u);
  semrelease(x, false);
  EXPECT_EQ(gx.status.load(), uint8_t(GStatus::Runnable));
}

// A semaphore of one unit used as a mutex by several OS threads, each
// playing a G: mutual exclusion holds and no wakeup is lost.
TEST(Sema, StressAsAMutex) {
  constexpr int kThreads = 4;
  constexpr int kRounds = 20000;
  uint32_t sema = 1;
  std::atomic<int> inside{0};
  int64_t counter = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([&] {
      Thread& g = newG();
      for (int k = 0; k < kRounds; k++) {
        acquire(g, &sema);
        EXPECT_EQ(inside.fetch_add(1), 0);
        counter++;
        inside.fetch_sub(1);
        semrelease(&sema, false);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(counter, int64_t(kThreads) * kRounds);
  EXPECT_EQ(sema, 1u);
  EXPECT_EQ(semwaiters(&sema), 0);
}

}  // namespace
}  // namespace golem::vm
