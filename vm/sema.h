// Runtime semaphores, as Go's runtime/sema.go provides them to package sync:
// a semaphore is a uint32 counter at some address, and the runtime keeps the
// goroutines waiting on that address.
//
// Algorithm. Waiters live in a fixed table of buckets (the address hashed);
// each bucket has a lock, a count of waiters (read without the lock by the
// release fast path) and, per address, a FIFO queue of parked Gs. Go keeps a
// treap per bucket; a hash map from address to queue does the same job here.
//
//   acquire: take a unit with a CAS if *addr > 0 (no lock, no park).
//            Otherwise lock the bucket, count ourselves as a waiter, and try
//            once more (a release may have come in between); if there is
//            still nothing, queue the G (at the tail, or at the head for
//            lifo) and park it; the bucket lock is released only once the G
//            is off its CPU (sched::parkCurrent's unlock), so no releaser
//            can ready a G that has not finished parking.
//   release: add one to *addr; if the bucket has no waiters, done (a
//            waiter that counted itself after our check will see the unit in
//            its second try: both sides use sequentially consistent atomics
//            on *addr and on the waiter count, as Go's do). Otherwise lock,
//            and if the first waiter on addr exists and a unit can be taken
//            for it, dequeue it and ready it: the unit is handed to it, so a
//            woken waiter never has to try again (Go's waiter loops instead;
//            ours resumes after the intrinsic call, so the handoff must be
//            complete). If a barger took the unit first, the waiter stays
//            queued: the barger's own release will wake it.
//   handoff: Go's semrelease(handoff=true) also yields the releaser's P to
//            the woken G (starving sync.Mutex). Here the woken G goes to
//            the releaser's runnext and runs when the releaser next blocks
//            or is preempted: an intrinsic cannot yield safely, since it
//            may run inside a callback from C++ (a String method called by
//            fmt), where the interpreter cannot switch goroutines.
//
// Invariant (per bucket, under its lock): waiters == the number of queued
// Gs plus the acquirers between counting themselves and re-checking.
#pragma once

#include <cstdint>

#include "vm/thread.h"

namespace golem::vm {

// Takes one unit from *addr, parking `self` until one is handed to it.
// Returns true when it parked (the caller must return to the interpreter,
// which parks the G; it resumes owning the unit). lifo queues at the head
// (sync.Mutex re-queues a woken waiter there).
bool semacquire(Thread& self, uint32_t* addr, bool lifo, const char* waitReason);

// Adds one unit to *addr, handing it to the first waiter if there is one,
// which is made runnable (on the current P's runnext). The unit always goes
// to the waiter, so `handoff` (Go's "run it now") changes nothing more here.
void semrelease(uint32_t* addr, bool handoff);

// The number of Gs queued on addr (for tests).
int64_t semwaiters(uint32_t* addr);

}  // namespace golem::vm
