// Type expressions: from the syntax of a type to a types::Type.
//
// Named types are created when their declaration is collected, so a type
// expression may mention a named type whose underlying type is not known yet
// (type List struct{ next *List }). Anything that needs an underlying type
// asks under(), which resolves the declaration on demand; checks that must wait
// for a whole cycle of declarations (map key comparability) run `later`.
//
// Every checked type expression is recorded with Mode::TypeExpr and its type.
#include <algorithm>
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

Type* Checker::typExpr(ast::Expr* e) { return typInternal(e, nullptr); }

Type* Checker::varType(ast::Expr* e) {
  Type* t = typInternal(e, nullptr);
  return t;
}

static std::string embeddedName(ast::Expr* e) {
  e = unparen(e);
  if (e && e->kind == ast::ExprKind::Star) e = unparen(static_cast<ast::StarExpr*>(e)->x);
  if (!e) return "";
  if (e->kind == ast::ExprKind::Ident) return static_cast<ast::Ident*>(e)->name;
  if (e->kind == ast::ExprKind::Selector) return static_cast<ast::SelectorExpr*>(e)->sel->name;
  return "";
}

Type* Checker::typInternal(ast::Expr* e, Named* def) {
  using K = ast::ExprKind;
  if (!e) return invalid();
  Type* result = invalid();
  switch (e->kind) {
    case K::Ident:
    case K::Selector: {
      Operand x;
      if (e->kind == K::Ident) ident(x, static_cast<ast::Ident*>(e), true);
      else selector(x, static_cast<ast::SelectorExpr*>(e));
      switch (x.mode) {
        case Mode::TypeExpr:
          result = x.type;
          break;
        case Mode::Invalid:
          break;
        case Mode::NoValue:
          errorAt(e, exprStr(e) + " used as type");
          break;
        default:
          errorAt(e, operandStr(x) + " is not a type");
          break;
      }
      break;
    }
    case K::Paren:
      result = typInternal(static_cast<ast::ParenExpr*>(e)->x, def);
      break;
    case K::ArrayType: {
      auto* a = static_cast<ast::ArrayType*>(e);
      Type* elem;
      if (!a->len) {
        elem = varType(a->elt);
        result = u.make<Slice>(elem);
        break;
      }
      if (a->len->kind == K::Ellipsis) {
        errorAt(a->len, "invalid use of [...] array (outside a composite literal)");
        varType(a->elt);
        break;
      }
      int64_t n = arrayLength(a->len);
      elem = varType(a->elt);
      if (n >= 0) result = u.make<Array>(elem, n);
      break;
    }
    case K::Ellipsis:
      errorAt(e, "invalid use of '...'");
      break;
    case K::StructType:
      result = structType(static_cast<ast::StructType*>(e));
      break;
    case K::Star: {
      auto* s = static_cast<ast::StarExpr*>(e);
      Type* elem = typInternal(s->x, nullptr);
      result = isValid(elem) ? u.make<Pointer>(elem) : invalid();
      break;
    }
    case K::FuncType:
      result = funcType(static_cast<ast::FuncType*>(e), nullptr);
      break;
    case K::InterfaceType:
      result = interfaceType(static_cast<ast::InterfaceType*>(e), def);
      break;
    case K::MapType: {
      auto* m = static_cast<ast::MapType*>(e);
      Type* key = varType(m->key);
      Type* elem = varType(m->value);
      if (!isValid(key) || !isValid(elem)) break;
      auto* mt = u.make<Map>(key, elem);
      ast::Expr* keyExpr = m->key;
      later.push_back([this, key, keyExpr]() {
        if (isValid(key) && !comparable(key, nullptr)) errorAt(keyExpr, "invalid map key type " + typeStr(key));
      });
      result = mt;
      break;
    }
    case K::ChanType: {
      auto* c = static_cast<ast::ChanType*>(e);
      Type* elem = varType(c->value);
      ChanDir dir = c->dir == ast::ChanDir::Send ? ChanDir::SendOnly
                    : c->dir == ast::ChanDir::Recv ? ChanDir::RecvOnly
                                                   : ChanDir::SendRecv;
      if (isValid(elem)) result = u.make<Chan>(dir, elem);
      break;
    }
    default: {
      Operand x;
      rawExpr(x, e, nullptr);
      if (x.mode != Mode::Invalid) errorAt(e, exprStr(e) + " is not a type");
      break;
    }
  }
  recordExpr(e, Mode::TypeExpr, result, nullptr);
  return result;
}

