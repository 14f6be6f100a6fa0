// The background scavenger and synchronous scavenging (see mgcscavenge.h).
#include "runtime/mgcscavenge.h"

#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "runtime/mheap.h"

namespace golem::rt {
namespace {

constexpr uint64_t kScavengeQuantum = 64 << 10;  // Go's scavengeQuantum
constexpr uint64_t kRetainExtraPercent = 10;
constexpr int kScavengePercent = 1;

constexpr auto kHighWaterDecayPeriod = std::chrono::milliseconds(500);

// Never destroyed: the thread may be parked on it while the process exits.
struct ScavengerState {
  // What the thread waits for (under `lock`), so that a wake-up is sent only
  // when it changes something: the sweeper frees spans by the thousand, and a
  // futex wake per span would cost more than the span.
  enum class Waiting { Nothing, Decay, Work };
  std::mutex lock;
  std::condition_variable wake;
  bool started = false;
  Waiting waiting = Waiting::Nothing;
};

ScavengerState& state() {
  static ScavengerState* s = new ScavengerState();
  return *s;
}

uint64_t retainGoalFor(uint64_t inUse) {
  uint64_t goal = inUse + inUse * kRetainExtraPercent / 100;
  return (goal + kPageSize - 1) / kPageSize * kPageSize;
}

constexpr uint64_t kNoCycleGoal = ~uint64_t{0};
// The goal paceScavenger set at the last cycle's end; kNoCycleGoal before the
// first cycle and while GOGC=off.
std::atomic<uint64_t> cycleGoal{kNoCycleGoal};

uint64_t heapRetained() {
  return mheap().heapInUse() + mheap().heapFree();
}

// Whether the retained heap exceeds `goal` by a quantum.
bool retainedExceeds(uint64_t goal) {
  uint64_t retained = heapRetained();
  return retained > goal && retained - goal >= kScavengeQuantum;
}

// The goal without a cycle's, for an in-use heap of inUse bytes: never under
// Go's first heap goal (defaultHeapMinimum). Go's scavenger releases nothing
// before the first cycle; below that size the free pages are the ones the
// next allocations take (a page cache alone holds 512 KiB), and releasing
// them costs a page fault each.
constexpr uint64_t kMinFallbackGoal = 4 << 20;
uint64_t fallbackGoalFor(uint64_t inUse) {
  return std::max(retainGoalFor(inUse), kMinFallbackGoal);
}

uint64_t currentGoal() {
  uint64_t goal = cycleGoal.load(std::memory_order_relaxed);
  if (goal != kNoCycleGoal) return goal;
  return fallbackGoalFor(std::max(mheap().heapInUse(), mheap().heapInUseHighWater()));
}

// Work now: over the cycle's goal, or that of the (decayed) high-water mark.
bool workNeeded() {
  return retainedExceeds(currentGoal());
}
// Work once the high-water mark has decayed to the current in-use heap.
bool workPending() {
  return retainedExceeds(fallbackGoalFor(mheap().heapInUse()));
}

// Releases one run of at most maxPages free pages; returns its bytes.
uint64_t releaseOneRun(uint64_t maxPages) {
  MHeap& heap = mheap();
  uintptr_t base;
  uint64_t npages;
  if (!heap.takePagesToRelease(maxPages, &base, &npages)) return 0;
  madvise(reinterpret_cast<void*>(base), npages * kPageSize, MADV_DONTNEED);
  heap.returnReleasedPages(base, npages);
  return npages * kPageSize;
}

void backgroundScavenger() {
  ScavengerState& s = state();
  for (;;) {
    {
      std::unique_lock<std::mutex> guard(s.lock);
      while (!workNeeded()) {
        if (workPending()) {
          // Free memory above the in-use goal, kept for a heap that was
          // recently bigger: wait, then lower the high-water mark.
          s.waiting = ScavengerState::Waiting::Decay;
          std::cv_status waited = s.wake.wait_for(guard, kHighWaterDecayPeriod);
          s.waiting = ScavengerState::Waiting::Nothing;
          if (waited == std::cv_status::timeout) mheap().decayHeapInUseHighWater();
        } else {
          s.waiting = ScavengerState::Waiting::Work;
          s.wake.wait(guard);
          s.waiting = ScavengerState::Waiting::Nothing;
        }
      }
    }
    auto start = std::chrono::steady_clock::now();
    uint64_t released = releaseOneRun(kScavengeQuantum / kPageSize);
    auto worked = std::chrono::steady_clock::now() - start;
    if (released == 0) {
      // The free pages are being released by someone else (scavenge()).
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      continue;
    }
    auto rest = worked * (100 - kScavengePercent) / kScavengePercent;
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(rest, std::chrono::milliseconds(10)));
  }
}

}  // namespace

uint64_t scavengeGoal() {
  return currentGoal();
}

void paceScavenger(uint64_t lastHeapInUse, uint64_t heapGoal, uint64_t lastHeapGoal) {
  if (lastHeapInUse == 0 || heapGoal == ~uint64_t{0} || lastHeapGoal == 0 ||
      lastHeapGoal == ~uint64_t{0}) {
    cycleGoal.store(kNoCycleGoal, std::memory_order_relaxed);
    return;
  }
  double ratio = double(heapGoal) / double(lastHeapGoal);
  cycleGoal.store(retainGoalFor(uint64_t(double(lastHeapInUse) * ratio)),
                  std::memory_order_relaxed);
  wakeScavenger();
}

void scavengeForGrowth(uint64_t growth) {
  uint64_t goal = cycleGoal.load(std::memory_order_relaxed);
  uint64_t retained = heapRetained();
  if (goal == kNoCycleGoal || retained + growth <= goal) return;
  scavenge(std::min(growth, retained + growth - goal));
}

void wakeScavenger() {
  bool needed = workNeeded();
  if (!needed && !workPending()) return;
  ScavengerState& s = state();
  std::lock_guard<std::mutex> guard(s.lock);
  if (!s.started) {
    s.started = true;
    std::thread(backgroundScavenger).detach();
    return;
  }
  // A running thread rechecks the goal before it waits (under the lock); one
  // waiting out the high-water decay needs waking only for work due now.
  using Waiting = ScavengerState::Waiting;
  if (s.waiting == Waiting::Work || (s.waiting == Waiting::Decay && needed)) s.wake.notify_one();
}

uint64_t scavenge(uint64_t bytes) {
  uint64_t released = 0;
  while (released < bytes) {
    uint64_t left = bytes - released;
    uint64_t pages = std::min<uint64_t>(left / kPageSize + (left % kPageSize != 0 ? 1 : 0), kPagesPerChunk);
    uint64_t got = releaseOneRun(pages);
    if (got == 0) break;
    released += got;
  }
  return released;
}

}  // namespace golem::rt
