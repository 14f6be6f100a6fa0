// Package sync provides basic synchronization primitives such as mutual
// exclusion locks, as Go 1.19's package sync: Mutex (with Go's normal and
// starvation modes), RWMutex, WaitGroup, Once, Cond, Pool and Map.
//
// Blocking goes through the runtime's semaphores (vm/sema.h): a waiter
// parks its goroutine on the address of a uint32 and a release hands a unit
// straight to the first waiter. The intrinsics below are bound in
// vm/sched_natives.cpp.
package sync

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a contended Mutex: with
// lifo the waiter queues at the head (it has waited before).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease atomically increments *s and wakes a waiter, handing
// it the unit. Go runs the woken waiter at once with handoff; golem only
// readies it (vm/sema.h says why).
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

func runtime_nanotime() int64

// fatal ends the program with "fatal error: " and s; it cannot be recovered.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
