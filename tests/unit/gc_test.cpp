// Tests of the concurrent garbage collector (runtime/mgc.h, issue #8) from
// outside: each runs a Go program on the golem binary beside this test binary,
// in a child process (a golem program ends the process when main returns), and
// compares what it prints with what Go 1.19 prints for the same program.
//
// The programs that exercise the write barrier and the roots run again under
// the collector's debug modes, because a collector bug rarely shows in the
// output of one normal run:
//   GODEBUG=gccheckmark=1  marks again from the roots, the world stopped, at
//                          every mark termination, and dies with "fatal error:
//                          checkmark found unmarked object" (status 2) when the
//                          concurrent mark missed a reachable object, which is
//                          what a missing write barrier or root looks like;
//   GODEBUG=gcstress=1     a cycle every 16 KiB of allocation, freed memory
//                          poisoned: a reachable object freed shows as a wrong
//                          checksum, a wrong total or a crash.
// The whole file takes under 10 s on 2 cores. Skipped when there is no golem
// binary beside the test.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/golem_binary.h"

namespace {

using golem::testing_support::golemBinary;

bool haveGolem() {
  return access(golemBinary().c_str(), X_OK) == 0;
}

// The settings a run starts from: the collector's variables of the test's own
// environment are dropped, so that only the mode given applies.
constexpr const char* kCleanEnv = "env -u GOGC -u GODEBUG -u GOMEMLIMIT ";

// The modes of a run (environment assignments).
constexpr const char* kPlain = "GOMAXPROCS=4";
constexpr const char* kCheckmark = "GOMAXPROCS=2 GODEBUG=gccheckmark=1";
constexpr const char* kStress = "GOMAXPROCS=2 GODEBUG=gcstress=1";
constexpr const char* kStressCheckmark = "GOMAXPROCS=2 GODEBUG=gccheckmark=1,gcstress=1";

struct RunResult {
  int status = -1;
  std::string out, err;
};

std::string slurp(const std::string& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `source` with the environment assignments `env` and a time limit.
RunResult runGo(const std::string& name, const std::string& source, const std::string& env) {
  RunResult result;
  std::string base = testing::TempDir() + "golem_gc_test_" + std::to_string(getpid()) + "_" + name;
  std::string file = base + ".go", errFile = base + ".stderr";
  std::ofstream(file) << source;
  std::string command = std::string(kCleanEnv) + env + " timeout -k 5 60 '" + golemBinary() +
                        "' run '" + file + "' 2>'" + errFile + "'";
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buf[4096];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, pipe)) > 0) result.out.append(buf, got);
    int status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  result.err = slurp(errFile);
  unlink(file.c_str());
  unlink(errFile.c_str());
  return result;
}

// Runs `source` once in each mode and expects `expected` (Go 1.19's output)
// and a zero status every time; a failure shows the mode and golem's stderr.
void expectRunsUnder(const std::string& name, const std::string& source,
                     const std::string& expected, std::initializer_list<const char*> modes) {
  if (!haveGolem()) GTEST_SKIP() << "no golem binary beside the test";
  for (const char* mode : modes) {
    SCOPED_TRACE(mode);
    RunResult r = runGo(name, source, mode);
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 2000);
    EXPECT_EQ(r.out, expected);
  }
}

// The same for the golden program tests/go/NAME.go, whose expected output
// tests/go/NAME.out comes from Go (scripts/check_golden.sh): ctest runs it
// once as go/NAME; here it runs again with more Ps and in the debug modes.
void expectGoldenRunsUnder(const std::string& name, std::initializer_list<const char*> modes) {
  std::string dir = std::string(GOLEM_SOURCE_DIR) + "/tests/go/";
  std::string source = slurp(dir + name + ".go"), expected = slurp(dir + name + ".out");
  ASSERT_FALSE(source.empty()) << "no " << dir << name << ".go";
  expectRunsUnder(name, source, expected, modes);
}

// Four goroutines keep rewiring a shared graph while they allocate enough for
// cycles to keep running: slices and maps of pointers, struct fields, globals,
// interface values, closures capturing pointers, struct and array values copied
// whole, a pointer hidden on the stack while its only heap reference is
// deleted, pointers passed around a ring of channels, appends and map inserts.
// Each worker owns its own slots, so the final graph is deterministic. At the
// end every node reachable from anywhere is checked against its checksum.
TEST(GC, WriteBarrierUnderConcurrentMutation) {
  expectGoldenRunsUnder("gc_concurrent_mutation", {kPlain, kCheckmark, kStress, kStressCheckmark});
}

