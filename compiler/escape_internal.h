// The data-flow graph of escape analysis, shared by its three parts:
// escape_build.cpp (AST -> locations and edges), escape_solve.cpp (batches,
// the walk, leak summaries, decisions) and escape_print.cpp (gc's spelling
// of expressions, types and flow explanations).
//
// Vocabulary, as in cmd/compile/internal/escape:
//   location  a variable or an allocation; incoming edges say what flows in.
//   edge      "dst = *^derefs src" (derefs -1 means dst = &src), with notes.
//   hole      the context an expression is evaluated into: a destination
//             location plus a dereference count; evaluating `&e` into hole
//             k evaluates e into k.addr(), `*e` into k.deref().
//   leaks     a parameter's summary: the fewest dereferences with which its
//             value reaches the heap, and each of the first 7 results.
// Invariants: derefs >= -1 on every edge and hole; a location whose
// `escapes` is set never gets incoming edges again (flows of its address go
// straight to the heap); the heap location escapes from the start.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/escape.h"

namespace golem::escape {

constexpr int kNumEscResults = 7;
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;      // explicit variables
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;     // new, &T{}, make, closures

// Per-parameter leak summary; each entry is derefs+1, 0 meaning "no flow".
struct Leaks {
  uint8_t v[1 + kNumEscResults] = {};
  int heap() const { return int(v[0]) - 1; }
  int result(int i) const { return int(v[1 + i]) - 1; }
  void addHeap(int derefs) { add(0, derefs); }
  void addResult(int i, int derefs) { add(1 + i, derefs); }
  bool empty() const {
    for (uint8_t x : v)
      if (x) return false;
    return true;
  }
  // Drops result flows no shorter than the heap flow: they add nothing.
  void optimize() {
    if (int h = heap(); h >= 0)
      for (int i = 0; i < kNumEscResults; i++)
        if (result(i) >= h) v[1 + i] = 0;
  }

 private:
  void add(int i, int derefs) {
    int old = int(v[i]) - 1;
    if (old < 0 || derefs < old) v[i] = uint8_t(std::min(derefs + 1, 255));
  }
};

// What an explanation note or a message points at: an expression or a
// statement of the checked AST.
struct NodeRef {
  const ast::Expr* expr = nullptr;
  const ast::Stmt* stmt = nullptr;
};

struct Note {
  const Note* next;
  NodeRef where;
  const char* why;
};

struct Function;
struct Location;

struct Edge {
  Location* src;
  int derefs;
  const Note* notes;
};

enum class LocKind : uint8_t {
  Heap,
  Blank,
  Var,   // a local variable, parameter or result
  Site,  // an allocation made by an expression
  Temp,  // an unnamed temporary (tee holes, range operands, go/defer copies)
};

// The kinds of allocation sites, for HeapAllocReason's rules.
enum class SiteKind : uint8_t { Other, New, PtrLit, MakeSlice, Closure, MethodValue, Conversion, VariadicSlice };

struct Location {
  LocKind kind;
  const types::Var* var = nullptr;  // kind == Var
  const ast::Expr* site = nullptr;  // kind == Site: the expression (see EscapeResult)
  SiteKind siteKind = SiteKind::Other;
  std::string label;  // how gc prints the node ("&T{...}", "x")
  Pos pos;            // where gc reports it
  Function* fn = nullptr;
  std::vector<Edge> edges;  // incoming
  int loopDepth = 0;
  int resultIndex = 0;  // 1-based for results, else 0
  bool isParam = false;

  // walk state
  int derefs = 0;
  uint32_t walkgen = 0;
  Location* dst = nullptr;
  int dstEdgeIdx = 0;
  bool queued = false;

  bool escapes = false;
  bool transient = false;
  Leaks paramEsc;
  bool captured = false;
  bool reassigned = false;
  bool addrtaken = false;
  // For closure and method-value sites, the size of the closure record
  // (decided after captures are known).
  int64_t closureSize = 0;
};

struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  const Note* notes = nullptr;
  bool addrtaken = false;

  Hole shift(int delta) const {
    Hole k = *this;
    k.derefs += delta;
    k.addrtaken = delta < 0;
    return k;
  }
};

// A function being analysed: a declaration or a function literal.
enum class FuncState : uint8_t { Unknown, Planned, Started, Tagged };

struct Function {
  const ast::FuncDecl* decl = nullptr;
  const ast::FuncLit* lit = nullptr;
  Function* outer = nullptr;  // for literals, the enclosing function
  const types::Signature* sig = nullptr;
  std::string name;  // gc's name: "f", "(*T).m", "f.func1"
  FuncState state = FuncState::Unknown;
  bool closureCalled = false;  // a literal called where it is written
  int closureCount = 0;        // literals numbered so far (for their names)
  // Receiver (if any) then parameters; nullptr for unnamed ones.
  std::vector<const types::Var*> params;
  std::vector<const types::Var*> results;
  std::vector<Leaks> tags;  // parallel to params, once tagged
  const ast::BlockStmt* body() const;
  // Variables declared in the body (not in nested literals), in order.
  std::vector<const types::Var*> locals;
  std::vector<const ast::FuncLit*> literals;  // nested literals, in order
};

