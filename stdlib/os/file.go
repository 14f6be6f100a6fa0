package os

import (
	"errors"
	"io"
	"io/fs"
)

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The mode bits of io/fs.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool // opened with O_APPEND: WriteAt is refused
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkUsable returns the error of an operation op on f when f cannot be
// used: ErrInvalid for a nil *File, a *PathError with ErrClosed after Close.
func (f *File) checkUsable(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkUsable("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return 0, pathError("read", f.name, errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It
// returns the number of bytes read and the error, if any. ReadAt always
// returns a non-nil error when n < len(b). At end of file, that error is
// io.EOF. The file's offset is not moved.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkUsable("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	return f.transferAt(b, off, pread, "read")
}

// transferAt reads or writes (with pread or pwrite) all of b at offset off,
// one call after another as ReadAt and WriteAt must: only an errno stops
// it, or the end of the file for a read.
func (f *File) transferAt(b []byte, off int64, transfer func(fd int, b []byte, off int64) (int, int), op string) (n int, err error) {
	for len(b) > 0 {
		moved, errno := transfer(f.fd, b, off)
		if errno != 0 {
			return n, pathError(op, f.name, errno)
		}
		if moved == 0 {
			if op == "read" {
				return n, io.EOF
			}
			return n, io.ErrShortWrite
		}
		n += moved
		b = b[moved:]
		off += int64(moved)
	}
	return n, nil
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkUsable("write"); err != nil {
		return 0, err
	}
	n, errno := write(f.fd, b)
	if errno != 0 {
		return n, pathError("write", f.name, errno)
	}
	return n, nil
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes to the File starting at byte offset off. It
// returns the number of bytes written and an error, if any. WriteAt returns
// a non-nil error when n != len(b). If the file was opened with the
// O_APPEND flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkUsable("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	return f.transferAt(b, off, pwrite, "write")
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to
// the end. It returns the new offset and an error, if any.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkUsable("seek"); err != nil {
		return 0, err
	}
	pos, errno := seek(f.fd, offset, whence)
	if errno != 0 {
		return 0, pathError("seek", f.name, errno)
	}
	return pos, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if err := f.checkUsable("close"); err != nil {
		return err
	}
	f.closed = true
	if errno := closeFd(f.fd); errno != 0 {
		return pathError("close", f.name, errno)
	}
	return nil
}

// OpenFile is the generalized open call; most users will use Open or
// Create instead. It opens the named file with specified flag (O_RDONLY
// etc.). If the file does not exist, and the O_CREATE flag is passed, it is
// created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := openFile(name, flag, uint32(perm))
	if errno != 0 {
		return nil, pathError("open", name, errno)
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode 0666
// (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns the contents. A successful call
// returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	data, failedOp, errno := readFile(name)
	if errno != 0 {
		op := "open"
		if failedOp == 1 {
			op = "read"
		}
		return nil, pathError(op, name, errno)
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it if necessary. If
// the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, uint32(perm)); errno != 0 {
		return pathError("mkdir", name, errno)
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error. If path is already a
// directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if exists, isDir := statDir(path); exists {
		if isDir {
			return nil
		}
		return pathError("mkdir", path, int(enotdir))
	}
	// Create the parent first: skip trailing separators, then the last
	// element.
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// The directory may have been made meanwhile, or path may end in
		// "/." or "/..".
		if _, isDir := statDir(path); isDir {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory. If there is an
// error, it will be of type *PathError.
func Remove(name string) error {
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}
	// rmdir of a file says ENOTDIR: then unlink's error is the real one.
	if Errno(e1) != enotdir {
		e = e1
	}
	return pathError("remove", name, e)
}

// The reads and writes below may block (a terminal, a pipe): they are the
// points where the scheduler hands the P off (see stdlib/os_natives.cpp).
func read(fd int, b []byte) (n int, errno int)
func pread(fd int, b []byte, off int64) (n int, errno int)
func write(fd int, b []byte) (n int, errno int)
func pwrite(fd int, b []byte, off int64) (n int, errno int)
func seek(fd int, offset int64, whence int) (pos int64, errno int)
func closeFd(fd int) (errno int)
func openFile(name string, flag int, perm uint32) (fd int, errno int)

// readFile returns the file's bytes with Go's capacity (the size plus one,
// at least 512), or the errno of the failing step (failedOp 0: open, 1:
// read).
func readFile(name string) (data []byte, failedOp int, errno int)
func mkdir(name string, perm uint32) (errno int)
func statDir(name string) (exists, isDir bool)
func unlink(name string) (errno int)
func rmdir(name string) (errno int)
