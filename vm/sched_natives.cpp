// The intrinsics of the scheduler-facing packages -- runtime, time, sync and
// sync/atomic (stdlib/<pkg>/*.go) -- and their table, searched by
// findSchedNative when vm::findNative (stdlib/natives.cpp) does not know a
// name.
//
// Blocking intrinsics park their goroutine through the scheduler
// (sched::parkCurrent, sched::sleepCurrent, vm/sema.h) and return; the
// interpreter parks the G when the intrinsic returns and resumes it after the
// call, results already written.
//
// Atomics work on the Go variable's own address with the compiler's
// __atomic builtins (sequentially consistent, as Go's sync/atomic is).
// Parameters and results each take one 8-byte word; 32-bit results are
// written sign- or zero-extended to the whole word, as registers hold them.
// An 8-byte Store, Swap or CompareAndSwap first passes the word through the
// write barrier (mbarrier.h), as the interpreter's own 8-byte stores do: the
// barrier is conservative about types, so a word stored is a word shaded.
//
// System goroutines: the goroutines that package time runs its timers on are
// the runtime's own in Go (timers live in the Ps' heaps there), so
// runtime.NumGoroutine does not count them; time reports them here.
#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstring>
#include <ctime>
#include <iterator>
#include <string>
#include <string_view>
#include <thread>

#include <sched.h>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/mgc.h"
#include "runtime/mstats.h"
#include "vm/native.h"
#include "vm/panic.h"
#include "vm/proc.h"
#include "vm/sema.h"
#include "vm/thread.h"

