package main

import (
	"fmt"
	"regexp"
)

func main() {
	dot := regexp.MustCompile(`.`)
	fmt.Printf("%q\n", dot.FindAllString("héllo, 世界", -1))
	fmt.Println(dot.FindAllStringIndex("aé世😀", -1))

	letters := regexp.MustCompile(`\pL+`)
	fmt.Printf("%q\n", letters.FindAllString("Größe: 42 Ünïcödé 世界!", -1))
	greek := regexp.MustCompile(`\p{Greek}+`)
	fmt.Printf("%q\n", greek.FindAllString("alpha α beta βγ δ", -1))
	notGreek := regexp.MustCompile(`\P{Greek}+`)
	fmt.Printf("%q\n", notGreek.FindAllString("αβc dγ", -1))
	upper := regexp.MustCompile(`\p{Lu}`)
	fmt.Printf("%q\n", upper.FindAllString("aÀbÉcΩ", -1))
	han := regexp.MustCompile(`[\p{Han}]+`)
	fmt.Printf("%q\n", han.FindAllString("日本語 and 中文", -1))

	fold := regexp.MustCompile(`(?i)straße`)
	fmt.Println(fold.MatchString("STRAßE"), fold.MatchString("strasse"))
	kelvin := regexp.MustCompile(`(?i)k`)
	fmt.Printf("%q\n", kelvin.FindAllString("kK\u212a", -1))
	sigma := regexp.MustCompile(`(?i)σ+`)
	fmt.Printf("%q\n", sigma.FindAllString("ΣσςX", -1))

	rng := regexp.MustCompile(`[à-ÿ]+`)
	fmt.Printf("%q\n", rng.FindAllString("voilà, très élève", -1))
	neg := regexp.MustCompile(`[^a-z ]+`)
	fmt.Printf("%q\n", neg.FindAllString("abc déf 世", -1))
	esc := regexp.MustCompile(`\x{4e16}|\x41`)
	fmt.Printf("%q\n", esc.FindAllString("A世B", -1))

	// \w, \d, \s and \b are ASCII only
	word := regexp.MustCompile(`\w+`)
	fmt.Printf("%q\n", word.FindAllString("naïve café", -1))
	digits := regexp.MustCompile(`\d+`)
	fmt.Printf("%q\n", digits.FindAllString("12 ٣٤ 56", -1))
	wb := regexp.MustCompile(`\bé`)
	fmt.Println(wb.FindAllStringIndex("é aé", -1))

	// empty matches advance by whole runes
	empty := regexp.MustCompile(`x*`)
	fmt.Println(empty.FindAllStringIndex("é世", -1))
	fmt.Printf("%q\n", empty.ReplaceAllString("é世", "|"))
	fmt.Printf("%q\n", regexp.MustCompile(`(.)`).ReplaceAllString("añb", "[$1]"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s+`).Split("a \u00a0b\tc", -1))

	// empty matches never fall between the bytes of one rune
	nb := regexp.MustCompile(`\B`)
	fmt.Println(nb.FindAllStringIndex("éa世b 世界", -1))
	fmt.Printf("%q\n", nb.ReplaceAllString("éa世b 世界", "|"))
	fmt.Println(nb.MatchString("世"), nb.FindStringIndex("a世"))
	fmt.Println(regexp.MustCompile(`\B|z`).FindAllStringIndex("世z", -1))
}
