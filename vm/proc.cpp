// The G/M/P scheduler (see proc.h for the design, locks and invariants).
#include "vm/proc.h"

#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <random>
#include <set>
#include <thread>

#include "runtime/godebug.h"
#include "runtime/map.h"
#include "runtime/mcache.h"
#include "runtime/mgc.h"
#include "runtime/mgcmark.h"
#include "runtime/output.h"
#include "vm/finalizer.h"
#include "vm/gcroots.h"
#include "vm/goroutine_dump.h"
#include "vm/panic.h"
#include "vm/schedstress.h"
#include "vm/stack_shrink.h"
#include "vm/stackmap.h"
#include "vm/sigquit.h"

namespace golem::vm {

namespace {

constexpr uint32_t kRunQueueSize = 256;
constexpr size_t kGoroutineStackWords = 256;  // 2 KiB, Go's _StackMin
constexpr int64_t kForcePreemptNs = 10'000'000;
// GOMAXPROCS's ceiling here (Go has none; a P costs about 2 KiB plus its mcache).
constexpr int kMaxGomaxprocs = 1024;

struct M;

struct P {
  int id = 0;
  std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<Thread*> runq[kRunQueueSize] = {};
  std::atomic<Thread*> runnext{nullptr};
  // Written by the owning M, read by sysmon (hence atomic, relaxed).
  std::atomic<uint32_t> schedtick{0};
  std::atomic<uint32_t> sysmontick{0};  // schedtick as sysmon last saw it
  int64_t sysmonWhen = 0;
  P* link = nullptr;  // idle list
  bool idle = false;  // on the idle list (sched.lock)
  std::atomic<M*> m{nullptr};  // read by sysmon without sched.lock
  rt::MCache* mcache = nullptr;  // this P's allocation cache (mcache.h)
};

struct M {
  int id = 0;
  P* p = nullptr;
  std::atomic<Thread*> curg{nullptr};  // read by sysmon and schedtrace
  bool spinning = false;
  std::condition_variable wake;
  P* nextp = nullptr;  // handed over by wakep/startm
  M* link = nullptr;   // idle list
  // The C++ stack of this M's thread as the collector scans it: from gcSp
  // (set while the M is stopped for a collection, registers spilled above
  // it) up to stackHi (the frame of the thread's entry function).
  uintptr_t stackHi = 0;
  uintptr_t gcSp = 0;
};

struct Timer {
  int64_t when;
  Thread* g;
  bool operator>(const Timer& o) const { return when > o.when; }
};

struct Sched {
  std::mutex lock;
  // Set (under lock) while a collector stops the world; read without the
  // lock at safe points, hence atomic.
  std::atomic<bool> gcwaiting{false};
  // global run queue (linked through Thread::schedlink)
  Thread* runqhead = nullptr;
  Thread* runqtail = nullptr;
  int64_t runqsize = 0;
  P* pidle = nullptr;
  std::atomic<int> npidle{0};
  M* midle = nullptr;
  int nmidle = 0;
  int mcount = 0;
  std::atomic<int> nmspinning{0};
  std::vector<P*> allp;  // the live Ps (changed only by procresize, world stopped)
  // Every P ever made, by id, for sysmon, which reads them without
  // sched.lock: a slot is written once (procresize reuses the P of an id
  // and never frees one), and nprocs, the live count, is published after.
  std::array<std::atomic<P*>, kMaxGomaxprocs> procs{};
  std::atomic<int> nprocs{0};
  std::vector<M*> allm;
  // Stop-the-world for the collector (Go's sched.stopwait).
  int stopwait = 0;                     // Ps still to stop
  uint64_t gccycle = 0;                 // stop-the-world cycles completed
  std::condition_variable stopped;      // stopwait reached 0
  std::condition_variable worldStarted; // gcwaiting went back to false
  int syscallWaiters = 0;               // Ms back from a syscall, waiting for a P
  std::condition_variable pidleAvailable;
  std::vector<Thread*> allg;
  std::atomic<int64_t> ngoroutines{0};
  std::atomic<int64_t> nextGoid{1};
  // timers (one heap; see the note in sleepCurrent)
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers;
  Image* image = nullptr;
  std::atomic<bool> exiting{false};
};

Sched sched_;
thread_local M* currentM = nullptr;

// The calling thread's M takes p (Go's acquirep); from now on its
// allocations come from p's mcache.
void acquirep(M* m, P* p) {
  m->p = p;
  p->m = m;
  rt::setThreadMCache(p->mcache);
}

// The calling thread's M gives its P up (Go's releasep); it allocates from
// its private mcache until it holds a P again.
P* releasep(M* m) {
  // Grey objects this thread's write barrier queued must not wait in it
  // while it idles or blocks: mark termination sees only the stopped Ms'.
  rt::flushThreadMarker();
  P* p = m->p;
  m->p = nullptr;
  p->m = nullptr;
  rt::setThreadMCache(nullptr);
  return p;
}

int64_t now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

uint32_t fastrandn(uint32_t n) {
  if (schedstress::kEnabled) return schedstress::randn(n);
  thread_local std::minstd_rand rng(uint32_t(now()) ^ uint32_t(uintptr_t(&rng)));
  return uint32_t(rng()) % n;
}

// --- local run queues (lock-free: one producer, many consumers)

// Moves half of p's queue plus g to the global queue; false if the queue
// stopped being full meanwhile.
bool runqputslow(P* p, Thread* g, uint32_t h, uint32_t t) {
  Thread* batch[kRunQueueSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  for (uint32_t k = 0; k < n; k++) batch[k] = p->runq[(h + k) % kRunQueueSize].load(std::memory_order_relaxed);
  if (!p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release)) return false;
  batch[n] = g;
  for (uint32_t k = 0; k < n; k++) batch[k]->schedlink = batch[k + 1];
  g->schedlink = nullptr;
  std::lock_guard<std::mutex> lock(sched_.lock);
  if (sched_.runqtail)
    sched_.runqtail->schedlink = batch[0];
  else
    sched_.runqhead = batch[0];
  sched_.runqtail = g;
  sched_.runqsize += n + 1;
  return true;
}

void runqput(P* p, Thread* g, bool next) {
  if (next) {
    Thread* old = p->runnext.exchange(g, std::memory_order_acq_rel);
    if (!old) return;
    g = old;  // the kicked-out runnext goes to the tail
  }
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t - h < kRunQueueSize) {
      p->runq[t % kRunQueueSize].store(g, std::memory_order_relaxed);
      p->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(p, g, h, t)) return;
  }
}

