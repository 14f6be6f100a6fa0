// Go's tokens, grouped as cmd/compile's syntax package groups them.
//
// The parser's error messages name tokens the way gc does ("unexpected
// newline, expecting comma or }"), and those names depend on the grouping:
// every binary or unary operator other than `*` is one token class,
// Operator, with its operator and precedence alongside; `op=` is AssignOp and
// `++`/`--` is IncOp. `*` is its own class (Star) because it is both an
// operator and the pointer-type constructor. Keeping gc's classes makes the
// messages fall out of the data instead of being special-cased.
#pragma once

#include <cstdint>

#include "compiler/ast.h"

namespace golem {

// Each token once, with its spelling as gc prints it in messages.
#define GOLEM_TOKENS(X)      \
  X(EOF_, "EOF")             \
  X(Name, "name")            \
  X(Literal, "literal")      \
  X(Operator, "op")          \
  X(AssignOp, "op=")         \
  X(IncOp, "opop")           \
  X(Assign, "=")             \
  X(Define, ":=")            \
  X(Arrow, "<-")             \
  X(Star, "*")               \
  X(Lparen, "(")             \
  X(Lbrack, "[")             \
  X(Lbrace, "{")             \
  X(Rparen, ")")             \
  X(Rbrack, "]")             \
  X(Rbrace, "}")             \
  X(Comma, ",")              \
  X(Semi, ";")               \
  X(Colon, ":")              \
  X(Dot, ".")                \
  X(DotDotDot, "...")        \
  X(Break, "break")          \
  X(Case, "case")            \
  X(Chan, "chan")            \
  X(Const, "const")          \
  X(Continue, "continue")    \
  X(Default, "default")      \
  X(Defer, "defer")          \
  X(Else, "else")            \
  X(Fallthrough, "fallthrough") \
  X(For, "for")              \
  X(Func, "func")            \
  X(Go, "go")                \
  X(Goto, "goto")            \
  X(If, "if")                \
  X(Import, "import")        \
  X(Interface, "interface")  \
  X(Map, "map")              \
  X(Package, "package")      \
  X(Range, "range")          \
  X(Return, "return")        \
  X(Select, "select")        \
  X(Struct, "struct")        \
  X(Switch, "switch")        \
  X(Type, "type")            \
  X(Var, "var")

enum class Tok : uint8_t {
#define GOLEM_TOKEN_ENUM(name, spelling) name,
  GOLEM_TOKENS(GOLEM_TOKEN_ENUM)
#undef GOLEM_TOKEN_ENUM
};

constexpr int kTokenCount = static_cast<int>(Tok::Var) + 1;
static_assert(kTokenCount <= 64, "token sets are 64-bit masks");

// The token's spelling: "EOF", "name", "(", "break", ...
const char* tokenSpelling(Tok tok);

// The operator's spelling: "+", "&^", "<-", "!", ...
const char* opSpelling(ast::Op op);

// Binary operator precedences, as in the Go spec (higher binds tighter).
enum Precedence : uint8_t {
  kPrecNone = 0,  // unary-only operators (!, ~) and non-operators
  kPrecOrOr = 1,
  kPrecAndAnd = 2,
  kPrecCmp = 3,
  kPrecAdd = 4,
  kPrecMul = 5,
};

// A set of tokens, for the parser's synchronisation sets.
constexpr uint64_t tokenBit(Tok tok) { return uint64_t{1} << static_cast<int>(tok); }

}  // namespace golem
