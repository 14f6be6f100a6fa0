package time

import "sync/atomic"

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately. The
// goroutine parks on the scheduler's timer heap and holds no thread.
func Sleep(d Duration)

// systemGoroutines tells the runtime that a timer goroutine starts (+1)
// or ends (-1), so that runtime.NumGoroutine leaves it out.
func systemGoroutines(delta int)

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
//
// Each arming of a timer (NewTimer, AfterFunc, Reset) gets a new
// generation and a goroutine that sleeps until the deadline and then fires
// the timer only if it is still armed in that generation. state holds
// generation<<1 | armed; Stop and Reset move to a new generation with one
// compare-and-swap, so exactly one of "fire" and "stop" wins, and Stop
// reports whether it won.
type Timer struct {
	C     <-chan Time
	c     chan Time // the send side of C; nil for AfterFunc timers
	f     func()    // AfterFunc's function, run in its own goroutine
	state uint64
}

const timerArmed = 1

// arm starts the goroutine of generation gen, firing d from now.
func (t *Timer) arm(gen uint64, d Duration) {
	when := runtimeNano() + int64(d)
	systemGoroutines(1)
	go t.wait(gen, when)
}

func (t *Timer) wait(gen uint64, when int64) {
	if delay := when - runtimeNano(); delay > 0 {
		Sleep(Duration(delay))
	}
	if atomic.CompareAndSwapUint64(&t.state, gen<<1|timerArmed, gen<<1) {
		t.fire()
	}
	systemGoroutines(-1)
}

func (t *Timer) fire() {
	if t.f != nil {
		go t.f()
		return
	}
	select {
	case t.c <- Now():
	default:
	}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. Stop
// does not close the channel, to prevent a read from the channel
// succeeding incorrectly.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	for {
		old := atomic.LoadUint64(&t.state)
		if old&timerArmed == 0 {
			return false
		}
		if atomic.CompareAndSwapUint64(&t.state, old, (old>>1+1)<<1) {
			return true
		}
	}
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped. As in Go, Reset does not drain C.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	for {
		old := atomic.LoadUint64(&t.state)
		gen := old>>1 + 1
		if atomic.CompareAndSwapUint64(&t.state, old, gen<<1|timerArmed) {
			t.arm(gen, d)
			return old&timerArmed != 0
		}
	}
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c, state: 1<<1 | timerArmed}
	t.arm(1, d)
	return t
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f, state: 1<<1 | timerArmed}
	t.arm(1, d)
	return t
}
