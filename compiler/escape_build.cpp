// Building the escape graph of one batch from the checked AST.
//
// Each function of the batch first gets a location for every parameter,
// result and local variable (in declaration order, which is also the order
// gc reports them in). Then each body is walked once, statement by
// statement, evaluating every expression into a *hole*: the location its
// value flows to and how many times it is dereferenced on the way. The
// rules are gc's (cmd/compile/internal/escape expr.go, stmt.go, assign.go,
// call.go), restated over golem's AST, which has no explicit conversion or
// OPTRLIT nodes:
//   - `&x` evaluates x into k.addr(), `*p` and `p.f` through a pointer into
//     k.deref(), indexing a slice derefs, indexing an array does not;
//   - allocations (&T{}, new, make of slices and maps, slice and map
//     literals, closures, method values, string conversions and
//     concatenations, and a non-pointer value converted to an interface)
//     *spill*: a new location whose address flows to k;
//   - map keys and values, channel sends, appended elements and panics flow
//     to the heap; values without pointers flow nowhere;
//   - a call of an already analysed function flows each argument as the
//     callee's leak summary says; a call inside the batch wires arguments to
//     the callee's parameter locations directly; a dynamic call (function
//     value, interface method) leaks everything to the heap;
//   - go and defer wrap their call in a closure capturing copies of the
//     arguments; the closure flows to the heap, except for a defer outside
//     any loop, whose closure lives until the function returns;
//   - variables declared in a loop are one loop level deeper than the loop:
//     storing their address in something declared outside makes them escape.
// The implicit conversions gc inserts are found here from the types: a
// value of non-interface type assigned, passed, returned, sent or stored
// where an interface is expected. Their reported positions follow gc's
// (base.Pos at the time its type checker inserted them; see convPos below).
#include <algorithm>
#include <cassert>
#include <unordered_map>

#include "compiler/escape_internal.h"

