// Fuzz target: the whole pipeline up to bytecode, nothing executed.
//
// The input is the main file of a program: loadProgramFromSource parses and
// checks it and the stdlib packages it imports, lowerProgram compiles every
// package to bytecode, and the bytecode is disassembled (as -gcflags=-S
// does), which walks every instruction and operand.
//
// Checked invariants: each phase fails only with a diagnostic (every bad
// program is a compile error), and no crash, hang or memory error whatever
// the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "compiler/lower.h"
#include "compiler/program.h"
#include "vm/proto.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  golem::Program prog;
  golem::Diagnostics diags;
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!golem::loadProgramFromSource(prog, "./prog.go", std::move(text), diags)) {
    if (!diags.hasErrors()) abort();
    (void)diags.formatted();
    return 0;
  }
  auto image = golem::lowerProgram(prog, diags);
  if (!image) {
    if (!diags.hasErrors()) abort();
    return 0;
  }
  std::string listing;
  golem::vm::disassemble(*image, listing);
  return 0;
}
