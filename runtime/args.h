// The program's command-line arguments, as os.Args sees them.
//
// The CLI records them once, before the program's package initializers run
// (os.Args is initialized from them); they are never changed afterwards, so
// reading them needs no lock. The first element is the program name
// (the CLI passes the .go file path for it, then the arguments after it).
#pragma once

#include <string>
#include <vector>

namespace golem::rt {

void setProgramArgs(std::vector<std::string> args);
const std::vector<std::string>& programArgs();

}  // namespace golem::rt
