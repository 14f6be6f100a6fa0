// Ctrl-C as a pending, blocked SIGINT, and the terminal's modes (see repl_interrupt.h).
#include "cli/repl_interrupt.h"

#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <ctime>

namespace golem::repl {

namespace {

sigset_t interruptSet() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  return set;
}

// The terminal's settings when the REPL started, and whether it has them.
termios savedTerminal;
bool haveTerminal = false;

// What the line discipline does for a running program and not between two
// lines. The editor's "execute" mode clears the same flags
// (repl_line_reader.cpp), so that libedit leaves the terminal as this does.
constexpr tcflag_t kCookedFlags = ISIG | ICANON | ECHO;

void setCooked(bool cooked) {
  if (!haveTerminal) return;
  termios t;
  if (tcgetattr(STDIN_FILENO, &t) != 0) return;
  t.c_lflag &= ~kCookedFlags;
  if (cooked) t.c_lflag |= savedTerminal.c_lflag & kCookedFlags;
  tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

}  // namespace

void blockInterrupts() {
  sigset_t set = interruptSet();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

bool takeInterrupt() {
  sigset_t set = interruptSet();
  timespec now{0, 0};
  bool got = false;
  while (sigtimedwait(&set, nullptr, &now) == SIGINT) got = true;
  return got;
}

void takeTerminal() {
  if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0) return;
  haveTerminal = true;
  setCooked(false);
}

void releaseTerminal() {
  if (haveTerminal) tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
  haveTerminal = false;
}

RunningInput::RunningInput() { setCooked(true); }

RunningInput::~RunningInput() { setCooked(false); }

}  // namespace golem::repl
