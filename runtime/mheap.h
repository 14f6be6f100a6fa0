// mheap: the page heap, owner of all heap memory (Go's mheap).
//
// Address space. The heap is made of 64 MiB arenas (Go's heapArenaBytes),
// reserved with mmap(PROT_NONE, MAP_NORESERVE) at hint addresses counting up
// from 0xc000000000 as Go's do (so golem's heap pointers look like Go's), and
// committed (mprotect read/write) in steps of at least 512 KiB as the heap
// grows. Newly committed pages enter the page allocator as free and scavenged:
// they are zero and cost no RSS until touched. An allocation larger than the
// rest of the current arena reserves as many contiguous arenas as it needs.
//
// Arena index. Each arena has a HeapArena metadata block (mmapped outside the
// heap) holding its page allocator chunk and `spans`, the page→span table: for
// every page of an in-use span, the span. Arenas are found from an address
// with a two-level table, as Go's arenas[l1][l2]: the 48-bit address space
// has 2^22 arenas; level 1 has 2^10 entries, each a lazily mmapped level-2
// array of 2^12 HeapArena pointers. spanOf(p) is therefore two loads and an
// index, with no lock: the entries are atomics, published with release stores
// once their span is initialized, and cleared (relaxed) when it is freed. That
// is what findObjectBase and the GC's pointer lookups use.
//
// Spans. A small span (a refill of an mcache) is cut without the heap lock,
// as Go 1.19's allocSpan does with a P: its pages come from the mcache's page
// cache (mpagealloc.h) and its MSpan from the mcache's own stock of free
// MSpans (Go's mspancache); the heap lock is taken only to restock either,
// once per 64 pages or 16 spans. A large object's span of fewer than 16
// pages is cut the same way, as Go's allocSpan cuts any span that short, and
// the heap lock is held only to list it for the sweeper. Everything else
// (longer spans, and a span whose pages the cache cannot give) takes the
// heap lock: a run of pages from the page allocator
// (growing the heap when none fits) and an MSpan from the free list (metadata
// never goes back to the OS, as Go's fixalloc). Either way the span is
// initialized and its page→span entries filled, which publishes it.
// freeSpan clears the entries and returns the pages (free runs coalesce in
// the page allocator's bitmap) and the MSpan. A span's pages go back to
// the freeing thread's page cache instead when they lie in its 64-page block
// (they stay in use for the counters, as cached pages are), and its MSpan to
// that thread's stock while it has room, so that the thread's next refill
// reuses memory and a struct still in the CPU's caches, and the free of a
// small span takes no lock. Go's freeSpan always frees to the page allocator: a thread that
// allocates and frees in turn then walks its whole 512 KiB block (a Zen 3
// core's L2) before it reuses the pages it freed first. Only large spans
// are listed (largeSpans_, for the sweeper's queue): a small span is always
// in its mcentral's lists or in an mcache. A small span never straddles two arenas,
// so that its heap bits are one slice of its arena's bitmap.
//
// Heap bits (pointer maps of small scan spans, mspan.h) live in each arena's
// metadata, a bit per word of the arena (HeapArena::heapBits, Go 1.19's heap
// arena bitmap): mapped with the arena and touched only where scan spans are,
// so a span finds its bits by address and needs no allocation for them.
//
// Statistics (Go's gcController fields): heapInUse = pages in spans and in
// mcaches' page caches (Go counts the latter as free; golem counts them when a
// cache takes them, so that cutting a span changes no shared counter);
// heapFree = free pages still backed by memory; heapReleased = free pages that
// are not (scavenged or never touched). Their sum is HeapSys, the committed
// heap. Metadata is counted apart (spanSys, cacheSys, gcMiscSys, otherSys).
//
// Sweeping (mgcsweep.h): `sweepgen` is the heap's sweep generation, moved on
// by 2 at each sweep cycle's start (startSweepGeneration, world stopped).
// Before allocSpan grows the heap while the cycle's sweep is unfinished, it
// sweeps spans until as many pages as it needs were freed (Go's reclaim), so
// that a heap does not grow only because sweeping lags. Pages of small spans
// it frees into its own page cache (freeSpan) count as freed though the run
// it wants cannot use them: at most a cache's 64 pages, so the heap may grow
// by that much more than Go's would. freeSpan of a span not yet swept (a
// test's freeObjectForTesting) marks it swept.
//
// Locking: one heap lock (`lock`) guards the page allocator, the arena list,
// the metadata allocators and the counters (written only under it); the
// list of large spans has its own (largeSpansLock_, held for a push or a
// swap-remove). A span cut from an mcache's page cache and MSpan stock is
// initialized without the heap lock (a large one is then listed under the
// list's lock), and one whose pages and MSpan go back to them is freed
// without it: the cache and the stock are that mcache's alone,
// and the sweep generation either reads does not move while any thread is
// inside the allocator or registered as a sweeper (mgcsweep.h). Lock order:
// mcentral.lock → heap lock → largeSpansLock_; heap lock → scavenger's park
// lock. Nothing here blocks with the heap lock held except mmap/mprotect
// during growth (rare). The heap, list and mcentral locks are RuntimeMutexes
// (lock_futex.h): they spin before sleeping.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "runtime/lock_futex.h"
#include "runtime/mcentral.h"
#include "runtime/mpagealloc.h"
#include "runtime/mspan.h"

