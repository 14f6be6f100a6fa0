package main

import "fmt"

func signbit(f float64) bool { return f < 0 || 1/f < 0 }

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println("nan found:", ok, m[nan])
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(nans, sum)
	delete(m, nan)
	fmt.Println("after delete(nan):", len(m))
	// +0 and -0 are the same key; the first stored key is kept.
	negZero := -zero
	z := map[float64]string{}
	z[negZero] = "neg"
	z[0.0] = "pos"
	fmt.Println(len(z), z[0], z[negZero])
	for k := range z {
		fmt.Println("key sign bit:", signbit(k))
	}
	// Infinities and ordinary floats.
	m[inf] = 10
	m[-inf] = 20
	m[0.1+0.2] = 30
	m[0.3] = 40
	fmt.Println(len(m), m[inf], m[-inf], m[0.30000000000000004], m[0.3])
	// float32 keys.
	f := map[float32]int{}
	f[float32(0.1)] = 1
	f[float32(nan)] = 2
	f[float32(negZero)] = 3
	f[0] = 4
	fmt.Println(len(f), f[0.1], f[0])
	// fmt sorts NaN first, then -Inf ... +Inf.
	p := map[float64]string{3: "c", nan: "n1", -1: "m", inf: "inf"}
	fmt.Println(p)
	// NaN inside a struct key and an interface key.
	type K struct {
		F float64
		S string
	}
	sk := map[K]int{}
	sk[K{nan, "a"}] = 1
	sk[K{nan, "a"}] = 2
	sk[K{0, "a"}] = 3
	sk[K{negZero, "a"}] = 4
	fmt.Println(len(sk), sk[K{0, "a"}])
	ik := map[interface{}]int{}
	ik[nan] = 1
	ik[nan] = 2
	ik[0.0] = 3
	ik[negZero] = 4
	ik[0] = 5
	fmt.Println(len(ik), ik[0.0], ik[0])
	ak := map[[2]float64]bool{}
	ak[[2]float64{nan, 1}] = true
	ak[[2]float64{nan, 1}] = true
	fmt.Println(len(ak), ak[[2]float64{nan, 1}])
}
