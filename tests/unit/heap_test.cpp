// Unit tests of the heap: mspan, mcache, mcentral, mheap, the page allocator,
// the scavenger and MemStats (runtime/malloc.h and the files it sits on).
//
// Tests that depend on a fresh mcache (tiny-block packing, span reuse) run
// their allocations on a new thread, whose mcache starts empty.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <algorithm>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mcache.h"
#include "runtime/mheap.h"
#include "runtime/mpagealloc.h"
#include "runtime/mspan.h"
#include "runtime/sizeclasses.h"

namespace golem::rt {
namespace {

uintptr_t addr(const void* p) { return reinterpret_cast<uintptr_t>(p); }

template <typename Fn>
void onFreshThread(Fn fn) {
  std::thread t(fn);
  t.join();
}

uint64_t residentBytes() {
  std::ifstream statm("/proc/self/statm");
  uint64_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

// A struct {p *T; n int; q *T} descriptor (words 0 and 2 are pointers).
Type makePointerStruct() {
  Type t;
  t.kind = Kind::Struct;
  t.size = 24;
  t.align = 8;
  t.ptrdata = 24;
  t.gcmask = {0b101};
  precomputeHeapBits(t);
  return t;
}

// ---- size classes and spans ------------------------------------------------

TEST(Heap, ObjectsGetTheirSizeClass) {
  for (size_t size :
       {16u, 17u, 24u, 33u, 100u, 512u, 1016u, 1017u, 1024u, 1025u, 4000u, 9000u, 32768u}) {
    void* p = mallocgc(size, nullptr);
    HeapObject object;
    ASSERT_TRUE(findHeapObject(p, &object)) << size;
    EXPECT_EQ(object.base, p);
    EXPECT_EQ(object.size, classToSize(sizeToClass(size))) << size;
    EXPECT_TRUE(object.noscan);
    uint64_t classSize = classToSize(sizeToClass(size));
    EXPECT_EQ(addr(p) % (classSize % 16 == 0 ? 16 : 8), 0u) << size;  // Go's alignment
    MSpan* span = mheap().spanOf(p);
    ASSERT_NE(span, nullptr);
    EXPECT_EQ(span->spanclass, makeSpanClass(sizeToClass(size), true));
    EXPECT_EQ(span->npages, classToAllocNPages(sizeToClass(size)));
  }
  Type t = makePointerStruct();
  void* scan = mallocgc(24, &t);
  EXPECT_EQ(mheap().spanOf(scan)->spanclass, makeSpanClass(sizeToClass(24), false));
}

TEST(Heap, SpansAreCarvedIntoEqualObjects) {
  for (int c = 1; c < kNumSizeClasses; c++) {
    uint8_t sizeClass = static_cast<uint8_t>(c);
    MSpan span;
    uintptr_t base = 0x00c000000000;
    span.init(base, classToAllocNPages(sizeClass), makeSpanClass(sizeClass, true));
    EXPECT_EQ(span.elemsize, classToSize(sizeClass));
    EXPECT_EQ(span.nelems, span.npages * kPageSize / span.elemsize);
    EXPECT_LE(span.limit, base + span.npages * kPageSize);
    EXPECT_GT(span.limit + span.elemsize, base + span.npages * kPageSize);
    for (uint32_t i = 0; i < span.nelems; i += 7) {
      EXPECT_EQ(span.objectIndex(span.objectBase(i)), i);
      EXPECT_EQ(span.objectIndex(span.objectBase(i) + span.elemsize - 1), i);
    }
  }
}

TEST(Heap, FreeRunsFollowTheFreeSlotsInOrder) {
  MSpan span;
  span.init(0x00c000000000, 1, makeSpanClass(sizeToClass(64), true));  // 128 objects
  ASSERT_EQ(span.nelems, 128u);
  // Slots 0-2, 5 and 60-70 are taken.
  for (uint32_t i : {0u, 1u, 2u, 5u}) span.allocBits[0] |= uint64_t{1} << i;
  for (uint32_t i = 60; i <= 70; i++) span.allocBits[i / 64] |= uint64_t{1} << (i % 64);
  span.allocCount = 15;
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  uintptr_t start, end;
  while (span.takeFreeRun(&start, &end))
    runs.emplace_back(span.objectIndex(start), uint32_t((end - span.base) / span.elemsize));
  // A run stops at a taken slot, at the span's end, and at kMaxRunBytes.
  std::vector<std::pair<uint32_t, uint32_t>> want = {{3, 5}, {6, 60}, {71, 128}};
  EXPECT_EQ(runs, want);
  EXPECT_EQ(span.allocCount, 128u);
  span.materializeAllocBits();
  EXPECT_EQ(span.countAllocBits(), 128u);
  for (uint32_t i = 0; i < 128; i++) EXPECT_TRUE(span.isAllocated(i));
}

TEST(Heap, FreeRunsAreCappedAndGivenBack) {
  MSpan span;
  span.init(0x00c000000000, 3, makeSpanClass(sizeToClass(3072), true));  // 3 pages, 8 objects
  ASSERT_EQ(span.nelems, 8u);
  uint32_t capSlots = static_cast<uint32_t>(kMaxRunBytes / span.elemsize);
  ASSERT_LT(capSlots, span.nelems);
  uintptr_t start, end;
  ASSERT_TRUE(span.takeFreeRun(&start, &end));
  EXPECT_EQ(start, span.base);
  EXPECT_EQ((end - start) / span.elemsize, capSlots);
  // Use one slot, give back the rest: the next run starts after it.
  span.returnFreeRun(start + span.elemsize, end);
  EXPECT_EQ(span.freeindex, 1u);
  EXPECT_EQ(span.allocCount, 1u);
  ASSERT_TRUE(span.takeFreeRun(&start, &end));
  EXPECT_EQ(span.objectIndex(start), 1u);
  EXPECT_EQ(span.allocCount, 1u + capSlots);
  span.materializeAllocBits();
  EXPECT_TRUE(span.isAllocated(0));
  EXPECT_FALSE(span.isAllocated(1 + capSlots + 1));
}

// ---- the page allocator ----------------------------------------------------

struct TwoChunks {
  PageChunk chunks[2];
  PageAlloc pages;
  static constexpr uintptr_t kBase = 0x00c000000000;
  TwoChunks() {
    chunks[0].base = kBase;
    chunks[1].base = kBase + kArenaBytes;
    pages.addChunk(&chunks[1]);
    pages.addChunk(&chunks[0]);
  }
};

TEST(PageAlloc, FirstFitAndCoalescing) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  PageAlloc::Allocation a, b, c, d;
  EXPECT_FALSE(pages.alloc(1, &a));  // nothing grown yet
  pages.grow(base, 100);
  EXPECT_EQ(pages.freePages(), 100u);
  ASSERT_TRUE(pages.alloc(10, &a));
  ASSERT_TRUE(pages.alloc(10, &b));
  ASSERT_TRUE(pages.alloc(10, &c));
  EXPECT_EQ(a.base, base);
  EXPECT_EQ(b.base, base + 10 * kPageSize);
  EXPECT_EQ(c.base, base + 20 * kPageSize);
  EXPECT_FALSE(a.needzero);  // fresh memory
  EXPECT_EQ(a.scavengedPages, 10u);
  pages.free(b.base, 10);
  pages.free(a.base, 10);
  // 20 free pages at the bottom: a 20-page run fits there after coalescing.
  ASSERT_TRUE(pages.alloc(20, &d));
  EXPECT_EQ(d.base, base);
  EXPECT_TRUE(d.needzero);  // a and b were used
  EXPECT_FALSE(pages.alloc(71, &a));  // only 70 left
  ASSERT_TRUE(pages.alloc(70, &a));
  EXPECT_EQ(a.base, base + 30 * kPageSize);
  EXPECT_EQ(pages.freePages(), 0u);
}

TEST(PageAlloc, PageCacheCutsRunsFromOneBlock) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  pages.grow(base, 200);
  PageAlloc::Allocation used, a, b, c;
  ASSERT_TRUE(pages.alloc(3, &used));  // pages 0-2
  pages.free(used.base + kPageSize, 1);  // page 1 free and dirty again
  // No block is all free and resident: the cache takes the free pages of
  // the lowest block with any, 1 and 3-63.
  PageCache cache;
  ASSERT_EQ(pages.fillCache(&cache), 62u);
  EXPECT_EQ(cache.base, base);
  EXPECT_EQ(cache.free, ~uint64_t{0} & ~uint64_t{0b101});
  EXPECT_EQ(pages.freePages(), 198u - 62u);          // cached pages leave the free count
  EXPECT_FALSE(pages.isFree(base + 5 * kPageSize));  // and no one else finds them
  ASSERT_TRUE(pages.alloc(1, &c));
  EXPECT_EQ(c.base, base + 64 * kPageSize);
  // A 2-page run skips the lone page 1; a 1-page run takes it, dirty.
  ASSERT_TRUE(pages.allocFromCache(&cache, 2, &a));
  EXPECT_EQ(a.base, base + 3 * kPageSize);
  EXPECT_FALSE(a.needzero);
  ASSERT_TRUE(pages.allocFromCache(&cache, 1, &b));
  EXPECT_EQ(b.base, base + 1 * kPageSize);
  EXPECT_TRUE(b.needzero);
  EXPECT_EQ(pages.freePages(), 135u);  // cutting from the cache counts nothing
  // 59 pages are left (5-63): a 15-page span comes from their bottom.
  ASSERT_TRUE(pages.allocFromCache(&cache, 15, &c));
  EXPECT_EQ(c.base, base + 5 * kPageSize);
  // Flushing frees the rest: pages 20-63 are found again, scavenged.
  EXPECT_EQ(pages.flushCache(&cache), 44u);
  EXPECT_EQ(pages.freePages(), 135u + 44u);
  EXPECT_EQ(cache.free, 0u);
  EXPECT_TRUE(pages.isFree(base + 20 * kPageSize));
  EXPECT_TRUE(pages.isScavenged(base + 20 * kPageSize));
  EXPECT_FALSE(pages.isFree(base + 19 * kPageSize));
  ASSERT_TRUE(pages.alloc(44, &c));
  EXPECT_EQ(c.base, base + 20 * kPageSize);
}

// While one thread frees a block's spans one by one, another restocking its
// cache must not take the few pages freed so far at each restock: a whole
// resident block comes first, and only a resident one.
TEST(PageAlloc, PageCacheTakesAWholeResidentBlockFirst) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  pages.grow(base, 256);  // four blocks, fresh (released)
  PageAlloc::Allocation used;
  ASSERT_TRUE(pages.alloc(192, &used));   // blocks 0-2
  pages.free(base + kPageSize, 9);        // block 0: pages 1-9 free, dirty
  pages.free(base + 64 * kPageSize, 64);  // block 1: all free, dirty
  PageCache first, second, third;
  ASSERT_EQ(pages.fillCache(&first), 64u);
  EXPECT_EQ(first.base, base + 64 * kPageSize);
  EXPECT_EQ(first.scav, 0u);
  // Block 3 is whole but released: the lowest block with free pages, as Go.
  ASSERT_EQ(pages.fillCache(&second), 9u);
  EXPECT_EQ(second.base, base);
  ASSERT_EQ(pages.fillCache(&third), 64u);
  EXPECT_EQ(third.base, base + 192 * kPageSize);
  EXPECT_EQ(third.scav, ~uint64_t{0});
  EXPECT_EQ(pages.freePages(), 0u);
}

