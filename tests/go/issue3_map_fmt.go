package main

import "fmt"

type Pt struct {
	X, Y int
}

type Named map[string]int

type Wrap struct {
	Name string
	M    map[string][]int
	P    *Pt
	N    Named
}

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	nested := map[string]map[int][]string{
		"b": {2: {"x", "y"}, -1: nil},
		"a": {10: {}, 1: {"z"}},
		"c": nil,
	}
	fmt.Println(nested)
	fmt.Printf("%v\n%+v\n", nested, nested)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[Pt]bool{{2, 1}: true, {1, 2}: false})
	fmt.Printf("%#v\n", Named{"z": 26, "y": 25})
	var nm map[string]int
	var nn Named
	fmt.Printf("%v %#v %#v %d\n", nm, nm, nn, len(nn))
	w := Wrap{"w", map[string][]int{"k": {1, 2}}, nil, Named{"q": 1}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%v %+v\n", &w, map[string]*Pt{"p": {3, 4}}["p"])
	// Keys and values that are Stringers.
	lv := map[Level]Level{3: 30, 1: 10, 2: 20}
	fmt.Println(lv)
	fmt.Printf("%d %s\n", lv, lv)
	// Keys sorted numerically, not textually.
	nums := map[int]string{10: "ten", 9: "nine", -100: "minus", 100: "hundred", 0: "zero"}
	fmt.Println(nums)
	u := map[uint8]bool{200: true, 3: false, 30: true}
	fmt.Println(u)
	strs := map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5, "aa": 6}
	fmt.Println(strs)
	arrs := map[[2]int]int{{1, 2}: 1, {0, 5}: 2, {1, 1}: 3}
	fmt.Println(arrs)
	bools := map[bool][]bool{true: {true}, false: nil}
	fmt.Println(bools)
	// Map values that are interfaces holding maps.
	iv := map[string]interface{}{"m": map[int]int{2: 2, 1: 1}, "e": map[string]bool{}}
	fmt.Println(iv)
	fmt.Printf("%v|%6v|%-4v|%x|%q\n", map[int]int{1: 2}, map[int]int{1: 2}, map[int]int{1: 2}, map[string]int{"hi": 255}, map[string]string{"k": "v"})
	fmt.Println(fmt.Sprint(map[float64]int{2.5: 1, -0.5: 2, 1e21: 3}))
	fmt.Printf("%T %T %T\n", nested, w.N, iv)
}
