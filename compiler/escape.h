// Escape analysis: which variables and allocations may live in a goroutine's
// frame and which must go to the heap, decided as Go 1.19's gc decides
// (cmd/compile/internal/escape), and printed as `go build -gcflags=-m` prints.
//
// The algorithm, in short (the details are in escape_internal.h and the
// comments of escape_build.cpp and escape_solve.cpp):
//   - every local variable, parameter, result and allocation site (&T{}, new,
//     make, slice and map literals, closures, method values, string
//     conversions and concatenations, non-pointer values converted to
//     interfaces) gets a location;
//   - every assignment, explicit or implied (call arguments, returns, range,
//     closure captures), adds an edge dst <- src weighted by the dereference
//     count of the flow (&x is -1, x is 0, *x is 1) and annotated with its
//     reason, so that -m=2 explanations come out of the graph itself;
//   - functions are analysed bottom-up over the strongly connected components
//     of the static call graph (Tarjan's algorithm, closures with the function
//     that contains them); each batch ends by tagging every parameter with a
//     leak summary (to the heap, or to result N, each with its dereference
//     level) that calls from later batches use instead of the callee's body;
//   - a walk from every location finds the locations whose address reaches
//     the heap, a result, or something declared in an outer loop, with a
//     negative dereference count: those escape.
// Body-less (intrinsic) functions leak their pointer parameters to the heap,
// as Go treats body-less functions, except package fmt's, whose `...any`
// operand leaks only its content (what gc concludes from fmt's Go source).
#pragma once

#include <ostream>
#include <string>
#include <unordered_set>
#include <vector>

#include "compiler/ast.h"
#include "compiler/program.h"
#include "compiler/types.h"

namespace golem::escape {

// One -m line: "./x.go:7:9: &T{} escapes to heap" is {pos, "&T{} escapes to heap"}.
// `flow` marks the -m=2 explanation lines ("x escapes to heap:",
// "  flow: ~r0 = &x:", "    from &x (address-of) at ./x.go:6:9"), which
// level 1 omits. gc prints every line as soon as it is decided, so the order
// is the analysis order: the devirtualize pass's lines first, then batch by
// batch (within a batch parameters' summaries, then variables, then
// allocation sites in source order), the package's initializers last.
struct EscapeMessage {
  Pos pos;
  std::string text;
  bool flow = false;
};

// The decisions, for the lowering.
struct EscapeResult {
  // Variables (locals, parameters, results) that must be heap allocated:
  // "moved to heap: x".
  std::unordered_set<const types::Var*> movedToHeap;
  // Allocation sites whose storage escapes; every other site may use frame
  // storage. Keys: the &T{...} UnaryExpr (or an elided &T composite literal
  // inside another literal), new/make CallExprs, slice and map
  // CompositeLits, FuncLits, method-value SelectorExprs, string conversion
  // CallExprs and string concatenation BinaryExprs (the outermost +).
  std::unordered_set<const ast::Expr*> heapSites;
  // Operands of conversions to an interface that need a heap copy of their
  // value (the converted expression itself is the key).
  std::unordered_set<const ast::Expr*> heapConversions;
  // And those whose copy may live in the frame (each conversion the analysis
  // saw is in exactly one of the two sets).
  std::unordered_set<const ast::Expr*> stackConversions;
  // Calls of variadic functions whose implicit `...` slice escapes.
  std::unordered_set<const ast::CallExpr*> heapVariadicSlices;
  // Variables captured by value by the closures that refer to them (all
  // other captured variables are captured by reference).
  std::unordered_set<const types::Var*> capturedByValue;
  // Local arrays and slices whose elements nothing reads: their element
  // stores are dead, and the lowering drops them (gc's dead auto
  // elimination; escape_deadstore.cpp).
  std::unordered_set<const types::Var*> writeOnlyArrays;
  // The main package's -m messages, in the order gc prints them.
  std::vector<EscapeMessage> messages;
};

// Analyses every package of the checked program (imported packages first,
// so their functions' summaries serve the main package). `diagLevel` is the
// -m level: 0 collects no messages, 1 the -m lines, 2 also the flow
// explanations.
EscapeResult analyzeEscapes(const Program& prog, int diagLevel);

// Prints what `go build -gcflags='-m -l'` (level 1) or `-m=2 -l` (level 2)
// prints for the program's main package, without the
// "# command-line-arguments" header line.
void printEscapeDiagnostics(const Program& prog, int level, std::ostream& out);

// The same lines as strings, one per -m line (level 2 includes the flow
// explanations), for tests.
std::vector<std::string> escapeDiagnosticLines(const EscapeResult& result, int level);

}  // namespace golem::escape
