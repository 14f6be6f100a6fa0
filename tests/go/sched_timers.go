package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	// Durations.
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1234567, time.Second,
		1500 * time.Millisecond, time.Minute + 1, 90 * time.Minute, 26*time.Hour + 3*time.Minute + 4*time.Second + 5,
		-time.Second, -1, 1<<63 - 1, -1 << 63, 100 * time.Microsecond, 2*time.Second + 300*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 90*time.Minute + 30*time.Second + 1500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Println((-d).Round(time.Hour), (-d).Truncate(time.Hour), d.Round(0), d.Truncate(-1))
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs())
	fmt.Printf("%v %d %s\n", 3*time.Millisecond, 3*time.Millisecond, time.Duration(42))

	// Times.
	t0 := time.Unix(1600000000, 5)
	t1 := t0.Add(90 * time.Second)
	fmt.Println(t0.Unix(), t0.UnixNano(), t1.Unix(), t1.Sub(t0), t0.Sub(t1))
	fmt.Println(t0.Before(t1), t0.After(t1), t0.Equal(t0.Add(0)), t1.UnixMilli())
	var zero time.Time
	fmt.Println(zero.IsZero(), t0.IsZero(), zero.Unix())

	// Sleep and Since.
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept enough:", el >= 15*time.Millisecond, "not too long:", el < time.Second)
	fmt.Println(time.Until(start) < 0)

	// Timers: Stop reports whether it stopped the timer.
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired; stop:", t.Stop())
	t = time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("reset fired:", t.Reset(time.Hour), "reset pending:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired once")

	// AfterFunc and its Stop.
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	ran := false
	af := time.AfterFunc(time.Hour, func() { ran = true })
	fmt.Println("afterfunc stop:", af.Stop(), ran)

	// Ticker.
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	fmt.Println("tick after reset")
	tk.Stop()
	time.Sleep(20 * time.Millisecond)
	select {
	case <-tk.C:
		// one tick may have been sent before Stop
		select {
		case <-tk.C:
			fmt.Println("ticks after stop")
		default:
			fmt.Println("stopped")
		}
	default:
		fmt.Println("stopped")
	}
	fmt.Println(time.Tick(0) == nil)

	// Timers are not goroutines.
	_ = time.NewTimer(time.Hour)
	_ = time.NewTicker(time.Hour)
	fmt.Println("goroutines:", runtime.NumGoroutine())

	// select with time.After as a timeout.
	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- 1
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan int, 1)
	fast <- 7
	select {
	case v := <-fast:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
