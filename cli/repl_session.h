// The REPL's session: one Go program that grows with every input, and the
// goroutines that run it (see repl.cpp for the whole design).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/repl_check.h"
#include "cli/repl_input.h"
#include "cli/repl_unit.h"
#include "compiler/lower.h"
#include "compiler/program.h"
#include "vm/proto.h"

namespace golem::repl {

struct Settings {
  int escapeLevel = 0;   // :m — print -gcflags=-m's lines for each input
  bool timing = false;   // :time
  bool gctrace = false;  // :gctrace
  bool color = false;    // errors in red (stderr is a terminal)
};

class Session {
 public:
  // Starts the session's scheduler and compiles its prelude.
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Compiles and runs one input; prints the values of its expression
  // statements, its compile errors or its panic. `userName` names the input
  // in messages ("repl", or the file :load read).
  void evaluate(const std::string& input, const std::string& userName);
  // :type — prints the type of an expression, which is not run.
  void printType(const std::string& expr);
  // Forgets every name (values stay where goroutines still use them).
  void reset();
  Settings& settings() { return settings_; }

  // For :doc, :bytecode and completion.
  Program& program() { return prog_; }
  types::Package* mainPackage() const { return prog_.mainPackage; }
  // The package that `name` imports in the session, or the stdlib package
  // of that name (loaded if needed); nullptr when there is none.
  types::Package* packageNamed(const std::string& name);
  // The stdlib's packages, each with its name ("utf8", "unicode/utf8").
  const std::vector<ImportSpec>& stdlibPackages() const { return stdlib_; }
  const vm::Proto* protoOf(const types::Func* fn) const { return lowerer_.protoOf(fn); }
  const vm::Image& image() const { return image_; }
  // Prints an error to stderr (red on a terminal), or a note.
  void printError(const std::string& text) const;
  void printNote(const std::string& text) const;

 private:
  std::vector<ImportSpec> importsFor(const InputPieces& pieces) const;
  void commitImports(const std::vector<ImportSpec>& used);
  // Builds and checks the unit of an input; prints its errors.
  bool compile(const std::string& input, const std::string& userName, CheckedUnit& out,
               std::vector<ImportSpec>* imports);
  void printDiagnostics(const Diagnostics& diags) const;
  void printEscapes();
  void mapPositions(size_t firstProto);
  std::vector<const vm::Proto*> runList(const CheckedUnit& unit, std::vector<const vm::Proto*> initializers) const;
  void run(const std::vector<const vm::Proto*>& fns);

  Settings settings_;
  Program prog_;
  IncrementalLoader loader_;
  vm::Image image_;
  IncrementalLowerer lowerer_;
  UnitChecker checker_;
  PositionMap positions_;
  std::vector<ImportSpec> imports_;  // the session's, imported by every unit
  std::vector<ImportSpec> stdlib_;
  int units_ = 0;
};

}  // namespace golem::repl
