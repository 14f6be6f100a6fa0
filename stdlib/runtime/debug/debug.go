// Package debug holds the collector controls of Go's runtime/debug that
// scripts use: SetGCPercent, SetMemoryLimit and FreeOSMemory (intrinsics in
// vm/sched_natives.cpp).
package debug

// SetGCPercent sets the garbage collection target percentage: a collection
// is triggered when the ratio of freshly allocated data to live data
// remaining after the previous collection reaches this percentage. A
// negative percentage disables the collector. It returns the previous
// setting. The initial setting is the value of the GOGC environment variable
// at startup, or 100 if the variable is not set.
func SetGCPercent(percent int) int

// SetMemoryLimit provides the runtime with a soft memory limit: the
// collector keeps the heap goal under it (it may be exceeded rather than
// collect without end). A negative input does not adjust the limit, and
// allows for retrieval of the currently set memory limit. It returns the
// previously set limit. The initial setting is GOMEMLIMIT, or math.MaxInt64.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to return
// as much memory to the operating system as possible.
func FreeOSMemory()
