// The Go parser: tokens to the AST of compiler/ast.h.
//
// See parser.cpp for the algorithm, the error recovery and the positions.
#pragma once

#include <string>

#include "compiler/ast.h"
#include "compiler/source.h"

namespace golem {

// Parses one Go source file. Nodes are allocated in `arena`. Lexical and
// syntax errors go to `diags`, in cmd/compile's (Go 1.19) wording and
// positions; the returned File is never null and holds whatever could be
// parsed, even after errors. Never crashes or hangs, whatever the input.
ast::File* parseFile(const SourceFile& src, ast::Arena& arena, Diagnostics& diags);

// An expression as cmd/compile prints it in messages (its syntax package's
// short form): "x + y", "f(a, b...)", "[]int{…}", "func(x int) string {…}",
// "struct{a int; b string}". Parentheses are printed where the source has them.
std::string exprString(const ast::Expr* x);

}  // namespace golem
