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

#include "compiler/program.h"
#include "vm/proto.h"

namespace golem {

// Compiles every package of a checked program. Returns nullptr (with
// diagnostics) only for programs using features the VM does not run yet.
std::unique_ptr<vm::Image> lowerProgram(Program& prog, Diagnostics& diags);

}  // namespace golem
