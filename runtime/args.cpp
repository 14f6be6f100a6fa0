// The program's command-line arguments (see args.h).
#include "runtime/args.h"

#include <utility>

namespace golem::rt {

namespace {
std::vector<std::string>& storage() {
  static std::vector<std::string> args;
  return args;
}
}  // namespace

void setProgramArgs(std::vector<std::string> args) { storage() = std::move(args); }

const std::vector<std::string>& programArgs() { return storage(); }

}  // namespace golem::rt