// Takes a G from p's queue; inheritTime is set for runnext.
Thread* runqget(P* p, bool* inheritTime) {
  Thread* next = p->runnext.load(std::memory_order_relaxed);
  // schedstress passes over runnext at times (while the queue has others).
  bool skipNext = schedstress::kEnabled && schedstress::oneIn(2) &&
                  p->runqhead.load(std::memory_order_relaxed) != p->runqtail.load(std::memory_order_relaxed);
  if (next && !skipNext && p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    *inheritTime = true;
    return next;
  }
  *inheritTime = false;
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    Thread* g = p->runq[h % kRunQueueSize].load(std::memory_order_relaxed);
    if (p->runqhead.compare_exchange_strong(h, h + 1, std::memory_order_release)) return g;
  }
}

// Steals half of victim's queue into p's; returns one G to run.
Thread* runqsteal(P* p, P* victim, bool stealRunnext) {
  for (;;) {
    uint32_t h = victim->runqhead.load(std::memory_order_acquire);
    uint32_t t = victim->runqtail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunnext) {
        Thread* next = victim->runnext.load(std::memory_order_relaxed);
        if (next) {
          // Let the victim's M run it itself if it is about to (Go sleeps 3 us).
          std::this_thread::sleep_for(std::chrono::microseconds(3));
          if (victim->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel))
            return next;
        }
      }
      return nullptr;
    }
    if (n > kRunQueueSize / 2) continue;  // inconsistent read
    Thread* batch[kRunQueueSize / 2];
    for (uint32_t k = 0; k < n; k++)
      batch[k] = victim->runq[(h + k) % kRunQueueSize].load(std::memory_order_relaxed);
    if (!victim->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) continue;
    Thread* first = batch[n - 1];
    uint32_t tail = p->runqtail.load(std::memory_order_relaxed);
    for (uint32_t k = 0; k + 1 < n; k++) p->runq[(tail + k) % kRunQueueSize].store(batch[k], std::memory_order_relaxed);
    p->runqtail.store(tail + n - 1, std::memory_order_release);
    return first;
  }
}

// --- global queue (sched.lock held)

void globrunqput(Thread* g) {
  g->schedlink = nullptr;
  if (sched_.runqtail)
    sched_.runqtail->schedlink = g;
  else
    sched_.runqhead = g;
  sched_.runqtail = g;
  sched_.runqsize++;
}

// Puts g at the head of the global queue (schedstress; a P being destroyed).
void globrunqputhead(Thread* g) {
  g->schedlink = sched_.runqhead;
  sched_.runqhead = g;
  if (!sched_.runqtail) sched_.runqtail = g;
  sched_.runqsize++;
}

Thread* globrunqget(P* p, int64_t max) {
  if (sched_.runqsize == 0) return nullptr;
  int64_t n = sched_.runqsize / int64_t(sched_.allp.size()) + 1;
  if (n > sched_.runqsize) n = sched_.runqsize;
  if (max > 0 && n > max) n = max;
  if (n > int64_t(kRunQueueSize / 2)) n = kRunQueueSize / 2;
  sched_.runqsize -= n;
  Thread* g = sched_.runqhead;
  sched_.runqhead = g->schedlink;
  if (!sched_.runqhead) sched_.runqtail = nullptr;
  for (int64_t k = 1; k < n; k++) {
    Thread* more = sched_.runqhead;
    sched_.runqhead = more->schedlink;
    if (!sched_.runqhead) sched_.runqtail = nullptr;
    runqput(p, more, false);
  }
  return g;
}

// --- idle Ps and Ms (sched.lock held)

// No idle P is handed out while the world is being stopped: the collector
// counted idle Ps as stopped.
P* pidleget() {
  if (sched_.gcwaiting) return nullptr;
  P* p = sched_.pidle;
  if (p) {
    sched_.pidle = p->link;
    p->idle = false;
    sched_.npidle.fetch_sub(1);
  }
  return p;
}

void pidleput(P* p) {
  p->link = sched_.pidle;
  p->idle = true;
  sched_.pidle = p;
  sched_.npidle.fetch_add(1);
  // A P the collector waits for went idle: it counts as stopped.
  if (sched_.gcwaiting && --sched_.stopwait == 0) sched_.stopped.notify_all();
  if (sched_.syscallWaiters > 0) sched_.pidleAvailable.notify_one();
}

// --- stop-the-world for the collector

// The machine stack pointer of the caller's frame. Not the address of a
// local: under AddressSanitizer locals may live on a "fake stack" elsewhere.
inline __attribute__((always_inline)) uintptr_t stackPointer() {
#if defined(__x86_64__)
  uintptr_t sp;
  asm volatile("mov %%rsp, %0" : "=r"(sp));
  return sp;
#elif defined(__aarch64__)
  uintptr_t sp;
  asm volatile("mov %0, sp" : "=r"(sp));
  return sp;
#else
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) - 512;
#endif
}

void wakep();

// Parks m (which holds a P) until the collection is over (sched.lock held
// through `lock`). The registers are spilled into this frame so that the
// collector's scan of m's C++ stack from here up sees every live value of
// the intrinsics below us (__builtin_unwind_init saves every callee-saved
// register in this function's frame).
__attribute__((noinline)) void stopForGC(M* m, std::unique_lock<std::mutex>& lock) {
  __builtin_unwind_init();
  // Mark termination drains what this thread's marker holds.
  rt::flushThreadMarker();
  m->gcSp = stackPointer();
  if (--sched_.stopwait == 0) sched_.stopped.notify_all();
  // Wait for this cycle only: the collector may start the next one before
  // this M runs again, and then it counts on this M to stop once more.
  uint64_t cycle = sched_.gccycle;
  while (sched_.gcwaiting && sched_.gccycle == cycle) sched_.worldStarted.wait(lock);
  m->gcSp = 0;
  // procresize destroyed this M's P meanwhile (the caller finds m->p null).
  if (!m->p) rt::setThreadMCache(nullptr);
}

// Asks the G running on p to come to a safe point.
void pokeRunning(P* p) {
  if (M* m = p->m)
    if (Thread* g = m->curg) g->poke();
}

