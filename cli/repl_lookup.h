// Names the REPL's commands take (:doc, :bytecode): resolving `f`, `T.M`,
// `pkg`, `pkg.Name` and `pkg.T.M` to what they denote, and describing a
// declaration as :doc prints it — its Go signature, then the comment written
// above it in the source (the stdlib's doc comments).
#pragma once

#include <string>

#include "cli/repl_session.h"

namespace golem::repl {

struct Found {
  types::Object* obj = nullptr;  // a session or package member, or a method
  types::Package* pkg = nullptr; // the name is a package
};

// What the dotted name denotes; both fields nullptr when nothing.
Found lookupName(Session& session, const std::string& dotted);

// :doc's text for what lookupName found.
std::string describe(const Found& found);

}  // namespace golem::repl
