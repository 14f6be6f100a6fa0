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

}  // namespace golem