// Maps (int, string and array keys) and slices of pointers, of structs holding
// pointers and of interfaces grow while cycles run: growslice and map
// evacuation copy pointers into memory allocated black during the mark, so
// they must shade what they copy. An overlapping copy() of pointers too.
TEST(GC, MapAndSliceGrowthDuringMark) {
  expectGoldenRunsUnder("gc_growth_during_mark", {kPlain, kCheckmark, kStress, kStressCheckmark});
}

// Lists referenced only from the stacks of blocked goroutines (a receive, a
// send of the only reference on an unbuffered channel, sync.Cond.Wait, select,
// time.Sleep) and only from channel buffers (pointers, interfaces, slices)
// survive thirty cycles with every node intact.
TEST(GC, BlockedGoroutinesAndChannelBuffersAreRoots) {
  expectGoldenRunsUnder("gc_blocked_roots", {kPlain, kCheckmark, kStress, kStressCheckmark});
}

// Cyclic garbage (rings, doubly-linked lists, self references through a
// field, an interface and a closure, maps pointing back at their owner) is
// freed: after runtime.GC the heap is back near its baseline, in bytes and in
// objects, while a structure of the same shape that stays reachable is intact.
TEST(GC, UnreachableCyclesAreFreed) {
  expectRunsUnder("cycles", R"go(package main

import (
	"fmt"
	"runtime"
)

type ring struct {
	next, prev *ring
	owner      *holder
	data       [12]int
}

type holder struct {
	self   *holder
	rings  []*ring
	byID   map[int]*ring
	again  func() *holder
	anyRef any
}

func makeRing(n int) *ring {
	first := &ring{}
	r := first
	for i := 1; i < n; i++ {
		r.next = &ring{prev: r}
		r = r.next
		r.data[0] = i
	}
	r.next, first.prev = first, r
	return first
}

func makeHolder(n int) *holder {
	h := &holder{byID: map[int]*ring{}}
	h.self = h
	h.anyRef = h
	h.again = func() *holder { return h }
	for i := 0; i < n; i++ {
		r := makeRing(8)
		r.owner = h
		h.rings = append(h.rings, r)
		h.byID[i] = r
	}
	return h
}

var keep *holder

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	baseAlloc, baseObjects := m.HeapAlloc, m.HeapObjects
	keep = makeHolder(100) // stays reachable: about 900 objects
	for round := 0; round < 40; round++ {
		h := makeHolder(100) // about 130 KB of cyclic garbage per holder
		_ = h
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("heap back near the baseline:", m.HeapAlloc < baseAlloc+2<<20)
	fmt.Println("objects back near the baseline:", m.HeapObjects < baseObjects+5000)
	fmt.Println("objects and counters agree:", m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("frees counted:", m.Frees >= 40*800)
	fmt.Println("kept holder intact:", keep.self == keep, keep.again() == keep, len(keep.byID), keep.rings[99].next.next.prev.prev == keep.rings[99])
	sum := 0
	for _, r := range keep.rings {
		for x, i := r.next, 0; i < 8; x, i = x.next, i+1 {
			sum += x.data[0]
		}
	}
	fmt.Println("kept ring data:", sum)
}
)go",
                  "heap back near the baseline: true\n"
                  "objects back near the baseline: true\n"
                  "objects and counters agree: true\n"
                  "frees counted: true\n"
                  "kept holder intact: true true 100 true\n"
                  "kept ring data: 2800\n",
                  {kPlain, kCheckmark, kStress, kStressCheckmark});
}

