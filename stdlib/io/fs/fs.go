// Package fs defines basic interfaces to a file system, as Go 1.19's io/fs
// does; golem has the part package os is built on: the portable errors
// (ErrNotExist, ...), PathError and FileMode. os's names for them are
// aliases (os.PathError is fs.PathError, so %T prints "*fs.PathError" as in
// Go). Not provided: the FS, File, DirEntry and FileInfo interfaces and the
// functions over them (ReadFile, WalkDir, Glob, ...).
package fs

import "errors"

// Generic file system errors. Errors returned by file systems can be tested
// against these errors using errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused
// it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the
// FileMode; the nine least-significant bits are the Unix rwxrwxrwx
// permissions. Their letters in String are "dalTLDpSugct?", from ModeDir
// down.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// String returns the letters of the set type bits (or "-" when none is
// set) followed by the nine permission letters ("-rw-r--r--").
func (m FileMode) String() string {
	const typeLetters = "dalTLDpSugct?"
	const permLetters = "rwxrwxrwx"
	buf := make([]byte, 0, len(typeLetters)+len(permLetters))
	for i := 0; i < len(typeLetters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf = append(buf, typeLetters[i])
		}
	}
	if len(buf) == 0 {
		buf = append(buf, '-')
	}
	for i := 0; i < len(permLetters); i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf = append(buf, permLetters[i])
		} else {
			buf = append(buf, '-')
		}
	}
	return string(buf)
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }
