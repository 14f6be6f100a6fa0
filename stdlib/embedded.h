// The standard library's Go sources, embedded in the binary at build time by
// scripts/embed_stdlib.cmake. Paths are relative to stdlib/: "fmt/fmt.go".
#pragma once

#include <cstddef>
#include <string_view>

namespace golem::stdlib {

struct EmbeddedFile {
  std::string_view path;
  std::string_view text;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const size_t kEmbeddedFileCount;

}  // namespace golem::stdlib
