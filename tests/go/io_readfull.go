// io.ReadFull, ReadAtLeast and ReadAll over readers that return data in
// small pieces, with the EOF / ErrUnexpectedEOF / ErrShortBuffer rules and
// ReadAll's capacities.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns at most n bytes per Read, and its error together
// with the last bytes when eofWithData is set.
type chunkReader struct {
	data        string
	n           int
	eofWithData bool
	err         error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.data) {
		k = len(r.data)
	}
	copy(p, r.data[:k])
	r.data = r.data[k:]
	if len(r.data) == 0 && r.eofWithData {
		return k, io.EOF
	}
	return k, nil
}

func main() {
	buf := make([]byte, 5)
	n, err := io.ReadFull(&chunkReader{data: "abcdefg", n: 2}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&chunkReader{data: "abc", n: 2}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF, string(buf[:n]))
	n, err = io.ReadFull(&chunkReader{data: "", n: 2}, buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadFull(&chunkReader{data: "abcde", n: 5, eofWithData: true}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader("xyz"), buf[:0])
	fmt.Println(n, err)

	n, err = io.ReadAtLeast(&chunkReader{data: "abcdefgh", n: 3}, buf, 4)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 6)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	boom := errors.New("boom")
	n, err = io.ReadAtLeast(&chunkReader{data: "ab", n: 1, err: boom}, buf, 4)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&chunkReader{data: "abcd", n: 4, err: boom}, buf, 4)
	fmt.Println(n, err)

	for _, size := range []int{0, 1, 511, 512, 513, 1000, 5000} {
		data, err := io.ReadAll(&chunkReader{data: strings.Repeat("x", size), n: 100})
		fmt.Println(size, len(data), cap(data), err)
	}
	data, err := io.ReadAll(&chunkReader{data: "partial", n: 3, err: boom})
	fmt.Printf("%q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(data == nil, len(data), err)

	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