void Checker::collectParams(ast::FieldList* list, bool variadicOk, Tuple* out, bool* variadic, bool isResult) {
  if (!list) return;
  for (size_t i = 0; i < list->list.size(); i++) {
    ast::Field* f = list->list[i];
    ast::Expr* te = f->typeExpr;
    Type* t;
    if (te && te->kind == ast::ExprKind::Ellipsis) {
      auto* el = static_cast<ast::Ellipsis*>(te);
      Type* elem = varType(el->elt);
      if (variadicOk && i + 1 == list->list.size() && f->names.size() <= 1) {
        *variadic = true;
      } else {
        errorAt(te, "can only use ... with final parameter in list");
      }
      t = isValid(elem) ? static_cast<Type*>(u.make<Slice>(elem)) : invalid();
      recordExpr(te, Mode::TypeExpr, t, nullptr);
    } else {
      t = varType(te);
    }
    if (f->names.empty()) {
      auto* v = u.make<Var>("", te ? te->pos : f->pos, t);
      v->pkg = pkg;
      v->isParam = true;
      v->isResult = isResult;
      out->vars.push_back(v);
    }
    for (ast::Ident* id : f->names) {
      auto* v = u.make<Var>(id->name, id->pos, t);
      v->pkg = pkg;
      v->isParam = true;
      v->isResult = isResult;
      v->used = true;  // parameters are never "declared but not used"
      id->obj = v;
      out->vars.push_back(v);
    }
  }
}

Signature* Checker::funcType(ast::FuncType* ft, ast::FieldList* recv) {
  auto* params = u.make<Tuple>();
  auto* results = u.make<Tuple>();
  Var* recvVar = nullptr;
  if (recv) {
    auto* rt = u.make<Tuple>();
    bool dummy = false;
    collectParams(recv, false, rt, &dummy, false);
    if (rt->vars.size() != 1) {
      if (rt->vars.empty()) error(recv->opening, "method has no receiver");
      else error(rt->vars[1]->pos, "method has multiple receivers");
    }
    if (!rt->vars.empty()) {
      recvVar = rt->vars[0];
      Type* t = recvVar->type;
      // The receiver's base type must be a type defined in this package,
      // neither a pointer nor an interface.
      Type* base = t;
      if (base && base->kind == TypeKind::Pointer) base = static_cast<Pointer*>(base)->elem;
      if (isValid(base)) {
        std::string why;
        if (base->kind != TypeKind::Named) {
          why = typeStr(base);
          error(recvVar->pos, "invalid receiver type " + typeStr(t));
          recvVar->type = invalid();
        } else {
          auto* n = static_cast<Named*>(base);
          if (n->obj->pkg != pkg) {
            error(recvVar->pos, "cannot define new methods on non-local type " + typeStr(base));
            recvVar->type = invalid();
          } else {
            Type* ub = under(n);
            if (ub->kind == TypeKind::Pointer || ub->kind == TypeKind::Interface) {
              error(recvVar->pos, "invalid receiver type " + typeStr(t) +
                                      (ub->kind == TypeKind::Pointer ? " (pointer or interface type)"
                                                                     : " (pointer or interface type)"));
              recvVar->type = invalid();
            }
          }
        }
      }
    }
  }
  bool variadic = false;
  collectParams(ft->params, true, params, &variadic, false);
  bool dummy = false;
  collectParams(ft->results, false, results, &dummy, true);
  auto* sig = u.make<Signature>(params, results, variadic);
  sig->recv = recvVar;
  recordExpr(ft, Mode::TypeExpr, sig, nullptr);
  return sig;
}