namespace golem::escape {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;
namespace T = types;

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

bool isDirectIface(const types::Type* t) {
  const T::Type* u = T::underlying(const_cast<T::Type*>(t));
  switch (u->kind) {
    case T::TypeKind::Pointer:
    case T::TypeKind::Chan:
    case T::TypeKind::Map:
    case T::TypeKind::Signature:
      return true;
    case T::TypeKind::Basic:
      return static_cast<const T::Basic*>(u)->basic == T::BasicKind::UnsafePointer;
    case T::TypeKind::Array: {
      auto* a = static_cast<const T::Array*>(u);
      return a->len == 1 && isDirectIface(a->elem);
    }
    case T::TypeKind::Struct: {
      auto* s = static_cast<const T::Struct*>(u);
      return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    default:
      return false;
  }
}

const ast::BlockStmt* Function::body() const {
  if (decl) return decl->body;
  return lit ? lit->body : nullptr;  // neither: the package's initializers
}

void Batch::flow(Hole k, Location* src) {
  if (!src) return;
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blankLoc) return;
  if (dst == src && k.derefs >= 0) return;  // x = x, x = *x, ...
  if (dst->escapes && k.derefs < 0) {      // heap = &src
    if (a.diagLevel >= 2 && a.reporting() && src->kind != LocKind::Temp && !(src->kind == LocKind::Site && !src->site)) {
      a.message(src->pos, " " + src->label + " escapes to heap:", true);
      std::vector<std::string> lines;
      explainFlow(lines, dst, src, k.derefs, k.notes);
      for (auto& l : lines) a.message(src->pos, l, true);
    }
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

namespace {

// gc's base.Pos once its front end has converted x, starting from current:
// each non-constant node adopts its position in turn, a node before its
// operands, and constants leave it alone. Implicit conversions inserted
// after a statement's expressions (panic's argument; the values of a var
// declaration, after its names; an assignment, whose operands come after
// its values) are reported there.
Pos typecheckedPos(const Expr* x, Pos current) {
  if (!x || x->mode == ast::Mode::Constant || x->mode == ast::Mode::TypeExpr) return current;
  switch (x->kind) {
    case ExprKind::Paren:
      return typecheckedPos(static_cast<const ast::ParenExpr*>(x)->x, current);
    case ExprKind::Binary: {
      auto* b = static_cast<const ast::BinaryExpr*>(x);
      return typecheckedPos(b->y, typecheckedPos(b->x, b->opPos));
    }
    case ExprKind::Unary:
      return typecheckedPos(static_cast<const ast::UnaryExpr*>(x)->x, x->pos);
    case ExprKind::Star:
      return typecheckedPos(static_cast<const ast::StarExpr*>(x)->x, x->pos);
    case ExprKind::Selector:
      return typecheckedPos(static_cast<const ast::SelectorExpr*>(x)->x, exprPos(x));
    case ExprKind::Index: {
      auto* i = static_cast<const ast::IndexExpr*>(x);
      return typecheckedPos(i->index, typecheckedPos(i->x, exprPos(x)));
    }
    case ExprKind::Call: {
      auto* c = static_cast<const ast::CallExpr*>(x);
      Pos p = typecheckedPos(c->fun, c->lparen);
      for (const Expr* a : c->args) p = typecheckedPos(a, p);
      return p;
    }
    case ExprKind::CompositeLit: {
      Pos p = exprPos(x);
      for (const Expr* el : static_cast<const ast::CompositeLit*>(x)->elts) {
        if (el->kind == ExprKind::KeyValue) el = static_cast<const ast::KeyValueExpr*>(el)->value;
        p = typecheckedPos(el, p);
      }
      return p;
    }
    default:
      return exprPos(x);
  }
}

bool isNoPointerValue(const Expr* e) {
  if (!e->type || e->type->kind == T::TypeKind::Tuple) return false;
  if (T::isUntyped(e->type)) return false;
  return !T::hasPointers(e->type);
}

bool isNil(const Expr* e) {
  e = unparen(e);
  if (e->type && T::isBasic(e->type, T::BasicKind::UntypedNil)) return true;
  if (e->kind == ExprKind::Ident) {
    auto* o = static_cast<const ast::Ident*>(e)->obj;
    return o && o->objKind == T::ObjKind::Nil;
  }
  return false;
}

// Whether gc's node for e is a variable or function name, whose position
// gc's type checker does not adopt as the current position.
bool isNameNode(const Expr* e) {
  e = unparen(e);
  if (e->kind == ExprKind::Ident) {
    auto* o = static_cast<const ast::Ident*>(e)->obj;
    return o && (o->objKind == T::ObjKind::Var || o->objKind == T::ObjKind::Func);
  }
  if (e->kind == ExprKind::Selector) {
    auto* s = static_cast<const ast::SelectorExpr*>(e);
    if (!s->selection && s->sel->obj)
      return s->sel->obj->objKind == T::ObjKind::Var || s->sel->obj->objKind == T::ObjKind::Func;
  }
  return false;
}

bool needsIfaceConversion(const Expr* src, const T::Type* dst) {
  if (!dst || !T::isInterface(const_cast<T::Type*>(dst)) || !src->type || isNil(src)) return false;
  if (src->mode == ast::Mode::Constant) return true;
  return !T::isInterface(src->type);
}

const T::Var* identVar(const Expr* e) {
  e = unparen(e);
  if (!e || e->kind != ExprKind::Ident) return nullptr;
  auto* o = static_cast<const ast::Ident*>(e)->obj;
  if (!o || o->objKind != T::ObjKind::Var) return nullptr;
  return static_cast<const T::Var*>(o);
}

bool isBlankIdent(const Expr* e) {
  e = unparen(e);
  return e && e->kind == ExprKind::Ident && static_cast<const ast::Ident*>(e)->name == "_";
}

const T::Type* under(const T::Type* t) { return T::underlying(const_cast<T::Type*>(t)); }

bool isSliceOfPointers(const T::Type* t) {
  auto* u = under(t);
  return u->kind == T::TypeKind::Slice && T::hasPointers(static_cast<const T::Slice*>(u)->elem);
}

// ---------------------------------------------------------------------------
// Self-assignment (gc's isSelfAssign): assignments that only move pointers
// within one object, which must not make that object escape.

bool sameSafeExpr(const Expr* l, const Expr* r) {
  l = unparen(l);
  r = unparen(r);
  if (l->kind != r->kind) return false;
  switch (l->kind) {
    case ExprKind::Ident:
      return static_cast<const ast::Ident*>(l)->obj && static_cast<const ast::Ident*>(l)->obj == static_cast<const ast::Ident*>(r)->obj;
    case ExprKind::Selector: {
      auto* a = static_cast<const ast::SelectorExpr*>(l);
      auto* b = static_cast<const ast::SelectorExpr*>(r);
      return a->sel->obj == b->sel->obj && sameSafeExpr(a->x, b->x);
    }
    case ExprKind::Star:
      return sameSafeExpr(static_cast<const ast::StarExpr*>(l)->x, static_cast<const ast::StarExpr*>(r)->x);
    case ExprKind::Index: {
      auto* a = static_cast<const ast::IndexExpr*>(l);
      auto* b = static_cast<const ast::IndexExpr*>(r);
      return sameSafeExpr(a->x, b->x) && sameSafeExpr(a->index, b->index);
    }
    case ExprKind::BasicLit:
      return static_cast<const ast::BasicLit*>(l)->value == static_cast<const ast::BasicLit*>(r)->value;
    default:
      return false;
  }
}

bool mayAffectMemory(const Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::BasicLit:
      return false;
    case ExprKind::Binary: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      return mayAffectMemory(b->x) || mayAffectMemory(b->y);
    }
    case ExprKind::Index: {
      auto* i = static_cast<const ast::IndexExpr*>(e);
      if (i->x->type && under(i->x->type)->kind == T::TypeKind::Map) return true;
      return mayAffectMemory(i->x) || mayAffectMemory(i->index);
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      if (u->op == ast::Op::And || u->op == ast::Op::Arrow) return true;
      return mayAffectMemory(u->x);
    }
    case ExprKind::Selector:
      return mayAffectMemory(static_cast<const ast::SelectorExpr*>(e)->x);
    case ExprKind::Star:
      return mayAffectMemory(static_cast<const ast::StarExpr*>(e)->x);
    default:
      return e->mode == ast::Mode::Constant ? false : true;
  }
}

bool isFieldSelector(const Expr* e) {
  e = unparen(e);
  if (e->kind != ExprKind::Selector) return false;
  auto* s = static_cast<const ast::SelectorExpr*>(e);
  return s->selection && s->selection->kind == T::SelectionKind::FieldVal && s->selection->index.size() == 1;
}

// dst is *p or p.f with p a pointer variable, src slices *p or p.f: b.buf = b.buf[i:j].
bool isSliceSelfAssign(const Expr* dst, const Expr* src) {
  auto pointerBase = [](const Expr* e) -> const T::Var* {
    e = unparen(e);
    if (e->kind == ExprKind::Star) return identVar(static_cast<const ast::StarExpr*>(e)->x);
    if (isFieldSelector(e)) {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      if (s->x->type && T::isPointer(s->x->type)) return identVar(s->x);
    }
    return nullptr;
  };
  const T::Var* d = pointerBase(dst);
  if (!d) return false;
  src = unparen(src);
  if (src->kind != ExprKind::Slice) return false;
  auto* sl = static_cast<const ast::SliceExpr*>(src);
  if (sl->x->type && under(sl->x->type)->kind == T::TypeKind::Array) return false;  // implicit &array
  return pointerBase(sl->x) == d;
}

bool isSelfAssign(const Expr* dst, const Expr* src) {
  if (!dst || !src) return false;
  if (isSliceSelfAssign(dst, src)) return true;
  dst = unparen(dst);
  src = unparen(src);
  if (isFieldSelector(dst) && isFieldSelector(src)) {
    auto* a = static_cast<const ast::SelectorExpr*>(dst);
    auto* b = static_cast<const ast::SelectorExpr*>(src);
    if (T::isPointer(a->x->type) != T::isPointer(b->x->type)) return false;
    return sameSafeExpr(a->x, b->x);
  }
  if (dst->kind == ExprKind::Index && src->kind == ExprKind::Index) {
    auto* a = static_cast<const ast::IndexExpr*>(dst);
    auto* b = static_cast<const ast::IndexExpr*>(src);
    if (!a->x->type || under(a->x->type)->kind == T::TypeKind::Map) return false;
    if (mayAffectMemory(a->index) || mayAffectMemory(b->index)) return false;
    return sameSafeExpr(a->x, b->x);
  }
  return false;
}

// ---------------------------------------------------------------------------
// The walk of one function body (gc's `escape` struct).

class Builder {
 public:
  Builder(Batch& b, Function* fn) : b_(b), a_(b.a), fn_(fn) {}

  void walkFunction();
  void walkPackageInit(const T::Package* pkg);

 private:
  void packageVarInit(const Expr* value, const T::Type* varType);
  // --- locations and holes
  Location* newLoc(LocKind kind, bool transient) {
    b_.allLocs.emplace_back();
    Location* l = &b_.allLocs.back();
    l->kind = kind;
    l->fn = fn_;
    l->loopDepth = loopDepth_;
    l->transient = transient;
    return l;
  }
  Location* varLoc(const T::Var* v) {
    auto it = b_.varLocs.find(v);
    return it == b_.varLocs.end() ? nullptr : it->second;
  }
  Hole varHole(const T::Var* v) {
    Location* l = varLoc(v);
    return l ? Hole{l} : b_.discardHole();
  }
  Hole note(Hole k, NodeRef where, const char* why) { return b_.note(k, where, why); }
  Hole deref(Hole k, NodeRef where, const char* why) { return note(k.shift(1), where, why); }
  Hole addrOf(Hole k, NodeRef where, const char* why) { return note(k.shift(-1), where, why); }
  Hole dotType(Hole k, const T::Type* t, NodeRef where, const char* why) {
    if (!T::isInterface(const_cast<T::Type*>(t)) && !isDirectIface(t)) k = k.shift(1);
    return note(k, where, why);
  }
  Hole teeHole(const std::vector<Hole>& ks) {
    if (ks.empty()) return b_.discardHole();
    if (ks.size() == 1) return ks[0];
    Location* loc = newLoc(LocKind::Temp, true);
    for (const Hole& k : ks) {
      assert(k.derefs >= 0 && "teeHole: negative derefs");
      b_.flow(k, loc);
    }
    return Hole{loc};
  }
  Hole later(Hole k) {
    Location* loc = newLoc(LocKind::Temp, false);
    b_.flow(k, loc);
    return Hole{loc};
  }
  // A new allocation site whose address flows to k; returns the hole that
  // stores into it.
  Hole spill(Hole k, const Expr* site, SiteKind sk, std::string label, Pos pos) {
    Location* loc = newLoc(LocKind::Site, true);
    loc->site = site;
    loc->siteKind = sk;
    loc->label = std::move(label);
    loc->pos = pos;
    b_.flow(addrOf(k, NodeRef{site, nullptr}, "spill"), loc);
    return Hole{loc};
  }
  Location* dcl(const T::Var* v) {
    Location* l = varLoc(v);
    if (l) l->loopDepth = loopDepth_;
    return l;
  }

  // --- expressions
  void expr(Hole k, const Expr* e);
  void discard(const Expr* e) {
    if (e) expr(b_.discardHole(), e);
  }
  // Evaluates src as a value of type dst, converting it to an interface
  // (reported at convPos) when gc would.
  void exprTo(Hole k, const Expr* src, const T::Type* dst, Pos convPos) {
    if (needsIfaceConversion(src, dst))
      convertToIface(k, src, src, convPos, exprLabel(src));
    else
      expr(k, src);
  }
  void convertToIface(Hole k, const Expr* key, const Expr* src, Pos pos, std::string label) {
    if (!src->type || !isDirectIface(src->type)) k = spill(k, key, SiteKind::Conversion, std::move(label), pos);
    expr(note(k, NodeRef{key, nullptr}, "interface-converted"), src);
  }
  void selectorPath(Hole k, const ast::SelectorExpr* s, bool lastIsMethod, const T::Func* method);
  void compositeLit(Hole k, const ast::CompositeLit* lit, const Expr* site, bool pointer);
  void funcLit(Hole k, const ast::FuncLit* lit);
  void methodValue(Hole k, const ast::SelectorExpr* s);
  void conversion(Hole k, const ast::CallExpr* c);
  void stringConcat(Hole k, const ast::BinaryExpr* b);

  // --- assignments
  Hole addr(const Expr* e);
  void assignList(const std::vector<const Expr*>& dsts, const std::vector<const Expr*>& srcs, const char* why,
                  const Stmt* where, const std::vector<const T::Type*>& dstTypes, bool define);
  void assignHeap(const Expr* src, const char* why, NodeRef where, const T::Type* dstType, Pos convPos) {
    Hole k = note(b_.heapHole(), where, why);
    exprTo(k, src, dstType, convPos);
  }
  void markReassigned(const std::vector<Hole>& ks, const std::vector<const Expr*>& dsts, bool define, bool range);

  // --- calls
  struct Callee {
    Function* fn = nullptr;          // analysed callee (in this batch or tagged)
    const T::Func* obj = nullptr;    // static callee object (also for intrinsics)
    const T::Signature* sig = nullptr;
    const Expr* recv = nullptr;      // receiver expression of a method call
    const ast::SelectorExpr* recvSel = nullptr;  // x.m, for receiver adjustments
    bool recvInArgs = false;         // method expression T.m(recv, ...)
    bool dynamic = true;
    bool interfaceCall = false;
    bool evalFun = true;             // the function expression is evaluated (OCALLFUNC)
    const T::Type* devirtType = nullptr;  // x.m() through an interface turned into x.(T).m()
    bool partiallyDevirtualized = false;  // x.m() turned into x.(T).I.m()
  };
  void noteDevirtualized(const ast::CallExpr* c, const ast::SelectorExpr* s, const T::Type* concrete, const char* what);
  Callee resolveCallee(const ast::CallExpr* c);
  bool inMutualBatch(const Function* f) const { return f && f->state != FuncState::Tagged && f->state != FuncState::Unknown; }
  Hole tagHole(const std::vector<Hole>* ks, const Callee& callee, int paramIndex);
  void call(const std::vector<Hole>* ks, const ast::CallExpr* c, std::vector<Location*>* wrapperCaptures = nullptr);
  void builtinCall(const std::vector<Hole>* ks, const ast::CallExpr* c);
  // An argument evaluated into k; inside a go/defer wrapper it is first
  // copied into a temporary the wrapper captures.
  void argument(Hole k, const Expr* arg, const T::Type* paramType, Pos convPos, const ast::CallExpr* c,
                std::vector<Location*>* wrapperCaptures);

  // --- statements
  void stmt(const Stmt* s);
  void stmts(const std::vector<Stmt*>& l) {
    for (auto* s : l) stmt(s);
  }
  void block(const std::vector<Stmt*>& l) {
    int old = loopDepth_;
    stmts(l);
    loopDepth_ = old;
  }
  void goDefer(const Stmt* s, const ast::CallExpr* c, bool isDefer);
  void returnStmt(const ast::ReturnStmt* r);
  void assignStmt(const ast::AssignStmt* as);
  void declStmt(const ast::DeclStmt* d);
  void rangeStmt(const ast::RangeStmt* r);
  void typeSwitch(const ast::TypeSwitchStmt* ts);
  void findLoopingLabels(const std::vector<Stmt*>& l);

  Batch& b_;
  Analysis& a_;
  Function* fn_;
  int loopDepth_ = 1;
  std::unordered_map<std::string, bool> looping_;  // label -> has a backward goto
  std::unordered_map<std::string, bool> labelSeen_;
};

// ---------------------------------------------------------------------------
// Expressions

void Builder::expr(Hole k, const Expr* e) {
  if (!e) return;
  if (k.derefs >= 0 && isNoPointerValue(e)) k.dst = &b_.blankLoc;
  if (e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr) return;
  switch (e->kind) {
    case ExprKind::Paren:
      expr(k, static_cast<const ast::ParenExpr*>(e)->x);
      return;
    case ExprKind::Ident: {
      const T::Var* v = identVar(e);
      if (!v || v->isGlobal) return;
      b_.flow(k, varLoc(v));
      return;
    }
    case ExprKind::BasicLit:
    case ExprKind::Bad:
      return;
    case ExprKind::Unary: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      if (u->op == ast::Op::And) {
        const Expr* x = unparen(u->x);
        if (x->kind == ExprKind::CompositeLit) {
          compositeLit(k, static_cast<const ast::CompositeLit*>(x), e, true);
          return;
        }
        expr(addrOf(k, NodeRef{e, nullptr}, "address-of"), u->x);
        return;
      }
      discard(u->x);  // -x, !x, ^x, <-ch
      return;
    }
    case ExprKind::Binary: {
      auto* bin = static_cast<const ast::BinaryExpr*>(e);
      if (bin->op == ast::Op::Add && e->type && T::isString(e->type)) {
        stringConcat(k, bin);
        return;
      }
      discard(bin->x);
      discard(bin->y);
      return;
    }
    case ExprKind::Star:
      expr(deref(k, NodeRef{e, nullptr}, "indirection"), static_cast<const ast::StarExpr*>(e)->x);
      return;
    case ExprKind::Selector: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      if (!s->selection) return;  // package member: a global or a function
      switch (s->selection->kind) {
        case T::SelectionKind::FieldVal:
          selectorPath(k, s, false, nullptr);
          return;
        case T::SelectionKind::MethodVal:
          methodValue(k, s);
          return;
        case T::SelectionKind::MethodExpr:
          return;
      }
      return;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      const T::Type* xt = ix->x->type ? under(ix->x->type) : nullptr;
      if (xt && xt->kind == T::TypeKind::Map) {
        discard(ix->x);
        discard(ix->index);
        return;
      }
      if (xt && xt->kind == T::TypeKind::Array) {
        expr(note(k, NodeRef{e, nullptr}, "fixed-array-index-of"), ix->x);
      } else if (xt && xt->kind == T::TypeKind::Pointer) {  // p[i] on *[N]T: (*p)[i]
        expr(deref(note(k, NodeRef{e, nullptr}, "fixed-array-index-of"), NodeRef{e, nullptr}, "indirection"), ix->x);
      } else {
        expr(deref(k, NodeRef{e, nullptr}, "dot of pointer"), ix->x);
      }
      discard(ix->index);
      return;
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<const ast::SliceExpr*>(e);
      Hole ks = note(k, NodeRef{e, nullptr}, "slice");
      if (sl->x->type && under(sl->x->type)->kind == T::TypeKind::Array) ks = addrOf(ks, NodeRef{e, nullptr}, "address-of");
      expr(ks, sl->x);
      discard(sl->low);
      discard(sl->high);
      discard(sl->max);
      return;
    }
    case ExprKind::TypeAssert: {
      auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
      const T::Type* t = e->type;
      if (t && t->kind == T::TypeKind::Tuple) t = static_cast<const T::Tuple*>(t)->vars[0]->type;
      expr(t ? dotType(k, t, NodeRef{e, nullptr}, "dot") : k, ta->x);
      return;
    }
    case ExprKind::Call: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      if (c->callKind == ast::CallKind::Conversion) {
        conversion(k, c);
        return;
      }
      if (c->callKind == ast::CallKind::Builtin &&
          (c->builtin == ast::BuiltinId::New || c->builtin == ast::BuiltinId::Make)) {
        builtinCall(nullptr, c);  // handled below with k
        if (c->builtin == ast::BuiltinId::New) {
          spill(k, e, SiteKind::New, exprLabel(e), exprPos(e));
          return;
        }
        const T::Type* t = c->args.empty() ? nullptr : c->args[0]->type;
        const T::Type* ut = t ? under(t) : nullptr;
        if (ut && ut->kind == T::TypeKind::Slice) {
          spill(k, e, SiteKind::MakeSlice, exprLabel(e), exprPos(e));
        } else if (ut && ut->kind == T::TypeKind::Map) {
          spill(k, e, SiteKind::Other, exprLabel(e), exprPos(e));
        }
        for (size_t i = 1; i < c->args.size(); i++) discard(c->args[i]);
        return;
      }
      std::vector<Hole> ks{k};
      call(&ks, c);
      return;
    }
    case ExprKind::CompositeLit:
      compositeLit(k, static_cast<const ast::CompositeLit*>(e), e, false);
      return;
    case ExprKind::FuncLit:
      funcLit(k, static_cast<const ast::FuncLit*>(e));
      return;
    case ExprKind::KeyValue:
      expr(k, static_cast<const ast::KeyValueExpr*>(e)->value);
      return;
    default:
      return;  // type expressions
  }
}