// Asks every P but `keep` to stop (sched.lock held): idle ones count at
// once; running ones stop at their next safe point or when they go idle.
void requestStop(const P* keep) {
  sched_.gcwaiting = true;
  sched_.stopwait = 0;
  for (P* p : sched_.allp) {
    if (p == keep || p->idle) continue;
    sched_.stopwait++;
    pokeRunning(p);
  }
}

// Stops every P but m's, which m holds (sched.lock held through `lock`),
// and waits for them (Go's stopTheWorld). The caller makes sure no other
// stop is in progress.
void stopTheWorld(M* m, std::unique_lock<std::mutex>& lock) {
  requestStop(m->p);
  while (sched_.stopwait > 0) sched_.stopped.wait(lock);
}

// Lets every stopped M go on; freshIdle (new Ps of procresize) join the
// idle list. Releases `lock`.
void startTheWorld(std::unique_lock<std::mutex>& lock, const std::vector<P*>& freshIdle = {}) {
  sched_.gcwaiting = false;
  for (auto it = freshIdle.rbegin(); it != freshIdle.rend(); ++it) pidleput(*it);
  sched_.gccycle++;
  sched_.worldStarted.notify_all();
  if (sched_.syscallWaiters > 0) sched_.pidleAvailable.notify_all();
  lock.unlock();
  wakep();
}

// Where the roots on m's C++ stack end (they run from its stop point up to
// here), or 0 when it holds none. It holds heap values no goroutine stack
// holds only while its G runs a nested interpreter loop: an intrinsic that
// called back into Go may keep values in C++ locals meanwhile. They end at
// the end of the outermost such intrinsic's record (which holds its pending
// panic value; its frames, and those it called, lie below the record), or
// at the stack's top when there is no record. Other C++ frames (the
// interpreter's and the scheduler's) keep their live values in the G's own
// stack; scanning them would only find stale words that keep garbage alive.
uintptr_t cStackRootsEnd(const M* m) {
  const Thread* g = m->curg.load(std::memory_order_relaxed);
  if (g == nullptr || g->outerLoops.empty()) return 0;
  uintptr_t record = g->outerLoops.front().nativeRecord;
  if (record != 0 && record + sizeof(NativeCall) <= m->stackHi) return record + sizeof(NativeCall);
  return m->stackHi;
}

// An M at a safe point while a stop-the-world is requested (by the GC
// worker or by another M): it stops until the world starts again.
void stopIfRequested(M* m) {
  if (!sched_.gcwaiting.load(std::memory_order_relaxed)) return;
  std::unique_lock<std::mutex> lock(sched_.lock);
  if (sched_.gcwaiting) stopForGC(m, lock);
}

// The GC worker's stop-the-world (rt::GCHooks): it holds no P, so every P
// stops. Waits first for any other stop in progress.
void stopTheWorldForGC() {
  std::unique_lock<std::mutex> lock(sched_.lock);
  while (sched_.gcwaiting) sched_.worldStarted.wait(lock);
  requestStop(nullptr);
  while (sched_.stopwait > 0) sched_.stopped.wait(lock);
}

int64_t startTheWorldForGC() {
  std::unique_lock<std::mutex> lock(sched_.lock);
  int64_t released = now();
  startTheWorld(lock);
  return released;
}

int procsForGC() { return sched_.nprocs.load(std::memory_order_relaxed); }

void rootSizesForGC(uint64_t* stackBytes, uint64_t* globalBytes) {
  uint64_t stacks = 0;
  for (const Thread* g : sched_.allg) stacks += g->stackWords() * 8;
  *stackBytes = stacks;
  *globalBytes = sched_.image ? sched_.image->globalWords * 8 : 0;
}

int idleProcsForGC() { return sched_.npidle.load(std::memory_order_relaxed); }

void pokeRunningForGC() {
  std::lock_guard<std::mutex> lock(sched_.lock);
  for (P* p : sched_.allp) pokeRunning(p);
}

// The concurrent mark's stack scan (rt::GCHooks::markStacks): every G that
// is not on an M and not scanned in `cycle`, each under its scan lock, taken
// while sched.lock keeps the G from being freed (retireG takes the scan lock
// before it frees a G). Batches of Gs per sched.lock hold keep the
// scheduler's waits short.
bool markStacksForGC(rt::GCMarker& marker, uint32_t cycle) {
  constexpr size_t kBatch = 64;
  bool done = true;
  std::vector<Thread*> batch;
  for (size_t next = 0;;) {
    batch.clear();
    bool atEnd;
    {
      std::lock_guard<std::mutex> lock(sched_.lock);
      for (; next < sched_.allg.size() && batch.size() < kBatch; next++) {
        Thread* g = sched_.allg[next];
        if (g->gcScannedCycle.load(std::memory_order_relaxed) == cycle) continue;
        if (!g->tryLockForScan()) {
          done = false;
          continue;
        }
        if (g->onM) {
          // Running: it scans itself at its next safe point, where the poke
          // sends it. One inside a blocking call is left to mark termination.
          if (GStatus(g->status.load()) != GStatus::Syscall) {
            g->poke();
            done = false;
          }
          g->unlockForScan();
          continue;
        }
        batch.push_back(g);
      }
      atEnd = next >= sched_.allg.size();
    }
    for (Thread* g : batch) {
      scanStackForMark(marker, *g, StackScan::MarkAndComputeMaps);
      g->gcScannedCycle.store(cycle, std::memory_order_relaxed);
      g->unlockForScan();
    }
    if (atEnd) return done;
  }
}

// World stopped, after marking: goroutines with far too much stack give
// half back, and the heap-pointer check goes off.
void afterMarkForGC() {
  for (Thread* g : sched_.allg) shrinkStackIfUnused(*g);
  endStackPointerCheck();
}

// A G about to run on m, or at a safe point, that the current mark has not
// scanned yet scans itself: its stack and records, and, at a safe point,
// its M's C++ stack from here up (an intrinsic below may hold heap values).
__attribute__((noinline)) void scanOwnStack(M* m, Thread& g, bool withMStack) {
  __builtin_unwind_init();
  uint32_t cycle = rt::gcMarkCycle();
  rt::GCMarker& marker = rt::threadMarker();
  scanStackForMark(marker, g);
  if (uintptr_t end = withMStack && m ? cStackRootsEnd(m) : 0; end > stackPointer())
    marker.scanConservative(reinterpret_cast<const void*>(stackPointer()), reinterpret_cast<const void*>(end));
  g.gcScannedCycle.store(cycle, std::memory_order_relaxed);
  marker.flush();
}

