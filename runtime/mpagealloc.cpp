// The page allocator's bitmaps, summaries and searches (see mpagealloc.h).
// Every function runs under the heap lock except allocFromCache and
// returnToCache, which touch only their mcache's cache.
#include "runtime/mpagealloc.h"

#include <algorithm>
#include <cassert>
#include <cstring>

#include "runtime/single_writer.h"

namespace golem::rt {
namespace {

// A page cache's bits of the run of npages pages from page `first` of its
// block (the run lies in the block: first + npages <= 64).
inline uint64_t cacheRunBits(uint64_t first, uint64_t npages) {
  return (npages == kPageCachePages ? ~uint64_t{0} : (uint64_t{1} << npages) - 1) << first;
}

// Calls fn(start, length) for each maximal run of zero bits of a bitmap whose
// words are word(i), i in [firstWord, endWord) (a chunk's by default), in
// address order. Stops when fn returns true and returns true then.
template <typename WordFn, typename RunFn>
bool forEachZeroRun(WordFn word, RunFn fn, uint64_t firstWord = 0, uint64_t endWord = kChunkWords) {
  uint64_t runStart = 0, runLength = 0;
  for (uint64_t w = firstWord; w < endWord; w++) {
    uint64_t x = word(w);
    if (x == 0) {
      if (runLength == 0) runStart = w * 64;
      runLength += 64;
      continue;
    }
    unsigned bit = 0;
    while (bit < 64) {
      uint64_t rest = x >> bit;
      unsigned zeros = rest == 0 ? 64 - bit : static_cast<unsigned>(__builtin_ctzll(rest));
      if (zeros > 0) {
        if (runLength == 0) runStart = w * 64 + bit;
        runLength += zeros;
        bit += zeros;
        if (bit >= 64) break;
      }
      if (runLength > 0 && fn(runStart, runLength)) return true;
      runLength = 0;
      uint64_t inverted = ~x >> bit;
      bit += inverted == 0 ? 64 - bit : static_cast<unsigned>(__builtin_ctzll(inverted));
    }
  }
  return runLength > 0 && fn(runStart, runLength);
}

void setBitRange(uint64_t* bits, uint64_t start, uint64_t n, bool value) {
  while (n > 0) {
    unsigned shift = start % 64;
    uint64_t take = std::min<uint64_t>(n, 64 - shift);
    uint64_t mask = take == 64 ? ~uint64_t{0} : ((uint64_t{1} << take) - 1) << shift;
    if (value) bits[start / 64] |= mask; else bits[start / 64] &= ~mask;
    start += take;
    n -= take;
  }
}

uint64_t countBitRange(const uint64_t* bits, uint64_t start, uint64_t n) {
  uint64_t count = 0;
  while (n > 0) {
    unsigned shift = start % 64;
    uint64_t take = std::min<uint64_t>(n, 64 - shift);
    uint64_t mask = take == 64 ? ~uint64_t{0} : ((uint64_t{1} << take) - 1) << shift;
    count += static_cast<uint64_t>(__builtin_popcountll(bits[start / 64] & mask));
    start += take;
    n -= take;
  }
  return count;
}

// The longest run of zero bits of x (not 0) between its lowest and highest
// set bits: each step of the loop shortens every run of ones by one.
uint32_t innerZeroRun(uint64_t x) {
  x >>= __builtin_ctzll(x);
  uint64_t inner = ~x & (~uint64_t{0} >> __builtin_clzll(x));
  uint32_t longest = 0;
  for (; inner != 0; inner &= inner >> 1) longest++;
  return longest;
}

// A group's summary from its words, in address order (bit 0 is a word's
// lowest page): a word with no page in use extends the current free run;
// any other ends it with its low free pages and starts the next with its
// high ones, and the runs between its pages in use are measured only when
// they could be the longest.
void summarizeGroup(PageChunk* chunk, uint64_t g) {
  const uint64_t* words = &chunk->allocBits[g * kGroupWords];
  uint32_t start = 0, longest = 0, run = 0;
  bool allFree = true;
  for (uint64_t i = 0; i < kGroupWords; i++) {
    uint64_t x = words[i];
    if (x == 0) {
      run += 64;
      continue;
    }
    uint32_t low = static_cast<uint32_t>(__builtin_ctzll(x));
    uint32_t high = static_cast<uint32_t>(__builtin_clzll(x));
    if (allFree) start = run + low;
    allFree = false;
    longest = std::max(longest, run + low);
    uint32_t innerFree = 64 - static_cast<uint32_t>(__builtin_popcountll(x)) - low - high;
    if (innerFree > longest) longest = std::max(longest, innerZeroRun(x));
    run = high;
  }
  if (allFree) start = run;
  chunk->groupStart[g] = static_cast<uint16_t>(start);
  chunk->groupMax[g] = static_cast<uint16_t>(std::max(longest, run));
  chunk->groupEnd[g] = static_cast<uint16_t>(run);
}

// The chunk's summary, combined from its groups' as Go merges pallocSums.
void summarizeChunk(PageChunk* chunk) {
  uint32_t start = 0, longest = 0, run = 0;
  bool allFree = true;
  for (uint64_t g = 0; g < kGroupsPerChunk; g++) {
    if (chunk->groupStart[g] == kGroupPages) {
      run += kGroupPages;
      if (allFree) start += kGroupPages;
      longest = std::max(longest, run);
      continue;
    }
    if (allFree) start += chunk->groupStart[g];
    allFree = false;
    longest = std::max({longest, run + chunk->groupStart[g], uint32_t{chunk->groupMax[g]}});
    run = chunk->groupEnd[g];
  }
  chunk->sumStart = start;
  chunk->sumMax = std::max(longest, run);
  chunk->sumEnd = run;
}

static_assert(kGroupsPerChunk <= 16, "staleGroups has a bit per group");

// Marks the summaries of the groups holding pages [first, first+n), and so
// the chunk's, stale: its next reader (summarized) recomputes them, once for
// any number of changes.
void markStale(PageChunk* chunk, uint64_t first = 0, uint64_t n = kPagesPerChunk) {
  uint64_t firstGroup = first / kGroupPages, lastGroup = (first + n - 1) / kGroupPages;
  uint64_t groups = (uint64_t{2} << lastGroup) - (uint64_t{1} << firstGroup);
  chunk->staleGroups = static_cast<uint16_t>(chunk->staleGroups | groups);
}

// The chunk, its groups' summaries and its own (sumStart, sumMax, sumEnd)
// up to date.
const PageChunk* summarized(PageChunk* chunk) {
  if (chunk->staleGroups == 0) return chunk;
  for (uint32_t stale = chunk->staleGroups; stale != 0; stale &= stale - 1)
    summarizeGroup(chunk, static_cast<uint64_t>(__builtin_ctz(stale)));
  chunk->staleGroups = 0;
  summarizeChunk(chunk);
  return chunk;
}

// The first page of the lowest run of npages free pages in the chunk, whose
// summary says there is one.
uint64_t findInChunk(const PageChunk* chunk, uint64_t npages) {
  uint64_t run = 0, runStart = 0;
  for (uint64_t g = 0; g < kGroupsPerChunk; g++) {
    uint64_t groupBase = g * kGroupPages;
    if (run + chunk->groupStart[g] >= npages) return run > 0 ? runStart : groupBase;
    if (chunk->groupStart[g] == kGroupPages) {
      if (run == 0) runStart = groupBase;
      run += kGroupPages;
      continue;
    }
    if (chunk->groupMax[g] >= npages) {
      uint64_t found = UINT64_MAX;
      forEachZeroRun([&](uint64_t w) { return chunk->allocBits[w]; },
                     [&](uint64_t start, uint64_t length) {
                       if (length < npages) return false;
                       found = start;
                       return true;
                     },
                     g * kGroupWords, (g + 1) * kGroupWords);
      assert(found != UINT64_MAX);
      return found;
    }
    run = chunk->groupEnd[g];
    runStart = groupBase + kGroupPages - run;
  }
  assert(false && "the chunk's summary promised a run");
  return 0;
}

}  // namespace

PageChunk* PageAlloc::chunkOf(uintptr_t addr) const {
  auto it = std::upper_bound(chunks_.begin(), chunks_.end(), addr,
                             [](uintptr_t a, const PageChunk* c) { return a < c->base; });
  if (it == chunks_.begin()) return nullptr;
  PageChunk* chunk = *(it - 1);
  return addr < chunk->base + kArenaBytes ? chunk : nullptr;
}

template <typename Fn>
void PageAlloc::forEachChunkPart(uintptr_t base, uint64_t npages, Fn fn) {
  while (npages > 0) {
    PageChunk* chunk = chunkOf(base);
    assert(chunk != nullptr);
    uint64_t first = (base - chunk->base) / kPageSize;
    uint64_t take = std::min(npages, kPagesPerChunk - first);
    fn(chunk, first, take);
    markStale(chunk, first, take);
    base += take * kPageSize;
    npages -= take;
  }
}

void PageAlloc::addChunk(PageChunk* chunk) {
  std::memset(chunk->allocBits, 0xff, sizeof chunk->allocBits);
  std::memset(chunk->scavengedBits, 0, sizeof chunk->scavengedBits);
  markStale(chunk);
  auto it = std::upper_bound(chunks_.begin(), chunks_.end(), chunk,
                             [](const PageChunk* a, const PageChunk* b) { return a->base < b->base; });
  chunks_.insert(it, chunk);
}

void PageAlloc::grow(uintptr_t base, uint64_t npages) {
  forEachChunkPart(base, npages, [](PageChunk* chunk, uint64_t first, uint64_t n) {
    assert(countBitRange(chunk->allocBits, first, n) == n);
    setBitRange(chunk->allocBits, first, n, false);
    setBitRange(chunk->scavengedBits, first, n, true);
  });
  addSingleWriter(freePages_, npages);
  addSingleWriter(scavengedFreePages_, npages);
}

bool PageAlloc::alloc(uint64_t npages, Allocation* out, bool mayCrossChunks) {
  assert(npages > 0);
  uintptr_t found = 0;
  uintptr_t runBase = 0, previousEnd = 0;
  uint64_t runLength = 0;  // free pages ending at previousEnd, maybe over several chunks
  for (PageChunk* each : chunks_) {
    const PageChunk* chunk = summarized(each);
    if (chunk->base != previousEnd || !mayCrossChunks) runLength = 0;
    if (runLength > 0 && runLength + chunk->sumStart >= npages) {
      found = runBase;
      break;
    }
    if (chunk->sumMax >= npages) {
      found = chunk->base + findInChunk(chunk, npages) * kPageSize;
      break;
    }
    if (chunk->sumStart == kPagesPerChunk) {
      if (runLength == 0) runBase = chunk->base;
      runLength += kPagesPerChunk;
    } else {
      runLength = chunk->sumEnd;
      runBase = chunk->base + kArenaBytes - runLength * kPageSize;
    }
    previousEnd = chunk->base + kArenaBytes;
  }
  if (found == 0) return false;

  uint64_t scavenged = 0;
  bool needzero = false;
  forEachChunkPart(found, npages, [&](PageChunk* chunk, uint64_t first, uint64_t n) {
    assert(countBitRange(chunk->allocBits, first, n) == 0);
    uint64_t released = countBitRange(chunk->scavengedBits, first, n);
    if (released != n) needzero = true;
    scavenged += released;
    setBitRange(chunk->allocBits, first, n, true);
    setBitRange(chunk->scavengedBits, first, n, false);
  });
  addSingleWriter(freePages_, -npages);
  addSingleWriter(scavengedFreePages_, -scavenged);
  *out = Allocation{found, scavenged, needzero};
  return true;
}

void PageAlloc::free(uintptr_t base, uint64_t npages) {
  forEachChunkPart(base, npages, [](PageChunk* chunk, uint64_t first, uint64_t n) {
    assert(countBitRange(chunk->allocBits, first, n) == n);
    assert(countBitRange(chunk->scavengedBits, first, n) == 0);
    setBitRange(chunk->allocBits, first, n, false);
  });
  addSingleWriter(freePages_, npages);
}

uint64_t PageAlloc::fillCache(PageCache* cache) {
  assert(cache->free == 0);
  for (PageChunk* chunk : chunks_) {
    if (summarized(chunk)->sumMax == 0) continue;
    // The chunk of the lowest free page. A whole resident block of it first
    // (a released one would cost page faults while dirty free pages stayed
    // resident for nothing); looking no further than this chunk bounds the
    // search to its 128 bitmap words.
    for (uint64_t g = 0; g < kGroupsPerChunk; g++) {
      if (chunk->groupMax[g] < kPageCachePages) continue;
      for (uint64_t w = g * kGroupWords; w < (g + 1) * kGroupWords; w++)
        if ((chunk->allocBits[w] | chunk->scavengedBits[w]) == 0)
          return takeCacheBlock(chunk, w, cache);
    }
    // Otherwise the block of the lowest free page (Go's allocToCache).
    for (uint64_t g = 0; g < kGroupsPerChunk; g++) {
      if (chunk->groupMax[g] == 0) continue;
      for (uint64_t w = g * kGroupWords; w < (g + 1) * kGroupWords; w++)
        if (chunk->allocBits[w] != ~uint64_t{0}) return takeCacheBlock(chunk, w, cache);
    }
  }
  return 0;
}

uint64_t PageAlloc::takeCacheBlock(PageChunk* chunk, uint64_t w, PageCache* cache) {
  uint64_t free = ~chunk->allocBits[w];
  cache->base = chunk->base + w * 64 * kPageSize;
  cache->free = free;
  cache->scav = chunk->scavengedBits[w] & free;
  chunk->allocBits[w] = ~uint64_t{0};
  chunk->scavengedBits[w] &= ~free;
  markStale(chunk, w * 64, 64);
  auto pages = static_cast<uint64_t>(__builtin_popcountll(free));
  addSingleWriter(freePages_, -int64_t(pages));
  addSingleWriter(scavengedFreePages_, -int64_t(__builtin_popcountll(cache->scav)));
  return pages;
}

bool PageAlloc::allocFromCache(PageCache* cache, uint64_t npages, Allocation* out) {
  assert(npages > 0 && npages <= kPageCacheMaxSpanPages);
  // Bit i of `starts` stays set while pages i .. i+k are all free.
  uint64_t starts = cache->free;
  for (uint64_t k = 1; k < npages && starts != 0; k++) starts &= cache->free >> k;
  if (starts == 0) return false;
  unsigned first = static_cast<unsigned>(__builtin_ctzll(starts));
  uint64_t pages = cacheRunBits(first, npages);
  uint64_t scavenged = static_cast<uint64_t>(__builtin_popcountll(cache->scav & pages));
  cache->free &= ~pages;
  cache->scav &= ~pages;
  *out = Allocation{cache->base + first * kPageSize, scavenged, scavenged != npages};
  return true;
}

bool PageAlloc::returnToCache(PageCache* cache, uintptr_t base, uint64_t npages) {
  if (base < cache->base || base + npages * kPageSize > cache->base + kPageCachePages * kPageSize)
    return false;
  uint64_t first = (base - cache->base) / kPageSize;
  uint64_t pages = cacheRunBits(first, npages);
  assert((cache->free & pages) == 0);
  cache->free |= pages;
  return true;
}

uint64_t PageAlloc::flushCache(PageCache* cache) {
  if (cache->free == 0) return 0;
  PageChunk* chunk = chunkOf(cache->base);
  assert(chunk != nullptr);
  uint64_t first = (cache->base - chunk->base) / kPageSize;
  chunk->allocBits[first / 64] &= ~cache->free;
  chunk->scavengedBits[first / 64] |= cache->scav;
  markStale(chunk, first, 64);
  auto pages = static_cast<uint64_t>(__builtin_popcountll(cache->free));
  addSingleWriter(freePages_, pages);
  addSingleWriter(scavengedFreePages_, __builtin_popcountll(cache->scav));
  *cache = PageCache{};
  return pages;
}

bool PageAlloc::takeUnscavenged(uint64_t maxPages, uintptr_t* base, uint64_t* npages) {
  uint64_t unscavenged = freePages() - scavengedFreePages();
  if (unscavenged <= takenForScavenging_) return false;
  for (auto it = chunks_.rbegin(); it != chunks_.rend(); ++it) {
    PageChunk* chunk = *it;
    if (summarized(chunk)->sumMax == 0) continue;
    uint64_t lastStart = 0, lastLength = 0;
    forEachZeroRun([&](uint64_t w) { return chunk->allocBits[w] | chunk->scavengedBits[w]; },
                   [&](uint64_t start, uint64_t length) {
                     lastStart = start;
                     lastLength = length;
                     return false;
                   });
    if (lastLength == 0) continue;
    uint64_t take = std::min(lastLength, maxPages);
    uint64_t first = lastStart + lastLength - take;  // the top of the run
    setBitRange(chunk->allocBits, first, take, true);
    markStale(chunk, first, take);
    takenForScavenging_ += take;
    *base = chunk->base + first * kPageSize;
    *npages = take;
    return true;
  }
  return false;
}

void PageAlloc::freeScavenged(uintptr_t base, uint64_t npages) {
  forEachChunkPart(base, npages, [](PageChunk* chunk, uint64_t first, uint64_t n) {
    assert(countBitRange(chunk->allocBits, first, n) == n);
    setBitRange(chunk->allocBits, first, n, false);
    setBitRange(chunk->scavengedBits, first, n, true);
  });
  takenForScavenging_ -= npages;
  addSingleWriter(scavengedFreePages_, npages);
}

bool PageAlloc::isFree(uintptr_t page) const {
  PageChunk* chunk = chunkOf(page);
  if (chunk == nullptr) return false;
  uint64_t i = (page - chunk->base) / kPageSize;
  return ((chunk->allocBits[i / 64] >> (i % 64)) & 1) == 0;
}

bool PageAlloc::isScavenged(uintptr_t page) const {
  PageChunk* chunk = chunkOf(page);
  if (chunk == nullptr) return false;
  uint64_t i = (page - chunk->base) / kPageSize;
  return ((chunk->scavengedBits[i / 64] >> (i % 64)) & 1) != 0;
}

}  // namespace golem::rt
