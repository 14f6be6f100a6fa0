// Fuzz target: the type checker (compiler/check.h).
//
// The input is parsed as one Go file; when it parses without errors, it is
// type-checked as package main. Only the package "unsafe" can be imported:
// loading the embedded stdlib for every input would spend most of the time
// checking fmt again, and the whole pipeline with imports is fuzz_compile's
// job. The seed corpus (scripts/fuzz.sh) is therefore tests/go with the fmt
// import removed and fmt.Print* calls turned into println.
//
// Checked invariants: checkPackage returns false exactly when it reported an
// error (a bad program is always a compile error, never a silent failure),
// and no crash, hang or memory error whatever the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/check.h"
#include "compiler/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  golem::SourceFile src;
  src.path = "./prog.go";
  src.displayName = "./prog.go";
  src.text.assign(reinterpret_cast<const char*>(data), size);
  golem::ast::Arena arena;
  golem::Diagnostics diags;
  golem::ast::File* file = golem::parseFile(src, arena, diags);
  if (diags.hasErrors()) return 0;

  golem::types::Universe universe;
  auto* pkg = universe.make<golem::types::Package>();
  pkg->path = "main";
  golem::PackageImporter importOnlyUnsafe = [&](const std::string& path, golem::Pos at) -> golem::types::Package* {
    if (path == "unsafe") return universe.unsafePkg;
    diags.error(at, "package " + path + " is not in GOROOT");
    return nullptr;
  };
  bool ok = golem::checkPackage(universe, pkg, {file}, importOnlyUnsafe, diags);
  if (ok == diags.hasErrors()) abort();
  (void)diags.formatted();
  return 0;
}
