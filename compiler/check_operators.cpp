// Unary and binary operators, shifts and comparisons (the spec's
// "Operators" section).
//
// Binary operands are first made to agree: an untyped operand takes the type
// of the other (convertUntyped), then both must have identical types and the
// operator must be defined on that type. Constant operands are folded with
// exact arithmetic, and a typed constant result must stay representable in its
// type ("constant 256 overflows byte"). Shifts follow their own rules: the
// count is converted to uint, and an untyped constant shifted by a
// non-constant count takes the type its context gives it.
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

std::string opString(ast::Op op);  // check_format.cpp

static bool isComparisonOp(ast::Op op) {
  return op == ast::Op::Eql || op == ast::Op::Neq || op == ast::Op::Lss || op == ast::Op::Leq ||
         op == ast::Op::Gtr || op == ast::Op::Geq;
}

static bool isShiftOp(ast::Op op) { return op == ast::Op::Shl || op == ast::Op::Shr; }

// The root variable whose address &e takes, if e is addressable through
// fields of struct values and elements of arrays.
static Var* addressedVar(ast::Expr* e) {
  for (;;) {
    e = unparen(e);
    if (!e) return nullptr;
    switch (e->kind) {
      case ast::ExprKind::Ident: {
        Object* o = static_cast<ast::Ident*>(e)->obj;
        return o && o->objKind == ObjKind::Var ? static_cast<Var*>(o) : nullptr;
      }
      case ast::ExprKind::Selector: {
        auto* s = static_cast<ast::SelectorExpr*>(e);
        if (!s->selection || s->selection->kind != SelectionKind::FieldVal || s->selection->indirect) return nullptr;
        e = s->x;
        continue;
      }
      case ast::ExprKind::Index: {
        auto* ix = static_cast<ast::IndexExpr*>(e);
        if (!ix->x->type || ix->x->type->kind == TypeKind::Pointer) return nullptr;
        Type* t = underlying(ix->x->type);
        if (!t || t->kind != TypeKind::Array) return nullptr;
        e = ix->x;
        continue;
      }
      default:
        return nullptr;
    }
  }
}

void Checker::markAddrTaken(ast::Expr* e) {
  if (Var* v = addressedVar(e)) v->addrTaken = true;
}

static bool opDefined(ast::Op op, Type* t) {
  switch (op) {
    case ast::Op::Add: return isNumeric(t) || isString(t);
    case ast::Op::Sub:
    case ast::Op::Mul:
    case ast::Op::Quo: return isNumeric(t);
    case ast::Op::Rem:
    case ast::Op::And:
    case ast::Op::Or:
    case ast::Op::Xor:
    case ast::Op::AndNot: return isInteger(t);
    case ast::Op::LAnd:
    case ast::Op::LOr:
    case ast::Op::Not: return isBoolean(t);
    default: return false;
  }
}

