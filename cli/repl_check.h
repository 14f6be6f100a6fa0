// Checking a REPL unit into the session's package main.
//
// Three things make a unit's check differ from a file's:
//   * Declaring a name again replaces it. Before the check, the names the
//     unit declares are taken out of package main's scope, and the methods
//     it declares out of their (existing) type, so the checker sees no
//     redeclaration.
//   * Expression statements print their values: at the top level of the
//     statement functions, `e` becomes `__golem_show(e)` (the prelude's
//     fmt.Println). Which calls have values is known only after checking,
//     so a first check wraps only what is not a call; if some call has
//     results — or is a conversion or a built-in, which Go rejects as a
//     statement ("is not used") — the scope is restored and the unit
//     checked again with those calls wrapped too. The results of fmt's
//     Print functions (a count and an error) are not printed.
//   * "declared but not used" and "imported and not used" are no errors.
// A unit that fails leaves the scope exactly as it found it: a snapshot of
// its names and of the method lists of its types is put back.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cli/repl_unit.h"
#include "compiler/program.h"

namespace golem::repl {

// What expression statements print through; the session's prelude declares it.
constexpr const char* kShowFunc = "__golem_show";

struct CheckedUnit {
  ast::File* file = nullptr;
  std::vector<ast::FuncDecl*> statementFuncs;  // in the order they run
};

class UnitChecker {
 public:
  // The scope of package main as it is at one moment.
  struct Snapshot {
    std::map<std::string, types::Object*> names;
    std::vector<std::pair<types::Named*, std::vector<types::Func*>>> methods;
  };

  UnitChecker(Program& prog, IncrementalLoader& loader) : prog_(prog), loader_(loader) {}

  // Checks the unit into package main. On failure `errors` holds what to
  // report and the scope is as before.
  bool check(const Unit& unit, CheckedUnit& out, Diagnostics& errors);

  Snapshot snapshot() const;
  void restore(const Snapshot& s);

 private:
  // A statement's position in its unit: the same in every parse of it.
  using LineCol = std::pair<int, int>;
  bool checkOnce(const Unit& unit, const std::vector<LineCol>& valueCalls, CheckedUnit& out, Diagnostics& errors);
  void forgetRedeclared(ast::File* file);
  void wrapExpressionStatements(const CheckedUnit& unit, const std::vector<LineCol>& valueCalls);
  std::vector<LineCol> callsWithValues(const CheckedUnit& unit, Diagnostics& errors) const;

  Program& prog_;
  IncrementalLoader& loader_;
};

// The expression the only statement of a checked unit is (unwrapped from
// its printing), or nullptr: what :type describes.
ast::Expr* expressionOf(const CheckedUnit& unit);

}  // namespace golem::repl
