// The collection cycle, the pacer and gctrace (see mgc.h).
#include "runtime/mgc.h"

#include <time.h>

#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "runtime/godebug.h"
#include "runtime/mbarrier.h"
#include "runtime/mcache.h"
#include "runtime/mfinal.h"
#include "runtime/mgccheckmark.h"
#include "runtime/mgcmark.h"
#include "runtime/mgcscavenge.h"
#include "runtime/mgcsweep.h"
#include "runtime/mheap.h"
#include "runtime/output.h"

namespace golem::rt {
namespace {

constexpr uint64_t kDefaultHeapMinimum = 4 << 20;  // Go's defaultHeapMinimum (GOGC=100)
constexpr int64_t kForceGCPeriodNs = 120'000'000'000;  // Go's forcegcperiod: 2 minutes
// How long the concurrent mark waits for running goroutines to scan their
// own stacks before leaving them to mark termination.
constexpr int64_t kStackScanPatienceNs = 20'000'000;
// A cycle starts this far (in 1/1000) from the marked heap to the goal.
constexpr uint64_t kTriggerPermille = 700;

int64_t monotonicNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// CPU time of the calling thread (the worker's marking, for gctrace and
// GCCPUFraction: its rests between slices are not GC time).
int64_t threadCpuNs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int64_t wallNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int32_t percentFromEnv() {
  const char* v = getenv("GOGC");
  if (v == nullptr || *v == 0) return 100;
  if (strcmp(v, "off") == 0) return -1;
  return static_cast<int32_t>(atoi(v));
}

// GOMEMLIMIT: a byte count with an optional B, KiB, MiB, GiB or TiB suffix
// (Go's parseByteCount); "off" or unset means no limit.
int64_t memoryLimitFromEnv() {
  const char* v = getenv("GOMEMLIMIT");
  if (v == nullptr || *v == 0 || strcmp(v, "off") == 0) return INT64_MAX;
  char* end = nullptr;
  long long n = strtoll(v, &end, 10);
  if (end == v || n < 0) return INT64_MAX;
  static const struct { const char* suffix; int shift; } units[] = {
      {"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40}};
  for (const auto& u : units)
    if (strcmp(end, u.suffix) == 0) return n > (INT64_MAX >> u.shift) ? INT64_MAX : int64_t(n) << u.shift;
  return INT64_MAX;
}

// GODEBUG=gcstress=1: a cycle every kStressHeapGoal bytes and freed memory
// poisoned, so that a reachable object the collector freed shows at once.
constexpr uint64_t kStressHeapGoal = 16 << 10;

struct Collector {
  GCHooks hooks{};
  bool installed = false;
  std::atomic<int32_t> percent{percentFromEnv()};
  std::atomic<int64_t> memoryLimit{memoryLimitFromEnv()};
  std::atomic<int64_t> heapLive{0};
  std::atomic<uint64_t> heapGoal{kDefaultHeapMinimum};
  std::atomic<uint64_t> heapTrigger{kDefaultHeapMinimum * kTriggerPermille / 1000};
  std::atomic<bool> triggered{false};
  std::atomic<bool> trace{godebug("gctrace") > 0};
  bool stress = godebug("gcstress") > 0;
  std::atomic<uint32_t> markCycle{0};
  int64_t startNs = monotonicNs();
  int64_t gcCpuNs = 0;  // all cycles' CPU time (pauses × Ps, the worker's marking, assists)
  uint64_t heapMarked = 0;
  uint64_t lastScanWork = 0;  // bytes scanned by the last mark
  // The heap's in-use spans at the last mark termination (the scavenger's goal).
  std::atomic<uint64_t> lastHeapInUse{0};

  // The worker's state (lock).
  std::mutex lock;
  std::condition_variable wake;       // a trigger or a forced request
  std::condition_variable cycleDone;  // cyclesDone went up
  uint64_t cyclesStarted = 0, cyclesDone = 0;
  std::atomic<bool> running{false};  // cyclesStarted != cyclesDone, readable without the lock
  uint32_t forcedRequests = 0;
  int64_t lastCycleEndNs = monotonicNs();

  std::mutex statsLock;  // guards stats (read by ReadMemStats while the world runs)
  GCStats stats{};
};

Collector& collector() {
  static Collector* c = new Collector();
  return *c;
}

// The heap goal after a mark that found `marked` live bytes.
uint64_t goalFor(uint64_t marked, int32_t percent, int64_t memoryLimit) {
  uint64_t goal;
  if (collector().stress) {
    goal = marked + kStressHeapGoal;
  } else if (percent < 0) {
    goal = ~uint64_t{0};
  } else {
    uint64_t minimum = kDefaultHeapMinimum * uint64_t(percent) / 100;
    goal = marked + marked * uint64_t(percent) / 100;
    if (goal < minimum) goal = minimum;
  }
  // GOMEMLIMIT is a soft cap on the whole heap: the goal never asks for
  // more than the limit leaves, but never less than the live heap plus a
  // little room (Go lets the limit be exceeded rather than thrash).
  if (memoryLimit != INT64_MAX) {
    uint64_t limit = uint64_t(memoryLimit);
    uint64_t floor = marked + (marked >> 5) + (64 << 10);
    uint64_t capped = limit > floor ? limit : floor;
    if (capped < goal) goal = capped;
  }
  return goal;
}

void setPacing(uint64_t marked) {
  Collector& c = collector();
  uint64_t goal = goalFor(marked, c.percent.load(), c.memoryLimit.load());
  uint64_t trigger = goal == ~uint64_t{0} ? goal : marked + (goal - marked) * kTriggerPermille / 1000;
  if (c.stress) trigger = goal;
  uint64_t lastGoal = c.heapGoal.exchange(goal);
  c.heapTrigger.store(trigger);
  paceScavenger(c.lastHeapInUse, goal, lastGoal);
}

// Go's fmtNSAsMS: whole milliseconds from 10 ms, else two significant digits
// with at most three decimals.
std::string formatMs(uint64_t ns) {
  if (ns >= 10'000'000) return std::to_string(ns / 1'000'000);
  uint64_t x = ns / 1000;
  if (x == 0) return "0";
  int decimals = 3;
  while (x >= 100) {
    x /= 10;
    decimals--;
  }
  std::string digits = std::to_string(x);
  if (decimals == 0) return digits;
  while (int(digits.size()) <= decimals) digits.insert(0, "0");
  digits.insert(digits.size() - size_t(decimals), ".");
  return digits;
}

std::string formatSeconds(int64_t ns) {
  uint64_t ms = uint64_t(ns) / 1'000'000;
  std::string frac = std::to_string(ms % 1000);
  while (frac.size() < 3) frac.insert(0, "0");
  return std::to_string(ms / 1000) + "." + frac;
}

// The figures of one cycle, for the stats and the trace.
struct CycleTimes {
  int64_t start, markStart, termStart, end;
  int64_t pauseStart, pauseTerm;  // the two stop-the-world pauses
  int64_t assistNs;               // time the allocating threads spent in assists
  int64_t markCpuNs;              // the worker's CPU time in the concurrent mark
  uint64_t heapStart, heapEndOfMark, goal;
  uint64_t stackBytes, globalBytes;
  int procs;
};

void recordCycle(const CycleTimes& t, bool forced) {
  Collector& c = collector();
  int64_t pause = t.pauseStart + t.pauseTerm;
  int64_t markCpu = t.markCpuNs;
  c.gcCpuNs += pause * t.procs + markCpu + t.assistNs;
  double fraction = double(c.gcCpuNs) / (double(t.end - c.startNs) * t.procs);
  {
    std::lock_guard<std::mutex> guard(c.statsLock);
    GCStats& s = c.stats;
    uint64_t end = uint64_t(wallNs());  // LastGC is the last PauseEnd, as in Go
    s.pauseNs[s.numGC % 256] = uint64_t(pause);
    s.pauseEnd[s.numGC % 256] = end;
    s.numGC++;
    if (forced) s.numForcedGC++;
    s.pauseTotalNs += uint64_t(pause);
    s.lastGC = end;
    s.nextGC = c.heapGoal.load();
    s.cpuFraction = fraction;
  }
  if (!c.trace) return;
  auto ms = [](int64_t ns) { return formatMs(uint64_t(ns)); };
  std::string line =
      "gc " + std::to_string(c.stats.numGC) + " @" + formatSeconds(t.start - c.startNs) + "s " +
      std::to_string(int(fraction * 100)) + "%: " + ms(t.pauseStart) + "+" +
      ms(t.termStart - t.markStart) + "+" + ms(t.pauseTerm) + " ms clock, " +
      ms(t.pauseStart * t.procs) + "+" + ms(t.assistNs) + "/" + ms(markCpu) + "/0+" +
      ms(t.pauseTerm * t.procs) + " ms cpu, " + std::to_string(t.heapStart >> 20) + "->" +
      std::to_string(t.heapEndOfMark >> 20) + "->" + std::to_string(c.heapMarked >> 20) + " MB, " +
      std::to_string((t.goal == ~uint64_t{0} ? t.heapStart : t.goal) >> 20) + " MB goal, " +
      std::to_string(t.stackBytes >> 20) + " MB stacks, " + std::to_string(t.globalBytes >> 20) +
      " MB globals, " + std::to_string(t.procs) + " P" + (forced ? " (forced)" : "") + "\n";
  flushStdout();
  writeStderr(line.data(), line.size());
}

// Markers running an assist now (their grey objects are out of sight).
std::atomic<int> activeAssists{0};
// Scan work the worker has done that no assist has taken yet, in bytes (Go's
// bgScanCredit): an allocating thread pays its assist debt from it first.
std::atomic<int64_t> bgScanCredit{0};
// Time the allocating threads spent scanning in assists this cycle
// (gctrace's assist CPU; waiting for the mark is not CPU time).
std::atomic<int64_t> assistNs{0};
// Allocating threads past the goal, waiting in an assist for the mark's end.
std::atomic<int> goalWaiters{0};
// Set from the start of mark termination's stop until the mark is off: a
// thread waiting in an assist lets its allocation go on then, so that it
// reaches a safe point and stops.
std::atomic<bool> markTerminating{false};

// Sweep termination and the start of the mark (see mgc.h, phase 1). The
// spans' free slots are pre-marked lazily, as the mark reaches them
// (mgcmark.h), not here: this pause does not grow with the heap.
void startMark(CycleTimes& t) {
  Collector& c = collector();
  finishSweep();
  t.start = monotonicNs();
  c.hooks.stopTheWorld();
  t.procs = c.hooks.procs();
  t.heapStart = uint64_t(c.heapLive.load(std::memory_order_relaxed));
  t.goal = c.heapGoal.load();
  forEachMCache([](MCache& cache) { cache.releaseAll(); });
  premarkCycle.fetch_add(1);  // every span is pre-marked lazily (mgcmark.h)
  resetMarkTotals();
  bgScanCredit.store(0);
  assistNs.store(0);
  c.markCycle.fetch_add(1);
  writeBarrierEnabled.store(true);
  gcMarking.store(true);
  c.hooks.beginMark();
  t.markStart = c.hooks.startTheWorld();
  t.pauseStart = t.markStart - t.start;
}

bool noMarkWorkVisible(const GCMarker& worker) {
  return globalGreyQueueEmpty() && !worker.hasLocalWork() && activeAssists.load() == 0;
}

// The worker's share of the CPU while marking (Go's gcBackgroundUtilization:
// 25% of GOMAXPROCS). golem's worker is one thread: with 4 Ps or more it
// marks all the time; with fewer it marks in slices and sleeps between them
// so that it takes 25% of the Ps' time, except while some P is idle, when
// it marks all the time as Go's idle workers do, and while allocating
// threads are held at the goal (their Ps are as good as idle).
void drainPaced(GCMarker& marker) {
  constexpr int64_t kSliceNs = 500'000;
  constexpr uint64_t kStepBytes = 64 << 10;
  Collector& c = collector();
  for (;;) {
    int64_t start = monotonicNs();
    bool more = true;
    while (more && monotonicNs() - start < kSliceNs) {
      uint64_t scanned = marker.drainSome(kStepBytes);
      bgScanCredit.fetch_add(int64_t(scanned), std::memory_order_relaxed);
      more = scanned != 0;
    }
    if (!more && !marker.hasLocalWork()) return;
    int procs = c.hooks.procs();
    if (procs >= 4 || c.hooks.idleProcs() > 0 || goalWaiters.load(std::memory_order_relaxed) > 0)
      continue;
    // Work kSliceNs, then rest so that the work is procs/4 of the time.
    // Meanwhile the grey objects wait in the global queue, where the
    // allocating goroutines' assists find them.
    int64_t worked = monotonicNs() - start;
    int64_t rest = worked * (4 - procs) / procs;
    marker.flush();
    std::this_thread::sleep_for(std::chrono::nanoseconds(rest));
  }
}

// The concurrent mark (phase 2): returns when the roots are scanned and no
// grey object is left anywhere the worker can see.
void concurrentMark() {
  Collector& c = collector();
  GCMarker& marker = threadMarker();
  uint32_t cycle = c.markCycle.load();
  c.hooks.markGlobals(marker);
  int64_t giveUpStacks = monotonicNs() + kStackScanPatienceNs;
  for (;;) {
    drainPaced(marker);
    // Running goroutines scan themselves at their next safe point; one that
    // takes too long to come (a long intrinsic) is left to mark termination.
    bool stacksDone = c.hooks.markStacks(marker, cycle) || monotonicNs() > giveUpStacks;
    drainPaced(marker);
    if (stacksDone && noMarkWorkVisible(marker)) {
      // Grey objects may still wait in the mutators' markers (the write
      // barrier's): a safe point flushes them. Only when a round of safe
      // points brings nothing new does the mark terminate; mark termination
      // drains what arrives after.
      c.hooks.pokeRunning();
      std::this_thread::sleep_for(std::chrono::microseconds(200));
      if (noMarkWorkVisible(marker)) return;
      continue;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(20));
  }
}

// Mark termination and the start of the sweep (phase 3).
void finishMark(CycleTimes& t, bool forced) {
  Collector& c = collector();
  t.termStart = monotonicNs();
  markTerminating.store(true);
  c.hooks.stopTheWorld();
  t.assistNs = assistNs.load();
  t.heapEndOfMark = uint64_t(c.heapLive.load(std::memory_order_relaxed));
  c.hooks.rootSizes(&t.stackBytes, &t.globalBytes);
  GCMarker& marker = threadMarker();
  c.hooks.markRemainingRoots(marker, c.markCycle.load());
  marker.drain();
  finalizersAtMarkTermination(marker);
  marker.drain();
  if (gcCheckmarkEnabled()) {
    GCMarker roots(/*recordRoots=*/true, /*markNothing=*/true);
    c.hooks.markAllRoots(roots);
    verifyMarks(roots);
  }
  writeBarrierEnabled.store(false);
  gcMarking.store(false);
  markTerminating.store(false);
  forEachMCache([](MCache& cache) { cache.releaseAll(); });
  uint64_t allocatedBlack = t.heapEndOfMark > t.heapStart ? t.heapEndOfMark - t.heapStart : 0;
  c.heapMarked = markedBytesTotal() + allocatedBlack;
  c.lastScanWork = scannedBytesTotal();
  c.lastHeapInUse = mheap().heapInUse();
  sweepStartCycle(c.stress);
  c.heapLive.store(int64_t(c.heapMarked), std::memory_order_relaxed);
  setPacing(c.heapMarked);
  c.triggered.store(false);
  c.hooks.afterMark();
  t.end = c.hooks.startTheWorld();
  t.pauseTerm = t.end - t.termStart;
  recordCycle(t, forced);
}

void runCycle(bool forced) {
  CycleTimes t{};
  startMark(t);
  int64_t cpu = threadCpuNs();
  concurrentMark();
  t.markCpuNs = threadCpuNs() - cpu;
  finishMark(t, forced);
  wakeFinalizerGoroutine();
  if (collector().hooks.afterCycle) collector().hooks.afterCycle();
}

// The GC worker: waits for a trigger, a forced request or the 2-minute
// period, and runs a cycle.
void gcBgWorker() {
  Collector& c = collector();
  for (;;) {
    bool forced;
    {
      std::unique_lock<std::mutex> lock(c.lock);
      while (!c.triggered.load() && c.forcedRequests == 0) {
        auto deadline = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(c.lastCycleEndNs + kForceGCPeriodNs));
        if (c.wake.wait_until(lock, deadline) == std::cv_status::timeout &&
            monotonicNs() >= c.lastCycleEndNs + kForceGCPeriodNs)
          break;
      }
      forced = c.forcedRequests > 0;
      c.forcedRequests = 0;
      c.cyclesStarted++;
      c.running.store(true);
    }
    runCycle(forced);
    std::lock_guard<std::mutex> lock(c.lock);
    c.cyclesDone++;
    c.running.store(false);
    c.lastCycleEndNs = monotonicNs();
    c.cycleDone.notify_all();
  }
}

void triggerCycle() {
  Collector& c = collector();
  if (c.triggered.exchange(true)) return;
  std::lock_guard<std::mutex> lock(c.lock);
  c.wake.notify_one();
}

}  // namespace

void gcInstall(const GCHooks& hooks) {
  Collector& c = collector();
  // A process that runs program after program (the REPL, the fuzzers, the
  // tests) installs again: same hooks, same worker.
  std::lock_guard<std::mutex> lock(c.lock);
  c.hooks = hooks;
  if (c.installed) return;
  c.installed = true;
  setPacing(c.heapMarked);
  startBackgroundSweeper();
  std::thread(gcBgWorker).detach();
}

bool gcCycleRunning() { return collector().running.load(); }

bool gcGoalWaiters() {
  return goalWaiters.load(std::memory_order_relaxed) > 0;
}

uint32_t gcMarkCycle() { return collector().markCycle.load(std::memory_order_relaxed); }

void gcRunForced() {
  Collector& c = collector();
  if (!c.installed) return;
  {
    std::unique_lock<std::mutex> lock(c.lock);
    uint64_t target = c.cyclesStarted + 1;
    c.forcedRequests++;
    c.wake.notify_one();
    while (c.cyclesDone < target) c.cycleDone.wait(lock);
  }
  finishSweep();
}

namespace {

// Go's assistWorkPerByte, in 1/1024: the scan work still expected this cycle
// (the last cycle's, less what is done) over the bytes left before the goal.
uint64_t assistWorkPerByte(uint64_t live, uint64_t goal) {
  constexpr uint64_t kMinRunway = 64 << 10;
  constexpr uint64_t kMinRemainingWork = 64 << 10;
  Collector& c = collector();
  uint64_t runway = goal > live + kMinRunway ? goal - live : kMinRunway;
  uint64_t done = scannedBytesTotal();
  uint64_t remaining =
      c.lastScanWork > done + kMinRemainingWork ? c.lastScanWork - done : kMinRemainingWork;
  return remaining * 1024 / runway;
}

// Takes up to `want` bytes of the worker's credit; returns what it took.
int64_t stealScanCredit(int64_t want) {
  int64_t credit = bgScanCredit.load(std::memory_order_relaxed);
  while (credit > 0) {
    int64_t take = credit < want ? credit : want;
    if (bgScanCredit.compare_exchange_weak(credit, credit - take, std::memory_order_relaxed))
      return take;
  }
  return 0;
}

// An allocating thread's share of the mark (Go's gcAssistAlloc). Under the
// goal, `bytes` allocated owe assistWorkPerByte × bytes of scanning, paid
// from the worker's credit first, then by scanning grey objects if there
// are any. Past the goal, an allocating thread scans until the mark ends,
// and waits for it when there is nothing to scan: the heap holds its goal
// (Go's assists let it run up to 1.1x the goal before they must finish
// the mark), and the mutators' CPU goes to the mark. Scanning goes in steps
// of kMaxAssistBytes between checks. The wait ends when mark termination
// begins (so that this thread comes to its safe point), and after
// kMaxAssistWaitNs, a bound against a worker that cannot go on.
void assist(int64_t bytes, uint64_t live) {
  constexpr int64_t kMaxAssistBytes = 64 << 10;
  constexpr int64_t kMaxAssistWaitNs = 20'000'000;
  constexpr auto kNap = std::chrono::microseconds(20);
  Collector& c = collector();
  uint64_t goal = c.heapGoal.load(std::memory_order_relaxed);
  bool overGoal = live > goal && !c.stress;
  int64_t debt = INT64_MAX;
  if (!overGoal) {
    debt = int64_t(uint64_t(bytes) * assistWorkPerByte(live, goal) / 1024);
    debt -= stealScanCredit(debt);
  }
  int64_t deadline = 0;
  while (debt > 0 && gcMarking.load(std::memory_order_relaxed) &&
         !markTerminating.load(std::memory_order_relaxed)) {
    if (!globalGreyQueueEmpty()) {
      int64_t start = monotonicNs();
      activeAssists.fetch_add(1);
      GCMarker& marker = threadMarker();
      debt -= int64_t(marker.drainSome(uint64_t(debt < kMaxAssistBytes ? debt : kMaxAssistBytes)));
      marker.flush();
      activeAssists.fetch_sub(1);
      assistNs.fetch_add(monotonicNs() - start, std::memory_order_relaxed);
      continue;
    }
    if (!overGoal) break;
    if (deadline == 0) {
      deadline = monotonicNs() + kMaxAssistWaitNs;
      goalWaiters.fetch_add(1);
    } else if (monotonicNs() >= deadline) {
      break;
    }
    std::this_thread::sleep_for(kNap);
  }
  if (deadline != 0) goalWaiters.fetch_sub(1);
}

}  // namespace

void gcNoteAlloc(int64_t bytes) {
  Collector& c = collector();
  int64_t live = c.heapLive.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (bytes <= 0 || !c.installed) return;
  if (gcMarking.load(std::memory_order_relaxed)) {
    assist(bytes, uint64_t(live));
    return;
  }
  if (uint64_t(live) >= c.heapTrigger.load(std::memory_order_relaxed)) triggerCycle();
}

int32_t gcSetPercent(int32_t percent) {
  Collector& c = collector();
  if (percent < 0) percent = -1;
  int32_t old = c.percent.exchange(percent);
  setPacing(c.heapMarked);
  if (c.installed && uint64_t(c.heapLive.load(std::memory_order_relaxed)) >= c.heapTrigger.load()) triggerCycle();
  return old;
}

int64_t gcSetMemoryLimit(int64_t limit) {
  Collector& c = collector();
  if (limit < 0) return c.memoryLimit.load();
  int64_t old = c.memoryLimit.exchange(limit);
  setPacing(c.heapMarked);
  if (c.installed && uint64_t(c.heapLive.load(std::memory_order_relaxed)) >= c.heapTrigger.load()) triggerCycle();
  return old;
}

void gcSetTrace(bool on) { collector().trace.store(on); }

GCStats gcStats() {
  Collector& c = collector();
  std::lock_guard<std::mutex> guard(c.statsLock);
  GCStats s = c.stats;
  if (s.nextGC == 0) s.nextGC = c.heapGoal.load();
  return s;
}

}  // namespace golem::rt