namespace golem::rt {

struct MCache;

inline constexpr unsigned kArenaShift = 26;
inline constexpr unsigned kArenaL1Bits = 10;
inline constexpr unsigned kArenaL2Bits = 48 - kArenaShift - kArenaL1Bits;  // 12
inline constexpr uintptr_t kHeapGrowStep = 512 << 10;  // smallest commit (Go's 512 KiB)

// Metadata of one arena.
struct HeapArena {
  std::atomic<MSpan*> spans[kPagesPerChunk];
  PageChunk chunk;
  // The pointer bits of the arena's small scan spans: one bit per word.
  uint64_t heapBits[kPagesPerChunk * kHeapBitsBytesPerPage / sizeof(uint64_t)];
};

// Fixed-size metadata allocator (Go's fixalloc): bump allocation from mmapped
// blocks plus a free list; memory is never unmapped. Caller holds the heap lock.
class FixAlloc {
 public:
  void setSize(size_t size) { size_ = size; }
  void* alloc(std::atomic<uint64_t>& sysStat);
  void free(void* p);
  uint64_t inuse() const { return inuse_; }

 private:
  struct FreeNode { FreeNode* next; };
  size_t size_ = 0;
  FreeNode* free_ = nullptr;
  uint8_t* chunk_ = nullptr;
  size_t chunkLeft_ = 0;
  uint64_t inuse_ = 0;
};

class MHeap {
 public:
  MHeap();

  // A span of npages pages for span class spc (size class 0: a large
  // object) from the page allocator. Takes the heap lock. Never returns
  // nullptr: out of memory is fatal.
  MSpan* allocSpan(uintptr_t npages, SpanClass spc);
  // A fresh span of small span class spc for mcache c's refill: without the
  // heap lock when c's page cache and MSpan stock can supply it.
  MSpan* allocSmallSpan(MCache* c, SpanClass spc);
  // A span for one large object (spc of size class 0): fewer than 16 pages
  // are cut from mcache c's page cache, as allocSmallSpan's, when it has them;
  // the heap lock is held only to list the span.
  MSpan* allocLargeSpan(MCache* c, uintptr_t npages, SpanClass spc);
  // Returns an in-use span's pages to the page allocator. Takes the heap lock.
  void freeSpan(MSpan* span);

  // The in-use span holding address p, or nullptr (lock-free).
  MSpan* spanOf(const void* p) const {
    uintptr_t addr = reinterpret_cast<uintptr_t>(p);
    if (addr >> 48 != 0) return nullptr;
    uintptr_t arena = addr >> kArenaShift;
    std::atomic<HeapArena*>* l2 = arenaL1_[arena >> kArenaL2Bits].load(std::memory_order_acquire);
    if (l2 == nullptr) return nullptr;
    HeapArena* ha = l2[arena & ((uintptr_t{1} << kArenaL2Bits) - 1)].load(std::memory_order_acquire);
    if (ha == nullptr) return nullptr;
    return ha->spans[(addr & (kArenaBytes - 1)) >> kPageShift].load(std::memory_order_acquire);
  }

  MCentral& central(SpanClass spc) { return central_[spc]; }
  // The sweep cycle's start (world stopped, no span cached, no sweeper
  // registered): moves sweepgen on by 2 under the heap lock, which makes
  // every in-use span unswept; appends the large spans to `largeSpans`.
  void startSweepGeneration(std::vector<MSpan*>& largeSpans);
  // Changes only in startSweepGeneration, when nobody may act on it: the
  // mutators are stopped outside the allocator and the background sweeper
  // cannot register (mgcsweep.h). Read with the heap lock or an mcache
  // (span init), an mcentral lock (its lists) or a sweeper registration held. Odd, so that
  // the 0 an MSpan's constructor writes when its memory is reused never reads
  // as "unswept" (h-2) to a stale entry of the sweeper's large-span queue.
  std::atomic<uint32_t> sweepgen{1};

  // Scavenger interface (mgcscavenge.h): takes a run of free unreleased pages
  // (at most maxPages, highest address first) out of circulation, then
  // hands it back as released. Both take the heap lock.
  bool takePagesToRelease(uint64_t maxPages, uintptr_t* base, uint64_t* npages);
  void returnReleasedPages(uintptr_t base, uint64_t npages);

  // MCache metadata (under the heap lock).
  void* allocCacheMemory();
  void freeCacheMemory(void* p);
  // Gives an mcache's cached pages and MSpan stock back (takes the heap lock).
  void flushSpanSupply(MCache* c);

