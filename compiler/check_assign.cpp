// Assignments and initializations: `=`, `:=`, var and const declarations,
// return statements and argument passing all come down to assignment().
//
// assignment(x, T, context) first gives an untyped x its type (T, or its
// default type when T is an interface or the blank identifier), then checks
// that x is assignable to T; its error names the context ("in assignment",
// "in argument to f", "in return statement", ...). Multi-value forms match
// counts first: n = n, or n = one call returning n values, or 2 = a comma-ok
// expression; anything else is an "assignment mismatch".
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::CommaOk:
      break;
    default:
      errorAt(x.expr, "cannot assign " + operandStr(x) + " to " + (T ? typeStr(T) : "_") + " in " + context);
      x.mode = Mode::Invalid;
      return;
  }
  if (isUntyped(x.type)) {
    Type* target = T;
    if (x.isNil()) {
      if (!T) {
        errorAt(x.expr, "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!T || ifaceOf(T)) {
      target = defaultType(x.type);
    }
    const ConstValue* val = nullptr;
    int code = 0;
    Type* newType = implicitTypeAndValue(x, target, &val, &code);
    if (code != 0) {
      std::string msg = "cannot use " + operandStr(x) + " as " + typeStr(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      else if (code == 2) msg += " (overflows)";
      errorAt(x.expr, msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (val) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    if (!reason.empty())
      errorAt(x.expr, "cannot use " + operandStr(x) + " as type " + typeStr(T) + " in " + context + ":\n\t" + reason);
    else
      errorAt(x.expr, "cannot use " + operandStr(x) + " as type " + typeStr(T) + " in " + context);
    x.mode = Mode::Invalid;
  }
}

void Checker::initConst(Const* lhs, Operand& x) {
  if (x.mode == Mode::Invalid || !isValid(x.type) || (lhs->type && !isValid(lhs->type))) {
    if (!lhs->type) lhs->type = invalid();
    if (!lhs->value) lhs->value = ConstValue::makeUnknown();
    return;
  }
  if (x.mode != Mode::Constant) {
    errorAt(x.expr, operandStr(x) + " is not constant");
    if (!lhs->type) lhs->type = invalid();
    lhs->value = ConstValue::makeUnknown();
    return;
  }
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.mode == Mode::Invalid) {
    lhs->value = ConstValue::makeUnknown();
    return;
  }
  lhs->value = x.val;
}

Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
  if (x.mode == Mode::Invalid || !isValid(x.type) || (lhs->type && !isValid(lhs->type))) {
    if (!lhs->type) lhs->type = invalid();
    lhs->used = true;
    return nullptr;
  }
  if (!lhs->type) {
    Type* t = x.type;
    if (isUntyped(t)) {
      if (x.isNil()) {
        errorAt(x.expr, "use of untyped nil in " + context);
        lhs->type = invalid();
        lhs->used = true;
        return nullptr;
      }
      t = defaultType(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.mode == Mode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

Type* Checker::assignVar(ast::Expr* lhs, Operand& x) {
  if (x.mode == Mode::Invalid || !isValid(x.type)) {
    useExprs({lhs});
    return nullptr;
  }
  ast::Expr* inner = unparen(lhs);
  auto* id = inner && inner->kind == ast::ExprKind::Ident ? static_cast<ast::Ident*>(inner) : nullptr;
  if (id && id->name == "_") {
    id->obj = nullptr;
    assignment(x, nullptr, "assignment to _ identifier");
    recordExpr(lhs, Mode::Variable, x.mode == Mode::Invalid ? invalid() : x.type, nullptr);
    if (x.mode == Mode::Invalid) return nullptr;
    return x.type;
  }
  // Assigning to a variable is not a use of it.
  Var* v = nullptr;
  bool vUsed = false;
  if (id) {
    Object* obj = lookup(id->name);
    if (obj && obj->objKind == ObjKind::Var && obj->pkg == pkg) {
      v = static_cast<Var*>(obj);
      vUsed = v->used;
    }
  }
  Operand z;
  expr(z, lhs);
  if (v) {
    v->used = vUsed;
    v->reassignedAfterDecl = true;
  }
  if (z.mode == Mode::Invalid || !isValid(z.type)) return nullptr;
  switch (z.mode) {
    case Mode::Variable:
    case Mode::MapIndex:
      break;
    default: {
      if (inner && inner->kind == ast::ExprKind::Selector) {
        auto* sel = static_cast<ast::SelectorExpr*>(inner);
        if (sel->x->mode == Mode::MapIndex) {
          errorAt(z.expr, "cannot assign to struct field " + exprStr(z.expr) + " in map");
          return nullptr;
        }
      }
      errorAt(z.expr, "cannot assign to " + operandStr(z));
      return nullptr;
    }
  }
  assignment(x, z.type, "assignment");
  if (x.mode == Mode::Invalid) return nullptr;
  return x.type;
}

void Checker::assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const std::string& unit) {
    return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
  };
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  if (rhs.empty()) return;
  ast::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    ast::Expr* inner = unparen(rhs0);
    if (inner && inner->kind == ast::ExprKind::Call) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + exprStr(static_cast<ast::CallExpr*>(inner)->fun) +
                           " returns " + vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(ast::Stmt* ret, const std::vector<Operand>& rhs, const std::vector<Var*>& lhs) {
  Pos at = ret->pos;
  std::string qualifier = "not enough";
  if (rhs.size() > lhs.size()) {
    at = startPos(rhs[lhs.size()].expr);
    qualifier = "too many";
  } else if (!rhs.empty()) {
    at = startPos(rhs.back().expr);
  }
  std::vector<Type*> have, want;
  for (const Operand& x : rhs) have.push_back(x.type);
  for (Var* v : lhs) want.push_back(v->type);
  error(at, qualifier + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false));
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<ast::Expr*>& origRhs, ast::Stmt* returnStmt) {
  bool commaOk = false;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2 && !returnStmt, &commaOk);
  if (lhs.size() != rhs.size()) {
    for (Var* v : lhs) {
      v->used = true;
      if (!v->type) v->type = invalid();
    }
    for (Operand& x : rhs)
      if (x.mode == Mode::Invalid) return;
    if (returnStmt) {
      returnError(returnStmt, rhs, lhs);
      return;
    }
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = returnStmt ? "return statement" : "assignment";
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!initVar(lhs[i], rhs[i], context)) ok = false;
  if (commaOk) {
    // The second value of a comma-ok expression is always a bool.
    if (lhs[1]->type && isUntyped(lhs[1]->type)) lhs[1]->type = typ(BasicKind::Bool);
  }
  if (!ok)
    for (Var* v : lhs) v->used = true;
}

void Checker::assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& origRhs) {
  bool commaOk = false;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2, &commaOk);
  if (lhs.size() != rhs.size()) {
    useExprs(lhs);
    for (Operand& x : rhs)
      if (x.mode == Mode::Invalid) return;
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!assignVar(lhs[i], rhs[i])) ok = false;
  if (!ok) {
    for (ast::Expr* e : lhs) {
      ast::Expr* inner = unparen(e);
      if (inner && inner->kind == ast::ExprKind::Ident) {
        Object* obj = lookup(static_cast<ast::Ident*>(inner)->name);
        if (obj && obj->objKind == ObjKind::Var && obj->pkg == pkg) static_cast<Var*>(obj)->used = true;
      }
    }
  }
}

void Checker::shortVarDecl(ast::AssignStmt* s) {
  std::set<std::string> seen;
  std::vector<Var*> lhsVars(s->lhs.size(), nullptr);
  std::vector<std::pair<ast::Ident*, Var*>> newVars;
  bool hasErr = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    ast::Expr* l = s->lhs[i];
    if (!l || l->kind != ast::ExprKind::Ident) {
      useExprs({l});
      if (l) errorAt(l, "non-name " + exprStr(l) + " on left side of :=");
      hasErr = true;
      continue;
    }
    auto* id = static_cast<ast::Ident*>(l);
    const std::string& name = id->name;
    if (name != "_") {
      if (!seen.insert(name).second) {
        errorAt(l, name + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
    }
    if (Object* alt = scope->lookupLocal(name)) {
      id->obj = alt;
      if (alt->objKind == ObjKind::Var) {
        lhsVars[i] = static_cast<Var*>(alt);
        lhsVars[i]->reassignedAfterDecl = true;
      } else {
        errorAt(l, "cannot assign to " + exprStr(l));
        hasErr = true;
      }
      continue;
    }
    auto* v = u.make<Var>(name, id->pos, nullptr);
    v->pkg = pkg;
    lhsVars[i] = v;
    id->obj = v;
    if (name != "_") newVars.push_back({id, v});
  }
  for (size_t i = 0; i < lhsVars.size(); i++) {
    if (!lhsVars[i]) {
      lhsVars[i] = u.make<Var>("_", s->lhs[i] ? s->lhs[i]->pos : s->pos, nullptr);
      lhsVars[i]->pkg = pkg;
    }
  }
  initVars(lhsVars, s->rhs, nullptr);
  for (size_t i = 0; i < s->lhs.size(); i++) {
    ast::Expr* l = s->lhs[i];
    if (l && l->kind == ast::ExprKind::Ident) {
      Var* v = lhsVars[i];
      recordExpr(l, Mode::Variable, v->type ? v->type : invalid(), nullptr);
      if (v->name == "_") {
        static_cast<ast::Ident*>(l)->obj = nullptr;
        if (!v->type) v->type = invalid();
      }
    }
  }
  if (newVars.empty() && !hasErr) {
    error(s->tokPos, "no new variables on left side of :=");
    return;
  }
  for (auto& [id, v] : newVars) declareLocalVar(id, v);
}

}  // namespace golem::check
