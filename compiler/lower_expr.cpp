// Lowering of expressions and locations.
//
// expr(e, target) leaves e's value in frame words and returns the first one:
// a variable's own words when it lives in the frame and no target is asked
// for, else target (or a fresh temporary). Integer results narrower than 64
// bits are normalized right after the operation that may overflow them, so
// every word holding an intN/uintN is always sign- or zero-extended.
//
// An LValue names where a value lives: frame words, memory at base+offset
// (heap cells, pointees, slice elements, and frame values that need byte
// addressing through a scratch FRAMEADDR), or global words.
#include <bit>
#include <cmath>
#include <cstring>
#include <utility>

#include "compiler/lower_internal.h"

namespace golem::lower {

using types::TypeKind;

namespace {


ast::Expr* unparen(ast::Expr* e) {
  while (e->kind == ast::ExprKind::Paren) e = static_cast<ast::ParenExpr*>(e)->x;
  return e;
}

}  // namespace

// ---------------------------------------------------------------------------
// Constants

Slot FuncLowerer::loadConst(const ConstValue* v, types::Type* t, Slot target) {
  types::Type* u = types::underlying(t);
  if (target == kNoSlot) target = allocTemp(t);
  if (u->kind == TypeKind::Interface) {
    // A constant converted to an interface: box it with its default type.
    P.unsupported(curPos_, "constant of interface type");
    return target;
  }
  if (v->kind() == ConstValue::Kind::String) {
    emitBx(Op::LOADK2, target, stringConst(v->stringVal()));
    return target;
  }
  if (v->kind() == ConstValue::Kind::Bool) {
    emitBx(Op::LOADI, target, v->boolVal() ? 1 : 0);
    return target;
  }
  uint64_t bits = 0;
  if (types::isFloat(u)) {
    if (types::isBasic(u, types::BasicKind::Float32))
      bits = std::bit_cast<uint32_t>(v->float32Val());
    else
      bits = std::bit_cast<uint64_t>(v->float64Val());
  } else if (types::isInteger(u)) {
    const ConstValue* iv = v->toInt();
    if (!iv) iv = v;
    bits = types::isUnsigned(u) ? iv->uint64Val() : uint64_t(iv->int64Val());
  } else if (types::isComplex(u)) {
    P.unsupported(curPos_, "complex numbers");
    return target;
  }
  int64_t sv = int64_t(bits);
  if (!types::isFloat(u) && sv >= INT32_MIN && sv <= INT32_MAX)
    emitBx(Op::LOADI, target, uint32_t(int32_t(sv)));
  else
    emitBx(Op::LOADK, target, constIndex(bits));
  return target;
}

Slot FuncLowerer::constant(ast::Expr* e, Slot target) {
  types::Type* t = e->type;
  if (types::isBasic(t, types::BasicKind::UntypedNil) || !e->constant) {
    if (target == kNoSlot) target = allocTemp(t);
    emit(Op::ZERO, target, wordsOf(t));
    return target;
  }
  return loadConst(e->constant, t, target);
}

// ---------------------------------------------------------------------------
// Dispatch

Slot FuncLowerer::expr(ast::Expr* e, Slot target) {
  if (e->mode == ast::Mode::Constant && e->constant) return constant(e, target);
  switch (e->kind) {
    case ast::ExprKind::Paren:
      return expr(static_cast<ast::ParenExpr*>(e)->x, target);
    case ast::ExprKind::Ident:
      return ident(static_cast<ast::Ident*>(e), target);
    case ast::ExprKind::Binary:
      return binary(static_cast<ast::BinaryExpr*>(e), target);
    case ast::ExprKind::Unary:
      return unary(static_cast<ast::UnaryExpr*>(e), target);
    case ast::ExprKind::Call:
      return call(static_cast<ast::CallExpr*>(e), target);
    case ast::ExprKind::Index:
      return indexExpr(static_cast<ast::IndexExpr*>(e), target);
    case ast::ExprKind::Slice:
      return sliceExpr(static_cast<ast::SliceExpr*>(e), target);
    case ast::ExprKind::Selector:
      return selector(static_cast<ast::SelectorExpr*>(e), target);
    case ast::ExprKind::CompositeLit:
      return compositeLit(static_cast<ast::CompositeLit*>(e), target);
    case ast::ExprKind::FuncLit:
      return funcLit(static_cast<ast::FuncLit*>(e), target);
    case ast::ExprKind::TypeAssert:
      return typeAssert(static_cast<ast::TypeAssertExpr*>(e), target);
    case ast::ExprKind::Star: {
      Slot ptr = expr(static_cast<ast::StarExpr*>(e)->x);
      if (target == kNoSlot) target = allocTemp(e->type);
      load(LValue{LValue::Memory, ptr, 0, e->type}, target);
      return target;
    }
    default:
      P.unsupported(e->pos, "expression");
      if (target == kNoSlot) target = allocTemp(e->type ? e->type : P.prog.universe.basic(types::BasicKind::Int));
      return target;
  }
}

void FuncLowerer::exprTo(ast::Expr* e, types::Type* dst, Slot target) {
  // The flag is for this conversion, not for those inside e.
  bool transient = nextConversionTransient_;
  nextConversionTransient_ = false;
  types::Type* src = e->type;
  if (!dst || !src || types::identical(src, dst) || !types::isInterface(dst) ||
      types::isBasic(src, types::BasicKind::UntypedNil)) {
    if (e->mode == ast::Mode::Constant && e->constant && dst && !types::isInterface(dst) &&
        types::isUntyped(src)) {
      loadConst(e->constant, dst, target);
      return;
    }
    if (types::isBasic(src, types::BasicKind::UntypedNil)) {
      emit(Op::ZERO, target, wordsOf(dst));
      return;
    }
    expr(e, target);
    return;
  }
  Slot v = expr(e);
  conversionSite_ = e;
  conversionTransient_ = transient;
  convertValue(v, src, dst, target);
  conversionSite_ = nullptr;
  conversionTransient_ = false;
}

Slot FuncLowerer::operand(ast::Expr* e, types::Type* t) {
  bool constantNeedsType = e->mode == ast::Mode::Constant && e->constant && types::isUntyped(e->type);
  if (!constantNeedsType && e->type && (types::identical(e->type, t) || !types::isInterface(t)) &&
      !types::isBasic(e->type, types::BasicKind::UntypedNil))
    return expr(e);
  Slot tmp = allocTemp(t);
  exprTo(e, t, tmp);
  return tmp;
}

Slot FuncLowerer::ident(ast::Ident* id, Slot target) {
  types::Object* obj = id->obj;
  if (!obj) {
    P.unsupported(id->pos, "identifier " + id->name);
    return target == kNoSlot ? allocScalarTemp() : target;
  }
  switch (obj->objKind) {
    case types::ObjKind::Var: {
      auto* v = static_cast<types::Var*>(obj);
      VarLoc& loc = locOf(v);
      if (loc.kind == VarLoc::Frame) {
        if (target == kNoSlot) return loc.slot;
        move(target, loc.slot, wordsOf(v->type));
        return target;
      }
      if (target == kNoSlot) target = allocTemp(v->type);
      load(varLValue(v), target);
      return target;
    }
    case types::ObjKind::Func: {
      if (target == kNoSlot) target = allocTemp(obj->type);
      emitBx(Op::LOADFN, target, protoIndex(P.protoFor(static_cast<types::Func*>(obj))));
      return target;
    }
    case types::ObjKind::Nil: {
      types::Type* t = id->type;
      if (target == kNoSlot) target = allocTemp(t);
      emit(Op::ZERO, target, wordsOf(t));
      return target;
    }
    default:
      P.unsupported(id->pos, "use of " + id->name);
      return target == kNoSlot ? allocScalarTemp() : target;
  }
}

// ---------------------------------------------------------------------------
// Arithmetic

void FuncLowerer::normalize(types::Type* t, Slot s) {
  types::Basic* b = basicOf(t);
  if (!b) return;
  using B = types::BasicKind;
  switch (b->basic) {
    case B::Int8: emit(Op::SEXT8, s, s); break;
    case B::Int16: emit(Op::SEXT16, s, s); break;
    case B::Int32: emit(Op::SEXT32, s, s); break;
    case B::Uint8: emit(Op::ZEXT8, s, s); break;
    case B::Uint16: emit(Op::ZEXT16, s, s); break;
    case B::Uint32: emit(Op::ZEXT32, s, s); break;
    default: break;
  }
}

Slot FuncLowerer::arith(ast::Op op, types::Type* t, Slot x, Slot y, Slot target, Pos pos) {
  if (target == kNoSlot) target = allocTemp(t);
  if (types::isString(t)) {
    if (op == ast::Op::Add) emit(Op::SCONCAT, target, x, y);
    return target;
  }
  if (types::isFloat(t)) {
    bool f32 = types::isBasic(types::underlying(t), types::BasicKind::Float32);
    Op o = Op::NOP;
    switch (op) {
      case ast::Op::Add: o = f32 ? Op::FADD32 : Op::FADD; break;
      case ast::Op::Sub: o = f32 ? Op::FSUB32 : Op::FSUB; break;
      case ast::Op::Mul: o = f32 ? Op::FMUL32 : Op::FMUL; break;
      case ast::Op::Quo: o = f32 ? Op::FDIV32 : Op::FDIV; break;
      default: P.unsupported(pos, "float operator"); return target;
    }
    emit(o, target, x, y);
    return target;
  }
  if (types::isComplex(t)) {
    P.unsupported(pos, "complex arithmetic");
    return target;
  }
  bool uns = types::isUnsigned(t);
  Op o = Op::NOP;
  switch (op) {
    case ast::Op::Add: o = Op::ADD; break;
    case ast::Op::Sub: o = Op::SUB; break;
    case ast::Op::Mul: o = Op::MUL; break;
    case ast::Op::Quo: o = uns ? Op::DIVU : Op::DIV; break;
    case ast::Op::Rem: o = uns ? Op::REMU : Op::REM; break;
    case ast::Op::And: o = Op::AND; break;
    case ast::Op::Or: o = Op::OR; break;
    case ast::Op::Xor: o = Op::XOR; break;
    case ast::Op::AndNot: o = Op::ANDNOT; break;
    case ast::Op::Shl: o = Op::SHL; break;
    case ast::Op::Shr: o = uns ? Op::SHR : Op::SAR; break;
    default: P.unsupported(pos, "operator"); return target;
  }
  emit(o, target, x, y);
  normalize(t, target);
  return target;
}

Slot FuncLowerer::compare(ast::Op op, types::Type* t, Slot x, Slot y, Slot target) {
  if (target == kNoSlot) target = allocScalarTemp();
  types::Type* u = types::underlying(t);
  bool swap = op == ast::Op::Gtr || op == ast::Op::Geq;
  if (swap) std::swap(x, y);
  bool orEqual = op == ast::Op::Leq || op == ast::Op::Geq;
  bool eq = op == ast::Op::Eql;
  bool ne = op == ast::Op::Neq;
  if (types::isString(u)) {
    emit(eq ? Op::SEQ : ne ? Op::SNE : orEqual ? Op::SLE : Op::SLT, target, x, y);
  } else if (types::isFloat(u)) {
    bool f32 = types::isBasic(u, types::BasicKind::Float32);
    Op o = eq ? (f32 ? Op::FEQ32 : Op::FEQ)
              : ne ? (f32 ? Op::FNE32 : Op::FNE)
                   : orEqual ? (f32 ? Op::FLE32 : Op::FLE) : (f32 ? Op::FLT32 : Op::FLT);
    emit(o, target, x, y);
  } else if (types::isInteger(u) || types::isBoolean(u) || isScalar(u)) {
    bool uns = types::isUnsigned(u);
    Op o = eq ? Op::EQ : ne ? Op::NE : orEqual ? (uns ? Op::LEU : Op::LE) : (uns ? Op::LTU : Op::LT);
    emit(o, target, x, y);
  } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Interface) {
    // Only comparisons with nil reach here for slices; interfaces compare
    // their type word when one side is nil.
    if (u->kind == TypeKind::Interface) {
      bool itabs = !static_cast<types::Interface*>(u)->allMethods.empty();
      emit(Op::IFACEEQ, target, x, y, itabs ? 1 : 0);
      if (ne) emit(Op::NOT, target, target);
    } else {
      emit(eq ? Op::EQ : Op::NE, target, x, y);
    }
  } else {
    // Arrays and structs: compared by the runtime, field by field. (A large
    // value's word already is its address.)
    Slot a = x, b = y;
    if (!isLargeValue(t)) {
      a = allocPointerTemp();
      b = allocPointerTemp();
      emit(Op::FRAMEADDR, a, x, wordsOf(t));
      emit(Op::FRAMEADDR, b, y, wordsOf(t));
    }
    emit(Op::MEMEQ, target, a, b);
    emitExtra(typeIndex(t));
    if (ne) emit(Op::NOT, target, target);
  }
  return target;
}