// x.f through embedded fields, or the receiver of a method x.m: every step
// through a pointer is a dereference (gc's ODOTPTR), every step through a
// struct value only a note (ODOT). For a method, the receiver is then
// addressed or dereferenced to match the method's receiver type.
void Builder::selectorPath(Hole k, const ast::SelectorExpr* s, bool lastIsMethod, const T::Func* method) {
  const T::Type* t = s->x->type;
  const auto& path = s->selection->index;
  size_t fieldSteps = lastIsMethod ? path.size() - 1 : path.size();
  std::vector<bool> viaPointer;
  for (size_t i = 0; i < fieldSteps && t; i++) {
    const T::Type* u = under(t);
    bool ptr = u->kind == T::TypeKind::Pointer;
    if (ptr) u = under(static_cast<const T::Pointer*>(u)->elem);
    viaPointer.push_back(ptr);
    if (u->kind != T::TypeKind::Struct) {
      t = nullptr;
      break;
    }
    auto* st = static_cast<const T::Struct*>(u);
    if (path[i] < 0 || size_t(path[i]) >= st->fields.size()) {
      t = nullptr;
      break;
    }
    t = st->fields[path[i]]->type;
  }
  NodeRef where{s, nullptr};
  if (lastIsMethod && method && t) {
    bool wantPtr = method->sig()->recv && T::isPointer(method->sig()->recv->type);
    bool havePtr = T::isPointer(const_cast<T::Type*>(t));
    if (wantPtr && !havePtr) k = addrOf(k, where, "address-of");
    if (!wantPtr && havePtr) k = deref(k, where, "indirection");
  }
  for (size_t i = viaPointer.size(); i-- > 0;) k = viaPointer[i] ? deref(k, where, "dot of pointer") : note(k, where, "dot");
  expr(k, s->x);
}

