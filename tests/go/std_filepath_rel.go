package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	tests := []struct{ base, targ string }{
		{"a/b", "a/b"},
		{"a/b/.", "a/b"},
		{"a/b", "a/b/."},
		{"./a/b", "a/b"},
		{"a/b", "./a/b"},
		{"ab/cd", "ab/cde"},
		{"ab/cd", "ab/c"},
		{"a/b", "a/b/c/d"},
		{"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"},
		{"a/b/c", "a/c/d"},
		{"a/b", "c/d"},
		{"a/b/c/d", "a/b"},
		{"a/b/c/d", "a/b/"},
		{"a/b/c/d/", "a/b"},
		{"a/b/c/d/", "a/b/"},
		{"../../a/b", "../../a/b/c/d"},
		{"/a/b", "/a/b"},
		{"/a/b/.", "/a/b"},
		{"/a/b", "/a/b/."},
		{"/ab/cd", "/ab/cde"},
		{"/ab/cd", "/ab/c"},
		{"/a/b", "/a/b/c/d"},
		{"/a/b", "/a/b/../c"},
		{"/a/b/../c", "/a/b"},
		{"/a/b/c", "/a/c/d"},
		{"/a/b", "/c/d"},
		{"/a/b/c/d", "/a/b"},
		{"/a/b/c/d", "/a/b/"},
		{"/a/b/c/d/", "/a/b"},
		{"/a/b/c/d/", "/a/b/"},
		{"/../../a/b", "/../../a/b/c/d"},
		{".", "a/b"},
		{".", ".."},
		{"", "a"},
		{"a", "."},
		{"a/b", "."},
		{"/", "/a"},
		{"/a", "/"},
		{"/", "/"},
		// can't do these
		{"..", "."},
		{"..", "a"},
		{"../..", ".."},
		{"a", "/a"},
		{"/a", "a"},
		{"../a", "b"},
	}
	for _, tt := range tests {
		rel, err := filepath.Rel(tt.base, tt.targ)
		fmt.Printf("%-14q %-16q %-12q %v\n", tt.base, tt.targ, rel, err)
	}
}
