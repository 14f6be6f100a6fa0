// Runtime semaphores (vm/sema.h explains the algorithm and its invariant).
#include "vm/sema.h"

#include <atomic>
#include <cassert>
#include <deque>
#include <mutex>
#include <unordered_map>

#include "vm/proc.h"

namespace golem::vm {

namespace {

// Go's semTabSize: a prime, so that addresses spread over the buckets.
constexpr size_t kSemTableSize = 251;

struct SemaBucket {
  std::mutex lock;
  std::atomic<int64_t> waiters{0};
  std::unordered_map<uint32_t*, std::deque<Thread*>> queues;  // under lock
};

SemaBucket semTable[kSemTableSize];

SemaBucket& bucketFor(const uint32_t* addr) {
  return semTable[(reinterpret_cast<uintptr_t>(addr) >> 3) % kSemTableSize];
}

// Takes one unit if there is one (Go's cansemacquire).
bool tryAcquire(uint32_t* addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
  while (v != 0) {
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) return true;
  }
  return false;
}

void unlockBucket(void* bucket) { static_cast<SemaBucket*>(bucket)->lock.unlock(); }

}  // namespace

bool semacquire(Thread& self, uint32_t* addr, bool lifo, const char* waitReason) {
  if (tryAcquire(addr)) return false;
  SemaBucket& b = bucketFor(addr);
  b.lock.lock();
  b.waiters.fetch_add(1);
  if (tryAcquire(addr)) {
    b.waiters.fetch_sub(1);
    b.lock.unlock();
    return false;
  }
  auto& queue = b.queues[addr];
  if (lifo) {
    queue.push_front(&self);
  } else {
    queue.push_back(&self);
  }
  // The bucket lock stays held until self is parked.
  sched::parkCurrent(self, waitReason, unlockBucket, &b);
  return true;
}

void semrelease(uint32_t* addr, bool handoff) {
  (void)handoff;  // see sema.h: the unit is always handed to the waiter
  __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);
  SemaBucket& b = bucketFor(addr);
  if (b.waiters.load() == 0) return;
  Thread* woken = nullptr;
  {
    std::lock_guard<std::mutex> guard(b.lock);
    if (b.waiters.load() == 0) return;
    auto it = b.queues.find(addr);
    if (it == b.queues.end()) return;  // the waiters are on other addresses
    assert(!it->second.empty());
    if (!tryAcquire(addr)) return;  // a barger took the unit; its release wakes the waiter
    woken = it->second.front();
    it->second.pop_front();
    if (it->second.empty()) b.queues.erase(it);
    b.waiters.fetch_sub(1);
  }
  sched::goready(woken);
}

int64_t semwaiters(uint32_t* addr) {
  SemaBucket& b = bucketFor(addr);
  std::lock_guard<std::mutex> guard(b.lock);
  auto it = b.queues.find(addr);
  return it == b.queues.end() ? 0 : int64_t(it->second.size());
}

}  // namespace golem::vm