// The search for a whole block stays in the chunk of the lowest free page.
TEST(PageAlloc, PageCacheLooksForAWholeBlockInOneChunk) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  pages.grow(base, kPagesPerChunk + 64);  // all of chunk 0, a block of chunk 1
  PageAlloc::Allocation all;
  ASSERT_TRUE(pages.alloc(kPagesPerChunk + 64, &all));
  pages.free(base + 5 * kPageSize, 1);                // chunk 0: one dirty page
  pages.free(base + kPagesPerChunk * kPageSize, 64);  // chunk 1: a whole dirty block
  PageCache first, second;
  ASSERT_EQ(pages.fillCache(&first), 1u);
  EXPECT_EQ(first.base, base);
  ASSERT_EQ(pages.fillCache(&second), 64u);
  EXPECT_EQ(second.base, base + kPagesPerChunk * kPageSize);
}

TEST(PageAlloc, FreedRunsComeBackToTheirCache) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  pages.grow(base, 200);
  PageCache cache;
  ASSERT_EQ(pages.fillCache(&cache), 64u);
  PageAlloc::Allocation a, b, again, outside;
  ASSERT_TRUE(pages.allocFromCache(&cache, 2, &a));
  ASSERT_TRUE(pages.allocFromCache(&cache, 3, &b));
  EXPECT_FALSE(a.needzero);  // fresh pages
  // A run of the cache's block comes back to it: the lowest free run again,
  // dirty now, and still counted out of the free pages.
  EXPECT_TRUE(PageAlloc::returnToCache(&cache, a.base, 2));
  EXPECT_EQ(pages.freePages(), 200u - 64u);
  ASSERT_TRUE(pages.allocFromCache(&cache, 2, &again));
  EXPECT_EQ(again.base, a.base);
  EXPECT_TRUE(again.needzero);
  // A run of another block is refused and leaves the cache as it was.
  ASSERT_TRUE(pages.alloc(1, &outside));
  EXPECT_EQ(outside.base, base + 64 * kPageSize);
  uint64_t freeBefore = cache.free;
  EXPECT_FALSE(PageAlloc::returnToCache(&cache, outside.base, 1));
  EXPECT_EQ(cache.free, freeBefore);
  // Flushing frees the returned pages with the rest, dirty.
  EXPECT_TRUE(PageAlloc::returnToCache(&cache, b.base, 3));
  EXPECT_EQ(pages.flushCache(&cache), 62u);
  EXPECT_EQ(pages.freePages(), 200u - 2u - 1u);
  EXPECT_TRUE(pages.isFree(b.base));
  EXPECT_FALSE(pages.isScavenged(b.base));
  EXPECT_TRUE(pages.isScavenged(b.base + 3 * kPageSize));
}

TEST(PageAlloc, RunsCrossAdjacentChunks) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  pages.grow(base, 2 * kPagesPerChunk);
  PageAlloc::Allocation head, big, small;
  ASSERT_TRUE(pages.alloc(kPagesPerChunk - 100, &head));
  // 100 pages at the end of chunk 0 plus chunk 1: a 5000-page run starts in chunk 0.
  ASSERT_TRUE(pages.alloc(5000, &big));
  EXPECT_EQ(big.base, base + (kPagesPerChunk - 100) * kPageSize);
  ASSERT_TRUE(pages.alloc(1, &small));
  EXPECT_EQ(small.base, big.base + 5000 * kPageSize);
  pages.free(big.base, 5000);
  pages.free(head.base, kPagesPerChunk - 100);
  PageAlloc::Allocation all;
  EXPECT_FALSE(pages.alloc(2 * kPagesPerChunk, &all));  // `small` splits it
  pages.free(small.base, 1);
  ASSERT_TRUE(pages.alloc(2 * kPagesPerChunk, &all));
  EXPECT_EQ(all.base, base);
}