// Analysis-wide state: the functions, the result, and the message sink.
struct Analysis {
  const Program* prog = nullptr;
  int diagLevel = 0;
  EscapeResult result;
  std::unordered_map<const void*, std::unique_ptr<Function>> functions;  // key: FuncDecl* or FuncLit*
  std::deque<Note> notes;
  // For each literal, the first reference inside it to each variable it
  // captures: where gc's closure variable is, for -m=2 notes.
  std::unordered_map<const ast::FuncLit*, std::unordered_map<const types::Var*, const ast::Expr*>> captureUses;
  // Call-graph successors of each scanned function, in source order.
  std::unordered_map<Function*, std::vector<Function*>> successors;
  // Local variables initialized by their declaration (x := e, var x = e),
  // for gc's StaticValue: a never-reassigned func variable names its callee.
  std::unordered_map<const types::Var*, const ast::Expr*> definitions;
  const types::Package* currentPkg = nullptr;
  // Write-only arrays (escape_deadstore.cpp): the local arrays and fresh
  // slices declared in bodies, and the references that only store into their
  // elements or take their length.
  std::unordered_set<const types::Var*> declaredArrays;
  std::unordered_set<const ast::Ident*> storeOrLengthUses;
  // "devirtualizing x.m to T": gc's devirtualize pass prints these before
  // escape analysis starts, so they lead the output.
  std::unordered_set<const ast::CallExpr*> devirtualized;
  std::vector<EscapeMessage> devirtualizations;
  bool reporting() const { return diagLevel > 0 && currentPkg && currentPkg->path == "main"; }
  Function* functionFor(const ast::FuncDecl* d);
  Function* functionFor(const ast::FuncLit* l, Function* outer);
  void message(Pos pos, std::string text, bool flow = false) {
    if (reporting()) result.messages.push_back({pos, std::move(text), flow});
  }
};

// The graph of one batch.
struct Batch {
  explicit Batch(Analysis& an) : a(an) {
    heapLoc.kind = LocKind::Heap;
    heapLoc.escapes = true;
    blankLoc.kind = LocKind::Blank;
  }
  Analysis& a;
  std::deque<Location> allLocs;  // creation order; addresses are stable
  Location heapLoc, blankLoc;
  std::unordered_map<const types::Var*, Location*> varLocs;
  // Closures whose captured variables are flowed once every body is walked
  // (only then is it known whether each is reassigned or address-taken).
  struct Closure {
    Hole k;                                   // the closure record's hole
    Location* site;                           // the closure's location
    std::vector<Location*> captured;          // locations of captured variables
    std::vector<const types::Type*> types;    // their types
    std::vector<const types::Var*> vars;      // nullptr for go/defer temporaries
    std::vector<const ast::Expr*> uses;       // first use of each inside the literal (gc's closure variable)
  };
  std::vector<Closure> closures;
  Hole heapHole() { return Hole{&heapLoc}; }
  Hole discardHole() { return Hole{&blankLoc}; }
  Hole note(Hole k, NodeRef where, const char* why) {
    if (a.diagLevel >= 2) {
      a.notes.push_back(Note{k.notes, where, why});
      k.notes = &a.notes.back();
    }
    return k;
  }
  void flow(Hole k, Location* src);
};

// escape_build.cpp: runs one batch (a strongly connected component).
void analyzeBatch(Analysis& a, const std::vector<Function*>& fns);

// gc's StaticValue: the expression a never-reassigned local was
// initialized with (followed through chains of such locals), else e.
const ast::Expr* staticValue(const Analysis& a, const ast::Expr* e);
// gc's devirtualize pass: for x.m() through an interface whose static value
// is a conversion from concrete type T, T (else nullptr); the call becomes
// T's own method m (declaredMethod), or stays dynamic through an embedded
// interface field that has m (embedsInterfaceWith).
const types::Type* devirtualizedType(const Analysis& a, const ast::SelectorExpr* s);
const types::Func* declaredMethod(const types::Type* t, const std::string& name);
bool embedsInterfaceWith(const types::Type* t, const std::string& name);

// escape_build.cpp: the package's variable initializers (gc's init function).
void analyzePackageInit(Analysis& a, const types::Package* pkg);

// escape_solve.cpp: the walk, the tags and the decisions of one batch.
void solveBatch(Batch& b, const std::vector<Function*>& fns);

// escape_print.cpp: gc's spelling.
std::string typeLabel(const types::Type* t);
std::string exprLabel(const ast::Expr* e);
std::string stmtLabel(const ast::Stmt* s);
std::string nodeLabel(NodeRef r);
Pos nodePos(NodeRef r);
// gc's position of an expression node: calls at '(', literals at '{',
// binary expressions at the operator, selectors at the '.'.
Pos exprPos(const ast::Expr* e);
std::string locationLabel(const Location* l);  // "{heap}", "x", "{storage for &T{}}"
// Appends the -m=2 lines for one edge dst <- src: "   flow: dst = &src:"
// and one "     from <where> (<why>) at <pos>" per note (each line is
// printed after "<pos>:").
void explainFlow(std::vector<std::string>& out, const Location* dst, const Location* src, int derefs, const Note* notes);

// Write-only arrays (escape_deadstore.cpp): the scan notes declarations,
// element stores and len/cap uses; findWriteOnlyArrays decides once every
// function is scanned.
void noteDeclaredArray(Analysis& a, const types::Var* v, const ast::Expr* init);
void noteElementStores(Analysis& a, const ast::AssignStmt* s);
void noteLengthUse(Analysis& a, const ast::CallExpr* c);
void findWriteOnlyArrays(Analysis& a);

// Shared type facts.
bool isDirectIface(const types::Type* t);
const ast::Expr* unparen(const ast::Expr* e);

}  // namespace golem::escape
