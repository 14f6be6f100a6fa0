// Enumerating the VM's roots for the collector (see gcroots.h).
#include "vm/gcroots.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>
#include <vector>

#include "runtime/godebug.h"
#include "runtime/malloc.h"
#include "runtime/mgcmark.h"
#include "runtime/output.h"
#include "vm/proc.h"
#include "vm/proto.h"
#include "vm/stackmap.h"
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

namespace {

// Under GODEBUG=gcstress=1 the scan of a caller's frame checks what it
// relies on, so that the stress runs catch a mistake in the stack maps or
// the frame typing instead of an object being freed now and then:
//   - the words its stack map says are dead are overwritten (Go's
//     -clobberdead): a read the liveness analysis missed sees poison;
//   - a live word the pointer map calls a scalar must not point into an
//     allocated heap object (a pointer the lowering typed wrongly). Words
//     the analysis keeps live only to be safe (address-taken ones) may
//     hold stale values, and are not checked.
constexpr uint64_t kDeadWordPoison = 0xdeaddeaddeaddeadULL;

bool stressChecks() {
  static const bool on = rt::godebug("gcstress") > 0;
  return on;
}

void checkScalarWord(const Proto& p, uint32_t pc, uint32_t w, uint64_t value) {
  if (value < 4096 || rt::findObjectBase(reinterpret_cast<const void*>(value)) == nullptr) return;
  char message[256];
  snprintf(message, sizeof message,
           "fatal error: scalar frame word %u of %s holds heap pointer %#lx at the call at pc %u\n", w,
           p.name.c_str(), static_cast<unsigned long>(value), pc);
  rt::flushStdout();
  rt::writeStderr(message, strlen(message));
  _exit(2);
}

// The stack maps of p for a scan: computed now only by a scan that may take
// the time (the GC worker's, of a goroutine off its M); the others scan
// the frame whole until the worker has computed them (stackmap.h).
const StackMaps* mapsFor(const Proto& p, StackScan scan) {
  return scan == StackScan::MarkAndComputeMaps ? &stackMapsOf(p) : stackMapsIfReady(p);
}

// The frame at `frame`, of p, waits on a call whose callee's frame starts at
// `callee`. Scans the words live after the call (stackmap.h) that its
// pointer map says hold pointers, or the whole frame when the link is not a
// call this function made (a deferred call runs above its frame, and
// returns to RUNDEFERS or to the panic code).
void scanCallerFrame(rt::GCMarker& marker, uint64_t* frame, const Proto& p, const uint64_t* callee,
                     const uint64_t* stackEnd, StackScan scan) {
  const auto* ret = reinterpret_cast<const Instr*>(callee[-3]);
  const Instr* code = p.code.data();
  if (ret > code && ret <= code + p.code.size()) {
    uint32_t pc = uint32_t(ret - 1 - code);
    const Instr& call = code[pc];
    const StackMaps* maps = nullptr;
    if (isFrameCall(call.op) && frame + call.a + kFrameHeaderWords == callee) maps = mapsFor(p, scan);
    if (maps) {
      if (const uint64_t* live = maps->liveAt(pc)) {
        bool stress = stressChecks();
        for (uint32_t w = 0; w < call.a; w++) {
          if (!wordInMap(live, w)) {
            if (stress) frame[w] = kDeadWordPoison;
          } else if (p.wordIsPointer(w)) {
            marker.markPointer(uintptr_t(frame[w]));
          } else if (stress && !wordInMap(maps->addressTaken.data(), w)) {
            // (An address-taken word is live before its first store too,
            // holding whatever an earlier callee's frame left there.)
            checkScalarWord(p, pc, w, frame[w]);
          }
        }
        return;
      }
    }
  }
  // (gccheckmark's verifying scan leaves such a frame out: a word a scan of
  // it as a caller found dead may hold a stale value.)
  if (scan == StackScan::Verify) return;
  const uint64_t* end = frame + p.frameWords;
  marker.scanConservative(frame, end < stackEnd ? end : stackEnd);
}

// A frame stopped at `stopPc` rather than waiting on a call of its own
// making: the innermost frame of g (not running, or g itself at a safe
// point), or the frame of an outer interpreter loop whose intrinsic called
// back into Go. Scans the words live at its saved pc (stackmap.h), as
// candidate pointers, since an intrinsic's call area there need not be
// typed; the whole frame, up to `top`, when the pc is not one the stack maps
// know. The saved pc is where the goroutine resumes, or the successor of
// the stop instruction in progress: the mark takes the words live at
// either (their union). gccheckmark's verifying scan must not count a
// stale word that no scan of the mark looked at: it takes the words live
// at both (their intersection) that the pointer map marks (an
// address-taken scalar word is live everywhere, and may hold what an
// earlier callee's frame left there, which a scan of this frame as a
// caller skipped).
void scanStoppedFrame(rt::GCMarker& marker, const uint64_t* frame, const Instr* stopPc, const uint64_t* top,
                      StackScan scan) {
  auto* running = reinterpret_cast<const Closure*>(frame[-1]);
  if (running != nullptr && stopPc != nullptr) {
    const Proto& p = *running->fn;
    const Instr* code = p.code.data();
    if (stopPc >= code && stopPc < code + p.code.size()) {
      uint32_t pc = uint32_t(stopPc - code);
      const StackMaps* maps = mapsFor(p, scan);
      const uint64_t* live = maps ? maps->liveInAt(pc) : nullptr;
      const uint64_t* before = nullptr;
      bool known = live != nullptr;
      if (known && pc > 0 && isStopInstr(code[pc - 1].op)) {
        before = maps->liveInAt(pc - 1);
        known = before != nullptr;
      }
      if (known && frame + p.frameWords <= top) {
        for (uint32_t w = 0; w < p.frameWords; w++) {
          uint64_t bits = live[w / 64];
          if (scan != StackScan::Verify) {
            if (before) bits |= before[w / 64];
          } else {
            if (before) bits &= before[w / 64];
            if (!p.wordIsPointer(w)) continue;
          }
          if ((bits >> (w % 64)) & 1) marker.markPointer(uintptr_t(frame[w]));
        }
        return;
      }
    }
  }
  if (scan == StackScan::Verify) return;  // as in scanCallerFrame
  marker.scanConservative(frame, top);
}

// Scans g's frames from the innermost out: the innermost at its saved pc,
// each caller through its stack map, and every frame's header (its func
// value). When the chain reaches the bottom frame of a nested interpreter
// loop (an intrinsic called back into Go), the walk goes on in the loop it
// interrupted, whose frame stopped in that intrinsic's call. False when the
// frames are not such a chain down to the bottom of g's stack (g has not
// started): the caller scans the whole used stack instead.
bool scanFrames(rt::GCMarker& marker, const Thread& g, StackScan scan) {
  if (!g.started || g.base == nullptr) return false;
  uint64_t* frame = g.base;
  scanStoppedFrame(marker, frame, g.pc, stackTop(g), scan);
  marker.scanConservative(frame - kFrameHeaderWords, frame);
  for (size_t outer = g.outerLoops.size();;) {
    while (frame[-3] != 0) {
      uint64_t* caller = g.stack + frame[-2];
      auto* running = reinterpret_cast<const Closure*>(caller[-1]);
      if (caller >= frame || running == nullptr) return false;
      scanCallerFrame(marker, caller, *running->fn, frame, g.stackEnd, scan);
      marker.scanConservative(caller - kFrameHeaderWords, caller);
      frame = caller;
    }
    if (outer == 0) return frame == g.stack + kFrameHeaderWords;
    const Thread::OuterLoop& loop = g.outerLoops[--outer];
    uint64_t* interrupted = g.stack + loop.base;
    auto* running = reinterpret_cast<const Closure*>(interrupted[-1]);
    if (interrupted >= frame || running == nullptr) return false;
    // Its frame ends where the nested loop's first frame begins (callGo).
    scanStoppedFrame(marker, interrupted, loop.pc, interrupted + running->fn->frameWords, scan);
    marker.scanConservative(interrupted - kFrameHeaderWords, interrupted);
    frame = interrupted;
  }
}

}  // namespace

void scanGoroutine(rt::GCMarker& marker, const Thread& g, StackScan scan) {
  if (!scanFrames(marker, g, scan)) marker.scanConservative(g.stack, stackTop(g));
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
  if (g.nestedDepth() > 0) high = g.stackEnd;
  if (high > g.stackEnd) high = g.stackEnd;
  if (high > top) std::memset(top, 0, size_t(high - top) * 8);
}

void scanStackForMark(rt::GCMarker& marker, Thread& g, StackScan scan) {
  scanGoroutine(marker, g, scan);
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
    marker.scanWithMap(image->globals, image->globalWords, image->globalPointerMap.data(),
                       image->globalPointerMap.size());
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
  for (const Thread* g : sched::allGoroutines()) scanGoroutine(marker, *g, StackScan::Verify);
  scanStoppedMStacks(marker);
}

}  // namespace golem::vm
