// Package bufio implements buffered I/O, as Go 1.19's bufio does: Reader
// and Writer wrap an io.Reader or io.Writer with a buffer (4096 bytes by
// default), and Scanner reads input as a sequence of tokens (lines, words,
// runes, bytes, or the pieces of a custom split function).
//
// The code is Go compiled by golem, with Go's buffer sizes, growth and
// errors, since programs observe them (a Scanner's ErrTooLong, a Reader's
// ErrBufferFull from ReadSlice or Peek). The one intrinsic is the scan of
// ScanWords, which finds a word's bounds in C++ (stdlib/bufio_natives.cpp)
// instead of decoding rune by rune in interpreted code.
package bufio

import "errors"

const defaultBufSize = 4096

// maxConsecutiveEmptyReads is how many Reads returning no data and no
// error a reader tolerates before failing with io.ErrNoProgress.
const maxConsecutiveEmptyReads = 100

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// ReadWriter stores pointers to a Reader and a Writer. It implements
// io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter allocates a new ReadWriter that dispatches to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
