package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, 1<<40), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 7), atomic.AddUintptr(&up, 3))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, -5, 9), atomic.CompareAndSwapInt32(&i32, -5, 10), i32)
	fmt.Println(atomic.SwapInt64(&i64, -1), atomic.LoadInt64(&i64), atomic.SwapUint32(&u32, 1), atomic.LoadUint32(&u32))
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreInt32(&i32, -2147483648)
	fmt.Println(atomic.LoadUint64(&u64), atomic.LoadInt32(&i32), atomic.CompareAndSwapUint64(&u64, 1<<63, 0), u64)
	fmt.Println(atomic.LoadUintptr(&up), atomic.SwapUintptr(&up, 9), atomic.CompareAndSwapUintptr(&up, 9, 10), up)

	var n atomic.Int64
	var b atomic.Bool
	var c32 atomic.Int32
	var cu atomic.Uint64
	var cu32 atomic.Uint32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				n.Add(2)
				c32.Add(-1)
				cu.Add(1)
				cu32.Add(3)
			}
			b.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), c32.Load(), cu.Load(), cu32.Load(), b.Load())
	fmt.Println(b.Swap(false), b.CompareAndSwap(false, true), b.Load(), n.Swap(5), n.CompareAndSwap(5, 6), n.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	cfg := v.Load().(config)
	fmt.Println(cfg.name, cfg.n)
	old := v.Swap(config{"b", 2})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"d", 4}), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
}