namespace golem::vm {

// The lower.cpp hook: intrinsics of runtime, time, sync and sync/atomic.
NativeFn findSchedNative(std::string_view name);

namespace {

std::atomic<int64_t> systemGoroutines{0};

template <typename T>
T* addressArg(NativeCall& call) {
  return reinterpret_cast<T*>(call.word<uint64_t>(0));
}

// Go faults on a nil address; the interpreter's nil check would say this.
bool nilAddress(NativeCall& call) {
  if (call.word<uint64_t>(0) != 0) return false;
  call.panicRuntimeError("invalid memory address or nil pointer dereference");
  return true;
}

// Widens a value of T to the register word (sign-extended when T is signed).
template <typename T>
uint64_t widen(T v) {
  if constexpr (std::is_signed_v<T>) {
    return uint64_t(int64_t(v));
  } else {
    return uint64_t(v);
  }
}

template <typename T>
T narrow(uint64_t word) {
  return static_cast<T>(word);
}

// The write barrier before an atomic store of `value` at `address`
// (narrower stores never hold a pointer and have none).
template <typename T>
void barrierBeforeAtomicStore(T* address, T value) {
  if constexpr (sizeof(T) == 8) rt::writeBarrierWord(address, uint64_t(value));
}

// ---- sync/atomic: one template per operation, instantiated per type.

template <typename T>
void atomicAdd(NativeCall& call) {
  if (nilAddress(call)) return;
  T delta = narrow<T>(call.word<uint64_t>(1));
  call.word<uint64_t>(2) = widen<T>(__atomic_add_fetch(addressArg<T>(call), delta, __ATOMIC_SEQ_CST));
}

template <typename T>
void atomicLoad(NativeCall& call) {
  if (nilAddress(call)) return;
  call.word<uint64_t>(1) = widen<T>(__atomic_load_n(addressArg<T>(call), __ATOMIC_SEQ_CST));
}

template <typename T>
void atomicStore(NativeCall& call) {
  if (nilAddress(call)) return;
  T v = narrow<T>(call.word<uint64_t>(1));
  barrierBeforeAtomicStore(addressArg<T>(call), v);
  __atomic_store_n(addressArg<T>(call), v, __ATOMIC_SEQ_CST);
}

template <typename T>
void atomicSwap(NativeCall& call) {
  if (nilAddress(call)) return;
  T v = narrow<T>(call.word<uint64_t>(1));
  barrierBeforeAtomicStore(addressArg<T>(call), v);
  call.word<uint64_t>(2) = widen<T>(__atomic_exchange_n(addressArg<T>(call), v, __ATOMIC_SEQ_CST));
}

template <typename T>
void atomicCompareAndSwap(NativeCall& call) {
  if (nilAddress(call)) return;
  T expected = narrow<T>(call.word<uint64_t>(1));
  T desired = narrow<T>(call.word<uint64_t>(2));
  barrierBeforeAtomicStore(addressArg<T>(call), desired);  // as Go's, whether or not it swaps
  bool swapped = __atomic_compare_exchange_n(addressArg<T>(call), &expected, desired, false, __ATOMIC_SEQ_CST,
                                             __ATOMIC_SEQ_CST);
  call.word<uint64_t>(3) = swapped ? 1 : 0;
}

// func sameType(a, b any) bool: the dynamic types of two interfaces are
// identical (their type words are the same descriptor).
void atomicSameType(NativeCall& call) { call.word<uint64_t>(4) = call.word<uint64_t>(0) == call.word<uint64_t>(2); }

// func runtime_yield()
void atomicYield(NativeCall& call) { call.thread->yieldRequested = true; }

// ---- runtime

// func Gosched()
void runtimeGosched(NativeCall& call) { call.thread->yieldRequested = true; }

// func NumGoroutine() int
void runtimeNumGoroutine(NativeCall& call) { call.word<int64_t>(0) = std::max<int64_t>(1, sched::numUserGoroutines()); }

// func Goexit(): the interpreter unwinds the goroutine as for a panic it
// raises when the intrinsic returns (vm/interp.cpp's raise), running every
// deferred call; then the goroutine ends (ExecStatus::Exited).
void runtimeGoexit(NativeCall& call) {
  call.thread->nestedPanic = true;
  call.thread->nestedPanicInfo = PanicInfo::goexit();
}

// func GOMAXPROCS(n int) int: n < 1 only queries; otherwise the world stops
// while the Ps are resized (sched::setGomaxprocs), and when this G's P went
// away it yields on return.
void runtimeGOMAXPROCS(NativeCall& call) {
  int64_t n = call.word<int64_t>(0);
  call.word<int64_t>(1) = n < 1 ? sched::gomaxprocs() : sched::setGomaxprocs(int(std::min<int64_t>(n, INT32_MAX)));
}

// func NumCPU() int: the CPUs this process may run on, as Go's getproccount.
void runtimeNumCPU(NativeCall& call) {
  cpu_set_t set;
  CPU_ZERO(&set);
  int n = sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : 0;
  if (n < 1) n = int(std::max(1u, std::thread::hardware_concurrency()));
  call.word<int64_t>(0) = n;
}

// func GC(): a whole cycle before it returns.
void runtimeGC(NativeCall&) { sched::collectNow(); }

// func SetGCPercent(percent int) int (runtime/debug)
void debugSetGCPercent(NativeCall& call) {
  int64_t percent = call.word<int64_t>(0);
  if (percent > INT32_MAX) percent = INT32_MAX;
  call.word<int64_t>(1) = rt::gcSetPercent(int32_t(percent < 0 ? -1 : percent));
}

// func SetMemoryLimit(limit int64) int64 (runtime/debug): GOMEMLIMIT; a
// negative limit only reads it.
void debugSetMemoryLimit(NativeCall& call) { call.word<int64_t>(1) = rt::gcSetMemoryLimit(call.word<int64_t>(0)); }

// func FreeOSMemory() (runtime/debug): a collection, then every free page back to the OS.
void debugFreeOSMemory(NativeCall&) {
  sched::collectNow();
  rt::releaseFreeMemory();
}

// func readMemStats(m *MemStats): runtime.MemStats in stdlib/runtime/mstats.go
// has rt::MemStats's fields in the same order, so the layouts agree.
void runtimeReadMemStats(NativeCall& call) {
  static_assert(sizeof(rt::MemStats) == 5776, "Go 1.19's runtime.MemStats is 5776 bytes");
  if (nilAddress(call)) return;
  rt::MemStats stats = rt::readMemStats();
  std::memcpy(addressArg<rt::MemStats>(call), &stats, sizeof stats);
}

// ---- time

// func Sleep(d Duration)
void timeSleep(NativeCall& call) {
  int64_t d = call.word<int64_t>(0);
  if (d <= 0) return;
  sched::sleepCurrent(*call.thread, d);
}

// func runtimeNano() int64: the monotonic clock.
void timeRuntimeNano(NativeCall& call) { call.word<int64_t>(0) = sched::nanotime(); }

// func now() (sec int64, nsec int32, mono int64): wall clock and monotonic clock.
void timeNow(NativeCall& call) {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  call.word<int64_t>(0) = ts.tv_sec;
  call.word<int64_t>(1) = ts.tv_nsec;
  call.word<int64_t>(2) = sched::nanotime();
}

// func systemGoroutines(delta int): timer goroutines starting (+1) and ending (-1).
void timeSystemGoroutines(NativeCall& call) { systemGoroutines.fetch_add(call.word<int64_t>(0)); }

// ---- sync

// func runtime_Semacquire(s *uint32)
void syncSemacquire(NativeCall& call) {
  if (nilAddress(call)) return;
  semacquire(*call.thread, addressArg<uint32_t>(call), false, "semacquire");
}

// func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
void syncSemacquireMutex(NativeCall& call) {
  if (nilAddress(call)) return;
  semacquire(*call.thread, addressArg<uint32_t>(call), call.word<uint64_t>(1) != 0, "semacquire");
}

// func runtime_Semrelease(s *uint32, handoff bool, skipframes int)
void syncSemrelease(NativeCall& call) {
  if (nilAddress(call)) return;
  semrelease(addressArg<uint32_t>(call), call.word<uint64_t>(1) != 0);
}

// func runtime_nanotime() int64
void syncNanotime(NativeCall& call) { call.word<int64_t>(0) = sched::nanotime(); }

// func fatal(s string): Go's sync_fatal, an unrecoverable "fatal error: s".
void syncFatal(NativeCall& call) {
  rt::String s = call.string(0);
  fatalErrorAndExit(*call.thread, std::string(s.data ? reinterpret_cast<const char*>(s.data) : "", size_t(s.len)));
}

#define GOLEM_ATOMIC_ROWS(Name, T)                          \
  {"sync/atomic.Add" Name, atomicAdd<T>},                   \
      {"sync/atomic.CompareAndSwap" Name, atomicCompareAndSwap<T>}, \
      {"sync/atomic.Load" Name, atomicLoad<T>},             \
      {"sync/atomic.Store" Name, atomicStore<T>},           \
      {"sync/atomic.Swap" Name, atomicSwap<T>}

// Sorted by name (byte order) at first use; searched by binary search.
NativeEntry kSchedNatives[] = {
    {"runtime.GC", runtimeGC},
    {"runtime.GOMAXPROCS", runtimeGOMAXPROCS},
    {"runtime.Goexit", runtimeGoexit},
    {"runtime.Gosched", runtimeGosched},
    {"runtime.NumCPU", runtimeNumCPU},
    {"runtime.NumGoroutine", runtimeNumGoroutine},
    {"runtime.readMemStats", runtimeReadMemStats},
    {"runtime.systemGoroutines", timeSystemGoroutines},  // the finalizer goroutine (vm/finalizer.cpp)
    {"runtime/debug.FreeOSMemory", debugFreeOSMemory},
    {"runtime/debug.SetGCPercent", debugSetGCPercent},
    {"runtime/debug.SetMemoryLimit", debugSetMemoryLimit},
    {"sync.fatal", syncFatal},
    {"sync.runtime_Semacquire", syncSemacquire},
    {"sync.runtime_SemacquireMutex", syncSemacquireMutex},
    {"sync.runtime_Semrelease", syncSemrelease},
    {"sync.runtime_nanotime", syncNanotime},
    GOLEM_ATOMIC_ROWS("Int32", int32_t),
    GOLEM_ATOMIC_ROWS("Int64", int64_t),
    GOLEM_ATOMIC_ROWS("Uint32", uint32_t),
    GOLEM_ATOMIC_ROWS("Uint64", uint64_t),
    GOLEM_ATOMIC_ROWS("Uintptr", uint64_t),
    {"sync/atomic.runtime_yield", atomicYield},
    {"sync/atomic.sameType", atomicSameType},
    {"time.Sleep", timeSleep},
    {"time.now", timeNow},
    {"time.runtimeNano", timeRuntimeNano},
    {"time.systemGoroutines", timeSystemGoroutines},
};

#undef GOLEM_ATOMIC_ROWS

bool byName(const NativeEntry& a, const NativeEntry& b) { return std::string_view(a.name) < std::string_view(b.name); }

}  // namespace

int64_t sched::numUserGoroutines() { return sched::numGoroutines() - systemGoroutines.load(); }

NativeFn findSchedNative(std::string_view name) {
  static const bool sorted = [] {
    std::sort(std::begin(kSchedNatives), std::end(kSchedNatives), byName);
    return true;
  }();
  (void)sorted;
  auto it = std::lower_bound(std::begin(kSchedNatives), std::end(kSchedNatives), name,
                             [](const NativeEntry& e, std::string_view n) { return e.name < n; });
  if (it == std::end(kSchedNatives) || it->name != name) return nullptr;
  return it->fn;
}

}  // namespace golem::vm
