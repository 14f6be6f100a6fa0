// The page allocator: which 8 KiB pages of the heap are free (Go's pageAlloc).
//
// The heap's address space is made of 64 MiB arenas; the page allocator keeps
// one PageChunk per arena (Go uses 4 MiB chunks under a five-level radix tree
// of summaries; golem has one level, which is enough for heaps of a few
// hundred arenas):
//   * allocBits, one bit per page, 1 = in use. Pages of an arena the heap has
//     not grown into yet are also 1, so they are never found.
//   * scavengedBits, one bit per page, 1 = the page is free and its memory is
//     not backed by the OS (fresh from mmap, or released by the scavenger with
//     madvise(MADV_DONTNEED)): it reads as zero and costs no RSS.
//   * summaries of allocBits, as Go's pallocSum (the free pages at the start,
//     the longest free run, and the free pages at the end) on two levels:
//     one per group of 512 pages (Go's chunk size), and one for the chunk,
//     combined from its 16 groups. Both are brought up to date when next
//     read (a search), not at each change: a change only marks the groups
//     it touches stale, and a read recomputes those (8 words of bitmap
//     each) and combines the chunk's, once for any number of changes
//     before it. The sweeper frees spans by the hundred between two
//     searches, mostly within one group, under the heap lock that
//     allocating threads wait for.
//
// Allocation is first fit by address, as Go's: walk the chunks in address
// order, carrying a free run across adjacent chunks (end of one + start of the
// next); inside a chunk whose summary says a run fits, walk its groups the
// same way, and search a group's bitmap only when its summary says so.
// Lowest-address first fit keeps the heap compact, and the scavenger takes
// pages from the top, so the two rarely fight over the same pages.
//
// Freeing clears the alloc bits; free runs coalesce by construction (they are
// just adjacent zero bits, whichever spans they came from).
//
// Zeroing: a run needs zeroing exactly when one of its pages has a clear
// scavenged bit (the page was used since the OS gave or took it back). Fresh
// memory is therefore never cleared twice.
//
// Page caches (Go's pageCache, mpagecache.go): small spans come and go at
// every mcache refill, and each first-fit search plus summary update costs
// about a thousand instructions. An mcache instead takes all the free pages
// of one 64-page aligned block at once (fillCache: marked in use here, so no
// one else finds them) and cuts spans under 16 pages from that bitmap
// (allocFromCache: a run of n pages is n-1 shift-and-ands and a count of
// trailing zeros), without the heap lock: the cache is its mcache's alone.
// Unlike Go, which counts cached pages as free (HeapIdle) until a span takes
// them, golem counts them out of the free pages when the cache takes them
// (the heap counts them in use, mheap.h), so that cutting a span changes no
// shared counter; flushCache gives back what is left when the mcache goes
// away. A span cut from a cache's block may come back to it when freed
// (returnToCache, by the heap's freeSpan on the mcache's own thread): its
// pages were in use and stay so, and are dirty now. The scavenger cannot
// release cached pages; they are at most 64 per mcache.
//
// Locking: everything here runs under the heap lock (mheap.h) except
// allocFromCache and returnToCache, which touch only the cache. The counters are atomics
// only so that MemStats readers need not take the lock (written with
// addSingleWriter: the lock makes every writer the only one).
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/sizeclasses.h"

namespace golem::rt {

inline constexpr uint64_t kArenaBytes = uint64_t{64} << 20;  // Go's heapArenaBytes on linux/amd64
inline constexpr uint64_t kPagesPerChunk = kArenaBytes / kPageSize;  // 8192
inline constexpr uint64_t kChunkWords = kPagesPerChunk / 64;
inline constexpr uint64_t kGroupPages = 512;  // Go's pallocChunkPages
inline constexpr uint64_t kGroupWords = kGroupPages / 64;
inline constexpr uint64_t kGroupsPerChunk = kPagesPerChunk / kGroupPages;

struct PageChunk {
  uintptr_t base = 0;
  uint64_t allocBits[kChunkWords];
  uint64_t scavengedBits[kChunkWords];
  uint32_t sumStart = 0, sumMax = 0, sumEnd = 0;  // free pages at start, longest run, at end
  uint16_t groupStart[kGroupsPerChunk], groupMax[kGroupsPerChunk], groupEnd[kGroupsPerChunk];  // the same per group
  uint16_t staleGroups = 0;  // bit g: group g changed since its summary (and the chunk's) were made
};

// The free pages an mcache holds (see "Page caches" above).
struct PageCache {
  uintptr_t base = 0;  // first page of the 64-page block
  uint64_t free = 0;   // 1 = a free page of this cache
  uint64_t scav = 0;   // 1 = also scavenged (reads as zero, costs no RSS)
};
inline constexpr uint64_t kPageCachePages = 64;
inline constexpr uint64_t kPageCacheMaxSpanPages = kPageCachePages / 4 - 1;  // Go: npages < 16

class PageAlloc {
 public:
  struct Allocation {
    uintptr_t base;
    uint64_t scavengedPages;  // pages that were released (now back in use)
    bool needzero;            // some page may hold old data
  };

