// bytes searching and comparing: Index*, LastIndex*, Contains*, Count,
// Equal, Compare, HasPrefix/HasSuffix, EqualFold, Cut, with nil and empty
// slices and invalid UTF-8.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("chicken kitchen héllo")
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.Index(s, []byte("dmr")), bytes.Index(s, nil))
	fmt.Println(bytes.LastIndex(s, []byte("ken")), bytes.LastIndex(s, nil), bytes.LastIndex(nil, []byte("a")))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.IndexByte(s, 'z'), bytes.LastIndexByte(s, 'k'), bytes.LastIndexByte(nil, 'k'))
	fmt.Println(bytes.IndexRune(s, 'é'), bytes.IndexRune(s, 'x'), bytes.IndexRune([]byte("a\xffb"), '\uFFFD'), bytes.IndexRune(s, -1))
	fmt.Println(bytes.IndexAny(s, "zyxé"), bytes.IndexAny(s, ""), bytes.LastIndexAny(s, "kc"), bytes.LastIndexAny(s, "Q"))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace), bytes.IndexFunc(s, unicode.IsDigit))
	fmt.Println(bytes.Contains(s, []byte("kit")), bytes.Contains(s, []byte{}), bytes.Contains(nil, nil), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, 'h'))
	fmt.Println(bytes.Count(s, []byte("en")), bytes.Count(s, nil), bytes.Count([]byte("aaaa"), []byte("aa")), bytes.Count([]byte("héllo"), []byte("")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("A")), bytes.Equal([]byte("ab"), []byte("ab")))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Println(bytes.HasPrefix(s, []byte("chick")), bytes.HasPrefix(s, nil), bytes.HasSuffix(s, []byte("llo")), bytes.HasSuffix([]byte("a"), []byte("ba")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("a"), []byte("ab")))

	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
	before, after, found = bytes.Cut([]byte("abc"), nil)
	fmt.Printf("%q %q %v\n", before, after, found)
	// Cut returns slices of s: appending to before overwrites s.
	src := []byte("k=v")
	before, _, _ = bytes.Cut(src, []byte("="))
	before = append(before, '!')
	fmt.Printf("%q\n", src)

	fmt.Println(bytes.Runes([]byte("aé\xffz")), len(bytes.Runes(nil)), cap(bytes.Runes([]byte("abcde"))))
}
