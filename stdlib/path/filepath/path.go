// Package filepath handles file names in the form of the host system:
// on Linux, slash-separated paths with no volume names, so the lexical
// functions are package path's (Clean, Join, Split, Base, Dir, Ext, IsAbs,
// Match) and this package adds what needs the file system (Abs, Glob) or
// speaks of lists and separators.
//
// The file system is reached through intrinsics (stdlib/filepath_natives.cpp).
// Not provided: Walk, WalkDir and EvalSymlinks.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

// The separators of Linux file names and of lists of them ($PATH).
const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern is the error of a malformed Match or Glob pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest name of the same file by lexical rules (see
// path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins the non-empty elements with separators and cleans the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Split cuts p after its last separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir returns all of p but its last element, cleaned.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the extension of p's last element, from its last dot.
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether p starts at the root.
func IsAbs(p string) bool { return path.IsAbs(p) }

// HasPrefix reports whether p begins with prefix (deprecated in Go: it
// does not respect element boundaries).
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// VolumeName returns the leading volume name: always "" on Linux.
func VolumeName(p string) string { return "" }

// ToSlash returns p with each separator replaced by '/': p itself here.
func ToSlash(p string) string { return p }

// FromSlash returns p with each '/' replaced by the separator: p itself here.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by ListSeparator, as in $PATH;
// an empty list has no paths.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// getwd returns the working directory as os.Getwd finds it, or the errno
// of the stat of "." (statFailed) or of getcwd.
func getwd() (dir string, errno int, statFailed bool)

// Abs returns an absolute name of p: p cleaned if it is absolute, else p
// joined to the working directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, errno, statFailed := getwd()
	if errno != 0 {
		if statFailed {
			return "", &os.PathError{Op: "stat", Path: ".", Err: os.Errno(errno)}
		}
		return "", os.NewSyscallError("getwd", os.Errno(errno))
	}
	return Join(wd, p), nil
}

// Rel returns a relative name that reaches targpath from basepath by
// lexical rules alone: Join(basepath, Rel(basepath, targpath)) names
// targpath. It fails when one is absolute and the other not, or when the
// way up from basepath would go through a ".." of basepath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	baseElems := elements(base)
	targElems := elements(targ)
	common := 0
	for common < len(baseElems) && common < len(targElems) && baseElems[common] == targElems[common] {
		common++
	}
	if common < len(baseElems) && baseElems[common] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var rel []string
	for range baseElems[common:] {
		rel = append(rel, "..")
	}
	rel = append(rel, targElems[common:]...)
	return strings.Join(rel, string(Separator)), nil
}

// elements splits a cleaned name into its elements (none for "" or "/").
func elements(clean string) []string {
	clean = strings.TrimPrefix(clean, string(Separator))
	if clean == "" {
		return nil
	}
	return strings.Split(clean, string(Separator))
}
