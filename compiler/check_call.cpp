// Calls and conversions: f(args), x.m(args), T(x).
//
// The callee decides what a CallExpr is: a type makes it a conversion, a
// built-in a built-in call (check_builtin.cpp), a function value an ordinary
// call. Arguments are matched against the parameters the way assignment
// works (each argument assigned to its parameter, "in argument to f"); a
// variadic tail gets one parameter per argument unless the call spreads a
// slice with `...`. A single multi-value call may supply all the arguments:
// f(g()).
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

void Checker::callExpr(Operand& x, ast::CallExpr* call) {
  // The callee may be a type (a conversion) or a built-in, but not a call
  // without results.
  rawExpr(x, call->fun, nullptr);
  if (x.mode == Mode::NoValue) {
    errorAt(x.expr, operandStr(x) + " used as value or type");
    x.mode = Mode::Invalid;
  }
  singleValue(x);
  switch (x.mode) {
    case Mode::Invalid:
      useExprs(call->args);
      x.mode = Mode::Invalid;
      x.expr = call;
      return;
    case Mode::TypeExpr: {
      call->callKind = ast::CallKind::Conversion;
      Type* T = x.type;
      x.mode = Mode::Invalid;
      switch (call->args.size()) {
        case 0:
          errorAt(call, "missing argument in conversion to " + typeStr(T));
          break;
        case 1:
          expr(x, call->args[0]);
          if (x.mode != Mode::Invalid) {
            if (call->hasEllipsis) {
              errorAt(call->args[0], "invalid use of ... in type conversion to " + typeStr(T));
              x.mode = Mode::Invalid;
              break;
            }
            conversion(x, T);
          }
          break;
        default:
          useExprs(call->args);
          errorAt(call->args.back(), "too many arguments in conversion to " + typeStr(T));
          break;
      }
      x.expr = call;
      return;
    }
    case Mode::Builtin: {
      ast::BuiltinId id = x.builtin;
      call->callKind = ast::CallKind::Builtin;
      call->builtin = id;
      if (!builtinCall(x, call, id)) x.mode = Mode::Invalid;
      x.expr = call;
      if (x.mode != Mode::Invalid && x.mode != Mode::Constant) hasCallOrRecv = true;
      return;
    }
    default:
      break;
  }
  Type* ut = under(x.type);
  if (ut->kind != TypeKind::Signature) {
    errorAt(x.expr, "invalid operation: cannot call non-function " + operandStr(x));
    x.mode = Mode::Invalid;
    x.expr = call;
    useExprs(call->args);
    return;
  }
  call->callKind = ast::CallKind::Call;
  auto* sig = static_cast<Signature*>(ut);
  std::vector<Operand> args = exprList(call->args, false, nullptr);
  arguments(call, sig, args);
  size_t nres = sig->results ? sig->results->vars.size() : 0;
  if (nres == 0) {
    x.mode = Mode::NoValue;
    x.type = invalid();
  } else if (nres == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
  x.expr = call;
  hasCallOrRecv = true;
}

void Checker::arguments(ast::CallExpr* call, Signature* sig, std::vector<Operand>& args) {
  for (Operand& a : args) {
    if (a.mode == Mode::TypeExpr) {
      errorAt(a.expr, operandStr(a) + " used as value");
      return;
    }
    if (a.mode == Mode::Invalid) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params->vars.size();
  bool ddd = call->hasEllipsis;
  std::vector<Type*> parTypes;
  for (Var* v : sig->params->vars) parTypes.push_back(v->type);
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + exprStr(call->args[0]));
        return;
      }
    } else if (npars >= 1 && nargs + 1 >= npars) {
      Type* last = parTypes.back();
      Type* elem = last && last->kind == TypeKind::Slice ? static_cast<Slice*>(last)->elem : invalid();
      parTypes.pop_back();
      while (parTypes.size() < nargs) parTypes.push_back(elem);
      npars = nargs;
    } else if (npars >= 1) {
      npars--;  // for the error message below
    }
  } else if (ddd) {
    errorAt(call, "cannot use ... in call to non-variadic " + exprStr(call->fun));
    return;
  }
  if (nargs != npars) {
    Pos at = startPos(call);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars].expr);
      qualifier = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1].expr);
    }
    std::vector<Type*> have, want;
    for (Operand& a : args) have.push_back(a.type);
    for (Var* v : sig->params->vars) want.push_back(v->type);
    error(at, qualifier + " arguments in call to " + exprStr(call->fun) + "\n\thave " + typesSummary(have, false) +
                  "\n\twant " + typesSummary(want, sig->variadic));
    return;
  }
  std::string context = "argument to " + exprStr(call->fun);
  for (size_t i = 0; i < nargs; i++) assignment(args[i], parTypes[i], context);
}

