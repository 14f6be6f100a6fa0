package io

// Discard is a Writer on which all Write calls succeed without doing
// anything. It is also a StringWriter and a ReaderFrom, so Copy to it reads
// the source through one 8 KiB buffer.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// discardBufferSize is the read size of Discard's ReadFrom, as in Go.
const discardBufferSize = 8192

func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, discardBufferSize)
	for {
		got, readErr := r.Read(buf)
		n += int64(got)
		if readErr != nil {
			if readErr == EOF {
				return n, nil
			}
			return n, readErr
		}
	}
}
