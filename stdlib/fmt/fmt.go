// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf, printing exactly what Go 1.19's fmt prints.
//
// In golem the formatting itself is C++: the body-less functions below are
// intrinsics bound by name ("fmt.Sprintf", ...) to stdlib/fmt_natives.cpp,
// which walks each operand's runtime type descriptor (stdlib/format.cpp).
// Error, String and GoString methods are called back through the VM, and
// so are Format methods (state.go).
// Fprint* write to any io.Writer (fprint.go); the Scan family reads
// (scan.go).
package fmt

import "errors"

// Stringer is implemented by any value that has a String method, which
// defines the “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value, printed by %#v.
type GoStringer interface {
	GoString() string
}

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline
// is appended.
func Println(a ...any) (n int, err error)

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a
// string.
func Print(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error)

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, a ...any) string

// Sprint formats using the default formats for its operands and returns the
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns
// the string. Spaces are always added between operands and a newline is
// appended.
func Sprintln(a ...any) string

// errorfText is Sprintf with the %w verb enabled, as Errorf formats.
func errorfText(format string, a ...any) string

// wrapError is the error Errorf returns.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats like Sprintf. As in Go, the result is a *wrapError when the
// format has a %w verb, and an errors.New value otherwise.
func Errorf(format string, a ...any) error {
	text := errorfText(format, a...)
	idx := wrapVerbArg(format)
	if idx < 0 {
		return errors.New(text)
	}
	var wrapped error
	if idx < len(a) {
		wrapped, _ = a[idx].(error)
	}
	return &wrapError{text, wrapped}
}

// wrapVerbArg returns the index of the operand of the first %w directive in
// format, or -1 when there is none (each directive and each * width or
// precision takes the next operand; [n] picks operand n).
func wrapVerbArg(format string) int {
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) {
			c := format[i]
			if c == '[' {
				n := 0
				i++
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					n = n*10 + int(format[i]-'0')
					i++
				}
				arg = n - 1
				i++
				continue
			}
			if c == '*' {
				arg++
				i++
				continue
			}
			if c == '+' || c == '-' || c == '#' || c == ' ' || c == '.' || (c >= '0' && c <= '9') {
				i++
				continue
			}
			break
		}
		if i < len(format) && format[i] == 'w' {
			return arg
		}
		arg++
	}
	return -1
}

