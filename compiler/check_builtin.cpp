// Calls of the predeclared functions (len, append, make, ...) and of
// package unsafe's Sizeof, Alignof and Offsetof.
//
// Each built-in has its own typing rule; most evaluate their arguments as an
// ordinary argument list first, make and new take a type as first argument.
// len and cap are constants for arrays (and pointers to arrays) as long as
// the argument contains no call or receive, and for constant strings.
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

namespace {
struct BuiltinInfo {
  const char* name;
  size_t nargs;
  bool variadic;
};

BuiltinInfo infoFor(ast::BuiltinId id) {
  using B = ast::BuiltinId;
  switch (id) {
    case B::Append: return {"append", 1, true};
    case B::Cap: return {"cap", 1, false};
    case B::Clear: return {"clear", 1, false};
    case B::Close: return {"close", 1, false};
    case B::Complex: return {"complex", 2, false};
    case B::Copy: return {"copy", 2, false};
    case B::Delete: return {"delete", 2, false};
    case B::Imag: return {"imag", 1, false};
    case B::Len: return {"len", 1, false};
    case B::Make: return {"make", 1, true};
    case B::New: return {"new", 1, false};
    case B::Panic: return {"panic", 1, false};
    case B::Print: return {"print", 0, true};
    case B::Println: return {"println", 0, true};
    case B::Real: return {"real", 1, false};
    case B::Recover: return {"recover", 0, false};
    case B::Sizeof: return {"Sizeof", 1, false};
    case B::Alignof: return {"Alignof", 1, false};
    case B::Offsetof: return {"Offsetof", 1, false};
    case B::None: break;
  }
  return {"?", 0, false};
}
}  // namespace

