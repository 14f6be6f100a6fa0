// The collector's roots in the VM: what the mark phase starts from.
//
//   * the global segment of the program image, through its pointer map;
//   * every goroutine: the live words of its frames (see Precision), the used part of its stack objects' chunks (vm/stackobj.h),
//     its deferred calls (func values and argument words), the panics in
//     progress and the func value it starts with;
//   * the C++ stacks of the Ms stopped for the collection (and of an M
//     waiting in runtime.GC), when their G runs a nested interpreter loop:
//     an intrinsic that calls back into Go (fmt calling a String method)
//     may hold heap values in C++ locals while the Go code it called
//     reaches a safe point. Scanned from the stop point up to the end of
//     the record of the outermost such intrinsic (vm/proc.cpp's
//     cStackRootsEnd): the interpreter loop above it, like every other C++
//     frame of an M, holds no live Go value, only stale words.
//
// When (runtime/mgc.h): the globals are scanned by the GC worker while the
// world runs (the write barrier covers their stores). Each goroutine's stack
// is scanned once per cycle, by whoever gets to it first while the G is
// still unscanned (Thread::gcScannedCycle): the worker, if the G is not on
// an M (under the G's scan lock, vm/proc.cpp's markStacks); the M about to
// run it; or the G itself at its next safe point, with its M's C++ stack
// (vm/proc.cpp's scanOwnStack). Mark termination, with the world stopped,
// scans whatever G is still unscanned (one inside a blocking call) and the
// stopped Ms' C++ stacks.
//
// Precision. A goroutine's frames are walked from the innermost out, with
// the stack maps of vm/stackmap.h:
//   - a caller waits on a call: its roots are the words live after that
//     call that its function's pointer map marks. The lowering types every
//     word that can hold a pointer, address temporaries included
//     (tests/unit/stackmap_test.cpp checks the lowering of the golden
//     programs and the standard library; GODEBUG=gcstress=1 checks the live
//     scalar words at every scan);
//   - the innermost frame stopped in a call, a channel operation, an
//     intrinsic or at a loop's back-edge: its roots are the words live at
//     its saved pc, as candidate pointers (runtime/mgcmark.h: a value that
//     points into an allocated object keeps it), since an intrinsic's call
//     area need not be typed;
//   - in a goroutine inside a nested interpreter loop (an intrinsic that
//     called back into Go), the walk goes on from the nested loop's bottom
//     frame into the frame that called the intrinsic (Thread::outerLoops),
//     scanned like an innermost frame.
// So a finished statement's temporaries and variables past their last use
// keep nothing alive, as in Go. Scanned whole, as candidate pointers: a
// frame under a deferred call (its callee does not start at a call of its
// own), a frame whose function has no maps yet (vm/stackmap.h: they are
// computed outside pauses and safe points), and the stack of a goroutine
// that has not started. The globals are scanned through the image's
// pointer map (each global word has its variable's type).
#pragma once

#include <cstdint>

namespace golem::rt {
class GCMarker;
}

namespace golem::vm {

struct Thread;

// One past the last word of g's stack that may be live (the end of its
// innermost frame), for a goroutine that is not running; stack shrinking
// (vm/stack_shrink.h) uses it too.
const uint64_t* stackTop(const Thread& g);

// Greys every root, the world stopped (GODEBUG=gccheckmark=1's fresh look
// at the roots at mark termination).
void scanRoots(rt::GCMarker& marker);
// Greys what g's stack and its records reference (g not running, or g
// itself at a safe point).
// How a stack scan uses the stack maps (vm/stackmap.h):
//   Mark                the mark's scans (in a pause or at a goroutine's
//                       safe point): a frame whose function has no maps yet
//                       is scanned whole, and the worker computes them later;
//   MarkAndComputeMaps  the GC worker's concurrent scan of a goroutine off
//                       its M, which may take the time to compute them;
//   Verify              gccheckmark's second look at the roots, which must
//                       not count a stale word the mark could not see
//                       (gcroots.cpp: scanStoppedFrame).
enum class StackScan { Mark, MarkAndComputeMaps, Verify };
void scanGoroutine(rt::GCMarker& marker, const Thread& g, StackScan scan = StackScan::Mark);
// The mark's scan of g's stack, once per cycle: scanGoroutine, then the
// dead words above g's innermost frame are zeroed (gcroots.cpp says why).
// g must not be running, or be the caller's own G at a safe point.
void scanStackForMark(rt::GCMarker& marker, Thread& g, StackScan scan = StackScan::Mark);
// The concurrent mark's roots outside goroutines: the global segment.
void markGlobals(rt::GCMarker& marker);
// Mark termination, world stopped: every G not scanned in mark cycle
// `cycle`, and the stopped Ms' C++ stacks.
void markRemainingRoots(rt::GCMarker& marker, uint32_t cycle);
// Mark start and end, world stopped: turns the check that no heap object
// points into a goroutine stack on (gathering the stacks' ranges) or off.
void beginStackPointerCheck();
void endStackPointerCheck();

}  // namespace golem::vm