void Builder::compositeLit(Hole k, const ast::CompositeLit* lit, const Expr* site, bool pointer) {
  const T::Type* t = lit->type;
  const T::Type* u = t ? under(t) : nullptr;
  if (pointer) k = spill(k, site, SiteKind::PtrLit, exprLabel(site), exprPos(site));
  if (!u) return;
  auto elemValue = [](const Expr* el) {
    return el->kind == ExprKind::KeyValue ? static_cast<const ast::KeyValueExpr*>(el)->value : el;
  };
  // gc reports a keyed element's conversion at the colon.
  auto elemPos = [](const Expr* el) {
    if (el->kind != ExprKind::KeyValue) return exprPos(el);
    return static_cast<const ast::KeyValueExpr*>(el)->colon;
  };
  // An element of an elided type whose type is a pointer is &T{...}.
  auto element = [&](Hole ek, const Expr* el, const T::Type* elemType, Pos convPos) {
    const Expr* v = unparen(el);
    if (v->kind == ExprKind::CompositeLit && !static_cast<const ast::CompositeLit*>(v)->typeExpr && elemType &&
        T::isPointer(const_cast<T::Type*>(elemType)) && (!v->type || T::isPointer(v->type))) {
      // the elided &T{...}: the checker types the literal as T or *T
      compositeLit(ek, static_cast<const ast::CompositeLit*>(v), v, true);
      return;
    }
    exprTo(ek, el, elemType, convPos);
  };
  switch (u->kind) {
    case T::TypeKind::Struct: {
      auto* st = static_cast<const T::Struct*>(u);
      Hole ek = note(k, NodeRef{lit, nullptr}, "struct literal element");
      for (size_t i = 0; i < lit->elts.size(); i++) {
        const Expr* el = lit->elts[i];
        const T::Type* ft = nullptr;
        if (el->kind == ExprKind::KeyValue) {
          auto* kv = static_cast<const ast::KeyValueExpr*>(el);
          if (kv->key->kind == ExprKind::Ident) {
            const std::string& name = static_cast<const ast::Ident*>(kv->key)->name;
            for (auto* f : st->fields)
              if (f->name == name) ft = f->type;
          }
        } else if (i < st->fields.size()) {
          ft = st->fields[i]->type;
        }
        element(ek, elemValue(el), ft, elemPos(el));
      }
      return;
    }
    case T::TypeKind::Array: {
      Hole ek = note(k, NodeRef{lit, nullptr}, "array literal element");
      for (auto* el : lit->elts) element(ek, elemValue(el), static_cast<const T::Array*>(u)->elem, elemPos(el));
      return;
    }
    case T::TypeKind::Slice: {
      Hole sk = spill(k, lit, SiteKind::Other, exprLabel(lit), exprPos(lit));
      Hole ek = note(sk, NodeRef{lit, nullptr}, "slice-literal-element");
      for (auto* el : lit->elts) element(ek, elemValue(el), static_cast<const T::Slice*>(u)->elem, elemPos(el));
      return;
    }
    case T::TypeKind::Map: {
      spill(k, lit, SiteKind::Other, exprLabel(lit), exprPos(lit));
      auto* mt = static_cast<const T::Map*>(u);
      for (auto* el : lit->elts) {
        if (el->kind != ExprKind::KeyValue) continue;
        auto* kv = static_cast<const ast::KeyValueExpr*>(el);
        Hole hk = note(b_.heapHole(), NodeRef{lit, nullptr}, "map literal key");
        element(hk, kv->key, mt->key, exprPos(kv->key));
        Hole hv = note(b_.heapHole(), NodeRef{lit, nullptr}, "map literal value");
        element(hv, kv->value, mt->elem, elemPos(el));
      }
      return;
    }
    default:
      return;
  }
}

void Builder::funcLit(Hole k, const ast::FuncLit* lit) {
  Function* cf = a_.functionFor(lit, fn_);
  Hole ck = spill(k, lit, SiteKind::Closure, "func literal", exprPos(lit));
  Batch::Closure clo{ck, ck.dst, {}, {}, {}, {}};
  const auto& uses = a_.captureUses[lit];
  for (T::Var* cv : lit->captures) {
    Location* loc = varLoc(cv);
    if (!loc) continue;
    if (!loc->captured) {
      loc->captured = true;
      // Assignments in straight-line code before the first capture do not
      // count as reassignments.
      if (loc->loopDepth == loopDepth_) loc->reassigned = false;
    }
    clo.captured.push_back(loc);
    clo.types.push_back(cv->type);
    clo.vars.push_back(cv);
    auto u = uses.find(cv);
    clo.uses.push_back(u == uses.end() ? nullptr : u->second);
  }
  b_.closures.push_back(std::move(clo));
  Builder inner(b_, cf);
  inner.walkFunction();
}

void Builder::methodValue(Hole k, const ast::SelectorExpr* s) {
  Hole closureK = spill(k, s, SiteKind::MethodValue, exprLabel(s), exprPos(s));
  auto* method = static_cast<const T::Func*>(s->selection->obj);
  // Results of a method value's later calls are unknown: they go to the heap.
  std::vector<Hole> ks;
  size_t nres = method->sig() && method->sig()->results ? method->sig()->results->vars.size() : 0;
  for (size_t i = 0; i < nres; i++) ks.push_back(b_.heapHole());
  Callee callee;
  callee.obj = method;
  callee.sig = method->sig();
  if (!T::isInterface(s->x->type) && method->decl && method->decl->body) {
    callee.fn = a_.functionFor(method->decl);
    callee.dynamic = false;
  } else if (!T::isInterface(s->x->type) && method->decl) {
    callee.dynamic = false;  // intrinsic
  }
  Hole paramK = tagHole(&ks, callee, 0);
  Hole tk = teeHole({paramK, closureK});
  if (T::isInterface(s->x->type))
    expr(tk, s->x);
  else
    selectorPath(tk, s, true, method);
}

void Builder::conversion(Hole k, const ast::CallExpr* c) {
  if (c->args.empty()) return;
  const Expr* x = c->args[0];
  const T::Type* to = c->type;
  const T::Type* from = x->type;
  if (!to || !from) {
    expr(k, x);
    return;
  }
  const T::Type* ut = under(to);
  const T::Type* uf = under(from);
  if (T::isInterface(const_cast<T::Type*>(to)) && (x->mode == ast::Mode::Constant || !T::isInterface(const_cast<T::Type*>(from)))) {
    if (isNil(x)) return;
    convertToIface(k, c, x, exprPos(c), exprLabel(c));
    return;
  }
  bool toString = ut->kind == T::TypeKind::Basic && T::isString(const_cast<T::Type*>(ut));
  bool fromString = uf->kind == T::TypeKind::Basic && T::isString(const_cast<T::Type*>(uf));
  if (x->mode != ast::Mode::Constant || ut->kind == T::TypeKind::Slice) {
    // string(bytes), string(runes), string(rune), []byte(s), []rune(s)
    if ((toString && (uf->kind == T::TypeKind::Slice || T::isInteger(const_cast<T::Type*>(uf)))) ||
        (ut->kind == T::TypeKind::Slice && fromString)) {
      spill(k, c, SiteKind::Other, exprLabel(c), exprPos(c));
      discard(x);
      return;
    }
  }
  expr(k, x);
}

void Builder::stringConcat(Hole k, const ast::BinaryExpr* bin) {
  spill(k, bin, SiteKind::Other, exprLabel(bin), exprPos(bin));
  // Operands of a concatenation never escape; nested non-constant string
  // additions are part of the same concatenation.
  std::vector<const Expr*> todo{bin->x, bin->y};
  while (!todo.empty()) {
    const Expr* e = todo.back();
    todo.pop_back();
    const Expr* u = unparen(e);
    if (u->kind == ExprKind::Binary && u->mode != ast::Mode::Constant &&
        static_cast<const ast::BinaryExpr*>(u)->op == ast::Op::Add && u->type && T::isString(u->type)) {
      todo.push_back(static_cast<const ast::BinaryExpr*>(u)->x);
      todo.push_back(static_cast<const ast::BinaryExpr*>(u)->y);
      continue;
    }
    discard(e);
  }
}

// ---------------------------------------------------------------------------
// Calls

// Records gc's "devirtualizing x.m to T" for the call (once).
void Builder::noteDevirtualized(const ast::CallExpr* c, const ast::SelectorExpr* s, const T::Type* concrete,
                                const char* what) {
  if (a_.reporting() && a_.devirtualized.insert(c).second)
    a_.devirtualizations.push_back({c->lparen, what + exprLabel(s) + " to " + typeLabel(concrete)});
}

Builder::Callee Builder::resolveCallee(const ast::CallExpr* c) {
  Callee r;
  const Expr* f = unparen(c->fun);
  r.sig = f->type && under(f->type)->kind == T::TypeKind::Signature ? static_cast<const T::Signature*>(under(f->type)) : nullptr;
  auto staticFunc = [&](const T::Func* fo) {
    r.obj = fo;
    r.sig = fo->sig();
    if (fo->decl && fo->decl->body) {
      r.fn = a_.functionFor(fo->decl);
      r.dynamic = false;
    } else if (fo->decl || !fo->nativeName.empty()) {
      r.dynamic = false;  // an intrinsic: tagged like gc tags body-less functions
    }
  };
  if (f->kind == ExprKind::FuncLit) {
    auto* lit = static_cast<const ast::FuncLit*>(f);
    r.fn = a_.functionFor(lit, fn_);
    r.fn->closureCalled = true;
    r.dynamic = false;
    return r;
  }
  if (f->kind == ExprKind::Ident) {
    auto* o = static_cast<const ast::Ident*>(f)->obj;
    if (o && o->objKind == T::ObjKind::Func) {
      staticFunc(static_cast<const T::Func*>(o));
    } else {
      const Expr* init = staticValue(a_, f);
      if (init != f) {
        if (init->kind == ExprKind::FuncLit) {
          r.fn = a_.functionFor(static_cast<const ast::FuncLit*>(init), nullptr);
          r.dynamic = false;
        } else if (init->kind == ExprKind::Ident) {
          auto* io = static_cast<const ast::Ident*>(init)->obj;
          if (io && io->objKind == T::ObjKind::Func) staticFunc(static_cast<const T::Func*>(io));
        } else if (init->kind == ExprKind::Selector) {
          // A method expression T.m: a static call with the receiver first.
          auto* s = static_cast<const ast::SelectorExpr*>(init);
          if (s->selection && s->selection->kind == T::SelectionKind::MethodExpr && !T::isInterface(s->x->type)) {
            staticFunc(static_cast<const T::Func*>(s->selection->obj));
            r.recvInArgs = true;
          }
        }
      }
    }
    return r;
  }
  if (f->kind == ExprKind::Selector) {
    auto* s = static_cast<const ast::SelectorExpr*>(f);
    if (!s->selection) {
      if (s->sel->obj && s->sel->obj->objKind == T::ObjKind::Func) staticFunc(static_cast<const T::Func*>(s->sel->obj));
      return r;
    }
    if (s->selection->kind == T::SelectionKind::MethodVal) {
      auto* m = static_cast<const T::Func*>(s->selection->obj);
      r.evalFun = false;
      r.recv = s->x;
      r.recvSel = s;
      if (T::isInterface(s->x->type)) {
        if (const T::Type* ct = devirtualizedType(a_, s)) {
          if (const T::Func* cm = declaredMethod(ct, s->sel->name)) {
            r.devirtType = ct;
            noteDevirtualized(c, s, ct, "devirtualizing ");
            staticFunc(cm);
            return r;
          }
          // A method of an embedded interface: x.(T).I.m(), still dynamic.
          if (embedsInterfaceWith(ct, s->sel->name)) {
            r.partiallyDevirtualized = true;
            noteDevirtualized(c, s, ct, "partially devirtualizing ");
          }
        }
        r.interfaceCall = true;
        r.sig = m->sig();
        return r;
      }
      staticFunc(m);
      return r;
    }
    if (s->selection->kind == T::SelectionKind::MethodExpr) {
      auto* m = static_cast<const T::Func*>(s->selection->obj);
      if (!T::isInterface(s->x->type)) {
        staticFunc(m);
        r.recvInArgs = true;
      }
      return r;
    }
  }
  return r;
}

