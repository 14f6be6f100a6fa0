// The collector's roots in the VM: what the mark phase starts from.
//
//   * the global segment of the program image;
//   * every goroutine: its stack from the bottom to the top of its innermost
//     frame, the used part of its stack objects' chunks (vm/stackobj.h),
//     its deferred calls (func values and argument words), the panics in
//     progress and the func value it starts with;
//   * the C++ stacks of the Ms stopped for the collection (and of the
//     collecting M itself), from their stop point up: an intrinsic that calls
//     back into Go (fmt calling a String method, sort calling less) may hold
//     heap values in C++ locals while the Go code it called reaches a safe
//     point.
//
// Precision. DESIGN.md asks for stacks scanned precisely through the frames'
// pointer maps. This first collector scans stacks and globals conservatively
// (every word that points into an allocated heap object keeps it alive; see
// runtime/mgcmark.h for why that is safe), and heap objects precisely. The
// reason: the frame maps are exact for named variables but some temporaries
// holding pointers are allocated as scalar words (noted in lower.h's
// history), and a precise scan would free what they reference. Nothing moves,
// so conservative roots cost only some retained garbage. Switching to the
// maps needs those temporaries typed first.
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

// Greys every root (the rt::GCRootScanner installed by runProgram). The
// world is stopped.
void scanRoots(rt::GCMarker& marker);

}  // namespace golem::vm
