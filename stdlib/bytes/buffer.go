package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Buffer is a variable-sized buffer of bytes with Read and Write methods.
// The zero value for Buffer is an empty buffer ready to use.
//
// The unread bytes are buf[off:]; writes append at len(buf). Growth is Go's,
// since Cap and the capacity of Bytes are visible: a first small write
// allocates 64 bytes; when the free space is short, the unread bytes slide
// to the front if that frees room for the write with the buffer at most
// half full, and otherwise move to a new array of twice the capacity plus
// the write (rounded up to a size class, as append rounds). lastRead
// remembers the last read so that UnreadByte and UnreadRune know what to
// give back.
type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

// readOp is the last read operation: a rune of 1 to 4 bytes, any other
// read, or no read.
type readOp int8

const (
	opRead      readOp = -1
	opInvalid   readOp = 0
	opReadRune1 readOp = 1
)

// smallBufferSize is the capacity of a Buffer's first allocation.
const smallBufferSize = 64

// MinRead is the minimum slice size passed to a Read call by
// Buffer.ReadFrom.
const MinRead = 512

const maxInt = int(^uint(0) >> 1)

// ErrTooLarge is passed to panic if memory cannot be allocated to store
// data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// NewBuffer creates and initializes a new Buffer using buf as its initial
// contents.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates and initializes a new Buffer using string s as
// its initial contents.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns a slice of length b.Len() holding the unread portion of the
// buffer, valid only until the next buffer modification.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the contents of the unread portion of the buffer as a
// string. If the Buffer is a nil pointer, it returns "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) empty() bool { return len(b.buf) <= b.off }

// Len returns the number of bytes of the unread portion of the buffer.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Truncate discards all but the first n unread bytes from the buffer but
// continues to use the same allocated storage. It panics if n is negative
// or greater than the length of the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset resets the buffer to be empty, but it retains the underlying
// storage for use by future writes.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// tryGrowByReslice extends buf by n bytes when the capacity allows; it
// returns where they start.
func (b *Buffer) tryGrowByReslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// grow makes room for n more bytes and returns where they start.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if at, ok := b.tryGrowByReslice(n); ok {
		return at
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-m:
		// Slide the unread bytes down: the buffer stays at most half full.
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = grownCopy(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// grownCopy copies b into a new array with room for n more bytes and at
// least twice b's capacity, rounded up as append rounds.
func grownCopy(b []byte, n int) []byte {
	size := len(b) + n
	if size < 2*cap(b) {
		size = 2 * cap(b)
	}
	grown := append([]byte(nil), make([]byte, size)...)
	copy(grown, b)
	return grown[:len(b)]
}

// Grow grows the buffer's capacity, if necessary, to guarantee space for
// another n bytes. If n is negative, Grow will panic.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends the contents of p to the buffer, growing the buffer as
// needed. The return value n is the length of p; err is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at, ok := b.tryGrowByReslice(len(p))
	if !ok {
		at = b.grow(len(p))
	}
	return copy(b.buf[at:], p), nil
}

// WriteString appends the contents of s to the buffer, growing the buffer
// as needed. The return value n is the length of s; err is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at, ok := b.tryGrowByReslice(len(s))
	if !ok {
		at = b.grow(len(s))
	}
	return copy(b.buf[at:], s), nil
}

// WriteByte appends the byte c to the buffer, growing the buffer as needed.
// The returned error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	at, ok := b.tryGrowByReslice(1)
	if !ok {
		at = b.grow(1)
	}
	b.buf[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to the
// buffer, returning its length and an error, which is always nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	at, ok := b.tryGrowByReslice(utf8.UTFMax)
	if !ok {
		at = b.grow(utf8.UTFMax)
	}
	n = utf8.EncodeRune(b.buf[at:at+utf8.UTFMax], r)
	b.buf = b.buf[:at+n]
	return n, nil
}

// ReadFrom reads data from r until EOF and appends it to the buffer,
// growing the buffer as needed (each Read is offered at least MinRead
// bytes). The return value n is the number of bytes read. Any error except
// io.EOF encountered during the read is also returned.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		at := b.grow(MinRead)
		b.buf = b.buf[:at]
		got, readErr := r.Read(b.buf[at:cap(b.buf)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+got]
		n += int64(got)
		if readErr == io.EOF {
			return n, nil
		}
		if readErr != nil {
			return n, readErr
		}
	}
}

// WriteTo writes data to w until the buffer is drained or an error occurs.
// The return value n is the number of bytes written.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if unread := b.Len(); unread > 0 {
		m, writeErr := w.Write(b.buf[b.off:])
		if m > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if writeErr != nil {
			return n, writeErr
		}
		if m != unread {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read reads the next len(p) bytes from the buffer or until the buffer is
// drained. The return value n is the number of bytes read. If the buffer
// has no data to return, err is io.EOF (unless len(p) is zero).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next returns a slice containing the next n bytes from the buffer,
// advancing the buffer as if the bytes had been returned by Read. If there
// are fewer than n bytes in the buffer, Next returns the entire buffer.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

// ReadByte reads and returns the next byte from the buffer. If no byte is
// available, it returns error io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded Unicode code point from
// the buffer. If no bytes are available, the error returned is io.EOF. If
// the bytes are an erroneous UTF-8 encoding, it consumes one byte and
// returns U+FFFD, 1.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	if c := b.buf[b.off]; c < utf8.RuneSelf {
		b.off++
		b.lastRead = opReadRune1
		return rune(c), 1, nil
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

// UnreadRune unreads the last rune returned by ReadRune. If the most recent
// read or write operation on the buffer was not a successful ReadRune,
// UnreadRune returns an error.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte unreads the last byte returned by the most recent successful
// read operation that read at least one byte.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadBytes reads until the first occurrence of delim in the input,
// returning a new slice containing the data up to and including the
// delimiter. If ReadBytes encounters an error before finding a delimiter,
// it returns the data read before the error and the error itself (often
// io.EOF).
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	return append(line, slice...), err
}

// ReadString is like ReadBytes but returns the data as a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

// readSlice is ReadBytes without the copy: the returned slice shares the
// buffer's bytes.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}