Hole Builder::tagHole(const std::vector<Hole>* ks, const Callee& callee, int paramIndex) {
  if (callee.dynamic) return b_.heapHole();
  if (callee.fn && inMutualBatch(callee.fn)) {
    if (paramIndex < int(callee.fn->params.size()) && callee.fn->params[paramIndex])
      return varHole(callee.fn->params[paramIndex]);
    return b_.discardHole();
  }
  Leaks esc;
  if (callee.fn && callee.fn->state == FuncState::Tagged) {
    if (paramIndex < int(callee.fn->tags.size())) esc = callee.fn->tags[paramIndex];
  } else if (callee.obj) {
    // A body-less function: gc assumes its pointer parameters leak to the
    // heap. fmt's formatting intrinsics are Go code in gc, which leaks only
    // the content of the ...any operand.
    const T::Signature* sig = callee.obj->sig();
    std::vector<const T::Var*> ps;
    if (sig->recv) ps.push_back(sig->recv);
    for (auto* p : sig->params->vars) ps.push_back(p);
    if (paramIndex < int(ps.size()) && ps[paramIndex]->type && T::hasPointers(ps[paramIndex]->type)) {
      bool fmtPkg = callee.obj->pkg && callee.obj->pkg->path == "fmt";
      if (!fmtPkg) esc.addHeap(0);
      else if (sig->variadic && paramIndex + 1 == int(ps.size())) esc.addHeap(1);
    }
  }
  std::vector<Hole> tagKs;
  if (int x = esc.heap(); x >= 0) tagKs.push_back(b_.heapHole().shift(x));
  if (ks)
    for (int i = 0; i < kNumEscResults && i < int(ks->size()); i++)
      if (int x = esc.result(i); x >= 0) tagKs.push_back((*ks)[i].shift(x));
  return teeHole(tagKs);
}

void Builder::argument(Hole k, const Expr* arg, const T::Type* paramType, Pos convPos, const ast::CallExpr* c,
                       std::vector<Location*>* wrapperCaptures) {
  k = note(k, NodeRef{c, nullptr}, "call parameter");
  if (!wrapperCaptures || arg->mode == ast::Mode::Constant || isNil(arg) ||
      (unparen(arg)->kind == ExprKind::Ident && static_cast<const ast::Ident*>(unparen(arg))->obj &&
       static_cast<const ast::Ident*>(unparen(arg))->obj->objKind == T::ObjKind::Func)) {
    exprTo(k, arg, paramType, convPos);
    return;
  }
  // go/defer: the argument is evaluated now into a temporary that the
  // wrapper closure captures, and the wrapped call reads the temporary.
  Location* tmp = newLoc(LocKind::Temp, false);
  tmp->captured = true;
  exprTo(note(Hole{tmp}, NodeRef{c, nullptr}, "assign"), arg, paramType, convPos);
  b_.flow(k, tmp);
  wrapperCaptures->push_back(tmp);
}

void Builder::call(const std::vector<Hole>* ks, const ast::CallExpr* c, std::vector<Location*>* wrapperCaptures) {
  if (c->callKind == ast::CallKind::Builtin) {
    builtinCall(ks, c);
    return;
  }
  if (c->callKind == ast::CallKind::Conversion) {
    if (ks && !ks->empty()) expr((*ks)[0], c);
    else discard(c);
    return;
  }
  Callee callee = resolveCallee(c);
  const T::Signature* sig = callee.sig;

  if (ks && callee.fn && inMutualBatch(callee.fn)) {
    for (size_t i = 0; i < callee.fn->results.size() && i < ks->size(); i++)
      b_.flow((*ks)[i], varLoc(callee.fn->results[i]));
  }

  // gc's type checker adopts the position of each argument that is not a
  // name as it goes; implicit conversions get the position current then.
  Pos convPos = c->lparen;
  auto advance = [&](const Expr* arg) {
    if (!isNameNode(arg)) convPos = exprPos(arg);
    return convPos;
  };

  if (callee.evalFun) {
    const Expr* f = unparen(c->fun);
    bool staticName = callee.obj && !callee.recvInArgs && f->kind != ExprKind::FuncLit;
    if (!staticName) {
      if (wrapperCaptures && !callee.recvInArgs)
        argument(b_.discardHole(), c->fun, nullptr, convPos, c, wrapperCaptures);
      else
        expr(b_.discardHole(), c->fun);
    }
  }

  size_t argi = 0;
  int paramIndex = 0;
  bool hasRecv = sig && sig->recv && !callee.interfaceCall;
  if (callee.interfaceCall) {
    Hole rk = b_.heapHole();
    // x.(T).I reads the interface out of the dynamic value.
    if (callee.partiallyDevirtualized) rk = deref(rk, NodeRef{callee.recvSel, nullptr}, "dot");
    argument(rk, callee.recv, nullptr, convPos, c, wrapperCaptures);
  } else if (hasRecv || callee.recvSel || callee.recvInArgs) {
    Hole rk = tagHole(ks, callee, paramIndex++);
    if (callee.recvInArgs && !c->args.empty()) {
      argument(rk, c->args[0], sig->recv ? sig->recv->type : nullptr, advance(c->args[0]), c, wrapperCaptures);
      argi = 1;
    } else if (callee.recvSel) {
      rk = note(rk, NodeRef{c, nullptr}, "call parameter");
      auto receiver = [&](Hole h) {
        if (callee.devirtType) {
          // x.(*T).m() with a value receiver reads *x.(*T).
          if (T::isPointer(callee.devirtType) && callee.obj->sig()->recv && !T::isPointer(callee.obj->sig()->recv->type))
            h = deref(h, NodeRef{callee.recvSel, nullptr}, "indirection");
          expr(dotType(h, callee.devirtType, NodeRef{callee.recvSel, nullptr}, "dot"), callee.recv);
        }
        else
          selectorPath(h, callee.recvSel, true, callee.obj);
      };
      if (wrapperCaptures) {
        Location* tmp = newLoc(LocKind::Temp, false);
        tmp->captured = true;
        receiver(Hole{tmp});
        b_.flow(rk, tmp);
        wrapperCaptures->push_back(tmp);
      } else {
        receiver(rk);
      }
    }
  }
  if (!sig) {
    for (; argi < c->args.size(); argi++) discard(c->args[argi]);
    return;
  }
  const auto& params = sig->params->vars;
  // f(g()) with g returning several values: gc copies them to temporaries.
  if (c->args.size() == argi + 1 && c->args[argi]->type && c->args[argi]->type->kind == T::TypeKind::Tuple &&
      params.size() > 1) {
    std::vector<Hole> temps;
    std::vector<Location*> tempLocs;
    for (size_t i = 0; i < static_cast<const T::Tuple*>(c->args[argi]->type)->vars.size(); i++) {
      tempLocs.push_back(newLoc(LocKind::Temp, false));
      temps.push_back(Hole{tempLocs.back()});
    }
    call(&temps, static_cast<const ast::CallExpr*>(unparen(c->args[argi])), wrapperCaptures);
    for (size_t i = 0; i < params.size() && i < tempLocs.size(); i++) {
      Hole pk = note(tagHole(ks, callee, paramIndex + int(i)), NodeRef{c, nullptr}, "call parameter");
      b_.flow(pk, tempLocs[i]);
    }
    return;
  }
  for (size_t i = 0; i < params.size(); i++) {
    bool variadicTail = sig->variadic && i + 1 == params.size() && !c->hasEllipsis;
    if (!variadicTail) {
      if (argi >= c->args.size()) break;
      const Expr* arg = c->args[argi++];
      Pos p = advance(arg);
      argument(tagHole(ks, callee, paramIndex + int(i)), arg, params[i]->type, p, c, wrapperCaptures);
      continue;
    }
    // The extra arguments of a variadic call form an implicit slice literal.
    if (argi >= c->args.size()) break;  // no extra arguments: a nil slice
    const T::Type* elem = static_cast<const T::Slice*>(under(params[i]->type))->elem;
    Hole k = note(tagHole(ks, callee, paramIndex + int(i)), NodeRef{c, nullptr}, "call parameter");
    Location* slice = newLoc(LocKind::Site, true);
    slice->site = c;
    slice->siteKind = SiteKind::VariadicSlice;
    slice->label = "... argument";
    slice->pos = c->lparen;
    b_.flow(addrOf(k, NodeRef{c, nullptr}, "spill"), slice);
    Hole ek = note(Hole{slice}, NodeRef{c, nullptr}, "slice-literal-element");
    for (; argi < c->args.size(); argi++) {
      const Expr* arg = c->args[argi];
      Pos p = advance(arg);
      if (wrapperCaptures && arg->mode != ast::Mode::Constant && !isNil(arg)) {
        Location* tmp = newLoc(LocKind::Temp, false);
        tmp->captured = true;
        exprTo(Hole{tmp}, arg, elem, p);
        b_.flow(ek, tmp);
        wrapperCaptures->push_back(tmp);
      } else {
        exprTo(ek, arg, elem, p);
      }
    }
  }
}

