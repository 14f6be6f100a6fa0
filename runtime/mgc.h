// The garbage collector's cycle and its pacer (Go's mgc.go and mgcpacer.go).
//
// A cycle, run by gcCycle with the world stopped (the VM stops it: every P
// parked at a safe point, see vm/proc.h):
//   1. sweep termination: every mcache hands its spans back to the
//      mcentrals, so allocBits are exact and no tiny block is half used;
//   2. mark: the VM's root scanner greys what the roots reference (globals,
//      goroutine stacks, the runtime's own structures), then the grey set is
//      drained (mgcmark.h);
//   3. sweep: every in-use span's mark bits become its alloc bits; unmarked
//      small objects are freed into their spans, empty spans and unmarked
//      large objects go back to the page heap (mgcsweep.cpp);
//   4. the pacer sets the next goal: live heap × (1 + GOGC/100), at least
//      Go's 4 MB (heapminimum).
// This is the stop-the-world step of DESIGN.md's collector: marking and
// sweeping are not concurrent yet and there is no write barrier.
//
// Pacing. gcHeapLive counts bytes handed out since the last mark: each span
// an mcache takes counts its free slots in full (refill), the unused slots of
// a span the mcache gives back are taken off (release), large objects count
// their pages; after a cycle it restarts from the marked bytes (Go's
// heapLive). When it crosses the goal, the request hook (installed by the VM)
// asks the running goroutine to collect at its next safe point. The checks
// sit on the refill and large-object paths only, never on the fast path.
//
// Settings: GOGC (percent, or "off"), GODEBUG=gctrace=1 (Go's one line per
// cycle on stderr), debug.SetGCPercent, runtime.GC, and golem's torture
// mode GODEBUG=gcstress=1: a cycle after every 16 KiB of allocation, with
// every freed object overwritten by a poison pattern, so that the golden
// suite catches any reachable object the collector frees.
//
// Locks: the cycle runs on one thread with the world stopped; the pacer's
// numbers are atomics read by the allocation paths without locks.
#pragma once

#include <atomic>
#include <cstdint>

namespace golem::rt {

class GCMarker;

// Installed by the VM once: greys every root. Runs inside gcCycle.
using GCRootScanner = void (*)(GCMarker& marker);
// Installed by the VM: called (on the allocating thread, from the refill
// path) while a collection is due, to get a goroutine to a safe point.
using GCRequestHook = void (*)();
void gcInstall(GCRootScanner scanRoots, GCRequestHook requestCollection);

// Whether a collection is due (heap goal reached, or runtime.GC asked).
bool gcPending();
// Runs one whole cycle. The world must be stopped and the caller must be the
// only thread touching the heap. `forced`: runtime.GC (counted in NumForcedGC
// and marked "(forced)" in the trace).
void gcCycle(bool forced, int procs);

// The pacer's input (see above).
void gcNoteAlloc(int64_t bytes);

// GODEBUG=gctrace=1 as a switch (the REPL's :gctrace).
void gcSetTrace(bool on);

// GOGC as a percentage; negative means off. Returns the previous setting
// (debug.SetGCPercent).
int32_t gcSetPercent(int32_t percent);

// The collector's figures for MemStats.
struct GCStats {
  uint32_t numGC, numForcedGC;
  uint64_t nextGC, lastGC, pauseTotalNs;
  uint64_t pauseNs[256];
  uint64_t pauseEnd[256];
  double cpuFraction;
};
GCStats gcStats();

// Adds pause time spent by the VM outside gcCycle (stopping the world) to the
// cycle that just ran.
void gcAddStopTime(int64_t ns);

}  // namespace golem::rt
