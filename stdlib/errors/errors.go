// Package errors implements functions to manipulate errors, as Go 1.19's:
// New, Unwrap, Is and As. (Join is Go 1.20's and not provided.)
//
// Is and As need two facts Go gets from reflection: whether a dynamic type
// is comparable, and how to store an error into the variable a target
// pointer points to. golem provides them as intrinsics bound by name
// (stdlib/errors_natives.cpp), reading the runtime type descriptors.
package errors

// New returns an error whose Error method returns text. Each call returns a
// distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns
// nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target. The chain
// consists of err itself followed by the sequence of errors obtained by
// repeatedly calling Unwrap. An error is considered to match a target if it
// is equal to that target or if it implements a method Is(error) bool such
// that Is(target) returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	targetComparable := isComparable(target)
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// isComparable reports whether the dynamic type of the non-nil err is
// comparable (== on it cannot panic).
func isComparable(err error) bool

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true. Otherwise, it
// returns false. An error matches target if the error's concrete value is
// assignable to the value pointed to by target, or if the error has a method
// As(any) bool such that As(target) returns true.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch targetKind(target) {
	case targetNotPointer:
		panic("errors: target must be a non-nil pointer")
	case targetNotError:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// What a target of As points to.
const (
	targetNotPointer = iota // not a pointer, or a nil one
	targetInterface         // a pointer to an interface type
	targetError             // a pointer to a type that implements error
	targetNotError          // a pointer to any other type
)

// targetKind classifies the non-nil target of As.
func targetKind(target any) int

// assignTo stores err into *target and returns true if err's dynamic type
// is assignable to target's element type (the same type, or an interface
// type it implements).
func assignTo(err error, target any) bool
