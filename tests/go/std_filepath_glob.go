package main

import (
	"fmt"
	"os"
	"path/filepath"
)

var (
	root  = "filepath_glob_tmp"
	dirs  = []string{"a", "b", "c.d", "a/x", "b/x"}
	files = []string{"one.txt", "two.txt", "three.go", "a/x/deep.txt", "b/x/deep.go", "b/y.txt", "[x].txt"}
)

// removeTree removes what main creates, deepest first, ignoring errors.
func removeTree() {
	for _, f := range files {
		os.Remove(filepath.Join(root, f))
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(filepath.Join(root, dirs[i]))
	}
	os.Remove(root)
}

func main() {
	removeTree()
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			fmt.Println(err)
		}
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(root, f), []byte(f), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	for _, pattern := range []string{
		"*.txt", "*.go", "*", "?.d", "t*", "[ot]*.txt", "*/x/*", "*/*.txt", "*/x", "[ab]/x/deep.*",
		"one.txt", "missing.txt", "a/x", "\\[x\\].txt", "[[]x].txt", "nothing*", "*/nothing/*", "[", "a/[",
		"one.txt/*",
	} {
		matches, err := filepath.Glob(filepath.Join(root, pattern))
		fmt.Printf("%-18q %q %v nil=%v\n", pattern, matches, err, matches == nil)
	}
	matches, err := filepath.Glob("filepath_glob_tm?")
	fmt.Println(matches, err)
	matches, err = filepath.Glob("/nonexistent-dir-xyz/*")
	fmt.Println(matches, err)
	removeTree()
	_, err = os.ReadFile(root)
	fmt.Println(err)
}
