// Stress tests of the scheduler, channels and select, meant above all for
// ThreadSanitizer (`make tsan` builds them; run build-tsan/golem_unit_tests):
// each runs a Go program with many goroutines on the golem binary next to
// this test binary, with GOMAXPROCS=4, and checks its output (from Go 1.19)
// and a zero exit status -- a race ThreadSanitizer reports makes the status
// non-zero (66). One more checks GODEBUG=schedtrace's lines.
//
// The programs run in a child process because a golem program ends the
// process when main returns. The test is skipped when there is no golem
// binary beside it.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>

#include "tests/unit/golem_binary.h"

namespace {

using golem::testing_support::golemBinary;

struct RunResult {
  int status = -1;
  std::string out;
};

// Runs `source` with GOMAXPROCS=4 (and the environment settings `env`) and
// a time limit; stderr goes to the test's stderr (ThreadSanitizer's reports
// show there), or into the output with withStderr.
RunResult runGo(const std::string& name, const std::string& source, const std::string& env = "",
                bool withStderr = false) {
  RunResult result;
  std::string golem = golemBinary();
  std::string file = testing::TempDir() + "golem_sched_stress_" + name + ".go";
  std::ofstream(file) << source;
  std::string command = "GOMAXPROCS=4 " + env + " timeout -k 5 240 '" + golem + "' run '" + file + "'" +
                        (withStderr ? " 2>&1" : "");
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  char buf[4096];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, pipe)) > 0) result.out.append(buf, got);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  unlink(file.c_str());
  return result;
}

void expectRuns(const std::string& name, const std::string& source, const std::string& expected) {
  if (access(golemBinary().c_str(), X_OK) != 0) GTEST_SKIP() << "no golem binary beside the test";
  RunResult r = runGo(name, source);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, expected);
}

// RunQueues: 12000 goroutines spawned from 8 spawners overflow the 256-slot
// local queues (half goes to the global queue), are stolen by idle Ps and
// yield three times each.
TEST(SchedStress, RunQueues) {
  expectRuns("runq", R"go(package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var wg sync.WaitGroup
	for s := 0; s < 8; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for k := 0; k < 1500; k++ {
				wg.Add(1)
				go func(v int) {
					defer wg.Done()
					for y := 0; y < 3; y++ {
						runtime.Gosched()
					}
					atomic.AddInt64(&total, int64(v))
				}(s*1500 + k)
			}
		}(s)
	}
	wg.Wait()
	fmt.Println(total)
}
)go", "71994000\n");
}

// Channels: 8 producers and 4 consumers on an unbuffered, a one-slot and a
// 64-slot channel (direct hand-off, buffer, blocked senders and receivers, close).
TEST(SchedStress, Channels) {
  expectRuns("chans", R"go(package main

import (
	"fmt"
	"sync"
)

func run(capacity int) int {
	c := make(chan int, capacity)
	var producers, consumers sync.WaitGroup
	sums := make([]int, 4)
	for p := 0; p < 8; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 3000; i++ {
				c <- p*3000 + i
			}
		}(p)
	}
	for k := 0; k < 4; k++ {
		consumers.Add(1)
		go func(k int) {
			defer consumers.Done()
			for v := range c {
				sums[k] += v
			}
		}(k)
	}
	producers.Wait()
	close(c)
	consumers.Wait()
	return sums[0] + sums[1] + sums[2] + sums[3]
}

func main() {
	for _, capacity := range []int{0, 1, 64} {
		fmt.Println(capacity, run(capacity))
	}
}
)go", "0 287988000\n1 287988000\n64 287988000\n");
}

// Select: 6 senders select over three channels (one buffered), 4 receivers
// select over them and a quit channel that is closed at the end.
TEST(SchedStress, Select) {
  expectRuns("selects", R"go(package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b, c := make(chan int), make(chan int, 4), make(chan int)
	quit := make(chan struct{})
	var senders sync.WaitGroup
	for s := 0; s < 6; s++ {
		senders.Add(1)
		go func(s int) {
			defer senders.Done()
			for i := 0; i < 2000; i++ {
				select {
				case a <- 1:
				case b <- 2:
				case c <- 3:
				}
			}
		}(s)
	}
	results := make(chan [3]int)
	for r := 0; r < 4; r++ {
		go func() {
			var got [3]int
			for {
				select {
				case v := <-a:
					got[0] += v
				case v := <-b:
					got[1] += v
				case v := <-c:
					got[2] += v
				case <-quit:
					// Drain what is still buffered.
					for {
						select {
						case v := <-b:
							got[1] += v
						default:
							results <- got
							return
						}
					}
				}
			}
		}()
	}
	senders.Wait()
	close(quit)
	var count, weighted int
	for r := 0; r < 4; r++ {
		got := <-results
		count += got[0] + got[1]/2 + got[2]/3
		weighted += got[0] + got[1] + got[2]
	}
	fmt.Println(count, weighted > count)
}
)go", "12000 true\n");
}

// GOMAXPROCS changing all the time while 200 goroutines allocate (so the
// collector runs and shrinks stacks), recurse and a third of them Goexit.
TEST(SchedStress, GomaxprocsGoexitShrink) {
  expectRuns("resize", R"go(package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type node struct {
	next *node
	val  int
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return deep(n-1) + pad[n%16]
}

func main() {
	var total int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	var resizer sync.WaitGroup
	resizer.Add(1)
	go func() {
		defer resizer.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			runtime.GOMAXPROCS(1 + i%4)
			runtime.Gosched()
		}
	}()
	for g := 0; g < 200; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			defer atomic.AddInt64(&total, 1)
			var list *node
			for i := 0; i < 2000; i++ {
				list = &node{list, i}
			}
			atomic.AddInt64(&total, int64(deep(200+g%50)))
			if g%3 == 0 {
				runtime.Goexit()
			}
			for list != nil {
				atomic.AddInt64(&total, int64(list.val%2))
				list = list.next
			}
		}(g)
	}
	wg.Wait()
	close(stop)
	resizer.Wait()
	runtime.GC()
	fmt.Println(total)
}
)go", "5216500\n");
}

// GODEBUG=schedtrace=50: sysmon prints Go's summary line about every 50 ms
// (Go 1.19's format, per-P queue lengths in brackets) to stderr.
TEST(SchedStress, Schedtrace) {
  if (access(golemBinary().c_str(), X_OK) != 0) GTEST_SKIP() << "no golem binary beside the test";
  RunResult r = runGo("schedtrace", R"go(package main

import "time"

func main() { time.Sleep(300 * time.Millisecond) }
)go",
                      "GODEBUG=schedtrace=50", true);
  EXPECT_EQ(r.status, 0);
  std::regex line(R"(SCHED \d+ms: gomaxprocs=4 idleprocs=\d+ threads=\d+ spinningthreads=\d+ )"
                  R"(idlethreads=\d+ runqueue=\d+ \[\d+ \d+ \d+ \d+\])");
  int lines = 0;
  size_t at = 0;
  while (at < r.out.size()) {
    size_t end = r.out.find('\n', at);
    if (end == std::string::npos) end = r.out.size();
    std::string text = r.out.substr(at, end - at);
    at = end + 1;
    if (text.rfind("SCHED ", 0) != 0) continue;  // (a sanitizer's report)
    EXPECT_TRUE(std::regex_match(text, line)) << text;
    lines++;
  }
  EXPECT_GE(lines, 3);
  EXPECT_EQ(r.out.rfind("SCHED 0ms: ", 0), 0u) << r.out;
}

}  // namespace
