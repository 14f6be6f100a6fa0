package fmt

import "io"

// Fprint, Fprintf and Fprintln format as Sprint* do and hand the text to
// the writer in one Write call, returning what Write returns, as Go's do.
// The text comes from the formatting intrinsics directly as a []byte
// (stdlib/fmt_natives.cpp), so it is not copied twice.

func sprintBytes(a ...any) []byte
func sprintfBytes(format string, a ...any) []byte
func sprintlnBytes(a ...any) []byte

// Fprint formats using the default formats for its operands and writes to
// w. Spaces are added between operands when neither is a string. It
// returns the number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(sprintBytes(a...))
}

// Fprintf formats according to a format specifier and writes to w. It
// returns the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(sprintfBytes(format, a...))
}

// Fprintln formats using the default formats for its operands and writes
// to w. Spaces are always added between operands and a newline is
// appended. It returns the number of bytes written and any write error
// encountered.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(sprintlnBytes(a...))
}