// ---- GOMAXPROCS: making and destroying Ps (Go's procresize)

// The P with this id, fresh (an empty run queue and its own mcache): the
// one made for the id before if GOMAXPROCS went down and up again.
P* newP(int id) {
  P* p = sched_.procs[size_t(id)].load(std::memory_order_relaxed);
  if (!p) {
    p = new P();
    p->id = id;
    sched_.procs[size_t(id)].store(p, std::memory_order_release);
  }
  p->mcache = rt::allocMCache();
  return p;
}

// A P beyond the new GOMAXPROCS goes (world stopped, sched.lock held): its
// runnable goroutines go to the head of the global queue, runnext first
// and the queue's order kept, as Go's; the M holding it (stopped, or `self`)
// loses it; its mcache goes back. Everything a P owns is handed back here.
void destroyP(P* p, M* self) {
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t == h) break;
    Thread* g = p->runq[(t - 1) % kRunQueueSize].load(std::memory_order_relaxed);
    p->runqtail.store(t - 1, std::memory_order_release);
    globrunqputhead(g);
  }
  if (Thread* g = p->runnext.exchange(nullptr)) globrunqputhead(g);
  if (M* holder = p->m) {
    if (holder == self) {
      releasep(self);
    } else {
      // Stopped in stopForGC: it drops its mcache pointer when it wakes.
      holder->p = nullptr;
      p->m = nullptr;
    }
  }
  rt::freeMCache(p->mcache);
  p->mcache = nullptr;
}

// Makes allp n Ps (world stopped, sched.lock held by m, which holds a P).
// Returns the new Ps, which startTheWorld makes idle.
std::vector<P*> procresize(M* m, int n) {
  int old = int(sched_.allp.size());
  std::vector<P*> fresh;
  for (int id = old; id < n; id++) {
    P* p = newP(id);
    sched_.allp.push_back(p);
    fresh.push_back(p);
  }
  if (n < old) {
    for (int id = n; id < old; id++) destroyP(sched_.allp[size_t(id)], m);
    sched_.allp.resize(size_t(n));
    // Drop the destroyed Ps from the idle list.
    P** link = &sched_.pidle;
    while (P* p = *link) {
      if (p->id < n) {
        link = &p->link;
        continue;
      }
      *link = p->link;
      p->link = nullptr;
      p->idle = false;
      sched_.npidle.fetch_sub(1);
    }
  }
  sched_.nprocs.store(n, std::memory_order_release);
  return fresh;
}


void schedule(M* m);

void mstart(M* m) {
  m->stackHi = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  currentM = m;
  schedule(m);
}

// Starts an M (new or idle) on P p (sched.lock held).
void startm(P* p, bool spinning) {
  if (M* m = sched_.midle) {
    sched_.midle = m->link;
    sched_.nmidle--;
    m->nextp = p;
    m->spinning = spinning;
    m->wake.notify_one();
    return;
  }
  M* m = new M();
  m->id = sched_.mcount++;
  sched_.allm.push_back(m);
  m->nextp = p;
  m->spinning = spinning;
  std::thread([m] { mstart(m); }).detach();
}

// Wakes an M for new work when a P is idle and nobody is spinning.
void wakep() {
  if (sched_.npidle.load() == 0) return;
  int expected = 0;
  if (!sched_.nmspinning.compare_exchange_strong(expected, 1)) return;
  std::lock_guard<std::mutex> lock(sched_.lock);
  P* p = pidleget();
  if (!p) {
    sched_.nmspinning.fetch_sub(1);
    return;
  }
  startm(p, true);
}

bool anyTimerDue(int64_t t) { return !sched_.timers.empty() && sched_.timers.top().when <= t; }

// Readies the Gs whose timers expired (sched.lock held). Returns one to run.
void runTimers(P* p) {
  int64_t t = now();
  while (anyTimerDue(t)) {
    Thread* g = sched_.timers.top().g;
    sched_.timers.pop();
    g->status.store(uint8_t(GStatus::Runnable));
    globrunqput(g);
  }
  (void)p;
}

std::string deadlockReport() {
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  for (Thread* g : sched_.allg) {
    auto st = GStatus(g->status.load());
    if (st == GStatus::Dead || isSystemGoroutine(*g)) continue;
    appendGoroutine(*g, g->waitReason, out);
  }
  return out;
}

[[noreturn]] void deadlock() {
  // Only the main goroutine's runtime.Goexit leaves no goroutine at all.
  std::string out = sched::numUserGoroutines() == 0
                        ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                        : deadlockReport();
  rt::writeStderr(out.data(), out.size());
  rt::flushStdout();
  _exit(2);
}

// --- the REPL session (sched::startSession): state under sched.lock

struct Session {
  bool active = false;
  Thread* input = nullptr;  // the goroutine running the current input
  sched::InputOutcome outcome = sched::InputOutcome::Finished;
  std::condition_variable inputEnded;
  std::set<Thread*> interrupted;  // to end at their next safe point
};
Session session_;

void endInput(Thread* g, sched::InputOutcome outcome) {
  if (!session_.active || g != session_.input) return;
  session_.input = nullptr;
  session_.outcome = outcome;
  session_.inputEnded.notify_all();
}

// Everything is asleep in a session: if the input is among the sleepers,
// its input ends with Go's report; it stays blocked, and ends if it ever
// reaches a safe point. Between inputs, sleeping is what a session does.
void sessionDeadlock() {
  Thread* g = session_.input;
  if (!g) return;
  std::string out = deadlockReport();
  rt::writeStderr(out.data(), out.size());
  session_.interrupted.insert(g);
  endInput(g, sched::InputOutcome::Deadlocked);
}

bool wasInterrupted(Thread* g) {
  if (!session_.active) return false;
  std::lock_guard<std::mutex> lock(sched_.lock);
  return session_.interrupted.count(g) > 0;
}

// A goroutine is over: off the scheduler's lists, its memory freed.
void retireG(Thread* g, sched::InputOutcome outcome) {
  g->status.store(uint8_t(GStatus::Dead));
  sched_.ngoroutines.fetch_sub(1);
  std::lock_guard<std::mutex> lock(sched_.lock);
  endInput(g, outcome);
  session_.interrupted.erase(g);
  // Swap-remove: O(1) (allg order only matters for the deadlock dump).
  size_t at = g->allgIndex;
  sched_.allg[at] = sched_.allg.back();
  sched_.allg[at]->allgIndex = at;
  sched_.allg.pop_back();
  // A scanner that took g before it left allg finishes first.
  g->lockForScan();
  delete g;
}

