// Expressions: the dispatch over expression kinds, identifiers, literals,
// dereferences, type assertions, and the recording of results on the AST.
//
// rawExpr() evaluates any expression into an Operand and records it; expr()
// additionally insists on a single value (not a type, not a call without
// results, not a multi-value call). Untyped results are recorded provisionally
// (see check_untyped.cpp): their final type comes later.
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

void Checker::recordExpr(ast::Expr* e, Mode mode, Type* t, const ConstValue* v) {
  if (!e) return;
  e->mode = mode;
  e->type = t;
  e->constant = mode == Mode::Constant ? v : nullptr;
}

void Checker::record(Operand& x) {
  if (!x.expr) return;
  Type* t = x.type;
  const ConstValue* v = nullptr;
  switch (x.mode) {
    case Mode::Invalid: t = invalid(); break;
    case Mode::Constant: v = x.val; break;
    default: break;
  }
  if (x.mode != Mode::Invalid && t && isUntyped(t)) {
    untyped[x.expr] = UntypedInfo{false, x.mode, t, v};
  }
  recordExpr(x.expr, x.mode, t, v);
}

void Checker::singleValue(Operand& x) {
  if (x.mode == Mode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    errorAt(x.expr, "multiple-value " + operandStr(x) + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

static void exclude(Checker& c, Operand& x, bool typeOk) {
  std::string msg;
  switch (x.mode) {
    case Mode::NoValue:
      msg = c.operandStr(x) + (typeOk ? " used as value or type" : " used as value");
      break;
    case Mode::Builtin:
      msg = c.operandStr(x) + " must be called";
      break;
    case Mode::TypeExpr:
      if (typeOk) return;
      msg = c.operandStr(x) + " is not an expression";
      break;
    default:
      return;
  }
  c.errorAt(x.expr, msg);
  x.mode = Mode::Invalid;
}

void Checker::expr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(*this, x, false);
  singleValue(x);
}

void Checker::exprWithHint(Operand& x, ast::Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  exclude(*this, x, false);
  singleValue(x);
}

void Checker::exprOrType(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(*this, x, true);
  singleValue(x);
}

std::vector<Operand> Checker::exprList(const std::vector<ast::Expr*>& elist, bool allowCommaOk, bool* commaOk) {
  std::vector<Operand> out;
  if (commaOk) *commaOk = false;
  if (elist.size() == 1) {
    Operand x;
    rawExpr(x, elist[0], nullptr);
    exclude(*this, x, false);
    if (x.mode != Mode::Invalid && x.type && x.type->kind == TypeKind::Tuple) {
      for (Var* v : static_cast<Tuple*>(x.type)->vars) {
        Operand y;
        y.mode = Mode::Value;
        y.expr = elist[0];
        y.type = v->type;
        out.push_back(y);
      }
      return out;
    }
    out.push_back(x);
    if (allowCommaOk && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
      Operand y;
      y.mode = Mode::Value;
      y.expr = elist[0];
      y.type = typ(BasicKind::UntypedBool);
      out.push_back(y);
      if (commaOk) *commaOk = true;
    }
    return out;
  }
  for (ast::Expr* e : elist) {
    Operand x;
    expr(x, e);
    out.push_back(x);
  }
  return out;
}

void Checker::rawExpr(Operand& x, ast::Expr* e, Type* hint) {
  x = Operand{};
  x.expr = e;
  if (!e) {
    x.mode = Mode::Invalid;
    return;
  }
  exprInternal(x, e, hint);
  x.expr = e;
  record(x);
}

void Checker::useExprs(const std::vector<ast::Expr*>& list) {
  for (ast::Expr* e : list) {
    if (!e) continue;
    if (e->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(e)->name == "_") continue;
    Operand x;
    rawExpr(x, e, nullptr);
  }
}

void Checker::exprInternal(Operand& x, ast::Expr* e, Type* hint) {
  using K = ast::ExprKind;
  x.mode = Mode::Invalid;
  x.type = invalid();
  switch (e->kind) {
    case K::Bad:
      return;
    case K::Ident:
      ident(x, static_cast<ast::Ident*>(e), false);
      return;
    case K::BasicLit:
      basicLit(x, static_cast<ast::BasicLit*>(e));
      return;
    case K::CompositeLit:
      compositeLit(x, static_cast<ast::CompositeLit*>(e), hint);
      return;
    case K::FuncLit:
      funcLit(x, static_cast<ast::FuncLit*>(e));
      return;
    case K::Paren: {
      auto* p = static_cast<ast::ParenExpr*>(e);
      rawExpr(x, p->x, hint);
      x.expr = e;
      return;
    }
    case K::Selector:
      selector(x, static_cast<ast::SelectorExpr*>(e));
      return;
    case K::Index:
      indexExpr(x, static_cast<ast::IndexExpr*>(e));
      return;
    case K::Slice:
      sliceExpr(x, static_cast<ast::SliceExpr*>(e));
      return;
    case K::TypeAssert:
      typeAssert(x, static_cast<ast::TypeAssertExpr*>(e));
      return;
    case K::Call:
      callExpr(x, static_cast<ast::CallExpr*>(e));
      return;
    case K::Star:
      starExpr(x, static_cast<ast::StarExpr*>(e));
      return;
    case K::Unary:
      unary(x, static_cast<ast::UnaryExpr*>(e));
      return;
    case K::Binary: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->opPos);
      return;
    }
    case K::KeyValue:
      errorAt(e, "unexpected key:value expression");
      return;
    case K::Ellipsis:
      errorAt(e, "invalid use of '...'");
      return;
    case K::ArrayType:
    case K::StructType:
    case K::FuncType:
    case K::InterfaceType:
    case K::MapType:
    case K::ChanType: {
      Type* t = typExpr(e);
      x.mode = isValid(t) ? Mode::TypeExpr : Mode::Invalid;
      x.type = t;
      return;
    }
  }
}

