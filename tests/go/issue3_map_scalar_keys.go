package main

import "fmt"

type Node struct {
	Name string
}

type Celsius float64
type ID int8

func main() {
	b := map[bool]string{}
	b[1 < 2] = "yes"
	b[1 > 2] = "no"
	b[true] += "!"
	fmt.Println(b, len(b))
	n1 := &Node{"a"}
	n2 := &Node{"a"}
	pm := map[*Node]int{n1: 1, n2: 2}
	pm[n1] += 10
	fmt.Println(len(pm), pm[n1], pm[n2], pm[&Node{"a"}], pm[nil])
	pm[nil] = 99
	fmt.Println(len(pm), pm[nil])
	// Pointer identity survives mutation of the pointee.
	n1.Name = "changed"
	fmt.Println(pm[n1])
	// Every integer width, including extremes.
	i8 := map[int8]int{-128: 1, 127: 2, 0: 3}
	u8 := map[uint8]int{255: 1, 0: 2}
	i16 := map[int16]int{-32768: 1}
	u32 := map[uint32]int{4294967295: 1}
	i64 := map[int64]int{-9223372036854775808: 1, 9223372036854775807: 2}
	u64 := map[uint64]int{18446744073709551615: 7}
	up := map[uintptr]int{0: 1, 1 << 40: 2}
	fmt.Println(i8, u8, i16, u32, i64, u64, up)
	fmt.Println(i8[-128], u64[1<<64-1], i64[-1<<63])
	r := map[rune]int{'é': 1, '世': 2, -1: 3}
	fmt.Println(r)
	ck := map[Celsius]string{-40: "cold", 100: "boil", 36.6: "body"}
	fmt.Println(ck, ck[100.0])
	idk := map[ID]bool{-1: true, 1: false}
	fmt.Println(idk)
	// Strings: empty, long, with NUL and invalid UTF-8.
	s := map[string]int{"": 1, "a\x00b": 2, "a": 3, "\xff": 4}
	long := ""
	for i := 0; i < 200; i++ {
		long += string(rune('a' + i%26))
	}
	s[long] = 5
	s[long[:100]] = 6
	fmt.Println(len(s), s[""], s["a\x00b"], s["a"], s["\xff"], s[long], s[long[:100]], s[long[:99]])
	bs := []byte("hello")
	s[string(bs)] = 7
	bs[0] = 'j'
	fmt.Println(s["hello"], s["jello"], s[string(bs[1:])])
	// Channel keys compare by identity.
	c1 := make(chan int)
	c2 := make(chan int)
	cm := map[chan int]string{c1: "one", c2: "two"}
	var nilc chan int
	fmt.Println(len(cm), cm[c1], cm[c2], cm[nilc] == "")
}
