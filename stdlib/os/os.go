// Package os provides a platform-independent interface to operating system
// functionality, as Go 1.19's on Linux: the process's arguments,
// environment and exit; files (*File is an io.Reader, io.Writer, io.Closer,
// io.Seeker, io.ReaderAt and io.WriterAt; Read says io.EOF at the end);
// whole-file reads and writes; creating and removing files and
// directories; and the standard files as *File values.
//
// The system calls are intrinsics bound by name ("os.Exit", ...) in
// stdlib/os_natives.cpp; they return a raw errno (0 for success), which the
// Go code here wraps in Go's error values (*PathError around an Errno:
// "open x: no such file or directory"). Writes to Stdout and Stderr go
// through golem's output buffer, so they interleave with fmt's output in
// program order; reading Stdin flushes that buffer first. Not provided yet:
// File.ReadFrom's copy_file_range path (io.Copy to a File loops Read and
// Write instead, with the same result), Stat/FileInfo, ReadDir, RemoveAll,
// Chdir, Getwd.
package os

import "io/fs"

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run. Buffered
// standard output is flushed first.
func Exit(code int)

// Portable analogs of some common system call errors: io/fs's.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// An Errno is an unsigned number describing an error condition, as
// syscall.Errno is in Go: Error returns Go's text for it
// ("no such file or directory").
type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

// Is makes errors.Is(err, ErrNotExist) and its kin see through an Errno.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eacces || e == eperm
	case ErrExist:
		return e == eexist || e == enotempty
	case ErrNotExist:
		return e == enoent
	}
	return false
}

func errnoText(e int) string

// The errno values the Go code here tests (Linux's numbers).
const (
	eperm     Errno = 1
	enoent    Errno = 2
	eacces    Errno = 13
	eexist    Errno = 17
	enotdir   Errno = 20
	einval    Errno = 22
	enotempty Errno = 39
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. If err is nil, NewSyscallError
// returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// pathError wraps a non-zero errno for op on path.
func pathError(op, path string, errno int) error {
	return &PathError{Op: op, Path: path, Err: Errno(errno)}
}

// underlyingError returns the error wrapped by a *PathError or
// *SyscallError, or err itself.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(Errno)
	return ok && e.Is(target)
}

// IsExist returns a boolean indicating whether the error is known to report
// that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission returns a boolean indicating whether the error is known to
// report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }
