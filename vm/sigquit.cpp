// The SIGQUIT goroutine dump (see sigquit.h).
#include "vm/sigquit.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <thread>
#include <vector>

#include "runtime/output.h"
#include "vm/finalizer.h"
#include "vm/goroutine_dump.h"
#include "vm/proc.h"

namespace golem::vm {
namespace {

constexpr int64_t kStopTimeoutNs = 1'000'000'000;

int wakeFd = -1;  // the pipe's write end: the handler's only state

void onSigquit(int) {
  int saved = errno;
  char byte = 1;
  ssize_t n = write(wakeFd, &byte, 1);
  (void)n;
  errno = saved;
}

[[noreturn]] void dumpAndExit() {
  sched::stopTheWorldForever(kStopTimeoutNs);
  std::vector<const Thread*> gs(sched::allGoroutines().begin(), sched::allGoroutines().end());
  // allg is not in creation order (goroutines are swap-removed); Go's dump is.
  std::sort(gs.begin(), gs.end(), [](const Thread* a, const Thread* b) { return a->goid < b->goid; });
  std::string out = "SIGQUIT: quit\nPC=0x0 m=0 sigcode=0\n";
  for (const Thread* g : gs)
    if (GStatus(g->status.load()) != GStatus::Dead && !isSystemGoroutine(*g))
      appendGoroutine(*g, goroutineState(*g), out);
  rt::flushStdout();
  rt::writeStderr(out.data(), out.size());
  _exit(2);
}

void watch(int readFd) {
  char byte;
  for (;;) {
    ssize_t n = read(readFd, &byte, 1);
    if (n == 1) dumpAndExit();
    if (n < 0 && errno == EINTR) continue;
    return;
  }
}

}  // namespace

void installSigquitDump() {
  if (wakeFd >= 0) return;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return;
  wakeFd = fds[1];
  std::thread(watch, fds[0]).detach();
  struct sigaction action = {};
  action.sa_handler = onSigquit;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGQUIT, &action, nullptr);
}

}  // namespace golem::vm