void Builder::builtinCall(const std::vector<Hole>* ks, const ast::CallExpr* c) {
  using B = ast::BuiltinId;
  Pos convPos = c->lparen;
  auto advance = [&](const Expr* arg) {
    if (!isNameNode(arg)) convPos = exprPos(arg);
    return convPos;
  };
  auto arg = [&](Hole k, const Expr* x) { expr(note(k, NodeRef{c, nullptr}, "call parameter"), x); };
  switch (c->builtin) {
    case B::New:
    case B::Make:
      return;  // handled by expr, which owns the hole
    case B::Append: {
      if (c->args.empty()) return;
      Hole appendee = ks && !ks->empty() ? (*ks)[0] : b_.discardHole();
      const T::Type* st = c->args[0]->type ? under(c->args[0]->type) : nullptr;
      const T::Type* elem = st && st->kind == T::TypeKind::Slice ? static_cast<const T::Slice*>(st)->elem : nullptr;
      if (elem && T::hasPointers(const_cast<T::Type*>(elem)))
        appendee = teeHole({appendee, deref(b_.heapHole(), NodeRef{c, nullptr}, "appendee slice")});
      arg(appendee, c->args[0]);
      advance(c->args[0]);
      if (c->hasEllipsis) {
        if (c->args.size() > 1) {
          Hole appended = b_.discardHole();
          if (c->args[1]->type && isSliceOfPointers(c->args[1]->type))
            appended = deref(b_.heapHole(), NodeRef{c, nullptr}, "appended slice...");
          arg(appended, c->args[1]);
        }
      } else {
        for (size_t i = 1; i < c->args.size(); i++) {
          Pos p = advance(c->args[i]);
          exprTo(note(b_.heapHole(), NodeRef{c, nullptr}, "call parameter"), c->args[i], elem, p);
        }
      }
      return;
    }
    case B::Copy: {
      if (c->args.size() < 2) return;
      arg(b_.discardHole(), c->args[0]);
      Hole copied = b_.discardHole();
      if (c->args[1]->type && isSliceOfPointers(c->args[1]->type))
        copied = deref(b_.heapHole(), NodeRef{c, nullptr}, "copied slice");
      arg(copied, c->args[1]);
      return;
    }
    case B::Panic:
      if (!c->args.empty())
        exprTo(note(b_.heapHole(), NodeRef{c, nullptr}, "call parameter"), c->args[0], a_.prog->universe.anyType,
               typecheckedPos(c->args[0], c->lparen));
      return;
    default:
      for (auto* x : c->args) arg(b_.discardHole(), x);
      return;
  }
}

// ---------------------------------------------------------------------------
// Assignments

Hole Builder::addr(const Expr* e) {
  if (!e || isBlankIdent(e)) return b_.discardHole();
  e = unparen(e);
  switch (e->kind) {
    case ExprKind::Ident: {
      const T::Var* v = identVar(e);
      if (!v || v->isGlobal) return b_.heapHole();
      return varHole(v);
    }
    case ExprKind::Selector: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      if (!s->selection) return b_.heapHole();  // a package's global
      // x.f with no pointer on the way stores into x itself.
      bool viaPointer = false;
      const T::Type* t = s->x->type;
      for (size_t i = 0; i < s->selection->index.size() && t; i++) {
        const T::Type* u = under(t);
        if (u->kind == T::TypeKind::Pointer) {
          viaPointer = true;
          break;
        }
        if (u->kind != T::TypeKind::Struct) break;
        t = static_cast<const T::Struct*>(u)->fields[s->selection->index[i]]->type;
      }
      if (!viaPointer) return addr(s->x);
      discard(e);
      return b_.heapHole();
    }
    case ExprKind::Index: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      const T::Type* xt = ix->x->type ? under(ix->x->type) : nullptr;
      if (xt && xt->kind == T::TypeKind::Map) {
        discard(ix->x);
        const T::Type* kt = static_cast<const T::Map*>(xt)->key;
        assignHeap(ix->index, "key of map put", NodeRef{e, nullptr}, kt, exprPos(ix->index));
        return b_.heapHole();
      }
      discard(ix->index);
      if (xt && xt->kind == T::TypeKind::Array) return addr(ix->x);
      discard(ix->x);
      return b_.heapHole();
    }
    case ExprKind::Star:
      discard(e);
      return b_.heapHole();
    default:
      discard(e);
      return b_.heapHole();
  }
}

void Builder::markReassigned(const std::vector<Hole>& ks, const std::vector<const Expr*>& dsts, bool define,
                             bool range) {
  for (size_t i = 0; i < ks.size(); i++) {
    Location* loc = ks[i].dst;
    if (loc->kind != LocKind::Var) continue;
    // A variable declared by this very statement is not reassigned by it.
    if (!range && define && i < dsts.size() && unparen(dsts[i])->kind == ExprKind::Ident &&
        static_cast<const ast::Ident*>(unparen(dsts[i]))->pos == loc->var->pos)
      continue;
    loc->reassigned = true;
  }
}

void Builder::assignList(const std::vector<const Expr*>& dsts, const std::vector<const Expr*>& srcs, const char* why,
                         const Stmt* where, const std::vector<const T::Type*>& dstTypes, bool define) {
  std::vector<Hole> ks;
  for (auto* d : dsts) ks.push_back(addr(d));
  Pos convPos = where->pos;
  for (auto* d : dsts) convPos = typecheckedPos(d, convPos);
  for (size_t i = 0; i < ks.size(); i++) {
    const Expr* src = i < srcs.size() ? srcs[i] : nullptr;
    Hole k = ks[i];
    if (src && isSelfAssign(dsts[i], src)) {
      if (a_.reporting()) {
        const auto* as = static_cast<const ast::AssignStmt*>(where);
        a_.message(as->tokPos, fn_->name + " ignoring self-assignment in " + stmtLabel(where));
      }
      k = b_.discardHole();
    }
    if (src) exprTo(note(k, NodeRef{nullptr, where}, why), src, i < dstTypes.size() ? dstTypes[i] : nullptr, convPos);
  }
  markReassigned(ks, dsts, define, false);
}

void Builder::assignStmt(const ast::AssignStmt* as) {
  std::vector<const Expr*> lhs(as->lhs.begin(), as->lhs.end());
  std::vector<const T::Type*> types;
  for (auto* l : lhs) types.push_back(isBlankIdent(l) ? nullptr : l->type);
  if (as->define)
    for (auto* l : lhs)
      if (const T::Var* v = identVar(l); v && static_cast<const ast::Ident*>(unparen(l))->pos == v->pos) dcl(v);
  if (as->op != ast::Op::None) {  // x op= y
    assignList(lhs, {as->rhs[0]}, "assign", as, {nullptr}, false);
    return;
  }
  if (as->rhs.size() == 1 && lhs.size() > 1) {
    const Expr* r = unparen(as->rhs[0]);
    if (r->kind == ExprKind::Call && static_cast<const ast::CallExpr*>(r)->callKind == ast::CallKind::Call) {
      std::vector<Hole> ks;
      for (auto* d : lhs) ks.push_back(addr(d));
      call(&ks, static_cast<const ast::CallExpr*>(r));
      markReassigned(ks, lhs, as->define, false);
      return;
    }
    const char* why = "assign-pair";
    if (r->kind == ExprKind::Index) why = "assign-pair-mapr";
    else if (r->kind == ExprKind::TypeAssert) why = "assign-pair-dot-type";
    else if (r->kind == ExprKind::Unary) why = "assign-pair-receive";
    // gc converts a comma-ok value to the destination's interface type only
    // after escape analysis (in order), so no conversion is reported here.
    assignList(lhs, {as->rhs[0]}, why, as, std::vector<const T::Type*>(lhs.size(), nullptr), as->define);
    return;
  }
  std::vector<const Expr*> rhs(as->rhs.begin(), as->rhs.end());
  assignList(lhs, rhs, lhs.size() > 1 ? "assign-pair" : "assign", as, types, as->define);
}

void Builder::declStmt(const ast::DeclStmt* d) {
  if (d->decl->tok != ast::DeclTok::Var) return;
  for (auto* sp : d->decl->specs) {
    auto* vs = static_cast<const ast::ValueSpec*>(sp);
    std::vector<Hole> ks;
    for (auto* id : vs->names) {
      const T::Var* v = identVar(id);
      if (v) dcl(v);
      ks.push_back(v ? varHole(v) : b_.discardHole());
    }
    if (vs->values.empty()) continue;
    if (vs->values.size() == 1 && vs->names.size() > 1) {
      const Expr* r = unparen(vs->values[0]);
      if (r->kind == ExprKind::Call && static_cast<const ast::CallExpr*>(r)->callKind == ast::CallKind::Call) {
        call(&ks, static_cast<const ast::CallExpr*>(r));
        continue;
      }
      expr(note(ks[0], NodeRef{nullptr, d}, "assign-pair"), vs->values[0]);
      continue;
    }
    Pos convPos = vs->names.back()->pos;
    for (const Expr* val : vs->values) convPos = typecheckedPos(val, convPos);
    for (size_t i = 0; i < vs->names.size() && i < vs->values.size(); i++) {
      const Expr* val = vs->values[i];
      exprTo(note(ks[i], NodeRef{nullptr, d}, "assign"), val, vs->names[i]->obj ? vs->names[i]->obj->type : nullptr,
             convPos);
    }
  }
}