// A small span's heap bits are a slice of its arena's bitmap: its pages
// never straddle two chunks, even when the only fit does.
TEST(PageAlloc, RunsThatMayNotCrossChunksStayInOne) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  pages.grow(base, 2 * kPagesPerChunk);
  PageAlloc::Allocation head, tail, run;
  ASSERT_TRUE(pages.alloc(kPagesPerChunk - 2, &head));  // chunk 0 keeps 2 free pages at its end
  ASSERT_TRUE(pages.alloc(4, &run, /*mayCrossChunks=*/false));
  EXPECT_EQ(run.base, base + kArenaBytes);  // not the 2 + 2 across the boundary
  pages.free(run.base, 4);
  ASSERT_TRUE(pages.alloc(4, &tail));
  EXPECT_EQ(tail.base, base + (kPagesPerChunk - 2) * kPageSize);
}

// The model's first fit: the first page of the lowest run of n pages not
// `used`, or -1.
int64_t firstFitInModel(const std::vector<bool>& used, uint64_t n) {
  uint64_t run = 0;
  for (uint64_t p = 0; p < used.size(); p++) {
    run = used[p] ? 0 : run + 1;
    if (run == n) return int64_t(p + 1 - n);
  }
  return -1;
}

// First fit over random allocations and frees, against a plain bit-per-page
// model: the group and chunk summaries must never hide or invent a run.
TEST(PageAlloc, RandomRunsMatchAFirstFitModel) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  const uint64_t total = 2 * kPagesPerChunk;
  pages.grow(base, total);
  std::vector<bool> used(total, false);
  std::vector<std::pair<uint64_t, uint64_t>> live;  // first page, length
  auto firstFit = [&](uint64_t n) { return firstFitInModel(used, n); };
  std::mt19937 rng(7);
  for (int step = 0; step < 4000; step++) {
    if (live.empty() || rng() % 3 != 0) {
      // Mostly span-sized requests, now and then a large object's.
      uint64_t n = rng() % 10 == 0 ? 1 + rng() % 3000 : 1 + rng() % 8;
      int64_t want = firstFit(n);
      PageAlloc::Allocation a;
      bool ok = pages.alloc(n, &a);
      ASSERT_EQ(ok, want >= 0) << "step " << step << " n " << n;
      if (!ok) continue;
      ASSERT_EQ(a.base, base + uint64_t(want) * kPageSize) << "step " << step << " n " << n;
      for (uint64_t p = 0; p < n; p++) used[uint64_t(want) + p] = true;
      live.emplace_back(uint64_t(want), n);
    } else {
      size_t k = rng() % live.size();
      auto [first, n] = live[k];
      live[k] = live.back();
      live.pop_back();
      pages.free(base + first * kPageSize, n);
      for (uint64_t p = 0; p < n; p++) used[first + p] = false;
    }
  }
}

// Every page-allocator operation at random (runs, a page cache filled,
// cut, given back and flushed, runs taken for scavenging and returned)
// against a model of its two bitmaps, its cache and its counters: the lazily
// recomputed summaries must never hide or invent a page, and fillCache must
// pick the block its rule names.
TEST(PageAlloc, RandomOperationsMatchAModel) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  const uintptr_t base = TwoChunks::kBase;
  const uint64_t total = 2 * kPagesPerChunk;
  pages.grow(base, total);
  std::vector<bool> used(total, false), released(total, true);   // fresh pages read as released
  std::vector<std::pair<uint64_t, uint64_t>> spans, scavenging;  // first page, length
  PageCache cache;
  uint64_t taken = 0;  // pages out for scavenging (counted free meanwhile)
  auto count = [&](uint64_t first, uint64_t n, auto pred) {
    uint64_t c = 0;
    for (uint64_t p = first; p < first + n; p++) c += pred(p) ? 1 : 0;
    return c;
  };
  auto pageOf = [&](uintptr_t addr) { return (addr - base) / kPageSize; };
  auto freeToHeap = [&](uint64_t first, uint64_t n) {
    pages.free(base + first * kPageSize, n);
    for (uint64_t p = first; p < first + n; p++) used[p] = false;
  };
  std::mt19937 rng(23);
  for (int step = 0; step < 6000; step++) {
    SCOPED_TRACE("step " + std::to_string(step));
    switch (rng() % 8) {
      case 0:
      case 1: {  // a run from the heap, first fit
        uint64_t n = rng() % 10 == 0 ? 1 + rng() % 2000 : 1 + rng() % 8;
        int64_t want = firstFitInModel(used, n);
        PageAlloc::Allocation a;
        ASSERT_EQ(pages.alloc(n, &a), want >= 0) << "n " << n;
        if (want < 0) break;
        uint64_t first = uint64_t(want);
        ASSERT_EQ(a.base, base + first * kPageSize);
        uint64_t wasReleased = count(first, n, [&](uint64_t p) { return bool(released[p]); });
        EXPECT_EQ(a.scavengedPages, wasReleased);
        EXPECT_EQ(a.needzero, wasReleased != n);
        for (uint64_t p = first; p < first + n; p++) used[p] = true, released[p] = false;
        spans.emplace_back(first, n);
        break;
      }
      case 2:
      case 3: {  // a span freed: to the cache when in its block, else to the heap
        if (spans.empty()) break;
        size_t k = rng() % spans.size();
        auto [first, n] = spans[k];
        spans[k] = spans.back();
        spans.pop_back();
        uint64_t block = cache.base == 0 ? ~uint64_t{0} : pageOf(cache.base);
        bool inBlock = first >= block && first + n <= block + 64;
        ASSERT_EQ(PageAlloc::returnToCache(&cache, base + first * kPageSize, n), inBlock);
        if (!inBlock) freeToHeap(first, n);
        break;
      }
      case 4: {  // a span cut from the cache, filled first when empty
        if (cache.free == 0) {
          int64_t lowest = -1;
          for (uint64_t p = 0; p < total && lowest < 0; p++)
            if (!used[p]) lowest = int64_t(p);
          uint64_t want = lowest < 0 ? 0 : uint64_t(lowest) / 64;
          if (lowest >= 0) {  // a whole resident block of the same chunk first
            uint64_t chunkFirst = uint64_t(lowest) / kPagesPerChunk * kPagesPerChunk;
            for (uint64_t b = chunkFirst; b < chunkFirst + kPagesPerChunk; b += 64)
              if (count(b, 64, [&](uint64_t p) { return !used[p] && !released[p]; }) == 64) {
                want = b / 64;
                break;
              }
          }
          uint64_t freeInBlock =
              lowest < 0 ? 0 : count(want * 64, 64, [&](uint64_t p) { return !used[p]; });
          ASSERT_EQ(pages.fillCache(&cache), freeInBlock);
          if (lowest < 0) break;
          ASSERT_EQ(cache.base, base + want * 64 * kPageSize);
          for (uint64_t i = 0; i < 64; i++) {
            uint64_t p = want * 64 + i;
            EXPECT_EQ((cache.free >> i) & 1, used[p] ? 0u : 1u);
            EXPECT_EQ((cache.scav >> i) & 1, !used[p] && released[p] ? 1u : 0u);
            used[p] = true;
            released[p] = false;
          }
        }
        uint64_t n = 1 + rng() % 6;
        uint64_t start = 64;
        for (uint64_t i = 0; i + n <= 64 && start == 64; i++)
          if ((~cache.free & (((uint64_t{1} << n) - 1) << i)) == 0) start = i;
        uint64_t scav = cache.scav;
        PageAlloc::Allocation a;
        ASSERT_EQ(PageAlloc::allocFromCache(&cache, n, &a), start < 64) << "n " << n;
        if (start == 64) break;
        ASSERT_EQ(a.base, cache.base + start * kPageSize);
        uint64_t runScav =
            static_cast<uint64_t>(__builtin_popcountll(scav & (((uint64_t{1} << n) - 1) << start)));
        EXPECT_EQ(a.scavengedPages, runScav);
        spans.emplace_back(pageOf(a.base), n);
        break;
      }
      case 5: {  // the cache flushed: its free pages go back, released or not as they came
        uint64_t block = pageOf(cache.base);
        uint64_t freeBits = cache.free, scavBits = cache.scav;
        ASSERT_EQ(pages.flushCache(&cache), static_cast<uint64_t>(__builtin_popcountll(freeBits)));
        for (uint64_t i = 0; freeBits != 0 && i < 64; i++)
          if ((freeBits >> i) & 1)
            used[block + i] = false, released[block + i] = (scavBits >> i) & 1;
        break;
      }
      case 6: {  // a run taken for scavenging: the top of the highest resident free run
        uint64_t maxPages = 1 + rng() % 40;
        int64_t runEnd = -1;  // one past the run's last page
        uint64_t runLength = 0;
        for (int64_t c = 1; c >= 0 && runEnd < 0; c--) {
          uint64_t chunkFirst = uint64_t(c) * kPagesPerChunk;
          for (int64_t p = int64_t(chunkFirst + kPagesPerChunk) - 1; p >= int64_t(chunkFirst);
               p--) {
            bool resident = !used[uint64_t(p)] && !released[uint64_t(p)];
            if (resident && runEnd < 0) runEnd = p + 1;
            if (runEnd >= 0 && !resident) break;
            if (runEnd >= 0) runLength++;
          }
        }
        uintptr_t got;
        uint64_t n;
        ASSERT_EQ(pages.takeUnscavenged(maxPages, &got, &n), runEnd >= 0);
        if (runEnd < 0) break;
        uint64_t want = std::min(runLength, maxPages);
        ASSERT_EQ(n, want);
        ASSERT_EQ(got, base + (uint64_t(runEnd) - want) * kPageSize);
        for (uint64_t p = uint64_t(runEnd) - want; p < uint64_t(runEnd); p++) used[p] = true;
        scavenging.emplace_back(uint64_t(runEnd) - want, want);
        taken += want;
        break;
      }
      case 7: {  // a run back from scavenging, released
        if (scavenging.empty()) break;
        auto [first, n] = scavenging.back();
        scavenging.pop_back();
        pages.freeScavenged(base + first * kPageSize, n);
        for (uint64_t p = first; p < first + n; p++) used[p] = false, released[p] = true;
        taken -= n;
        break;
      }
    }
    if (step % 8 == 0) {
      ASSERT_EQ(pages.freePages(), count(0, total, [&](uint64_t p) { return !used[p]; }) + taken);
      ASSERT_EQ(pages.scavengedFreePages(),
                count(0, total, [&](uint64_t p) { return !used[p] && released[p]; }));
    }
    uint64_t probe = rng() % total;
    ASSERT_EQ(pages.isFree(base + probe * kPageSize), !used[probe]);
  }
}

