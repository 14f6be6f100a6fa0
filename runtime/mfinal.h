// Finalizers: the registry of runtime.SetFinalizer and the queue of
// finalizers due to run (Go's mfinal.go, with the special records of
// mheap.go and the finalizer roots of mgcmark.go).
//
// A finalizer is a record {object, func value, argument type word}. The
// registry holds the records of live objects, by object address; the run
// queue holds the records whose objects the collector found unreachable,
// in the order they were found, until the finalizer goroutine
// (vm/finalizer.cpp) takes them one at a time and calls each func.
//
// Both live in C++ memory, which the collector does not scan: the registry
// must not keep its objects alive, or no object with a finalizer would ever
// be found unreachable. So the collector calls finalizersAtMarkTermination
// once per cycle, with the world stopped, after every root has been marked
// through; it does what Go's markrootSpans and sweep do for finalizer
// specials:
//   1. the func value of every record, and the object and func of every
//      queued record, are live: they are greyed;
//   2. what a registered object references is live, but not the object
//      itself: its pointer words are scanned as roots. So when A references
//      B and both have finalizers, B stays reachable until A's finalizer
//      has run and A is gone (Go's ordering), and an object that references
//      itself is never finalized (Go's cycle caveat);
//   3. after draining, each registered object that is still unmarked is
//      unreachable: its record moves to the run queue and the object is
//      greyed again -- resurrected until its finalizer has run. A record
//      leaves the registry when it is queued, so a finalizer runs once.
// The object's memory is freed by the first cycle after its finalizer has
// run and dropped it.
//
// Objects never move (golem's collector does not compact), so an address
// names an object for its whole life. The address given to SetFinalizer may
// be an inner byte of a 16-byte tiny block (Go allows that for small
// pointer-free objects); reachability is that of the block.
//
// Locks: one mutex guards the registry and the queue. SetFinalizer's
// intrinsic and the finalizer goroutine take it while the world runs; the
// collector's hook takes it with the world stopped, which is safe because
// no goroutine holds it at a safe point.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.h"

namespace golem::rt {

class GCMarker;

struct Finalizer {
  uintptr_t object = 0;  // the pointer given to SetFinalizer
  uintptr_t fn = 0;      // the func value (a Closure, a golem heap object)
  const Type* objectType = nullptr;  // the pointer's type, as SetFinalizer got it
  // The finalizer's parameter type when it is an interface (the call boxes
  // the pointer into it); nullptr when the parameter takes the pointer.
  const Type* interfaceParam = nullptr;
};

// Registers f. False when f.object has a finalizer already.
bool addFinalizer(const Finalizer& f);
// Drops the finalizer of object, if any (SetFinalizer(obj, nil)).
void removeFinalizer(uintptr_t object);
// Takes the oldest queued finalizer. False when none is queued.
bool takeQueuedFinalizer(Finalizer* out);
bool anyFinalizerQueued();
// Registered (not queued) finalizers, for tests.
size_t registeredFinalizerCount();

// At mark termination, world stopped, after the roots' marking has been
// drained (every reachable object marked): steps 1-3 above. The caller
// drains the marker afterwards (the hook drains once itself, between steps 2
// and 3). Returns how many finalizers were queued.
size_t finalizersAtMarkTermination(GCMarker& marker);

// After the world restarts: wakes the finalizer goroutine if a finalizer is
// queued. Safe to call when no finalizer was ever set (it does nothing), and
// from any thread, an M or not (the collector's worker calls it), as long as
// it holds no scheduler lock (the wake-up readies a goroutine).
void wakeFinalizerGoroutine();
// Installed by the VM when it starts the finalizer goroutine: the wake-up
// wakeFinalizerGoroutine calls.
void setFinalizerWakeHook(void (*wake)());

}  // namespace golem::rt
