// Pruning: dropping the bodies of standard-library functions a program
// cannot call, before they are type-checked and lowered.
//
// A script that imports fmt pulls in fmt, strconv, unicode, io, os, ...:
// thousands of lines, most of which it never runs, and checking and lowering
// them was most of golem's start-up time. The pass decides by name, from the
// identifiers the parser recorded (ast::FuncDecl::bodyIdents,
// ast::File::topLevelIdents), which is conservative and needs no types:
//
//   roots     every identifier of package main, every identifier outside
//             function bodies in every package (types, constants, variable
//             initializers with effects; not the method names of interface
//             types, since
//             declaring a method calls nothing), the bodies of init
//             functions, and the methods the VM calls itself (Error, String,
//             Format, GoString, RuntimeError, matched by parameter count);
//   closure   when a name is reached, every standard-library function and
//             method of that name is reached, and so are the names in its
//             body.
// Package-level variables of the library whose initializers can have no
// effect (no function or effectful builtin named: composite literals,
// constants, conversions, such as unicode's range tables) join the closure
// the same way: kept, and their initializers walked, only when one of their
// names is reached; the others are removed from their declarations.
// A function whose name is never reached cannot be called: no call, method
// value, method expression or interface method call can name it. Its body is
// dropped (bodyElided); the checker then sees a declaration without body and
// the lowerer binds it to a stub that fails loudly if that reasoning were
// ever wrong. Method tables still list every method, so interface
// satisfaction is unchanged.
//
// Only whole programs are pruned (golem run/build); the REPL keeps every body,
// since a later input may call anything.
#pragma once

#include <vector>

#include "compiler/ast.h"

namespace golem {

// `mainFiles` are package main's files; `libraryPackages` the files of each
// other package. Returns the number of bodies dropped.
size_t elideUnreachableBodies(const std::vector<ast::File*>& mainFiles,
                              const std::vector<std::vector<ast::File*>>& libraryPackages);

}  // namespace golem
