package fmt

// fmt.State and fmt.Formatter: an operand whose type has a
// Format(State, rune) method prints itself, taking precedence over
// GoString, Error and String.
//
// The formatting engine (stdlib/format.cpp) finds the method by walking the
// operand's type descriptor, at any depth (slice elements, map entries,
// exported struct fields, the target of a top-level pointer). It then calls
// formatOperand below, by name, through the VM (vm/invoke_formatter.cpp):
// the State is an ordinary Go value, so the method's calls on it (Width,
// Write through Fprintf, ...) are plain Go calls, and every heap value the
// call needs is reachable from Go frames. The engine appends the bytes the
// method wrote at the operand's place in its output; no padding is applied
// around them, as in Go.
//
// A panic in Format is recovered here, so that what the method wrote before
// panicking is kept (Go's printer keeps it, since the State is the printer
// itself); the engine then reports the panic as Go's catchPanic does.

// State is what a Format method receives: a Writer for its output plus the
// directive's width, precision and flags.
type State interface {
	// Write appends b to the output being formatted.
	Write(b []byte) (n int, err error)
	// Width returns the width and whether one was given.
	Width() (wid int, ok bool)
	// Precision returns the precision and whether one was given.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c (one of - + # space 0) was given.
	Flag(c int) bool
}

// Formatter is implemented by values that print themselves under every
// verb: Format receives the State and the verb, and writes the text.
type Formatter interface {
	Format(f State, verb rune)
}

// The flag bits of formatState.flags, as stdlib/format.h's StateFlag sets
// them (the two must agree).
const (
	stateMinus = 1 << iota
	statePlus  // '+', also set by %+v
	stateSharp // '#', also set by %#v
	stateSpace
	stateZero
	stateWidPresent
	statePrecPresent
)

// formatState is the State given to Format methods. wid and prec are the
// printer's current values even when not given, as Go's Width and
// Precision return them.
type formatState struct {
	buf   []byte
	wid   int
	prec  int
	flags int
}

func (s *formatState) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

// WriteString makes the State an io.StringWriter, as Go's is.
func (s *formatState) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *formatState) Width() (wid int, ok bool) {
	return s.wid, s.flags&stateWidPresent != 0
}

func (s *formatState) Precision() (prec int, ok bool) {
	return s.prec, s.flags&statePrecPresent != 0
}

func (s *formatState) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&stateMinus != 0
	case '+':
		return s.flags&statePlus != 0
	case '#':
		return s.flags&stateSharp != 0
	case ' ':
		return s.flags&stateSpace != 0
	case '0':
		return s.flags&stateZero != 0
	}
	return false
}

// formatOperand runs arg's Format method for verb with a fresh State and
// returns what it wrote. When the method panics, it returns what was
// written before the panic, panicked true, and the recovered value.
func formatOperand(arg any, verb rune, wid, prec, flags int) (out []byte, panicked bool, panicValue any) {
	st := &formatState{wid: wid, prec: prec, flags: flags}
	defer func() {
		if panicked {
			panicValue = recover()
			out = st.buf
		}
	}()
	panicked = true
	arg.(Formatter).Format(st, verb)
	panicked = false
	return st.buf, false, nil
}

// formatOperandEntry names formatOperand outside any function body: the
// engine calls it only from C++, and this keeps its body from being pruned
// (compiler/prune.h).
var formatOperandEntry = formatOperand
