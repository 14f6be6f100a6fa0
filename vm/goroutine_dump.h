// One goroutine's entry in a dump of all goroutines, in Go's format:
//
//   goroutine 7 [chan receive]:
//   main.worker(...)
//   	/path/x.go:12 +0x1c
//   created by main.main
//
// Used by the deadlock report (vm/proc.cpp) and the SIGQUIT dump
// (vm/sigquit.h). The world must be stopped, or g parked, while its frames
// are read.
#pragma once

#include <string>

#include "vm/thread.h"

namespace golem::vm {

// What Go prints in the brackets for g: "running", "runnable", "syscall",
// or the reason a waiting G waits for ("chan receive", "sleep", ...).
const char* goroutineState(const Thread& g);

// Appends "\ngoroutine N [state]:\n", g's frames and its "created by" line.
void appendGoroutine(const Thread& g, const char* state, std::string& out);

}  // namespace golem::vm