static std::string unquoteTag(const std::string& lit) {
  if (lit.empty()) return "";
  const ConstValue* v = ConstValue::fromLiteral(ast::LitKind::String, lit);
  if (v && v->kind() == ConstValue::Kind::String) return v->stringVal();
  return lit;
}

Struct* Checker::structType(ast::StructType* st) {
  auto* s = u.make<Struct>();
  std::map<std::string, Var*> seen;
  auto add = [&](Var* f, const std::string& tag) {
    if (f->name != "_") {
      auto it = seen.find(f->name);
      if (it != seen.end()) {
        error(f->pos, f->name + " redeclared\n\t" + it->second->pos.str() + ": other declaration of " + f->name);
        return;
      }
      seen[f->name] = f;
    }
    s->fields.push_back(f);
    s->tags.push_back(tag);
  };
  if (!st->fields) return s;
  for (ast::Field* fld : st->fields->list) {
    Type* t = varType(fld->typeExpr);
    std::string tag = unquoteTag(fld->tag);
    if (fld->names.empty()) {
      std::string name = embeddedName(fld->typeExpr);
      auto* f = u.make<Var>(name, fld->typeExpr ? fld->typeExpr->pos : fld->pos, t);
      f->pkg = pkg;
      f->isField = true;
      f->embedded = true;
      // An embedded type must be a type name T or a pointer to a non-interface type name *T.
      if (isValid(t)) {
        Type* base = t;
        bool ptr = false;
        if (t->kind == TypeKind::Pointer) {
          base = static_cast<Pointer*>(t)->elem;
          ptr = true;
        }
        Type* ub = under(base);
        if (ub->kind == TypeKind::Pointer) error(f->pos, "embedded field type cannot be a pointer");
        else if (ptr && ub->kind == TypeKind::Interface)
          error(f->pos, "embedded field type cannot be a pointer to an interface");
        else if (base->kind == TypeKind::Basic && static_cast<Basic*>(base)->basic == BasicKind::UnsafePointer)
          error(f->pos, "embedded field type cannot be unsafe.Pointer");
      }
      add(f, tag);
      continue;
    }
    for (ast::Ident* id : fld->names) {
      auto* f = u.make<Var>(id->name, id->pos, t);
      f->pkg = pkg;
      f->isField = true;
      id->obj = f;
      add(f, tag);
    }
  }
  return s;
}

Interface* Checker::interfaceType(ast::InterfaceType* it, Named* def) {
  auto* iface = u.make<Interface>();
  Type* recvType = def ? static_cast<Type*>(def) : iface;
  if (!it->methods) {
    completeInterface(iface);
    return iface;
  }
  for (ast::Field* f : it->methods->list) {
    if (!f->names.empty() && f->typeExpr && f->typeExpr->kind == ast::ExprKind::FuncType) {
      ast::Ident* id = f->names[0];
      if (id->name == "_") {
        error(id->pos, "methods must have a unique non-blank name");
        continue;
      }
      Signature* sig = funcType(static_cast<ast::FuncType*>(f->typeExpr), nullptr);
      auto* rv = u.make<Var>("", id->pos, recvType);
      rv->pkg = pkg;
      sig->recv = rv;
      auto* m = u.make<Func>(id->name, id->pos);
      m->pkg = pkg;
      m->type = sig;
      id->obj = m;
      bool dup = false;
      for (Func* o : iface->methods)
        if (o->name == m->name) {
          error(id->pos, "duplicate method " + m->name + "\n\t" + o->pos.str() + ": other declaration of method " +
                             m->name);
          dup = true;
        }
      if (!dup) iface->methods.push_back(m);
      continue;
    }
    Type* t = typExpr(f->typeExpr);
    if (!isValid(t)) continue;
    iface->embeddeds.push_back(t);
  }
  // Completion needs the embedded interfaces' method sets, which may belong
  // to declarations not resolved yet: do it on first use.
  if (iface->embeddeds.empty()) completeInterface(iface);
  return iface;
}

