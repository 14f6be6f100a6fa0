// The goroutine scheduler: G, M and P, as Go's runtime/proc.go builds them.
//
//   G  a goroutine: a vm::Thread (its stack of frame words, saved pc and
//      frame, defers and panics) plus scheduling state.
//   M  an OS thread. It runs the scheduler loop and, inside it, the
//      interpreter on the G it picked. Ms are created on demand and park on
//      a condition variable when there is nothing to run.
//   P  a processor: the right to run Go code. There are GOMAXPROCS of them.
//      Each has a 256-slot lock-free run queue (single producer: its owner;
//      many consumers: stealers), plus runnext, a slot for the G readied
//      last, which runs next and inherits the time slice (so a producer and
//      a consumer ping-pong on one P without touching the queue).
//
// Scheduling (findRunnable): every 61st tick the global queue first (so no G
// starves), then runnext and the local queue, then the global queue, then
// expired timers, then stealing half of another P's queue (four passes in
// random order), then the M gives its P back and parks. A readied G goes to
// its readier's runnext; the kicked-out runnext moves to the local queue;
// a full local queue moves half of itself to the global queue. When work is
// added and a P is idle and no M is spinning, an M is woken (wakep).
//
// Blocking: a G blocks by returning from the interpreter with Parked after
// putting itself on a wait queue (a channel's, a timer's, a semaphore's)
// under that queue's lock; the scheduler releases that lock only once the
// G's state is saved (Go's gopark unlockf), so a waker can never run a G that
// has not finished parking. goready puts it back on a run queue.
//
// Preemption: sysmon (a thread of its own) sets the running G's preempt flag
// when it has run 10 ms; the G yields at its next safe point (a LOOP
// back-edge or a call), going to the global queue.
//
// Stop-the-world (the collector's worker, twice per cycle; GOMAXPROCS;
// the SIGQUIT dump): every P other than the stopper's stops -- an idle one
// at once, a running one when its G reaches a safe point (poked: its next
// call or LOOP) or its M goes idle. Stopped Ms keep their P and their G,
// parked in stopForGC, after flushing their grey objects. The collector's
// worker is no M: it stops every P.
//
// Concurrent marking (runtime/mgc.h, vm/gcroots.h): a G's stack is scanned
// once per cycle by whoever reaches it first -- the worker while the G is
// off any M (Thread::onM, under the G's scan lock, which runG takes to put
// the G on and off its M and retireG takes before freeing it), the M about
// to run it, or the G itself at a safe point. runtime.GC blocks its caller
// as a blocking call does, with its G off its M so the worker can scan it.
//
// GOMAXPROCS (procresize, world stopped): new Ps come fresh (empty queues,
// their own mcache: newP); each P beyond the new count is destroyed
// (destroyP): its runnable Gs go to the head of the global queue and its M
// loses it. Such an M, stopped at a safe point with its G, takes an idle P
// when the world starts, or its G yields there (it goes to the global queue
// and the M parks); a G in a nested loop (a callback from C++), which cannot
// yield, waits for a P. Destroyed Ps are kept for reuse by the same id, so
// that sysmon can read Ps without sched.lock.
//
// Goexit: runtime.Goexit unwinds as a panic does (vm/interp.cpp), running
// the deferred calls, then the G returns Exited and is retired; the main
// G's too, after which the program runs until no goroutine is left.
//
// Deadlock: when the last M is about to park with no runnable G, no G in a
// blocking C++ call and no pending timer, no G can ever run again:
// "fatal error: all goroutines are asleep - deadlock!" (or, when no
// goroutine is left at all, Go's "no goroutines (main called
// runtime.Goexit) - deadlock!").
//
// GODEBUG=schedtrace=X: sysmon prints Go's summary line every X ms.
//
// Locks: sched.lock guards the global queue, the idle P and M lists and the
// G list; each channel has its own lock; timers have theirs. Lock order:
// channel locks (in address order) before sched.lock.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "vm/proto.h"
#include "vm/thread.h"