TEST(PageAlloc, ScavengedPagesNeedNoZeroing) {
  auto t = std::make_unique<TwoChunks>();
  PageAlloc& pages = t->pages;
  pages.grow(TwoChunks::kBase, 64);
  PageAlloc::Allocation a;
  ASSERT_TRUE(pages.alloc(64, &a));
  pages.free(a.base, 64);
  EXPECT_EQ(pages.scavengedFreePages(), 0u);
  uintptr_t run;
  uint64_t n;
  ASSERT_TRUE(pages.takeUnscavenged(8, &run, &n));
  EXPECT_EQ(n, 8u);
  EXPECT_EQ(run, a.base + 56 * kPageSize);  // from the top
  pages.freeScavenged(run, n);
  EXPECT_EQ(pages.scavengedFreePages(), 8u);
  EXPECT_TRUE(pages.isScavenged(run));
  PageAlloc::Allocation top;
  // Lowest address first: the dirty pages come first.
  ASSERT_TRUE(pages.alloc(56, &top));
  EXPECT_TRUE(top.needzero);
  ASSERT_TRUE(pages.alloc(8, &top));
  EXPECT_EQ(top.base, run);
  EXPECT_FALSE(top.needzero);
  EXPECT_EQ(top.scavengedPages, 8u);
  EXPECT_EQ(pages.scavengedFreePages(), 0u);
}

// ---- objects -----------------------------------------------------------------

int someGlobal;

TEST(Heap, InteriorPointersFindTheirObject) {
  for (size_t size : {8u, 48u, 96u, 1000u, 20000u, 100000u, 3u << 20}) {
    auto* p = static_cast<uint8_t*>(mallocgc(size, nullptr));
    for (size_t off : {size_t{0}, size_t{1}, size / 2, size - 1}) {
      EXPECT_EQ(findObjectBase(p + off), p) << size << " +" << off;
    }
    EXPECT_TRUE(isHeapObjectAllocated(p));
  }
  int local = 0;
  EXPECT_EQ(findObjectBase(&local), nullptr);
  EXPECT_EQ(findObjectBase(&someGlobal), nullptr);
  EXPECT_EQ(findObjectBase(nullptr), nullptr);
  EXPECT_EQ(findObjectBase(reinterpret_cast<void*>(uintptr_t{1} << 60)), nullptr);
  std::vector<int> cxx(10);
  EXPECT_EQ(findObjectBase(cxx.data()), nullptr);
}

TEST(Heap, TinyObjectsShareBlocksWithAlignment) {
  onFreshThread([] {
    auto* a = static_cast<uint8_t*>(mallocgc(1, nullptr));
    auto* b = static_cast<uint8_t*>(mallocgc(1, nullptr));
    auto* c = static_cast<uint8_t*>(mallocgc(2, nullptr));   // 2-aligned
    auto* d = static_cast<uint8_t*>(mallocgc(4, nullptr));   // 4-aligned
    auto* e = static_cast<uint8_t*>(mallocgc(8, nullptr));   // 8-aligned: next block
    EXPECT_EQ(addr(a) % 16, 0u);
    EXPECT_EQ(b, a + 1);
    EXPECT_EQ(c, a + 2);
    EXPECT_EQ(d, a + 4);
    EXPECT_EQ(e, a + 8);
    auto* f = static_cast<uint8_t*>(mallocgc(12, nullptr));  // does not fit: new block
    EXPECT_EQ(addr(f) % 16, 0u);
    EXPECT_EQ(findObjectBase(b), a);
    EXPECT_EQ(findObjectBase(f + 11), f);
    HeapObject block;
    ASSERT_TRUE(findHeapObject(a, &block));
    EXPECT_EQ(block.size, 16u);
    // f's block has 4 bytes left, the old block none: f's is kept.
    auto* g = static_cast<uint8_t*>(mallocgc(3, nullptr));
    EXPECT_EQ(g, f + 12);
    // Pointerful small objects never go to the tiny allocator.
    Type t;
    t.kind = Kind::Pointer;
    t.size = 8;
    t.ptrdata = 8;
    t.gcmask = {1};
    void* ptr = mallocgc(8, &t);
    EXPECT_FALSE(mheap().spanOf(ptr)->noscan());
  });
}

// Every tiny size after a 1-byte object: Go's rule (malloc.go) aligns it to 8,
// 4 or 2 when its size is a multiple of that, and packs it unaligned otherwise.
TEST(Heap, TinyObjectsOfEverySizeAlignAsGos) {
  for (size_t size = 1; size < 16; size++) {
    size_t align = size % 8 == 0 ? 8 : size % 4 == 0 ? 4 : size % 2 == 0 ? 2 : 1;
    onFreshThread([size, align] {
      auto* first = static_cast<uint8_t*>(mallocgc(1, nullptr));  // a new block's byte 0
      auto* object = static_cast<uint8_t*>(mallocgc(size, nullptr));
      EXPECT_EQ(object - first, static_cast<ptrdiff_t>(align)) << "size " << size;
    });
  }
}

