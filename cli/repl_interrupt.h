// Ctrl-C in the REPL.
//
// SIGINT is blocked in every thread of the process (blockInterrupts runs
// before any thread starts, and threads inherit the mask), so no thread is
// ever interrupted in a system call and no handler runs at an awkward time.
// A Ctrl-C typed while an input runs stays pending until the REPL's thread,
// waiting for the input, collects it (takeInterrupt) and stops the input.
//
// On a terminal, the line discipline is the one a program expects (cooked:
// line by line, echoed, Ctrl-C a signal) only while an input runs
// (RunningInput). At every other moment — while the line editor reads, and
// between two lines, when keys typed ahead wait in the terminal's queue —
// it is raw, and every key, Ctrl-C and Ctrl-D included, waits for the
// editor (repl_line_reader.cpp): Ctrl-C abandons the line, Ctrl-D on an
// empty line leaves. (Were the terminal cooked between two lines, as
// libedit leaves it, a Ctrl-C typed there would become a pending signal
// that stops the next input, and a Ctrl-D would be an end of file that
// vanishes when the editor switches the terminal to raw.)
#pragma once

namespace golem::repl {

// Blocks SIGINT for the calling thread and every thread it creates later.
void blockInterrupts();
// Whether a Ctrl-C arrived since the last call (it is consumed).
bool takeInterrupt();

// Takes the terminal on stdin (if it is one): raw between lines.
void takeTerminal();
// Gives it back as it was.
void releaseTerminal();

// While one lives, the terminal is as the program expects it.
class RunningInput {
 public:
  RunningInput();
  ~RunningInput();
  RunningInput(const RunningInput&) = delete;
  RunningInput& operator=(const RunningInput&) = delete;
};

}  // namespace golem::repl
