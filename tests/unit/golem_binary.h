// The golem binary beside the running test binary, for the unit tests that
// run Go programs in a child process (a golem program ends its process when
// main returns).
#pragma once

#include <unistd.h>

#include <array>
#include <string>

namespace golem::testing_support {

inline std::string golemBinary() {
  std::array<char, 4096> self{};
  ssize_t n = readlink("/proc/self/exe", self.data(), self.size() - 1);
  if (n <= 0) return "";
  std::string path(self.data(), size_t(n));
  return path.substr(0, path.rfind('/') + 1) + "golem";
}

}  // namespace golem::testing_support
