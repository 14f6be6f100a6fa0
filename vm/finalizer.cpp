// runtime.SetFinalizer's intrinsics and the finalizer goroutine (Go's
// mfinal.go; the registry and the collector's side are runtime/mfinal.h).
//
// SetFinalizer (stdlib/runtime/mfinal.go) is Go code around the intrinsic
// setFinalizer, which makes Go's checks -- each failure is a fatal error
// with Go's text, as Go throws -- and registers the record. The first
// finalizer set starts the finalizer goroutine (Go's createfing), from Go
// code: `go runFinalizers()`. That goroutine loops on the intrinsic
// nextFinalizer, which hands it the queued finalizers one at a time, oldest
// first, and parks it ("finalizer wait") while none is queued; the
// collector wakes it after a cycle that queued some
// (rt::wakeFinalizerGoroutine calls wakeFinalizers through the hook
// installed here; it may run on a thread that is no M, the collector's
// worker, and then readies the goroutine through the global run queue).
// Each finalizer is run from a fresh call (runNextFinalizer), whose frame
// is cleared on entry: the collector scans frames word by word, and a
// finished finalizer's object must not stay reachable from the waiting
// goroutine's frame.
//
// Calling the finalizer. No reflection: nextFinalizer returns the func value
// typed as func(uintptr) for a pointer parameter, or as func(uintptr,
// uintptr) for an interface parameter (the interface's two words: the
// object's Type* for an empty interface or the itab, then the pointer), and
// runNextFinalizer calls it with those words. A callee reads its parameters
// from the first words of its frame whatever the caller's static type, and
// writes its results above them, in its own frame, so results are simply
// ignored. The object stays reachable while its finalizer runs: its pointer
// is in runNextFinalizer's frame, which the collector scans.
//
// The goroutine is the runtime's own: runtime.NumGoroutine does not count
// it (runFinalizers' creator counts it among the system goroutines, as
// package time does its timer goroutines), and while it waits it is left
// out of the deadlock report and the SIGQUIT dump (isSystemGoroutine). A
// parked goroutine does not keep the scheduler from finding a deadlock,
// which is found when every M is idle: so a program whose only goroutine
// left is the waiting finalizer goroutine deadlocks (or, after main's
// Goexit, reports "no goroutines") exactly as without finalizers.
//
// Locks: the goroutine's lock guards `parked` and is held from
// nextFinalizer's decision to park until the goroutine is fully parked (the
// scheduler releases it, as Go's goparkunlock), so the wake-up, which takes
// it, never readies a goroutine that is still parking; it calls goready
// after releasing it. Lock order: this lock, then the registry's
// (runtime/mfinal.cpp). isSystemGoroutine reads atomics only, since the
// deadlock report calls it under sched.lock.
#include "vm/finalizer.h"

#include <atomic>
#include <mutex>
#include <string>

#include "runtime/iface.h"
#include "runtime/malloc.h"
#include "runtime/mfinal.h"
#include "vm/native.h"
#include "vm/panic.h"
#include "vm/proc.h"

namespace golem::vm {
namespace {

struct FinalizerGoroutine {
  std::atomic<bool> created{false};
  std::atomic<Thread*> g{nullptr};      // known from its first nextFinalizer
  std::atomic<bool> running{false};     // inside a finalizer (Go's fingRunning)
  std::mutex lock;
  bool parked = false;                  // waiting in nextFinalizer (under lock)
};

FinalizerGoroutine& finalizerGoroutine() {
  static FinalizerGoroutine* f = new FinalizerGoroutine();
  return *f;
}

void unlockParking(void* lock) { static_cast<std::mutex*>(lock)->unlock(); }

// rt::wakeFinalizerGoroutine's hook: readies the goroutine if it waits.
void wakeFinalizers() {
  FinalizerGoroutine& fing = finalizerGoroutine();
  Thread* g;
  {
    std::lock_guard<std::mutex> guard(fing.lock);
    if (!fing.parked || !rt::anyFinalizerQueued()) return;
    fing.parked = false;
    g = fing.g.load();
  }
  sched::goready(g);
}

[[noreturn]] void throwSetFinalizer(NativeCall& call, const std::string& what) {
  fatalErrorAndExit(*call.thread, "runtime.SetFinalizer: " + what);
}

// Go's uncommon type: one with a name or methods.
bool hasUncommon(const rt::Type* t) { return t->named || !t->methods.empty(); }

// Whether a finalizer whose parameter has type `param` may take the pointer
// type `object` (Go's rules: the same type; pointers to the same type when
// one of the two pointer types is unnamed; an interface the pointer type
// implements). Sets *interfaceParam for an interface parameter.
bool finalizerTakes(const rt::Type* param, const rt::Type* object, const rt::Type** interfaceParam) {
  *interfaceParam = nullptr;
  if (param == object) return true;
  if (param->kind == rt::Kind::Pointer)
    return (!hasUncommon(param) || !hasUncommon(object)) && param->elem == object->elem;
  if (param->kind == rt::Kind::Interface && (param->imethods.empty() || rt::getitab(param, object))) {
    *interfaceParam = param;
    return true;
  }
  return false;
}

}  // namespace

bool isSystemGoroutine(const Thread& g) {
  FinalizerGoroutine& fing = finalizerGoroutine();
  return &g == fing.g.load() && !fing.running.load();
}

}  // namespace golem::vm