Slot FuncLowerer::binary(ast::BinaryExpr* e, Slot target) {
  if (e->op == ast::Op::LAnd || e->op == ast::Op::LOr) return logical(e, target);
  bool isCmp = e->op == ast::Op::Eql || e->op == ast::Op::Neq || e->op == ast::Op::Lss ||
               e->op == ast::Op::Leq || e->op == ast::Op::Gtr || e->op == ast::Op::Geq;
  if (isCmp) {
    // Operands: compare in the type of the typed side (nil and untyped
    // constants take the other side's type).
    types::Type* t = e->x->type;
    if (types::isUntyped(t)) t = e->y->type;
    if (types::isBasic(t, types::BasicKind::UntypedNil)) t = e->x->type;
    bool xNil = types::isBasic(e->x->type, types::BasicKind::UntypedNil);
    bool yNil = types::isBasic(e->y->type, types::BasicKind::UntypedNil);
    if (xNil || yNil) {
      // x == nil: test the first word (pointer, slice data, map, func, interface type).
      ast::Expr* other = xNil ? e->y : e->x;
      Slot v = expr(other);
      if (target == kNoSlot) target = allocScalarTemp();
      Slot zero = allocScalarTemp();
      emitBx(Op::LOADI, zero, 0);
      emit(e->op == ast::Op::Eql ? Op::EQ : Op::NE, target, v, zero);
      return target;
    }
    // Mixed interface/concrete comparisons convert the concrete side.
    types::Type* xt = e->x->type;
    types::Type* yt = e->y->type;
    if (types::isInterface(xt) != types::isInterface(yt)) t = types::isInterface(xt) ? xt : yt;
    Slot x = operand(e->x, t);
    Slot y = operand(e->y, t);
    return compare(e->op, t, x, y, target);
  }
  types::Type* t = e->type;
  if (e->op == ast::Op::Shl || e->op == ast::Op::Shr) {
    Slot x = operand(e->x, t);
    types::Type* ct = e->y->type;
    if (types::isUntyped(ct)) ct = P.prog.universe.basic(types::BasicKind::Uint);
    Slot y = expr(e->y);
    if (!types::isUnsigned(ct)) emit(Op::CHKSHIFT, y);
    return arith(e->op, t, x, y, target, e->opPos);
  }
  // String concatenation chains become one SCONCATN.
  if (e->op == ast::Op::Add && types::isString(t)) {
    std::vector<ast::Expr*> parts;
    std::vector<ast::Expr*> stack{e};
    while (!stack.empty()) {
      ast::Expr* cur = stack.back();
      stack.pop_back();
      ast::Expr* u = unparen(cur);
      if (u->kind == ast::ExprKind::Binary && static_cast<ast::BinaryExpr*>(u)->op == ast::Op::Add &&
          !(u->mode == ast::Mode::Constant)) {
        auto* b = static_cast<ast::BinaryExpr*>(u);
        stack.push_back(b->y);
        stack.push_back(b->x);
      } else {
        parts.push_back(cur);
      }
    }
    Slot first = allocCallArea(uint32_t(parts.size() * 2));
    for (size_t k = 0; k < parts.size(); k++) {
      pointerWords_[first + 2 * k] = true;
      exprTo(parts[k], t, first + uint32_t(2 * k));
    }
    if (target == kNoSlot) target = allocTemp(t);
    if (parts.size() == 2)
      emit(Op::SCONCAT, target, first, first + 2);
    else
      emit(Op::SCONCATN, target, first, uint32_t(parts.size()));
    return target;
  }
  // Immediate forms for small constants on the right.
  if (types::isInteger(t) && e->y->mode == ast::Mode::Constant && e->y->constant &&
      (e->op == ast::Op::Add || e->op == ast::Op::Sub || e->op == ast::Op::Mul)) {
    const ConstValue* cv = e->y->constant->toInt();
    if (cv && cv->fitsInt(16, true)) {
      int64_t imm = cv->int64Val();
      Slot x = expr(e->x);
      if (target == kNoSlot) target = allocTemp(t);
      Op o = e->op == ast::Op::Add ? Op::ADDI : e->op == ast::Op::Sub ? Op::SUBI : Op::MULI;
      emit(o, target, x, uint16_t(int16_t(imm)));
      normalize(t, target);
      return target;
    }
  }
  Slot x = operand(e->x, t);
  Slot y = operand(e->y, t);
  return arith(e->op, t, x, y, target, e->opPos);
}

