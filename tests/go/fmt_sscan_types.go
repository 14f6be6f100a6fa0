// Scanning into named types (through their underlying basic type), into a
// type with its own Scan method (fmt.Scanner, using the ScanState), and
// the errors for operands that are not pointers or cannot be scanned.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Count int16
type Name string
type Flag bool
type Raw []byte

// Pair scans as "key:value".
type Pair struct{ K, V string }

func (p *Pair) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, func(r rune) bool { return r != ':' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.K = string(tok)
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != ':' {
		return errors.New("expected colon")
	}
	tok, err = state.Token(false, nil)
	p.V = string(tok)
	return err
}

// Upper reads one word and keeps it upper-cased; it checks the width.
type Upper string

func (u *Upper) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	wid, ok := state.Width()
	tok, err := state.Token(false, nil)
	*u = Upper(strings.ToUpper(string(tok)))
	if ok {
		*u += Upper(fmt.Sprint("/", wid))
	}
	return err
}

func main() {
	var c Celsius
	var k Count
	var nm Name
	var fl Flag
	var raw Raw
	n, err := fmt.Sscan("36.6 -12 alice true bytes", &c, &k, &nm, &fl, &raw)
	fmt.Println(n, err, c, k, nm, fl, raw)
	n, err = fmt.Sscan("40000", &k)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("t=21.5C", "t=%fC", &c)
	fmt.Println(n, err, c)

	var p1, p2 Pair
	n, err = fmt.Sscan("a:1 b:2", &p1, &p2)
	fmt.Println(n, err, p1, p2)
	n, err = fmt.Sscan("nocolon", &p1)
	fmt.Println(n, err)
	n, err = fmt.Sscan("key", &p1)
	fmt.Println(n, err)
	var u1, u2 Upper
	n, err = fmt.Sscanf("hello world", "%3v %v", &u1, &u2)
	fmt.Println(n, err, u1, u2)

	var i int
	n, err = fmt.Sscan("1", i)
	fmt.Println(n, err)
	var ints []int
	n, err = fmt.Sscan("1", &ints)
	fmt.Println(n, err)
	var pp *int
	n, err = fmt.Sscan("1", &pp)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", m)
	fmt.Println(n, err)
}