  // Statistics, in bytes; readable without the lock.
  uint64_t heapInUse() const { return heapInUse_.load(std::memory_order_relaxed); }
  // The largest heapInUse since the scavenger last decayed it (mgcscavenge.h).
  uint64_t heapInUseHighWater() const { return heapInUseHighWater_.load(std::memory_order_relaxed); }
  // Halves the high-water mark, but not below the highest heapInUse since
  // the last decay, and starts a new period.
  void decayHeapInUseHighWater();
  uint64_t heapReleased() const { return pages_.scavengedFreePages() * kPageSize; }
  uint64_t heapFree() const { return pages_.freePages() * kPageSize - heapReleased(); }
  uint64_t heapSys() const { return heapInUse() + pages_.freePages() * kPageSize; }
  uint64_t spanSys() const { return spanSys_.load(std::memory_order_relaxed); }
  uint64_t spanInUse();
  uint64_t cacheSys() const { return cacheSys_.load(std::memory_order_relaxed); }
  uint64_t cacheInUse();
  uint64_t gcMiscSys() const { return gcMiscSys_.load(std::memory_order_relaxed); }
  uint64_t otherSys() const { return otherSys_.load(std::memory_order_relaxed); }

  RuntimeMutex lock;
  PageAlloc& pagesForTesting() { return pages_; }
  // Every in-use span, found through the page→span table (a test hook: it
  // walks every arena's pages under the heap lock).
  void snapshotInUseSpans(std::vector<MSpan*>& out);

 private:
  // Adds at least npages of committed free pages; returns the bytes added,
  // 0 when out of memory.
  uintptr_t grow(uintptr_t npages);
  bool reserveArenas(uintptr_t bytes);
  void registerArena(uintptr_t base);
  HeapArena* arenaOf(uintptr_t addr) const;
  void setSpanPages(MSpan* span, MSpan* value);
  // Sets up a span on the pages of `run` (publishing it in the page→span
  // table last); no lock needed for a span no other thread can reach yet.
  void initSpan(MSpan* span, const PageAlloc::Allocation& run, uintptr_t npages, SpanClass spc);
  // Restocks c's page cache (if empty) and MSpan stock (up to half full;
  // heap lock held).
  void restockSpanSupply(MCache* c);
  // A span of npages (< 16) cut from c's page cache and MSpan stock, the
  // heap lock taken only to restock them; nullptr when the cache has no run
  // that long.
  MSpan* spanFromCache(MCache* c, uintptr_t npages, SpanClass spc);
  // Adds a large span to largeSpans_, the sweeper's list, and takes it out
  // (take largeSpansLock_; the heap lock may be held).
  void listLargeSpan(MSpan* span);
  void unlistLargeSpan(MSpan* span);
  // heapInUse += bytes, and the high-water marks with it (heap lock held).
  void addHeapInUse(int64_t bytes);

  alignas(64) MCentral central_[kNumSpanClasses];
  std::atomic<std::atomic<HeapArena*>*> arenaL1_[uintptr_t{1} << kArenaL1Bits] = {};
  PageAlloc pages_;
  uintptr_t nextArenaHint_;
  uintptr_t curArenaCommitted_ = 0;  // [curArenaCommitted_, curArenaEnd_) reserved, not committed
  uintptr_t curArenaEnd_ = 0;
  FixAlloc spanAlloc_;
  // In-use large spans, in no order, and each one's largeSpansIndex: under
  // their own lock, so that a large object of under 16 pages, cut from its
  // mcache's page cache, is listed and unlisted without the heap lock.
  RuntimeMutex largeSpansLock_;
  std::vector<MSpan*> largeSpans_;
  FixAlloc cacheAlloc_;
  std::atomic<uint64_t> heapInUse_{0};
  std::atomic<uint64_t> heapInUseHighWater_{0};
  uint64_t heapInUsePeriodPeak_ = 0;  // highest heapInUse since the last decay (heap lock)
  std::atomic<uint64_t> spanSys_{0};
  std::atomic<uint64_t> cacheSys_{0};
  std::atomic<uint64_t> gcMiscSys_{0};
  std::atomic<uint64_t> otherSys_{0};
};

// The heap, created on first use and never destroyed (threads may allocate
// during process exit). Inline, because every refill, free and pointer
// lookup asks for it; makeMHeap runs once.
MHeap& makeMHeap();
inline MHeap& mheap() {
  static MHeap& heap = makeMHeap();
  return heap;
}

// Maps memory for runtime metadata outside the heap (zeroed); fatal on failure.
void* sysAllocMetadata(size_t bytes, std::atomic<uint64_t>& sysStat);

// "fatal error: runtime: out of memory", exit status 2.
[[noreturn]] void throwOutOfMemory();

}  // namespace golem::rt
