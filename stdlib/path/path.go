// Package path handles slash-separated paths lexically, as URLs and Go's
// own import paths are written, without looking at any file system.
//
// Clean is the heart of it; the other functions are defined by what they
// return after Clean. Package path/filepath, whose separator is also '/'
// on Linux, calls these functions rather than repeating them.
package path

import "strings"

// Clean returns the shortest path that names the same place as p, by
// purely lexical rules: runs of slashes become one, "." elements go, an
// element followed by ".." goes with it, ".." right after the root of a
// rooted path goes, and a trailing slash goes (except for "/" itself). The
// empty path cleans to ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	out := make([]byte, 0, len(p))
	if rooted {
		out = append(out, '/')
	}
	// out[:floor] cannot be taken back by a "..": the root, or leading ".."s.
	floor := len(out)
	for i := 0; i < len(p); {
		end := strings.IndexByte(p[i:], '/')
		if end < 0 {
			end = len(p)
		} else {
			end += i
		}
		element := p[i:end]
		i = end + 1
		switch {
		case element == "" || element == ".":
		case element == "..":
			if len(out) > floor {
				cut := len(out) - 1
				for cut > floor && out[cut] != '/' {
					cut--
				}
				out = out[:cut]
			} else if !rooted {
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, ".."...)
				floor = len(out)
			}
		default:
			if len(out) > 0 && !(rooted && len(out) == 1) {
				out = append(out, '/')
			}
			out = append(out, element...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split cuts path after its last slash: dir keeps the slash, and
// dir+file == path.
func Split(path string) (dir, file string) {
	slash := strings.LastIndexByte(path, '/')
	return path[:slash+1], path[slash+1:]
}

// Join puts the non-empty elements together with slashes and cleans the
// result; it is "" when every element is empty.
func Join(elem ...string) string {
	var joined []byte
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(joined) > 0 {
			joined = append(joined, '/')
		}
		joined = append(joined, e...)
	}
	if len(joined) == 0 {
		return ""
	}
	return Clean(string(joined))
}

// Ext returns the extension of the last element of path: from its last
// dot on, or "" if it has none.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, trailing slashes ignored: "."
// for an empty path and "/" for a path of slashes only.
func Base(path string) string {
	if path == "" {
		return "."
	}
	path = strings.TrimRight(path, "/")
	if path == "" {
		return "/"
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}

// IsAbs reports whether path starts at the root.
func IsAbs(path string) bool {
	return strings.HasPrefix(path, "/")
}

// Dir returns all of path but its last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
