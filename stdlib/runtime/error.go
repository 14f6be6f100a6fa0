package runtime

// The run-time errors a panic carries, as Go's runtime/error.go defines
// them. The interpreter creates these values when an operation fails (an
// index out of range, a nil dereference, a failed type assertion), so that
// recover() returns a runtime.Error whose dynamic type is Go's.

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that
	// are run time errors from ordinary errors.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// An errorString represents a runtime error described by a single string.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// A plainError is a runtime error without the "runtime error: " prefix
// (assignment to entry in nil map, send on closed channel, ...).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// A boundsError is an index or slice expression out of range. (Go keeps the
// operands and formats on demand; golem keeps the text.)
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }
