package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		// recover called from a function called by the deferred function: returns nil.
		fmt.Println("helper got:", helper())
		r = recover()
	}()
	panic("p1")
}

func direct() {
	defer helperDeferred()
	panic("p2")
}

// helperDeferred is itself the deferred function, so recover works.
func helperDeferred() {
	fmt.Println("deferred helper recovered:", recover())
}

func nestedClosure() {
	defer func() {
		func() {
			fmt.Println("nested closure recover:", recover())
		}()
	}()
	defer func() {
		fmt.Println("second chance:", recover())
	}()
	panic("p3")
}

func recoverTwice() {
	defer func() {
		fmt.Println("first:", recover())
		fmt.Println("second:", recover())
	}()
	panic("p4")
}

func noPanic() {
	defer func() { fmt.Println("no panic, recover:", recover()) }()
}

func afterRecoverContinues() (s string) {
	defer func() {
		recover()
		s += " recovered"
	}()
	s = "before"
	panic("p6")
}

func main() {
	fmt.Println("recover outside panic:", recover())
	fmt.Println("indirect:", indirect())
	direct()
	nestedClosure()
	recoverTwice()
	noPanic()
	fmt.Println(afterRecoverContinues())
}