namespace golem::stdlib {

using vm::NativeCall;

// func setFinalizer(obj any, finalizer any) (startGoroutine bool): Go's
// checks, then the registry. True once: the caller starts the goroutine.
void runtimeSetFinalizer(NativeCall& call) {
  auto* objType = reinterpret_cast<const rt::Type*>(call.word<uint64_t>(0));
  uintptr_t object = call.word<uint64_t>(1);
  auto* fnType = reinterpret_cast<const rt::Type*>(call.word<uint64_t>(2));
  uintptr_t fn = call.word<uint64_t>(3);
  call.word<uint64_t>(4) = 0;
  if (objType == nullptr) vm::throwSetFinalizer(call, "first argument is nil");
  if (objType->kind != rt::Kind::Pointer)
    vm::throwSetFinalizer(call, "first argument is " + objType->str + ", not pointer");
  if (object == 0) vm::throwSetFinalizer(call, "pointer not in allocated block");
  rt::HeapObject block;
  // Not a heap object: a global, a zero-sized value, or frame storage that
  // escape analysis chose (Go ignores linker-allocated objects; golem
  // never finalizes what the collector does not free).
  if (!rt::findHeapObject(reinterpret_cast<const void*>(object), &block)) return;
  if (object != reinterpret_cast<uintptr_t>(block.base)) {
    // Go's exception: an inner byte of a tiny block (a small pointer-free object).
    const rt::Type* elem = objType->elem;
    if (elem == nullptr || elem->ptrdata != 0 || elem->size >= 16)
      vm::throwSetFinalizer(call, "pointer not at beginning of allocated block");
  }
  if (fnType == nullptr) {
    rt::removeFinalizer(object);
    return;
  }
  if (fnType->kind != rt::Kind::Func)
    vm::throwSetFinalizer(call, "second argument is " + fnType->str + ", not a function");
  std::string cannotPass = "cannot pass " + objType->str + " to finalizer " + fnType->str;
  if (fnType->variadic) vm::throwSetFinalizer(call, cannotPass + " because dotdotdot");
  const rt::Type* interfaceParam = nullptr;
  if (fnType->in.size() != 1 || !vm::finalizerTakes(fnType->in[0], objType, &interfaceParam))
    vm::throwSetFinalizer(call, cannotPass);

  vm::FinalizerGoroutine& fing = vm::finalizerGoroutine();
  if (!fing.created.exchange(true)) {
    rt::setFinalizerWakeHook(vm::wakeFinalizers);
    call.word<uint64_t>(4) = 1;
  }
  if (!rt::addFinalizer(rt::Finalizer{object, fn, objType, interfaceParam}))
    vm::throwSetFinalizer(call, "finalizer already set");
}

// func finalizerGoroutineEnded(): the goroutine is unwinding (a panic in a
// finalizer, which ends only it in the REPL, or Goexit).
void runtimeFinalizerGoroutineEnded(NativeCall& call) {
  vm::FinalizerGoroutine& fing = vm::finalizerGoroutine();
  std::lock_guard<std::mutex> guard(fing.lock);
  fing.parked = false;
  fing.running.store(false);
  fing.g.store(nullptr);
  fing.created.store(false);
}

// func nextFinalizer() (takesPointer func(uintptr), takesInterface
// func(uintptr, uintptr), word0, word1 uintptr): the oldest queued
// finalizer, as a func value of the shape its parameter needs and the
// argument words; or, when none is queued, all zero after the goroutine
// has waited (runNextFinalizer's caller then asks again).
void runtimeNextFinalizer(NativeCall& call) {
  vm::FinalizerGoroutine& fing = vm::finalizerGoroutine();
  for (size_t w = 0; w < 4; w++) call.word<uint64_t>(w) = 0;
  fing.lock.lock();
  fing.g.store(call.thread);
  rt::Finalizer f;
  while (rt::takeQueuedFinalizer(&f)) {
    if (f.fn == 0) continue;  // a typed nil func (Go would crash calling it)
    fing.running.store(true);
    fing.lock.unlock();
    if (f.interfaceParam == nullptr) {
      call.word<uint64_t>(0) = f.fn;
      call.word<uint64_t>(2) = f.object;
      return;
    }
    const void* typeWord = f.interfaceParam->imethods.empty()
                               ? static_cast<const void*>(f.objectType)
                               : static_cast<const void*>(rt::getitab(f.interfaceParam, f.objectType));
    call.word<uint64_t>(1) = f.fn;
    call.word<uint64_t>(2) = reinterpret_cast<uint64_t>(typeWord);
    call.word<uint64_t>(3) = f.object;
    return;
  }
  fing.running.store(false);
  fing.parked = true;
  vm::sched::parkCurrent(*call.thread, "finalizer wait", vm::unlockParking, &fing.lock);
}

}  // namespace golem::stdlib
