// Unit tests of lazy and background sweeping (runtime/mgcsweep.h): spans are
// swept on demand by MCentral::cacheSpan, by sweepOne, by the heap before it
// grows, and by finishSweep; each exactly once per cycle.
//
// There is no VM here: a test plays the collector. It flushes every mcache,
// sets every mark bit of every span (free slots pre-marked as the mark phase
// does, every object reached), clears the marks of the objects it wants dead,
// and starts a cycle. Everything else in the process survives. Each test uses
// size classes no other unit test allocates, so that it knows which spans
// the class's mcentral holds.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mcache.h"
#include "runtime/mgcsweep.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "runtime/mstats.h"
#include "runtime/sizeclasses.h"

namespace golem::rt {
namespace {

template <typename Fn>
void onFreshThread(Fn fn) {
  std::thread t(fn);
  t.join();
}

uint32_t heapSweepgen() { return mheap().sweepgen.load(); }
bool isSwept(const MSpan* span) { return span->sweepgen.load() == heapSweepgen(); }
bool isUnswept(const MSpan* span) { return span->sweepgen.load() == heapSweepgen() - 2; }

MCentral& centralFor(size_t size) { return mheap().central(makeSpanClass(sizeToClass(size), /*noscan=*/true)); }

void clearMark(void* object) {
  MSpan* span = mheap().spanOf(object);
  uint32_t index = span->isLarge() ? 0 : span->objectIndex(reinterpret_cast<uintptr_t>(object));
  span->gcmarkBits[index / 64] &= ~(uint64_t{1} << (index % 64));
}

// Plays mark termination: every object survives but `dead`.
void startCycleKilling(const std::vector<void*>& dead, bool poison = false) {
  finishSweep();
  forEachMCache([](MCache& c) { c.releaseAll(); });
  std::vector<MSpan*> spans;
  mheap().snapshotInUseSpans(spans);
  for (MSpan* span : spans) {
    if (span->isLarge()) span->gcmarkBits[0] = 1;
    else std::memset(span->gcmarkBits, 0xff, sizeof span->gcmarkBits);
  }
  for (void* p : dead) clearMark(p);
  sweepStartCycle(poison);
}

// Allocates `count` objects of `size` on a fresh thread (its mcache is
// flushed when it exits).
std::vector<void*> allocateOnFreshThread(size_t size, size_t count) {
  std::vector<void*> objects;
  onFreshThread([&] {
    for (size_t i = 0; i < count; i++) objects.push_back(mallocgc(size, nullptr));
  });
  return objects;
}

// Fills one fresh span of `size` objects on a fresh thread (so that the span
// goes back to its mcentral full); returns its objects, *span the span.
std::vector<void*> fillOneSpanOnFreshThread(size_t size, MSpan** span) {
  std::vector<void*> objects;
  onFreshThread([&] {
    objects.push_back(mallocgc(size, nullptr));
    *span = mheap().spanOf(objects[0]);
    while (objects.size() < (*span)->nelems) objects.push_back(mallocgc(size, nullptr));
  });
  return objects;
}

TEST(Sweep, CacheSpanSweepsAnUnsweptSpanBeforeReusingIt) {
  const size_t size = 3456;
  ASSERT_EQ(centralFor(size).partialCount() + centralFor(size).fullCount(), 0u);
  MSpan* span = nullptr;
  std::vector<void*> objects = fillOneSpanOnFreshThread(size, &span);
  ASSERT_GE(objects.size(), 4u);
  EXPECT_EQ(centralFor(size).fullCount(), 1u);
  std::vector<void*> dead{objects[1], objects[3]};
  startCycleKilling(dead);

  // Lazy: nothing is swept yet, the dead objects still count as allocated.
  EXPECT_FALSE(sweepDone());
  EXPECT_TRUE(isUnswept(span));
  EXPECT_TRUE(isHeapObjectAllocated(objects[1]));
  EXPECT_EQ(span->allocCount, span->nelems);

  // The refill sweeps the full span and hands it out with the two dead slots.
  std::vector<void*> again = allocateOnFreshThread(size, 2);
  EXPECT_TRUE(isSwept(span));
  std::sort(again.begin(), again.end());
  EXPECT_EQ(again, dead);
  EXPECT_EQ(span->allocCount, span->nelems);
  EXPECT_EQ(span->countAllocBits(), span->allocCount);
  for (uint32_t w = 0; w < span->bitWords(); w++) EXPECT_EQ(span->gcmarkBits[w], 0u);

  // A free of an object in an unswept span sweeps it first.
  std::vector<void*> live;
  onFreshThread([&] { live.push_back(mallocgc(size, nullptr)); });  // a fresh span
  MSpan* other = mheap().spanOf(live[0]);
  ASSERT_NE(other, span);
  startCycleKilling({});
  EXPECT_TRUE(isUnswept(other));
  freeObjectForTesting(live[0]);
  EXPECT_FALSE(isHeapObjectAllocated(live[0]));
  EXPECT_EQ(mheap().spanOf(live[0]), nullptr);  // empty: back to the heap
  finishSweep();
  EXPECT_TRUE(sweepDone());
  EXPECT_TRUE(isSwept(span));
  for (void* p : objects) freeObjectForTesting(p);
}

TEST(Sweep, CacheSpanTakesASpanItSweptEmpty) {
  // As Go's cacheSpan (it sweeps with preserve): a span whose objects all
  // died is handed to the mcache as it is, not freed to the heap and made anew.
  const size_t size = 2688;
  ASSERT_EQ(centralFor(size).partialCount() + centralFor(size).fullCount(), 0u);
  MSpan* span = nullptr;
  std::vector<void*> objects = fillOneSpanOnFreshThread(size, &span);
  EXPECT_EQ(centralFor(size).fullCount(), 1u);
  startCycleKilling(objects);
  EXPECT_TRUE(isUnswept(span));

  void* again = nullptr;
  PageCache refillersCache;
  onFreshThread([&] {
    again = mallocgc(size, nullptr);
    refillersCache = threadMCache->pageCache;
  });
  EXPECT_TRUE(isSwept(span));
  EXPECT_EQ(mheap().spanOf(again), span);
  EXPECT_EQ(again, objects[0]);
  // No span was made: the refilling thread's page cache never took a page.
  EXPECT_EQ(refillersCache.base, 0u);
  EXPECT_EQ(refillersCache.free, 0u);
  EXPECT_EQ(span->allocCount, 1u);  // the thread's exit gave back the rest
  freeObjectForTesting(again);
}

TEST(Sweep, SweepOneAndFinishSweepCountWhatTheyFree) {
  const size_t size = 5376;
  // 25 pages: from the page allocator and back to it (a span of fewer than
  // 16 pages would come from this thread's page cache and go back there,
  // where its pages still count as in use).
  const size_t large = 200 << 10;
  std::vector<void*> objects = allocateOnFreshThread(size, 12);
  std::set<MSpan*> spans;
  for (void* p : objects) spans.insert(mheap().spanOf(p));
  void* bigDead = mallocgc(large, nullptr);
  void* bigLive = mallocgc(large, nullptr);
  // Dead: every object of the last span that holds only ours, plus two others.
  MSpan* first = nullptr;
  std::vector<void*> dead;
  for (MSpan* span : spans) {
    std::vector<void*> in;
    for (void* p : objects)
      if (mheap().spanOf(p) == span) in.push_back(p);
    if (in.size() == span->nelems) {
      first = span;
      dead = in;
    }
  }
  ASSERT_NE(first, nullptr);
  for (void* p : objects)
    if (dead.size() < first->nelems + 2 && mheap().spanOf(p) != first) dead.push_back(p);
  void* inFirst = dead[0];
  dead.push_back(bigDead);
  std::vector<MSpan*> inUse;
  mheap().snapshotInUseSpans(inUse);
  MemStats before = readMemStats();

  size_t largeSpans = size_t(std::count_if(inUse.begin(), inUse.end(), [](MSpan* s) { return s->isLarge(); }));

  startCycleKilling(dead);
  EXPECT_EQ(sweepTotals().sweptSpans, 0u);
  // The large spans are queued first.
  size_t steps = 0;
  for (; steps < largeSpans; steps++) ASSERT_TRUE(sweepOne());
  EXPECT_EQ(sweepTotals().sweptSpans, largeSpans);
  EXPECT_EQ(mheap().spanOf(bigDead), nullptr);
  EXPECT_NE(mheap().spanOf(bigLive), nullptr);
  EXPECT_NE(mheap().spanOf(inFirst), nullptr);  // small spans: not yet
  while (sweepOne()) steps++;
  EXPECT_EQ(steps, inUse.size());
  EXPECT_TRUE(sweepDone());
  finishSweep();  // nothing left: returns at once
  SweepResult totals = sweepTotals();
  EXPECT_EQ(totals.sweptSpans, inUse.size());
  EXPECT_EQ(totals.freedObjects, dead.size());
  uint64_t elemsize = classToSize(sizeToClass(size));
  EXPECT_EQ(totals.freedBytes, (dead.size() - 1) * elemsize + mheap().spanOf(bigLive)->elemsize);
  EXPECT_EQ(mheap().spanOf(inFirst), nullptr);  // the all-dead span went back to the heap

  MemStats after = readMemStats();
  EXPECT_EQ(after.Frees - before.Frees, dead.size());
  EXPECT_EQ(after.HeapAlloc, before.HeapAlloc - totals.freedBytes);
  EXPECT_EQ(before.HeapInuse - after.HeapInuse, first->npages * kPageSize + (large + kPageSize - 1) / kPageSize * kPageSize);

  // A cycle that frees nothing sweeps every span once all the same.
  startCycleKilling({});
  finishSweep();
  SweepResult all = sweepTotals();
  EXPECT_EQ(all.freedObjects, 0u);
  std::vector<MSpan*> now;
  mheap().snapshotInUseSpans(now);
  EXPECT_EQ(all.sweptSpans, now.size());
  for (void* p : objects)
    if (std::find(dead.begin(), dead.end(), p) == dead.end()) freeObjectForTesting(p);
  freeObjectForTesting(bigLive);
}

TEST(Sweep, PreMarkedFreeSlotsStayFree) {
  const size_t size = 6784;
  std::vector<void*> objects = allocateOnFreshThread(size, 3);
  MSpan* span = mheap().spanOf(objects[0]);
  ASSERT_GT(span->nelems, 3u);
  ASSERT_EQ(span->allocCount, 3u);
  void* freeSlot = reinterpret_cast<void*>(span->objectBase(3));
  ASSERT_FALSE(isHeapObjectAllocated(freeSlot));
  startCycleKilling({objects[1]});  // every free slot's mark is set
  finishSweep();
  EXPECT_EQ(span->allocCount, 2u);
  EXPECT_EQ(span->countAllocBits(), 2u);
  EXPECT_TRUE(isHeapObjectAllocated(objects[0]));
  EXPECT_FALSE(isHeapObjectAllocated(objects[1]));
  EXPECT_TRUE(isHeapObjectAllocated(objects[2]));
  for (uint32_t i = 3; i < span->nelems; i++) EXPECT_FALSE(span->allocBit(i)) << i;
  freeObjectForTesting(objects[0]);
  freeObjectForTesting(objects[2]);
}

TEST(Sweep, PoisonFillsFreedObjectsOnly) {
  const size_t size = 4864;
  const size_t large = 64 << 10;
  std::vector<void*> objects = allocateOnFreshThread(size, 2);
  auto* big = static_cast<uint8_t*>(mallocgc(large, nullptr));
  for (void* p : objects) std::memset(p, 0x11, size);
  std::memset(big, 0x22, large);
  startCycleKilling({objects[0], big}, /*poison=*/true);
  finishSweep();
  auto* dead = static_cast<uint8_t*>(objects[0]);
  auto* live = static_cast<uint8_t*>(objects[1]);
  for (size_t i = 0; i < size; i++) ASSERT_EQ(dead[i], kPoisonByte) << i;
  for (size_t i = 0; i < size; i++) ASSERT_EQ(live[i], 0x11) << i;
  // The large object's pages are free now, still mapped: poisoned, or zero
  // if the scavenger released them meanwhile.
  EXPECT_TRUE(big[large - 1] == kPoisonByte || big[large - 1] == 0);
  freeObjectForTesting(objects[1]);
}

TEST(Sweep, AllocatorsAndASweeperRunTogether) {
  const size_t size = 1280;
  constexpr int kPerThread = 3000;
  // Last cycle's objects: a third die.
  const size_t large = 40 << 10;
  std::vector<void*> old = allocateOnFreshThread(size, 1200);
  for (int i = 0; i < 30; i++) old.push_back(mallocgc(large, nullptr));
  std::vector<void*> dead, survivors;
  for (size_t i = 0; i < old.size(); i++) (i % 3 == 0 ? dead : survivors).push_back(old[i]);
  startCycleKilling(dead);
  std::vector<MSpan*> unswept;
  mheap().snapshotInUseSpans(unswept);

  // Thread 1 also takes large objects now and then: the heap sweeps before it
  // grows, beside the others.
  std::vector<void*> got[2];
  std::atomic<int> allocating{2};
  std::atomic<uint64_t> sweptByThread{0};
  auto allocator = [&](int t) {
    for (int i = 0; i < kPerThread; i++) {
      size_t n = t == 1 && i % 100 == 0 ? large : size;
      got[t].push_back(mallocgc(n, nullptr));
      static_cast<uint8_t*>(got[t].back())[size - 1] = uint8_t(t + 1);
    }
    allocating--;
  };
  std::thread a(allocator, 0), b(allocator, 1);
  std::thread sweeper([&] {
    while (allocating.load() > 0)
      if (sweepOne()) sweptByThread++;
      else std::this_thread::yield();
  });
  a.join();
  b.join();
  sweeper.join();
  finishSweep();
  EXPECT_TRUE(sweepDone());
  // Every span of the cycle's start swept exactly once, whoever did it.
  EXPECT_EQ(sweepTotals().sweptSpans, unswept.size());
  EXPECT_EQ(sweepTotals().freedObjects, dead.size());

  std::set<void*> handedOut;
  for (auto& objects : got)
    for (void* p : objects) {
      EXPECT_TRUE(handedOut.insert(p).second) << "handed out twice: " << p;
      ASSERT_TRUE(isHeapObjectAllocated(p));
    }
  for (void* p : survivors) {
    EXPECT_EQ(handedOut.count(p), 0u) << "a survivor handed out again: " << p;
    ASSERT_TRUE(isHeapObjectAllocated(p));
  }
  // Each thread's writes survived the other's (no slot shared).
  for (int t = 0; t < 2; t++)
    for (void* p : got[t]) ASSERT_EQ(static_cast<uint8_t*>(p)[size - 1], t + 1);
  std::vector<MSpan*> spans;
  mheap().snapshotInUseSpans(spans);
  for (MSpan* span : spans) {
    EXPECT_TRUE(isSwept(span));
    if (!span->isLarge()) {
      EXPECT_EQ(span->countAllocBits(), span->allocCount) << span->base;
    }
  }
  for (auto& objects : got)
    for (void* p : objects) freeObjectForTesting(p);
  for (void* p : survivors) freeObjectForTesting(p);
}

TEST(Sweep, TheHeapSweepsBeforeItGrows) {
  const size_t large = 1 << 20;
  std::vector<void*> dead;
  for (int i = 0; i < 4; i++) dead.push_back(mallocgc(large, nullptr));
  startCycleKilling(dead);
  // More than every free page: allocSpan must sweep before it grows the
  // heap, and stops once it freed enough pages.
  uint64_t request = mheap().heapFree() + mheap().heapReleased() + 8 * kPageSize;  // a large object
  uint64_t heapSys = mheap().heapSys();
  void* huge = mallocgc(request, nullptr, /*needzero=*/false);
  EXPECT_GE(sweepTotals().freedObjects, 1u);
  if (request <= large) {
    // The first dead object swept made room (its pages were all it took).
    EXPECT_EQ(mheap().heapSys(), heapSys);
    EXPECT_FALSE(sweepDone());
  }
  freeObjectForTesting(huge);
  finishSweep();
  EXPECT_EQ(sweepTotals().freedObjects, 4u);
  for (void* p : dead) {
    EXPECT_EQ(mheap().spanOf(p), nullptr);
  }
}

// Last: the background sweeper, once started, takes part in every later cycle.
TEST(Sweep, BackgroundSweeperFinishesACycle) {
  std::vector<void*> objects = allocateOnFreshThread(10880, 4);
  startBackgroundSweeper();
  startBackgroundSweeper();  // idempotent
  startCycleKilling({objects[0], objects[1], objects[2], objects[3]});
  for (int i = 0; i < 5000 && !sweepDone(); i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_TRUE(sweepDone());
  EXPECT_EQ(sweepTotals().freedObjects, 4u);
  EXPECT_EQ(mheap().spanOf(objects[0]), nullptr);
}

}  // namespace
}  // namespace golem::rt
