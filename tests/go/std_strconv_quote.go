package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello\n\"world\"\t\x00\xff é 😀 \u2028 \a\b\f\r\v\\ \x7f \u00ad"))
	fmt.Println(strconv.QuoteToASCII("é😀\n\x01"), strconv.QuoteToGraphic("\u00a0x\t\u2003"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune('\''), strconv.QuoteRune('"'), strconv.QuoteRune(-1), strconv.QuoteRune(0xD800), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToASCII(0x1F600), strconv.QuoteRuneToGraphic('\u2003'))
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "a\"b")), string(strconv.AppendQuoteRune(nil, 'x')), string(strconv.AppendQuoteToASCII(nil, "ü")), string(strconv.AppendQuoteRuneToASCII(nil, 'ü')))
	buf := strconv.AppendQuote(make([]byte, 0, 2), "abc")
	fmt.Println(len(buf), cap(buf))
	for _, s := range []string{`"abc"`, `"a\nb"`, "`raw\\n`", "`a\rb`", "`a`b`", `'x'`, `'ab'`, `''`, `'\''`, `"\'"`, `'\"'`, `"\u263a"`, `"\xff"`, `"\377"`, `"\400"`, `"\8"`, "\"\xff\"", "'\xff'", `"\U0010FFFF"`, `"\U00110000"`, `"\ud800"`, `"unterminated`, `"a"b"`, `"a"`, `x`, `"`, `"\"`, "\"a\nb\"", `"\q"`, `'\x41'`, `"\a\b\f\n\r\t\v\\"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	for _, s := range []string{`"abc"def`, "`x`y", `'a'b`, `nope`} {
		q, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", q, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\x41`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.CanBackquote("abc`"), strconv.CanBackquote("abc"), strconv.CanBackquote("a\tb"), strconv.CanBackquote("a\nb"), strconv.CanBackquote("\ufeff"), strconv.CanBackquote("\xff"))
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsPrint('a'), strconv.IsPrint(' '), strconv.IsPrint('\u2003'), strconv.IsGraphic('\u2003'), strconv.IsPrint(0x1F600))
}
