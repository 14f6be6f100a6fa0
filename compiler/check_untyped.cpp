// Untyped values: representability of constants, implicit conversion of
// untyped operands to the type their context asks for, and the delayed
// recording of final types.
//
// An untyped expression (a literal, a constant expression, a comparison, a
// shift of an untyped constant by a variable count) is recorded in
// `untyped` with its untyped type. When the context fixes its type
// (assignment, an operand of another type, a conversion), updateExprType()
// walks down the expression, giving every untyped operand that took part the
// same final type, and re-checks constants against it ("overflows",
// "truncated"). Comparisons are not walked into: their operands have types of
// their own. Shifts are walked into on the left only, and a non-constant
// shift whose untyped left operand ends up a non-integer type is an error
// ("invalid operation: 1.0 << s (shift of type float64)").
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

enum ConvCode { kOk = 0, kTruncatedFloat = 1, kNumericOverflow = 2, kInvalidConstVal = 3, kInvalidUntypedConversion = 4 };

static BasicKind basicKindOf(const Type* t) {
  if (!t || t->kind != TypeKind::Basic) return BasicKind::Invalid;
  return static_cast<const Basic*>(t)->basic;
}

static int intBits(BasicKind k, bool* isSigned) {
  *isSigned = true;
  switch (k) {
    case BasicKind::Int8: return 8;
    case BasicKind::Int16: return 16;
    case BasicKind::Int32: return 32;
    case BasicKind::Int:
    case BasicKind::Int64: return 64;
    case BasicKind::Uint8: *isSigned = false; return 8;
    case BasicKind::Uint16: *isSigned = false; return 16;
    case BasicKind::Uint32: *isSigned = false; return 32;
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr: *isSigned = false; return 64;
    default: return 0;  // untyped: unbounded
  }
}

// Whether constant v is representable as a value of basic type t; *rounded
// receives the value as t holds it (integers exact, floats rounded).
bool representableConst(const ConstValue* v, Basic* t, const ConstValue** rounded) {
  if (!v || v->kind() == ConstValue::Kind::Unknown) return true;
  BasicKind k = t->basic;
  if (isInteger(t)) {
    const ConstValue* iv = v->toInt();
    if (!iv || iv->kind() != ConstValue::Kind::Int) return false;
    if (rounded) *rounded = iv;
    bool isSigned;
    int bits = intBits(k, &isSigned);
    if (bits == 0) return true;
    return iv->fitsInt(bits, isSigned);
  }
  if (isFloat(t)) {
    auto kind = v->kind();
    if (kind != ConstValue::Kind::Int && kind != ConstValue::Kind::Float) return false;
    const ConstValue* fv = kind == ConstValue::Kind::Int ? v->toFloat() : v;
    if (k == BasicKind::Float32) {
      if (!fv->fitsFloat32()) return false;
      if (rounded) *rounded = fv->roundFloat32();
      return true;
    }
    if (k == BasicKind::Float64) {
      if (!fv->fitsFloat64()) return false;
      if (rounded) *rounded = fv->roundFloat64();
      return true;
    }
    return true;  // untyped float
  }
  if (isComplex(t)) {
    auto kind = v->kind();
    return kind == ConstValue::Kind::Int || kind == ConstValue::Kind::Float || kind == ConstValue::Kind::Complex;
  }
  if (isString(t)) return v->kind() == ConstValue::Kind::String;
  if (isBoolean(t)) return v->kind() == ConstValue::Kind::Bool;
  return false;
}

int Checker::representation(Operand& x, Basic* t, const ConstValue** out) {
  const ConstValue* v = x.val;
  if (!representableConst(x.val, t, &v)) {
    if (isNumeric(x.type) && isNumeric(t)) {
      if (!isInteger(x.type) && isInteger(t)) return kTruncatedFloat;
      return kNumericOverflow;
    }
    return kInvalidConstVal;
  }
  *out = v;
  return kOk;
}

bool Checker::representable(Operand& x, Basic* t) {
  const ConstValue* v = nullptr;
  int code = representation(x, t, &v);
  if (code != kOk) {
    invalidConversion(code, x, t);
    x.mode = Mode::Invalid;
    return false;
  }
  x.val = v;
  return true;
}

void Checker::invalidConversion(int code, Operand& x, Type* target) {
  std::string msg;
  switch (code) {
    case kTruncatedFloat: msg = operandStr(x) + " truncated to " + typeStr(target); break;
    case kNumericOverflow: msg = operandStr(x) + " overflows " + typeStr(target); break;
    default: msg = "cannot convert " + operandStr(x) + " to " + typeStr(target); break;
  }
  errorAt(x.expr, msg);
}

static const char* opName(ast::Expr* e) {
  if (e && e->kind == ast::ExprKind::Binary) {
    switch (static_cast<ast::BinaryExpr*>(e)->op) {
      case ast::Op::Add: return "addition";
      case ast::Op::Sub: return "subtraction";
      case ast::Op::Xor: return "bitwise XOR";
      case ast::Op::Mul: return "multiplication";
      case ast::Op::Shl: return "shift";
      default: break;
    }
  }
  if (e && e->kind == ast::ExprKind::Unary) {
    switch (static_cast<ast::UnaryExpr*>(e)->op) {
      case ast::Op::Sub: return "negation";
      case ast::Op::Xor: return "bitwise complement";
      default: break;
    }
  }
  return "";
}

