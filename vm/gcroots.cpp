// Enumerating the VM's roots for the collector (see gcroots.h).
#include "vm/gcroots.h"

#include "runtime/mgcmark.h"
#include "vm/proc.h"
#include "vm/thread.h"

namespace golem::vm {
namespace {

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

template <typename T>
void scanValue(rt::GCMarker& marker, const T& value) {
  marker.scanConservative(&value, &value + 1);
}

void scanGoroutine(rt::GCMarker& marker, const Thread& g) {
  marker.scanConservative(g.stack, stackTop(g));
  marker.markPointer(reinterpret_cast<uintptr_t>(g.startClosure));
  for (const DeferRecord& d : g.defers) {
    marker.markPointer(reinterpret_cast<uintptr_t>(d.fn));
    marker.scanConservative(d.args.data(), d.args.data() + d.args.size());
  }
  for (const PanicRecord& p : g.panics) scanValue(marker, p.info.value);
  scanValue(marker, g.nestedPanicInfo.value);
  scanValue(marker, g.resumePanic.value);
}

}  // namespace

void scanRoots(rt::GCMarker& marker) {
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
