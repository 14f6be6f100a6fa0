// golem's REPL: `golem` on a terminal, or `golem repl` (see repl.cpp).
#pragma once

namespace golem::repl {

// Runs the session until :quit or the end of input; returns the exit status.
int run();

}  // namespace golem::repl
