// The abstract syntax tree of a Go source file.
//
// The node set mirrors Go's go/ast package (same names, same fields where they
// make sense in C++), so a reader who knows go/ast knows this file. Nodes live
// in an Arena owned by the File (or by the Program for stdlib packages) and
// are referenced by raw pointers; nothing is freed before compilation ends.
//
// The parser fills the syntactic fields. The type checker (check.h) then fills
// the fields marked "checker:" in place, and every later pass (escape, lower)
// reads only checked trees. Invariant after a successful check: every Expr
// that denotes a value has `type` set; every constant expression has
// `constant` set and `type` is its final (possibly defaulted) type; every
// Ident that refers to something has `obj` set.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "compiler/source.h"

namespace golem::types {
struct Type;
struct Object;
struct Var;
struct Func;
struct Scope;
struct Package;
struct Selection;
}  // namespace golem::types

namespace golem {
class ConstValue;
}

namespace golem::ast {

// ---------------------------------------------------------------------------
// Expressions

enum class ExprKind : uint8_t {
  Bad,
  Ident,
  BasicLit,
  CompositeLit,
  FuncLit,
  Paren,
  Selector,
  Index,
  Slice,
  TypeAssert,
  Call,
  Star,  // *x: dereference or pointer type
  Unary,
  Binary,
  KeyValue,
  Ellipsis,  // ...T in a parameter list, or [...]T array length
  // type expressions
  ArrayType,  // [N]T, [...]T (len is Ellipsis) or []T (len == nullptr)
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
};

// How an expression may be used, as recorded by the checker (go/types'
// operand modes).
enum class Mode : uint8_t {
  Invalid,
  NoValue,   // a call of a function without results
  Builtin,   // a built-in function name (len, append, ...)
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant; `constant` is set
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable; comma-ok allowed
  Value,     // any other value
  CommaOk,   // a value that may also yield a second bool (x.(T), <-c)
};

struct Expr {
  ExprKind kind;
  Pos pos;  // position of the expression's first token (Go's error position)
  // checker:
  Mode mode = Mode::Invalid;
  types::Type* type = nullptr;          // final type (for constants: after defaulting/conversion)
  const ConstValue* constant = nullptr;  // set iff mode == Constant