Slot FuncLowerer::logical(ast::BinaryExpr* e, Slot target) {
  if (target == kNoSlot) target = allocScalarTemp();
  std::vector<size_t> jumps;
  condJump(e, false, jumps);
  emitBx(Op::LOADI, target, 1);
  size_t end = emitJump(Op::JMP);
  patchJumpsHere(jumps);
  emitBx(Op::LOADI, target, 0);
  patchJumpTo(end, here());
  return target;
}

void FuncLowerer::condJump(ast::Expr* cond, bool jumpIf, std::vector<size_t>& jumps) {
  ast::Expr* e = unparen(cond);
  if (e->mode == ast::Mode::Constant && e->constant) {
    if (e->constant->boolVal() == jumpIf) jumps.push_back(emitJump(Op::JMP));
    return;
  }
  if (e->kind == ast::ExprKind::Unary && static_cast<ast::UnaryExpr*>(e)->op == ast::Op::Not) {
    condJump(static_cast<ast::UnaryExpr*>(e)->x, !jumpIf, jumps);
    return;
  }
  if (e->kind == ast::ExprKind::Binary) {
    auto* b = static_cast<ast::BinaryExpr*>(e);
    if (b->op == ast::Op::LAnd || b->op == ast::Op::LOr) {
      bool isAnd = b->op == ast::Op::LAnd;
      if (isAnd != jumpIf) {
        // (a && b) false-jump: either false. (a || b) true-jump: either true.
        condJump(b->x, jumpIf, jumps);
        condJump(b->y, jumpIf, jumps);
      } else {
        std::vector<size_t> skip;
        condJump(b->x, !jumpIf, skip);
        condJump(b->y, jumpIf, jumps);
        patchJumpsHere(skip);
      }
      return;
    }
    // Fused integer compare-and-branch.
    types::Type* t = b->x->type;
    if (types::isUntyped(t)) t = b->y->type;
    bool isCmp = b->op == ast::Op::Eql || b->op == ast::Op::Neq || b->op == ast::Op::Lss ||
                 b->op == ast::Op::Leq || b->op == ast::Op::Gtr || b->op == ast::Op::Geq;
    if (isCmp && t && (types::isInteger(t) || (isScalar(t) && !types::isFloat(t) &&
                                                 (b->op == ast::Op::Eql || b->op == ast::Op::Neq))) &&
        !types::isBasic(b->x->type, types::BasicKind::UntypedNil) &&
        !types::isBasic(b->y->type, types::BasicKind::UntypedNil)) {
      ast::Op op = b->op;
      if (!jumpIf) {
        switch (op) {
          case ast::Op::Eql: op = ast::Op::Neq; break;
          case ast::Op::Neq: op = ast::Op::Eql; break;
          case ast::Op::Lss: op = ast::Op::Geq; break;
          case ast::Op::Leq: op = ast::Op::Gtr; break;
          case ast::Op::Gtr: op = ast::Op::Leq; break;
          case ast::Op::Geq: op = ast::Op::Lss; break;
          default: break;
        }
      }
      bool uns = types::isUnsigned(t);
      // Immediate form for a small signed constant on the right.
      if (!uns && b->y->mode == ast::Mode::Constant && b->y->constant) {
        const ConstValue* cv = b->y->constant->toInt();
        if (cv && cv->fitsInt(16, true)) {
          Slot x = expr(b->x);
          Op o = op == ast::Op::Eql ? Op::JEQI : op == ast::Op::Neq ? Op::JNEI
               : op == ast::Op::Lss ? Op::JLTI : op == ast::Op::Leq ? Op::JLEI
               : op == ast::Op::Gtr ? Op::JGTI : Op::JGEI;
          jumps.push_back(emit(o, x, uint16_t(int16_t(cv->int64Val())), 0));
          return;
        }
      }
      Slot x = operand(b->x, t);
      Slot y = operand(b->y, t);
      if (op == ast::Op::Gtr || op == ast::Op::Geq) {
        std::swap(x, y);
        op = op == ast::Op::Gtr ? ast::Op::Lss : ast::Op::Leq;
      }
      Op o = op == ast::Op::Eql ? Op::JEQ : op == ast::Op::Neq ? Op::JNE
           : op == ast::Op::Lss ? (uns ? Op::JLTU : Op::JLT) : (uns ? Op::JLEU : Op::JLE);
      jumps.push_back(emit(o, x, y, 0));
      return;
    }
  }
  Slot v = expr(e);
  jumps.push_back(emitJump(jumpIf ? Op::JT : Op::JF, v));
}

// ---------------------------------------------------------------------------
// Unary