static std::string utf8Encode(uint32_t cp) {
  std::string s;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    s += char(cp);
  } else if (cp < 0x800) {
    s += char(0xC0 | (cp >> 6));
    s += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += char(0xE0 | (cp >> 12));
    s += char(0x80 | ((cp >> 6) & 0x3F));
    s += char(0x80 | (cp & 0x3F));
  } else {
    s += char(0xF0 | (cp >> 18));
    s += char(0x80 | ((cp >> 12) & 0x3F));
    s += char(0x80 | ((cp >> 6) & 0x3F));
    s += char(0x80 | (cp & 0x3F));
  }
  return s;
}

bool representableConst(const ConstValue* v, Basic* t, const ConstValue** rounded);  // check_untyped.cpp

static bool isBytesOrRunes(Checker& c, Type* t) {
  Type* ut = c.under(t);
  if (ut->kind != TypeKind::Slice) return false;
  Type* e = c.under(static_cast<Slice*>(ut)->elem);
  return isBasic(e, BasicKind::Uint8) || isBasic(e, BasicKind::Int32);
}

bool Checker::convertibleTo(Operand& x, Type* T, std::string* cause) {
  if (assignableTo(x, T, cause)) return true;
  Type* V = x.type;
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (identical(Vu, Tu)) return true;
  if (V->kind == TypeKind::Pointer && T->kind == TypeKind::Pointer &&
      identical(under(static_cast<Pointer*>(V)->elem), under(static_cast<Pointer*>(T)->elem)))
    return true;
  bool vIntFloat = isInteger(Vu) || isFloat(Vu);
  bool tIntFloat = isInteger(Tu) || isFloat(Tu);
  if (vIntFloat && tIntFloat) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(*this, Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(*this, Tu)) return true;
  bool tUnsafe = isBasic(Tu, BasicKind::UnsafePointer), vUnsafe = isBasic(Vu, BasicKind::UnsafePointer);
  if ((Vu->kind == TypeKind::Pointer || isBasic(Vu, BasicKind::Uintptr)) && tUnsafe) return true;
  if (vUnsafe && (Tu->kind == TypeKind::Pointer || isBasic(Tu, BasicKind::Uintptr))) return true;
  if (Vu->kind == TypeKind::Slice && Tu->kind == TypeKind::Pointer) {
    Type* a = under(static_cast<Pointer*>(Tu)->elem);
    if (a->kind == TypeKind::Array && identical(static_cast<Slice*>(Vu)->elem, static_cast<Array*>(a)->elem))
      return true;
  }
  return false;
}

void Checker::conversion(Operand& x, Type* T) {
  bool constArg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    Type* ut = under(T);
    auto* b = static_cast<Basic*>(ut);
    const ConstValue* v = x.val;
    if (representableConst(x.val, b, &v)) {
      ok = true;
      x.val = v;
    } else if (isInteger(x.type) && isString(b)) {
      uint32_t cp = 0xFFFD;
      const ConstValue* iv = x.val->toInt();
      if (iv && iv->fitsInt(64, false) && iv->uint64Val() <= 0x10FFFF) cp = uint32_t(iv->uint64Val());
      x.val = ConstValue::makeString(utf8Encode(cp));
      ok = true;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    if (!cause.empty())
      errorAt(x.expr, "cannot convert " + operandStr(x) + " to type " + typeStr(T) + ":\n\t" + cause);
    else
      errorAt(x.expr, "cannot convert " + operandStr(x) + " to type " + typeStr(T));
    x.mode = Mode::Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    Type* final = T;
    if (x.isNil()) {
      // nil keeps the target type
    } else if (ifaceOf(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode == Mode::Constant && isInteger(x.type) && isString(T)) {
      final = x.type;
    }
    updateExprType(x.expr, final, true);
  }
  x.type = T;
}

}  // namespace golem::check