namespace golem::vm {

// What the interpreter loop tells the scheduler when it returns.
enum class ExecStatus : uint8_t {
  Returned,  // the G's function returned
  Parked,    // the G blocked; thread.pc/base are saved
  Yielded,   // the G was preempted or called Gosched; it stays runnable
  Exited,    // the G called runtime.Goexit and its deferred calls have run
};

enum class GStatus : uint8_t { Idle, Runnable, Running, Waiting, Syscall, Dead };



// Runs the program: package initialization and main.main on the main
// goroutine, other goroutines on GOMAXPROCS Ps. Returns the exit status.
int runProgram(Image& image);

// The scheduler's entry points used by the interpreter and the runtime.
namespace sched {

// Starts a goroutine running func value fn with the argument words args.
void newproc(Thread& parent, const Closure* fn, const uint64_t* args, size_t argWords);
// Makes a parked G runnable (on the current P's runnext).
void goready(Thread* g);
// The G running on this M, or nullptr.
Thread* current();
int64_t numGoroutines();
// The goroutines the program started: numGoroutines less the runtime's own
// (package time's timer goroutines and the finalizer goroutine, which are
// the runtime's in Go; vm/sched_natives.cpp, vm/finalizer.cpp).
int64_t numUserGoroutines();
int gomaxprocs();
// runtime.GOMAXPROCS(n): stops the world, makes or destroys Ps (Go's
// procresize) and returns the previous value. If the calling G's P was
// destroyed, the G takes an idle one or yields when its intrinsic returns.
int setGomaxprocs(int n);
// Blocking a G from an intrinsic: the interpreter parks the G when the
// intrinsic returns, then calls unlock(lock) once the G is fully parked.
void parkCurrent(Thread& g, const char* waitReason, void (*unlock)(void*), void* lock);
// A safe point of the running G g (the interpreter calls it when g was
// poked, with g's pc and frame saved): stops here while the world is being
// stopped; while the collector marks, scans g's stack if this cycle has not
// and flushes this thread's grey objects.
void safepoint(Thread& g);
// runtime.GC: a whole fresh collection cycle and its sweep, before it returns.
void collectNow();
// Stops every P for good, from a thread that is not an M (the SIGQUIT dump,
// vm/sigquit.h): running Gs stop at their next safe point, as for a
// collection, and the world never starts again. False when some P has not
// stopped after timeoutNs (a G inside a long intrinsic).
bool stopTheWorldForever(int64_t timeoutNs);
// For the collector's root scan (world stopped): every goroutine, and the
// C++ stack range [lo, hi) of every M stopped for the collection (or
// waiting in runtime.GC).
void forEachStoppedMStack(void (*fn)(uintptr_t lo, uintptr_t hi, void* ctx), void* ctx);
const std::vector<Thread*>& allGoroutines();
// The program's global segment.
const Image* runningImage();
// Blocking C++ calls (file and terminal I/O), as Go's entersyscall /
// exitsyscall: the M gives its P back before the call, so other goroutines
// run and a collection does not wait for the call; after it, the M takes an
// idle P, or, if none is idle, the G yields its place (it goes to the global
// queue and this M parks) -- or, inside a nested loop that cannot yield,
// waits for a P.
void entersyscall(Thread& g);
void exitsyscall(Thread& g);
// RAII form for intrinsics.
class SyscallScope {
 public:
  explicit SyscallScope(Thread& g) : g_(g) { entersyscall(g_); }
  ~SyscallScope() { exitsyscall(g_); }
  SyscallScope(const SyscallScope&) = delete;
  SyscallScope& operator=(const SyscallScope&) = delete;

 private:
  Thread& g_;
};
// Timers: ready g after `ns` nanoseconds (time.Sleep).
void sleepCurrent(Thread& g, int64_t ns);
int64_t nanotime();

// ---- A REPL session (cli/repl_session.cpp). The scheduler serves the
// session for the process's lifetime: each input runs as a goroutine that
// the REPL's thread waits for, and the goroutines it starts keep running
// after it. An unrecovered panic or a fatal error ends only the goroutine
// that raised it (after Go's report); "all goroutines are asleep" is
// reported when the input's goroutine is among the sleepers, and ends only
// that input (the goroutine stays blocked). Nothing here exits the process.
enum class InputOutcome : uint8_t { Running, Finished, Failed, Deadlocked, Interrupted };
// Starts the scheduler for image, whose globals the caller allocated (they
// may grow in place). Ms start with the first input.
void startSession(Image& image);
// Runs fns one after another on a new goroutine: the input.
void startInput(const std::vector<const Proto*>& fns);
// Waits up to timeoutNs for the input to end; Running if it has not.
InputOutcome waitInput(int64_t timeoutNs);
// Ctrl-C: the input ends now; its goroutine stops at its next loop
// back-edge (a blocked one when it wakes).
void interruptInput();

}  // namespace sched

}  // namespace golem::vm