// Small allocations are counted a run at a time (mcache.h): MemStats must
// still count exactly the objects handed out, mid-run included, and a reader
// on another thread must never see the count go back while runs change.
TEST(Heap, MallocsCountsEveryObjectMidRunAndFromOtherThreads) {
  MemStats before = readMemStats();
  std::atomic<uint64_t> handedOut{0};
  std::atomic<bool> done{false};
  std::vector<void*> objects;
  objects.reserve(60000);
  std::thread allocator([&] {
    const size_t sizes[] = {16, 24, 48, 64, 256, 1024, 3072};
    for (int i = 0; i < 60000; i++) {
      objects.push_back(mallocgc(sizes[i % 7], nullptr));
      handedOut.fetch_add(1, std::memory_order_release);
    }
    // Mid-run, on the allocating thread itself: exact.
    MemStats mine = readMemStats();
    EXPECT_EQ(mine.Mallocs - before.Mallocs, handedOut.load());
    done.store(true);
  });
  uint64_t last = before.Mallocs;
  bool wentBack = false, overcounted = false;
  while (!done.load()) {
    MemStats now = readMemStats();
    uint64_t bound = handedOut.load(std::memory_order_acquire);
    if (now.Mallocs < last) wentBack = true;
    // An object is counted once handed out, never before.
    if (now.Mallocs - before.Mallocs > bound + 1) overcounted = true;
    last = now.Mallocs;
  }
  allocator.join();
  EXPECT_FALSE(wentBack);
  EXPECT_FALSE(overcounted);
  MemStats after = readMemStats();  // the thread's mcache was flushed at exit
  EXPECT_EQ(after.Mallocs - before.Mallocs, 60000u);
  // Leave no partly used spans behind for the tests that want fresh ones.
  freeObjectsForTesting(objects.data(), objects.size());
}

TEST(Heap, LargeObjectsAreWholePageSpans) {
  MemStats before = readMemStats();
  size_t size = 200000;  // 25 pages: from the page allocator, not a page cache
  auto* p = static_cast<uint8_t*>(mallocgc(size, nullptr));
  EXPECT_EQ(addr(p) % kPageSize, 0u);
  MSpan* span = mheap().spanOf(p);
  ASSERT_NE(span, nullptr);
  EXPECT_TRUE(span->isLarge());
  EXPECT_EQ(span->npages, (size + kPageSize - 1) / kPageSize);
  for (size_t i = 0; i < size; i += 4096) ASSERT_EQ(p[i], 0);
  std::memset(p, 0xab, size);
  MemStats after = readMemStats();
  EXPECT_EQ(after.TotalAlloc - before.TotalAlloc, roundupsize(size));
  EXPECT_EQ(after.HeapInuse - before.HeapInuse, span->npages * kPageSize);
  EXPECT_EQ(after.HeapObjects, before.HeapObjects + 1);
  freeObjectForTesting(p);
  MemStats freed = readMemStats();
  EXPECT_EQ(freed.HeapInuse, before.HeapInuse);
  EXPECT_EQ(freed.HeapAlloc, before.HeapAlloc);
  EXPECT_EQ(findObjectBase(p), nullptr);
  // The freed pages are dirty: a new large object on them is cleared.
  auto* q = static_cast<uint8_t*>(mallocgc(size, nullptr));
  EXPECT_EQ(q, p);
  for (size_t i = 0; i < size; i += 1000) ASSERT_EQ(q[i], 0) << i;
}

// As Go 1.19's allocSpan with a P: a large object of fewer than 16 pages is
// cut from the thread's page cache, as a small span is, with no page counted
// again, and its pages go back to the cache when it is freed.
TEST(Heap, LargeObjectsUnder16PagesComeFromThePageCache) {
  // Free pages in the heap (a fresh process has none), then a first small
  // object, for which the thread's page cache takes a block of them.
  freeObjectForTesting(mallocgc(1 << 20, nullptr));
  onFreshThread([] {
    mallocgc(64, nullptr);
    const PageCache& cache = threadMCache->pageCache;
    ASSERT_NE(cache.free, 0u);
    const uintptr_t block = cache.base;
    const size_t size = 5 * kPageSize;
    MemStats before = readMemStats();
    auto* p = static_cast<uint8_t*>(mallocgc(size, nullptr));
    MSpan* span = mheap().spanOf(p);
    ASSERT_NE(span, nullptr);
    EXPECT_TRUE(span->isLarge());
    EXPECT_EQ(span->npages, 5u);
    EXPECT_GE(addr(p), block);
    EXPECT_LT(addr(p), block + kPageCachePages * kPageSize);
    MemStats after = readMemStats();
    EXPECT_EQ(after.HeapInuse, before.HeapInuse);  // the cache's pages count as in use
    EXPECT_EQ(after.TotalAlloc - before.TotalAlloc, size);
    EXPECT_EQ(after.HeapObjects, before.HeapObjects + 1);
    std::memset(p, 0xab, size);

    uint64_t freeBefore = cache.free;
    freeObjectForTesting(p);
    EXPECT_EQ(findObjectBase(p), nullptr);
    EXPECT_EQ(cache.free & ~freeBefore, uint64_t{0x1f} << ((addr(p) - block) / kPageSize));
    EXPECT_EQ(readMemStats().HeapInuse, before.HeapInuse);
    // The next one takes the same pages, dirty now, so it is cleared.
    auto* q = static_cast<uint8_t*>(mallocgc(size, nullptr));
    EXPECT_EQ(q, p);
    for (size_t i = 0; i < size; i += 512) ASSERT_EQ(q[i], 0) << i;
    freeObjectForTesting(q);

    // 16 pages do not fit a page cache's runs: they come from the heap.
    MemStats beforeBig = readMemStats();
    void* big = mallocgc(16 * kPageSize, nullptr);
    EXPECT_EQ(readMemStats().HeapInuse - beforeBig.HeapInuse, 16 * kPageSize);
    freeObjectForTesting(big);
    releaseThreadCache();
  });
}

TEST(Heap, FreshMemoryIsNotZeroedTwiceAndReusedMemoryIs) {
  onFreshThread([] {
    const size_t size = 256;
    releaseFreeMemory();  // what earlier tests freed is dirty: make it fresh
    auto* first = static_cast<uint8_t*>(mallocgc(size, nullptr));
    MSpan* span = mheap().spanOf(first);
    EXPECT_FALSE(span->needzero);  // fresh pages: mallocgc skipped the memset
    std::vector<uint8_t*> objects{first};
    while (objects.size() < span->nelems) objects.push_back(static_cast<uint8_t*>(mallocgc(size, nullptr)));
    for (uint8_t* o : objects) {
      ASSERT_EQ(mheap().spanOf(o), span);
      std::memset(o, 0x5a, size);
    }
    freeObjectForTesting(objects[3]);  // deferred: the span is cached
    EXPECT_TRUE(isHeapObjectAllocated(objects[3]));
    releaseThreadCache();
    EXPECT_FALSE(isHeapObjectAllocated(objects[3]));
    EXPECT_TRUE(span->needzero);
    auto* again = static_cast<uint8_t*>(mallocgc(size, nullptr));
    EXPECT_EQ(again, objects[3]);
    for (size_t i = 0; i < size; i++) ASSERT_EQ(again[i], 0);
    auto* dirty = static_cast<uint8_t*>(mallocgc(size, nullptr, /*needzero=*/false));
    EXPECT_NE(mheap().spanOf(dirty), span);  // span was full again
  });
}

