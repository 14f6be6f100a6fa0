package main

import (
	"fmt"
	"strings"
)

type T struct{ V int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-14s %v\n", name+":", r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	str := "héllo"
	i, j, k := 5, 1, -1
	zero := 0
	var np *T
	var nm map[string]int
	var nf func()
	var ni interface{ M() }
	try("index", func() { _ = s[i] })
	try("index neg", func() { _ = s[k] })
	try("array index", func() { _ = arr[i] })
	try("string index", func() { _ = str[10] })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[2:j] })
	try("slice cap", func() { _ = s[1:2:i] })
	try("slice3 j>k", func() { two := 2; _ = s[0:3:two] })
	try("string slice", func() { _ = str[3:i+5] })
	try("slice neg", func() { _ = s[k:] })
	try("div zero", func() { fmt.Println(10 / zero) })
	try("mod zero", func() { fmt.Println(10 % zero) })
	try("nil ptr field", func() { fmt.Println(np.V) })
	try("nil ptr write", func() { np.V = 1 })
	try("nil map write", func() { nm["a"] = 1 })
	try("nil func call", func() { nf() })
	try("nil iface call", func() { ni.M() })
	try("make neg len", func() { _ = make([]int, k) })
	try("make len>cap", func() { _ = make([]int, i, j) })
	try("conv to array", func() { _ = *(*[4]int)(s) })
	try("strings.Repeat", func() { _ = strings.Repeat("x", k) })
	try("closed panic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re: ", r))
		}()
		_ = s[i]
	})
	try("custom", func() { panic(fmt.Sprintf("%d%%", 50)) })
	fmt.Println("all recovered")
}
