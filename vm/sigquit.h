// SIGQUIT (kill -QUIT, Ctrl-\) on a running program, as Go's runtime
// handles it: "SIGQUIT: quit", then the stack of every goroutine in Go's
// traceback format ("goroutine 7 [chan receive]:" and its frames) on
// stderr, and exit status 2.
//
// The signal handler only writes one byte to a pipe (async-signal-safe). A
// watcher thread blocked on that pipe does the work outside signal context:
// it stops the world as a collection does (every running goroutine parks at
// its next safe point, so each one's saved pc and frame are exact), prints
// the dump and exits. A goroutine stuck inside a long intrinsic does not
// hold the dump back for more than a second; its frames are then printed as
// last saved.
//
// SIGINT keeps its default action (the process dies by the signal, as a Go
// program does): nothing here touches it. Only `golem run` installs this;
// the REPL handles its own signals (cli/repl_interrupt.h).
#pragma once

namespace golem::vm {

// Installs the handler and starts the watcher thread (once per process).
void installSigquitDump();

}  // namespace golem::vm