// Finds a G to run for m (blocks until there is one).
Thread* findRunnable(M* m, bool* inheritTime) {
  for (;;) {
    stopIfRequested(m);
    P* p = m->p;
    if (!p) {
      // procresize destroyed it: schedule parks m until it is handed a P.
      if (m->spinning) {
        m->spinning = false;
        sched_.nmspinning.fetch_sub(1);
      }
      return nullptr;
    }
    if (p->schedtick % 61 == 0 || (schedstress::kEnabled && schedstress::oneIn(4))) {
      std::lock_guard<std::mutex> lock(sched_.lock);
      if (Thread* g = globrunqget(p, 1)) {
        *inheritTime = false;
        return g;
      }
    }
    if (Thread* g = runqget(p, inheritTime)) return g;
    {
      std::lock_guard<std::mutex> lock(sched_.lock);
      runTimers(p);
      if (Thread* g = globrunqget(p, 0)) {
        *inheritTime = false;
        return g;
      }
    }
    // Steal: spinning Ms are limited to half the busy Ps.
    int busy = int(sched_.allp.size()) - sched_.npidle.load();
    if (m->spinning || 2 * sched_.nmspinning.load() < busy) {
      if (!m->spinning) {
        m->spinning = true;
        sched_.nmspinning.fetch_add(1);
      }
      for (int pass = 0; pass < 4; pass++) {
        size_t n = sched_.allp.size();
        size_t start = fastrandn(uint32_t(n));
        for (size_t k = 0; k < n; k++) {
          P* victim = sched_.allp[(start + k) % n];
          if (victim == p) continue;
          if (Thread* g = runqsteal(p, victim, pass == 3)) {
            *inheritTime = false;
            return g;
          }
        }
      }
    }
    // Nothing: give up the P and park.
    std::unique_lock<std::mutex> lock(sched_.lock);
    if (sched_.runqsize > 0) continue;
    if (m->spinning) {
      m->spinning = false;
      sched_.nmspinning.fetch_sub(1);
    }
    // Recheck every queue after leaving the spinning state.
    bool work = false;
    for (P* q : sched_.allp)
      if (q->runqhead.load() != q->runqtail.load() || q->runnext.load()) work = true;
    if (work) continue;
    releasep(m);
    pidleput(p);
    m->link = sched_.midle;
    sched_.midle = m;
    sched_.nmidle++;
    m->nextp = nullptr;
    if (sched_.nmidle == sched_.mcount && sched_.timers.empty()) {
      // A collection in progress may still wake the finalizer goroutine.
      while (rt::gcCycleRunning() && !m->nextp) m->wake.wait_for(lock, std::chrono::milliseconds(1));
      if (!m->nextp) {
        if (!session_.active) deadlock();
        sessionDeadlock();
      }
    }
    while (!m->nextp) {
      if (!sched_.timers.empty()) {
        auto until = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(sched_.timers.top().when));
        m->wake.wait_until(lock, until);
        if (!m->nextp && anyTimerDue(now())) {
          // Take our P back (if one is idle) and run the timers ourselves.
          P* q = pidleget();
          if (q) {
            // unlink m from the idle list
            M** link = &sched_.midle;
            while (*link && *link != m) link = &(*link)->link;
            if (*link) {
              *link = m->link;
              sched_.nmidle--;
            }
            m->nextp = q;
          }
        }
      } else {
        m->wake.wait(lock);
      }
    }
    acquirep(m, m->nextp);
    m->nextp = nullptr;
  }
}