Slot FuncLowerer::unary(ast::UnaryExpr* e, Slot target) {
  types::Type* t = e->type;
  switch (e->op) {
    case ast::Op::And:
      return addressOf(e->x, target, e);
    case ast::Op::Not: {
      Slot x = expr(e->x);
      if (target == kNoSlot) target = allocScalarTemp();
      emit(Op::NOT, target, x);
      return target;
    }
    case ast::Op::Add:
      return expr(e->x, target);
    case ast::Op::Arrow:
      return receive(e, target);
    case ast::Op::Sub: {
      Slot x = expr(e->x);
      if (target == kNoSlot) target = allocTemp(t);
      if (types::isFloat(t))
        emit(types::isBasic(types::underlying(t), types::BasicKind::Float32) ? Op::FNEG32 : Op::FNEG,
             target, x);
      else {
        emit(Op::NEG, target, x);
        normalize(t, target);
      }
      return target;
    }
    case ast::Op::Xor: {
      Slot x = expr(e->x);
      if (target == kNoSlot) target = allocTemp(t);
      emit(Op::COM, target, x);
      normalize(t, target);
      return target;
    }
    default:
      P.unsupported(e->pos, "unary operator");
      return target == kNoSlot ? allocTemp(t) : target;
  }
}

Slot FuncLowerer::addressOf(ast::Expr* x, Slot target, const ast::Expr* site) {
  x = unparen(x);
  if (x->kind == ast::ExprKind::CompositeLit) {
    // &T{...}: a new object filled in place, on the heap unless it does not
    // escape. (An element literal with an elided &T has the pointer type
    // itself.)
    types::Type* valueType = x->type;
    if (types::underlying(valueType)->kind == TypeKind::Pointer)
      valueType = static_cast<types::Pointer*>(types::underlying(valueType))->elem;
    auto* ptrType = P.prog.universe.make<types::Pointer>(valueType);
    if (target == kNoSlot) target = allocTemp(ptrType);
    Slot p = allocTemp(ptrType);
    emitNew(p, valueType, siteOnStack(site, types::sizeOf(valueType)));
    TypeKind k = types::underlying(valueType)->kind;
    if (k == TypeKind::Struct || k == TypeKind::Array) {
      fillComposite(static_cast<ast::CompositeLit*>(x), LValue{LValue::Memory, p, 0, valueType});
    } else {
      Slot v = compositeLit(static_cast<ast::CompositeLit*>(x), kNoSlot);
      store(LValue{LValue::Memory, p, 0, valueType}, v);
    }
    move(target, p, 1);
    return target;
  }
  LValue lv = lvalue(x);
  Slot addr = addressOfLValue(lv);
  if (target == kNoSlot) {
    auto* ptrType = P.prog.universe.make<types::Pointer>(x->type);
    target = allocTemp(ptrType);
  }
  move(target, addr, 1);
  return target;
}

// ---------------------------------------------------------------------------
// Locations

LValue FuncLowerer::varLValue(types::Var* v) {
  VarLoc& loc = locOf(v);
  switch (loc.kind) {
    case VarLoc::Frame: return LValue{LValue::Frame, loc.slot, 0, v->type};
    case VarLoc::Boxed: return LValue{LValue::Memory, loc.slot, 0, v->type};
    case VarLoc::Global: return LValue{LValue::Global, kNoSlot, loc.global, v->type};
  }
  return LValue{};
}

bool FuncLowerer::elementStoresAreDead(const ast::Expr* x) const {
  x = unparen(const_cast<ast::Expr*>(x));
  if (P.escapes == nullptr || x->kind != ast::ExprKind::Ident) return false;
  const types::Object* obj = static_cast<const ast::Ident*>(x)->obj;
  return obj && obj->objKind == types::ObjKind::Var &&
         P.escapes->writeOnlyArrays.count(static_cast<const types::Var*>(obj));
}

LValue FuncLowerer::elementLValue(Slot slice, Slot index, types::Type* elem,
                                  const ast::IndexExpr* site, bool deferCheck) {
  bool dead = elementStoresAreDead(site->x);
  LValue element = LValue::element(slice, index, elem);
  element.discard = dead;
  if (deferCheck) return element;
  setLine(site->pos);
  Slot addr = addressOfLValue(element);
  if (dead) return LValue{LValue::Blank, kNoSlot, 0, elem};
  return LValue{LValue::Memory, addr, 0, elem};
}

LValue FuncLowerer::lvalue(ast::Expr* e, bool deferIndexCheck) {
  e = unparen(e);
  switch (e->kind) {
    case ast::ExprKind::Ident: {
      auto* id = static_cast<ast::Ident*>(e);
      if (id->name == "_" || !id->obj) return LValue{};
      if (id->obj->objKind != types::ObjKind::Var) break;
      return varLValue(static_cast<types::Var*>(id->obj));
    }
    case ast::ExprKind::Star: {
      Slot p = allocTemp(static_cast<ast::StarExpr*>(e)->x->type);
      expr(static_cast<ast::StarExpr*>(e)->x, p);
      return LValue{LValue::Memory, p, 0, e->type};
    }
    case ast::ExprKind::Selector: {
      auto* s = static_cast<ast::SelectorExpr*>(e);
      if (!s->selection) {
        // pkg.Var
        if (s->sel->obj && s->sel->obj->objKind == types::ObjKind::Var)
          return varLValue(static_cast<types::Var*>(s->sel->obj));
        break;
      }
      if (s->selection->kind != types::SelectionKind::FieldVal) break;
      // Walk the embedding path, dereferencing pointers on the way.
      types::Type* cur = s->x->type;
      LValue base;
      bool haveBase = false;
      Slot ptr = kNoSlot;
      if (types::underlying(cur)->kind == TypeKind::Pointer) {
        ptr = expr(s->x);
        cur = static_cast<types::Pointer*>(types::underlying(cur))->elem;
        Slot p = allocPointerTemp();
        move(p, ptr, 1);
        base = LValue{LValue::Memory, p, 0, cur};
        haveBase = true;
      } else {
        base = lvalue(s->x, deferIndexCheck);
        haveBase = base.kind != LValue::Blank;
      }
      if (!haveBase) break;
      auto& path = s->selection->index;
      for (size_t k = 0; k < path.size(); k++) {
        auto* st = static_cast<types::Struct*>(types::underlying(cur));
        types::Var* f = st->fields[size_t(path[k])];
        int64_t off = types::fieldOffsets(st)[size_t(path[k])];
        base = fieldOf(base, off, f->type);
        cur = f->type;
        if (k + 1 < path.size() && types::underlying(cur)->kind == TypeKind::Pointer) {
          Slot p = allocPointerTemp();
          load(base, p);
          cur = static_cast<types::Pointer*>(types::underlying(cur))->elem;
          base = LValue{LValue::Memory, p, 0, cur};
        }
      }
      return base;
    }
    case ast::ExprKind::Index: {
      auto* ix = static_cast<ast::IndexExpr*>(e);
      types::Type* xt = types::underlying(ix->x->type);
      if (xt->kind == TypeKind::Slice) {
        auto* st = static_cast<types::Slice*>(xt);
        Slot s = expr(ix->x);
        Slot i = expr(ix->index);
        return elementLValue(s, i, st->elem, ix, deferIndexCheck);
      }
      if (xt->kind == TypeKind::Map) {
        auto* mt = static_cast<types::Map*>(xt);
        bool transientKey = mapKeyTransient_;
        mapKeyTransient_ = false;
        Slot m = expr(ix->x);
        Slot key = allocTemp(mt->key);
        nextConversionTransient_ = transientKey;
        exprTo(ix->index, mt->key, key);
        LValue lv{LValue::MapIndex, m, key, mt->elem};
        lv.mapType = ix->x->type;
        return lv;
      }
      if (xt->kind == TypeKind::Array) {
        LValue base = lvalue(ix->x);
        return elemOfArray(base, ix, static_cast<types::Array*>(xt), deferIndexCheck);
      }
      if (xt->kind == TypeKind::Pointer) {
        auto* at = static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(xt)->elem));
        Slot p = allocPointerTemp();
        expr(ix->x, p);
        return elemOfArray(LValue{LValue::Memory, p, 0, at}, ix, at, deferIndexCheck);
      }
      break;
    }
    default:
      break;
  }
  P.unsupported(e->pos, "assignment target");
  return LValue{};
}

LValue FuncLowerer::fieldOf(const LValue& base, int64_t offset, types::Type* fieldType) {
  switch (base.kind) {
    case LValue::Frame: {
      int64_t size = types::sizeOf(fieldType);
      if (offset % 8 == 0 && size % 8 == 0 && size > 0)
        return LValue{LValue::Frame, base.slot + uint32_t(offset / 8), 0, fieldType};
      // A sub-word field of a frame value: address the bytes.
      Slot a = allocPointerTemp();
      emit(Op::FRAMEADDR, a, base.slot, wordsOf(base.type));
      return LValue{LValue::Memory, a, uint32_t(offset), fieldType};
    }
    case LValue::Memory: {
      uint64_t total = uint64_t(base.offset) + uint64_t(offset);
      if (total <= 0xffff) return LValue{LValue::Memory, base.slot, uint32_t(total), fieldType};
      // Offsets past 16 bits: form the address (nil-checked) in a word.
      Slot p = allocPointerTemp();
      Slot k = allocScalarTemp();
      emit(Op::ADDPTR, p, base.slot, 0);
      emitBx(Op::LOADK, k, constIndex(total));
      emit(Op::ADD, p, p, k);
      return LValue{LValue::Memory, p, 0, fieldType};
    }
    case LValue::Global: {
      int64_t size = types::sizeOf(fieldType);
      if (offset % 8 == 0 && size % 8 == 0)
        return LValue{LValue::Global, kNoSlot, base.offset + uint32_t(offset / 8), fieldType};
      Slot a = allocPointerTemp();
      emitBx(Op::GADDR, a, base.offset);
      return LValue{LValue::Memory, a, uint32_t(offset), fieldType};
    }
    case LValue::Element: {
      uint64_t total = uint64_t(base.offset) + uint64_t(offset);
      if (total > 0xffff)
        return fieldOf(LValue{LValue::Memory, addressOfLValue(base), 0, base.type}, offset,
                       fieldType);
      LValue field = base;
      field.offset = uint32_t(total);
      field.type = fieldType;
      return field;
    }
    default:
      return LValue{};
  }
}

LValue FuncLowerer::elemOfArray(const LValue& base, const ast::IndexExpr* site, types::Array* at,
                                bool deferCheck) {
  ast::Expr* index = site->index;
  if (index->mode == ast::Mode::Constant && index->constant) {
    if (elementStoresAreDead(site->x)) return LValue{LValue::Blank, kNoSlot, 0, at->elem};
    int64_t k = index->constant->toInt()->int64Val();
    return fieldOf(base, k * types::sizeOf(at->elem), at->elem);
  }
  Slot addr = addressOfLValue(base);
  // A slice view {addr, len, len} lets IDXADDR do the bounds check.
  Slot view = allocFresh(3, {true, false, false});
  emit(Op::MOV, view, addr);
  Slot n = allocScalarTemp();
  loadConst(ConstValue::makeInt64(at->len), P.prog.universe.basic(types::BasicKind::Int), n);
  emit(Op::MOV, view + 1, n);
  emit(Op::MOV, view + 2, n);
  Slot i = expr(index);
  return elementLValue(view, i, at->elem, site, deferCheck);
}

Slot FuncLowerer::addressOfLValue(const LValue& lv) {
  Slot a = allocPointerTemp();
  switch (lv.kind) {
    case LValue::Element:
      emit(Op::IDXADDR, a, lv.slot, lv.index);
      emitExtra(uint32_t(types::sizeOf(lv.elemType)));
      if (lv.offset != 0) emit(Op::ADDPTR, a, a, lv.offset);
      break;
    case LValue::Frame:
      emit(Op::FRAMEADDR, a, lv.slot, wordsOf(lv.type));
      break;
    case LValue::Memory:
      if (lv.offset == 0) {
        // Go checks nil when the address is formed for &p.f but not for &*p.
        move(a, lv.slot, 1);
      } else {
        emit(Op::ADDPTR, a, lv.slot, lv.offset);
      }
      break;
    case LValue::Global:
      emitBx(Op::GADDR, a, lv.offset);
      break;
    default:
      emitBx(Op::LOADI, a, 0);
      break;
  }
  return a;
}

void FuncLowerer::load(const LValue& lv, Slot target) {
  if (lv.kind == LValue::Element) {
    load(LValue{LValue::Memory, addressOfLValue(lv), 0, lv.type}, target);
    return;
  }
  types::Type* t = lv.type;
  uint32_t words = wordsOf(t);
  int mk = memKindOf(t);
  if (isLargeValue(t) && lv.kind != LValue::Frame && lv.kind != LValue::Blank &&
      lv.kind != LValue::MapIndex) {
    // A large value: target gets a pointer to a fresh copy.
    Slot src = addressOfLValue(lv);
    emitBx(Op::NEW, target, typeIndex(t));
    emit(Op::MEMMOVEL, target, src);
    emitExtra(uint32_t(types::sizeOf(t)));
    return;
  }
  switch (lv.kind) {
    case LValue::Frame:
      move(target, lv.slot, words);
      return;
    case LValue::Global:
      if (mk == vm::kW64) {
        emitBx(Op::GLOAD, target, lv.offset);
        return;
      }
      if (mk < 0 && types::sizeOf(t) % 8 == 0) {
        for (uint32_t w = 0; w < words; w++) emitBx(Op::GLOAD, target + w, lv.offset + w);
        return;
      }
      {
        Slot a = allocPointerTemp();
        emitBx(Op::GADDR, a, lv.offset);
        load(LValue{LValue::Memory, a, 0, t}, target);
      }
      return;
    case LValue::MapIndex: {
      auto* mt = static_cast<types::Map*>(types::underlying(lv.mapType));
      // A large element: the copy MAPLOAD fills.
      if (isLargeValue(t)) emitBx(Op::NEW, target, typeIndex(t));
      emit(Op::MAPLOAD, target, lv.slot, lv.offset, indirectFlags(mt->key, t));
      emitExtra(mapTypeConst(lv.mapType));
      return;
    }
    case LValue::Memory:
      if (mk >= 0) {
        emit(Op::LOAD, target, lv.slot, lv.offset, uint8_t(mk));
      } else {
        Slot p = lv.slot;
        if (lv.offset) {
          p = allocPointerTemp();
          emit(Op::ADDPTR, p, lv.slot, lv.offset);
        }
        emit(Op::MEMLOAD, target, p, uint32_t(types::sizeOf(t)));
      }
      return;
    default:
      return;
  }
}