// Only interior pointers, stored in a heap object, keep their objects alive:
// &big[500] and a sub-slice of a 160 KB array, &small[50], &s.field and a
// pointer into an array field of a struct inside a slice (one held in an
// interface). Twenty cycles later every byte reachable from them is intact.
TEST(GC, InteriorPointersKeepObjectsAlive) {
  expectRunsUnder("interior", R"go(package main

import (
	"fmt"
	"runtime"
)

type inner struct {
	label string
	list  []*int
	vals  [64]int
}

type outer struct {
	head  [32]int
	mid   inner
	tail  [32]int
	extra *outer
}

// Only interior pointers, held by a heap object reached from a global.
type roots struct {
	elem, last *int
	tail       []int
	mid        *int
	field      *inner
	vp         *int
	third      *[64]int
	byIface    any
}

var r *roots
var sink [][]byte

func churn(rounds int) {
	for i := 0; i < rounds; i++ {
		sink = append(sink, make([]byte, 512+i%1024))
		if len(sink) > 256 {
			sink = nil
		}
	}
}

func setup() {
	r = &roots{}
	big := new([20000]int) // a large object (160 KB)
	for i := range big {
		big[i] = i * 3
	}
	r.elem = &big[500]
	r.last = &big[19999]
	r.tail = big[15000:15100]

	small := make([]int, 100)
	for i := range small {
		small[i] = i * i
	}
	r.mid = &small[50]

	o := &outer{}
	for i := range o.head {
		o.head[i], o.tail[i] = i, -i
	}
	o.mid.label = fmt.Sprint("label-", 42)
	for i := 0; i < 10; i++ {
		v := i * 11
		o.mid.list = append(o.mid.list, &v)
	}
	for i := range o.mid.vals {
		o.mid.vals[i] = i + 1000
	}
	o.extra = &outer{}
	o.extra.mid.label = "extra"
	r.field = &o.mid
	r.vp = &o.mid.vals[63]

	arr := make([]outer, 4)
	arr[2].mid.label = "third"
	arr[2].mid.vals[7] = 77
	r.third = &arr[2].mid.vals
	r.byIface = &arr[3].tail[31]
}

func main() {
	setup()
	for round := 0; round < 20; round++ {
		churn(400)
		runtime.GC()
	}
	sum := 0
	for _, v := range r.tail {
		sum += v
	}
	fmt.Println("big:", *r.elem, *r.last, sum, len(r.tail), cap(r.tail))
	fmt.Println("small:", *r.mid)
	lsum := 0
	for _, p := range r.field.list {
		lsum += *p
	}
	vsum := 0
	for _, v := range r.field.vals {
		vsum += v
	}
	fmt.Println("struct:", r.field.label, len(r.field.list), lsum, vsum, *r.vp)
	*r.byIface.(*int) = 5
	fmt.Println("array of structs:", r.third[7], r.third[0], *r.byIface.(*int))
}
)go",
                  "big: 1500 59997 4514850 100 5000\n"
                  "small: 2500\n"
                  "struct: label-42 10 495 66016 1063\n"
                  "array of structs: 77 0 5\n",
                  {kPlain, kCheckmark, kStress, kStressCheckmark});
}

// runtime.ReadMemStats: NumGC and NumForcedGC count runtime.GC's cycles, the
// pauses and LastGC are recorded, NextGC is at least Go's 4 MB minimum,
// GCCPUFraction is a fraction, allocation alone starts cycles, and the object
// and byte counters agree with each other.
TEST(GC, MemStats) {
  expectRunsUnder("memstats", R"go(package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n0, f0 := m.NumGC, m.NumForcedGC
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC counts runtime.GC:", m.NumGC-n0 >= 5)
	fmt.Println("NumForcedGC counts exactly the forced ones:", m.NumForcedGC-f0 == 5)
	fmt.Println("pauses recorded:", m.PauseTotalNs > 0, m.PauseNs[(m.NumGC+255)%256] > 0, m.PauseEnd[(m.NumGC+255)%256] > 0)
	fmt.Println("LastGC set:", m.LastGC > 0)
	fmt.Println("NextGC at least 4 MB:", m.NextGC >= 4<<20)
	fmt.Println("GCCPUFraction in [0,1]:", m.GCCPUFraction >= 0 && m.GCCPUFraction <= 1)
	fmt.Println("EnableGC:", m.EnableGC)
	forced := m.NumForcedGC
	before := m.NumGC
	// 40 MB at a time until a cycle has ended (the pacer starts cycles by
	// itself; one ends when the worker gets the CPU, later on a busy machine).
	for round := 0; round < 25; round++ {
		for i := 0; i < 40000; i++ {
			sink = make([]byte, 1024)
		}
		runtime.ReadMemStats(&m)
		if m.NumGC > before {
			break
		}
	}
	fmt.Println("allocation triggers cycles:", m.NumGC > before, "none forced:", m.NumForcedGC == forced)
	fmt.Println("counters consistent:", m.HeapObjects == m.Mallocs-m.Frees, m.TotalAlloc >= 40000*1024, m.HeapAlloc == m.Alloc, m.HeapInuse >= m.HeapAlloc, m.HeapSys >= m.HeapInuse)
	fmt.Println("GCCPUFraction in [0,1]:", m.GCCPUFraction >= 0 && m.GCCPUFraction <= 1)
}
)go",
                  "NumGC counts runtime.GC: true\n"
                  "NumForcedGC counts exactly the forced ones: true\n"
                  "pauses recorded: true true true\n"
                  "LastGC set: true\n"
                  "NextGC at least 4 MB: true\n"
                  "GCCPUFraction in [0,1]: true\n"
                  "EnableGC: true\n"
                  "allocation triggers cycles: true none forced: true\n"
                  "counters consistent: true true true true true\n"
                  "GCCPUFraction in [0,1]: true\n",
                  {kPlain, "GOMAXPROCS=2"});
}