void runG(M* m, Thread* g, bool inheritTime) {
  // On the M: from now on only g itself scans its stack (gcroots.h).
  g->lockForScan();
  if (rt::gcMarking.load(std::memory_order_relaxed) &&
      g->gcScannedCycle.load(std::memory_order_relaxed) != rt::gcMarkCycle())
    scanOwnStack(m, *g, false);
  g->onM = true;
  g->unlockForScan();
  m->curg = g;
  if (!inheritTime) m->p->schedtick.store(m->p->schedtick.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  g->startTick = now();
  int status = resumeThread(*g);
  m->curg = nullptr;
  g->lockForScan();
  g->onM = false;
  g->unlockForScan();
  rt::flushThreadMarker();
  switch (ExecStatus(status)) {
    case ExecStatus::Returned: {
      if (!g->entryChain.empty()) {
        // The main G: the next package initializer, or main.main.
        g->startFn = g->entryChain.front();
        g->entryChain.erase(g->entryChain.begin());
        g->started = false;
        runqput(m->p, g, true);
        return;
      }
      if (g->goid == 1 && !session_.active) {
        // main.main returned: the program ends, whatever else runs.
        sched_.exiting.store(true);
        rt::flushStdout();
        _exit(0);
      }
      retireG(g, sched::InputOutcome::Finished);
      return;
    }
    case ExecStatus::Exited:
      // runtime.Goexit. For the main goroutine too: the program goes on
      // until no goroutine is left (deadlock() reports it).
      retireG(g, sched::InputOutcome::Finished);
      return;
    case ExecStatus::Yielded: {
      g->yieldRequested = false;  // a safe point's request (it lost its P) is met
      if (wasInterrupted(g)) {
        retireG(g, sched::InputOutcome::Interrupted);
        return;
      }
      g->status.store(uint8_t(GStatus::Runnable));
      {
        std::lock_guard<std::mutex> lock(sched_.lock);
        globrunqput(g);
      }
      if (!m->p) wakep();  // back from a blocking call with no P: someone else runs g
      return;
    }
    case ExecStatus::Parked: {
      // The G is off the CPU: now its wait queue's lock may go (gopark's unlockf).
      auto unlock = g->parkUnlock;
      void* lockp = g->parkLock;
      g->parkUnlock = nullptr;
      g->parkLock = nullptr;
      if (unlock) unlock(lockp);
      return;
    }
    default:
      // A nested-loop status cannot reach here.
      return;
  }
}

// Parks m, which has no P (its G went to the global queue after a blocking
// call), on the idle list until startm hands it one (Go's stopm).
void stopm(M* m) {
  std::unique_lock<std::mutex> lock(sched_.lock);
  m->link = sched_.midle;
  sched_.midle = m;
  sched_.nmidle++;
  m->nextp = nullptr;
  while (!m->nextp) m->wake.wait(lock);
  acquirep(m, m->nextp);
  m->nextp = nullptr;
}

// m has no P (it was in a blocking call, or procresize destroyed its P)
// while its G g runs: m takes an idle P; or, when none is idle and g may
// yield, g is asked to (yieldRequested: it goes to the global queue and m
// parks in schedule); or else m waits for a P to go idle.
void regainP(M* m, Thread& g, bool mayYield) {
  std::unique_lock<std::mutex> lock(sched_.lock);
  for (;;) {
    if (P* p = pidleget()) {
      acquirep(m, p);
      return;
    }
    if (mayYield) {
      g.yieldRequested = true;
      return;
    }
    sched_.syscallWaiters++;
    sched_.pidleAvailable.wait(lock);
    sched_.syscallWaiters--;
  }
}

void schedule(M* m) {
  {
    std::unique_lock<std::mutex> lock(sched_.lock);
    if (m->nextp) {
      acquirep(m, m->nextp);
      m->nextp = nullptr;
    }
  }
  for (;;) {
    if (!m->p) stopm(m);
    bool inheritTime = false;
    Thread* g = findRunnable(m, &inheritTime);
    if (!g) continue;  // m lost its P
    if (m->spinning) {
      m->spinning = false;
      // The last spinner found work: wake another to look for more.
      if (sched_.nmspinning.fetch_sub(1) == 1) wakep();
    }
    runG(m, g, inheritTime);
  }
}

// Go's numbers for G and P states in scheddetail's lines.
int goStatusNumber(GStatus st) {
  switch (st) {
    case GStatus::Idle: return 0;
    case GStatus::Runnable: return 1;
    case GStatus::Running: return 2;
    case GStatus::Syscall: return 3;
    case GStatus::Waiting: return 4;
    case GStatus::Dead: return 6;
  }
  return 0;
}

// GODEBUG=schedtrace=X: sysmon prints Go's summary of the scheduler to
// stderr every X ms, under sched.lock as Go's schedtrace does; with
// scheddetail=1 also a line per P, M and G in Go's format (fields golem
// has no counterpart for print as an idle Go runtime shows them). threads
// counts sysmon's thread as Go's mcount does.
void schedtrace(bool detailed) {
  static int64_t start = 0;
  int64_t t = now();
  if (start == 0) start = t;
  std::unique_lock<std::mutex> lock(sched_.lock);
  std::string out = "SCHED " + std::to_string((t - start) / 1'000'000) +
                    "ms: gomaxprocs=" + std::to_string(sched_.allp.size()) +
                    " idleprocs=" + std::to_string(sched_.npidle.load()) +
                    " threads=" + std::to_string(sched_.mcount + 1) +
                    " spinningthreads=" + std::to_string(sched_.nmspinning.load()) +
                    " idlethreads=" + std::to_string(sched_.nmidle) +
                    " runqueue=" + std::to_string(sched_.runqsize);
  if (detailed) {
    out += " gcwaiting=" + std::to_string(int(sched_.gcwaiting.load())) +
           " nmidlelocked=0 stopwait=" + std::to_string(sched_.stopwait) + " sysmonwait=0\n";
  }
  for (size_t k = 0; k < sched_.allp.size(); k++) {
    P* p = sched_.allp[k];
    uint32_t queued = p->runqtail.load() - p->runqhead.load();
    if (detailed) {
      M* m = p->m;
      int status = p->idle ? 0 : sched_.gcwaiting ? 3 : 1;
      out += "  P" + std::to_string(k) + ": status=" + std::to_string(status) +
             " schedtick=" + std::to_string(p->schedtick) + " syscalltick=0 m=" +
             std::to_string(m ? m->id : -1) + " runqsize=" + std::to_string(queued) +
             " gfreecnt=0 timerslen=0\n";
    } else {
      out += k == 0 ? " [" : " ";
      out += std::to_string(queued);
      if (k + 1 == sched_.allp.size()) out += "]\n";
    }
  }
  if (detailed) {
    for (auto it = sched_.allm.rbegin(); it != sched_.allm.rend(); ++it) {
      M* m = *it;
      Thread* g = m->curg;
      out += "  M" + std::to_string(m->id) + ": p=" + std::to_string(m->p ? m->p->id : -1) +
             " curg=" + std::to_string(g ? g->goid : -1) +
             " mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=" +
             (m->spinning ? "true" : "false") + " blocked=" + (g || m->p ? "false" : "true") +
             " lockedg=-1\n";
    }
    for (Thread* g : sched_.allg) {
      auto st = GStatus(g->status.load());
      int64_t mid = -1;
      for (M* m : sched_.allm)
        if (m->curg == g) mid = m->id;
      out += "  G" + std::to_string(g->goid) + ": status=" + std::to_string(goStatusNumber(st)) + "(" +
             (st == GStatus::Waiting ? g->waitReason : "") + ") m=" + std::to_string(mid) + " lockedm=-1\n";
    }
  }
  lock.unlock();
  rt::writeStderr(out.data(), out.size());
}

// sysmon: preempts Gs that ran over 10 ms, and prints schedtrace.
void sysmon() {
  int64_t delay = 20;
  int idle = 0;
  const int64_t traceEveryNs = rt::godebug("schedtrace") * 1'000'000;
  const bool traceDetail = rt::godebug("scheddetail") > 0;
  int64_t lastTrace = 0;
  for (;;) {
    std::this_thread::sleep_for(std::chrono::microseconds(delay));
    if (sched_.exiting.load()) return;
    bool preempted = false;
    int64_t t = now();
    for (int id = 0, n = sched_.nprocs.load(std::memory_order_acquire); id < n; id++) {
      P* p = sched_.procs[size_t(id)].load(std::memory_order_acquire);
      M* m = p->m;
      if (!m) continue;
      Thread* g = m->curg;
      uint32_t tick = p->schedtick;
      if (p->sysmontick.load() != tick) {
        p->sysmontick.store(tick);
        p->sysmonWhen = t;
      } else if (g && t - p->sysmonWhen >= kForcePreemptNs) {
        // Under sched.lock: the G cannot be retired (freed) meanwhile.
        std::lock_guard<std::mutex> lock(sched_.lock);
        if (Thread* running = m->curg) {
          running->preempt.store(true, std::memory_order_relaxed);
          preempted = true;
        }
      }
      if (schedstress::kEnabled && schedstress::oneIn(4)) {
        // A random yield. Under sched.lock: the G cannot be retired (freed) meanwhile.
        std::lock_guard<std::mutex> lock(sched_.lock);
        if (M* holder = p->m)
          if (Thread* running = holder->curg) {
            running->preempt.store(true, std::memory_order_relaxed);
            preempted = true;
          }
      }
    }
    if (traceEveryNs > 0 && t - lastTrace >= traceEveryNs) {
      lastTrace = t;
      schedtrace(traceDetail);
    }
    if (preempted) {
      idle = 0;
      delay = 20;
    } else if (++idle > 50) {
      delay = std::min<int64_t>(delay * 2, 10000);
    }
  }
}

const char* envOr(const char* name) {
  const char* v = getenv(name);
  return v ? v : "";
}

}  // namespace

