package strings

import (
	"internal/textreader"
	"io"
)

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader,
// io.ByteScanner, io.RuneReader, io.RuneScanner, io.Seeker, and io.WriterTo
// interfaces by reading from a string. The zero value for Reader operates
// like a Reader of an empty string.
//
// The reading itself is internal/textreader's, which bytes.Reader shares:
// Len, Size, Read, ReadByte and ReadRune are its methods; those below give
// it the words of strings' error messages.
type Reader struct {
	textreader.Reader
}

var readerNames = textreader.Names{Reader: "strings.Reader", Text: "string"}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader { return &Reader{textreader.Reader{S: s, PrevRune: -1}} }

// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string) { r.Reader = textreader.Reader{S: s, PrevRune: -1} }

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	return r.Reader.ReadAt(b, off, readerNames)
}

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error { return r.Reader.UnreadByte(readerNames) }

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error { return r.Reader.UnreadRune(readerNames) }

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	return r.Reader.Seek(offset, whence, readerNames)
}

// WriteTo implements the io.WriterTo interface: the unread text goes to w
// in one io.WriteString call.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	s := r.Reader.Unread()
	if s == "" {
		return 0, nil
	}
	m, err := io.WriteString(w, s)
	return r.Reader.Wrote(m, len(s), err, readerNames, "WriteString")
}
