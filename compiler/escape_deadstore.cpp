// Write-only local arrays: gc's dead auto elimination, at the source level.
//
// gc removes a stack variable (an "auto") whose only uses are stores into it
// (ssa's elimDeadAutosGeneric): its stores are dead, and its storage goes
// too. The visible effect is on the collector: pointers stored in an array
// that nothing reads keep nothing alive, because they were never stored.
// A program that fills a ring buffer it never reads keeps only its current
// values in Go, and it would keep the whole buffer's referents in golem.
//
// golem finds the same variables in the source, after the escape scan:
//   - a local slice declared by make(...) or a slice literal (storage no
//     other name can reach), or a local array (a value: any initializer);
//   - every reference to it in the enclosing declaration's body (the
//     parser's complete list, nested function literals included) is its
//     declaration, `v[i] = x` with a plain `=`, or len(v) / cap(v).
// Anything else — reading an element, ranging, slicing, taking the address,
// passing v, reassigning v, v[i] += x — is a read, and v keeps its stores.
// Parameters and results are never candidates: only statements declare them
// (a bare return reads named results without naming them).
//
// The lowering then evaluates `v[i] = x` as before — the index, the bounds
// check, the value — and drops the store (LValue::Blank). The storage is
// still allocated, zeroed, and stays all zeros.
//
// The scan only records what it meets; an unrecognized use disqualifies,
// because the decision compares against the parser's list of every ident.
#include "compiler/escape_internal.h"

namespace golem::escape {

namespace T = types;

namespace {

const ast::Ident* identOf(const ast::Expr* e) {
  e = unparen(e);
  return e && e->kind == ast::ExprKind::Ident ? static_cast<const ast::Ident*>(e) : nullptr;
}

bool isFreshSliceInit(const ast::Expr* init) {
  init = unparen(init);
  if (!init) return false;
  if (init->kind == ast::ExprKind::CompositeLit) return true;
  if (init->kind != ast::ExprKind::Call) return false;
  auto* c = static_cast<const ast::CallExpr*>(init);
  return c->callKind == ast::CallKind::Builtin && c->builtin == ast::BuiltinId::Make;
}

}  // namespace

void noteDeclaredArray(Analysis& a, const T::Var* v, const ast::Expr* init) {
  if (!v || v->isGlobal || !v->type) return;
  switch (T::underlying(v->type)->kind) {
    case T::TypeKind::Array:
      a.declaredArrays.insert(v);
      return;
    case T::TypeKind::Slice:
      if (isFreshSliceInit(init)) a.declaredArrays.insert(v);
      return;
    default:
      return;
  }
}

void noteElementStores(Analysis& a, const ast::AssignStmt* s) {
  if (s->define || s->op != ast::Op::None) return;
  for (const ast::Expr* lhs : s->lhs) {
    const ast::Expr* e = unparen(lhs);
    if (e->kind != ast::ExprKind::Index) continue;
    if (const ast::Ident* id = identOf(static_cast<const ast::IndexExpr*>(e)->x))
      a.storeOrLengthUses.insert(id);
  }
}

void noteLengthUse(Analysis& a, const ast::CallExpr* c) {
  if (c->callKind != ast::CallKind::Builtin || c->args.size() != 1) return;
  if (c->builtin != ast::BuiltinId::Len && c->builtin != ast::BuiltinId::Cap) return;
  if (const ast::Ident* id = identOf(c->args[0])) a.storeOrLengthUses.insert(id);
}

void findWriteOnlyArrays(Analysis& a) {
  // A variable whose declaration is in no declaration's ident list (one in a
  // package-level initializer's literal) was not checked: it keeps its stores.
  std::unordered_set<const T::Var*> checked, read;
  for (auto& [key, fn] : a.functions) {
    if (!fn->decl || fn->decl->bodyElided) continue;
    for (const ast::Ident* id : fn->decl->bodyIdents) {
      if (!id->obj || id->obj->objKind != T::ObjKind::Var) continue;
      auto* v = static_cast<const T::Var*>(id->obj);
      if (!a.declaredArrays.count(v)) continue;
      if (id->pos == v->pos) {
        checked.insert(v);
      } else if (!a.storeOrLengthUses.count(id)) {
        read.insert(v);
      }
    }
  }
  for (const T::Var* v : checked)
    if (!read.count(v)) a.result.writeOnlyArrays.insert(v);
}

}  // namespace golem::escape
