// Finalizers: SetFinalizer and the finalizer goroutine (Go's mfinal.go).
// The registry, the checks and the queue are the runtime's
// (vm/finalizer.cpp, runtime/mfinal.h); this file holds the Go side: the
// goroutine that calls the finalizers.

package runtime

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. When the garbage collector finds an unreachable block
// with an associated finalizer, it clears the association and runs
// finalizer(obj) in a separate goroutine. This makes obj reachable again,
// but now without an associated finalizer. Assuming that SetFinalizer is not
// called again, the next time the garbage collector sees that obj is
// unreachable, it will free obj.
//
// SetFinalizer(obj, nil) clears any finalizer associated with obj.
//
// obj must be a pointer to an object allocated by calling new, by taking
// the address of a composite literal, or by taking the address of a local
// variable. finalizer must be a function that takes a single argument to
// which obj's type can be assigned, and can have arbitrary ignored return
// values. If either of these is not true, SetFinalizer may abort the
// program. Pointers to objects the collector never frees (globals,
// zero-sized values) are ignored.
//
// Finalizers are run in dependency order: if A points at B, both have
// finalizers, and they are otherwise unreachable, only the finalizer for A
// runs; once A is freed, the finalizer for B can run. A single goroutine
// runs all finalizers for a program, sequentially.
func SetFinalizer(obj any, finalizer any) {
	if setFinalizer(obj, finalizer) {
		// Counted once it exists: counted before, it would make
		// NumGoroutine drop while this goroutine is still running.
		go runFinalizers()
		systemGoroutines(1)
	}
}

// setFinalizer checks SetFinalizer's arguments (a misuse is a fatal error)
// and registers or clears the finalizer. It reports whether the finalizer
// goroutine must be started: true for the first finalizer ever set.
func setFinalizer(obj any, finalizer any) (startGoroutine bool)

// systemGoroutines counts goroutines of the runtime's own (+1 when one
// starts), which runtime.NumGoroutine leaves out.
func systemGoroutines(delta int)

// nextFinalizer waits until a finalizer is queued and returns it: its func
// value in the shape of its parameter (a pointer, or an interface's two
// words) and the argument words. All results are zero when it returns after
// waiting; the caller asks again.
func nextFinalizer() (takesPointer func(uintptr), takesInterface func(uintptr, uintptr), word0, word1 uintptr)

// finalizerGoroutineEnded tells the runtime that the finalizer goroutine
// is gone, so that the next SetFinalizer starts another.
func finalizerGoroutineEnded()

// runFinalizers is the finalizer goroutine: it runs the queued finalizers
// one at a time, for the life of the program. A finalizer's panic ends the
// program; in the REPL it ends only this goroutine, and the next
// SetFinalizer starts a new one.
func runFinalizers() {
	defer func() {
		finalizerGoroutineEnded()
		systemGoroutines(-1)
	}()
	for {
		runNextFinalizer()
	}
}

// runNextFinalizer waits for a finalizer and runs it. It is a call of its
// own so that its frame is cleared at each entry: the collector scans the
// goroutine's frames word by word, and the last finalizer's object and
// frame words must not stay reachable while the goroutine waits.
func runNextFinalizer() {
	takesPointer, takesInterface, word0, word1 := nextFinalizer()
	if takesPointer != nil {
		takesPointer(word0)
	} else if takesInterface != nil {
		takesInterface(word0, word1)
	}
}
