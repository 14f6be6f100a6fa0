// Lowering: checked AST -> register bytecode (vm/opcodes.h).
//
// One Proto per function, function literal and package initializer. Each Go
// variable gets a fixed run of frame words (a Frame location), or, when its
// address is taken or a closure captures it, a heap cell whose pointer sits
// in a frame word (a Boxed location); package-level variables live in the
// global segment. Until escape analysis lands, "address taken or captured"
// is the (conservative) rule for boxing, so no pointer ever points into a
// goroutine stack.
//
// Temporaries are allocated per statement and recycled by shape (the pointer
// bits of their words), so every frame word keeps one static type and the
// function's pointer map (Proto::pointerMap) is exact.
#pragma once

#include <memory>
#include <vector>

#include "compiler/program.h"
#include "vm/proto.h"

namespace golem {

// Compiles every package of a checked program. Returns nullptr (with
// diagnostics) only for programs using features the VM does not run yet.
std::unique_ptr<vm::Image> lowerProgram(Program& prog, Diagnostics& diags);

// Lowering for the REPL (compiler/lower_incremental.cpp): one Image grows as
// the session's units are checked (see IncrementalLoader in program.h).
class IncrementalLowerer {
 public:
  IncrementalLowerer(Program& prog, vm::Image& image);
  ~IncrementalLowerer();
  // Lowers the packages the program gained since the last call and the
  // functions of package main's last unit. `run` receives what to execute
  // first, in order: the new packages' initializers, then the unit's.
  bool lowerUnit(Diagnostics& diags, std::vector<const vm::Proto*>& run);
  // The Proto of a function lowered so far, or nullptr.
  const vm::Proto* protoOf(const types::Func* fn) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace golem
