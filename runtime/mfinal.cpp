// The finalizer registry and run queue, and the collector's hook (see
// mfinal.h).
#include "runtime/mfinal.h"

#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/mgcmark.h"

namespace golem::rt {
namespace {

struct Finalizers {
  std::mutex lock;
  // By object address: an ordered map, so that the finalizers one cycle
  // queues go in address order, the same from run to run.
  std::map<uintptr_t, Finalizer> registered;
  std::deque<Finalizer> queued;
  std::atomic<bool> anyQueued{false};  // read without the lock by the wake-up
};

Finalizers& finalizers() {
  static Finalizers* f = new Finalizers();
  return *f;
}

std::atomic<void (*)()> wakeHook{nullptr};

// Greys what the object at `address` references, not the object itself
// (mfinal.h's step 2): its pointer words, as the heap bitmap gives them,
// go to the marker as roots.
void markReferents(GCMarker& marker, uintptr_t address) {
  HeapObject object;
  if (!findHeapObject(reinterpret_cast<const void*>(address), &object) || object.noscan) return;
  size_t words = object.size / 8;
  const auto* begin = static_cast<const uint64_t*>(object.base);
  std::vector<uint8_t> pointerMap((words + 7) / 8, 0);
  for (size_t w = 0; w < words; w++)
    if (heapWordIsPointer(begin + w)) pointerMap[w / 8] |= uint8_t(1u << (w % 8));
  marker.scanWithMap(begin, words, pointerMap.data(), pointerMap.size());
}

}  // namespace

bool addFinalizer(const Finalizer& f) {
  Finalizers& all = finalizers();
  std::lock_guard<std::mutex> guard(all.lock);
  return all.registered.emplace(f.object, f).second;
}

void removeFinalizer(uintptr_t object) {
  Finalizers& all = finalizers();
  std::lock_guard<std::mutex> guard(all.lock);
  all.registered.erase(object);
}

bool takeQueuedFinalizer(Finalizer* out) {
  Finalizers& all = finalizers();
  std::lock_guard<std::mutex> guard(all.lock);
  if (all.queued.empty()) return false;
  *out = all.queued.front();
  all.queued.pop_front();
  all.anyQueued.store(!all.queued.empty());
  // The record moves from the queue, a root only mark termination reads,
  // to the finalizer goroutine's stack, which the mark may have scanned
  // already: the deletion barrier's job, as for a heap slot.
  if (writeBarrierOn()) {
    shade(out->fn);
    shade(out->object);
  }
  return true;
}

bool anyFinalizerQueued() { return finalizers().anyQueued.load(); }

size_t registeredFinalizerCount() {
  Finalizers& all = finalizers();
  std::lock_guard<std::mutex> guard(all.lock);
  return all.registered.size();
}

size_t finalizersAtMarkTermination(GCMarker& marker) {
  Finalizers& all = finalizers();
  std::lock_guard<std::mutex> guard(all.lock);
  for (const Finalizer& f : all.queued) {
    marker.markPointer(f.object);
    marker.markPointer(f.fn);
  }
  for (const auto& [object, f] : all.registered) {
    marker.markPointer(f.fn);
    markReferents(marker, object);
  }
  marker.drain();

  // Every record is judged before any object is resurrected: several
  // records may share one tiny block.
  std::vector<uintptr_t> unreachable;
  for (auto it = all.registered.begin(); it != all.registered.end();) {
    if (isMarked(findObjectBase(reinterpret_cast<const void*>(it->first)))) {
      ++it;
      continue;
    }
    unreachable.push_back(it->first);
    all.queued.push_back(it->second);
    it = all.registered.erase(it);
  }
  for (uintptr_t object : unreachable) marker.markPointer(object);
  if (!all.queued.empty()) all.anyQueued.store(true);
  return unreachable.size();
}

void wakeFinalizerGoroutine() {
  if (!anyFinalizerQueued()) return;
  if (auto wake = wakeHook.load()) wake();
}

void setFinalizerWakeHook(void (*wake)()) { wakeHook.store(wake); }

}  // namespace golem::rt
