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

}  // namespace

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

// The words above g's innermost frame that some outer frame of the same
// interpreter loop still spans (golem places a callee's frame inside its
// caller's, at the call site's area, so a caller's higher registers lie
// above the callee's end). Dead now, they hold values from before; zeroing
// them when the mark scans the stack keeps such a value from showing up as
// a root after the scan, when no barrier has seen it (it would make
// gccheckmark's fresh scan report it, and keep garbage alive).
void clearDeadFrameWords(Thread& g) {
  uint64_t* top = const_cast<uint64_t*>(stackTop(g));
  uint64_t* high = top;
  if (g.started && g.base != nullptr) {
    for (const uint64_t* b = g.base;;) {
      auto* running = reinterpret_cast<const Closure*>(b[-1]);
      if (running != nullptr && b + running->fn->frameWords > high) high = const_cast<uint64_t*>(b) + running->fn->frameWords;
      if (b[-3] == 0) break;  // the bottom frame of this interpreter loop
      b = g.stack + b[-2];
    }
  }
  // A nested loop's outer frames are not on the chain: clear to the end.
  if (g.nestedDepth > 0) high = g.stackEnd;
  if (high > g.stackEnd) high = g.stackEnd;
  if (high > top) std::memset(top, 0, size_t(high - top) * 8);
}

void scanStackForMark(rt::GCMarker& marker, Thread& g) {
  scanGoroutine(marker, g);
  clearDeadFrameWords(g);
}

namespace {

// The invariant of stack placement (vm/stackobj.h): no heap object points
// into a goroutine's stack or stack objects. Debug and sanitizer builds, and
// GODEBUG=gcstress=1, check every heap pointer word against the ranges
// gathered with the world stopped at the start of the mark. Stacks made or
// moved while marking are not in them: the check can miss a violation there,
// never report a false one (a freed stack's memory is not reused for heap
// objects, and heap objects point at no other C++ memory).
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

bool checkStackPointers() {
  static const bool on = rt::kCheckHeapPointers || rt::godebug("gcstress") > 0;
  return on;
}

void scanStoppedMStacks(rt::GCMarker& marker) {
  sched::forEachStoppedMStack(
      [](uintptr_t lo, uintptr_t hi, void* ctx) {
        static_cast<rt::GCMarker*>(ctx)->scanConservative(reinterpret_cast<const void*>(lo),
                                                          reinterpret_cast<const void*>(hi));
      },
      &marker);
}

}  // namespace

void beginStackPointerCheck() {
  if (!checkStackPointers()) return;
  stackRanges.clear();
  for (const Thread* g : sched::allGoroutines()) addStackRanges(*g);
  std::sort(stackRanges.begin(), stackRanges.end());
  rt::GCMarker::setHeapPointerCheck(checkNotIntoStack);
}

void endStackPointerCheck() { rt::GCMarker::setHeapPointerCheck(nullptr); }

void markGlobals(rt::GCMarker& marker) {
  if (const Image* image = sched::runningImage())
    marker.scanConservative(image->globals, image->globals + image->globalWords);
}

void markRemainingRoots(rt::GCMarker& marker, uint32_t cycle) {
  for (Thread* g : sched::allGoroutines()) {
    if (g->gcScannedCycle.load(std::memory_order_relaxed) == cycle) continue;
    scanStackForMark(marker, *g);
    g->gcScannedCycle.store(cycle, std::memory_order_relaxed);
  }
  scanStoppedMStacks(marker);
}

void scanRoots(rt::GCMarker& marker) {
  markGlobals(marker);
  for (const Thread* g : sched::allGoroutines()) scanGoroutine(marker, *g);
  scanStoppedMStacks(marker);
}

}  // namespace golem::vm