void Checker::completeInterface(Interface* iface) {
  if (iface->complete) return;
  iface->complete = true;
  completing.insert(iface);
  std::vector<Func*> all = iface->methods;
  std::vector<Type*> kept;
  for (Type* e : iface->embeddeds) {
    Type* ue = under(e);
    if (ue->kind != TypeKind::Interface) {
      if (isValid(ue)) error(Pos{}, "interface contains type constraints");
      continue;
    }
    auto* ei = static_cast<Interface*>(ue);
    if (completing.count(ei)) {
      // An interface embedding itself, directly or not.
      if (e->kind == TypeKind::Named) {
        auto* n = static_cast<Named*>(e);
        auto it = std::find(ifacePath.begin(), ifacePath.end(), n);
        std::vector<Named*> cycle = it != ifacePath.end() ? std::vector<Named*>(it, ifacePath.end())
                                                          : std::vector<Named*>{n};
        bool reported = false;
        for (Named* c : cycle) reported |= invalidTypes.count(c) > 0;
        if (!reported) {
          size_t first = 0;
          for (size_t i = 1; i < cycle.size(); i++)
            if (cycle[i]->obj->pos < cycle[first]->obj->pos) first = i;
          std::string msg = "invalid recursive type " + cycle[first]->obj->name;
          for (size_t k = 0; k < cycle.size(); k++) {
            Named* c = cycle[(first + k) % cycle.size()];
            msg += "\n\t" + c->obj->pos.str() + ": " + c->obj->name + " refers to";
          }
          msg += "\n\t" + cycle[first]->obj->pos.str() + ": " + cycle[first]->obj->name;
          error(cycle[first]->obj->pos, msg);
          for (Named* c : cycle) invalidTypes.insert(c);
        }
      }
      continue;  // dropped: no interface may (transitively) embed itself
    }
    kept.push_back(e);
    if (e->kind == TypeKind::Named) ifacePath.push_back(static_cast<Named*>(e));
    completeInterface(ei);
    if (e->kind == TypeKind::Named) ifacePath.pop_back();
    for (Func* m : ei->allMethods) {
      bool dup = false;
      for (Func* o : all)
        if (o->name == m->name) {
          dup = true;
          if (!identical(o->type, m->type)) error(o->pos, "duplicate method " + m->name);
        }
      if (!dup) all.push_back(m);
    }
  }
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  iface->allMethods = all;
  iface->embeddeds = kept;
  completing.erase(iface);
}

int64_t Checker::arrayLength(ast::Expr* e) {
  if (e->kind == ast::ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(e);
    Object* obj = lookup(id->name);
    if (!obj && !(id->name == "iota" && iota)) {
      errorAt(e, "undefined array length " + id->name + " or missing type constraint");
      return -1;
    }
    if (obj && obj->objKind != ObjKind::Const) {
      errorAt(e, "invalid array length " + id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (x.mode != Mode::Invalid) errorAt(e, "array length " + operandStr(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    if (const ConstValue* v = x.val->toInt()) {
      if (v->fitsInt(64, true)) {
        int64_t n = v->int64Val();
        if (n >= 0) {
          if (isUntyped(x.type)) updateExprType(e, typ(BasicKind::Int), true);
          return n;
        }
      }
      errorAt(e, "invalid array length " + operandStr(x));
      return -1;
    }
  }
  errorAt(e, "array length " + operandStr(x) + " must be integer");
  return -1;
}

}  // namespace golem::check
