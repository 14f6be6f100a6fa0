// The finalizer goroutine, as the rest of the VM sees it (vm/finalizer.cpp).
#pragma once

#include "vm/thread.h"

namespace golem::vm {

// Whether g is the runtime's finalizer goroutine while it waits for work, or
// between finalizers: a system goroutine, which Go leaves out of goroutine
// dumps (the deadlock report, SIGQUIT's dump; traceback.go's
// isSystemGoroutine). While it runs a finalizer it is a user goroutine, as
// in Go. Lock-free: callers may hold sched.lock.
bool isSystemGoroutine(const Thread& g);

}  // namespace golem::vm
