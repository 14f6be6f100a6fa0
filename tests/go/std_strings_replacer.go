package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more"))
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcab"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("ab"), strings.NewReplacer("", "X").Replace(""))
	fmt.Println(strings.NewReplacer("", "X", "a", "A").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "A", "", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("hello", "hi", "world", "earth").Replace("hello world, hello gophers"))
	fmt.Println(strings.NewReplacer("x", "").Replace("xaxbx"), strings.NewReplacer().Replace("same"))
	fmt.Println(strings.NewReplacer("é", "e", "ü", "u").Replace("résumé über"))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