namespace sched {

Thread* current() { return currentM ? currentM->curg.load() : nullptr; }
int64_t numGoroutines() { return sched_.ngoroutines.load(); }
int gomaxprocs() { return int(sched_.allp.size()); }
int64_t nanotime() { return now(); }

int setGomaxprocs(int n) {
  M* m = currentM;
  Thread* g = current();
  if (!m || !m->p || !g) return gomaxprocs();
  n = std::min(n, kMaxGomaxprocs);
  std::unique_lock<std::mutex> lock(sched_.lock);
  // Another M stopping the world (a collection, another resize) goes first.
  while (sched_.gcwaiting) {
    stopForGC(m, lock);
    if (!m->p) {
      lock.unlock();
      regainP(m, *g, false);
      lock.lock();
    }
  }
  int old = int(sched_.allp.size());
  if (n < 1 || n == old) return old;
  stopTheWorld(m, lock);
  std::vector<P*> fresh = procresize(m, n);
  startTheWorld(lock, fresh);
  // This M's P went: another one, or the G yields (it is in an intrinsic).
  if (!m->p) regainP(m, *g, g->nestedDepth() == 0);
  return old;
}

void goready(Thread* g) {
  g->status.store(uint8_t(GStatus::Runnable));
  M* m = currentM;
  // schedstress: at times the queue's tail instead of runnext, or either
  // end of the global queue.
  bool stress = schedstress::kEnabled;
  if (m && m->p && !(stress && schedstress::oneIn(3))) {
    runqput(m->p, g, !(stress && schedstress::oneIn(2)));
  } else {
    std::lock_guard<std::mutex> lock(sched_.lock);
    if (stress && schedstress::oneIn(2))
      globrunqputhead(g);
    else
      globrunqput(g);
  }
  wakep();
}

void newproc(Thread& parent, const Closure* fn, const uint64_t* args, size_t argWords) {
  const Proto* callee = fn->fn;
  auto* g = new Thread(std::max<size_t>(kGoroutineStackWords, callee->frameWords + 2 * kFrameHeaderWords + argWords + 8));
  g->goid = sched_.nextGoid.fetch_add(1);
  g->globals = parent.globals;
  if (callee->native) {
    // A func value holding an intrinsic (go f() with f := fmt.Println):
    // run it now. (Static calls get a bytecode trampoline from the compiler.)
    NativeCall call{const_cast<uint64_t*>(args), &parent};
    callee->native(call);
    // runtime.Goexit ends the goroutine that would have run it, not parent.
    if (parent.nestedPanic && parent.nestedPanicInfo.isGoexit()) parent.nestedPanic = false;
    delete g;
    return;
  }
  g->startFn = callee;
  uint64_t* base = g->stack + kFrameHeaderWords;
  memcpy(base, args, argWords * 8);
  memset(base + argWords, 0, (callee->frameWords - argWords) * 8);
  if (parent.base) {
    auto* pcl = reinterpret_cast<const Closure*>(parent.base[-1]);
    g->createdBy = pcl ? pcl->fn->name : "";
  }
  g->startClosure = fn;
  g->status.store(uint8_t(GStatus::Runnable));
  sched_.ngoroutines.fetch_add(1);
  {
    std::lock_guard<std::mutex> lock(sched_.lock);
    g->allgIndex = sched_.allg.size();
    sched_.allg.push_back(g);
  }
  goready(g);
}

void entersyscall(Thread& g) {
  M* m = currentM;
  if (!m || !m->p) return;
  g.status.store(uint8_t(GStatus::Syscall));
  bool work;
  {
    std::lock_guard<std::mutex> lock(sched_.lock);
    P* p = releasep(m);
    work = p->runqhead.load() != p->runqtail.load() || p->runnext.load() || sched_.runqsize > 0;
    pidleput(p);
  }
  if (work) wakep();
}

void exitsyscall(Thread& g) {
  M* m = currentM;
  if (!m || m->p) return;
  regainP(m, g, g.nestedDepth() == 0);
  g.status.store(uint8_t(GStatus::Running));
}

void safepoint(Thread& g) {
  g.clearPoke();
  M* m = currentM;
  if (m) stopIfRequested(m);
  if (rt::gcMarking.load(std::memory_order_relaxed)) {
    if (g.gcScannedCycle.load(std::memory_order_relaxed) != rt::gcMarkCycle()) scanOwnStack(m, g, true);
    rt::flushThreadMarker();
  }
  // procresize destroyed m's P: the G yields here (the interpreter returns
  // at this safe point) or, in a nested loop, waits for a P.
  if (m && !m->p) regainP(m, g, g.nestedDepth() == 0);
}

__attribute__((noinline)) void collectNow() {
  // The caller blocks as in a blocking call: its P runs other goroutines,
  // and the collector's stops do not wait for it. Meanwhile its C++ stack
  // counts as stopped, and its goroutine as off its M, so the worker scans
  // it at once, unless C++ frames of an intrinsic below (a nested loop)
  // hold heap values: then mark termination scans both.
  __builtin_unwind_init();
  M* m = currentM;
  Thread* g = current();
  bool offM = g && g->nestedDepth() == 0;
  if (g) entersyscall(*g);
  if (m) m->gcSp = stackPointer();
  if (offM) {
    g->lockForScan();
    g->onM = false;
    g->unlockForScan();
  }
  rt::gcRunForced();
  if (offM) {
    g->lockForScan();
    g->onM = true;
    g->unlockForScan();
  }
  if (m) m->gcSp = 0;
  if (g) exitsyscall(*g);
}

bool stopTheWorldForever(int64_t timeoutNs) {
  std::unique_lock<std::mutex> lock(sched_.lock);
  while (sched_.gcwaiting) sched_.worldStarted.wait(lock);  // a collection first
  requestStop(nullptr);
  return sched_.stopped.wait_for(lock, std::chrono::nanoseconds(timeoutNs), [] { return sched_.stopwait <= 0; });
}

const std::vector<Thread*>& allGoroutines() { return sched_.allg; }

const Image* runningImage() { return sched_.image; }

void forEachStoppedMStack(void (*fn)(uintptr_t lo, uintptr_t hi, void* ctx), void* ctx) {
  for (M* m : sched_.allm)
    if (uintptr_t end = cStackRootsEnd(m); m->gcSp != 0 && end > m->gcSp) fn(m->gcSp, end, ctx);
}

void parkCurrent(Thread& g, const char* waitReason, void (*unlock)(void*), void* lock) {
  g.waitReason = waitReason;
  g.status.store(uint8_t(GStatus::Waiting));
  g.parkUnlock = unlock;
  g.parkLock = lock;
  g.parkRequested = true;
}

void sleepCurrent(Thread& g, int64_t ns) {
  // One timer heap under sched.lock (Go keeps one per P; with few sleeping
  // goroutines the difference does not show, and timers of idle Ps are
  // run by whichever M wakes first).
  std::lock_guard<std::mutex> lock(sched_.lock);
  sched_.timers.push(Timer{now() + ns, &g});
  g.waitReason = "sleep";
  g.status.store(uint8_t(GStatus::Waiting));
  g.parkRequested = true;
  // Wake an idle M so that someone waits for the timer.
  if (M* m = sched_.midle) m->wake.notify_one();
}

}  // namespace sched

