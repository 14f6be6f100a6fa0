// Reading the REPL's lines: with libedit on a terminal, plainly from a pipe.
//
// On a terminal the reader is libedit's editor (emacs key bindings, the
// user's ~/.editrc) with a history kept in ~/.golem_history, saved after
// every line so that a killed session loses nothing. Two keys are golem's:
// Tab completes the word before the cursor (a Completer gives the
// candidates: one is inserted, several are listed, their common prefix
// inserted), and Ctrl-C abandons the line being typed: the terminal is raw
// whenever no input runs, so Ctrl-C reaches the editor as a key instead of
// becoming a signal (repl_interrupt.h).
//
// From a pipe there are no prompts, no editing and no history: the REPL can
// be scripted, and its output is only what the inputs print.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace golem::repl {

// The candidates for the word that ends `beforeCursor`; *wordStart
// receives where that word begins.
using Completer = std::function<std::vector<std::string>(const std::string& beforeCursor, size_t* wordStart)>;

class LineReader {
 public:
  enum class Result { Line, Interrupted, End };
  virtual ~LineReader() = default;
  // Reads one line (without its newline), showing `prompt` on a terminal.
  virtual Result read(const std::string& prompt, std::string& line) = 0;
};

std::unique_ptr<LineReader> makeTerminalReader(Completer completer);
std::unique_ptr<LineReader> makePipeReader();

}  // namespace golem::repl
