// Buffered stdout and unbuffered stderr (see output.h for the rules).
//
// The stdout buffer is a fixed static array, so writing never allocates.
// A write larger than the free space flushes what is buffered and, if it
// still does not fit, goes straight to the fd. Whether fd 1 is a terminal is
// decided once, at the first write, when the atexit flush is registered too.
#include "runtime/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace golem::rt {
namespace {

constexpr size_t kStdoutBufferSize = 8192;

struct OutputState {
  std::mutex mu;
  char buffer[kStdoutBufferSize];
  size_t buffered = 0;
  bool initialized = false;
  bool stdoutIsTerminal = false;
};

OutputState& state() {
  static OutputState s;  // constructed on first use, never destroyed before atexit handlers
  return s;
}

// Writes all of [data, data+size) to fd, retrying after EINTR and partial
// writes. Gives up silently on any other error, as Go's runtime does.
void writeAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
}

void flushStdoutLocked(OutputState& s) {
  writeAll(STDOUT_FILENO, s.buffer, s.buffered);
  s.buffered = 0;
}

void flushAtExit() { flushStdout(); }

void initializeLocked(OutputState& s) {
  if (s.initialized) return;
  s.initialized = true;
  s.stdoutIsTerminal = ::isatty(STDOUT_FILENO) == 1;
  std::atexit(flushAtExit);
}

}  // namespace

void writeStdout(const void* data, size_t size) {
  OutputState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  initializeLocked(s);
  const char* bytes = static_cast<const char*>(data);
  if (s.buffered + size > kStdoutBufferSize) {
    flushStdoutLocked(s);
    if (size >= kStdoutBufferSize) {
      writeAll(STDOUT_FILENO, bytes, size);
      return;
    }
  }
  std::memcpy(s.buffer + s.buffered, bytes, size);
  s.buffered += size;
  if (s.stdoutIsTerminal && std::memchr(bytes, '\n', size) != nullptr) flushStdoutLocked(s);
}

void writeStderr(const void* data, size_t size) {
  OutputState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  initializeLocked(s);
  flushStdoutLocked(s);
  writeAll(STDERR_FILENO, static_cast<const char*>(data), size);
}

void flushStdout() {
  OutputState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  flushStdoutLocked(s);
}

}  // namespace golem::rt