void FuncLowerer::store(const LValue& lv, Slot src) {
  if (lv.kind == LValue::Element) {
    int mk = memKindOf(lv.type);
    if (lv.discard) {
      emit(Op::BOUNDS, lv.index, lv.slot + 1);
    } else if (lv.offset == 0 && lv.type == lv.elemType && mk >= 0) {
      // A whole scalar element: check, address and store in one instruction.
      if (mk == vm::kW64) {
        emit(Op::IDXSTORE64, lv.slot, lv.index, src);
      } else {
        emit(Op::IDXSTORE, lv.slot, lv.index, src, uint8_t(mk));
      }
    } else {
      store(LValue{LValue::Memory, addressOfLValue(lv), 0, lv.type}, src);
    }
    return;
  }
  types::Type* t = lv.type;
  uint32_t words = wordsOf(t);
  int mk = memKindOf(t);
  if (isLargeValue(t) && lv.kind != LValue::Frame && lv.kind != LValue::Blank &&
      lv.kind != LValue::MapIndex) {
    Slot dst = addressOfLValue(lv);
    emit(Op::MEMMOVEL, dst, src);
    emitExtra(uint32_t(types::sizeOf(t)));
    return;
  }
  switch (lv.kind) {
    case LValue::Frame:
      move(lv.slot, src, words);
      return;
    case LValue::Global:
      if (mk == vm::kW64 || (mk < 0 && types::sizeOf(t) % 8 == 0)) {
        for (uint32_t w = 0; w < words; w++) emitBx(Op::GSTORE, src + w, lv.offset + w);
        return;
      }
      {
        Slot a = allocPointerTemp();
        emitBx(Op::GADDR, a, lv.offset);
        store(LValue{LValue::Memory, a, 0, t}, src);
      }
      return;
    case LValue::MapIndex: {
      auto* mt = static_cast<types::Map*>(types::underlying(lv.mapType));
      emit(Op::MAPSTORE, lv.slot, lv.offset, src, indirectFlags(mt->key, t));
      emitExtra(mapTypeConst(lv.mapType));
      return;
    }
    case LValue::Memory:
      if (mk >= 0) {
        emit(Op::STORE, lv.slot, src, lv.offset, uint8_t(mk));
      } else {
        Slot p = lv.slot;
        if (lv.offset) {
          p = allocPointerTemp();
          emit(Op::ADDPTR, p, lv.slot, lv.offset);
        }
        emit(Op::MEMSTORE, p, src, uint32_t(types::sizeOf(t)));
      }
      return;
    default:
      return;
  }
}

void FuncLowerer::zeroLValue(const LValue& lv) {
  Slot z = allocTemp(lv.type);
  emit(Op::ZERO, z, wordsOf(lv.type));
  store(lv, z);
}

// ---------------------------------------------------------------------------
// Index, slice, selector

Slot FuncLowerer::indexExpr(ast::IndexExpr* e, Slot target) {
  types::Type* xt = types::underlying(e->x->type);
  setLine(e->pos);
  if (types::isString(xt)) {
    Slot s = expr(e->x);
    Slot i = expr(e->index);
    if (target == kNoSlot) target = allocTemp(e->type);
    setLine(e->pos);
    emit(Op::SINDEX, target, s, i);
    return target;
  }
  if (xt->kind == TypeKind::Slice) {
    auto* st = static_cast<types::Slice*>(xt);
    int mk = memKindOf(st->elem);
    if (mk >= 0) {
      Slot s = expr(e->x);
      Slot i = expr(e->index);
      if (target == kNoSlot) target = allocTemp(e->type);
      setLine(e->pos);
      if (mk == vm::kW64)
        emit(Op::IDXLOAD64, target, s, i);
      else
        emit(Op::IDXLOAD, target, s, i, uint8_t(mk));
      return target;
    }
  }
  if (xt->kind == TypeKind::Map) {
    mapKeyTransient_ = true;  // a lookup does not keep its key
    LValue lv = lvalue(e);
    if (target == kNoSlot) target = allocTemp(e->type);
    load(lv, target);
    return target;
  }
  if (xt->kind == TypeKind::Array) {
    // An array value that is not addressable (a call result): index a copy.
    ast::Expr* base = unparen(e->x);
    bool addressable = base->mode == ast::Mode::Variable;
    if (!addressable) {
      Slot v = expr(e->x);
      auto* at = static_cast<types::Array*>(xt);
      if (target == kNoSlot) target = allocTemp(e->type);
      LValue lv = elemOfArray(frameValueLValue(v, e->x->type), e, at);
      load(lv, target);
      return target;
    }
  }
  LValue lv = lvalue(e);
  if (target == kNoSlot) {
    if (lv.kind == LValue::Frame) return lv.slot;
    target = allocTemp(e->type);
  }
  load(lv, target);
  return target;
}

Slot FuncLowerer::sliceExpr(ast::SliceExpr* e, Slot target) {
  types::Type* xt = types::underlying(e->x->type);
  auto* intType = P.prog.universe.basic(types::BasicKind::Int);
  Slot bounds = allocFresh(3, {false, false, false});
  uint8_t which = 0;
  auto evalBound = [&](ast::Expr* b, uint32_t k) {
    if (!b) return;
    which |= uint8_t(1u << k);
    exprTo(b, intType, bounds + k);
  };
  if (types::isString(xt)) {
    Slot s = expr(e->x);
    evalBound(e->low, 0);
    evalBound(e->high, 1);
    if (target == kNoSlot) target = allocTemp(e->type);
    setLine(e->pos);
    emit(Op::SSLICE, target, s, bounds, which);
    return target;
  }
  Slot src;
  types::Type* elem;
  if (xt->kind == TypeKind::Slice) {
    src = expr(e->x);
    elem = static_cast<types::Slice*>(xt)->elem;
  } else {
    // Arrays (addressable) and pointers to arrays: a view {ptr, n, n}.
    types::Array* at;
    Slot addr;
    if (xt->kind == TypeKind::Pointer) {
      at = static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(xt)->elem));
      addr = expr(e->x);
    } else {
      at = static_cast<types::Array*>(xt);
      addr = addressOfLValue(lvalue(e->x));
    }
    elem = at->elem;
    src = allocFresh(3, {true, false, false});
    emit(Op::MOV, src, addr);
    Slot n = allocScalarTemp();
    loadConst(ConstValue::makeInt64(at->len), intType, n);
    emit(Op::MOV, src + 1, n);
    emit(Op::MOV, src + 2, n);
    if (xt->kind == TypeKind::Pointer) {
      // Slicing a nil *array panics as a nil dereference.
      Slot tmp = allocScalarTemp();
      emit(Op::LOAD, tmp, addr, 0, vm::kU8);
    }
  }
  evalBound(e->low, 0);
  evalBound(e->high, 1);
  evalBound(e->max, 2);
  if (target == kNoSlot) target = allocTemp(e->type);
  setLine(e->pos);
  emit(Op::SLICE, target, src, bounds, which);
  emitExtra(uint32_t(types::sizeOf(elem)));
  return target;
}

