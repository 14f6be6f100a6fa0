// The collection cycle, the pacer and gctrace (see mgc.h).
#include "runtime/mgc.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

#include "runtime/godebug.h"
#include "runtime/mcache.h"
#include "runtime/mgccheckmark.h"
#include "runtime/mgcmark.h"
#include "runtime/mgcsweep.h"
#include "runtime/output.h"

namespace golem::rt {
namespace {

constexpr uint64_t kDefaultHeapMinimum = 4 << 20;  // Go's defaultHeapMinimum (GOGC=100)

int64_t monotonicNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
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

// GODEBUG=gcstress=1: a cycle every kStressHeapGoal bytes and freed memory
// poisoned, so that a reachable object the collector freed shows at once.
constexpr uint64_t kStressHeapGoal = 16 << 10;

struct Collector {
  GCRootScanner scanRoots = nullptr;
  GCRequestHook requestCollection = nullptr;
  std::atomic<int32_t> percent{percentFromEnv()};
  std::atomic<int64_t> heapLive{0};
  std::atomic<uint64_t> heapGoal{0};  // 0 until the first pacing (set in gcInstall)
  std::atomic<bool> pending{false};
  std::atomic<bool> trace{godebug("gctrace") > 0};
  bool stress = godebug("gcstress") > 0;
  int64_t startNs = monotonicNs();
  int64_t cpuNs = 0;  // all cycles' CPU time (clock time × Ps while stopped)
  uint64_t heapMarked = 0;
  std::mutex statsLock;  // guards stats (read by ReadMemStats while the world runs)
  GCStats stats{};
  int64_t lastStopNs = 0;
};

Collector& collector() {
  static Collector* c = new Collector();
  return *c;
}

uint64_t goalFor(uint64_t marked, int32_t percent) {
  if (percent < 0) return ~uint64_t{0};
  if (collector().stress) return marked + kStressHeapGoal;
  uint64_t minimum = kDefaultHeapMinimum * uint64_t(percent) / 100;
  uint64_t goal = marked + marked * uint64_t(percent) / 100;
  return goal < minimum ? minimum : goal;
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

}  // namespace

void gcInstall(GCRootScanner scanRoots, GCRequestHook requestCollection) {
  Collector& c = collector();
  c.scanRoots = scanRoots;
  c.requestCollection = requestCollection;
  c.heapGoal.store(goalFor(0, c.percent.load()));
}

bool gcPending() { return collector().pending.load(std::memory_order_relaxed); }

void gcNoteAlloc(int64_t bytes) {
  Collector& c = collector();
  int64_t live = c.heapLive.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (bytes <= 0 || c.scanRoots == nullptr) return;
  if (uint64_t(live) >= c.heapGoal.load(std::memory_order_relaxed)) {
    c.pending.store(true, std::memory_order_relaxed);
    c.requestCollection();
  }
}

int32_t gcSetPercent(int32_t percent) {
  Collector& c = collector();
  if (percent < 0) percent = -1;
  int32_t old = c.percent.exchange(percent);
  uint64_t goal = goalFor(c.heapMarked, percent);
  c.heapGoal.store(goal);
  // A request made under the old goal lapses if the new one is not reached.
  if (uint64_t(c.heapLive.load(std::memory_order_relaxed)) < goal) c.pending.store(false);
  return old;
}

void gcSetTrace(bool on) { collector().trace.store(on); }

void gcAddStopTime(int64_t ns) { collector().lastStopNs = ns; }

void gcCycle(bool forced, int procs) {
  Collector& c = collector();
  int64_t tSweepTerm = monotonicNs() - c.lastStopNs;
  c.lastStopNs = 0;
  uint64_t heap0 = uint64_t(c.heapLive.load(std::memory_order_relaxed));
  uint64_t goal = c.heapGoal.load();

  // Sweep termination: no span stays in an mcache, no tiny block half used.
  forEachMCache([](MCache& cache) { cache.releaseAll(); });
  int64_t tMark = monotonicNs();

  GCMarker marker(gcCheckmarkEnabled());
  c.scanRoots(marker);
  marker.drain();
  if (gcCheckmarkEnabled()) verifyMarks(marker);
  int64_t tMarkTerm = monotonicNs();

  sweepAllSpans(c.stress);
  c.heapMarked = marker.markedBytes();
  c.heapLive.store(int64_t(c.heapMarked), std::memory_order_relaxed);
  uint64_t nextGoal = goalFor(c.heapMarked, c.percent.load());
  c.heapGoal.store(nextGoal);
  c.pending.store(false);
  int64_t tEnd = monotonicNs();

  int64_t pause = tEnd - tSweepTerm;
  int64_t cycleCpu = pause * procs;
  c.cpuNs += cycleCpu;
  double fraction = double(c.cpuNs) / (double(tEnd - c.startNs) * procs);
  {
    std::lock_guard<std::mutex> guard(c.statsLock);
    GCStats& s = c.stats;
    s.pauseNs[s.numGC % 256] = uint64_t(pause);
    s.pauseEnd[s.numGC % 256] = uint64_t(wallNs());
    s.numGC++;
    if (forced) s.numForcedGC++;
    s.pauseTotalNs += uint64_t(pause);
    s.lastGC = uint64_t(wallNs());
    s.nextGC = nextGoal;
    s.cpuFraction = fraction;
  }
  if (c.trace) {
    auto ms = [](int64_t ns) { return formatMs(uint64_t(ns)); };
    std::string line = "gc " + std::to_string(c.stats.numGC) + " @" + formatSeconds(tSweepTerm - c.startNs) + "s " +
                       std::to_string(int(fraction * 100)) + "%: " + ms(tMark - tSweepTerm) + "+" +
                       ms(tMarkTerm - tMark) + "+" + ms(tEnd - tMarkTerm) + " ms clock, " +
                       ms((tMark - tSweepTerm) * procs) + "+0/" + ms(tMarkTerm - tMark) + "/0+" +
                       ms((tEnd - tMarkTerm) * procs) + " ms cpu, " + std::to_string(heap0 >> 20) + "->" +
                       std::to_string(heap0 >> 20) + "->" + std::to_string(c.heapMarked >> 20) + " MB, " +
                       std::to_string((goal == ~uint64_t{0} ? heap0 : goal) >> 20) + " MB goal, 0 MB stacks, 0 MB globals, " +
                       std::to_string(procs) + " P" + (forced ? " (forced)" : "") + "\n";
    flushStdout();
    writeStderr(line.data(), line.size());
  }
}

GCStats gcStats() {
  Collector& c = collector();
  std::lock_guard<std::mutex> guard(c.statsLock);
  GCStats s = c.stats;
  if (s.nextGC == 0) s.nextGC = c.heapGoal.load();
  return s;
}

}  // namespace golem::rt
