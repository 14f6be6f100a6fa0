package io

// TeeReader returns a Reader that writes to w what it reads from r. All
// reads from r performed through it are matched with corresponding writes
// to w. There is no internal buffering: the write must complete before the
// read completes, and any error encountered while writing is reported as a
// read error.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if written, writeErr := t.w.Write(p[:n]); writeErr != nil {
			return written, writeErr
		}
	}
	return n, err
}