void Checker::unary(Operand& x, ast::UnaryExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) return;
  switch (e->op) {
    case ast::Op::And: {
      ast::Expr* inner = unparen(e->x);
      if ((!inner || inner->kind != ast::ExprKind::CompositeLit) && x.mode != Mode::Variable) {
        errorAt(x.expr, "invalid operation: cannot take address of " + operandStr(x));
        x.mode = Mode::Invalid;
        return;
      }
      markAddrTaken(e->x);
      x.mode = Mode::Value;
      x.type = u.make<Pointer>(x.type);
      return;
    }
    case ast::Op::Arrow: {
      Type* ut = under(x.type);
      if (ut->kind != TypeKind::Chan) {
        errorAt(x.expr, "invalid operation: cannot receive from non-channel " + operandStr(x));
        x.mode = Mode::Invalid;
        return;
      }
      auto* ch = static_cast<Chan*>(ut);
      if (ch->dir == ChanDir::SendOnly) {
        errorAt(x.expr, "invalid operation: cannot receive from send-only channel " + operandStr(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::CommaOk;
      x.type = ch->elem;
      return;
    }
    case ast::Op::Tilde:
      errorAt(e, "cannot use ~ outside of interface or type constraint");
      x.mode = Mode::Invalid;
      return;
    default:
      break;
  }
  bool ok = false;
  switch (e->op) {
    case ast::Op::Add:
    case ast::Op::Sub: ok = isNumeric(x.type); break;
    case ast::Op::Xor: ok = isInteger(x.type); break;
    case ast::Op::Not: ok = isBoolean(x.type); break;
    default: ok = false;
  }
  if (!ok) {
    errorAt(x.expr, "invalid operation: operator " + opString(e->op) + " not defined on " + operandStr(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (x.val->kind() == ConstValue::Kind::Unknown) return;
    int prec = 0;
    if (isUnsigned(x.type)) prec = int(sizeOf(under(x.type)) * 8);
    const ConstValue* v = ConstValue::unaryOp(e->op, x.val, prec);
    x.val = v ? v : ConstValue::makeUnknown();
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Op op, Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == Mode::Invalid) return;
  if (y.mode == Mode::Invalid) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShiftOp(op)) {
    shift(x, y, e, op, opPos);
    return;
  }
  auto canMix = [&](Operand& a, Operand& b) {
    if (ifaceOf(a.type) || ifaceOf(b.type)) return true;
    if (isBoolean(a.type) != isBoolean(b.type)) return false;
    if (isString(a.type) != isString(b.type)) return false;
    if (a.isNil() && !hasNil(b.type)) return false;
    if (b.isNil() && !hasNil(a.type)) return false;
    return true;
  };
  if (canMix(x, y)) {
    convertUntyped(x, y.type);
    if (x.mode == Mode::Invalid) return;
    convertUntyped(y, x.type);
    if (y.mode == Mode::Invalid) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (isComparisonOp(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      std::string what = e ? exprStr(e) : exprStr(lhs) + " " + opString(op) + "= " + exprStr(rhs);
      errorAt(x.expr, "invalid operation: " + what + " (mismatched types " + typeStr(x.type) + " and " +
                          typeStr(y.type) + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (!opDefined(op, x.type)) {
    errorAt(x.expr, "invalid operation: operator " + opString(op) + " not defined on " + operandStr(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (op == ast::Op::Quo || op == ast::Op::Rem) {
    if ((x.mode == Mode::Constant || isInteger(x.type)) && y.mode == Mode::Constant &&
        y.val->kind() != ConstValue::Kind::Unknown && y.val->kind() != ConstValue::Kind::Complex &&
        y.val->sign() == 0) {
      errorAt(y.expr, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val->kind() == ConstValue::Kind::Unknown || y.val->kind() == ConstValue::Kind::Unknown) {
      x.val = ConstValue::makeUnknown();
      return;
    }
    bool intDiv = op == ast::Op::Quo && isInteger(x.type);
    const ConstValue* v = ConstValue::binaryOp(op, x.val, y.val, intDiv);
    x.val = v ? v : ConstValue::makeUnknown();
    x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, ast::Expr* e, ast::Op op, Pos opPos) {
  const ConstValue* xval = nullptr;
  if (x.mode == Mode::Constant) xval = x.val->toInt();
  if (isInteger(x.type) || (isUntyped(x.type) && xval && xval->kind() == ConstValue::Kind::Int)) {
    // ok
  } else {
    errorAt(x.expr, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (y.mode == Mode::Constant) {
    const ConstValue* yval = y.val->toInt();
    if (yval && yval->kind() == ConstValue::Kind::Int && yval->sign() < 0) {
      errorAt(y.expr, "invalid operation: negative shift count " + operandStr(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      if (!representable(y, typ(BasicKind::Uint))) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    if (isInteger(y.type)) {
      // ok
    } else if (isUntyped(y.type)) {
      convertUntyped(y, typ(BasicKind::Uint));
      if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      errorAt(y.expr, "invalid operation: shift count " + operandStr(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (x.val->kind() == ConstValue::Kind::Unknown || y.val->kind() == ConstValue::Kind::Unknown) {
        x.val = ConstValue::makeUnknown();
        if (!isInteger(x.type)) x.type = typ(BasicKind::UntypedInt);
        return;
      }
      const uint64_t shiftBound = 1023 - 1 + 52;
      const ConstValue* yi = y.val->toInt();
      if (!yi || !yi->fitsInt(64, false) || yi->uint64Val() > shiftBound) {
        errorAt(y.expr, "invalid operation: invalid shift count " + operandStr(y));
        x.mode = Mode::Invalid;
        return;
      }
      if (!isInteger(x.type)) x.type = typ(BasicKind::UntypedInt);
      const ConstValue* v = ConstValue::shift(op, xval, yi->uint64Val());
      x.val = v ? v : ConstValue::makeUnknown();
      x.expr = e;
      overflow(x, opPos);
      return;
    }
    if (isUntyped(x.type)) {
      // 1 << s: the constant takes the type its context gives the shift.
      auto it = untyped.find(x.expr);
      if (it != untyped.end()) it->second.isLhs = true;
      x.mode = Mode::Value;
      return;
    }
  }
  if (!isInteger(x.type)) {
    errorAt(x.expr, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

static bool isOrderedType(Checker& c, Type* t) {
  Type* ut = c.under(t);
  return isInteger(ut) || isFloat(ut) || isString(ut);
}

void Checker::comparison(Operand& x, Operand& y, ast::Op op, bool switchCase) {
  if (switchCase) op = ast::Op::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
  } else if (op == ast::Op::Eql || op == ast::Op::Neq) {
    if (x.isNil() || y.isNil()) {
      Type* t = x.isNil() ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = &y;
        ok = false;
      }
    } else if (!comparable(x.type, nullptr)) {
      errOp = &x;
      ok = false;
      Type* ut = under(x.type);
      if (ut->kind == TypeKind::Slice || ut->kind == TypeKind::Signature || ut->kind == TypeKind::Map)
        cause = kindString(x.type) + " can only be compared to nil";
      else
        comparable(x.type, &cause);
    } else if (!comparable(y.type, nullptr)) {
      errOp = &y;
      ok = false;
      Type* ut = under(y.type);
      if (ut->kind == TypeKind::Slice || ut->kind == TypeKind::Signature || ut->kind == TypeKind::Map)
        cause = kindString(y.type) + " can only be compared to nil";
      else
        comparable(y.type, &cause);
    }
  } else {
    if (!isOrderedType(*this, x.type)) {
      errOp = &x;
      ok = false;
    } else if (!isOrderedType(*this, y.type)) {
      errOp = &y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty()) cause = "operator " + opString(op) + " not defined on " + kindString(errOp->type);
    if (switchCase)
      errorAt(x.expr, "invalid case " + exprStr(x.expr) + " in switch on " + exprStr(y.expr) + " (" + cause + ")");
    else
      errorAt(errOp->expr, "invalid operation: " + exprStr(x.expr) + " " + opString(op) + " " + exprStr(y.expr) +
                               " (" + cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val->kind() == ConstValue::Kind::Unknown || y.val->kind() == ConstValue::Kind::Unknown)
      x.val = ConstValue::makeUnknown();
    else
      x.val = ConstValue::makeBool(ConstValue::compare(op, x.val, y.val));
  } else {
    x.mode = Mode::Value;
    updateExprType(x.expr, defaultType(x.type), true);
    updateExprType(y.expr, defaultType(y.type), true);
  }
  x.type = typ(BasicKind::UntypedBool);
}

}  // namespace golem::check
