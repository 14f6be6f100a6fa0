// The garbage collector's cycle and its pacer (Go's mgc.go and mgcpacer.go).
//
// A concurrent tri-color mark-sweep collector, driven by one background
// thread, the GC worker (gcBgWorker below), through Go's phases:
//   1. sweep termination: the last cycle's sweep is finished (finishSweep,
//      world running); then, with the world stopped, every mcache hands its
//      spans back (allocBits exact, no tiny block half used) and every free
//      slot of every span is pre-marked (gcmarkBits = ~allocBits): objects
//      allocated from now on are born black. The write barrier goes on.
//   2. concurrent mark (world running): the worker (25% of GOMAXPROCS, or
//      all the time while a P is idle) scans the globals and
//      the stacks of goroutines that are not running; a running goroutine
//      scans its own stack at its next safe point, and one that starts
//      running scans itself first (vm/gcroots.cpp). Each stack is scanned
//      once and never again: the hybrid write barrier (mbarrier.h) covers
//      what stacks hand to the heap afterwards. The worker drains the grey
//      objects; an allocating goroutine assists (scans in proportion to what
//      it allocates) so that marking keeps up with allocation.
//   3. mark termination (world stopped, short): the stacks of goroutines
//      still unscanned (inside blocking calls) and the stopped threads' C++
//      stacks are scanned, every marker's remaining grey objects drained,
//      finalizers queued, the barrier turned off, mcaches flushed again;
//      the sweep cycle starts (sweepgen += 2).
//   4. concurrent sweep (world running): spans are swept lazily when an
//      mcache needs one and by the background sweeper (mgcsweep.h); the mark
//      bits become the alloc bits.
//
// Pacing. heapLive counts bytes handed out since the last mark termination:
// each span an mcache takes counts its free slots in full (refill), the
// unused slots of a span given back are taken off, large objects count
// their pages; at mark termination it restarts from the marked bytes (plus
// what was allocated black during the mark). The goal is live heap × (1 +
// GOGC/100), at least Go's 4 MB, and at most what GOMEMLIMIT leaves; a
// cycle is triggered when heapLive crosses 70% of the way from the marked
// heap to the goal. During marking, each refill assists (Go's
// gcAssistAlloc): under the goal it owes the scan work still expected (last
// cycle's scanned bytes, less what is scanned) × its bytes / the bytes left
// before the goal, and pays from the worker's credit (the scanning no
// assist took yet) before it scans grey objects itself. Past the goal, the
// allocating thread scans until the mark ends, and waits when there is
// nothing to scan (Go parks such an assist): the heap holds its goal where
// Go's lets it reach 1.1x, and the worker then marks without resting.
//
// runtime.GC (gcRunForced) waits for a whole fresh cycle and its sweep.
// A cycle is also forced when none ran for 2 minutes (Go's forcegcperiod;
// golem's worker times it instead of sysmon).
//
// Settings: GOGC (percent, or "off"), GOMEMLIMIT, GODEBUG=gctrace=1 (Go's
// one line per cycle on stderr), debug.SetGCPercent, debug.SetMemoryLimit,
// runtime.GC, and golem's torture mode GODEBUG=gcstress=1: a cycle after
// every 16 KiB of allocation, with every freed object overwritten by a
// poison pattern, so that the golden suite catches any reachable object the
// collector frees.
//
// Locks: the worker's mutex guards the cycle state (running, cycle counts,
// forced requests); it is a leaf except that the worker holds none of its
// locks while it stops the world. The pacer's numbers are atomics read by
// the allocation paths without locks.
#pragma once

#include <atomic>
#include <cstdint>

namespace golem::rt {

class GCMarker;

// What the VM does for the collector (installed once by gcInstall).
struct GCHooks {
  // GOMAXPROCS now, and how many Ps are idle.
  int (*procs)();
  int (*idleProcs)();
  // Stop every P at a safe point, and let them go (called by the worker,
  // which holds no P). startTheWorld returns when, on the steady clock in
  // ns, the world was let go (the end of the pause: the worker may lose its
  // CPU to the restarted Ms before it returns).
  void (*stopTheWorld)();
  int64_t (*startTheWorld)();
  // Mark start, world stopped, the write barrier on.
  void (*beginMark)();
  // Concurrent mark: grey the globals and the VM's other roots that the
  // write barrier covers.
  void (*markGlobals)(GCMarker& marker);
  // Concurrent mark: scan the stacks of goroutines that are not running and
  // not yet scanned in mark cycle `cycle`; true when none of those is left
  // (running ones scan themselves at a safe point, or mark termination
  // scans them).
  bool (*markStacks)(GCMarker& marker, uint32_t cycle);
  // Concurrent mark: ask running goroutines to come to a safe point, where
  // they flush their markers (and scan their stack if still needed).
  void (*pokeRunning)();
  // Mark termination, world stopped: the stacks still unscanned and the
  // stopped threads' C++ stacks.
  void (*markRemainingRoots)(GCMarker& marker, uint32_t cycle);
  // Every root, world stopped (GODEBUG=gccheckmark=1's second marking).
  void (*markAllRoots)(GCMarker& marker);
  // World stopped, after marking: the VM's own work (stack shrinking).
  void (*afterMark)();
  // After the cycle, the world running: the VM's deferred work (the stack
  // maps the cycle's scans asked for).
  void (*afterCycle)();
  // World stopped: the goroutine stack space allocated and the global
  // segment's size, in bytes (gctrace's "MB stacks, MB globals").
  void (*rootSizes)(uint64_t* stackBytes, uint64_t* globalBytes);
};
void gcInstall(const GCHooks& hooks);

// Whether the mark phase runs (the write barrier is on): safe points scan
// their goroutine's stack and flush their marker then.
inline std::atomic<bool> gcMarking{false};
// The current mark cycle's number (1, 2, ...): a stack scanned in this
// cycle records it.
uint32_t gcMarkCycle();

// Whether a cycle runs now (the deadlock check waits for it: its end may
// wake the finalizer goroutine).
bool gcCycleRunning();
// Whether allocating threads are held at the heap goal, waiting for the
// mark to end (markers then share their grey objects with them eagerly).
bool gcGoalWaiters();

// runtime.GC: runs a whole fresh cycle and finishes its sweep. Blocks the
// calling thread, which must hold no P (the VM's caller is in a blocking
// call meanwhile).
void gcRunForced();

// The pacer's input (see above); assists when marking.
void gcNoteAlloc(int64_t bytes);

// GODEBUG=gctrace=1 as a switch (the REPL's :gctrace).
void gcSetTrace(bool on);

// GOGC as a percentage; negative means off. Returns the previous setting
// (debug.SetGCPercent).
int32_t gcSetPercent(int32_t percent);
// GOMEMLIMIT in bytes (INT64_MAX: none); a negative argument only reads it.
// Returns the previous setting (debug.SetMemoryLimit).
int64_t gcSetMemoryLimit(int64_t limit);

// The collector's figures for MemStats.
struct GCStats {
  uint32_t numGC, numForcedGC;
  uint64_t nextGC, lastGC, pauseTotalNs;
  uint64_t pauseNs[256];
  uint64_t pauseEnd[256];
  double cpuFraction;
};
GCStats gcStats();

}  // namespace golem::rt