Slot FuncLowerer::selector(ast::SelectorExpr* e, Slot target) {
  if (!e->selection) {
    // A package member: a function, variable or constant (constants are folded).
    types::Object* obj = e->sel->obj;
    if (obj && obj->objKind == types::ObjKind::Var) {
      if (target == kNoSlot) target = allocTemp(e->type);
      load(varLValue(static_cast<types::Var*>(obj)), target);
      return target;
    }
    return ident(e->sel, target);
  }
  if (e->selection->kind != types::SelectionKind::FieldVal) return methodValue(e, target);
  ast::Expr* base = unparen(e->x);
  bool viaPointer = types::underlying(base->type)->kind == TypeKind::Pointer;
  if (!viaPointer && base->mode != ast::Mode::Variable) {
    // A field of a non-addressable struct value (a call result).
    Slot v = expr(base);
    types::Type* cur = base->type;
    LValue lv = frameValueLValue(v, cur);
    for (int k : e->selection->index) {
      auto* st = static_cast<types::Struct*>(types::underlying(cur));
      lv = fieldOf(lv, types::fieldOffsets(st)[size_t(k)], st->fields[size_t(k)]->type);
      cur = st->fields[size_t(k)]->type;
      if (types::underlying(cur)->kind == TypeKind::Pointer && &k != &e->selection->index.back()) {
        Slot p = allocPointerTemp();
        load(lv, p);
        cur = static_cast<types::Pointer*>(types::underlying(cur))->elem;
        lv = LValue{LValue::Memory, p, 0, cur};
      }
    }
    if (target == kNoSlot) target = allocTemp(e->type);
    load(lv, target);
    return target;
  }
  LValue lv = lvalue(e);
  if (target == kNoSlot) {
    if (lv.kind == LValue::Frame) return lv.slot;
    target = allocTemp(e->type);
  }
  load(lv, target);
  return target;
}

// ---------------------------------------------------------------------------
// Composite literals and function literals

void FuncLowerer::fillComposite(ast::CompositeLit* e, const LValue& dst) {
  types::Type* t = e->type;
  types::Type* u = types::underlying(t);
  if (u->kind == TypeKind::Pointer) u = types::underlying(static_cast<types::Pointer*>(u)->elem);
  // Start from zero, then store each element.
  if (dst.kind == LValue::Frame) {
    emit(Op::ZERO, dst.slot, wordsOf(dst.type));
  } else if (dst.kind == LValue::Memory) {
    // Heap objects from NEW are already zero; other memory is cleared.
  }
  auto storeElem = [&](ast::Expr* v, const LValue& at) {
    if (v->kind == ast::ExprKind::CompositeLit) {
      auto* inner = static_cast<ast::CompositeLit*>(v);
      types::Type* it = types::underlying(inner->type);
      if (it->kind != TypeKind::Pointer && it->kind != TypeKind::Slice && it->kind != TypeKind::Map &&
          types::identical(inner->type, at.type)) {
        fillComposite(inner, at);
        return;
      }
    }
    TempScope scope(*this);
    Slot tmp = allocTemp(at.type);
    exprTo(v, at.type, tmp);
    store(at, tmp);
  };
  if (u->kind == TypeKind::Struct) {
    auto* st = static_cast<types::Struct*>(u);
    auto offsets = types::fieldOffsets(st);
    for (size_t k = 0; k < e->elts.size(); k++) {
      ast::Expr* el = e->elts[k];
      size_t field = k;
      ast::Expr* val = el;
      if (el->kind == ast::ExprKind::KeyValue) {
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        auto* key = static_cast<ast::Ident*>(kv->key);
        for (size_t f = 0; f < st->fields.size(); f++)
          if (st->fields[f]->name == key->name) field = f;
        val = kv->value;
      }
      storeElem(val, fieldOf(dst, offsets[field], st->fields[field]->type));
    }
    return;
  }
  if (u->kind == TypeKind::Array) {
    auto* at = static_cast<types::Array*>(u);
    int64_t esize = types::sizeOf(at->elem);
    int64_t index = 0;
    for (ast::Expr* el : e->elts) {
      ast::Expr* val = el;
      if (el->kind == ast::ExprKind::KeyValue) {
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        index = kv->key->constant->toInt()->int64Val();
        val = kv->value;
      }
      storeElem(val, fieldOf(dst, index * esize, at->elem));
      index++;
    }
    return;
  }
  P.unsupported(e->pos, "composite literal of type " + types::typeString(t));
}

Slot FuncLowerer::compositeLit(ast::CompositeLit* e, Slot target) {
  types::Type* t = e->type;
  types::Type* u = types::underlying(t);
  if (u->kind == TypeKind::Slice) {
    // []T{...}: an array of the literal's length (on the heap unless it
    // does not escape), then a slice of it.
    auto* st = static_cast<types::Slice*>(u);
    int64_t n = 0, index = 0;
    for (ast::Expr* el : e->elts) {
      if (el->kind == ast::ExprKind::KeyValue)
        index = static_cast<ast::KeyValueExpr*>(el)->key->constant->toInt()->int64Val();
      index++;
      n = std::max(n, index);
    }
    auto* arrType = P.prog.universe.make<types::Array>(st->elem, n);
    auto* ptrType = P.prog.universe.make<types::Pointer>(arrType);
    Slot p = allocTemp(ptrType);
    emitNew(p, arrType, siteOnStack(e, types::sizeOf(arrType)));
    int64_t esize = types::sizeOf(st->elem);
    index = 0;
    for (ast::Expr* el : e->elts) {
      ast::Expr* val = el;
      if (el->kind == ast::ExprKind::KeyValue) {
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        index = kv->key->constant->toInt()->int64Val();
        val = kv->value;
      }
      LValue at{LValue::Memory, p, uint32_t(index * esize), st->elem};
      if (val->kind == ast::ExprKind::CompositeLit && types::identical(val->type, st->elem) &&
          types::underlying(val->type)->kind != TypeKind::Slice &&
          types::underlying(val->type)->kind != TypeKind::Pointer &&
          types::underlying(val->type)->kind != TypeKind::Map) {
        fillComposite(static_cast<ast::CompositeLit*>(val), at);
      } else {
        TempScope scope(*this);
        Slot tmp = allocTemp(st->elem);
        exprTo(val, st->elem, tmp);
        store(at, tmp);
      }
      index++;
    }
    if (target == kNoSlot) target = allocTemp(t);
    Slot len = allocScalarTemp();
    loadConst(ConstValue::makeInt64(n), P.prog.universe.basic(types::BasicKind::Int), len);
    emit(Op::MOV, target, p);
    emit(Op::MOV, target + 1, len);
    emit(Op::MOV, target + 2, len);
    return target;
  }
  if (u->kind == TypeKind::Map) {
    auto* mt = static_cast<types::Map*>(u);
    if (target == kNoSlot) target = allocTemp(t);
    Slot hint = allocScalarTemp();
    loadConst(ConstValue::makeInt64(int64_t(e->elts.size())), P.prog.universe.basic(types::BasicKind::Int), hint);
    Slot m = allocTemp(t);
    emit(Op::MAKEMAP, m, hint);
    emitExtra(mapTypeConst(t));
    for (ast::Expr* el : e->elts) {
      auto* kv = static_cast<ast::KeyValueExpr*>(el);
      TempScope scope(*this);
      Slot key = allocTemp(mt->key);
      exprTo(kv->key, mt->key, key);
      Slot val = allocTemp(mt->elem);
      exprTo(kv->value, mt->elem, val);
      emit(Op::MAPSTORE, m, key, val, indirectFlags(mt->key, mt->elem));
      emitExtra(mapTypeConst(t));
    }
    move(target, m, 1);
    return target;
  }
  if (u->kind == TypeKind::Pointer) return addressOf(e, target, e);
  if (target == kNoSlot) target = allocTemp(t);
  if (isLargeValue(t)) {
    emitBx(Op::NEW, target, typeIndex(t));
    fillComposite(e, LValue{LValue::Memory, target, 0, t});
    return target;
  }
  fillComposite(e, LValue{LValue::Frame, target, 0, t});
  return target;
}