  // Adds an arena's chunk; all of its pages start in use (not grown into).
  void addChunk(PageChunk* chunk);
  // Makes [base, base+npages*kPageSize) available: free and scavenged.
  void grow(uintptr_t base, uint64_t npages);
  // Takes the lowest-addressed run of npages free pages; false if none. The
  // run lies in one chunk unless mayCrossChunks (a small span keeps its heap
  // bits in its arena's bitmap, so it must not straddle two arenas).
  bool alloc(uint64_t npages, Allocation* out, bool mayCrossChunks = true);
  // Returns a run taken by alloc; its pages become free and dirty.
  void free(uintptr_t base, uint64_t npages);

  // Page caches. fillCache takes the free pages of a 64-page block into an
  // empty cache and returns how many (0 if the heap has no free page): in
  // the chunk of the lowest free page, its lowest block that is all free
  // and resident (none of its pages released), or else, as Go, the block
  // of the lowest free page. Go takes the latter always; but while one
  // thread frees a block's spans one by one, another thread restocking its
  // cache would take the few pages freed so far, again at each restock: two
  // threads allocating and freeing 4 KiB objects took 3.9 pages a restock,
  // a heap lock per span, where one thread takes 64. Skipping a partly free
  // block only for a resident one keeps RSS as Go's choice does, and
  // looking only in one chunk bounds the search. allocFromCache takes npages (<=
  // kPageCacheMaxSpanPages) consecutive pages of it (false if it has no such run; no lock needed);
  // flushCache frees what is left and returns how many pages that was.
  uint64_t fillCache(PageCache* cache);
  static bool allocFromCache(PageCache* cache, uint64_t npages, Allocation* out);
  uint64_t flushCache(PageCache* cache);
  // Takes back the pages of a freed span into the cache when they lie in its
  // block: free (and dirty) in the cache, still in use for the heap's
  // counters, as cached pages are. False, and nothing changes, when they do
  // not. No lock needed, as allocFromCache.
  static bool returnToCache(PageCache* cache, uintptr_t base, uint64_t npages);

  // For the scavenger: takes (marks in use) the highest-addressed run of free,
  // unscavenged pages, at most maxPages long, or returns false. The caller
  // releases the memory without the lock, then gives it back with
  // freeScavenged. Counters treat the pages as still free meanwhile.
  bool takeUnscavenged(uint64_t maxPages, uintptr_t* base, uint64_t* npages);
  void freeScavenged(uintptr_t base, uint64_t npages);

  uint64_t freePages() const { return freePages_.load(std::memory_order_relaxed); }
  uint64_t scavengedFreePages() const { return scavengedFreePages_.load(std::memory_order_relaxed); }

  // Test hooks.
  bool isFree(uintptr_t page) const;
  bool isScavenged(uintptr_t page) const;
  size_t chunkCount() const { return chunks_.size(); }

 private:
  PageChunk* chunkOf(uintptr_t addr) const;
  // Moves the free pages of the chunk's bitmap word w (a 64-page block)
  // into an empty cache; returns how many.
  uint64_t takeCacheBlock(PageChunk* chunk, uint64_t w, PageCache* cache);
  // Calls fn(chunk, firstPageIndex, npages) for each chunk's part of a run.
  template <typename Fn>
  void forEachChunkPart(uintptr_t base, uint64_t npages, Fn fn);

  std::vector<PageChunk*> chunks_;  // sorted by base
  std::atomic<uint64_t> freePages_{0};
  std::atomic<uint64_t> scavengedFreePages_{0};
  uint64_t takenForScavenging_ = 0;  // pages between takeUnscavenged and freeScavenged
};

}  // namespace golem::rt
