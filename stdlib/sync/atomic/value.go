package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. Once Store has been
// called, a Value must not be copied.
//
// Go's Value swaps a two-word interface without a lock, by publishing the
// type word last. Here the two words are guarded by a spin lock word
// instead (held only for the copy of two words; a waiter yields its
// processor), which keeps the same guarantees: every Load sees a whole
// value some Store wrote.
type Value struct {
	lock uint32
	v    any
}

// runtime_yield lets another goroutine run (runtime.Gosched).
func runtime_yield()

// sameType reports whether a and b hold values of the same dynamic type.
func sameType(a, b any) bool

func (v *Value) acquire() {
	for !CompareAndSwapUint32(&v.lock, 0, 1) {
		runtime_yield()
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return val
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.acquire()
	if v.v != nil && !sameType(v.v, val) {
		v.release()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	v.release()
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.acquire()
	if v.v != nil && !sameType(v.v, new) {
		v.release()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	v.release()
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// The old value must be comparable; comparing incomparable values panics
// as == does.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	v.acquire()
	// Released by defer: comparing incomparable values panics.
	defer v.release()
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