void Builder::returnStmt(const ast::ReturnStmt* r) {
  const auto& results = fn_->results;
  if (r->results.empty()) return;
  std::vector<Hole> ks;
  for (auto* v : results) ks.push_back(v ? varHole(v) : b_.discardHole());
  if (r->results.size() == 1 && results.size() > 1) {
    const Expr* c = unparen(r->results[0]);
    if (c->kind == ExprKind::Call) {
      for (auto& k : ks) k = note(k, NodeRef{nullptr, r}, "return");
      call(&ks, static_cast<const ast::CallExpr*>(c));
      return;
    }
  }
  for (size_t i = 0; i < ks.size() && i < r->results.size(); i++) {
    const Expr* val = r->results[i];
    exprTo(note(ks[i], NodeRef{nullptr, r}, "return"), val, results[i] ? results[i]->type : nullptr, exprPos(val));
  }
  for (auto& k : ks)
    if (k.dst->kind == LocKind::Var) k.dst->reassigned = true;
}

void Builder::rangeStmt(const ast::RangeStmt* r) {
  Location* tmp = newLoc(LocKind::Temp, false);
  expr(Hole{tmp}, r->x);
  if (r->define) {
    if (const T::Var* v = identVar(r->key)) dcl(v);
    if (const T::Var* v = identVar(r->value)) dcl(v);
  }
  loopDepth_++;
  Hole kk = addr(r->key);
  Hole kv = addr(r->value);
  if (r->value) {
    const T::Type* xt = r->x->type ? under(r->x->type) : nullptr;
    if (xt && xt->kind == T::TypeKind::Array)
      b_.flow(note(kv, NodeRef{nullptr, r}, "range"), tmp);
    else
      b_.flow(deref(kv, NodeRef{nullptr, r}, "range-deref"), tmp);
  }
  for (Hole k : {kk, kv})
    if (k.dst->kind == LocKind::Var) k.dst->reassigned = true;
  block(r->body->list);
  loopDepth_--;
}

void Builder::typeSwitch(const ast::TypeSwitchStmt* ts) {
  const Expr* x = nullptr;
  bool symbol = false;
  if (ts->assign->kind == StmtKind::Assign) {
    auto* as = static_cast<const ast::AssignStmt*>(ts->assign);
    x = static_cast<const ast::TypeAssertExpr*>(unparen(as->rhs[0]))->x;
    symbol = true;
  } else {
    x = static_cast<const ast::TypeAssertExpr*>(unparen(static_cast<const ast::ExprStmt*>(ts->assign)->x))->x;
  }
  std::vector<Hole> ks;
  if (symbol) {
    for (auto* s : ts->body->list) {
      auto* cc = static_cast<const ast::CaseClause*>(s);
      if (!cc->implicitVar) continue;
      Location* l = dcl(cc->implicitVar);
      if (l && cc->implicitVar->type && T::hasPointers(cc->implicitVar->type))
        ks.push_back(dotType(Hole{l}, cc->implicitVar->type, NodeRef{nullptr, cc}, "switch case"));
    }
  }
  expr(teeHole(ks), x);
  for (auto* s : ts->body->list) {
    auto* cc = static_cast<const ast::CaseClause*>(s);
    for (auto* e : cc->list) (void)e;  // type expressions
    block(cc->body);
  }
}

void Builder::goDefer(const Stmt* s, const ast::CallExpr* c, bool isDefer) {
  Hole k = b_.heapHole();
  // A defer outside any loop runs before the function returns: its
  // arguments need to outlive the statement, but not the function.
  if (isDefer && loopDepth_ == 1) k = later(b_.discardHole());
  const Expr* f = unparen(c->fun);
  if (c->callKind == ast::CallKind::Call && !(f->kind == ExprKind::Selector && static_cast<const ast::SelectorExpr*>(f)->selection &&
                                               static_cast<const ast::SelectorExpr*>(f)->selection->kind == T::SelectionKind::MethodVal)) {
    auto* sig = f->type ? static_cast<const T::Signature*>(under(f->type)) : nullptr;
    if (sig && sig->kind == T::TypeKind::Signature && sig->params->vars.empty() && sig->results->vars.empty()) {
      expr(k, c->fun);
      return;
    }
  }
  std::vector<Location*> captures;
  if (c->callKind == ast::CallKind::Builtin) {
    for (auto* x : c->args) {
      if (x->mode == ast::Mode::Constant) continue;
      Location* tmp = newLoc(LocKind::Temp, false);
      tmp->captured = true;
      Pos p = exprPos(x);
      if (c->builtin == ast::BuiltinId::Panic)
        exprTo(Hole{tmp}, x, a_.prog->universe.anyType, p);
      else
        expr(Hole{tmp}, x);
      captures.push_back(tmp);
      if (c->builtin == ast::BuiltinId::Panic) b_.flow(b_.heapHole(), tmp);
    }
  } else {
    call(nullptr, c, &captures);
  }
  Location* wrapper = newLoc(LocKind::Site, true);  // gc's go/defer wrapper: never reported
  wrapper->siteKind = SiteKind::Closure;
  b_.flow(addrOf(k, NodeRef{nullptr, s}, "spill"), wrapper);
  Batch::Closure clo{Hole{wrapper}, wrapper, captures, {}, {}, {}};
  for (size_t i = 0; i < captures.size(); i++) {
    clo.types.push_back(nullptr);
    clo.vars.push_back(nullptr);
    clo.uses.push_back(nullptr);
  }
  b_.closures.push_back(std::move(clo));
}

void Builder::stmt(const Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case StmtKind::Bad:
    case StmtKind::Empty:
    case StmtKind::Branch:
      return;
    case StmtKind::Decl:
      declStmt(static_cast<const ast::DeclStmt*>(s));
      return;
    case StmtKind::Labeled: {
      auto* l = static_cast<const ast::LabeledStmt*>(s);
      if (looping_[l->label->name]) loopDepth_++;
      stmt(l->stmt);
      return;
    }
    case StmtKind::Expr: {
      const Expr* x = unparen(static_cast<const ast::ExprStmt*>(s)->x);
      if (x->kind == ExprKind::Call)
        call(nullptr, static_cast<const ast::CallExpr*>(x));
      else
        discard(x);
      return;
    }
    case StmtKind::Send: {
      auto* ss = static_cast<const ast::SendStmt*>(s);
      discard(ss->chan);
      const T::Type* ct = ss->chan->type ? under(ss->chan->type) : nullptr;
      const T::Type* elem = ct && ct->kind == T::TypeKind::Chan ? static_cast<const T::Chan*>(ct)->elem : nullptr;
      assignHeap(ss->value, "send", NodeRef{nullptr, s}, elem, exprPos(ss->value));
      return;
    }
    case StmtKind::IncDec: {
      auto* id = static_cast<const ast::IncDecStmt*>(s);
      Hole k = addr(id->x);
      if (k.dst->kind == LocKind::Var) k.dst->reassigned = true;
      return;
    }
    case StmtKind::Assign:
      assignStmt(static_cast<const ast::AssignStmt*>(s));
      return;
    case StmtKind::Go:
      goDefer(s, static_cast<const ast::GoStmt*>(s)->call, false);
      return;
    case StmtKind::Defer:
      goDefer(s, static_cast<const ast::DeferStmt*>(s)->call, true);
      return;
    case StmtKind::Return:
      returnStmt(static_cast<const ast::ReturnStmt*>(s));
      return;
    case StmtKind::Block:
      block(static_cast<const ast::BlockStmt*>(s)->list);
      return;
    case StmtKind::If: {
      auto* is = static_cast<const ast::IfStmt*>(s);
      int old = loopDepth_;
      stmt(is->init);
      discard(is->cond);
      block(is->body->list);
      if (is->els) {
        if (is->els->kind == StmtKind::Block)
          block(static_cast<const ast::BlockStmt*>(is->els)->list);
        else
          block({const_cast<Stmt*>(is->els)});
      }
      loopDepth_ = old;
      return;
    }
    case StmtKind::Switch: {
      auto* sw = static_cast<const ast::SwitchStmt*>(s);
      int old = loopDepth_;
      stmt(sw->init);
      discard(sw->tag);
      for (auto* c : sw->body->list) {
        auto* cc = static_cast<const ast::CaseClause*>(c);
        for (auto* e : cc->list) discard(e);
        block(cc->body);
      }
      loopDepth_ = old;
      return;
    }
    case StmtKind::TypeSwitch: {
      auto* ts = static_cast<const ast::TypeSwitchStmt*>(s);
      int old = loopDepth_;
      stmt(ts->init);
      typeSwitch(ts);
      loopDepth_ = old;
      return;
    }
    case StmtKind::Select: {
      auto* sel = static_cast<const ast::SelectStmt*>(s);
      for (auto* c : sel->body->list) {
        auto* cc = static_cast<const ast::CommClause*>(c);
        stmt(cc->comm);
        block(cc->body);
      }
      return;
    }
    case StmtKind::For: {
      auto* fs = static_cast<const ast::ForStmt*>(s);
      int old = loopDepth_;
      stmt(fs->init);
      loopDepth_++;
      discard(fs->cond);
      stmt(fs->post);
      block(fs->body->list);
      loopDepth_ = old;
      return;
    }
    case StmtKind::Range: {
      int old = loopDepth_;
      rangeStmt(static_cast<const ast::RangeStmt*>(s));
      loopDepth_ = old;
      return;
    }
    case StmtKind::CaseClause:
    case StmtKind::CommClause:
      return;
  }
}