Slot FuncLowerer::funcLit(ast::FuncLit* e, Slot target) {
  vm::Proto* p;
  auto it = P.literals.find(e);
  if (it != P.literals.end()) {
    p = it->second;
  } else {
    // Go names literals after their enclosing function: main.main.func1.
    int n = 1;
    std::string prefix = proto_->name;
    for (auto& [lit, pr] : P.literals)
      if (pr->name.rfind(prefix + ".func", 0) == 0) n++;
    p = P.newProto(prefix + ".func" + std::to_string(n));
    P.literals[e] = p;
    FuncLowerer(P, p).lowerFuncLit(e);
  }
  if (target == kNoSlot) target = allocTemp(e->type);
  if (e->captures.empty()) {
    emitBx(Op::LOADFN, target, protoIndex(p));
    return target;
  }
  Slot cells = allocCallArea(uint32_t(e->captures.size()));
  for (size_t k = 0; k < e->captures.size(); k++) {
    types::Var* v = e->captures[k];
    pointerWords_[cells + k] = true;
    VarLoc& loc = locOf(v);
    if (loc.kind == VarLoc::Boxed) {
      emit(Op::MOV, cells + uint32_t(k), loc.slot);
    } else {
      P.unsupported(e->pos, "capture of unboxed variable " + v->name);
    }
  }
  uint32_t n = uint32_t(e->captures.size());
  emitClosure(target, cells, n, protoIndex(p), siteOnStack(e, 8 * (int64_t(n) + 1)));
  return target;
}

Slot FuncLowerer::receive(ast::UnaryExpr* e, Slot target) {
  auto* ct = static_cast<types::Chan*>(types::underlying(e->x->type));
  Slot c = expr(e->x);
  if (target == kNoSlot) target = allocTemp(ct->elem);
  // A large element: the copy RECV fills.
  if (isLargeValue(ct->elem)) emitBx(Op::NEW, target, typeIndex(ct->elem));
  setLine(e->pos);
  emit(Op::RECV, target, c, 0, indirectFlags(nullptr, ct->elem));
  return target;
}

// ---------------------------------------------------------------------------
// Type assertions

void FuncLowerer::extractFromInterface(Slot iface, types::Type* t, Slot target) {
  const rt::Type* d = descriptorOf(t);
  if (types::isInterface(t)) {
    move(target, iface, 2);
  } else if (d->isDirectIface()) {
    emit(Op::MOV, target, iface + 1);
  } else {
    load(LValue{LValue::Memory, iface + 1, 0, t}, target);
  }
}

Slot FuncLowerer::typeAssert(ast::TypeAssertExpr* e, Slot target) {
  types::Type* t = e->type;
  types::Type* xt = e->x->type;
  bool xIsEface = static_cast<types::Interface*>(types::underlying(xt))->allMethods.empty();
  Slot v = expr(e->x);
  if (target == kNoSlot) target = allocTemp(t);
  setLine(e->pos);
  if (types::isInterface(t)) {
    emit(Op::ASSERTI, target, v, 0, xIsEface ? 1 : 0);
    emitExtra(typeIndex(t));
    return target;
  }
  Slot dyn = allocScalarTemp();
  emit(Op::TYPEOF, dyn, v, 0, xIsEface ? 0 : 1);
  Slot want = allocScalarTemp();
  emitBx(Op::LOADK, want, constIndex(reinterpret_cast<uint64_t>(descriptorOf(t))));
  size_t skip = emit(Op::JEQ, dyn, want, 0);
  emit(Op::PANICASSERT, v, 0, typeIndex(xt), xIsEface ? 0 : 1);
  emitExtra(typeIndex(t));
  patchJumpTo(skip, here());
  extractFromInterface(v, t, target);
  return target;
}

Slot FuncLowerer::commaOk(ast::Expr* e, types::Type*& valueType) {
  e = unparen(e);
  if (e->kind == ast::ExprKind::Index &&
      types::underlying(static_cast<ast::IndexExpr*>(e)->x->type)->kind == TypeKind::Map) {
    auto* ix = static_cast<ast::IndexExpr*>(e);
    auto* mt = static_cast<types::Map*>(types::underlying(ix->x->type));
    valueType = mt->elem;
    uint32_t words = wordsOf(mt->elem);
    std::vector<bool> bits = pointerBitsOf(mt->elem);
    bits.push_back(false);
    Slot out = allocFresh(words + 1, bits);
    Slot m = expr(ix->x);
    Slot key = allocTemp(mt->key);
    nextConversionTransient_ = true;  // a lookup does not keep its key
    exprTo(ix->index, mt->key, key);
    // A large element: the copy MAPLOAD2 fills.
    if (isLargeValue(mt->elem)) emitBx(Op::NEW, out, typeIndex(mt->elem));
    emit(Op::MAPLOAD2, out, m, key, indirectFlags(mt->key, mt->elem));
    emitExtra(mapTypeConst(ix->x->type));
    return out;
  }
  if (e->kind == ast::ExprKind::Unary && static_cast<ast::UnaryExpr*>(e)->op == ast::Op::Arrow) {
    auto* ue = static_cast<ast::UnaryExpr*>(e);
    auto* ct = static_cast<types::Chan*>(types::underlying(ue->x->type));
    valueType = ct->elem;
    uint32_t words = wordsOf(ct->elem);
    std::vector<bool> bits = pointerBitsOf(ct->elem);
    bits.push_back(false);
    Slot out = allocFresh(words + 1, bits);
    Slot c = expr(ue->x);
    // A large element: the copy RECV fills.
    if (isLargeValue(ct->elem)) emitBx(Op::NEW, out, typeIndex(ct->elem));
    setLine(e->pos);
    emit(Op::RECV, out, c, out + words, vm::kXWithOk | indirectFlags(nullptr, ct->elem));
    return out;
  }
  if (e->kind != ast::ExprKind::TypeAssert) {
    P.unsupported(e->pos, "comma-ok form");
    valueType = e->type;
    return allocTemp(e->type);
  }
  auto* ta = static_cast<ast::TypeAssertExpr*>(e);
  types::Type* t = ta->type;
  valueType = t;
  uint32_t words = wordsOf(t);
  std::vector<bool> bits = pointerBitsOf(t);
  bits.push_back(false);
  Slot out = allocFresh(words + 1, bits);
  bool xIsEface = static_cast<types::Interface*>(types::underlying(ta->x->type))->allMethods.empty();
  Slot v = expr(ta->x);
  if (types::isInterface(t)) {
    Slot r = allocFresh(3, {true, true, false});
    emit(Op::ASSERTI, r, v, 0, uint8_t((xIsEface ? 1 : 0) | 2));
    emitExtra(typeIndex(t));
    move(out, r, 2);
    emit(Op::MOV, out + 2, r + 2);
    return out;
  }
  Slot dyn = allocScalarTemp();
  emit(Op::TYPEOF, dyn, v, 0, xIsEface ? 0 : 1);
  Slot want = allocScalarTemp();
  emitBx(Op::LOADK, want, constIndex(reinterpret_cast<uint64_t>(descriptorOf(t))));
  emit(Op::EQ, out + words, dyn, want);
  size_t toZero = emitJump(Op::JF, out + words);
  extractFromInterface(v, t, out);
  size_t toEnd = emitJump(Op::JMP);
  patchJumpTo(toZero, here());
  emit(Op::ZERO, out, words);
  patchJumpTo(toEnd, here());
  return out;
}

}  // namespace golem::lower
