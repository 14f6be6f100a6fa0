// Compiling a Go source text to a program image inside a unit test, and
// finding a function in it (the bytecode and stack map tests).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "compiler/lower.h"
#include "compiler/program.h"
#include "vm/proto.h"

namespace golem {

inline std::unique_ptr<vm::Image> compile(Program& prog, const std::string& src) {
  Diagnostics diags;
  if (!loadProgramFromSource(prog, "./prog.go", src, diags)) {
    ADD_FAILURE() << "check failed: " << (diags.formatted().empty() ? "" : diags.formatted()[0]);
    return nullptr;
  }
  auto image = lowerProgram(prog, diags);
  if (!image) ADD_FAILURE() << "lowering failed: " << diags.formatted()[0];
  return image;
}

inline const vm::Proto* findProto(const vm::Image& image, const std::string& name) {
  for (auto& p : image.protos)
    if (p->name == name) return p.get();
  return nullptr;
}

}  // namespace golem
