// Marking: greying candidates and scanning objects (see mgcmark.h).
#include "runtime/mgcmark.h"

#include <atomic>
#include <cassert>
#include <mutex>
#include <vector>

#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"

namespace golem::rt {
namespace {

// Grey objects waiting for any marker, handed over in batches.
struct GreyQueue {
  std::mutex lock;
  std::vector<std::pair<uintptr_t, const MSpan*>> items;
  std::atomic<size_t> size{0};
};
GreyQueue& greyQueue() {
  static GreyQueue* q = new GreyQueue();
  return *q;
}
constexpr size_t kBatch = 256;  // objects moved per lock of the global queue

std::atomic<uint64_t> markedTotal{0};
std::atomic<uint64_t> scannedTotal{0};

// Thread markers, so that tests can reach them all (thread exit flushes).
struct ThreadMarkerOwner {
  GCMarker* marker = nullptr;
  ~ThreadMarkerOwner() {
    if (marker != nullptr) {
      marker->flush();
      delete marker;
    }
  }
};
thread_local ThreadMarkerOwner threadMarkerOwner;

// The mark bit of the slot holding `addr` in `span`, as word and mask.
inline uint64_t* markWord(MSpan* span, uintptr_t addr, uint64_t* mask) {
  uint32_t index = span->isLarge() ? 0 : span->objectIndex(addr);
  *mask = uint64_t{1} << (index % 64);
  return &span->gcmarkBits[index / 64];
}

}  // namespace

void ensurePremarkedSlow(MSpan* span, uint32_t cycle) {
  while (span->premarkLock.exchange(true, std::memory_order_acquire)) __builtin_ia32_pause();
  if (span->premarkCycle.load(std::memory_order_relaxed) != cycle) {
    if (!span->isLarge())
      for (uint32_t w = 0; w < span->bitWords(); w++)
        __atomic_fetch_or(&span->gcmarkBits[w], ~span->allocBits[w], __ATOMIC_RELAXED);
    span->premarkCycle.store(cycle, std::memory_order_release);
  }
  span->premarkLock.store(false, std::memory_order_release);
}

void ensurePremarked(MSpan* span) {
  uint32_t cycle = premarkCycle.load(std::memory_order_relaxed);
  if (span->premarkCycle.load(std::memory_order_acquire) != cycle) ensurePremarkedSlow(span, cycle);
}

void GCMarker::greyObject(uintptr_t p) {
  MSpan* span = mheap().spanOf(reinterpret_cast<const void*>(p));
  if (span == nullptr || p < span->base || p >= span->limit) return;
  uintptr_t base = span->base;
  if (!span->isLarge()) {
    uint32_t index = span->objectIndex(p);
    if (gcMarking.load(std::memory_order_relaxed)) {
      // Free slots are pre-marked, so the mark bit alone decides. The alloc
      // state is not read: an mcache on another thread changes freeindex and
      // allocBits without synchronizing with markers.
      ensurePremarked(span);
    } else if (!span->isAllocated(index)) {
      return;  // a stale word pointing at a free slot
    }
    base = span->objectBase(index);
  }
  uint64_t mask;
  uint64_t* word = markWord(span, base, &mask);
  if (__atomic_load_n(word, __ATOMIC_RELAXED) & mask) return;
  if (__atomic_fetch_or(word, mask, __ATOMIC_RELAXED) & mask) return;  // another marker won
  markedBytes_ += span->elemsize;
  markedObjects_++;
  if (!span->noscan()) grey_.push_back(Grey{base, span});
}

__attribute__((no_sanitize("address"))) void GCMarker::scanConservative(const void* begin, const void* end) {
  uintptr_t from = (reinterpret_cast<uintptr_t>(begin) + 7) & ~uintptr_t{7};
  uintptr_t to = reinterpret_cast<uintptr_t>(end);
  for (uintptr_t at = from; at + 8 <= to; at += 8) markPointer(*reinterpret_cast<const uintptr_t*>(at));
  scannedBytes_ += to > from ? to - from : 0;
}

void GCMarker::scanWithMap(const uint64_t* begin, size_t words, const uint8_t* pointerMap, size_t mapBytes) {
  for (size_t w = 0; w < words && w / 8 < mapBytes; w++)
    if ((pointerMap[w / 8] >> (w % 8)) & 1) markPointer(begin[w]);
  scannedBytes_ += words * 8;
}

void GCMarker::scanObject(uintptr_t base, const MSpan* span) {
  HeapPointerCheck check = heapPointerCheck_.load(std::memory_order_acquire);
  const auto* words = reinterpret_cast<const uintptr_t*>(base);
  if (!span->isLarge()) {
    // One bitmap word covers 64 heap words: test a whole run at a time.
    uint64_t first = (base - span->base) / 8;
    uint64_t n = span->elemsize / 8;
    for (uint64_t w = 0; w < n;) {
      uint64_t bit = first + w;
      uint64_t bits = span->heapBits[bit / 64] >> (bit % 64);
      unsigned run = static_cast<unsigned>(64 - bit % 64);
      if (run > n - w) run = static_cast<unsigned>(n - w);
      if (run < 64) bits &= (uint64_t{1} << run) - 1;
      while (bits != 0) {
        unsigned k = static_cast<unsigned>(__builtin_ctzll(bits));
        uintptr_t value = __atomic_load_n(&words[w + k], __ATOMIC_RELAXED);
        if (__builtin_expect(check != nullptr, 0)) check(value, base);
        greyObject(value);
        bits &= bits - 1;
      }
      w += run;
    }
    scannedBytes_ += span->elemsize;
    return;
  }
  const Type* type = span->largeType;
  if (type == nullptr) return;
  uint64_t elemWords = type->size / 8;
  uint64_t ptrWords = (type->ptrdata + 7) / 8;
  for (uint64_t e = 0; e * type->size < span->largeDataSize; e++) {
    const uintptr_t* elem = words + e * elemWords;
    for (uint64_t w = 0; w < ptrWords; w++) {
      if (!type->wordIsPointer(w)) continue;
      uintptr_t value = __atomic_load_n(&elem[w], __ATOMIC_RELAXED);
      if (__builtin_expect(check != nullptr, 0)) check(value, base);
      greyObject(value);
    }
  }
  scannedBytes_ += span->largeDataSize;
}

// Objects wait in a small FIFO after leaving the grey stack, each prefetched
// as it enters: by the time it is scanned its first line is in the cache
// (a depth-first walk of a linked structure otherwise misses on every object).
// When the local stack runs dry, a batch comes from the global queue.
uint64_t GCMarker::drainSome(uint64_t budgetBytes) {
  constexpr size_t kPrefetchDistance = 8;
  Grey ring[kPrefetchDistance];
  size_t head = 0, count = 0;
  uint64_t startScanned = scannedBytes_;
  while (scannedBytes_ - startScanned < budgetBytes) {
    while (count < kPrefetchDistance && !grey_.empty()) {
      Grey g = grey_.back();
      grey_.pop_back();
      __builtin_prefetch(reinterpret_cast<const void*>(g.base));
      ring[(head + count) % kPrefetchDistance] = g;
      count++;
    }
    if (count == 0) {
      if (!refillFromGlobal()) break;
      continue;
    }
    Grey g = ring[head];
    head = (head + 1) % kPrefetchDistance;
    count--;
    scanObject(g.base, g.span);
  }
  // Over budget: what waits in the ring goes back to the grey stack.
  for (; count > 0; count--, head = (head + 1) % kPrefetchDistance) grey_.push_back(ring[head]);
  balance();
  publishCounts();
  return scannedBytes_ - startScanned;
}

void GCMarker::balance() {
  // Threads held at the goal help with whatever this marker can spare.
  size_t keep = gcGoalWaiters() ? 1 : kBatch;
  if (grey_.size() <= keep || !globalGreyQueueEmpty()) return;
  // The bottom half: the oldest grey objects, whose subgraphs this marker
  // would reach last.
  size_t half = grey_.size() / 2;
  GreyQueue& q = greyQueue();
  std::lock_guard<std::mutex> guard(q.lock);
  for (size_t i = 0; i < half; i++) q.items.emplace_back(grey_[i].base, grey_[i].span);
  q.size.store(q.items.size(), std::memory_order_relaxed);
  grey_.erase(grey_.begin(), grey_.begin() + static_cast<std::ptrdiff_t>(half));
}

void GCMarker::drain() { drainSome(~uint64_t{0}); }

bool GCMarker::refillFromGlobal() {
  GreyQueue& q = greyQueue();
  if (q.size.load(std::memory_order_relaxed) == 0) return false;
  std::lock_guard<std::mutex> guard(q.lock);
  size_t n = q.items.size() < kBatch ? q.items.size() : kBatch;
  for (size_t i = 0; i < n; i++) {
    auto [base, span] = q.items.back();
    q.items.pop_back();
    grey_.push_back(Grey{base, span});
  }
  q.size.store(q.items.size(), std::memory_order_relaxed);
  return n != 0;
}

void GCMarker::flush() {
  if (!grey_.empty()) {
    GreyQueue& q = greyQueue();
    std::lock_guard<std::mutex> guard(q.lock);
    for (const Grey& g : grey_) q.items.emplace_back(g.base, g.span);
    q.size.store(q.items.size(), std::memory_order_relaxed);
    grey_.clear();
  }
  publishCounts();
}

void GCMarker::publishCounts() {
  if (markedBytes_ == publishedMarked_ && scannedBytes_ == publishedScanned_) return;
  markedTotal.fetch_add(markedBytes_ - publishedMarked_, std::memory_order_relaxed);
  scannedTotal.fetch_add(scannedBytes_ - publishedScanned_, std::memory_order_relaxed);
  publishedMarked_ = markedBytes_;
  publishedScanned_ = scannedBytes_;
}

GCMarker::~GCMarker() { publishCounts(); }

GCMarker& threadMarker() {
  if (threadMarkerOwner.marker == nullptr) threadMarkerOwner.marker = new GCMarker();
  return *threadMarkerOwner.marker;
}

void flushThreadMarker() {
  if (threadMarkerOwner.marker != nullptr) threadMarkerOwner.marker->flush();
}

bool globalGreyQueueEmpty() { return greyQueue().size.load(std::memory_order_relaxed) == 0; }

uint64_t markedBytesTotal() { return markedTotal.load(std::memory_order_relaxed); }
uint64_t scannedBytesTotal() { return scannedTotal.load(std::memory_order_relaxed); }
void resetMarkTotals() {
  markedTotal.store(0, std::memory_order_relaxed);
  scannedTotal.store(0, std::memory_order_relaxed);
}

void discardMarkWorkForTesting() {
  if (threadMarkerOwner.marker != nullptr) {
    delete threadMarkerOwner.marker;
    threadMarkerOwner.marker = nullptr;
  }
  GreyQueue& q = greyQueue();
  std::lock_guard<std::mutex> guard(q.lock);
  q.items.clear();
  q.size.store(0, std::memory_order_relaxed);
}

bool isMarked(const void* base) {
  MSpan* span = mheap().spanOf(base);
  if (span == nullptr) return false;
  uint64_t mask;
  uint64_t* word = markWord(span, reinterpret_cast<uintptr_t>(base), &mask);
  return (*word & mask) != 0;
}

}  // namespace golem::rt