namespace {

// What every run needs before its first goroutine: the runtime's hooks and
// GOMAXPROCS Ps, all idle, P 0 first in line.
void startRuntime(Image& image) {
  installGoCallbacks();
  rt::installMapWalker();
  rt::GCHooks hooks{};
  hooks.procs = procsForGC;
  hooks.idleProcs = idleProcsForGC;
  hooks.stopTheWorld = stopTheWorldForGC;
  hooks.startTheWorld = startTheWorldForGC;
  hooks.beginMark = beginStackPointerCheck;
  hooks.markGlobals = markGlobals;
  hooks.markStacks = markStacksForGC;
  hooks.pokeRunning = pokeRunningForGC;
  hooks.markRemainingRoots = markRemainingRoots;
  hooks.markAllRoots = scanRoots;
  hooks.afterMark = afterMarkForGC;
  hooks.afterCycle = computeRequestedStackMaps;
  hooks.rootSizes = rootSizesForGC;
  rt::gcInstall(hooks);
  sched_.image = &image;
  int procs = int(std::thread::hardware_concurrency());
  if (const char* env = getenv("GOMAXPROCS"); env && atoi(env) > 0) procs = atoi(env);
  procs = std::clamp(procs, 1, kMaxGomaxprocs);
  for (int id = 0; id < procs; id++) sched_.allp.push_back(newP(id));
  sched_.nprocs.store(procs, std::memory_order_release);
  for (int k = procs - 1; k >= 0; k--) pidleput(sched_.allp[size_t(k)]);
  (void)envOr;
}

// A goroutine of a session died of a panic or a fatal error (its report is
// printed): the session lives on. The M leaves the interpreter frames on its
// C++ stack where they are, never to resume, and schedules again from here;
// each failure so costs the M a little C++ stack.
[[noreturn]] void endFailedGoroutine(Thread& g) {
  M* m = currentM;
  if (!m || m->curg != &g) _exit(2);
  m->curg = nullptr;
  retireG(&g, sched::InputOutcome::Failed);
  schedule(m);
  __builtin_unreachable();
}

}  // namespace

namespace sched {

void startSession(Image& image) {
  startRuntime(image);
  session_.active = true;
  setGoroutineFailureHook(endFailedGoroutine);
  std::thread(sysmon).detach();
}

void startInput(const std::vector<const Proto*>& fns) {
  auto* g = new Thread();
  g->goid = sched_.nextGoid.fetch_add(1);
  g->globals = sched_.image->globals;
  g->startFn = fns.front();
  g->entryChain.assign(fns.begin() + 1, fns.end());
  g->status.store(uint8_t(GStatus::Runnable));
  sched_.ngoroutines.fetch_add(1);
  {
    std::lock_guard<std::mutex> lock(sched_.lock);
    g->allgIndex = sched_.allg.size();
    sched_.allg.push_back(g);
    session_.input = g;
    session_.outcome = InputOutcome::Running;
    globrunqput(g);
  }
  wakep();
}

InputOutcome waitInput(int64_t timeoutNs) {
  std::unique_lock<std::mutex> lock(sched_.lock);
  session_.inputEnded.wait_for(lock, std::chrono::nanoseconds(timeoutNs), [] { return !session_.input; });
  return session_.input ? InputOutcome::Running : session_.outcome;
}

void interruptInput() {
  std::lock_guard<std::mutex> lock(sched_.lock);
  Thread* g = session_.input;
  if (!g) return;
  session_.interrupted.insert(g);
  g->preempt.store(true, std::memory_order_relaxed);
  endInput(g, InputOutcome::Interrupted);
}

}  // namespace sched

int runProgram(Image& image) {
  image.globals = static_cast<uint64_t*>(calloc(image.globalWords + 1, sizeof(uint64_t)));
  startRuntime(image);
  installSigquitDump();

  auto* main = new Thread();
  main->goid = sched_.nextGoid.fetch_add(1);
  main->globals = image.globals;
  for (const Proto* init : image.initSequence) main->entryChain.push_back(init);
  if (image.mainFn) main->entryChain.push_back(image.mainFn);
  main->startFn = main->entryChain.front();
  main->entryChain.erase(main->entryChain.begin());
  main->status.store(uint8_t(GStatus::Runnable));
  sched_.ngoroutines.store(1);
  main->allgIndex = 0;
  sched_.allg.push_back(main);

  M* m0 = new M();
  m0->id = sched_.mcount++;
  m0->stackHi = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  sched_.allm.push_back(m0);
  acquirep(m0, pidleget());
  currentM = m0;
  runqput(m0->p, main, false);
  std::thread(sysmon).detach();
  schedule(m0);
  return 0;
}

}  // namespace golem::vm
