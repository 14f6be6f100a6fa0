// Fuzz target: the parser (compiler/parser.h).
//
// Any byte string is parsed as a Go source file. parseFile promises a non-null
// File whatever the input, errors reported as diagnostics, never a crash or a
// hang; a C++ stack overflow on deeply nested input (which ASan reports) is a
// bug too: Go's parser reports such input as an error. The diagnostics are
// also formatted, as the CLI prints them, to exercise position printing and
// error sorting.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "compiler/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  golem::SourceFile src;
  src.path = "./prog.go";
  src.displayName = "./prog.go";
  src.text.assign(reinterpret_cast<const char*>(data), size);
  golem::ast::Arena arena;
  golem::Diagnostics diags;
  golem::ast::File* file = golem::parseFile(src, arena, diags);
  if (file == nullptr) abort();
  (void)diags.formatted();
  return 0;
}