// A label is a loop head when a goto after it jumps back to it.
void Builder::findLoopingLabels(const std::vector<Stmt*>& l) {
  for (const Stmt* s : l) {
    if (!s) continue;
    switch (s->kind) {
      case StmtKind::Labeled: {
        auto* ls = static_cast<const ast::LabeledStmt*>(s);
        labelSeen_[ls->label->name] = true;
        findLoopingLabels({ls->stmt});
        break;
      }
      case StmtKind::Branch: {
        auto* bs = static_cast<const ast::BranchStmt*>(s);
        if (bs->tok == ast::BranchTok::Goto && bs->label && labelSeen_[bs->label->name]) looping_[bs->label->name] = true;
        break;
      }
      case StmtKind::Block:
        findLoopingLabels(static_cast<const ast::BlockStmt*>(s)->list);
        break;
      case StmtKind::If: {
        auto* is = static_cast<const ast::IfStmt*>(s);
        findLoopingLabels(is->body->list);
        if (is->els) findLoopingLabels({is->els});
        break;
      }
      case StmtKind::For:
        findLoopingLabels(static_cast<const ast::ForStmt*>(s)->body->list);
        break;
      case StmtKind::Range:
        findLoopingLabels(static_cast<const ast::RangeStmt*>(s)->body->list);
        break;
      case StmtKind::Switch:
        for (auto* c : static_cast<const ast::SwitchStmt*>(s)->body->list)
          findLoopingLabels(static_cast<const ast::CaseClause*>(c)->body);
        break;
      case StmtKind::TypeSwitch:
        for (auto* c : static_cast<const ast::TypeSwitchStmt*>(s)->body->list)
          findLoopingLabels(static_cast<const ast::CaseClause*>(c)->body);
        break;
      case StmtKind::Select:
        for (auto* c : static_cast<const ast::SelectStmt*>(s)->body->list)
          findLoopingLabels(static_cast<const ast::CommClause*>(c)->body);
        break;
      default:
        break;
    }
  }
}

void Builder::walkFunction() {
  fn_->state = FuncState::Started;
  if (!fn_->body()) return;
  findLoopingLabels(fn_->body()->list);
  block(fn_->body()->list);
}

// Package-level initializers run in gc's package init function, which
// assigns each initialized variable, so every value computed there flows to
// the heap. gc lays out what it can statically instead (constants, names,
// function literals, addresses and composite literals other than maps,
// whose elements are then assigned one by one); only what remains is
// evaluated, in source order.
void Builder::walkPackageInit(const T::Package* pkg) {
  fn_->state = FuncState::Started;
  for (const ast::File* file : pkg->files)
    for (const ast::Decl* d : file->decls) {
      auto* gd = dynamic_cast<const ast::GenDecl*>(d);
      if (!gd || gd->tok != ast::DeclTok::Var) continue;
      for (const ast::Spec* sp : gd->specs) {
        auto* vs = static_cast<const ast::ValueSpec*>(sp);
        if (vs->values.size() != vs->names.size()) {
          // var a, b = f(): one call whose results are stored.
          for (const Expr* v : vs->values) expr(b_.heapHole(), v);
          continue;
        }
        for (size_t i = 0; i < vs->values.size(); i++) {
          const T::Type* t = vs->names[i]->obj ? vs->names[i]->obj->type : nullptr;
          packageVarInit(vs->values[i], t);
        }
      }
    }
}

void Builder::packageVarInit(const Expr* value, const T::Type* varType) {
  const Expr* e = unparen(value);
  if (e->mode == ast::Mode::Constant || isNil(e)) return;
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::FuncLit:
    case ExprKind::Selector:
      return;
    case ExprKind::Unary: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      if (u->op != ast::Op::And) break;
      if (unparen(u->x)->kind == ExprKind::CompositeLit) packageVarInit(u->x, nullptr);
      return;
    }
    case ExprKind::CompositeLit: {
      if (e->type && under(e->type)->kind == T::TypeKind::Map) break;
      for (const Expr* el : static_cast<const ast::CompositeLit*>(e)->elts) {
        if (el->kind == ExprKind::KeyValue) el = static_cast<const ast::KeyValueExpr*>(el)->value;
        packageVarInit(el, nullptr);
      }
      return;
    }
    case ExprKind::Call:
      // A literal called here would be gc's glob..func1, a function of its
      // own; golem does not analyse it.
      if (unparen(static_cast<const ast::CallExpr*>(e)->fun)->kind == ExprKind::FuncLit) return;
      break;
    default:
      break;
  }
  exprTo(b_.heapHole(), e, varType, exprPos(e));
}

}  // namespace

const Expr* staticValue(const Analysis& a, const Expr* e) {
  // gc's StaticValue: a local never reassigned holds its initial value,
  // followed through chains of such locals (g := f; g()).
  e = unparen(e);
  for (int hops = 0; hops < 64 && e->kind == ExprKind::Ident; hops++) {
    const T::Var* v = identVar(e);
    if (!v || v->isGlobal || v->isParam || v->reassignedAfterDecl || v->addrTaken) break;
    auto it = a.definitions.find(v);
    if (it == a.definitions.end()) break;
    e = unparen(it->second);
  }
  return e;
}

const T::Type* devirtualizedType(const Analysis& a, const ast::SelectorExpr* s) {
  const Expr* v = staticValue(a, s->x);
  const T::Type* t = v->type;
  if (v->kind == ExprKind::Call && static_cast<const ast::CallExpr*>(v)->callKind == ast::CallKind::Conversion &&
      !static_cast<const ast::CallExpr*>(v)->args.empty())
    t = static_cast<const ast::CallExpr*>(v)->args[0]->type;
  if (!t || T::isInterface(t) || isNil(v)) return nullptr;
  return t;
}

namespace {
const T::Named* namedOf(const T::Type* t) {
  if (t && t->kind == T::TypeKind::Pointer) t = static_cast<const T::Pointer*>(t)->elem;
  return t && t->kind == T::TypeKind::Named ? static_cast<const T::Named*>(t) : nullptr;
}
}  // namespace

const T::Func* declaredMethod(const T::Type* t, const std::string& name) {
  if (const T::Named* n = namedOf(t))
    for (const T::Func* m : n->methods)
      if (m->name == name) return m;
  return nullptr;
}

bool embedsInterfaceWith(const T::Type* t, const std::string& name) {
  const T::Named* n = namedOf(t);
  if (!n || !n->underlying || n->underlying->kind != T::TypeKind::Struct) return false;
  for (const T::Var* f : static_cast<const T::Struct*>(n->underlying)->fields) {
    if (!f->embedded || !f->type || !T::isInterface(f->type)) continue;
    for (const T::Func* m : static_cast<const T::Interface*>(under(f->type))->allMethods)
      if (m->name == name) return true;
  }
  return false;
}

void analyzePackageInit(Analysis& a, const T::Package* pkg) {
  auto& slot = a.functions[pkg];
  slot = std::make_unique<Function>();
  Function* fn = slot.get();
  fn->name = "init";
  Batch b(a);
  Builder builder(b, fn);
  builder.walkPackageInit(pkg);
  solveBatch(b, {fn});
}

// Locations for every variable of the batch's functions come first, in
// declaration order (gc's fn.Dcl), then each body is walked; closures are
// walked where they appear in their enclosing function.
void analyzeBatch(Analysis& a, const std::vector<Function*>& fns) {
  Batch b(a);
  for (Function* fn : fns) {
    fn->state = FuncState::Planned;
    auto add = [&](const T::Var* v, int resultIndex, bool isParam) {
      if (!v) return;
      b.allLocs.emplace_back();
      Location* l = &b.allLocs.back();
      l->kind = LocKind::Var;
      l->var = v;
      l->fn = fn;
      l->loopDepth = 1;
      l->resultIndex = resultIndex;
      l->isParam = isParam;
      l->label = v->name.empty() ? "~r" + std::to_string(resultIndex - 1) : v->name;
      l->pos = v->pos;
      b.varLocs[v] = l;
    };
    for (auto* p : fn->params) add(p, 0, true);
    for (size_t i = 0; i < fn->results.size(); i++) add(fn->results[i], int(i) + 1, false);
    for (auto* v : fn->locals) add(v, 0, false);
  }
  for (Function* fn : fns) {
    if (fn->lit) continue;  // walked where the literal appears
    Builder builder(b, fn);
    builder.walkFunction();
  }
  // Literals never reached from their enclosing function's walk (none in
  // checked code) would keep state Planned; walk them so tags exist.
  for (Function* fn : fns) {
    if (fn->state == FuncState::Planned) {
      Builder builder(b, fn);
      builder.walkFunction();
    }
  }
  solveBatch(b, fns);
}

}  // namespace golem::escape
