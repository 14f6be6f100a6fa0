// Package runtime exposes the scheduler and the heap to Go programs, as Go
// 1.19's package runtime does for the functions a script uses: Gosched,
// Goexit, NumGoroutine, GOMAXPROCS, NumCPU, GC, KeepAlive, ReadMemStats and
// SetFinalizer (mfinal.go).
//
// The body-less functions are intrinsics (vm/sched_natives.cpp,
// vm/finalizer.cpp). Not provided: Caller, Stack.
package runtime

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the goroutine.
// Because Goexit is not a panic, any recover calls in those deferred
// functions will return nil. Calling Goexit from the main goroutine
// terminates that goroutine without func main returning; the program
// continues with the other goroutines, and crashes if all of them exit.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist
// (the goroutines package time runs its timers on are not counted, as Go
// keeps timers in the runtime).
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting. The change stops the world, as Go's does
// (golem caps the setting at 1024).
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// KeepAlive marks its argument as currently reachable. This ensures that
// the object is not freed, and its finalizer is not run, before the point
// in the program where KeepAlive is called. (golem scans goroutine frames
// word by word and does not inline: the call's argument word, in the
// caller's frame, keeps x reachable up to the call. The empty body lets
// escape analysis see that x does not escape, as Go's does.)
func KeepAlive(x any) {}

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// GOOS and GOARCH are the running program's operating system and architecture.
const GOOS = "linux"
const GOARCH = "amd64"