void Checker::overflow(Operand& x, Pos opPos) {
  if (!x.val || x.val->kind() == ConstValue::Kind::Unknown) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (isTyped(x.type)) {
    Type* ut = under(x.type);
    if (ut->kind == TypeKind::Basic) representable(x, static_cast<Basic*>(ut));
    return;
  }
  // Untyped integers are exact, but not unbounded: gc stops at 512 bits.
  if (x.val->kind() == ConstValue::Kind::Int && !x.val->fitsInt(513, true)) {
    std::string name = opName(x.expr);
    error(opPos, "constant " + (name.empty() ? std::string() : name + " ") + "overflow");
    x.val = ConstValue::makeUnknown();
  }
}

Type* Checker::implicitTypeAndValue(Operand& x, Type* target, const ConstValue** val, int* code) {
  *val = nullptr;
  *code = kOk;
  if (x.mode == Mode::Invalid || isTyped(x.type) || !isValid(target)) return x.type;
  if (isUntyped(target)) {
    BasicKind xk = basicKindOf(x.type), tk = basicKindOf(target);
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = kInvalidUntypedConversion;
      return nullptr;
    }
    return x.type;
  }
  if (x.isNil()) {
    if (hasNil(target)) return target;
    *code = kInvalidUntypedConversion;
    return nullptr;
  }
  Type* ut = under(target);
  switch (ut->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<Basic*>(ut);
      if (x.mode == Mode::Constant) {
        const ConstValue* v = nullptr;
        int c = representation(x, b, &v);
        if (c != kOk) {
          *code = c;
          return nullptr;
        }
        *val = v;
        return target;
      }
      switch (basicKindOf(x.type)) {
        case BasicKind::UntypedBool:
          if (!isBoolean(target)) *code = kInvalidUntypedConversion;
          break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex:
          if (!isNumeric(target)) *code = kInvalidUntypedConversion;
          break;
        case BasicKind::UntypedString:
          if (!isString(target)) *code = kInvalidUntypedConversion;
          break;
        default:
          *code = kInvalidUntypedConversion;
      }
      if (*code != kOk) return nullptr;
      return target;
    }
    case TypeKind::Interface: {
      Interface* it = ifaceOf(ut);
      if (!it->allMethods.empty()) {
        *code = kInvalidUntypedConversion;
        return nullptr;
      }
      return defaultType(x.type);
    }
    default:
      *code = kInvalidUntypedConversion;
      return nullptr;
  }
}

void Checker::convertUntyped(Operand& x, Type* target) {
  const ConstValue* val = nullptr;
  int code = kOk;
  Type* newType = implicitTypeAndValue(x, target, &val, &code);
  if (code != kOk) {
    invalidConversion(code, x, under(target));
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

void Checker::updateExprVal(ast::Expr* e, const ConstValue* v) {
  auto it = untyped.find(e);
  if (it != untyped.end()) it->second.val = v;
}

void Checker::updateExprType(ast::Expr* e, Type* t, bool final, ast::Expr* parent) {
  auto it = untyped.find(e);
  if (it == untyped.end()) return;
  UntypedInfo old = it->second;
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Paren:
      updateExprType(static_cast<ast::ParenExpr*>(e)->x, t, final, e);
      break;
    case K::Unary:
      if (!old.val) updateExprType(static_cast<ast::UnaryExpr*>(e)->x, t, final, e);
      break;
    case K::Binary: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      if (old.val) break;  // a constant: its operands keep their own (untyped) types
      bool cmp = b->op == ast::Op::Eql || b->op == ast::Op::Neq || b->op == ast::Op::Lss || b->op == ast::Op::Leq ||
                 b->op == ast::Op::Gtr || b->op == ast::Op::Geq;
      if (cmp) {
        // The result type of a comparison is independent of its operands'.
      } else if (b->op == ast::Op::Shl || b->op == ast::Op::Shr) {
        updateExprType(b->x, t, final, e);
      } else {
        updateExprType(b->x, t, final, e);
        updateExprType(b->y, t, final, e);
      }
      break;
    }
    default:
      break;
  }
  it = untyped.find(e);
  if (it == untyped.end()) return;
  if (!final && isUntyped(t)) {
    it->second.type = under(t);
    return;
  }
  untyped.erase(it);
  if (old.isLhs) {
    if (!isInteger(t)) {
      errorAt(e, "invalid operation: " + exprStr(parent ? parent : e) + " (shift of type " + typeStr(t) + ")");
      return;
    }
  }
  if (old.val) {
    Operand c;
    c.mode = old.mode;
    c.expr = e;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.mode == Mode::Invalid) return;
    old.val = c.val;  // as the final type holds it (rounded for floats)
  }
  recordExpr(e, old.mode, t, old.val);
}

}  // namespace golem::check
