// mheap: arenas, growth, span allocation and the page→span table
// (see mheap.h for the design and the locks).
#include "runtime/mheap.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <new>
#include <string_view>

#include "runtime/mcache.h"
#include "runtime/mgcscavenge.h"
#include "runtime/mgcsweep.h"
#include "runtime/output.h"
#include "runtime/single_writer.h"

namespace golem::rt {
namespace {

constexpr uintptr_t kFirstArenaHint = 0x00c000000000;  // Go's first arena hint on amd64
constexpr size_t kMetadataBlock = 256 << 10;

uintptr_t roundUp(uintptr_t n, uintptr_t to) { return (n + to - 1) / to * to; }

}  // namespace

void throwOutOfMemory() {
  constexpr std::string_view message = "fatal error: runtime: out of memory\n";
  flushStdout();
  writeStderr(message.data(), message.size());
  _exit(2);  // not exit(): atexit handlers could allocate under the heap lock
}

void* sysAllocMetadata(size_t bytes, std::atomic<uint64_t>& sysStat) {
  bytes = roundUp(bytes, 4096);
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throwOutOfMemory();
  sysStat.fetch_add(bytes, std::memory_order_relaxed);
  return p;
}

void* FixAlloc::alloc(std::atomic<uint64_t>& sysStat) {
  inuse_ += size_;
  if (free_ != nullptr) {
    FreeNode* node = free_;
    free_ = node->next;
    return node;
  }
  if (chunkLeft_ < size_) {
    chunk_ = static_cast<uint8_t*>(sysAllocMetadata(kMetadataBlock, sysStat));
    chunkLeft_ = kMetadataBlock;
  }
  void* p = chunk_;
  chunk_ += size_;
  chunkLeft_ -= size_;
  return p;
}

void FixAlloc::free(void* p) {
  inuse_ -= size_;
  auto* node = static_cast<FreeNode*>(p);
  node->next = free_;
  free_ = node;
}

MHeap::MHeap() : nextArenaHint_(kFirstArenaHint) {
  for (int spc = 0; spc < kNumSpanClasses; spc++) central_[spc].init(static_cast<SpanClass>(spc));
  spanAlloc_.setSize(sizeof(MSpan));
  cacheAlloc_.setSize(sizeof(MCache));
}

MHeap& makeMHeap() { return *new MHeap(); }

void MHeap::registerArena(uintptr_t base) {
  uintptr_t arena = base >> kArenaShift;
  std::atomic<std::atomic<HeapArena*>*>& l1 = arenaL1_[arena >> kArenaL2Bits];
  std::atomic<HeapArena*>* l2 = l1.load(std::memory_order_relaxed);
  if (l2 == nullptr) {
    l2 = static_cast<std::atomic<HeapArena*>*>(
        sysAllocMetadata(sizeof(std::atomic<HeapArena*>) << kArenaL2Bits, gcMiscSys_));
    l1.store(l2, std::memory_order_release);
  }
  // mmap'd memory is zero, which is a valid empty HeapArena.
  auto* ha = static_cast<HeapArena*>(sysAllocMetadata(sizeof(HeapArena), gcMiscSys_));
  ha->chunk.base = base;
  pages_.addChunk(&ha->chunk);
  l2[arena & ((uintptr_t{1} << kArenaL2Bits) - 1)].store(ha, std::memory_order_release);
}

bool MHeap::reserveArenas(uintptr_t bytes) {
  uintptr_t size = roundUp(bytes, kArenaBytes);
  const int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
  void* p = mmap(reinterpret_cast<void*>(nextArenaHint_), size, PROT_NONE, flags, -1, 0);
  uintptr_t base = reinterpret_cast<uintptr_t>(p);
  if (p != MAP_FAILED && base != nextArenaHint_) {
    munmap(p, size);
    p = MAP_FAILED;
  }
  if (p == MAP_FAILED) {
    // The hint is taken: let the kernel choose, with room to align to an arena.
    p = mmap(nullptr, size + kArenaBytes, PROT_NONE, flags, -1, 0);
    if (p == MAP_FAILED) return false;
    uintptr_t start = reinterpret_cast<uintptr_t>(p);
    base = roundUp(start, kArenaBytes);
    if (base > start) munmap(p, base - start);
    uintptr_t tail = start + size + kArenaBytes - (base + size);
    if (tail > 0) munmap(reinterpret_cast<void*>(base + size), tail);
    if ((base + size) >> 48 != 0) {
      munmap(reinterpret_cast<void*>(base), size);
      return false;
    }
  }
  for (uintptr_t a = base; a < base + size; a += kArenaBytes) registerArena(a);
  if (base == curArenaEnd_) {
    curArenaEnd_ += size;  // contiguous: free runs may continue across
  } else {
    // The rest of the previous reservation is abandoned (it stays PROT_NONE).
    curArenaCommitted_ = base;
    curArenaEnd_ = base + size;
  }
  nextArenaHint_ = base + size;
  return true;
}

uintptr_t MHeap::grow(uintptr_t npages) {
  uintptr_t bytes = roundUp(npages * kPageSize, kHeapGrowStep);
  if (bytes / kPageSize < npages) return 0;  // overflow
  if (curArenaEnd_ - curArenaCommitted_ < bytes && !reserveArenas(bytes)) return 0;
  // Contiguous reservations extend the current arena, others replace it: both fit.
  assert(curArenaEnd_ - curArenaCommitted_ >= bytes);
  if (mprotect(reinterpret_cast<void*>(curArenaCommitted_), bytes, PROT_READ | PROT_WRITE) != 0)
    return 0;
  pages_.grow(curArenaCommitted_, bytes / kPageSize);
  curArenaCommitted_ += bytes;
  return bytes;
}

HeapArena* MHeap::arenaOf(uintptr_t addr) const {
  uintptr_t arena = addr >> kArenaShift;
  return arenaL1_[arena >> kArenaL2Bits]
      .load(std::memory_order_relaxed)[arena & ((uintptr_t{1} << kArenaL2Bits) - 1)]
      .load(std::memory_order_relaxed);
}

void MHeap::setSpanPages(MSpan* span, MSpan* value) {
  HeapArena* ha = arenaOf(span->base);
  for (uintptr_t page = span->base; page < span->base + span->npages * kPageSize; page += kPageSize) {
    if ((page & (kArenaBytes - 1)) == 0) ha = arenaOf(page);  // a large span crossing arenas
    ha->spans[(page & (kArenaBytes - 1)) >> kPageShift].store(value, std::memory_order_release);
  }
}

void MHeap::initSpan(MSpan* span, const PageAlloc::Allocation& run, uintptr_t npages,
                     SpanClass spc) {
  span->init(run.base, npages, spc);
  span->needzero = run.needzero;
  if (!span->isLarge() && !span->noscan()) {
    // The span's slice of its arena's bitmap (it lies in one arena).
    constexpr uintptr_t kWordsPerPage = kHeapBitsBytesPerPage / sizeof(uint64_t);
    uintptr_t firstPage = (run.base & (kArenaBytes - 1)) >> kPageShift;
    span->heapBits = &arenaOf(run.base)->heapBits[firstPage * kWordsPerPage];
    std::memset(span->heapBits, 0, npages * kHeapBitsBytesPerPage);
  }
  setSpanPages(span, span);
}

void MHeap::addHeapInUse(int64_t bytes) {
  addSingleWriter(heapInUse_, bytes);
  if (bytes <= 0) return;
  uint64_t inUse = heapInUse();
  if (inUse > heapInUseHighWater_.load(std::memory_order_relaxed))
    heapInUseHighWater_.store(inUse, std::memory_order_relaxed);
  if (inUse > heapInUsePeriodPeak_) heapInUsePeriodPeak_ = inUse;
}

MSpan* MHeap::allocSpan(uintptr_t npages, SpanClass spc) {
  std::unique_lock<RuntimeMutex> guard(lock);
  PageAlloc::Allocation run;
  bool large = spanClassSizeClass(spc) == 0;
  uint64_t grownBytes = 0;
  if (!pages_.alloc(npages, &run, large)) {
    if (!sweepDone()) {
      // Sweeping takes mcentral locks, which come before ours.
      guard.unlock();
      sweepToReclaim(npages);
      guard.lock();
    }
    if (!pages_.alloc(npages, &run, large)) {
      grownBytes = grow(npages);
      if (grownBytes == 0 || !pages_.alloc(npages, &run, large)) throwOutOfMemory();
    }
  }
  addHeapInUse(int64_t(npages * kPageSize));
  MSpan* span = new (spanAlloc_.alloc(spanSys_)) MSpan;
  initSpan(span, run, npages, spc);
  if (large) listLargeSpan(span);
  guard.unlock();
  if (grownBytes != 0) scavengeForGrowth(grownBytes);
  return span;
}

void MHeap::restockSpanSupply(MCache* c) {
  while (c->spanStockCount < kSpanStockRefill)
    c->spanStock[c->spanStockCount++] = new (spanAlloc_.alloc(spanSys_)) MSpan;
  if (c->pageCache.free == 0) addHeapInUse(int64_t(pages_.fillCache(&c->pageCache) * kPageSize));
}

void MHeap::listLargeSpan(MSpan* span) {
  std::lock_guard<RuntimeMutex> guard(largeSpansLock_);
  span->largeSpansIndex = static_cast<uint32_t>(largeSpans_.size());
  largeSpans_.push_back(span);
}

void MHeap::unlistLargeSpan(MSpan* span) {
  std::lock_guard<RuntimeMutex> guard(largeSpansLock_);
  MSpan* moved = largeSpans_.back();
  largeSpans_[span->largeSpansIndex] = moved;
  moved->largeSpansIndex = span->largeSpansIndex;
  largeSpans_.pop_back();
}

MSpan* MHeap::spanFromCache(MCache* c, uintptr_t npages, SpanClass spc) {
  assert(npages <= kPageCacheMaxSpanPages);
  if (c->spanStockCount == 0 || c->pageCache.free == 0) {
    std::lock_guard<RuntimeMutex> guard(lock);
    restockSpanSupply(c);
  }
  PageAlloc::Allocation run;
  if (!PageAlloc::allocFromCache(&c->pageCache, npages, &run)) return nullptr;
  MSpan* span = c->spanStock[--c->spanStockCount];  // a Dead MSpan: init sets every field
  initSpan(span, run, npages, spc);
  return span;
}

MSpan* MHeap::allocSmallSpan(MCache* c, SpanClass spc) {
  uintptr_t npages = classToAllocNPages(spanClassSizeClass(spc));
  static_assert(kMaxSmallSpanPages <= kPageCacheMaxSpanPages, "every small span fits a page cache");
  MSpan* span = spanFromCache(c, npages, spc);
  return span != nullptr ? span : allocSpan(npages, spc);  // no run that long in the cache
}

MSpan* MHeap::allocLargeSpan(MCache* c, uintptr_t npages, SpanClass spc) {
  MSpan* span = npages <= kPageCacheMaxSpanPages ? spanFromCache(c, npages, spc) : nullptr;
  if (span == nullptr) return allocSpan(npages, spc);
  listLargeSpan(span);
  return span;
}

void MHeap::flushSpanSupply(MCache* c) {
  std::lock_guard<RuntimeMutex> guard(lock);
  addHeapInUse(-int64_t(pages_.flushCache(&c->pageCache) * kPageSize));
  while (c->spanStockCount > 0) spanAlloc_.free(c->spanStock[--c->spanStockCount]);
}

void MHeap::freeSpan(MSpan* span) {
  assert(span->state == SpanState::InUse);
  // A span freed before it was swept leaves the cycle's sweep queue with it
  // (a sweeper that claimed it first would be freeing it too: a caller bug).
  uint32_t sg = sweepgen.load(std::memory_order_relaxed);
  uint32_t unswept = sg - 2;
  span->sweepgen.compare_exchange_strong(unswept, sg, std::memory_order_acq_rel);
  assert(span->sweepgen.load(std::memory_order_relaxed) == sg);
  setSpanPages(span, nullptr);
  span->heapBits = nullptr;
  span->state = SpanState::Dead;
  if (span->isLarge()) unlistLargeSpan(span);
  // A span's pages go back to the freeing thread's page cache when they lie
  // in its block, and its MSpan to the thread's stock while it has room,
  // with no lock (both are the thread's own): the next span reuses memory
  // and struct still in the CPU's caches.
  MCache* c = threadMCache;
  bool pagesToHeap =
      c == nullptr || !PageAlloc::returnToCache(&c->pageCache, span->base, span->npages);
  bool spanToHeap = c == nullptr || c->spanStockCount == kSpanStockSize;
  if (!spanToHeap) c->spanStock[c->spanStockCount++] = span;
  if (!pagesToHeap && !spanToHeap) return;
  {
    std::lock_guard<RuntimeMutex> guard(lock);
    if (pagesToHeap) {
      pages_.free(span->base, span->npages);
      addHeapInUse(-int64_t(span->npages * kPageSize));
    }
    if (spanToHeap) spanAlloc_.free(span);
  }
  if (pagesToHeap) wakeScavenger();
}

bool MHeap::takePagesToRelease(uint64_t maxPages, uintptr_t* base, uint64_t* npages) {
  std::lock_guard<RuntimeMutex> guard(lock);
  return pages_.takeUnscavenged(maxPages, base, npages);
}

void MHeap::returnReleasedPages(uintptr_t base, uint64_t npages) {
  std::lock_guard<RuntimeMutex> guard(lock);
  pages_.freeScavenged(base, npages);
}

void MHeap::decayHeapInUseHighWater() {
  std::lock_guard<RuntimeMutex> guard(lock);
  // Never below this period's peak: a heap that is freed and built again
  // (in-use falling to nothing between rounds) keeps its pages; one that
  // died halves its mark each period.
  uint64_t halved = heapInUseHighWater_.load(std::memory_order_relaxed) / 2;
  heapInUseHighWater_.store(std::max({halved, heapInUsePeriodPeak_, heapInUse()}),
                            std::memory_order_relaxed);
  heapInUsePeriodPeak_ = heapInUse();
}

void MHeap::startSweepGeneration(std::vector<MSpan*>& largeSpans) {
  std::lock_guard<RuntimeMutex> guard(lock);
  sweepgen.store(sweepgen.load(std::memory_order_relaxed) + 2, std::memory_order_release);
  std::lock_guard<RuntimeMutex> listGuard(largeSpansLock_);
  largeSpans.insert(largeSpans.end(), largeSpans_.begin(), largeSpans_.end());
}

void MHeap::snapshotInUseSpans(std::vector<MSpan*>& out) {
  std::lock_guard<RuntimeMutex> guard(lock);
  out.clear();
  for (auto& l1 : arenaL1_) {
    std::atomic<HeapArena*>* l2 = l1.load(std::memory_order_relaxed);
    for (uintptr_t i = 0; l2 != nullptr && i < (uintptr_t{1} << kArenaL2Bits); i++) {
      HeapArena* ha = l2[i].load(std::memory_order_relaxed);
      for (uintptr_t page = 0; ha != nullptr && page < kPagesPerChunk; page++) {
        MSpan* span = ha->spans[page].load(std::memory_order_relaxed);
        if (span != nullptr && span->base == ha->chunk.base + page * kPageSize) out.push_back(span);
      }
    }
  }
}

void* MHeap::allocCacheMemory() { return cacheAlloc_.alloc(cacheSys_); }
void MHeap::freeCacheMemory(void* p) { cacheAlloc_.free(p); }

uint64_t MHeap::spanInUse() {
  std::lock_guard<RuntimeMutex> guard(lock);
  return spanAlloc_.inuse();
}

uint64_t MHeap::cacheInUse() {
  std::lock_guard<RuntimeMutex> guard(lock);
  return cacheAlloc_.inuse();
}

}  // namespace golem::rt
