// Selectors: pkg.Name, x.field, x.method (a method value or the callee of a
// method call) and T.method (a method expression).
//
// A package-qualified name is resolved in the imported package's scope. For
// anything else lookupFieldOrMethod walks the embedded fields; the result is
// recorded as a types::Selection on the SelectorExpr (kind, path of field
// indices, whether a pointer was followed). Calling a pointer method on an
// addressable value takes the value's address implicitly, so the variable is
// marked addrTaken for escape analysis.
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

void Checker::addDeclDep(Object* obj) {
  if (currentDecl && obj && obj->pkg == pkg) currentDecl->addDep(obj);
}

void Checker::selector(Operand& x, ast::SelectorExpr* e) {
  x.mode = Mode::Invalid;
  x.type = invalid();
  const std::string& sel = e->sel->name;
  if (e->x && e->x->kind == ast::ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(e->x);
    Object* obj = lookup(id->name);
    if (obj && obj->objKind == ObjKind::PkgName) {
      auto* pn = static_cast<PkgName*>(obj);
      id->obj = pn;
      pn->used = true;
      Package* imp = pn->imported;
      Object* exp = imp->scope ? imp->scope->lookupLocal(sel) : nullptr;
      if (!exp) {
        error(e->sel->pos, "undefined: " + imp->name + "." + sel);
        x.expr = e;
        return;
      }
      if (!exp->exported()) error(e->sel->pos, "name " + sel + " not exported by package " + imp->name);
      e->sel->obj = exp;
      x.expr = e;
      switch (exp->objKind) {
        case ObjKind::Const:
          x.mode = Mode::Constant;
          x.type = exp->type;
          x.val = static_cast<Const*>(exp)->value;
          if (!x.val) x.val = ConstValue::makeUnknown();
          break;
        case ObjKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjKind::Var:
          x.mode = Mode::Variable;
          x.type = exp->type;
          break;
        case ObjKind::Func:
          x.mode = Mode::Value;
          x.type = exp->type;
          break;
        case ObjKind::Builtin:
          x.mode = Mode::Builtin;
          x.builtin = static_cast<Builtin*>(exp)->id;
          break;
        default:
          break;
      }
      if (!x.type) {
        x.type = invalid();
        x.mode = Mode::Invalid;
      }
      return;
    }
  }

  exprOrType(x, e->x);
  switch (x.mode) {
    case Mode::Builtin:
      error(e->pos, "cannot select on " + operandStr(x));
      x.mode = Mode::Invalid;
      return;
    case Mode::Invalid:
      return;
    default:
      break;
  }
  LookupResult r = lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg, sel);
  if (!r.obj) {
    Type* ut = under(x.type);
    if (!isValid(ut)) {
      x.mode = Mode::Invalid;
      return;
    }
    if (r.ambiguous) {
      error(e->sel->pos, "ambiguous selector " + exprStr(x.expr) + "." + sel);
    } else if (r.needPtrRecv) {
      error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeStr(x.type));
    } else {
      std::string why;
      bool ifacePtr = ut->kind == TypeKind::Pointer && under(static_cast<Pointer*>(ut)->elem)->kind == TypeKind::Interface;
      if (ifacePtr) {
        why = "type " + typeStr(x.type) + " is pointer to interface, not interface";
      } else {
        why = "type " + typeStr(x.type) + " has no field or method " + sel;
        if (!sel.empty()) {
          std::string changed = sel;
          changed[0] = (sel[0] >= 'A' && sel[0] <= 'Z') ? char(sel[0] - 'A' + 'a')
                       : (sel[0] >= 'a' && sel[0] <= 'z') ? char(sel[0] - 'a' + 'A')
                                                          : sel[0];
          if (changed != sel && lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg, changed).obj)
            why += ", but does have " + changed;
        }
      }
      error(e->sel->pos, exprStr(x.expr) + "." + sel + " undefined (" + why + ")");
    }
    x.mode = Mode::Invalid;
    x.expr = e;
    return;
  }
  e->sel->obj = r.obj;
  auto* selection = u.make<Selection>();
  selection->recv = x.type;
  selection->obj = r.obj;
  selection->index = r.index;
  selection->indirect = r.indirect;
  if (x.mode == Mode::TypeExpr) {
    // Method expression T.m: a function whose first parameter is the receiver.
    if (r.obj->objKind != ObjKind::Func) {
      error(e->sel->pos, exprStr(x.expr) + "." + sel + " undefined (type " + typeStr(x.type) + " has no method " + sel + ")");
      x.mode = Mode::Invalid;
      return;
    }
    auto* m = static_cast<Func*>(r.obj);
    auto* sig = m->sig();
    if (!sig) {
      x.mode = Mode::Invalid;
      return;
    }
    selection->kind = SelectionKind::MethodExpr;
    e->selection = selection;
    auto* params = u.make<Tuple>();
    std::string name;
    if (!sig->params->vars.empty() && !sig->params->vars[0]->name.empty()) {
      name = sig->recv ? sig->recv->name : "";
      if (name.empty()) name = "_";
    }
    auto* rv = u.make<Var>(name, sig->recv ? sig->recv->pos : m->pos, x.type);
    rv->pkg = pkg;
    rv->isParam = true;
    params->vars.push_back(rv);
    for (Var* p : sig->params->vars) params->vars.push_back(p);
    x.mode = Mode::Value;
    x.type = u.make<Signature>(params, sig->results, sig->variadic);
    addDeclDep(m);
    x.expr = e;
    return;
  }
  if (r.obj->objKind == ObjKind::Var) {
    selection->kind = SelectionKind::FieldVal;
    e->selection = selection;
    x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
    x.type = r.obj->type ? r.obj->type : invalid();
  } else {
    auto* m = static_cast<Func*>(r.obj);
    selection->kind = SelectionKind::MethodVal;
    e->selection = selection;
    auto* sig = m->sig();
    if (!sig) {
      x.mode = Mode::Invalid;
      return;
    }
    // A pointer method on an addressable value: (&x).m.
    if (m->decl && sig->recv && sig->recv->type && sig->recv->type->kind == TypeKind::Pointer && !r.indirect)
      markAddrTaken(e->x);
    x.mode = Mode::Value;
    x.type = u.make<Signature>(sig->params, sig->results, sig->variadic);
    addDeclDep(m);
  }
  x.expr = e;
}

}  // namespace golem::check
