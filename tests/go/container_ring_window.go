// Uses container/ring as a fixed-size sliding window of the most recent values.
package main

import (
	"container/ring"
	"fmt"
)

type window struct {
	r *ring.Ring
	n int
}

func newWindow(size int) *window { return &window{r: ring.New(size)} }

func (w *window) add(v float64) {
	w.r.Value = v
	w.r = w.r.Next()
	if w.n < w.r.Len() {
		w.n++
	}
}

func (w *window) mean() float64 {
	sum, cnt := 0.0, 0
	w.r.Do(func(v interface{}) {
		if f, ok := v.(float64); ok {
			sum += f
			cnt++
		}
	})
	if cnt == 0 {
		return 0
	}
	return sum / float64(cnt)
}

func main() {
	w := newWindow(4)
	fmt.Println(w.mean())
	for _, v := range []float64{1, 2, 3, 4, 5, 6, 10, -3, 0.5} {
		w.add(v)
		fmt.Printf("%g %.3f %d\n", v, w.mean(), w.n)
	}
	var recent []interface{}
	w.r.Do(func(v interface{}) { recent = append(recent, v) })
	fmt.Println(recent)
}
