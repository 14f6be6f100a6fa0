// A whole program: the main package and every package it imports, parsed
// and type-checked, ready for the later passes.
//
// The main file comes from disk (or from a string, for tests and the REPL);
// imported packages come from the stdlib sources embedded in the binary
// (stdlib/embedded.h). Loading happens in two phases, as the go command and
// gc do: first every file of every imported package is found and parsed
// (a missing package or a syntax error stops everything there), then the
// packages are type-checked in dependency order, imported packages first.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/source.h"
#include "compiler/types.h"

namespace golem {

struct Program {
  types::Universe universe;
  ast::Arena arena;
  std::vector<std::unique_ptr<SourceFile>> sources;
  std::vector<types::Package*> packages;  // dependency order: imported packages first, main last
  types::Package* mainPackage = nullptr;
};

// Reads, parses and checks the program whose main file is mainPath (as given
// on the command line). Returns false with diags filled on any error.
bool loadProgram(Program& prog, const std::string& mainPath, Diagnostics& diags);

// The same, with the main file's text given; displayName is how positions in
// it print ("./prog.go").
bool loadProgramFromSource(Program& prog, const std::string& displayName, std::string text, Diagnostics& diags);

// Loading for the REPL: package main grows one source file (a unit) at a
// time, and its scope persists, so each unit sees what earlier ones
// declared (and may add methods to their types). Package main is kept out
// of prog.packages, which lists the imported packages in load order.
class IncrementalLoader {
 public:
  explicit IncrementalLoader(Program& prog);
  ~IncrementalLoader();
  // Parses a unit; nullptr after syntax errors.
  ast::File* parseUnit(const std::string& displayName, std::string text, Diagnostics& diags);
  // Loads the packages the unit imports (and package runtime) if they are
  // not loaded yet, then checks the unit into package main. The main
  // package's lists (funcs, globals, init functions and order) hold this
  // unit's only. On failure the scope keeps what the unit added: the caller
  // restores it.
  bool checkUnit(ast::File* unit, Diagnostics& diags);
  // Loads a stdlib package and its imports; nullptr when there is no such package.
  types::Package* loadPackage(const std::string& path, Diagnostics& diags);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Program& prog_;
};

}  // namespace golem
