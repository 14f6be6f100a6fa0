package time

import (
	"errors"
	"sync/atomic"
)

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
//
// As a Timer, each arming (NewTicker, Reset) has a generation and a
// goroutine that ticks while the ticker is armed in its generation; state
// holds generation<<1 | armed. A tick is a non-blocking send on the
// one-slot channel, and a late goroutine skips the ticks it missed, so a
// slow receiver sees ticks dropped, as in Go.
type Ticker struct {
	C     <-chan Time
	c     chan Time
	state uint64
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. It panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, state: 1<<1 | timerArmed}
	t.arm(1, d)
	return t
}

func (t *Ticker) arm(gen uint64, period Duration) {
	systemGoroutines(1)
	go t.tick(gen, runtimeNano()+int64(period), int64(period))
}

func (t *Ticker) tick(gen uint64, when int64, period int64) {
	for {
		if delay := when - runtimeNano(); delay > 0 {
			Sleep(Duration(delay))
		}
		if atomic.LoadUint64(&t.state) != gen<<1|timerArmed {
			break
		}
		select {
		case t.c <- Now():
		default:
		}
		now := runtimeNano()
		when += period
		if when <= now {
			when += period * ((now-when)/period + 1)
		}
	}
	systemGoroutines(-1)
}

// Stop turns off a ticker. After Stop, no more ticks will be sent. Stop
// does not close the channel.
func (t *Ticker) Stop() {
	for {
		old := atomic.LoadUint64(&t.state)
		if atomic.CompareAndSwapUint64(&t.state, old, (old>>1+1)<<1) {
			return
		}
	}
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	for {
		old := atomic.LoadUint64(&t.state)
		gen := old>>1 + 1
		if atomic.CompareAndSwapUint64(&t.state, old, gen<<1|timerArmed) {
			t.arm(gen, d)
			return
		}
	}
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