// GOGC=off, and debug.SetGCPercent(-1) (which returns the default 100): 50 MB
// of allocation run no cycle, runtime.GC still runs one, and SetGCPercent(100)
// (returning -1) starts cycles again.
TEST(GC, GogcOffAndSetGCPercent) {
  const std::string source = R"go(package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func allocate(mb int) {
	for i := 0; i < mb*1024; i++ {
		sink = make([]byte, 1024)
	}
}

// Run with GOGC=off (the collector is off from the start) and without it
// (SetGCPercent turns it off): either way 50 MB of allocation start no cycle
// until the percentage is set back.
func main() {
	var m runtime.MemStats
	fmt.Println("SetGCPercent(-1) returns:", debug.SetGCPercent(-1))
	runtime.ReadMemStats(&m)
	before := m.NumGC
	allocate(50)
	runtime.ReadMemStats(&m)
	fmt.Println("cycles while off:", m.NumGC-before)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("runtime.GC still collects:", m.NumGC-before, m.NumForcedGC)
	fmt.Println("SetGCPercent(100) returns:", debug.SetGCPercent(100))
	allocate(50)
	runtime.ReadMemStats(&m)
	fmt.Println("cycles again:", m.NumGC > before+1)
}
)go";
  const std::string afterTurningOff =
      "cycles while off: 0\n"
      "runtime.GC still collects: 1 1\n"
      "SetGCPercent(100) returns: -1\n"
      "cycles again: true\n";
  expectRunsUnder("gogc_off", source, "SetGCPercent(-1) returns: -1\n" + afterTurningOff,
                  {"GOMAXPROCS=2 GOGC=off"});
  expectRunsUnder("setgcpercent", source, "SetGCPercent(-1) returns: 100\n" + afterTurningOff,
                  {"GOMAXPROCS=2"});
}

// GODEBUG=gctrace=1: one line per cycle on stderr in Go's format, numbered
// from 1, as many as NumGC, the forced ones (runtime.GC) ending in
// " (forced)", each naming GOMAXPROCS.
TEST(GC, GctraceLines) {
  if (!haveGolem()) GTEST_SKIP() << "no golem binary beside the test";
  RunResult r = runGo("gctrace", R"go(package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	runtime.GC()
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 1024)
	}
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC, m.NumForcedGC)
}
)go",
                      "GOMAXPROCS=2 GODEBUG=gctrace=1");
  ASSERT_EQ(r.status, 0) << r.err;
  unsigned numGC = 0, numForced = 0;
  ASSERT_EQ(std::sscanf(r.out.c_str(), "%u %u", &numGC, &numForced), 2) << r.out;
  EXPECT_EQ(numForced, 3u);
  const std::string number = R"(\d+(\.\d+)?)";
  const std::regex line(
      "gc (\\d+) @\\d+\\.\\d{3}s \\d+%: " + number + "\\+" + number + "\\+" + number +
      " ms clock, " + number + "\\+" + number + "/" + number + "/" + number + "\\+" + number +
      " ms cpu, \\d+->\\d+->\\d+ MB, \\d+ MB goal, 0 MB stacks, 0 MB globals, 2 P( \\(forced\\))?");
  std::istringstream err(r.err);
  std::string text;
  unsigned lines = 0, forced = 0;
  bool lastForced = false;
  while (std::getline(err, text)) {
    if (text.rfind("gc ", 0) != 0) continue;
    std::smatch m;
    EXPECT_TRUE(std::regex_match(text, m, line)) << text;
    ++lines;
    EXPECT_EQ(m.size() > 1 ? m[1].str() : "", std::to_string(lines)) << text;
    lastForced = m.size() > 1 && m[m.size() - 1].matched;
    forced += lastForced;
  }
  EXPECT_EQ(lines, numGC) << r.err;
  EXPECT_EQ(forced, numForced) << r.err;
  EXPECT_TRUE(lastForced) << r.err;
}

}  // namespace
