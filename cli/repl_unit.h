// One REPL input as a Go source file of package main (a "unit"), and the
// way back from the file's positions to the input's.
//
// Layout of a unit:
//   line 1   the package clause and the session's imports;
//   then     the input's pieces, in order, except that its import
//            declarations come first (Go wants them before anything else):
//            declarations stay at package level; each run of consecutive
//            statements goes inside a generated function
//            __golem_run<unit>_<k>, whose top-level variables the checker
//            makes package-level session variables
//            (ast::FuncDecl::sessionStatements).
// Every piece starts on a line of its own, indented with spaces to the
// column it had in the input, so a column in the unit is the user's column
// and every line of the unit comes from one line of the input: a table maps
// them. Messages name the unit by a generated file name ("<unit7>"), which
// PositionMap rewrites to the user's name with the user's line.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cli/repl_input.h"

namespace golem::repl {

struct Unit {
  std::string fileName;  // generated: "<unit7>"
  std::string userName;  // how the input is named to the user: "repl", "./x.go"
  std::string text;
  std::vector<int> userLines;  // the input's line for each of the unit's lines
  std::vector<std::string> statementFuncs;  // the generated functions, in order
  int userLineOf(int line) const;
};

// The name by which the unit's statement functions are recognised.
constexpr const char* kStatementFuncPrefix = "__golem_run";

Unit buildUnit(int number, const std::string& userName, const std::string& input, const InputPieces& pieces,
               const std::vector<ImportSpec>& imports);

// Every unit's way back to the user's positions.
class PositionMap {
 public:
  void add(const Unit& unit);
  // "<unit7>:3:5: x" -> "repl:2:5: x", wherever a unit's position occurs.
  std::string rewrite(const std::string& text) const;
  // The user's file and line for a line of a generated file; false when the
  // file is no unit.
  bool translate(const std::string& file, int line, std::string* userName, int* userLine) const;

 private:
  struct Entry {
    std::string userName;
    std::vector<int> userLines;
  };
  std::map<std::string, Entry> units_;
};

}  // namespace golem::repl
