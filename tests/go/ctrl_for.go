// The three forms of for, plus range forms, break and continue.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 1 {
			continue
		}
		if k > 8 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println("after loop", i)
	for j := 10; j > 0; j /= 2 {
		fmt.Print(j, " ")
	}
	fmt.Println()
	s := []string{"x", "y", "z"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 30
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 4)
			nums[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println(nums)
	count := 0
	for x := 0; x < 1000000; x++ {
		if x%7 == 0 && x%11 == 0 {
			count++
		}
	}
	fmt.Println(count)
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
}