  explicit Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Expr() = default;
};

struct BadExpr : Expr {
  explicit BadExpr(Pos p) : Expr(ExprKind::Bad, p) {}
};

struct Ident : Expr {
  std::string name;
  types::Object* obj = nullptr;  // checker: what the name refers to (nullptr for "_")
  bool selected = false;  // the Sel of a selector x.Sel (compiler/prune.h)
  Ident(Pos p, std::string n) : Expr(ExprKind::Ident, p), name(std::move(n)) {}
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };

struct BasicLit : Expr {
  LitKind lit;
  std::string value;  // the literal's source text, e.g. "0x1F", "'a'", "`raw`"
  BasicLit(Pos p, LitKind k, std::string v) : Expr(ExprKind::BasicLit, p), lit(k), value(std::move(v)) {}
};

struct CompositeLit : Expr {
  Expr* typeExpr = nullptr;  // may be nullptr for elided types inside another literal
  std::vector<Expr*> elts;   // elements; KeyValue for keyed elements
  Pos lbrace, rbrace;
  CompositeLit(Pos p) : Expr(ExprKind::CompositeLit, p) {}
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  FuncType* funcType;
  BlockStmt* body;
  // checker: the variables of enclosing functions this literal refers to, in
  // order of first use (Go's closure variables).
  std::vector<types::Var*> captures;
  FuncLit(Pos p, FuncType* t, BlockStmt* b) : Expr(ExprKind::FuncLit, p), funcType(t), body(b) {}
};

struct ParenExpr : Expr {
  Expr* x;
  ParenExpr(Pos p, Expr* e) : Expr(ExprKind::Paren, p), x(e) {}
};

struct SelectorExpr : Expr {
  Expr* x;
  Ident* sel;
  // checker: what x.sel selects (field path, method, or package member).
  // nullptr when x is a package name (then sel->obj is the member).
  types::Selection* selection = nullptr;
  SelectorExpr(Pos p, Expr* e, Ident* s) : Expr(ExprKind::Selector, p), x(e), sel(s) {}
};

struct IndexExpr : Expr {
  Expr* x;
  Expr* index;
  Pos lbrack;
  IndexExpr(Pos p, Expr* e, Expr* i) : Expr(ExprKind::Index, p), x(e), index(i) {}
};

struct SliceExpr : Expr {
  Expr* x;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;
  SliceExpr(Pos p, Expr* e) : Expr(ExprKind::Slice, p), x(e) {}
};

struct TypeAssertExpr : Expr {
  Expr* x;
  Expr* typeExpr;  // nullptr means x.(type) in a type switch
  TypeAssertExpr(Pos p, Expr* e, Expr* t) : Expr(ExprKind::TypeAssert, p), x(e), typeExpr(t) {}
};

// What a CallExpr turned out to be, decided by the checker.
enum class CallKind : uint8_t { Unknown, Call, Conversion, Builtin };

enum class BuiltinId : uint8_t {
  None,
  Append,
  Cap,
  Clear,  // not in Go 1.19; kept so the checker can say so
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe
  Sizeof,
  Alignof,
  Offsetof,
};

struct CallExpr : Expr {
  Expr* fun;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(xs...)
  Pos lparen, rparen, ellipsis;
  // checker:
  CallKind callKind = CallKind::Unknown;
  BuiltinId builtin = BuiltinId::None;
  CallExpr(Pos p, Expr* f) : Expr(ExprKind::Call, p), fun(f) {}
};

struct StarExpr : Expr {
  Expr* x;
  StarExpr(Pos p, Expr* e) : Expr(ExprKind::Star, p), x(e) {}
};

// Token values used by UnaryExpr, BinaryExpr, AssignStmt and IncDecStmt; the
// spelling is in compiler/token.h.
enum class Op : uint8_t {
  None,
  Add, Sub, Mul, Quo, Rem,            // + - * / %
  And, Or, Xor, Shl, Shr, AndNot,     // & | ^ << >> &^
  LAnd, LOr,                          // && ||
  Arrow,                              // <-
  Inc, Dec,                           // ++ --
  Eql, Neq, Lss, Leq, Gtr, Geq,       // == != < <= > >=
  Not,                                // !
  Tilde,                              // ~ (generics; unused in Go 1.19 programs golem accepts)
};

struct UnaryExpr : Expr {
  Op op;  // Add, Sub, Xor, Not, And (address-of), Arrow (receive)
  Expr* x;
  UnaryExpr(Pos p, Op o, Expr* e) : Expr(ExprKind::Unary, p), op(o), x(e) {}
};

struct BinaryExpr : Expr {
  Op op;
  Expr* x;
  Expr* y;
  Pos opPos;
  BinaryExpr(Pos p, Op o, Expr* l, Expr* r, Pos opp)
      : Expr(ExprKind::Binary, p), op(o), x(l), y(r), opPos(opp) {}
};

struct KeyValueExpr : Expr {
  Expr* key;
  Expr* value;
  Pos colon;
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(ExprKind::KeyValue, p), key(k), value(v) {}
};

struct Ellipsis : Expr {
  Expr* elt;  // nullptr in [...]T
  Ellipsis(Pos p, Expr* e) : Expr(ExprKind::Ellipsis, p), elt(e) {}
};

struct ArrayType : Expr {
  Expr* len;  // nullptr for slices; Ellipsis for [...]T
  Expr* elt;
  ArrayType(Pos p, Expr* l, Expr* e) : Expr(ExprKind::ArrayType, p), len(l), elt(e) {}
};

// One entry of a parameter list, result list, struct field list or method list:
// `a, b int`, `int`, `T` (embedded), `M()` (interface method).
struct Field {
  std::vector<Ident*> names;  // empty for anonymous params, embedded fields and embedded interfaces
  Expr* typeExpr;             // for interface methods: a FuncType
  std::string tag;            // struct tags: the literal's source text
  Pos pos;
};

struct FieldList {
  std::vector<Field*> list;
  Pos opening, closing;
  size_t numFields() const {
    size_t n = 0;
    for (auto* f : list) n += f->names.empty() ? 1 : f->names.size();
    return n;
  }
};

struct StructType : Expr {
  FieldList* fields;
  StructType(Pos p, FieldList* f) : Expr(ExprKind::StructType, p), fields(f) {}
};

struct FuncType : Expr {
  FieldList* params;
  FieldList* results;  // nullptr when there are none
  FuncType(Pos p, FieldList* pa, FieldList* re) : Expr(ExprKind::FuncType, p), params(pa), results(re) {}
};

struct InterfaceType : Expr {
  FieldList* methods;  // methods have names and a FuncType; embedded interfaces have no names
  InterfaceType(Pos p, FieldList* m) : Expr(ExprKind::InterfaceType, p), methods(m) {}
};

struct MapType : Expr {
  Expr* key;
  Expr* value;
  MapType(Pos p, Expr* k, Expr* v) : Expr(ExprKind::MapType, p), key(k), value(v) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  ChanDir dir;
  Expr* value;
  ChanType(Pos p, ChanDir d, Expr* v) : Expr(ExprKind::ChanType, p), dir(d), value(v) {}
};

// ---------------------------------------------------------------------------
// Statements

enum class StmtKind : uint8_t {
  Bad,
  Decl,
  Empty,
  Labeled,
  Expr,
  Send,
  IncDec,
  Assign,
  Go,
  Defer,
  Return,
  Branch,
  Block,
  If,
  CaseClause,
  Switch,
  TypeSwitch,
  CommClause,
  Select,
  For,
  Range,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Stmt() = default;
};

struct GenDecl;

struct BadStmt : Stmt {
  explicit BadStmt(Pos p) : Stmt(StmtKind::Bad, p) {}
};

struct DeclStmt : Stmt {
  GenDecl* decl;
  DeclStmt(Pos p, GenDecl* d) : Stmt(StmtKind::Decl, p), decl(d) {}
};

struct EmptyStmt : Stmt {
  bool implicit;  // inserted by an automatic semicolon
  EmptyStmt(Pos p, bool imp) : Stmt(StmtKind::Empty, p), implicit(imp) {}
};

struct LabeledStmt : Stmt {
  Ident* label;
  Stmt* stmt;
  LabeledStmt(Pos p, Ident* l, Stmt* s) : Stmt(StmtKind::Labeled, p), label(l), stmt(s) {}
};

struct ExprStmt : Stmt {
  Expr* x;
  ExprStmt(Pos p, Expr* e) : Stmt(StmtKind::Expr, p), x(e) {}
};

struct SendStmt : Stmt {
  Expr* chan;
  Expr* value;
  SendStmt(Pos p, Expr* c, Expr* v) : Stmt(StmtKind::Send, p), chan(c), value(v) {}
};

struct IncDecStmt : Stmt {
  Expr* x;
  Op op;  // Inc or Dec
  IncDecStmt(Pos p, Expr* e, Op o) : Stmt(StmtKind::IncDec, p), x(e), op(o) {}
};

// tok: Op::None for "=", the arithmetic Op for "op=", and `define` for ":=".
struct AssignStmt : Stmt {
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  Op op = Op::None;
  bool define = false;
  Pos tokPos;
  AssignStmt(Pos p) : Stmt(StmtKind::Assign, p) {}
};

struct GoStmt : Stmt {
  CallExpr* call;
  GoStmt(Pos p, CallExpr* c) : Stmt(StmtKind::Go, p), call(c) {}
};

struct DeferStmt : Stmt {
  CallExpr* call;
  DeferStmt(Pos p, CallExpr* c) : Stmt(StmtKind::Defer, p), call(c) {}
};

struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
  ReturnStmt(Pos p) : Stmt(StmtKind::Return, p) {}
};

