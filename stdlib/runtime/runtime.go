// Package runtime exposes the scheduler and the heap to Go programs, as Go
// 1.19's package runtime does for the functions a script uses: Gosched,
// NumGoroutine, GOMAXPROCS, NumCPU, GC, KeepAlive and ReadMemStats.
//
// The body-less functions are intrinsics (vm/sched_natives.cpp). Not
// provided: Goexit (it needs the interpreter to unwind the goroutine's
// frames running their deferred calls, which no intrinsic can do), Caller,
// Stack, SetFinalizer.
package runtime

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist
// (the goroutines package time runs its timers on are not counted, as Go
// keeps timers in the runtime).
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting. golem fixes the number of Ps at start-up (the
// GOMAXPROCS environment variable), so a change is accepted and ignored.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// KeepAlive marks its argument as currently reachable. (golem scans
// goroutine stacks conservatively, so a value in a live frame is reachable
// anyway.)
func KeepAlive(x any) {}

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// GOOS and GOARCH are the running program's operating system and architecture.
const GOOS = "linux"
const GOARCH = "amd64"
