// Statements and function bodies.
//
// Each block, if/for/switch/select statement and case clause opens a scope;
// local declarations go into the current scope when their declaration is
// complete (so `x := x` refers to the outer x). Every local variable is
// remembered in the function's context and reported as "declared but not
// used" at the end of the function unless something read it (assignment is
// not a use). Branch targets and labels are resolved by check_labels.cpp; the
// "missing return" analysis (isTerminating) follows the spec's terminating
// statements.
#include <cassert>
#include <set>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

std::string opString(ast::Op op);  // check_format.cpp

void Checker::openScope() { scope = u.make<Scope>(scope); }

void Checker::closeScope() {
  if (scope && scope->parent) scope = scope->parent;
}

void Checker::declareLocalVar(ast::Ident* id, Var* v) {
  if (fctx && !fctx->lit && scope && scope->isFunc && fctx->func && fctx->func->decl &&
      fctx->func->decl->sessionStatements) {
    // A REPL session variable: package-level, replacing any of that name.
    v->isGlobal = true;
    v->pkg = pkg;
    if (id) id->obj = id->name == "_" ? nullptr : v;
    if (v->name == "_") return;
    pkg->scope->names[v->name] = v;
    v->parent = pkg->scope;
    return;
  }
  if (fctx) {
    v->owner = fctx->func;
    v->ownerLit = fctx->lit;
  }
  // A redeclared variable is not in scope: it cannot be used, nor reported unused.
  if (declare(scope, id, v) && fctx) fctx->locals.push_back(v);
}

