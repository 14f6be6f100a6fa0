// The scavenger: gives free heap pages back to the OS (Go's mgcscavenge.go).
//
// Free pages keep their physical memory until released, so a heap that grew
// and then died would keep its RSS forever. The background scavenger
// releases free pages with madvise(MADV_DONTNEED) (RSS falls at once; the
// pages read as zero if reused) until the retained heap — in-use plus free
// unreleased bytes — is back under a goal.
//
// The goal is Go's gcPercentGoal (gcPaceScavenger), set at the end of each
// cycle: heapInUse at mark termination, scaled by the ratio of the new heap
// goal to the last one, plus retainExtraPercent = 10%. Before the first
// cycle, and with GOGC=off, golem uses a high-water mark of heapInUse
// instead, halved (but never below the highest heapInUse of the last 500 ms)
// every 500 ms while free memory waits above its goal: a program that frees
// and reallocates a big heap in a loop keeps it, and one whose heap died sees
// its RSS fall within a few seconds. That goal never falls below 4 MiB (Go's
// first heap goal): Go releases nothing before its first cycle, and a small
// heap's free pages are the ones its next allocations take. Work smaller than
// 64 KiB (Go's scavengeQuantum) is not worth waking up for.
//
// Heap growth pays for itself (Go's mheap.allocSpan): when the heap grows by
// n bytes while the retained heap plus n exceeds the cycle's goal, that
// excess (at most n) of free pages is released at once, by the allocating
// thread. Without it a fragmented heap grows and keeps its free pages until
// the 1% background pace gets to them.
//
// Pacing, as Go's: the scavenger works in 64 KiB units and sleeps after each
// for 99 times as long as the unit took (at most 10 ms), so it uses about 1%
// of one CPU (scavengePercent), and parks when the goal is met. It starts on
// the first wakeScavenger call with work to do, i.e. after pages are freed;
// programs that never free never start the thread.
//
// Releasing a run: under the heap lock the run is taken out of circulation
// (marked in use in the page allocator, highest addresses first, so it is
// far from where allocation happens); madvise runs without the lock; then the
// run goes back as free and released (PageAlloc::takeUnscavenged and
// freeScavenged).
//
// Locks: the scavenger's own park lock is taken after the heap lock (wake-ups
// come from freeSpan) and never held while taking the heap lock.
#pragma once

#include <cstdint>

namespace golem::rt {

// Called after pages were freed: wakes (or starts) the background scavenger
// when the retained heap exceeds the goal.
void wakeScavenger();

// Releases at least `bytes` of free memory now, if there is that much;
// returns the bytes released. scavenge(UINT64_MAX) is debug.FreeOSMemory's
// second half (the first is a GC).
uint64_t scavenge(uint64_t bytes);

// The retained-heap goal the background scavenger works toward, in bytes.
uint64_t scavengeGoal();

// At a cycle's end (and when GOGC changes): sets the goal from the heap in
// use at mark termination and the new and previous heap goals (~0: GOGC=off),
// and wakes the scavenger if the heap is over it.
void paceScavenger(uint64_t lastHeapInUse, uint64_t heapGoal, uint64_t lastHeapGoal);

// After the heap grew by `growth` bytes (no heap lock held): releases free
// pages so that the retained heap stays within the cycle's goal.
void scavengeForGrowth(uint64_t growth);

}  // namespace golem::rt
