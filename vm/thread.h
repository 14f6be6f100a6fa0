// The interpreter state of one goroutine: its stack of frame words and where
// it is executing.
//
// The stack is one contiguous array of 64-bit words. Frames are pushed on it
// by calls and never on the C++ stack (the interpreter is stackless). When a
// call would run past the end, the stack is copied into one twice the size
// (growStack); frame headers hold offsets, not pointers, so nothing in the
// headers needs fixing. Collections halve stacks that use less than a
// quarter (vm/stack_shrink.h). No heap object and no frame word points into
// the stack: address-taken variables and allocations that escape analysis
// keeps off the heap live in the goroutine's stack objects (vm/stackobj.h),
// which never move. So a plain copy is a correct move.
//
// GODEBUG=stackstress=1 (a torture mode, as Go's debug stack-move switch):
// every stack check of a call moves the stack to a fresh allocation and
// poisons and frees the old one, so code that keeps a raw pointer into a
// goroutine stack across a call (an intrinsic calling back into Go, a
// channel operation) reads freed memory at once (ASan reports it; otherwise
// it reads the poison pattern). It costs nothing when off: while it is on,
// the stack guard stays permanently poked (see restingGuard), so every call
// takes the slow path that is already there.
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdint>
#include <string>

#include "runtime/type.h"
#include <vector>

#include "vm/panic.h"
#include "vm/proto.h"
#include "vm/stackobj.h"

namespace golem::vm {

// Go's maximum stack size on 64-bit systems (runtime.maxstacksize).
constexpr uint64_t kMaxStackBytes = 1000000000;

// GODEBUG=stackstress=1 (read once at start-up).
extern const bool kStackStress;

// A deferred call: the func value and its argument words, evaluated at the
// defer statement, and the frame (an offset from the stack bottom) that
// deferred it. The GC reads the argument words with the callee's pointer map.
struct DeferRecord {
  const Closure* fn;
  std::vector<uint64_t> args;
  size_t frameOffset;
  uintptr_t stackObjectsTop;  // stack objects' top when deferred (stackobj.h)
};

// A panic in progress (Go's _panic). Later panics are pushed on top; a
// recovered one is popped with the aborted ones below it.
struct PanicRecord {
  PanicInfo info;
  bool recovered = false;
  size_t deferFrameOffset = SIZE_MAX;  // frame of the deferred call it is running
  size_t recoverFrameOffset = 0;       // frame that deferred that call
  uintptr_t recoverStackObjectsTop = 0;  // stack objects' top when it deferred it
};

struct Thread {
  uint64_t* stack = nullptr;   // lowest word
  uint64_t* stackEnd = nullptr;  // one past the highest word
  int64_t goid = 1;
  uint64_t* globals = nullptr;  // the program's global segment
  NativeCall* activeNative = nullptr;  // the intrinsic running now, if any
  std::vector<DeferRecord> defers;  // innermost last, across all frames
  std::vector<PanicRecord> panics;  // innermost last
  StackObjects stackObjects;  // non-escaping objects of its frames (stackobj.h)
  // A panic raised in a nested interpreter loop (callGo) that found no
  // deferred call of its own: the outer loop raises it when the intrinsic returns.
  bool nestedPanic = false;
  PanicInfo nestedPanicInfo;

  // Where the goroutine is, saved whenever control leaves the dispatch loop
  // (for tracebacks, the scheduler and the GC).
  const Instr* pc = nullptr;
  uint64_t* base = nullptr;

