// GODEBUG=schedstress=1: a torture mode that randomizes the scheduler's
// choices, so that a program which depends on one particular interleaving
// (or a scheduler bug that only one interleaving shows) fails in the golden
// suite instead of in the field.
//
// Under it the scheduler (vm/proc.cpp) sometimes puts a readied goroutine on
// the global queue's head or tail instead of its P's runnext, sometimes
// passes over runnext or looks at the global queue first, steals in a random
// order, and sysmon asks running goroutines to yield at random (they do so
// at their next loop back-edge). A correct program still prints its Go
// output: every choice made is one Go's scheduler may make too.
//
// The choices come from a generator seeded by GODEBUG=schedseed=N (a random
// seed when absent), one stream per thread (seed, thread number), so that a
// failure with GOMAXPROCS=1 can be replayed with the same seed.
// scripts/test_torture.sh passes a seed and prints it when a program fails.
//
// Off, it costs one predictable branch on a flag in the scheduler's slow
// paths and nothing in the interpreter.
#pragma once

#include <cstdint>

namespace golem::vm::schedstress {

// GODEBUG=schedstress=1 (read once at start-up).
extern const bool kEnabled;

// A random number in [0, n) from the calling thread's stream (n > 0).
uint32_t randn(uint32_t n);
// True once in `n` times on average.
inline bool oneIn(uint32_t n) { return randn(n) == 0; }

}  // namespace golem::vm::schedstress
