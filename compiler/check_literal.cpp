// Composite literals: T{...} for structs, arrays ([...]T included), slices
// and maps, with elided element types inside an enclosing literal (a hint
// of type *T makes the element mean &T{...}).
//
// Struct literals are all keyed or all positional; array and slice literals
// may key elements with constant indices (the length of [...]T is the largest
// index plus one); map literals need keys, and duplicate constant keys are
// errors.
#include <cassert>
#include <set>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

static int fieldIndex(Struct* s, Package* pkg, const std::string& name) {
  if (name == "_") return -1;
  for (size_t i = 0; i < s->fields.size(); i++) {
    Var* f = s->fields[i];
    if (f->name == name && (f->exported() || f->pkg == pkg)) return int(i);
  }
  return -1;
}

int64_t Checker::indexedElts(const std::vector<ast::Expr*>& elts, Type* elemType, int64_t length) {
  std::set<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (ast::Expr* e : elts) {
    bool validIndex = false;
    ast::Expr* eval = e;
    if (e->kind == ast::ExprKind::KeyValue) {
      auto* kv = static_cast<ast::KeyValueExpr*>(e);
      int64_t i;
      if (index(kv->key, length, &i)) {
        if (i >= 0) {
          idx = i;
          validIndex = true;
        } else {
          errorAt(e, "index " + exprStr(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      errorAt(e, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (!visited.insert(idx).second)
        errorAt(e, "duplicate index " + std::to_string(idx) + " in array or slice literal");
    }
    idx++;
    if (idx > max) max = idx;
    Operand x;
    exprWithHint(x, eval, elemType);
    assignment(x, elemType, "array or slice literal");
  }
  return max;
}

void Checker::compositeLit(Operand& x, ast::CompositeLit* e, Type* hint) {
  Type* typ0 = nullptr;
  Type* base = nullptr;
  if (e->typeExpr) {
    auto* at = e->typeExpr->kind == ast::ExprKind::ArrayType ? static_cast<ast::ArrayType*>(e->typeExpr) : nullptr;
    if (at && at->len && at->len->kind == ast::ExprKind::Ellipsis) {
      // An open [...]T array: the length comes from the elements.
      typ0 = u.make<Array>(varType(at->elt), -1);
      base = typ0;
    } else {
      typ0 = typExpr(e->typeExpr);
      base = typ0;
    }
  } else if (hint) {
    typ0 = hint;
    base = hint;
    Type* uh = under(hint);
    if (uh->kind == TypeKind::Pointer) base = static_cast<Pointer*>(uh)->elem;
  } else {
    errorAt(e, "missing type in composite literal");
    x.mode = Mode::Invalid;
    return;
  }
  if (base && base->kind == TypeKind::Named && !static_cast<Named*>(base)->underlying) {
    // T{} inside the declaration of T itself.
    errorAt(e, "illegal cycle in type declaration");
    x.mode = Mode::Invalid;
    return;
  }
  Type* ut = under(base);
  switch (ut->kind) {
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(ut);
      if (e->elts.empty()) break;
      if (e->elts[0]->kind == ast::ExprKind::KeyValue) {
        std::vector<bool> visited(st->fields.size());
        for (ast::Expr* el : e->elts) {
          if (el->kind != ast::ExprKind::KeyValue) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* kv = static_cast<ast::KeyValueExpr*>(el);
          Operand v;
          expr(v, kv->value);
          if (kv->key->kind != ast::ExprKind::Ident) {
            errorAt(kv, "invalid field name " + exprStr(kv->key) + " in struct literal");
            continue;
          }
          auto* key = static_cast<ast::Ident*>(kv->key);
          int i = fieldIndex(st, pkg, key->name);
          if (i < 0) {
            error(kv->key->pos, "unknown field '" + key->name + "' in struct literal of type " + typeStr(base));
            continue;
          }
          Var* fld = st->fields[size_t(i)];
          key->obj = fld;
          recordExpr(key, Mode::Variable, fld->type, nullptr);
          assignment(v, fld->type, "struct literal");
          if (visited[size_t(i)]) {
            errorAt(kv, "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          visited[size_t(i)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); i++) {
          ast::Expr* el = e->elts[i];
          if (el->kind == ast::ExprKind::KeyValue) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          Operand v;
          expr(v, el);
          if (i >= st->fields.size()) {
            errorAt(v.expr, "too many values in " + typeStr(base) + "{…}");
            break;
          }
          Var* fld = st->fields[i];
          if (!fld->exported() && fld->pkg != pkg) {
            errorAt(v.expr, "implicit assignment to unexported field " + fld->name + " in " + typeStr(typ0) + " literal");
            continue;
          }
          assignment(v, fld->type, "struct literal");
        }
        if (e->elts.size() < st->fields.size()) error(e->rbrace, "too few values in " + typeStr(base) + "{…}");
      }
      break;
    }
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(ut);
      int64_t n = indexedElts(e->elts, a->elem, a->len);
      if (a->len < 0) {
        a->len = n;
        if (e->typeExpr) recordExpr(e->typeExpr, Mode::TypeExpr, a, nullptr);
      }
      break;
    }
    case TypeKind::Slice:
      indexedElts(e->elts, static_cast<Slice*>(ut)->elem, -1);
      break;
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(ut);
      std::set<std::string> seen;
      for (ast::Expr* el : e->elts) {
        if (el->kind != ast::ExprKind::KeyValue) {
          errorAt(el, "missing key in map literal");
          continue;
        }
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        Operand k;
        exprWithHint(k, kv->key, m->key);
        assignment(k, m->key, "map literal");
        if (k.mode == Mode::Constant && k.val) {
          std::string key = std::to_string(int(k.val->kind())) + ":" + k.val->str();
          if (ifaceOf(m->key)) key += ":" + typeStr(k.type);
          if (!seen.insert(key).second) {
            errorAt(k.expr, "duplicate key " + k.val->str() + " in map literal");
            continue;
          }
        }
        Operand v;
        exprWithHint(v, kv->value, m->elem);
        assignment(v, m->elem, "map literal");
      }
      break;
    }
    default: {
      for (ast::Expr* el : e->elts) {
        ast::Expr* v = el->kind == ast::ExprKind::KeyValue ? static_cast<ast::KeyValueExpr*>(el)->value : el;
        useExprs({v});
      }
      if (isValid(ut)) errorAt(e, "invalid composite literal type " + typeStr(typ0));
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.mode = Mode::Value;
  x.type = typ0;
}

}  // namespace golem::check