// A dirty span serves callers that need zeroed memory and callers that fill
// their objects themselves (needzero false): the first always get zeros, the
// second get the slots the run had not cleared yet, so nothing is cleared
// twice and nothing handed out as zero is dirty.
TEST(Heap, UnclearedSlotsGoOnlyToCallersThatFillThem) {
  onFreshThread([] {
    for (size_t size : {size_t{32}, size_t{48}, size_t{512}, size_t{3072}}) {
      std::vector<uint8_t*> objects;
      auto* first = static_cast<uint8_t*>(mallocgc(size, nullptr));
      MSpan* span = mheap().spanOf(first);
      objects.push_back(first);
      while (objects.size() < span->nelems)
        objects.push_back(static_cast<uint8_t*>(mallocgc(size, nullptr)));
      for (uint8_t* o : objects) std::memset(o, 0x5a, size);
      // Keep the last object so the span stays, dirty, with every other slot free.
      objects.pop_back();
      for (uint8_t* o : objects) freeObjectForTesting(o);
      releaseThreadCache();
      ASSERT_TRUE(span->needzero);
      size_t uncleared = 0;
      for (size_t i = 0; i + 1 < span->nelems; i++) {
        // One zeroed allocation in five: some fall inside a cleared chunk,
        // and for every size here some filling one falls past its end.
        bool fills = i % 5 != 0;
        auto* o = static_cast<uint8_t*>(mallocgc(size, nullptr, /*needzero=*/!fills));
        ASSERT_EQ(mheap().spanOf(o), span) << size << " " << i;
        if (fills) {
          if (o[0] == 0x5a) uncleared++;
          std::memset(o, 0x77, size);
          continue;
        }
        for (size_t b = 0; b < size; b++) ASSERT_EQ(o[b], 0) << size << " " << i << " " << b;
      }
      // Runs are cleared a chunk at a time, so a filling caller right after
      // a cleared chunk's end finds its slot still dirty.
      EXPECT_GT(uncleared, 0u) << size;
      releaseThreadCache();
    }
  });
}

TEST(Heap, EmptySpansReturnToTheHeap) {
  onFreshThread([] {
    const size_t size = 2048;
    std::vector<void*> objects;
    void* first = mallocgc(size, nullptr);
    MSpan* span = mheap().spanOf(first);
    objects.push_back(first);
    while (objects.size() < span->nelems) objects.push_back(mallocgc(size, nullptr));
    // The span goes back to its mcentral, full; the mcache's page cache
    // (counted in use, mheap.h) back to the heap.
    releaseThreadCache();
    MemStats before = readMemStats();
    for (void* o : objects) freeObjectForTesting(o);
    MemStats after = readMemStats();
    EXPECT_EQ(before.HeapInuse - after.HeapInuse, classToAllocNPages(sizeToClass(size)) * kPageSize);
    EXPECT_EQ(findObjectBase(first), nullptr);
    EXPECT_EQ(after.Frees - before.Frees, objects.size());
  });
}

TEST(Heap, AFreedSpansPagesGoBackToTheFreeingThread) {
  onFreshThread([] {
    const size_t size = 2048;  // 4 to a one-page span
    std::vector<uint64_t*> first;
    first.push_back(static_cast<uint64_t*>(mallocgc(size, nullptr)));
    MSpan* span = mheap().spanOf(first[0]);
    uintptr_t firstBase = span->base;
    while (first.size() < span->nelems)
      first.push_back(static_cast<uint64_t*>(mallocgc(size, nullptr)));
    for (uint64_t* o : first) o[5] = 0xdead;
    // The next object comes from a second span, cut after the first from
    // this thread's page cache; the first goes back to its mcentral, full.
    void* second = mallocgc(size, nullptr);
    uint32_t perSpan = mheap().spanOf(second)->nelems;
    MemStats before = readMemStats();
    for (uint64_t* o : first) freeObjectForTesting(o);
    // Its page went back to this thread's page cache, not to the heap: still
    // in use, and the next span this thread makes is cut from it, cleared.
    EXPECT_EQ(readMemStats().HeapInuse, before.HeapInuse);
    for (uint32_t i = 1; i < perSpan; i++) mallocgc(size, nullptr);
    auto* third = static_cast<uint64_t*>(mallocgc(size, nullptr));
    EXPECT_EQ(mheap().spanOf(third)->base, firstBase);
    EXPECT_EQ(third[5], 0u);
    releaseThreadCache();
  });
}

TEST(Heap, HeapBitsFollowTheType) {
  Type t = makePointerStruct();
  auto* one = static_cast<uint64_t*>(mallocgc(24, &t));
  EXPECT_TRUE(heapWordIsPointer(&one[0]));
  EXPECT_FALSE(heapWordIsPointer(&one[1]));
  EXPECT_TRUE(heapWordIsPointer(&one[2]));
  // An array of 3 in an 80-byte slot: the pattern repeats, the tail is scalar.
  auto* three = static_cast<uint64_t*>(mallocgc(72, &t));
  HeapObject object;
  ASSERT_TRUE(findHeapObject(three, &object));
  EXPECT_EQ(object.size, 80u);
  EXPECT_FALSE(object.noscan);
  std::vector<bool> want = {true, false, true, true, false, true, true, false, true, false};
  for (size_t w = 0; w < want.size(); w++) EXPECT_EQ(heapWordIsPointer(&three[w]), want[w]) << w;
  // A big array of pointers wider than 64 words.
  Type ptrs;
  ptrs.kind = Kind::Array;
  ptrs.size = 8 * 100;
  ptrs.ptrdata = 8 * 99;
  ptrs.gcmask.assign(13, 0);
  for (int w = 0; w < 99; w += 3) ptrs.gcmask[w / 8] |= uint8_t(1 << (w % 8));
  precomputeHeapBits(ptrs);
  auto* arr = static_cast<uint64_t*>(mallocgc(800 * 2, &ptrs));
  for (int w = 0; w < 200; w++) EXPECT_EQ(heapWordIsPointer(&arr[w]), (w % 100) % 3 == 0 && w % 100 < 99) << w;
  // Large: the type is kept in the span and repeats over the data.
  auto* big = static_cast<uint64_t*>(mallocgc(24 * 2000, &t));
  EXPECT_TRUE(heapWordIsPointer(&big[3 * 1500]));
  EXPECT_FALSE(heapWordIsPointer(&big[3 * 1500 + 1]));
  EXPECT_TRUE(heapWordIsPointer(&big[3 * 1999 + 2]));
  // Pointer-free memory has no pointers.
  auto* bytes = static_cast<uint64_t*>(mallocgc(64, nullptr));
  EXPECT_FALSE(heapWordIsPointer(bytes));
}

