package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex. A Mutex must not be copied after first use.
//
// The algorithm is Go's. state packs the locked bit, the woken bit (a
// waiter has been woken and is on its way, so Unlock need not wake
// another), the starving bit and the number of waiters. In normal mode
// waiters queue FIFO, but a woken waiter competes with newly arriving
// goroutines, which usually win (they are already on a CPU); a woken waiter
// that lost re-queues at the head. A waiter that has waited more than 1 ms
// switches the mutex to starvation mode: Unlock then hands the mutex
// straight to the waiter at the head, and newcomers queue at the tail
// without trying. The last waiter, or one that waited less than 1 ms,
// switches back to normal mode. golem does not spin before queueing.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStart int64
	starving := false
	awoke := false
	old := atomic.LoadInt32(&m.state)
	for {
		new := old
		// Newcomers do not take a starving mutex: it belongs to the waiters.
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// Only switch to starvation mode if the mutex is still locked;
		// Unlock expects waiters in starvation mode.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, new) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked with the CAS
		}
		requeue := waitStart != 0
		if waitStart == 0 {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, requeue, 1)
		starving = starving || runtime_nanotime()-waitStart > starvationThresholdNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Handed off: the mutex is ours, but the state does not say
			// so yet. Take it, leave the waiters, and maybe end starvation.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to
// Unlock. A locked Mutex is not associated with a particular goroutine.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		// Hand the mutex to the first waiter and let it run now.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := new
	for {
		// Nobody to wake, or someone already woken, or the mutex taken
		// again: the waiters are someone else's business.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		new = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomic.CompareAndSwapInt32(&m.state, old, new) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