bool Checker::builtinCall(Operand& x, ast::CallExpr* call, ast::BuiltinId id) {
  using B = ast::BuiltinId;
  BuiltinInfo bin = infoFor(id);
  if (call->hasEllipsis && id != B::Append) {
    errorAt(call, std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    useExprs(call->args);
    return false;
  }
  bool savedCallOrRecv = hasCallOrRecv;
  if (id == B::Len || id == B::Cap) hasCallOrRecv = false;
  std::vector<Operand> args;
  size_t nargs = call->args.size();
  if (id != B::Make && id != B::New && id != B::Offsetof) {
    args = exprList(call->args, false, nullptr);
    nargs = args.size();
    for (Operand& a : args)
      if (a.mode == Mode::Invalid) {
        hasCallOrRecv = savedCallOrRecv || hasCallOrRecv;
        return false;
      }
    for (Operand& a : args)
      if (a.mode == Mode::TypeExpr) {
        errorAt(a.expr, operandStr(a) + " is not an expression");
        return false;
      }
    if (nargs > 0) x = args[0];
  }
  {
    std::string msg;
    if (nargs < bin.nargs) msg = "not enough";
    else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
    if (!msg.empty()) {
      errorAt(call, "invalid operation: " + msg + " arguments for " + exprStr(call) + " (expected " +
                              std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
  }
  switch (id) {
    case B::Append: {
      Type* S = x.type;
      Type* us = under(S);
      if (us->kind != TypeKind::Slice) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + operandStr(x);
        errorAt(x.expr, "first argument to append must be a slice; " + cause);
        return false;
      }
      Type* T = static_cast<Slice*>(us)->elem;
      if (nargs == 2 && call->hasEllipsis) {
        Slice bytes(byteType());
        if (assignableTo(x, &bytes, nullptr) && isString(args[1].type)) {
          if (isUntyped(args[1].type)) convertUntyped(args[1], typ(BasicKind::String));
          x.mode = Mode::Value;
          x.type = S;
          break;
        }
      }
      auto* params = u.make<Tuple>();
      params->vars.push_back(u.make<Var>("", Pos{}, S));
      params->vars.push_back(u.make<Var>("", Pos{}, u.make<Slice>(T)));
      auto* results = u.make<Tuple>();
      results->vars.push_back(u.make<Var>("", Pos{}, S));
      Signature sig(params, results, true);
      arguments(call, &sig, args);
      x.mode = Mode::Value;
      x.type = S;
      break;
    }
    case B::Cap:
    case B::Len: {
      Mode mode = Mode::Invalid;
      const ConstValue* val = nullptr;
      Type* t = under(x.type);
      if (t->kind == TypeKind::Pointer) {
        Type* b = under(static_cast<Pointer*>(t)->elem);
        if (b->kind == TypeKind::Array) t = b;
      }
      switch (t->kind) {
        case TypeKind::Basic:
          if (isString(t) && id == B::Len) {
            if (x.mode == Mode::Constant && x.val->kind() == ConstValue::Kind::String) {
              mode = Mode::Constant;
              val = ConstValue::makeInt64(int64_t(x.val->stringVal().size()));
            } else {
              mode = Mode::Value;
            }
          }
          break;
        case TypeKind::Array:
          mode = Mode::Value;
          if (!hasCallOrRecv) {
            mode = Mode::Constant;
            int64_t n = static_cast<Array*>(t)->len;
            val = n < 0 ? ConstValue::makeUnknown() : ConstValue::makeInt64(n);
          }
          break;
        case TypeKind::Slice:
        case TypeKind::Chan:
          mode = Mode::Value;
          break;
        case TypeKind::Map:
          if (id == B::Len) mode = Mode::Value;
          break;
        default:
          break;
      }
      hasCallOrRecv = savedCallOrRecv || hasCallOrRecv;
      if (mode == Mode::Invalid) {
        if (isValid(under(x.type))) errorAt(x.expr, "invalid argument: " + operandStr(x) + " for " + bin.name);
        return false;
      }
      if (isUntyped(x.type)) convertUntyped(x, typ(BasicKind::String));
      x.mode = mode;
      x.type = typ(BasicKind::Int);
      x.val = val;
      break;
    }
    case B::Close: {
      Type* t = under(x.type);
      if (t->kind != TypeKind::Chan) {
        errorAt(x.expr, "invalid operation: cannot close non-channel " + operandStr(x));
        return false;
      }
      if (static_cast<Chan*>(t)->dir == ChanDir::RecvOnly) {
        errorAt(x.expr, "invalid operation: cannot close receive-only channel " + operandStr(x));
        return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case B::Complex: {
      Operand y = args[1];
      if (x.mode == Mode::Constant && y.mode == Mode::Constant && isUntyped(x.type) && isUntyped(y.type)) {
        // Untyped constant complex values are not modelled; the result is a complex128 value.
      }
      if (isUntyped(x.type) && !isUntyped(y.type)) convertUntyped(x, y.type);
      if (isUntyped(y.type) && !isUntyped(x.type)) convertUntyped(y, x.type);
      if (isUntyped(x.type)) convertUntyped(x, typ(BasicKind::Float64));
      if (isUntyped(y.type)) convertUntyped(y, typ(BasicKind::Float64));
      if (x.mode == Mode::Invalid || y.mode == Mode::Invalid) return false;
      if (!identical(x.type, y.type)) {
        errorAt(x.expr, "invalid operation: " + exprStr(call) + " (mismatched types " + typeStr(x.type) + " and " +
                            typeStr(y.type) + ")");
        return false;
      }
      if (!isFloat(x.type)) {
        errorAt(x.expr, "invalid argument: arguments have type " + typeStr(x.type) + ", expected floating-point");
        return false;
      }
      x.mode = Mode::Value;
      x.type = typ(isBasic(under(x.type), BasicKind::Float32) ? BasicKind::Complex64 : BasicKind::Complex128);
      x.val = nullptr;
      break;
    }
    case B::Real:
    case B::Imag: {
      if (isUntyped(x.type)) convertUntyped(x, typ(BasicKind::Complex128));
      if (x.mode == Mode::Invalid) return false;
      if (!isComplex(x.type)) {
        errorAt(x.expr, "invalid argument: argument has type " + typeStr(x.type) + ", expected complex type");
        return false;
      }
      x.mode = Mode::Value;
      x.type = typ(isBasic(under(x.type), BasicKind::Complex64) ? BasicKind::Float32 : BasicKind::Float64);
      x.val = nullptr;
      break;
    }
    case B::Copy: {
      Operand& y = args[1];
      Type* dst = under(x.type);
      Type* src = under(y.type);
      Slice bytes(byteType());
      if (isString(src)) src = &bytes;
      if (dst->kind != TypeKind::Slice || src->kind != TypeKind::Slice) {
        errorAt(x.expr, "invalid argument: copy expects slice arguments; found " + operandStr(x) + " and " + operandStr(y));
        return false;
      }
      Type* de = static_cast<Slice*>(dst)->elem;
      Type* se = static_cast<Slice*>(src)->elem;
      if (!identical(de, se)) {
        errorAt(x.expr, "invalid argument: arguments to copy " + operandStr(x) + " and " + operandStr(y) +
                            " have different element types " + typeStr(de) + " and " + typeStr(se));
        return false;
      }
      if (isUntyped(y.type)) convertUntyped(y, typ(BasicKind::String));
      x.mode = Mode::Value;
      x.type = typ(BasicKind::Int);
      x.val = nullptr;
      break;
    }
    case B::Delete: {
      Type* t = under(x.type);
      if (t->kind != TypeKind::Map) {
        errorAt(x.expr, "invalid argument: " + operandStr(x) + " is not a map");
        return false;
      }
      Operand k = args[1];
      assignment(k, static_cast<Map*>(t)->key, "argument to delete");
      if (k.mode == Mode::Invalid) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case B::Make: {
      ast::Expr* arg0 = call->args[0];
      Type* T = varType(arg0);
      if (!isValid(T)) {
        useExprs(std::vector<ast::Expr*>(call->args.begin() + 1, call->args.end()));
        return false;
      }
      size_t min = 0;
      switch (under(T)->kind) {
        case TypeKind::Slice: min = 2; break;
        case TypeKind::Map:
        case TypeKind::Chan: min = 1; break;
        default:
          errorAt(arg0, "invalid argument: cannot make " + exprStr(arg0) + "; type must be slice, map, or channel");
          useExprs(std::vector<ast::Expr*>(call->args.begin() + 1, call->args.end()));
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        errorAt(call, "invalid operation: " + exprStr(call) + " expects " + std::to_string(min) + " or " +
                             std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); i++) {
        int64_t v;
        if (index(call->args[i], -1, &v) && v >= 0) sizes.push_back(v);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1])
        errorAt(call->args[1], "invalid argument: length and capacity swapped");
      x.mode = Mode::Value;
      x.type = T;
      x.val = nullptr;
      break;
    }
    case B::New: {
      Type* T = varType(call->args[0]);
      if (!isValid(T)) return false;
      x.mode = Mode::Value;
      x.type = u.make<Pointer>(T);
      x.val = nullptr;
      break;
    }
    case B::Panic: {
      assignment(x, u.anyType, "argument to panic");
      if (x.mode == Mode::Invalid) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case B::Print:
    case B::Println: {
      for (Operand& a : args) {
        assignment(a, nullptr, std::string("argument to built-in ") + bin.name);
        if (a.mode == Mode::Invalid) return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case B::Recover:
      x.mode = Mode::Value;
      x.type = u.anyType;
      x.val = nullptr;
      break;
    case B::Sizeof:
    case B::Alignof: {
      assignment(x, nullptr, std::string("argument to unsafe.") + bin.name);
      if (x.mode == Mode::Invalid) return false;
      int64_t n = id == B::Sizeof ? sizeOf(x.type) : alignOf(x.type);
      x.mode = Mode::Constant;
      x.val = ConstValue::makeInt64(n);
      x.type = typ(BasicKind::Uintptr);
      break;
    }
    case B::Offsetof: {
      ast::Expr* arg0 = unparen(call->args[0]);
      if (!arg0 || arg0->kind != ast::ExprKind::Selector) {
        errorAt(call->args[0], "invalid argument: " + exprStr(call->args[0]) + " is not a selector expression");
        useExprs({call->args[0]});
        return false;
      }
      auto* se = static_cast<ast::SelectorExpr*>(arg0);
      Operand b;
      expr(b, se->x);
      if (b.mode == Mode::Invalid) return false;
      LookupResult r = lookupFieldOrMethod(b.type, false, pkg, se->sel->name);
      if (!r.obj || r.obj->objKind != ObjKind::Var) {
        errorAt(call->args[0], "invalid argument: " + exprStr(se->x) + " has no single field " + se->sel->name);
        return false;
      }
      if (r.indirect) {
        errorAt(call->args[0], "invalid argument: field " + se->sel->name + " is embedded via a pointer in " +
                                      exprStr(se->x));
        return false;
      }
      Operand fx;
      selector(fx, se);
      fx.expr = se;
      record(fx);
      // Sum the offsets along the path of embedded fields.
      int64_t off = 0;
      Type* t = b.type;
      for (int i : r.index) {
        Type* ut = under(t);
        if (ut->kind == TypeKind::Pointer) ut = under(static_cast<Pointer*>(ut)->elem);
        if (ut->kind != TypeKind::Struct) break;
        auto* st = static_cast<Struct*>(ut);
        off += fieldOffsets(st)[size_t(i)];
        t = st->fields[size_t(i)]->type;
      }
      x.mode = Mode::Constant;
      x.val = ConstValue::makeInt64(off);
      x.type = typ(BasicKind::Uintptr);
      x.expr = call;
      break;
    }
    case B::Clear:
    case B::None:
      errorAt(call, "undefined: clear");
      return false;
  }
  hasCallOrRecv = savedCallOrRecv || hasCallOrRecv;
  return true;
}

}  // namespace golem::check