// Elements of 1, 2 and 4 words: the mask is repeated a 64-word run at a
// time, both inside one slot of at most 64 words and across wider slots.
void checkTiledArrayBits(uint64_t elemWords, uint64_t count) {
  Type elem;
  elem.kind = Kind::Struct;
  elem.size = 8 * elemWords;
  elem.ptrdata = 8;  // a pointer in word 0 only
  elem.gcmask = {1};
  precomputeHeapBits(elem);
  Type ptrs;
  ptrs.kind = Kind::Pointer;
  ptrs.size = 8;
  ptrs.ptrdata = 8;
  ptrs.gcmask = {1};
  precomputeHeapBits(ptrs);
  // The slot held an all-pointer object before, so stale bits would show.
  // A second object keeps the span in use, so the class's next refill takes
  // it back (the last partial span in) and hands out the freed slot first.
  uint64_t dataWords = count * elemWords;
  uint64_t* dirty;
  void* pin;
  do {
    dirty = static_cast<uint64_t*>(mallocgc(8 * dataWords, &ptrs));
    pin = mallocgc(8 * dataWords, &ptrs);
  } while (mheap().spanOf(pin) != mheap().spanOf(dirty));
  freeObjectForTesting(dirty);
  releaseThreadCache();
  auto* arr = static_cast<uint64_t*>(mallocgc(8 * dataWords, &elem));
  EXPECT_EQ(arr, dirty);
  HeapObject object;
  ASSERT_TRUE(findHeapObject(arr, &object));
  for (uint64_t w = 0; w < object.size / 8; w++)
    EXPECT_EQ(heapWordIsPointer(&arr[w]), w < dataWords && w % elemWords == 0)
        << "elemWords " << elemWords << " count " << count << " word " << w;
}

TEST(Heap, HeapBitsOfArraysWhoseElementsTile64Words) {
  onFreshThread([] {
    for (uint64_t elemWords : {1, 2, 4})
      for (uint64_t count : {3, 5, 40, 100}) checkTiledArrayBits(elemWords, count);
  });
}

// Every slot of a span (inside one bitmap word or across two), single
// objects and arrays, over slots that held all-pointer objects before,
// against the type's own mask: for types with precomputed heap bits (the
// inline shortcut where the slot fits one bitmap word) and without (the
// general path throughout).
void checkEverySlotsBits(bool precomputed) {
  std::mt19937 rng(11);
  for (uint64_t elemWords : {1, 2, 3, 5, 8, 12, 64}) {
    Type elem;
    elem.kind = Kind::Struct;
    elem.size = 8 * elemWords;
    uint64_t ptrWords = std::min<uint64_t>(elemWords, 8);
    uint8_t mask = static_cast<uint8_t>(rng() | 1) & static_cast<uint8_t>((1u << ptrWords) - 1);
    elem.ptrdata = 8 * (64 - __builtin_clzll(mask));
    elem.gcmask = {mask};
    Type ptrs;
    ptrs.kind = Kind::Pointer;
    ptrs.size = 8;
    ptrs.ptrdata = 8;
    ptrs.gcmask = {1};
    if (precomputed) {
      precomputeHeapBits(elem);
      precomputeHeapBits(ptrs);
    }
    for (uint64_t count : {1, 2, 3}) {
      uint64_t dataWords = elemWords * count;
      uint64_t slotBytes = roundupsize(8 * dataWords);
      // Two spans' worth, the last object kept so that its span (and the
      // stale bits of its freed slots) stays.
      uint64_t n = 2 * kPageSize * classToAllocNPages(sizeToClass(slotBytes)) / slotBytes;
      std::vector<void*> dirty;
      for (uint64_t i = 0; i < n; i++) dirty.push_back(mallocgc(slotBytes, &ptrs));
      for (uint64_t i = 0; i + 1 < n; i++) freeObjectForTesting(dirty[i]);
      releaseThreadCache();
      for (uint64_t i = 0; i < n; i++) {
        auto* o = static_cast<uint64_t*>(mallocgc(8 * dataWords, &elem));
        for (uint64_t w = 0; w < slotBytes / 8; w++)
          ASSERT_EQ(heapWordIsPointer(&o[w]),
                    w < dataWords && ((uint64_t{mask} >> (w % elemWords)) & 1) != 0)
              << "precomputed " << precomputed << " elemWords " << elemWords << " count " << count
              << " slot " << i << " word " << w;
      }
      releaseThreadCache();
    }
  }
}

TEST(Heap, HeapBitsOfEverySlotMatchTheType) {
  onFreshThread([] {
    checkEverySlotsBits(/*precomputed=*/true);
    checkEverySlotsBits(/*precomputed=*/false);
  });
}

TEST(Heap, BatchedFreesGroupObjectsBySpan) {
  onFreshThread([] {
    // 300 objects of 64 B (three spans of 128), one large object, out of order.
    std::vector<void*> objects;
    for (int i = 0; i < 300; i++) objects.push_back(mallocgc(64, nullptr));
    objects.push_back(mallocgc(100 << 10, nullptr));
    std::mt19937 rng(7);
    std::shuffle(objects.begin(), objects.end(), rng);
    MemStats before = readMemStats();
    // Free every other one in one batch: the rest stay allocated.
    std::vector<void*> freed, kept;
    for (size_t i = 0; i < objects.size(); i++) (i % 2 == 0 ? freed : kept).push_back(objects[i]);
    freeObjectsForTesting(freed.data(), freed.size());
    releaseThreadCache();  // the cached span's frees were deferred
    MemStats after = readMemStats();
    EXPECT_EQ(after.Frees - before.Frees, freed.size());
    for (void* p : freed) EXPECT_FALSE(isHeapObjectAllocated(p));
    for (void* p : kept) EXPECT_TRUE(isHeapObjectAllocated(p));
    freeObjectsForTesting(kept.data(), kept.size());
  });
}

TEST(Heap, ReusedScanSlotsGetFreshBits) {
  onFreshThread([] {
    Type t = makePointerStruct();
    Type scalar;  // same size class (24 B), pointers in word 1 only
    scalar.kind = Kind::Struct;
    scalar.size = 24;
    scalar.ptrdata = 16;
    scalar.gcmask = {0b10};
    precomputeHeapBits(scalar);
    auto* a = static_cast<uint64_t*>(mallocgc(24, &t));
    freeObjectForTesting(a);
    releaseThreadCache();
    auto* b = static_cast<uint64_t*>(mallocgc(24, &scalar));
    ASSERT_EQ(b, a);
    EXPECT_FALSE(heapWordIsPointer(&b[0]));
    EXPECT_TRUE(heapWordIsPointer(&b[1]));
    EXPECT_FALSE(heapWordIsPointer(&b[2]));
  });
}

TEST(Heap, TwoThreadsAllocateConcurrently) {
  MemStats before = readMemStats();
  constexpr int kObjects = 50000;
  std::vector<uint64_t*> got[2];
  auto worker = [&](int id) {
    Type t = makePointerStruct();
    for (int i = 0; i < kObjects; i++) {
      size_t size = size_t{8} << (i % 10);  // 8 B .. 4 KiB
      auto* p = static_cast<uint64_t*>(i % 3 == 0 ? mallocgc(24, &t) : mallocgc(size, nullptr));
      if (i % 3 == 0) size = 24;
      for (size_t w = 0; w < size / 8; w++) p[w] = uint64_t(id) << 32 | uint64_t(i);
      got[id].push_back(p);
    }
  };
  std::thread t0(worker, 0), t1(worker, 1);
  t0.join();
  t1.join();
  std::set<uint64_t*> distinct;
  for (int id = 0; id < 2; id++) {
    for (int i = 0; i < kObjects; i++) {
      size_t size = i % 3 == 0 ? 24 : size_t{8} << (i % 10);
      for (size_t w = 0; w < size / 8; w++) ASSERT_EQ(got[id][i][w], uint64_t(id) << 32 | uint64_t(i));
      distinct.insert(got[id][i]);
    }
  }
  EXPECT_EQ(distinct.size(), size_t{2 * kObjects});
  MemStats after = readMemStats();
  EXPECT_EQ(after.Mallocs - before.Mallocs, uint64_t{2 * kObjects});
}

