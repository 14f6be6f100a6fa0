// Printf string, bool and %T verbs, padding, and %%.
package main

import "fmt"

type Celsius float64

type Pair struct {
	K string
	V int
}

func main() {
	fmt.Printf("%s|%10s|%-10s|%q|\n", "go", "go", "go", "go")
	fmt.Printf("%5.2s|%.1s|%.10s|%-4.3s|\n", "hello", "héllo", "hi", "abcdef")
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%T %T %T %T %T %T\n", "s", 1.5, float32(1), 'x', byte(1), true)
	fmt.Printf("%T %T %T %T\n", []string{}, [2]bool{}, Pair{}, &Pair{})
	fmt.Printf("%T %T %T\n", Celsius(1), []Pair{}, struct{ A int }{})
	fmt.Printf("%T %T %T\n", func(int) string { return "" }, [][]int{}, []*Pair{})
	fmt.Printf("%T %T\n", fmt.Errorf("e"), nil)
	fmt.Printf("%v %+v %s\n", Pair{"k", 1}, Pair{"k", 1}, Pair{"k", 1})
	fmt.Printf("%v %+v\n", &Pair{"p", 2}, []Pair{{"a", 1}, {"b", 2}})
	fmt.Printf("%s %v\n", []string{"a", "b"}, []string{})
	fmt.Printf("%10v|%-10v|\n", []int{1, 2}, Pair{"x", 1})
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, Celsius(36.6), int64(-5))
	fmt.Printf("%d %s\n", 42)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %s %t\n", "str", 5, 1)
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-5%|%5%|\n")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", nil, []interface{}{1, "a", nil})
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(Pair{"a", 1}, Pair{"b", 2}, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3) + "|" + fmt.Sprintln("x", 1) + "|"
	fmt.Println(s)
}
