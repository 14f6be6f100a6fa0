// The process's standard output and standard error, as Go programs see them.
//
// A compiled Go program writes os.Stdout straight to file descriptor 1 with
// no buffering; golem buffers stdout because the interpreter issues many
// small writes (fmt.Println per line) and a write(2) each would dominate.
// Buffering must not be observable, so:
//   * stdout is flushed when its buffer passes 8 KiB, at process exit
//     (atexit), and before anything is written to stderr, so the relative
//     order of stdout and stderr lines is Go's on a terminal or a shared pipe;
//   * when stdout is a terminal it is line-buffered (flushed after a write
//     containing a newline), so interactive programs show prompts in time;
//   * code that ends the process without running atexit handlers (_exit,
//     a fatal signal) must call flushStdout() first.
// Stderr is never buffered: print/println, panics and fatal errors go there
// (Go's runtime writes them to fd 2 directly).
//
// Locking: one mutex guards the buffer and orders every write to fd 1 and
// fd 2, so output from concurrent goroutines never interleaves inside one
// call. Nothing here allocates, so it is safe to call from the allocator's
// out-of-memory path. Writes retry on EINTR and continue after partial
// writes; other errors (EPIPE, a closed fd) drop the data, as Go's runtime
// print does.
#pragma once

#include <cstddef>

namespace golem::rt {

void writeStdout(const void* data, size_t size);
void writeStderr(const void* data, size_t size);  // flushes stdout first
void flushStdout();

}  // namespace golem::rt
