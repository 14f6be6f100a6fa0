// Enumerating the VM's roots for the collector (see gcroots.h).
#include "vm/gcroots.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>
#include <vector>

#include "runtime/godebug.h"
#include "runtime/mgcmark.h"
#include "runtime/output.h"
#include "vm/proc.h"
#include "vm/thread.h"

namespace golem::vm {

// One past the last word of g's stack that may be live: the end of the
// innermost frame (its size comes from the func value in its header), or of
// the start function's frame when g has not run yet.
const uint64_t* stackTop(const Thread& g) {
  const uint64_t* top = g.stackEnd;
  if (!g.started) {
    if (g.startFn) top = g.stack + kFrameHeaderWords + g.startFn->frameWords;
  } else if (g.base != nullptr) {
    auto* running = reinterpret_cast<const Closure*>(g.base[-1]);
    if (running != nullptr) top = g.base + running->fn->frameWords;
  }
  return top < g.stackEnd ? top : g.stackEnd;
}

namespace {

template <typename T>
void scanValue(rt::GCMarker& marker, const T& value) {
  marker.scanConservative(&value, &value + 1);
}

void scanGoroutine(rt::GCMarker& marker, const Thread& g) {
  marker.scanConservative(g.stack, stackTop(g));
  g.stackObjects.forEachUsedRange([&](uintptr_t lo, uintptr_t hi) {
    marker.scanConservative(reinterpret_cast<const void*>(lo), reinterpret_cast<const void*>(hi));
  });
  marker.markPointer(reinterpret_cast<uintptr_t>(g.startClosure));
  for (const DeferRecord& d : g.defers) {
    marker.markPointer(reinterpret_cast<uintptr_t>(d.fn));
    marker.scanConservative(d.args.data(), d.args.data() + d.args.size());
  }
  for (const PanicRecord& p : g.panics) scanValue(marker, p.info.value);
  scanValue(marker, g.nestedPanicInfo.value);
  scanValue(marker, g.resumePanic.value);
}

// The invariant of stack placement (vm/stackobj.h): no heap object points
// into a goroutine's stack or stack objects. Debug and sanitizer builds, and
// GODEBUG=gcstress=1, check every heap pointer word against the ranges
// gathered at the start of the cycle (the world is stopped, so they hold for
// the whole mark).
std::vector<std::pair<uintptr_t, uintptr_t>> stackRanges;

void addStackRanges(const Thread& g) {
  stackRanges.emplace_back(reinterpret_cast<uintptr_t>(g.stack), reinterpret_cast<uintptr_t>(g.stackEnd));
  g.stackObjects.forEachUsedRange([](uintptr_t lo, uintptr_t hi) { stackRanges.emplace_back(lo, hi); });
}

void checkNotIntoStack(uintptr_t value, uintptr_t object) {
  auto after = std::upper_bound(stackRanges.begin(), stackRanges.end(), std::make_pair(value, UINTPTR_MAX));
  if (after == stackRanges.begin() || value >= std::prev(after)->second) return;
  char message[160];
  snprintf(message, sizeof message, "fatal error: heap object %#lx points into a goroutine stack (%#lx)\n",
           static_cast<unsigned long>(object), static_cast<unsigned long>(value));
  rt::flushStdout();
  rt::writeStderr(message, strlen(message));
  _exit(2);
}

}  // namespace

void scanRoots(rt::GCMarker& marker) {
  static const bool checkStackPointers = rt::kCheckHeapPointers || rt::godebug("gcstress") > 0;
  if (checkStackPointers) {
    stackRanges.clear();
    for (const Thread* g : sched::allGoroutines()) addStackRanges(*g);
    std::sort(stackRanges.begin(), stackRanges.end());
    marker.setHeapPointerCheck(checkNotIntoStack);
  }
  if (const Image* image = sched::runningImage())
    marker.scanConservative(image->globals, image->globals + image->globalWords);
  for (const Thread* g : sched::allGoroutines()) scanGoroutine(marker, *g);
  sched::forEachStoppedMStack(
      [](uintptr_t lo, uintptr_t hi, void* ctx) {
        static_cast<rt::GCMarker*>(ctx)->scanConservative(reinterpret_cast<const void*>(lo),
                                                          reinterpret_cast<const void*>(hi));
      },
      &marker);
}

}  // namespace golem::vm
