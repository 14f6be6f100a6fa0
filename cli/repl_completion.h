// Tab completion in the REPL: the candidates for the word before the cursor.
//
// A word starting a line with ':' completes to a command. A word `x.y`
// completes y among the exported members of package x (an import of the
// session or any stdlib package, loaded for the purpose), or among the
// fields and methods of the session variable x. Any other word completes to
// a name of the session, a predeclared name, a keyword or a package name.
// Names the REPL generates (__golem...) are never offered.
#pragma once

#include <string>
#include <vector>

#include "cli/repl_session.h"

namespace golem::repl {

// The candidates, sorted, for the word ending `beforeCursor`; *wordStart
// receives the offset where that word begins.
std::vector<std::string> completions(Session& session, const std::string& beforeCursor, size_t* wordStart);

}  // namespace golem::repl
