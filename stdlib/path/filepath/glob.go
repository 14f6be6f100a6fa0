package filepath

// Glob: the names of existing files that match a pattern.
//
// The pattern's last element is matched against the entries of each
// directory its leading part names; that leading part, when it has
// metacharacters itself, is globbed first, recursively. Entries are taken
// in sorted order. I/O errors (a directory that cannot be read) are
// ignored, as Go ignores them; only a malformed pattern is an error.

import "sort"

// The deepest recursion Glob allows, Go's guard against patterns of
// thousands of separators.
const globDepthLimit = 10000

// lstatExists reports whether name exists (without following a final
// symbolic link).
func lstatExists(name string) bool

// readDirNames returns the entry names of dir, false if dir is not a
// directory that can be read.
func readDirNames(dir string) (names []string, ok bool)

// Glob returns the names of all files matching pattern (see Match), nil if
// there are none; the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globAtDepth(pattern, 0)
}

func globAtDepth(pattern string, depth int) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == globDepthLimit {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if !lstatExists(pattern) {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case string(Separator):
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globAtDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globDir(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends to matches the entries of dir matching pattern.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	names, ok := readDirNames(dir)
	if !ok {
		return matches, nil
	}
	sort.Strings(names)
	for _, name := range names {
		matched, err := Match(pattern, name)
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, name))
		}
	}
	return matches, nil
}

// hasMeta reports whether p has a character special to Match.
func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