void Checker::ident(Operand& x, ast::Ident* e, bool wantType) {
  x.mode = Mode::Invalid;
  x.expr = e;
  x.type = invalid();
  Object* obj = lookup(e->name);
  if (e->name == "_") {
    errorAt(e, "cannot use _ as value or type");
    return;
  }
  if (!obj) {
    errorAt(e, "undefined: " + e->name);
    return;
  }
  if (obj->pkg == pkg && obj->parent == pkg->scope && color[obj] != Color::Black) objDecl(obj);
  recordUse(e, obj);
  switch (obj->objKind) {
    case ObjKind::PkgName:
      errorAt(e, "use of package " + obj->name + " not in selector");
      static_cast<PkgName*>(obj)->used = true;
      return;
    case ObjKind::Const: {
      auto* c = static_cast<Const*>(obj);
      if (!c->type || !isValid(c->type)) return;
      if (!c->pkg && c->name == "iota") {
        if (!iota) {
          errorAt(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = iota;
      } else {
        x.val = c->value ? c->value : ConstValue::makeUnknown();
      }
      x.mode = Mode::Constant;
      x.type = c->type;
      return;
    }
    case ObjKind::TypeName:
      if (!obj->type || !isValid(obj->type)) return;
      x.mode = Mode::TypeExpr;
      x.type = obj->type;
      return;
    case ObjKind::Var: {
      auto* v = static_cast<Var*>(obj);
      if (v->pkg == pkg) v->used = true;
      if (!v->type || !isValid(v->type)) return;
      x.mode = Mode::Variable;
      x.type = v->type;
      return;
    }
    case ObjKind::Func:
      if (!obj->type) return;
      x.mode = Mode::Value;
      x.type = obj->type;
      return;
    case ObjKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = static_cast<Builtin*>(obj)->id;
      x.type = invalid();
      return;
    case ObjKind::Nil:
      x.mode = Mode::Value;
      x.type = typ(BasicKind::UntypedNil);
      return;
    case ObjKind::Label:
      errorAt(e, "undefined: " + e->name);
      return;
  }
  (void)wantType;
}

void Checker::basicLit(Operand& x, ast::BasicLit* e) {
  const ConstValue* v = ConstValue::fromLiteral(e->lit, e->value);
  if (!v) {
    errorAt(e, "malformed constant: " + e->value);
    return;
  }
  BasicKind k = BasicKind::UntypedInt;
  switch (e->lit) {
    case ast::LitKind::Int: k = BasicKind::UntypedInt; break;
    case ast::LitKind::Float: k = BasicKind::UntypedFloat; break;
    case ast::LitKind::Imag: k = BasicKind::UntypedComplex; break;
    case ast::LitKind::Char: k = BasicKind::UntypedRune; break;
    case ast::LitKind::String: k = BasicKind::UntypedString; break;
  }
  x.mode = Mode::Constant;
  x.type = typ(k);
  x.val = v;
}

void Checker::funcLit(Operand& x, ast::FuncLit* e) {
  Signature* sig = funcType(e->funcType, nullptr);
  // Function literals are checked in place: they see exactly the names
  // declared before them, and their uses of outer variables count as uses.
  funcBody(nullptr, e, sig, e->body);
  x.mode = Mode::Value;
  x.type = sig;
}

void Checker::starExpr(Operand& x, ast::StarExpr* e) {
  exprOrType(x, e->x);
  switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::TypeExpr:
      x.type = u.make<Pointer>(x.type);
      return;
    default:
      break;
  }
  if (x.isNil()) {
    errorAt(x.expr, "invalid operation: cannot indirect nil");
    x.mode = Mode::Invalid;
    return;
  }
  Type* ut = under(x.type);
  if (ut->kind != TypeKind::Pointer) {
    errorAt(x.expr, "invalid operation: cannot indirect " + operandStr(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Variable;
  x.type = static_cast<Pointer*>(ut)->elem;
}

void Checker::typeAssert(Operand& x, ast::TypeAssertExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) return;
  if (!e->typeExpr) {
    errorAt(e, "use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  if (!ifaceOf(x.type)) {
    errorAt(x.expr, "invalid operation: " + operandStr(x) + " is not an interface");
    x.mode = Mode::Invalid;
    return;
  }
  Type* T = varType(e->typeExpr);
  if (!isValid(T)) {
    x.mode = Mode::Invalid;
    return;
  }
  checkTypeAssertion(e, x, T, false);
  x.mode = Mode::CommaOk;
  x.type = T;
}

// Whether a value of interface type x.type can have dynamic type T.
void Checker::checkTypeAssertion(ast::Expr* e, Operand& x, Type* T, bool typeSwitch) {
  Interface* xi = ifaceOf(x.type);
  if (!xi || ifaceOf(T)) return;  // asserting to an interface is checked at run time
  Func* alt = nullptr;
  Func* m = missingMethod(T, xi, false, &alt);
  if (!m) return;
  std::string cause = missingMethodReason(T, x.type, m, alt);
  if (typeSwitch) {
    errorAt(e, "impossible type switch case: " + exprStr(e) + "\n\t" + operandStr(x) +
                      " cannot have dynamic type " + typeStr(T) + " " + cause);
    return;
  }
  errorAt(e, "impossible type assertion: " + exprStr(e) + "\n\t" + typeStr(T) + " does not implement " +
                    typeStr(x.type) + " " + cause);
}

}  // namespace golem::check
