// GODEBUG=gccheckmark=1: verifying each collection's mark phase (Go's
// checkmark mode, runtime/mcheckmark.go).
//
// After the real marker has drained, and before anything is swept, a second
// marker walks the heap again from the same roots: a plain depth-first walk
// with its own visited set, its own reading of the heap bitmaps and large
// objects' types, no prefetching and no batching, so that it shares none of
// the fast marker's tricks. Every object it reaches must carry the real
// marker's mark bit, or the sweep would free a reachable object ("fatal
// error: checkmark found unmarked object"). A word that a heap object's
// pointer map calls a pointer must not point into a free slot of an in-use
// span ("fatal error: found pointer to free object"): the object it meant is
// gone already. (Root words are conservative: a stale one may point
// anywhere, so only heap words are held to that.)
//
// On a violation it prints Go's runtime lines and a "fatal error: " line on
// stderr and exits with status 2. It runs with the world stopped, inside
// gcCycle; the cost (a second mark of the live heap) is paid only when the
// setting is on.
#pragma once

namespace golem::rt {

class GCMarker;

// Whether GODEBUG=gccheckmark=1 is set (read once).
bool gcCheckmarkEnabled();

// Marks again from marker's recorded roots (it was made with recordRoots)
// and checks the invariants above. Returns only when they hold.
void verifyMarks(const GCMarker& marker);

}  // namespace golem::rt
