package io

// Copying from a Reader to a Writer. Copy and CopyBuffer hand the whole job
// to the source's WriteTo or, failing that, the destination's ReadFrom
// (bytes.Buffer, bufio, Discard have them); otherwise they loop Read/Write
// through one buffer: the caller's, or a 32 KiB one (smaller when the source
// is a LimitedReader that cannot fill it). A Write that reports more bytes
// than it was given, or a negative count, fails with errInvalidWrite; a
// short Write without an error fails with ErrShortWrite.

// defaultCopyBufferSize is the size of Copy's buffer, as in Go.
const defaultCopyBufferSize = 32 * 1024

// Copy copies from src to dst until either EOF is reached on src or an
// error occurs. It returns the number of bytes copied and the first error
// encountered while copying, if any. A successful Copy returns err == nil,
// not err == EOF.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is identical to Copy except that it stages through the
// provided buffer (if one is required) rather than allocating one. If buf
// is nil, one is allocated; if it has zero length, CopyBuffer panics.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies n bytes (or until an error) from src to dst. It returns the
// number of bytes copied and the earliest error encountered while copying.
// On return, written == n if and only if err == nil.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		// src stopped early: it must have hit EOF.
		err = EOF
	}
	return written, err
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, copyBufferSize(src))
	}
	for {
		nr, readErr := src.Read(buf)
		if nr > 0 {
			nw, writeErr := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				nw = 0
				if writeErr == nil {
					writeErr = errInvalidWrite
				}
			}
			written += int64(nw)
			if writeErr != nil {
				return written, writeErr
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if readErr != nil {
			if readErr != EOF {
				err = readErr
			}
			return written, err
		}
	}
}

// copyBufferSize is the buffer Copy allocates for src: no larger than a
// LimitedReader can deliver, and at least one byte.
func copyBufferSize(src Reader) int {
	size := defaultCopyBufferSize
	if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
		size = 1
		if l.N >= 1 {
			size = int(l.N)
		}
	}
	return size
}
