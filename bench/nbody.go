// Benchmark: n-body (the Benchmarks Game): a symplectic integrator for the
// Jovian planets, 200000 steps of 0.01. Float arithmetic on struct fields
// through pointers. Prints the energy before and after with 9 decimals.
//
// golem has no package math yet, so square roots are Newton's iteration,
// started from the pair's distance at the previous step (or from x itself):
// from any positive guess the first step lands above the root and later steps
// decrease monotonically, so "stop when it no longer decreases" terminates
// with the same value in every language (Lua and Python run the same steps).
package main

import "fmt"

// Variables, not constants: Go would fold constant products exactly, while
// Lua and Python round each operation; at run time all three round alike.
var (
	pi          = 3.141592653589793
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

func sqrtFrom(x, guess float64) float64 {
	y := 0.5 * (guess + x/guess)
	for {
		next := 0.5 * (y + x/y)
		if next >= y {
			return y
		}
		y = next
	}
}

// distances[k] is the distance of the k-th pair at the previous step.
var distances [10]float64

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

func offsetMomentum(bodies []*body) {
	var px, py, pz float64
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
}

func energy(bodies []*body) float64 {
	e := 0.0
	for i, b := range bodies {
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			b2 := bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			d2 := dx*dx + dy*dy + dz*dz
			e -= (b.mass * b2.mass) / sqrtFrom(d2, d2)
		}
	}
	return e
}

func advance(bodies []*body, dt float64) {
	pair := 0
	for i, b := range bodies {
		for j := i + 1; j < len(bodies); j++ {
			b2 := bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			d2 := dx*dx + dy*dy + dz*dz
			d := sqrtFrom(d2, distances[pair])
			distances[pair] = d
			pair++
			mag := dt / (d2 * d)
			b.vx -= dx * b2.mass * mag
			b.vy -= dy * b2.mass * mag
			b.vz -= dz * b2.mass * mag
			b2.vx += dx * b.mass * mag
			b2.vy += dy * b.mass * mag
			b2.vz += dz * b.mass * mag
		}
	}
	for _, b := range bodies {
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bodies := []*body{
		{0, 0, 0, 0, 0, 0, solarMass}, // sun
		{ // jupiter
			4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass,
		},
		{ // saturn
			8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass,
		},
		{ // uranus
			1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass,
		},
		{ // neptune
			1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass,
		},
	}
	offsetMomentum(bodies)
	pair := 0
	for i, b := range bodies {
		for _, b2 := range bodies[i+1:] {
			dx, dy, dz := b.x-b2.x, b.y-b2.y, b.z-b2.z
			d2 := dx*dx + dy*dy + dz*dz
			distances[pair] = sqrtFrom(d2, d2)
			pair++
		}
	}
	fmt.Printf("%.9f\n", energy(bodies))
	for i := 0; i < 200000; i++ {
		advance(bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
