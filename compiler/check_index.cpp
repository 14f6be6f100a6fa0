// Index and slice expressions: a[i], m[k], s[lo:hi:max].
//
// Indices must be integers (an untyped constant index becomes int); a
// constant index must be non-negative and, when the length is known
// statically (arrays, pointers to arrays, constant strings), in range.
// Indexing a string yields a byte value, never a constant; slicing an
// array needs an addressable array.
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

Type* Checker::byteType() {
  Object* o = u.scope->lookupLocal("byte");
  return o && o->type ? o->type : typ(BasicKind::Uint8);
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.mode == Mode::Invalid) return false;
  convertUntyped(x, typ(BasicKind::Int));
  if (x.mode == Mode::Invalid) return false;
  if (!isInteger(x.type)) {
    errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandStr(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant && x.val->kind() != ConstValue::Kind::Unknown) {
    if (!allowNegative && x.val->sign() < 0) {
      errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandStr(x) + " must not be negative");
      return false;
    }
    const ConstValue* v = x.val->toInt();
    if (!v || !v->fitsInt(64, true)) {
      errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandStr(x) + " overflows int");
      return false;
    }
  }
  return true;
}

// Checks an index expression against a known length (max < 0: unknown).
// Returns false if the index is invalid; *value is the constant index or -1.
bool Checker::index(ast::Expr* e, int64_t max, int64_t* value) {
  *value = -1;
  Operand x;
  expr(x, e);
  if (!isValidIndex(x, "index", false)) return false;
  if (x.mode != Mode::Constant) return true;
  if (x.val->kind() == ConstValue::Kind::Unknown) return false;
  int64_t v = x.val->toInt()->int64Val();
  if (max >= 0 && v >= max) {
    errorAt(x.expr, "invalid argument: index " + x.val->str() + " out of bounds [0:" + std::to_string(max) + "]");
    return false;
  }
  *value = v;
  return true;
}

void Checker::indexExpr(Operand& x, ast::IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.mode == Mode::Invalid) {
    useExprs({e->index});
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    error(e->x->pos, typeStr(x.type) + " is not a generic type");
    x.mode = Mode::Invalid;
    useExprs({e->index});
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* ut = under(x.type);
  switch (ut->kind) {
    case TypeKind::Basic:
      if (isString(ut)) {
        valid = true;
        if (x.mode == Mode::Constant && x.val->kind() == ConstValue::Kind::String)
          length = int64_t(x.val->stringVal().size());
        x.mode = Mode::Value;
        x.type = byteType();
      }
      break;
    case TypeKind::Array: {
      valid = true;
      auto* a = static_cast<Array*>(ut);
      length = a->len;
      if (x.mode != Mode::Variable) x.mode = Mode::Value;
      x.type = a->elem;
      break;
    }
    case TypeKind::Pointer: {
      Type* base = under(static_cast<Pointer*>(ut)->elem);
      if (base->kind == TypeKind::Array) {
        valid = true;
        length = static_cast<Array*>(base)->len;
        x.mode = Mode::Variable;
        x.type = static_cast<Array*>(base)->elem;
      }
      break;
    }
    case TypeKind::Slice:
      valid = true;
      x.mode = Mode::Variable;
      x.type = static_cast<Slice*>(ut)->elem;
      break;
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(ut);
      Operand key;
      exprWithHint(key, e->index, m->key);
      assignment(key, m->key, "map index");
      x.mode = Mode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    errorAt(x.expr, "invalid operation: cannot index " + operandStr(x));
    x.mode = Mode::Invalid;
    useExprs({e->index});
    return;
  }
  if (!x.type) x.type = invalid();
  int64_t v;
  index(e->index, length, &v);
}

void Checker::sliceExpr(Operand& x, ast::SliceExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) {
    useExprs({e->low, e->high, e->max});
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* ut = under(x.type);
  switch (ut->kind) {
    case TypeKind::Basic:
      if (isString(ut)) {
        if (e->slice3) {
          error(e->max ? e->max->pos : e->pos, "invalid operation: 3-index slice of string");
          x.mode = Mode::Invalid;
          return;
        }
        valid = true;
        if (x.mode == Mode::Constant && x.val->kind() == ConstValue::Kind::String)
          length = int64_t(x.val->stringVal().size());
        if (isUntyped(x.type)) x.type = typ(BasicKind::String);
      }
      break;
    case TypeKind::Array: {
      valid = true;
      auto* a = static_cast<Array*>(ut);
      length = a->len;
      if (x.mode != Mode::Variable) {
        errorAt(x.expr, "invalid operation: " + operandStr(x) + " (slice of unaddressable value)");
        x.mode = Mode::Invalid;
        return;
      }
      markAddrTaken(e->x);
      x.type = u.make<Slice>(a->elem);
      break;
    }
    case TypeKind::Pointer: {
      Type* base = under(static_cast<Pointer*>(ut)->elem);
      if (base->kind == TypeKind::Array) {
        valid = true;
        length = static_cast<Array*>(base)->len;
        x.type = u.make<Slice>(static_cast<Array*>(base)->elem);
      }
      break;
    }
    case TypeKind::Slice:
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    errorAt(x.expr, "cannot slice " + operandStr(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  if (e->slice3 && (!e->high || !e->max)) {
    errorAt(e, "2nd and 3rd index required in 3-index slice");
    x.mode = Mode::Invalid;
    return;
  }
  ast::Expr* idx[3] = {e->low, e->high, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got;
      if (index(idx[i], max, &got) && got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    int64_t a = ind[i];
    if (a <= 0) continue;
    bool reported = false;
    for (int j = i + 1; j < 3; j++) {
      int64_t b = ind[j];
      if (b >= 0 && b < a && idx[j]) {
        errorAt(idx[j], "invalid slice indices: " + std::to_string(b) + " < " + std::to_string(a));
        reported = true;
        break;
      }
    }
    if (reported) break;
  }
}

}  // namespace golem::check
