// golem's REPL: an interactive Go session.
//
// The session is one Go program that grows with each input. Every input —
// any mix of declarations (func, type, var, const, import) and statements —
// is compiled as one more source file ("unit", repl_unit.h) of the same
// package main, type-checked against everything declared before it, lowered
// into the same program image, and run. Nothing is ever re-run: each
// statement runs exactly once, when its input does.
//
//   * Declarations go to package level. Package main's scope persists across
//     units, so later inputs see them; declaring a name again replaces it
//     (functions compiled earlier keep calling what they were compiled
//     against, as Go code would with a closure captured at the time).
//   * Statements go into generated functions, one per run of consecutive
//     statements. A variable declared at the top level of such a function
//     (x := 1, var y T) becomes a package-level variable: the checker gives
//     it a word in the global segment instead of a frame slot
//     (ast::FuncDecl::sessionStatements), so its value survives the input,
//     closures and goroutines share it, and later inputs use it by name.
//     The global segment is reserved once and never moves, and the GC scans
//     it as a root like any program's globals.
//   * Expression statements print their values (fmt's %v), unused
//     variables and imports are not errors, and the name of a stdlib
//     package imports it on first use (repl_session.cpp).
//   * Each input runs on a goroutine of its own on the scheduler that serves
//     the whole session (vm/proc.h's session API); the REPL's thread waits
//     for it, and Ctrl-C ends it. Goroutines it starts keep running. A
//     panic or fatal error ends only the goroutine that raised it, after
//     Go's report, and a deadlock of the input is reported and ends the
//     input: the session keeps its state through all of them.
//   * Everything compiled stays: package main's types and functions, the
//     Protos (goroutines may still run them), the loaded stdlib packages,
//     whose initializers run once, with the first input that imports them.
//   * A failed compile changes nothing: the scope is restored.
//
// This file reads inputs: lines are gathered until they make a complete
// input (repl_input.h: an open bracket, a trailing operator or an
// unterminated raw string continue on a "... " prompt; two empty lines end
// an input regardless), and a line starting with ':' is a command
// (repl_commands.cpp). On a terminal, libedit edits the lines
// (repl_line_reader.h), Tab completes (repl_completion.h), and the terminal
// is raw except while an input runs, so that Ctrl-C abandons a line being
// typed and stops an input that runs (repl_interrupt.h). From a pipe there
// are no prompts and no colors: the session prints what its inputs print.
#include "cli/repl.h"

#include <unistd.h>

#include "cli/repl_commands.h"
#include "cli/repl_completion.h"
#include "cli/repl_input.h"
#include "cli/repl_interrupt.h"
#include "cli/repl_line_reader.h"
#include "cli/repl_session.h"
#include "runtime/output.h"

namespace golem::repl {

namespace {

constexpr const char* kPrompt = "> ";
constexpr const char* kContinuationPrompt = "... ";

bool isBlank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

// A complete input, or one the user gave up completing: two empty lines.
bool readyToEvaluate(const std::string& pending, const std::string& line, bool previousBlank) {
  return inputIsComplete(pending) || (isBlank(line) && previousBlank);
}

}  // namespace

int run() {
  bool terminal = isatty(STDIN_FILENO) == 1;
  blockInterrupts();  // before any thread starts
  takeTerminal();
  // Never destroyed: the collector's worker and the session's goroutines
  // may still read its program image when run returns (the caller _exits).
  Session& session = *new Session();
  session.settings().color = terminal && isatty(STDERR_FILENO) == 1;
  std::unique_ptr<LineReader> reader =
      terminal ? makeTerminalReader([&session](const std::string& before, size_t* start) {
        return completions(session, before, start);
      })
               : makePipeReader();
  if (terminal) {
    std::string banner = "golem " GOLEM_VERSION " (Go 1.19 subset). :help lists the commands.\n";
    rt::writeStdout(banner.data(), banner.size());
    rt::flushStdout();
  }
  std::string pending;
  bool previousBlank = false;
  for (;;) {
    std::string line;
    LineReader::Result r = reader->read(pending.empty() ? kPrompt : kContinuationPrompt, line);
    if (r == LineReader::Result::Interrupted) {
      pending.clear();
      continue;
    }
    if (r == LineReader::Result::End) {
      if (!pending.empty()) session.evaluate(pending, "repl");
      break;
    }
    if (pending.empty() && line.find_first_not_of(" \t") != std::string::npos &&
        line[line.find_first_not_of(" \t")] == ':') {
      if (runCommand(session, line) == CommandResult::Quit) break;
      continue;
    }
    if (pending.empty() && isBlank(line)) continue;
    pending += pending.empty() ? line : "\n" + line;
    if (readyToEvaluate(pending, line, previousBlank)) {
      session.evaluate(pending, "repl");
      pending.clear();
      previousBlank = false;
      continue;
    }
    previousBlank = isBlank(line);
  }
  reader.reset();
  releaseTerminal();
  rt::flushStdout();
  return 0;
}

}  // namespace golem::repl