TEST(Heap, ConcurrentFreesAcrossThreads) {
  // One thread allocates, the other frees what it gets: the frees land in
  // spans cached by the allocator (deferred) or in mcentral (immediate).
  constexpr int kObjects = 5000;
  std::atomic<void*> slots[64];
  for (auto& s : slots) s.store(nullptr);
  std::atomic<bool> done{false};
  std::atomic<int> freed{0};
  MemStats before = readMemStats();
  std::thread producer([&] {
    for (int i = 0; i < kObjects; i++) {
      void* p = mallocgc(48, nullptr);
      std::memset(p, 1, 48);
      auto& slot = slots[i % 64];
      void* expected = nullptr;
      while (!slot.compare_exchange_weak(expected, p)) {
        expected = nullptr;
        std::this_thread::yield();
      }
    }
    releaseThreadCache();
    done = true;
  });
  std::thread consumer([&] {
    for (;;) {
      bool finished = done.load();
      bool any = false;
      for (auto& s : slots) {
        void* p = s.exchange(nullptr);
        if (p != nullptr) {
          freeObjectForTesting(p);
          freed++;
          any = true;
        }
      }
      if (finished && !any) break;
      if (!any) std::this_thread::yield();
    }
  });
  producer.join();
  consumer.join();
  EXPECT_EQ(freed.load(), kObjects);
  MemStats after = readMemStats();
  EXPECT_EQ(after.Mallocs - before.Mallocs, uint64_t{kObjects});
  EXPECT_EQ(after.Frees - before.Frees, uint64_t{kObjects});
  EXPECT_EQ(after.HeapObjects, before.HeapObjects);
}

// Threads that allocate, free everything and exit, two at a time: each
// cuts spans from its own page cache and MSpan stock without the heap lock,
// and its exit hands both back. Afterwards the heap is where it was: every
// page in use and every MSpan counted in use again belongs to the spans that
// were live before.
TEST(Heap, ThreadsThatComeAndGoHandBackTheirPagesAndSpans) {
  releaseThreadCache();
  MemStats before = readMemStats();
  for (int round = 0; round < 4; round++) {
    auto worker = [round](int id) {
      std::vector<std::pair<uint64_t*, size_t>> objects;
      for (int i = 0; i < 3000; i++) {
        size_t size = size_t{64} << (i % 7);  // 64 B .. 4 KiB: many spans
        auto* p = static_cast<uint64_t*>(mallocgc(size, nullptr));
        for (size_t w = 0; w < size / 8; w++) p[w] = uint64_t(round * 2 + id) << 32 | uint64_t(i);
        objects.emplace_back(p, size);
      }
      for (size_t i = 0; i < objects.size(); i++) {
        auto [p, size] = objects[i];
        for (size_t w = 0; w < size / 8; w++)
          ASSERT_EQ(p[w], uint64_t(round * 2 + id) << 32 | uint64_t(i));
      }
      for (auto [p, size] : objects) freeObjectForTesting(p);
    };
    std::thread t0(worker, 0), t1(worker, 1);
    t0.join();
    t1.join();
  }
  MemStats after = readMemStats();
  EXPECT_EQ(after.HeapInuse, before.HeapInuse);
  EXPECT_EQ(after.MSpanInuse, before.MSpanInuse);
  EXPECT_EQ(after.HeapInuse + after.HeapIdle, after.HeapSys);
  EXPECT_EQ(after.HeapObjects, before.HeapObjects);
}

// ---- scavenger and statistics ---------------------------------------------

TEST(Heap, ScavengerReturnsFreedMemoryToTheOS) {
  constexpr size_t kObjectSize = 1 << 20;
  constexpr int kObjects = 32;
  std::vector<uint8_t*> objects;
  for (int i = 0; i < kObjects; i++) {
    auto* p = static_cast<uint8_t*>(mallocgc(kObjectSize, nullptr));
    std::memset(p, 0x77, kObjectSize);  // make it resident
    objects.push_back(p);
  }
  uint64_t rssFull = residentBytes();
  MemStats full = readMemStats();
  for (uint8_t* p : objects) freeObjectForTesting(p);
  MemStats freed = readMemStats();
  EXPECT_GE(freed.HeapIdle - full.HeapIdle, uint64_t{kObjects} * kObjectSize);
  // The background scavenger releases down to in-use + 10%.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  MemStats now = readMemStats();
  while (now.HeapReleased < full.HeapReleased + 24 * kObjectSize && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    now = readMemStats();
  }
  EXPECT_GE(now.HeapReleased, full.HeapReleased + 24 * kObjectSize);
  EXPECT_LT(residentBytes() + 20 * kObjectSize, rssFull);
  // Everything else right now.
  releaseFreeMemory();
  MemStats all = readMemStats();
  EXPECT_EQ(all.HeapReleased, all.HeapIdle);
  // Released memory comes back zeroed and without a memset.
  auto* p = static_cast<uint8_t*>(mallocgc(kObjectSize, nullptr));
  for (size_t i = 0; i < kObjectSize; i += 512) ASSERT_EQ(p[i], 0);
}

TEST(Heap, MemStatsAreConsistent) {
  onFreshThread([] {
    MemStats before = readMemStats();
    void* a = mallocgc(100, nullptr);    // class 112
    void* b = mallocgc(3000, nullptr);   // class 3072
    mallocgc(5, nullptr);                // tiny
    void* big = mallocgc(40000, nullptr);
    MemStats s = readMemStats();
    EXPECT_EQ(s.HeapInuse + s.HeapIdle, s.HeapSys);
    EXPECT_LE(s.HeapReleased, s.HeapIdle);
    EXPECT_EQ(s.Alloc, s.HeapAlloc);
    EXPECT_EQ(s.HeapObjects, s.Mallocs - s.Frees);
    EXPECT_GE(s.Sys, s.HeapSys + s.MSpanSys + s.GCSys);
    EXPECT_LE(s.HeapAlloc, s.HeapInuse);
    EXPECT_GE(s.MSpanSys, s.MSpanInuse);
    EXPECT_GT(s.MSpanInuse, 0u);
    EXPECT_EQ(s.Mallocs - before.Mallocs, 4u);
    uint8_t c112 = sizeToClass(100), c3072 = sizeToClass(3000);
    EXPECT_EQ(s.BySize[c112].Size, 112u);
    EXPECT_EQ(s.BySize[c112].Mallocs - before.BySize[c112].Mallocs, 1u);
    EXPECT_EQ(s.BySize[c3072].Mallocs - before.BySize[c3072].Mallocs, 1u);
    for (int i = 0; i < kMemStatsBySize; i++) EXPECT_EQ(s.BySize[i].Size, classToSize(uint8_t(i)));
    uint64_t tinyBlock = s.TotalAlloc - before.TotalAlloc - 112 - 3072 - 40960;
    EXPECT_TRUE(tinyBlock == 0 || tinyBlock == 16) << tinyBlock;
    freeObjectForTesting(a);
    freeObjectForTesting(b);
    freeObjectForTesting(big);
    MemStats after = readMemStats();
    EXPECT_EQ(after.Frees - s.Frees, 3u);
    EXPECT_EQ(after.BySize[c112].Frees - s.BySize[c112].Frees, 1u);
    EXPECT_EQ(s.HeapAlloc - after.HeapAlloc, 112u + 3072u + 40960u);
    EXPECT_EQ(after.HeapInuse + after.HeapIdle, after.HeapSys);
  });
}

TEST(Heap, ZeroSizeAllocationsShareOneAddress) {
  MemStats before = readMemStats();
  EXPECT_EQ(mallocgc(0, nullptr), mallocgc(0, nullptr));
  EXPECT_EQ(readMemStats().Mallocs, before.Mallocs);
}

TEST(HeapDeathTest, OutOfMemoryIsFatal) {
  EXPECT_EXIT(mallocgc(size_t{1} << 47, nullptr), testing::ExitedWithCode(2),
              "fatal error: runtime: out of memory");
}

}  // namespace
}  // namespace golem::rt