  // --- scheduling (vm/proc.cpp); a Thread is Go's G.
  std::atomic<uint8_t> status{0};       // a GStatus
  std::atomic<bool> preempt{false};     // set by sysmon: yield at the next safe point
  // What a call's stack check compares against: stackEnd normally; nullptr
  // once the G is poked, so that its next call takes the slow path and stops
  // at that safe point (Go's stackguard0 = stackPreempt). Written by other
  // threads, hence atomic (relaxed: a late poke only delays the stop).
  std::atomic<uint64_t*> stackGuard{nullptr};
  const char* waitReason = "";          // "chan receive", ... for tracebacks
  Thread* schedlink = nullptr;          // run queue link
  size_t allgIndex = 0;                 // position in the scheduler's list of all Gs
  bool started = false;                 // the interpreter has entered its first frame
  const Proto* startFn = nullptr;       // first function
  const Closure* startClosure = nullptr;  // its func value (nullptr: the static closure)
  std::vector<const Proto*> entryChain; // the main G: package inits, then main.main
  std::string createdBy;                // "main.main" for the traceback
  int64_t startTick = 0;                // when it last started running (for preemption)
  // A park requested by an intrinsic: the interpreter parks the G when the
  // intrinsic returns and the scheduler then calls parkUnlock(parkLock).
  bool parkRequested = false;
  bool yieldRequested = false;
  // Nested interpreter loops running now (callGo), innermost last: such a G
  // cannot give up its M, so it cannot yield or park. For each, where the
  // loop it interrupted stopped: the pc after its intrinsic call and its
  // frame's offset from the stack bottom (the collector walks on into that
  // loop's frames), and where the intrinsic's record (NativeCall) lies in
  // that loop's C++ frame: the intrinsic's own C++ frames, the only ones
  // that may hold heap values, are below it (vm/proc.cpp: cStackRootsEnd).
  struct OuterLoop {
    const Instr* pc;
    size_t base;
    uintptr_t nativeRecord;  // 0 when no intrinsic is running
  };
  std::vector<OuterLoop> outerLoops;
  size_t nestedDepth() const { return outerLoops.size(); }
  void (*parkUnlock)(void*) = nullptr;
  void* parkLock = nullptr;
  // Work to do when a parked G resumes (finishing a select, or raising "send
  // on closed channel"); set by whoever parks it.
  void (*resumeHook)(Thread&) = nullptr;
  void* resumeData = nullptr;
  bool resumePanicking = false;  // the hook asks for a panic with resumePanic
  PanicInfo resumePanic;
  // Concurrent marking (runtime/mgc.h): the mark cycle in which this G's
  // stack was last scanned, and who may scan it. gcScanLock is held by a
  // scanner and by the scheduler while it puts the G on or off an M; onM
  // (guarded by it) says the G is running, so only its own M may scan it.
  std::atomic<uint32_t> gcScannedCycle{0};
  std::atomic<bool> gcScanLock{false};
  bool onM = false;
  void lockForScan() {
    while (gcScanLock.exchange(true, std::memory_order_acquire)) __builtin_ia32_pause();
  }
  bool tryLockForScan() { return !gcScanLock.exchange(true, std::memory_order_acquire); }
  void unlockForScan() { gcScanLock.store(false, std::memory_order_release); }
  // Channel waiting: the sudog this G waits on and the select case that won.
  void* param = nullptr;
  std::atomic<uint32_t> selectDone{0};

  Thread();
  explicit Thread(size_t initialStackWords);
  ~Thread();
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;

  size_t stackWords() const { return size_t(stackEnd - stack); }
  // Asks the G to come to a safe point: its next loop back-edge or call.
  void poke() {
    preempt.store(true, std::memory_order_relaxed);
    stackGuard.store(nullptr, std::memory_order_relaxed);
  }
  bool poked() const { return stackGuard.load(std::memory_order_relaxed) != stackEnd; }
  void clearPoke() { stackGuard.store(restingGuard(), std::memory_order_relaxed); }
  // The guard when no poke is pending: the stack's end, or under stackstress
  // nullptr, so that every call comes to the slow path and moves the stack.
  uint64_t* restingGuard() const { return kStackStress ? nullptr : stackEnd; }
  // Whether a call whose frame ends at `top` must move the stack first: it
  // does not fit, or stackstress moves it anyway.
  bool mustMoveStack(const uint64_t* top) const { return top > stackEnd || kStackStress; }
  // Makes room for at least `words` more words above `top`; returns false
  // when the stack would exceed Go's limit. Moves the stack (even when it
  // has room: stackstress): callers reload every pointer into it (they hold
  // offsets across the call).
  bool growStack(uint64_t* top, size_t words);
  // Moves the stack into a fresh allocation of `size` words, copying its
  // first liveWords (growStack, and shrinking: vm/stack_shrink.h). The
  // caller rebases every pointer into the stack.
  bool moveStack(size_t size, size_t liveWords);
  size_t minStackWords = 0;  // the initial size: shrinking stops there
  // stackstress: whether the stack is due to move at this call (thread.cpp).
  bool stressMoveDue(size_t usedWords);
  size_t stressCallsSinceMove = 0;
};

// Runs `fn` (no parameters, no results) on the thread to completion. Returns
// false when the goroutine panicked; the panic has then been reported and the
// process is exiting.
bool execute(Thread& thread, const Proto* fn);
// Runs fn with its frame at `base` (its header at base[-3..-1] is written
// here); parameters must already be in place. Returns when fn returns.
bool executeAt(Thread& thread, const Proto* fn, uint64_t* base);
// The scheduler's entry: runs the G from where it stopped (or from its start
// function) until it returns, parks or yields. Returns an ExecStatus.
int resumeThread(Thread& thread);
int interpretLoop(Thread& thread, const Proto* entry, uint64_t* base, const Instr* resumePc, bool nested,
                  const Closure* entryClosure = nullptr);

// Calls a Go function from C++ (an intrinsic calling back into Go, such as
// fmt calling a String method): a nested interpreter loop on the same
// goroutine stack, above the frame of the bytecode function that called the
// intrinsic. `args` are the parameter words; the result words are copied to
// `results`. If the stack moves, the active intrinsic's args are rebased.
// Installs the hooks through which the stdlib's C++ calls Go (fmt's methods).
void installGoCallbacks();

// The text of v.Error() or v.String() when v's type has that method (for
// printing panic values, as Go's printpanicval does).
bool describeWithMethods(Thread& thread, rt::Eface v, std::string& out);

bool callGo(Thread& thread, const Proto* fn, const uint64_t* args, size_t argWords,
            uint64_t* results, size_t resultWords);

// The GC descriptor of a closure object with n captured words.
const rt::Type* closureType(uint32_t captures);

}  // namespace golem::vm
