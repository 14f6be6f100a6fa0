package io

// MultiReader and MultiWriter chain several readers or fan out to several
// writers. A multiReader drops each reader once it reports EOF and adopts
// the list of a nested multiReader left last, so chains built by wrapping
// do not deepen the call stack; its EOF is reported only once the last
// reader is done. A multiWriter flattens nested multiWriters when built.

// eofReader stands in for a finished reader (dropping the reference).
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		if len(mr.readers) == 1 {
			if nested, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = nested.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				// More readers follow: this one's end is not the end.
				err = nil
			}
			return n, err
		}
	}
	return 0, EOF
}

// WriteTo copies every remaining reader to w through one 32 KiB buffer.
func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.writeToWithBuffer(w, make([]byte, defaultCopyBufferSize))
}

func (mr *multiReader) writeToWithBuffer(w Writer, buf []byte) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if nested, ok := r.(*multiReader); ok {
			n, err = nested.writeToWithBuffer(w, buf)
		} else {
			n, err = copyBuffer(w, r, buf)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:] // a retry resumes here
			return sum, err
		}
		mr.readers[i] = nil
	}
	mr.readers = nil
	return sum, nil
}

// MultiReader returns a Reader that's the logical concatenation of the
// provided input readers. They're read sequentially. Once all inputs have
// returned EOF, Read will return EOF. If any of the readers return a
// non-nil, non-EOF error, Read will return that error.
func MultiReader(readers ...Reader) Reader {
	own := make([]Reader, len(readers))
	copy(own, readers)
	return &multiReader{own}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

// WriteString uses each writer's WriteString when it has one, converting s
// to bytes at most once for the others.
func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}

// MultiWriter creates a writer that duplicates its writes to all the
// provided writers, similar to the Unix tee(1) command. Each write is
// written to each listed writer, one at a time. If a listed writer returns
// an error, that overall write operation stops and returns the error; it
// does not continue down the list.
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}
