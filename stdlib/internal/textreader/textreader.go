// Package textreader is the reader over immutable text that strings.Reader
// and bytes.Reader share: Go has two copies of this code, one per type of
// text; golem keeps one, over a string (bytes.Reader reads its slice
// through a string view that shares the slice's bytes).
//
// The two public readers differ only in the words of their error messages
// ("strings.Reader.UnreadByte: at beginning of string" against
// "bytes.Reader.UnreadByte: at beginning of slice"), so the methods that
// can fail take the owner's Names. As in Go, those errors are new values
// each time, and the zero Reader reads as an empty text.
package textreader

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Names are the words of a public reader's error messages.
type Names struct {
	Reader string // "strings.Reader"
	Text   string // "string"
}

// Reader reads S from offset I. PrevRune is the offset of the rune last
// read by ReadRune, or negative when the last operation was not ReadRune.
type Reader struct {
	S        string
	I        int64
	PrevRune int
}

// Len returns the number of bytes of the unread portion of the text.
func (r *Reader) Len() int {
	if r.I >= int64(len(r.S)) {
		return 0
	}
	return int(int64(len(r.S)) - r.I)
}

// Size returns the length of the whole text.
func (r *Reader) Size() int64 { return int64(len(r.S)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.I >= int64(len(r.S)) {
		return 0, io.EOF
	}
	r.PrevRune = -1
	n = copy(b, r.S[r.I:])
	r.I += int64(n)
	return n, nil
}

// ReadAt reads at off, without moving the offset; a short read says EOF.
func (r *Reader) ReadAt(b []byte, off int64, names Names) (n int, err error) {
	if off < 0 {
		return 0, errors.New(names.Reader + ".ReadAt: negative offset")
	}
	if off >= int64(len(r.S)) {
		return 0, io.EOF
	}
	n = copy(b, r.S[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.PrevRune = -1
	if r.I >= int64(len(r.S)) {
		return 0, io.EOF
	}
	c := r.S[r.I]
	r.I++
	return c, nil
}

func (r *Reader) UnreadByte(names Names) error {
	if r.I <= 0 {
		return errors.New(names.Reader + ".UnreadByte: at beginning of " + names.Text)
	}
	r.PrevRune = -1
	r.I--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.I >= int64(len(r.S)) {
		r.PrevRune = -1
		return 0, 0, io.EOF
	}
	r.PrevRune = int(r.I)
	if c := r.S[r.I]; c < utf8.RuneSelf {
		r.I++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.S[r.I:])
	r.I += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune(names Names) error {
	if r.I <= 0 {
		return errors.New(names.Reader + ".UnreadRune: at beginning of " + names.Text)
	}
	if r.PrevRune < 0 {
		return errors.New(names.Reader + ".UnreadRune: previous operation was not ReadRune")
	}
	r.I = int64(r.PrevRune)
	r.PrevRune = -1
	return nil
}

// Seek sets the offset; seeking past the end is allowed (reads then say
// EOF), a negative position is not.
func (r *Reader) Seek(offset int64, whence int, names Names) (int64, error) {
	r.PrevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.I + offset
	case io.SeekEnd:
		abs = int64(len(r.S)) + offset
	default:
		return 0, errors.New(names.Reader + ".Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New(names.Reader + ".Seek: negative position")
	}
	r.I = abs
	return abs, nil
}

// Unread returns the unread text and marks it as handed to a writer (the
// first half of WriteTo); Wrote then accounts for the m bytes the writer
// took (the second half).
func (r *Reader) Unread() string {
	r.PrevRune = -1
	if r.I >= int64(len(r.S)) {
		return ""
	}
	return r.S[r.I:]
}

// Wrote advances past the m bytes a writer took out of the `offered` bytes
// of Unread: a writer claiming more panics (with "<Reader>.WriteTo: invalid
// <call> count"), one taking fewer without an error gives ErrShortWrite.
func (r *Reader) Wrote(m, offered int, err error, names Names, call string) (int64, error) {
	if m > offered {
		panic(names.Reader + ".WriteTo: invalid " + call + " count")
	}
	r.I += int64(m)
	if m != offered && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
