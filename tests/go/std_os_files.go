package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	os.Setenv("GOLEM_TEST_VAR", "hello")
	fmt.Println(os.Getenv("GOLEM_TEST_VAR"), os.Getenv("GOLEM_NOPE_VAR"))
	v, ok := os.LookupEnv("GOLEM_NOPE_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("a=b", "x"))
	os.Unsetenv("GOLEM_TEST_VAR")
	_, ok = os.LookupEnv("GOLEM_TEST_VAR")
	fmt.Println(ok)
	dir := "/tmp/golem_std_os_files_dir"
	os.Remove(dir + "/a/b/f.txt")
	os.Remove(dir + "/a/b")
	os.Remove(dir + "/a")
	os.Remove(dir)
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))
	fmt.Println(os.WriteFile(dir+"/a/b/f.txt", []byte("line1\nline2\n"), 0644))
	data, err := os.ReadFile(dir + "/a/b/f.txt")
	fmt.Printf("%q %v %d\n", data, err, cap(data))
	fmt.Println(os.MkdirAll(dir+"/a/b/f.txt/c", 0755))
	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, pe.Path, pe.Err)
	}
	_, err = os.ReadFile(dir)
	fmt.Println(err)
	fmt.Println(os.Mkdir(dir, 0755), os.IsExist(os.Mkdir(dir, 0755)))
	fmt.Println(os.Remove(dir + "/a"))
	fmt.Println(os.Remove(dir + "/nope"))
	fmt.Println(os.Remove(dir+"/a/b/f.txt"), os.Remove(dir+"/a/b"), os.Remove(dir+"/a"), os.Remove(dir))
	f, err := os.Create(dir + "x.txt")
	fmt.Println(err, f.Name())
	n, err := f.WriteString("abc")
	fmt.Println(n, err, f.Close(), f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	b, _ := os.ReadFile(dir + "x.txt")
	fmt.Println(string(b), os.Remove(dir+"x.txt"))
	_, err = os.Open("/nonexistent/file")
	fmt.Println(err)
	fmt.Print("before ")
	os.Stdout.WriteString("stdout-direct ")
	os.Stdout.Write([]byte("bytes\n"))
	os.Stderr.WriteString("to stderr\n")
	fmt.Println("exiting")
	os.Exit(3)
	fmt.Println("not reached")
}
