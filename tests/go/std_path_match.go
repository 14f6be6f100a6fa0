package main

import (
	"fmt"
	"path"
)

func main() {
	tests := []struct{ pattern, name string }{
		{"abc", "abc"},
		{"*", "abc"},
		{"*c", "abc"},
		{"a*", "a"},
		{"a*", "abc"},
		{"a*", "ab/c"},
		{"a*/b", "abc/b"},
		{"a*/b", "a/c/b"},
		{"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/fff"},
		{"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"},
		{"ab[c]", "abc"},
		{"ab[b-d]", "abc"},
		{"ab[e-g]", "abc"},
		{"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"},
		{"ab[^e-g]", "abc"},
		{"a\\*b", "a*b"},
		{"a\\*b", "ab"},
		{"a?b", "a☺b"},
		{"a[^a]b", "a☺b"},
		{"a???b", "a☺b"},
		{"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"},
		{"*[a-ζ]", "A"},
		{"a?b", "a/b"},
		{"a*b", "a/b"},
		{"[\\]a]", "]"},
		{"[\\-]", "-"},
		{"[x\\-]", "x"},
		{"[x\\-]", "-"},
		{"[x\\-]", "z"},
		{"[\\-x]", "x"},
		{"[\\-x]", "-"},
		{"[\\-x]", "a"},
		{"[]a]", "]"},
		{"[-]", "-"},
		{"[x-]", "x"},
		{"[x-]", "-"},
		{"[x-]", "z"},
		{"[-x]", "x"},
		{"[-x]", "-"},
		{"[-x]", "a"},
		{"\\", "a"},
		{"[a-b-c]", "a"},
		{"[", "a"},
		{"[^", "a"},
		{"[^bc", "a"},
		{"a[", "a"},
		{"a[", "ab"},
		{"a[", "x"},
		{"a/b[", "x"},
		{"*x", "xxx"},
		{"", ""},
		{"", "a"},
		{"*", ""},
		{"a*", "abc[d"},
		{"[]", "a"},
		{"x*[", "xyz"},
		{"*[a", "b"},
	}
	for _, tt := range tests {
		ok, err := path.Match(tt.pattern, tt.name)
		fmt.Printf("%-16q %-20q %v %v\n", tt.pattern, tt.name, ok, err)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err == path.ErrBadPattern)
}
