package main

import "fmt"

// A deferred call of the recover builtin itself is not called "by a deferred
// function", so it does not stop the panic.
func deferRecoverDirectly() {
	defer recover()
	panic("p5")
}

func deferPanicBuiltin() {
	defer func() { fmt.Println("caught deferred panic builtin:", recover()) }()
	defer panic("from deferred builtin")
	fmt.Println("body runs first")
}

func main() {
	func() {
		defer func() { fmt.Println("outer caught:", recover()) }()
		deferRecoverDirectly()
		fmt.Println("deferRecoverDirectly returned normally")
	}()
	deferPanicBuiltin()
	defer print("builtin print deferred\n")
	defer println("builtin println deferred", 1, true)
	fmt.Println("main done")
}
