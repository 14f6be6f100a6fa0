package bytes

import (
	"internal/textreader"
	"io"
)

// A Reader implements the io.Reader, io.ReaderAt, io.WriterTo, io.Seeker,
// io.ByteScanner, and io.RuneScanner interfaces by reading from a byte
// slice. Unlike a Buffer, a Reader is read-only and supports seeking. The
// zero value for Reader operates like a Reader of an empty slice.
//
// The reading is internal/textreader's (shared with strings.Reader), over
// the slice's string view: Len, Size, Read, ReadByte and ReadRune are its
// methods; those below give it the words of bytes' error messages, and
// WriteTo hands w the slice itself, as Go does.
type Reader struct {
	textreader.Reader
	s []byte
}

var readerNames = textreader.Names{Reader: "bytes.Reader", Text: "slice"}

// NewReader returns a new Reader reading from b.
func NewReader(b []byte) *Reader { return &Reader{textreader.Reader{S: asString(b), PrevRune: -1}, b} }

// Reset resets the Reader to be reading from b.
func (r *Reader) Reset(b []byte) { *r = Reader{textreader.Reader{S: asString(b), PrevRune: -1}, b} }

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	return r.Reader.ReadAt(b, off, readerNames)
}

// UnreadByte complements ReadByte in implementing the io.ByteScanner
// interface.
func (r *Reader) UnreadByte() error { return r.Reader.UnreadByte(readerNames) }

// UnreadRune complements ReadRune in implementing the io.RuneScanner
// interface.
func (r *Reader) UnreadRune() error { return r.Reader.UnreadRune(readerNames) }

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	return r.Reader.Seek(offset, whence, readerNames)
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	unread := len(r.Reader.Unread())
	if unread == 0 {
		return 0, nil
	}
	m, err := w.Write(r.s[len(r.s)-unread:])
	return r.Reader.Wrote(m, unread, err, readerNames, "Write")
}
