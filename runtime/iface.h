// Interface method tables (Go's itabs) and type assertions.
//
// An itab binds one interface type to one dynamic type: fun[i] is the
// function implementing the interface's i-th method (methods sorted by
// name), taking the interface's data word as its receiver. getitab builds
// itabs from the dynamic type's method table (rt::Type::methods, filled by
// the compiler) and caches them for the life of the process under one lock;
// an itab is immutable once published.
#pragma once

#include <string>

#include "runtime/type.h"

namespace golem::rt {

// The itab for (inter, type), or nullptr when type lacks a method; then
// *missing (if given) names the first missing method.
const Itab* getitab(const Type* inter, const Type* type, std::string* missing = nullptr);

// Drops the cached itabs (and cached failures) of a dynamic type whose
// method table changed: the REPL adds and replaces methods of its types.
// Itabs already in interface values stay valid (they are never freed).
void forgetItabs(const Type* type);

// Go's panic texts for failed assertions:
//   "interface conversion: interface {} is string, not int"
//   "interface conversion: interface {} is nil, not int"
//   "interface conversion: main.T is not main.I: missing method M"
std::string assertionErrorMessage(const Type* staticIface, const Type* dynamic, const Type* wanted,
                                  const std::string& missingMethod);

}  // namespace golem::rt