enum class BranchTok : uint8_t { Break, Continue, Goto, Fallthrough };

struct BranchStmt : Stmt {
  BranchTok tok;
  Ident* label = nullptr;
  // checker: the statement this break/continue/goto refers to (the enclosing
  // for/switch/select, or the LabeledStmt for goto).
  Stmt* target = nullptr;
  BranchStmt(Pos p, BranchTok t) : Stmt(StmtKind::Branch, p), tok(t) {}
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> list;
  Pos rbrace;
  BlockStmt(Pos p) : Stmt(StmtKind::Block, p) {}
};

struct IfStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond;
  BlockStmt* body;
  Stmt* els = nullptr;  // nullptr, IfStmt or BlockStmt
  IfStmt(Pos p) : Stmt(StmtKind::If, p) {}
};

struct CaseClause : Stmt {
  std::vector<Expr*> list;  // empty for default
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  // checker: in a type switch with a symbol (switch v := x.(type)), the
  // implicit variable declared for this clause.
  types::Var* implicitVar = nullptr;
  CaseClause(Pos p) : Stmt(StmtKind::CaseClause, p) {}
};

struct SwitchStmt : Stmt {
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr for `switch {`
  BlockStmt* body;      // of CaseClause
  SwitchStmt(Pos p) : Stmt(StmtKind::Switch, p) {}
};

struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Stmt* assign;  // `x := y.(type)` (AssignStmt) or `y.(type)` (ExprStmt)
  BlockStmt* body;
  TypeSwitchStmt(Pos p) : Stmt(StmtKind::TypeSwitch, p) {}
};

struct CommClause : Stmt {
  Stmt* comm = nullptr;  // send or receive statement; nullptr for default
  std::vector<Stmt*> body;
  Pos colon;
  CommClause(Pos p) : Stmt(StmtKind::CommClause, p) {}
};

struct SelectStmt : Stmt {
  BlockStmt* body;  // of CommClause
  SelectStmt(Pos p) : Stmt(StmtKind::Select, p) {}
};

struct ForStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body;
  ForStmt(Pos p) : Stmt(StmtKind::For, p) {}
};

struct RangeStmt : Stmt {
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool define = false;  // := (else = or no variables)
  Expr* x;
  BlockStmt* body;
  Pos tokPos;
  RangeStmt(Pos p) : Stmt(StmtKind::Range, p) {}
};

// ---------------------------------------------------------------------------
// Declarations

enum class DeclTok : uint8_t { Import, Const, Type, Var };

struct Spec {
  Pos pos;
  virtual ~Spec() = default;
};

struct ImportSpec : Spec {
  Ident* name = nullptr;  // local name, "." or "_", or nullptr
  std::string path;       // unquoted import path
  Pos pathPos;
};

struct ValueSpec : Spec {
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;
  std::vector<Expr*> values;
  int iota = 0;  // the index of this spec in its const declaration
  // A package-level var spec: the identifiers of its type and values, which
  // compiler/prune.h walks only if the variable is reachable.
  std::vector<Ident*> idents;
  // For a const spec without values, the parser leaves `values` empty and the
  // checker repeats the previous spec's expressions (Go's implicit repetition).
};

struct TypeSpec : Spec {
  Ident* name;
  bool isAlias = false;  // type A = B
  Expr* typeExpr;
};

struct Decl {
  Pos pos;
  virtual ~Decl() = default;
};

struct GenDecl : Decl {
  DeclTok tok;
  std::vector<Spec*> specs;
  Pos lparen, rparen;  // zero when not parenthesized
};

struct FuncDecl : Decl {
  FieldList* recv = nullptr;  // method receiver, or nullptr
  Ident* name;
  FuncType* funcType;
  BlockStmt* body = nullptr;  // nullptr for a declaration without body (a native intrinsic)
  types::Func* obj = nullptr;  // checker
  // Every identifier of the body, in order (the parser's record for
  // compiler/prune.h); and whether pruning dropped the body as unreachable.
  std::vector<Ident*> bodyIdents;
  bool bodyElided = false;
  // The REPL's statement functions (cli/repl_check.cpp): variables declared in
  // their outermost block are package-level session variables.
  bool sessionStatements = false;
};

// ---------------------------------------------------------------------------
// Files and their memory

// Owns every node created for one or more files. Nodes are never freed
// individually: they live until the arena dies.
class Arena {
 public:
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    holders_.push_back(std::unique_ptr<Holder>(new TypedHolder<T>(std::move(node))));
    return raw;
  }

 private:
  struct Holder {
    virtual ~Holder() = default;
  };
  template <typename T>
  struct TypedHolder : Holder {
    explicit TypedHolder(std::unique_ptr<T> p) : ptr(std::move(p)) {}
    std::unique_ptr<T> ptr;
  };
  std::vector<std::unique_ptr<Holder>> holders_;
};

struct File {
  const SourceFile* source;
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;  // also present inside decls
  std::vector<Decl*> decls;
  // The identifiers outside function bodies (for compiler/prune.h).
  std::vector<Ident*> topLevelIdents;
};

}  // namespace golem::ast