void Checker::stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list) {
  bool ok = ctxt & FallthroughOk;
  unsigned inner = ctxt & ~unsigned(FallthroughOk | FinalSwitchCase);
  // Only the last non-empty statement of a case may be a fallthrough.
  size_t last = list.size();
  while (last > 0 && list[last - 1] && list[last - 1]->kind == ast::StmtKind::Empty) last--;
  for (size_t i = 0; i < list.size(); i++) {
    unsigned c = inner;
    if (ok && i + 1 == last) c |= FallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::simpleStmt(ast::Stmt* s) {
  if (s) stmt(0, s);
}

static bool isStatementCall(ast::Expr* e) {
  e = unparen(e);
  if (!e) return false;
  if (e->kind == ast::ExprKind::Unary && static_cast<ast::UnaryExpr*>(e)->op == ast::Op::Arrow) return true;
  if (e->kind != ast::ExprKind::Call) return false;
  auto* c = static_cast<ast::CallExpr*>(e);
  if (c->callKind == ast::CallKind::Call) return true;
  if (c->callKind == ast::CallKind::Builtin) {
    switch (c->builtin) {
      case ast::BuiltinId::Close:
      case ast::BuiltinId::Copy:
      case ast::BuiltinId::Delete:
      case ast::BuiltinId::Panic:
      case ast::BuiltinId::Print:
      case ast::BuiltinId::Println:
      case ast::BuiltinId::Recover:
        return true;
      default:
        return false;
    }
  }
  return false;
}

void Checker::suspendedCall(const char* keyword, ast::CallExpr* call) {
  if (!call) return;
  Operand x;
  rawExpr(x, call, nullptr);
  std::string msg;
  if (call->callKind == ast::CallKind::Conversion) msg = "requires function call, not conversion";
  else if (!isStatementCall(call)) msg = "discards result of";
  else return;
  if (x.mode == Mode::Invalid) return;
  errorAt(call, std::string(keyword) + " " + msg + " " + operandStr(x));
}

void Checker::declStmt(ast::GenDecl* d) {
  ast::ValueSpec* lastConst = nullptr;
  for (ast::Spec* spec : d->specs) {
    switch (d->tok) {
      case ast::DeclTok::Import:
        break;
      case ast::DeclTok::Const: {
        auto* vs = static_cast<ast::ValueSpec*>(spec);
        ast::ValueSpec* src = vs;
        if (vs->values.empty() && !vs->typeExpr && lastConst) src = lastConst;
        else if (!vs->values.empty() || vs->typeExpr) lastConst = vs;
        std::vector<Const*> consts;
        for (size_t i = 0; i < vs->names.size(); i++) {
          ast::Ident* id = vs->names[i];
          auto* c = u.make<Const>(id->name, id->pos);
          c->pkg = pkg;
          ast::Expr* init = i < src->values.size() ? src->values[i] : nullptr;
          if (!init) error(id->pos, "missing init expr for const declaration");
          constDecl(c, src->typeExpr, init, vs->iota);
          consts.push_back(c);
        }
        if (src == vs && vs->values.size() > vs->names.size())
          errorAt(vs->values[vs->names.size()], "extra init expr");
        for (size_t i = 0; i < consts.size(); i++) declare(scope, vs->names[i], consts[i]);
        break;
      }
      case ast::DeclTok::Var: {
        auto* vs = static_cast<ast::ValueSpec*>(spec);
        std::vector<Var*> vars;
        for (ast::Ident* id : vs->names) {
          auto* v = u.make<Var>(id->name, id->pos, nullptr);
          v->pkg = pkg;
          id->obj = v;
          vars.push_back(v);
        }
        Type* t = nullptr;
        if (vs->typeExpr) {
          t = varType(vs->typeExpr);
          for (Var* v : vars) v->type = t;
        }
        if (vs->values.empty()) {
          if (!vs->typeExpr)
            for (Var* v : vars) v->type = invalid();
        } else if (vars.size() == vs->values.size()) {
          for (size_t i = 0; i < vars.size(); i++) {
            Operand x;
            exprWithHint(x, vs->values[i], t);
            initVar(vars[i], x, "variable declaration");
          }
        } else if (vs->values.size() == 1) {
          initVars(vars, vs->values, nullptr);
        } else {
          useExprs(vs->values);
          if (vs->values.size() > vars.size()) errorAt(vs->values[vars.size()], "extra init expr");
          else assignError(vs->values, vars.size(), vs->values.size());
          for (Var* v : vars) {
            v->used = true;
            if (!v->type) v->type = invalid();
          }
        }
        for (size_t i = 0; i < vars.size(); i++) {
          recordExpr(vs->names[i], Mode::Variable, vars[i]->type, nullptr);
          declareLocalVar(vs->names[i], vars[i]);
        }
        break;
      }
      case ast::DeclTok::Type: {
        auto* ts = static_cast<ast::TypeSpec*>(spec);
        auto* tn = u.make<TypeName>(ts->name->name, ts->name->pos);
        tn->pkg = pkg;
        tn->isAlias = ts->isAlias;
        // Declared before its type is checked, so it may refer to itself.
        declare(scope, ts->name, tn);
        if (ts->isAlias) {
          tn->type = typExpr(ts->typeExpr);
        } else {
          auto* named = u.make<Named>(tn);
          tn->type = named;
          color[tn] = Color::Grey;
          Type* rhs = typInternal(ts->typeExpr, named);
          Type* und = rhs && rhs->kind == TypeKind::Named ? under(rhs) : rhs;
          if (!und || und == named) und = invalid();
          named->underlying = und;
          color[tn] = Color::Black;
        }
        break;
      }
    }
  }
}

void Checker::stmt(unsigned ctxt, ast::Stmt* s) {
  using K = ast::StmtKind;
  if (!s) return;
  unsigned inner = ctxt & ~unsigned(FallthroughOk | FinalSwitchCase);
  switch (s->kind) {
    case K::Bad:
    case K::Empty:
      return;
    case K::Decl:
      declStmt(static_cast<ast::DeclStmt*>(s)->decl);
      return;
    case K::Labeled:
      stmt(ctxt, static_cast<ast::LabeledStmt*>(s)->stmt);
      return;
    case K::Expr: {
      auto* es = static_cast<ast::ExprStmt*>(s);
      Operand x;
      rawExpr(x, es->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case Mode::Invalid:
          return;
        case Mode::Builtin:
          msg = "must be called";
          break;
        case Mode::TypeExpr:
          msg = "is not an expression";
          break;
        default:
          if (isStatementCall(es->x)) return;
          msg = "is not used";
      }
      errorAt(x.expr, operandStr(x) + " " + msg);
      return;
    }
    case K::Send: {
      auto* ss = static_cast<ast::SendStmt*>(s);
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.mode == Mode::Invalid || val.mode == Mode::Invalid) return;
      Type* ut = under(ch.type);
      if (ut->kind != TypeKind::Chan) {
        error(s->pos, "invalid operation: cannot send to non-channel " + operandStr(ch));
        return;
      }
      auto* c = static_cast<Chan*>(ut);
      if (c->dir == ChanDir::RecvOnly) {
        error(s->pos, "invalid operation: cannot send to receive-only channel " + operandStr(ch));
        return;
      }
      assignment(val, c->elem, "send");
      return;
    }
    case K::IncDec: {
      auto* ids = static_cast<ast::IncDecStmt*>(s);
      Operand x;
      expr(x, ids->x);
      if (x.mode == Mode::Invalid) return;
      if (!isNumeric(x.type)) {
        std::string op = ids->op == ast::Op::Inc ? "++" : "--";
        error(ids->x->pos, "invalid operation: " + exprStr(ids->x) + op + " (non-numeric type " + typeStr(x.type) + ")");
        return;
      }
      assignVar(ids->x, x);
      return;
    }
    case K::Assign: {
      auto* as = static_cast<ast::AssignStmt*>(s);
      if (as->define) {
        shortVarDecl(as);
        return;
      }
      if (as->op == ast::Op::None) {
        assignVars(as->lhs, as->rhs);
        return;
      }
      if (as->lhs.size() != 1 || as->rhs.size() != 1) {
        error(s->pos, "assignment operation " + opString(as->op) + "= requires single-valued expressions");
        return;
      }
      Operand x;
      binary(x, nullptr, as->lhs[0], as->rhs[0], as->op, as->tokPos);
      assignVar(as->lhs[0], x);
      return;
    }
    case K::Go:
      suspendedCall("go", static_cast<ast::GoStmt*>(s)->call);
      return;
    case K::Defer:
      suspendedCall("defer", static_cast<ast::DeferStmt*>(s)->call);
      return;
    case K::Return: {
      auto* rs = static_cast<ast::ReturnStmt*>(s);
      Tuple* res = fctx && fctx->sig ? fctx->sig->results : nullptr;
      size_t nres = res ? res->vars.size() : 0;
      if (rs->results.empty() && nres > 0 && !res->vars[0]->name.empty()) {
        for (Var* v : res->vars) {
          Object* alt = lookup(v->name);
          if (alt && alt != v) {
            error(s->pos, "result parameter " + v->name + " not in scope at return\n\t" + alt->pos.str() +
                              ": inner declaration of var " + v->name + " " + typeStr(alt->type));
          }
        }
      } else {
        std::vector<Var*> lhs;
        if (res) lhs = res->vars;
        if (lhs.empty() && rs->results.empty()) return;
        initVars(lhs, rs->results, s);
      }
      return;
    }
    case K::Branch:
      return;  // check_labels.cpp
    case K::Block:
      openScope();
      stmtList(inner, static_cast<ast::BlockStmt*>(s)->list);
      closeScope();
      return;
    case K::If: {
      auto* is = static_cast<ast::IfStmt*>(s);
      openScope();
      simpleStmt(is->init);
      Operand x;
      expr(x, is->cond);
      if (x.mode != Mode::Invalid && !isBoolean(x.type)) errorAt(is->cond, "non-boolean condition in if statement");
      stmt(inner, is->body);
      if (is->els) stmt(inner, is->els);
      closeScope();
      return;
    }
    case K::Switch:
      openScope();
      switchStmt(inner | BreakOk, static_cast<ast::SwitchStmt*>(s));
      closeScope();
      return;
    case K::TypeSwitch:
      openScope();
      typeSwitchStmt(inner | BreakOk, static_cast<ast::TypeSwitchStmt*>(s));
      closeScope();
      return;
    case K::Select:
      selectStmt(inner | BreakOk, static_cast<ast::SelectStmt*>(s));
      return;
    case K::For: {
      auto* fs = static_cast<ast::ForStmt*>(s);
      openScope();
      simpleStmt(fs->init);
      if (fs->cond) {
        Operand x;
        expr(x, fs->cond);
        if (x.mode != Mode::Invalid && !isBoolean(x.type)) errorAt(fs->cond, "non-boolean condition in for statement");
      }
      simpleStmt(fs->post);
      if (fs->post && fs->post->kind == K::Assign && static_cast<ast::AssignStmt*>(fs->post)->define)
        useExprs(static_cast<ast::AssignStmt*>(fs->post)->lhs);
      stmt(inner | BreakOk | ContinueOk, fs->body);
      closeScope();
      return;
    }
    case K::Range:
      rangeStmt(inner | BreakOk | ContinueOk, static_cast<ast::RangeStmt*>(s));
      return;
    case K::CaseClause:
    case K::CommClause:
      error(s->pos, "invalid statement");
      return;
  }
}

void Checker::switchStmt(unsigned inner, ast::SwitchStmt* s) {
  simpleStmt(s->init);
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (x.mode != Mode::Invalid && !comparable(x.type, nullptr) && !hasNil(x.type)) {
      errorAt(x.expr, "cannot switch on " + operandStr(x) + " (" + typeStr(x.type) + " is not comparable)");
      x.mode = Mode::Invalid;
    }
  } else {
    x.mode = Mode::Constant;
    x.type = typ(BasicKind::Bool);
    x.val = ConstValue::makeBool(true);
    x.expr = nullptr;
  }
  // The implicit `true` of a tagless switch prints as "true" in messages.
  ast::Ident trueIdent(s->pos, "true");
  if (!s->tag) x.expr = &trueIdent;
  const ast::CaseClause* firstDefault = nullptr;
  struct Seen {
    Pos pos;
    Type* type;
    std::string key;
  };
  std::vector<Seen> seen;
  auto& body = s->body->list;
  for (size_t i = 0; i < body.size(); i++) {
    if (!body[i] || body[i]->kind != ast::StmtKind::CaseClause) continue;
    auto* clause = static_cast<ast::CaseClause*>(body[i]);
    if (clause->isDefault || clause->list.empty()) {
      if (firstDefault) error(clause->pos, "multiple defaults (first at " + firstDefault->pos.str() + ")");
      else firstDefault = clause;
    }
    unsigned c = inner;
    if (i + 1 < body.size()) c |= FallthroughOk;
    else c |= FinalSwitchCase;
    for (ast::Expr* e : clause->list) {
      Operand v;
      expr(v, e);
      if (x.mode == Mode::Invalid || v.mode == Mode::Invalid) continue;
      convertUntyped(v, x.type);
      if (v.mode == Mode::Invalid) continue;
      Operand res = v;
      Operand xx = x;
      comparison(res, xx, ast::Op::Eql, true);
      if (res.mode == Mode::Invalid) continue;
      if (v.mode != Mode::Constant || !v.val || v.val->kind() == ConstValue::Kind::Unknown) continue;
      std::string key = std::to_string(int(v.val->kind())) + ":" + v.val->str();
      bool dup = false;
      for (Seen& sv : seen) {
        if (sv.key == key && identical(sv.type, v.type)) {
          errorAt(v.expr, "duplicate case " + operandStr(v) + " in expression switch\n\t" + sv.pos.str() + ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) seen.push_back({v.expr->pos, v.type, key});
    }
    openScope();
    stmtList(c, clause->body);
    closeScope();
  }
  if (!s->tag) {
    // Do not leave a pointer to the stack-allocated identifier behind.
    for (auto it = untyped.begin(); it != untyped.end();)
      it = it->first == &trueIdent ? untyped.erase(it) : std::next(it);
  }
}

void Checker::typeSwitchStmt(unsigned inner, ast::TypeSwitchStmt* s) {
  simpleStmt(s->init);
  ast::Ident* lhs = nullptr;
  ast::TypeAssertExpr* guard = nullptr;
  if (s->assign && s->assign->kind == ast::StmtKind::Assign) {
    auto* as = static_cast<ast::AssignStmt*>(s->assign);
    if (!as->lhs.empty() && as->lhs[0]->kind == ast::ExprKind::Ident) lhs = static_cast<ast::Ident*>(as->lhs[0]);
    if (!as->rhs.empty() && as->rhs[0]->kind == ast::ExprKind::TypeAssert)
      guard = static_cast<ast::TypeAssertExpr*>(as->rhs[0]);
  } else if (s->assign && s->assign->kind == ast::StmtKind::Expr) {
    ast::Expr* e = static_cast<ast::ExprStmt*>(s->assign)->x;
    if (e && e->kind == ast::ExprKind::TypeAssert) guard = static_cast<ast::TypeAssertExpr*>(e);
  }
  if (!guard) {
    error(s->pos, "invalid type switch guard");
    return;
  }
  if (lhs && lhs->name == "_") {
    error(lhs->pos, "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(x, guard->x);
  if (x.mode == Mode::Invalid) return;
  recordExpr(guard, Mode::Value, x.type, nullptr);
  Operand* sx = nullptr;
  if (ifaceOf(x.type)) sx = &x;
  else errorAt(x.expr, operandStr(x) + " is not an interface");
  const ast::CaseClause* firstDefault = nullptr;
  std::vector<Var*> lhsVars;
  std::vector<std::pair<Type*, ast::Expr*>> seen;
  bool seenNil = false;
  ast::Expr* nilExpr = nullptr;
  for (ast::Stmt* st : s->body->list) {
    if (!st || st->kind != ast::StmtKind::CaseClause) continue;
    auto* clause = static_cast<ast::CaseClause*>(st);
    if (clause->isDefault || clause->list.empty()) {
      if (firstDefault) error(clause->pos, "multiple defaults (first at " + firstDefault->pos.str() + ")");
      else firstDefault = clause;
    }
    Type* T = nullptr;
    for (ast::Expr* e : clause->list) {
      ast::Expr* ue = unparen(e);
      bool isNilCase = false;
      if (ue && ue->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(ue)->name == "nil") {
        Object* o = lookup("nil");
        isNilCase = o && o->objKind == ObjKind::Nil;
      }
      if (isNilCase) {
        T = nullptr;
        Operand dummy;
        expr(dummy, e);
        if (seenNil) {
          errorAt(e, "duplicate case nil in type switch\n\t" + nilExpr->pos.str() + ": previous case");
          continue;
        }
        seenNil = true;
        nilExpr = e;
        continue;
      }
      T = varType(e);
      if (!isValid(T)) continue;
      bool dup = false;
      for (auto& [t, other] : seen)
        if (identical(T, t)) {
          errorAt(e, "duplicate case " + typeStr(T) + " in type switch\n\t" + other->pos.str() + ": previous case");
          dup = true;
          break;
        }
      if (dup) continue;
      seen.push_back({T, e});
      if (sx) checkTypeAssertion(e, *sx, T, true);
    }
    openScope();
    if (lhs) {
      if (clause->list.size() != 1 || !T) T = x.type;
      auto* v = u.make<Var>(lhs->name, lhs->pos, T);
      v->pkg = pkg;
      if (fctx) {
        v->owner = fctx->func;
        v->ownerLit = fctx->lit;
      }
      scope->names[v->name] = v;
      v->parent = scope;
      clause->implicitVar = v;
      lhsVars.push_back(v);
    }
    stmtList(inner, clause->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;
    }
    if (!used) error(lhs->pos, lhs->name + " declared but not used");
    // Record the symbol itself (it denotes no single variable).
    recordExpr(lhs, Mode::Variable, x.type, nullptr);
  }
}

void Checker::selectStmt(unsigned inner, ast::SelectStmt* s) {
  const ast::CommClause* firstDefault = nullptr;
  for (ast::Stmt* st : s->body->list) {
    if (!st || st->kind != ast::StmtKind::CommClause) continue;
    auto* clause = static_cast<ast::CommClause*>(st);
    if (!clause->comm) {
      if (firstDefault) error(clause->pos, "multiple defaults (first at " + firstDefault->pos.str() + ")");
      else firstDefault = clause;
    }
    bool valid = false;
    ast::Expr* rhs = nullptr;
    ast::Stmt* comm = clause->comm;
    if (!comm || comm->kind == ast::StmtKind::Send) valid = true;
    else if (comm->kind == ast::StmtKind::Assign) {
      auto* as = static_cast<ast::AssignStmt*>(comm);
      if (as->rhs.size() == 1) rhs = as->rhs[0];
    } else if (comm->kind == ast::StmtKind::Expr) {
      rhs = static_cast<ast::ExprStmt*>(comm)->x;
    }
    if (rhs) {
      ast::Expr* r = unparen(rhs);
      if (r && r->kind == ast::ExprKind::Unary && static_cast<ast::UnaryExpr*>(r)->op == ast::Op::Arrow) valid = true;
    }
    if (!valid) {
      error(comm->pos, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope();
    if (comm) stmt(inner, comm);
    stmtList(inner, clause->body);
    closeScope();
  }
}

void Checker::rangeStmt(unsigned inner, ast::RangeStmt* s) {
  Operand x;
  expr(x, s->x);
  Type* key = nullptr;
  Type* val = nullptr;
  if (x.mode != Mode::Invalid) {
    std::string cause;
    Type* ut = under(x.type);
    if (ut->kind == TypeKind::Pointer) {
      Type* b = under(static_cast<Pointer*>(ut)->elem);
      if (b->kind == TypeKind::Array) ut = b;
    }
    switch (ut->kind) {
      case TypeKind::Basic:
        if (isString(ut)) {
          key = typ(BasicKind::Int);
          Object* r = u.scope->lookupLocal("rune");
          val = r && r->type ? r->type : typ(BasicKind::Int32);
        }
        break;
      case TypeKind::Array:
        key = typ(BasicKind::Int);
        val = static_cast<Array*>(ut)->elem;
        break;
      case TypeKind::Slice:
        key = typ(BasicKind::Int);
        val = static_cast<Slice*>(ut)->elem;
        break;
      case TypeKind::Map:
        key = static_cast<Map*>(ut)->key;
        val = static_cast<Map*>(ut)->elem;
        break;
      case TypeKind::Chan: {
        auto* c = static_cast<Chan*>(ut);
        key = c->elem;
        val = invalid();
        if (s->value) errorAt(s->value, "range over " + operandStr(x) + " permits only one iteration variable");
        if (c->dir == ChanDir::SendOnly) cause = "receive from send-only channel";
        break;
      }
      default:
        break;
    }
    if (!key || !cause.empty()) {
      if (cause.empty()) errorAt(x.expr, "cannot range over " + operandStr(x));
      else errorAt(x.expr, "cannot range over " + operandStr(x) + " (" + cause + ")");
      key = nullptr;
      val = nullptr;
    }
    if (key && isUntyped(x.type)) convertUntyped(x, typ(BasicKind::String));
  }
  openScope();
  ast::Expr* lhs[2] = {s->key, s->value};
  Type* rhs[2] = {key, val};
  if (s->define) {
    std::vector<std::pair<ast::Ident*, Var*>> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Var* obj;
      ast::Ident* id = nullptr;
      if (lhs[i]->kind == ast::ExprKind::Ident) {
        id = static_cast<ast::Ident*>(lhs[i]);
        obj = u.make<Var>(id->name, id->pos, nullptr);
        obj->pkg = pkg;
        if (id->name != "_") vars.push_back({id, obj});
        else id->obj = nullptr;
      } else {
        errorAt(lhs[i], "cannot declare " + exprStr(lhs[i]));
        obj = u.make<Var>("_", lhs[i]->pos, nullptr);
      }
      if (rhs[i]) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        initVar(obj, v, "range clause");
      } else {
        obj->type = invalid();
        obj->used = true;
      }
      recordExpr(lhs[i], Mode::Variable, obj->type, nullptr);
    }
    if (!vars.empty()) {
      for (auto& [id, v] : vars) declareLocalVar(id, v);
    } else {
      error(s->pos, "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i]) continue;
      Operand v;
      v.mode = Mode::Value;
      v.expr = lhs[i];
      v.type = rhs[i];
      assignVar(lhs[i], v);
    }
  }
  stmt(inner, s->body);
  closeScope();
}

// ---------------------------------------------------------------------------
// Terminating statements (the spec's definition), for "missing return".

bool Checker::isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label) {
  // Trailing empty statements are permitted; skip them.
  size_t n = list.size();
  while (n > 0 && list[n - 1] && list[n - 1]->kind == ast::StmtKind::Empty) n--;
  if (n == 0) return false;
  return isTerminating(list[n - 1], label);
}

bool Checker::isTerminating(ast::Stmt* s, const std::string& label) {
  using K = ast::StmtKind;
  if (!s) return false;
  switch (s->kind) {
    case K::Return:
      return true;
    case K::Branch: {
      auto* b = static_cast<ast::BranchStmt*>(s);
      return b->tok == ast::BranchTok::Goto || b->tok == ast::BranchTok::Fallthrough;
    }
    case K::Expr: {
      ast::Expr* e = unparen(static_cast<ast::ExprStmt*>(s)->x);
      return e && e->kind == ast::ExprKind::Call && static_cast<ast::CallExpr*>(e)->callKind == ast::CallKind::Builtin &&
             static_cast<ast::CallExpr*>(e)->builtin == ast::BuiltinId::Panic;
    }
    case K::Labeled: {
      auto* l = static_cast<ast::LabeledStmt*>(s);
      return isTerminating(l->stmt, l->label->name);
    }
    case K::Block:
      return isTerminatingList(static_cast<ast::BlockStmt*>(s)->list, "");
    case K::If: {
      auto* i = static_cast<ast::IfStmt*>(s);
      return i->els && isTerminating(i->body, "") && isTerminating(i->els, "");
    }
    case K::Switch:
    case K::TypeSwitch:
    case K::Select: {
      ast::BlockStmt* body = s->kind == K::Switch       ? static_cast<ast::SwitchStmt*>(s)->body
                             : s->kind == K::TypeSwitch ? static_cast<ast::TypeSwitchStmt*>(s)->body
                                                        : static_cast<ast::SelectStmt*>(s)->body;
      bool hasDefault = false;
      for (ast::Stmt* c : body->list) {
        const std::vector<ast::Stmt*>* stmts = nullptr;
        if (c->kind == K::CaseClause) {
          auto* cc = static_cast<ast::CaseClause*>(c);
          if (cc->isDefault || cc->list.empty()) hasDefault = true;
          stmts = &cc->body;
        } else if (c->kind == K::CommClause) {
          auto* cc = static_cast<ast::CommClause*>(c);
          stmts = &cc->body;
        } else {
          continue;
        }
        if (!isTerminatingList(*stmts, "")) return false;
        for (ast::Stmt* st : *stmts)
          if (hasBreak(st, label, true)) return false;
      }
      if (s->kind == K::Select) return true;
      return hasDefault;
    }
    case K::For: {
      auto* f = static_cast<ast::ForStmt*>(s);
      return !f->cond && !hasBreak(f->body, label, true);
    }
    default:
      return false;
  }
}

// Whether s contains a break referring to the enclosing statement (an
// unlabeled break not nested in another breakable statement when implicit,
// or `break label`).
bool Checker::hasBreak(ast::Stmt* s, const std::string& label, bool implicit) {
  using K = ast::StmtKind;
  if (!s) return false;
  switch (s->kind) {
    case K::Branch: {
      auto* b = static_cast<ast::BranchStmt*>(s);
      if (b->tok != ast::BranchTok::Break) return false;
      if (!b->label) return implicit;
      return !label.empty() && b->label->name == label;
    }
    case K::Labeled:
      return hasBreak(static_cast<ast::LabeledStmt*>(s)->stmt, label, implicit);
    case K::Block:
      for (ast::Stmt* st : static_cast<ast::BlockStmt*>(s)->list)
        if (hasBreak(st, label, implicit)) return true;
      return false;
    case K::If: {
      auto* i = static_cast<ast::IfStmt*>(s);
      return hasBreak(i->body, label, implicit) || hasBreak(i->els, label, implicit);
    }
    case K::CaseClause:
      for (ast::Stmt* st : static_cast<ast::CaseClause*>(s)->body)
        if (hasBreak(st, label, implicit)) return true;
      return false;
    case K::CommClause:
      for (ast::Stmt* st : static_cast<ast::CommClause*>(s)->body)
        if (hasBreak(st, label, implicit)) return true;
      return false;
    case K::Switch:
      return !label.empty() && hasBreak(static_cast<ast::SwitchStmt*>(s)->body, label, false);
    case K::TypeSwitch:
      return !label.empty() && hasBreak(static_cast<ast::TypeSwitchStmt*>(s)->body, label, false);
    case K::Select:
      return !label.empty() && hasBreak(static_cast<ast::SelectStmt*>(s)->body, label, false);
    case K::For:
      return !label.empty() && hasBreak(static_cast<ast::ForStmt*>(s)->body, label, false);
    case K::Range:
      return !label.empty() && hasBreak(static_cast<ast::RangeStmt*>(s)->body, label, false);
    default:
      return false;
  }
}

}  // namespace golem::check
