package sync

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
//
// Each waiter queues its own semaphore (a fresh uint32) under mu before it
// unlocks L, so a Signal or Broadcast after the waiter unlocked L always
// finds it (Go's notifyList with tickets gives the same guarantee). Signal
// releases the oldest waiter's semaphore; Broadcast releases them all.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker

	mu      Mutex
	waiters []*uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	sema := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, sema)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) == 0 {
		c.mu.Unlock()
		return
	}
	sema := c.waiters[0]
	c.waiters[0] = nil
	c.waiters = c.waiters[1:]
	c.mu.Unlock()
	runtime_Semrelease(sema, false, 0)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	waiters := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, sema := range waiters {
		runtime_Semrelease(sema, false, 0)
	}
}
