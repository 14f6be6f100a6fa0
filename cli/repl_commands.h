// The REPL's commands: a line starting with ':' (see kCommands in
// repl_commands.cpp for the list and what each does).
#pragma once

#include <string>
#include <vector>

#include "cli/repl_session.h"

namespace golem::repl {

enum class CommandResult { Continue, Quit };

CommandResult runCommand(Session& session, const std::string& line);

// The command names (":help", ...), for completion.
std::vector<std::string> commandNames();

}  // namespace golem::repl
