// Lowering of calls, built-in functions and conversions.
//
// A call gets a fresh call area at the top of the frame: three header words,
// then the callee's parameters (receiver first), then its results. Arguments
// are evaluated straight into their parameter words; the callee's frame
// starts at the first parameter, so nothing is copied at the call, and the
// results are read where the callee left them.
#include <cstring>
#include <map>
#include <mutex>

#include "compiler/lower_internal.h"

namespace golem::lower {

using types::TypeKind;

namespace {

types::Type* defaultTypeOf(types::Universe& u, types::Type* t) {
  types::Basic* b = t && t->kind == TypeKind::Basic ? static_cast<types::Basic*>(t) : nullptr;
  if (!b) return t;
  using B = types::BasicKind;
  switch (b->basic) {
    case B::UntypedBool: return u.basic(B::Bool);
    case B::UntypedInt: return u.basic(B::Int);
    case B::UntypedRune: return u.basic(B::Int32);
    case B::UntypedFloat: return u.basic(B::Float64);
    case B::UntypedComplex: return u.basic(B::Complex128);
    case B::UntypedString: return u.basic(B::String);
    default: return t;
  }
}

}  // namespace

using types::Universe;

uint32_t FuncLowerer::resultOffset(types::Signature* sig) const {
  uint32_t words = vm::kFrameHeaderWords;
  if (sig->recv) words += wordsOf(sig->recv->type);
  for (auto* v : sig->params->vars) words += wordsOf(v->type);
  return words;
}

// ---------------------------------------------------------------------------
// Interfaces

Slot FuncLowerer::makeInterface(Slot src, types::Type* from, types::Type* to, Slot target) {
  if (target == kNoSlot) target = allocTemp(to);
  from = defaultTypeOf(P.prog.universe, from);
  if (types::isInterface(from)) {
    auto* fi = static_cast<types::Interface*>(types::underlying(from));
    auto* ti = static_cast<types::Interface*>(types::underlying(to));
    if (ti->allMethods.empty() && !fi->allMethods.empty()) {
      // iface -> eface: the type word comes from the itab.
      move(target, src, 2);
      Slot isNil = allocScalarTemp();
      Slot zero = allocScalarTemp();
      emitBx(Op::LOADI, zero, 0);
      emit(Op::EQ, isNil, src, zero);
      size_t skip = emitJump(Op::JT, isNil);
      emit(Op::LOAD, target, src, uint32_t(offsetof(rt::Itab, type)), vm::kW64);
      patchJumpTo(skip, here());
    } else if (ti->allMethods.empty() || types::identical(from, to)) {
      move(target, src, 2);
    } else {
      // To a non-empty interface from another interface: look the itab up.
      emit(Op::CONVI, target, src, 0, fi->allMethods.empty() ? 1 : 0);
      emitExtra(typeIndex(to));
    }
    return target;
  }
  const rt::Type* d = descriptorOf(from);
  auto* ti = static_cast<types::Interface*>(types::underlying(to));
  if (isLargeValue(from)) {
    // The word already points at a private copy: it is the box.
    emit(Op::MOV, target + 1, src);
    emitBx(Op::LOADK, target, constIndex(reinterpret_cast<uint64_t>(d)));
  } else if (!d->isDirectIface() && conversionSite_ != nullptr && P.escapes != nullptr &&
             (conversionTransient_ || P.escapes->stackConversions.count(conversionSite_)) &&
             types::sizeOf(from) <= kMaxStackObjectBytes &&
             (target >= src + wordsOf(from) || target + 2 <= src) &&
             emitStackObject(target + 1, uint64_t(types::sizeOf(from)))) {
    // A box that does not escape: a stack object holding the copy.
    store(LValue{LValue::Memory, target + 1, 0, from}, src);
    emitBx(Op::LOADK, target, constIndex(reinterpret_cast<uint64_t>(d)));
  } else {
    emit(Op::MKIFACE, target, src);
    emitExtra(typeIndex(d));
  }
  if (!ti->allMethods.empty()) {
    // Non-empty interfaces carry the itab in their first word, resolved
    // when every method table is known.
    uint32_t k = uint32_t(proto_->constants.size());
    proto_->constants.push_back(0);
    P.pendingItabs.push_back({proto_, k, descriptorOf(to), d});
    emitBx(Op::LOADK, target, k);
  }
  return target;
}

// ---------------------------------------------------------------------------
// Conversions

Slot FuncLowerer::convertValue(Slot src, types::Type* from, types::Type* to, Slot target) {
  if (target == kNoSlot) target = allocTemp(to);
  types::Type* fu = types::underlying(from);
  types::Type* tu = types::underlying(to);
  if (tu->kind == TypeKind::Interface && !types::isBasic(from, types::BasicKind::UntypedNil))
    return makeInterface(src, from, to, target);
  if (types::isBasic(from, types::BasicKind::UntypedNil)) {
    emit(Op::ZERO, target, wordsOf(to));
    return target;
  }
  bool fInt = types::isInteger(fu), tInt = types::isInteger(tu);
  bool fFloat = types::isFloat(fu), tFloat = types::isFloat(tu);
  bool f32 = types::isBasic(fu, types::BasicKind::Float32);
  bool t32 = types::isBasic(tu, types::BasicKind::Float32);
  if (fInt && tInt) {
    move(target, src, 1);
    normalize(to, target);
    return target;
  }
  if (fInt && tFloat) {
    bool uns = types::isUnsigned(fu);
    emit(t32 ? (uns ? Op::U2F32 : Op::I2F32) : (uns ? Op::U2F : Op::I2F), target, src);
    return target;
  }
  if (fFloat && tInt) {
    Slot s = src;
    if (f32) {
      s = allocScalarTemp();
      emit(Op::F322F, s, src);
    }
    emit(types::isUnsigned(tu) ? Op::F2U : Op::F2I, target, s);
    normalize(to, target);
    return target;
  }
  if (fFloat && tFloat) {
    if (f32 == t32) move(target, src, 1);
    else emit(t32 ? Op::F2F32 : Op::F322F, target, src);
    return target;
  }
  if (types::isString(tu)) {
    if (fInt) {
      emit(Op::RUNE2STR, target, src);
      return target;
    }
    if (fu->kind == TypeKind::Slice) {
      types::Type* elem = types::underlying(static_cast<types::Slice*>(fu)->elem);
      bool runes = types::isBasic(elem, types::BasicKind::Int32);
      emit(runes ? Op::RUNES2STR : Op::BYTES2STR, target, src);
      return target;
    }
  }
  if (fu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer) {
    // (*[N]T)(s): Go 1.17's conversion of a slice to an array pointer.
    auto* at = static_cast<types::Array*>(types::underlying(static_cast<types::Pointer*>(tu)->elem));
    emit(Op::SLICE2ARRPTR, target, src);
    emitExtra(uint32_t(at->len));
    return target;
  }
  if (types::isString(fu) && tu->kind == TypeKind::Slice) {
    types::Type* elem = types::underlying(static_cast<types::Slice*>(tu)->elem);
    bool runes = types::isBasic(elem, types::BasicKind::Int32);
    emit(runes ? Op::STR2RUNES : Op::STR2BYTES, target, src);
    return target;
  }
  move(target, src, wordsOf(to));
  return target;
}

Slot FuncLowerer::conversion(ast::CallExpr* e, Slot target) {
  ast::Expr* arg = e->args[0];
  types::Type* to = e->type;
  if (target == kNoSlot) target = allocTemp(to);
  if (arg->mode == ast::Mode::Constant && arg->constant && !types::isInterface(to)) {
    // Constant conversions to non-constant types: string(65), []byte("x").
    types::Type* tu = types::underlying(to);
    if (tu->kind == TypeKind::Slice || (types::isString(tu) && !types::isString(arg->type))) {
      types::Type* from = defaultTypeOf(P.prog.universe, arg->type);
      Slot v = allocTemp(from);
      loadConst(arg->constant, from, v);
      return convertValue(v, from, to, target);
    }
    loadConst(arg->constant, to, target);
    return target;
  }
  types::Type* from = arg->type;
  Slot v = expr(arg);
  return convertValue(v, from, to, target);
}

// ---------------------------------------------------------------------------
// Calls

Slot FuncLowerer::makeSliceOnStack(ast::CallExpr* e, Slot target) {
  // Go places make([]T, len, cap) in the frame when it does not escape and
  // cap is a constant; golem also wants len constant, so no run-time check
  // of len against cap is needed (the checker rejected bad constants).
  ast::Expr* lenArg = e->args[1];
  ast::Expr* capArg = e->args.size() > 2 ? e->args[2] : lenArg;
  if (!lenArg->constant || !capArg->constant) return kNoSlot;
  auto* st = static_cast<types::Slice*>(types::underlying(e->args[0]->type));
  int64_t len = lenArg->constant->toInt()->int64Val();
  int64_t cap = capArg->constant->toInt()->int64Val();
  int64_t esize = types::sizeOf(st->elem);
  if (cap <= 0 || esize == 0 || cap > INT64_MAX / esize || !siteOnStack(e, cap * esize)) return kNoSlot;
  auto* arrType = P.prog.universe.make<types::Array>(st->elem, cap);
  Slot p = allocTemp(P.prog.universe.make<types::Pointer>(arrType));
  emitNew(p, arrType, true);
  if (target == kNoSlot) target = allocTemp(e->type);
  types::Type* intType = P.prog.universe.basic(types::BasicKind::Int);
  emit(Op::MOV, target, p);
  loadConst(ConstValue::makeInt64(len), intType, target + 1);
  loadConst(ConstValue::makeInt64(cap), intType, target + 2);
  return target;
}

bool FuncLowerer::variadicOnStack(const ast::CallExpr* call, CallMode mode) const {
  return P.escapes != nullptr && mode == CallMode::Call && !P.escapes->heapVariadicSlices.count(call);
}

Slot FuncLowerer::variadicSlice(const std::vector<ast::Expr*>& args, size_t from,
                                types::Type* sliceType, Slot target, bool onStack) {
  auto* st = static_cast<types::Slice*>(types::underlying(sliceType));
  int64_t n = int64_t(args.size()) - int64_t(from);
  if (n <= 0) {
    emit(Op::ZERO, target, 3);
    return target;
  }
  auto* arrType = P.prog.universe.make<types::Array>(st->elem, n);
  auto* ptrType = P.prog.universe.make<types::Pointer>(arrType);
  Slot p = allocTemp(ptrType);
  emitNew(p, arrType, onStack && types::sizeOf(arrType) <= kMaxStackObjectBytes);
  int64_t esize = types::sizeOf(st->elem);
  for (int64_t k = 0; k < n; k++) {
    TempScope scope(*this);
    Slot tmp = allocTemp(st->elem);
    exprTo(args[from + size_t(k)], st->elem, tmp);
    store(LValue{LValue::Memory, p, uint32_t(k * esize), st->elem}, tmp);
  }
  Slot len = allocScalarTemp();
  loadConst(ConstValue::makeInt64(n), P.prog.universe.basic(types::BasicKind::Int), len);
  emit(Op::MOV, target, p);
  emit(Op::MOV, target + 1, len);
  emit(Op::MOV, target + 2, len);
  return target;
}

void FuncLowerer::receiverInto(types::Selection* method, ast::Expr* recvExpr, types::Type* recvType,
                               Slot at) {
  // The receiver: auto & for pointer methods on addressable values, auto *
  // for value methods on pointers, following the embedding path.
  bool wantPtr = types::underlying(recvType)->kind == TypeKind::Pointer;
  types::Type* cur = recvExpr->type;
  LValue lv;
  if (types::underlying(cur)->kind == TypeKind::Pointer) {
    Slot value = expr(recvExpr);
    cur = static_cast<types::Pointer*>(types::underlying(cur))->elem;
    Slot p = allocTemp(recvExpr->type);
    move(p, value, 1);
    lv = LValue{LValue::Memory, p, 0, cur};
  } else if (recvExpr->mode == ast::Mode::Variable) {
    lv = lvalue(recvExpr);
  } else {
    Slot value = expr(recvExpr);
    lv = frameValueLValue(value, cur);
  }
  auto& path = method->index;
  for (size_t k = 0; k + 1 < path.size(); k++) {
    auto* st = static_cast<types::Struct*>(types::underlying(cur));
    types::Var* f = st->fields[size_t(path[k])];
    lv = fieldOf(lv, types::fieldOffsets(st)[size_t(path[k])], f->type);
    cur = f->type;
    if (types::underlying(cur)->kind == TypeKind::Pointer) {
      Slot p = allocTemp(cur);
      load(lv, p);
      cur = static_cast<types::Pointer*>(types::underlying(cur))->elem;
      lv = LValue{LValue::Memory, p, 0, cur};
    }
  }
  if (wantPtr) {
    Slot a = addressOfLValue(lv);
    move(at, a, 1);
  } else {
    load(lv, at);
  }
}

Slot FuncLowerer::methodValue(ast::SelectorExpr* e, Slot target) {
  auto* m = static_cast<types::Func*>(e->selection->obj);
  if (target == kNoSlot) target = allocTemp(e->type);
  if (e->selection->kind == types::SelectionKind::MethodExpr) {
    // T.M / (*T).M: a function taking the receiver first.
    types::Type* exprRecv = e->selection->recv;
    if (types::isInterface(exprRecv) || !m->decl || e->selection->index.size() > 1) {
      // I.M, or a method promoted through embedding: a wrapper.
      emitBx(Op::LOADFN, target, protoIndex(P.methodExprWrapper(m, exprRecv)));
      return target;
    }
    types::Type* recv = m->sig()->recv->type;
    bool recvIsPtr = types::underlying(recv)->kind == TypeKind::Pointer;
    bool exprIsPtr = types::underlying(e->selection->recv)->kind == TypeKind::Pointer;
    vm::Proto* fn = (recvIsPtr || !exprIsPtr) ? P.protoFor(m) : P.itabMethod(m, e->selection->recv);
    emitBx(Op::LOADFN, target, protoIndex(fn));
    return target;
  }
  if (types::isInterface(e->selection->recv)) {
    // i.M: a closure over the method's function (looked up now, so a nil
    // interface panics here, as in Go) and the interface's data word.
    auto* iface = static_cast<types::Interface*>(types::underlying(e->x->type));
    uint32_t index = 0;
    for (uint32_t k = 0; k < iface->allMethods.size(); k++)
      if (iface->allMethods[k]->name == m->name) index = k;
    Slot iv = expr(e->x);
    Slot captured = allocCallArea(2);
    pointerWords_[captured] = true;
    pointerWords_[captured + 1] = true;
    setLine(e->pos);
    emit(Op::LOADIMETH, captured, iv, index);
    emit(Op::MOV, captured + 1, iv + 1);
    emitClosure(target, captured, 2, protoIndex(P.interfaceMethodValueWrapper(m)), siteOnStack(e, 24));
    return target;
  }
  // x.M: a closure over a copy of the receiver, taken now.
  types::Type* recvType = m->sig()->recv->type;
  auto* boxType = P.prog.universe.make<types::Pointer>(recvType);
  Slot value = allocTemp(recvType);
  receiverInto(e->selection, e->x, recvType, value);
  Slot box = allocCallArea(1);
  pointerWords_[box] = true;
  bool onStack = siteOnStack(e, types::sizeOf(recvType) + 16);
  emitNew(box, recvType, onStack);
  store(LValue{LValue::Memory, box, 0, recvType}, value);
  (void)boxType;
  vm::Proto* wrapper = P.methodValueWrapper(m);
  emitClosure(target, box, 1, protoIndex(wrapper), onStack);
  return target;
}

Slot FuncLowerer::interfaceCall(ast::CallExpr* e, ast::SelectorExpr* sel, CallMode mode,
                                types::Type* ifaceType, Slot recv) {
  if (!ifaceType) ifaceType = sel->x->type;
  auto* iface = static_cast<types::Interface*>(types::underlying(ifaceType));
  auto* m = static_cast<types::Func*>(sel->selection->obj);
  uint32_t index = 0;
  for (uint32_t k = 0; k < iface->allMethods.size(); k++)
    if (iface->allMethods[k]->name == m->name) index = k;
  auto* sig = m->sig();
  if (recv == kNoSlot) recv = expr(sel->x);
  uint32_t paramWords = 1, resultWords = 0;
  for (auto* v : sig->params->vars) paramWords += wordsOf(v->type);
  for (auto* v : sig->results->vars) resultWords += wordsOf(v->type);
  Slot area = allocCallArea(vm::kFrameHeaderWords + paramWords + resultWords);
  uint32_t at = area + vm::kFrameHeaderWords;
  pointerWords_[at] = true;
  markSignatureWords(at + 1, sig);
  emit(Op::MOV, at, recv + 1);
  at++;
  for (size_t k = 0; k < sig->params->vars.size() && k < e->args.size(); k++) {
    types::Type* pt = sig->params->vars[k]->type;
    if (sig->variadic && k + 1 == sig->params->vars.size() && !e->hasEllipsis)
      variadicSlice(e->args, k, pt, at, variadicOnStack(e, mode));
    else
      exprTo(e->args[k], pt, at);
    at += wordsOf(pt);
  }
  setLine(e->pos);
  if (mode != CallMode::Call) {
    Slot fn = allocFresh(1, {true});
    emit(Op::LOADIMETH, fn, recv, index);
    emit(mode == CallMode::Defer ? Op::DEFER : Op::GO, area + vm::kFrameHeaderWords, fn, paramWords);
    return kNoSlot;
  }
  emit(Op::CALLIFACE, area, recv, index, vm::callArgWordsX(paramWords));
  return resultWords ? area + vm::kFrameHeaderWords + paramWords : kNoSlot;
}

Slot FuncLowerer::callFunction(ast::CallExpr* e, CallMode mode) {
  ast::Expr* fun = e->fun;
  while (fun->kind == ast::ExprKind::Paren) fun = static_cast<ast::ParenExpr*>(fun)->x;
  types::Func* staticFn = nullptr;
  types::Selection* method = nullptr;
  ast::Expr* recvExpr = nullptr;
  if (fun->kind == ast::ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(fun);
    if (id->obj && id->obj->objKind == types::ObjKind::Func) staticFn = static_cast<types::Func*>(id->obj);
  } else if (fun->kind == ast::ExprKind::Selector) {
    auto* sel = static_cast<ast::SelectorExpr*>(fun);
    if (!sel->selection) {
      if (sel->sel->obj && sel->sel->obj->objKind == types::ObjKind::Func)
        staticFn = static_cast<types::Func*>(sel->sel->obj);
    } else if (sel->selection->kind == types::SelectionKind::MethodVal) {
      method = sel->selection;
      recvExpr = sel->x;
      staticFn = static_cast<types::Func*>(method->obj);
      if (types::isInterface(method->recv)) return interfaceCall(e, sel, mode);
      if (!staticFn->decl) {
        // A method promoted from an embedded interface: load that field and
        // call through it.
        types::Type* cur = method->recv;
        for (size_t k = 0; k + 1 < method->index.size(); k++) {
          if (types::underlying(cur)->kind == TypeKind::Pointer)
            cur = static_cast<types::Pointer*>(types::underlying(cur))->elem;
          auto* st = static_cast<types::Struct*>(types::underlying(cur));
          cur = st->fields[size_t(method->index[k])]->type;
        }
        Slot iv = allocTemp(cur);
        receiverInto(method, recvExpr, cur, iv);
        return interfaceCall(e, sel, mode, cur, iv);
      }
    }
  }
  auto* sig = static_cast<types::Signature*>(types::underlying(staticFn ? staticFn->type : fun->type));
  uint32_t paramWords = 0;
  if (method && sig->recv) paramWords += wordsOf(sig->recv->type);
  for (auto* v : sig->params->vars) paramWords += wordsOf(v->type);
  uint32_t resultWords = 0;
  for (auto* v : sig->results->vars) resultWords += wordsOf(v->type);

  // The func value (for indirect calls) is evaluated before the arguments.
  Slot fnValue = kNoSlot;
  if (!staticFn) fnValue = expr(fun);

  Slot area = allocCallArea(vm::kFrameHeaderWords + paramWords + resultWords);
  uint32_t at = area + vm::kFrameHeaderWords;

  if (method && sig->recv) {
    types::Type* recvType = sig->recv->type;
    markValueWords(at, recvType);
    receiverInto(method, recvExpr, recvType, at);
    at += wordsOf(recvType);
  }

  auto& params = sig->params->vars;
  size_t nfixed = sig->variadic ? params.size() - 1 : params.size();
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple) {
    // f(g()) with g returning several values: spread them over the
    // parameters, the extra ones into the variadic slice.
    Slot first = expr(e->args[0]);
    auto* tuple = static_cast<types::Tuple*>(e->args[0]->type);
    std::vector<std::pair<Slot, types::Type*>> values;
    uint32_t off = 0;
    for (auto* v : tuple->vars) {
      values.emplace_back(first + off, v->type);
      off += wordsOf(v->type);
    }
    for (size_t k = 0; k < nfixed && k < values.size(); k++) {
      types::Type* pt = params[k]->type;
      markValueWords(at, pt);
      convertValue(values[k].first, values[k].second, pt, at);
      at += wordsOf(pt);
    }
    if (sig->variadic) {
      types::Type* st = params.back()->type;
      markValueWords(at, st);
      types::Type* elem = static_cast<types::Slice*>(types::underlying(st))->elem;
      int64_t n = int64_t(values.size()) - int64_t(nfixed);
      if (n <= 0) {
        emit(Op::ZERO, at, 3);
      } else {
        auto* arrType = P.prog.universe.make<types::Array>(elem, n);
        Slot p = allocTemp(P.prog.universe.make<types::Pointer>(arrType));
        emitBx(Op::NEW, p, typeIndex(arrType));
        int64_t esize = types::sizeOf(elem);
        for (int64_t k = 0; k < n; k++) {
          Slot tmp = allocTemp(elem);
          auto& [slot, t] = values[nfixed + size_t(k)];
          convertValue(slot, t, elem, tmp);
          store(LValue{LValue::Memory, p, uint32_t(k * esize), elem}, tmp);
        }
        Slot len = allocScalarTemp();
        loadConst(ConstValue::makeInt64(n), P.prog.universe.basic(types::BasicKind::Int), len);
        emit(Op::MOV, at, p);
        emit(Op::MOV, at + 1, len);
        emit(Op::MOV, at + 2, len);
      }
      at += 3;
    }
  } else {
    for (size_t k = 0; k < nfixed && k < e->args.size(); k++) {
      types::Type* pt = params[k]->type;
      markValueWords(at, pt);
      exprTo(e->args[k], pt, at);
      at += wordsOf(pt);
    }
    if (sig->variadic) {
      types::Type* st = params.back()->type;
      markValueWords(at, st);
      if (e->hasEllipsis)
        exprTo(e->args.back(), st, at);
      else
        variadicSlice(e->args, nfixed, st, at, variadicOnStack(e, mode));
      at += 3;
    }
  }
  for (auto* v : sig->results->vars) {
    markValueWords(at, v->type);
    at += wordsOf(v->type);
  }

  setLine(e->pos);
  if (mode != CallMode::Call) {
    // defer f(args) / go f(args): the function and its arguments are
    // evaluated now and travel with the deferred call or the new goroutine.
    if (staticFn) {
      vm::Proto* callee = P.protoFor(staticFn);
      // A goroutine cannot start in an intrinsic: it starts in a small
      // bytecode function that calls it.
      if (mode == CallMode::Go && callee->native) callee = P.nativeTrampoline(callee);
      fnValue = allocFresh(1, {true});
      emitBx(Op::LOADFN, fnValue, protoIndex(callee));
    }
    emit(mode == CallMode::Defer ? Op::DEFER : Op::GO, area + vm::kFrameHeaderWords, fnValue, paramWords);
    return kNoSlot;
  }
  if (staticFn) {
    vm::Proto* callee = P.protoFor(staticFn);
    if (callee->native)
      emitBx(Op::CALLNAT, area, protoIndex(callee));
    else
      emitBx(Op::CALL, area, protoIndex(callee));
  } else {
    emit(Op::CALLCL, area, fnValue, paramWords);
  }
  return resultWords ? area + vm::kFrameHeaderWords + paramWords : kNoSlot;
}

Slot FuncLowerer::call(ast::CallExpr* e, Slot target) {
  switch (e->callKind) {
    case ast::CallKind::Conversion:
      return conversion(e, target);
    case ast::CallKind::Builtin:
      return builtinCall(e, target);
    default:
      break;
  }
  Slot result = callFunction(e);
  if (result == kNoSlot) return target;
  if (target == kNoSlot) return result;
  uint32_t words = e->type && e->type->kind != TypeKind::Tuple ? wordsOf(e->type) : 0;
  if (e->type && e->type->kind == TypeKind::Tuple)
    for (auto* v : static_cast<types::Tuple*>(e->type)->vars) words += wordsOf(v->type);
  move(target, result, words);
  return target;
}

// ---------------------------------------------------------------------------
// Built-in functions

void FuncLowerer::printCall(ast::CallExpr* e, bool newline) {
  for (size_t k = 0; k < e->args.size(); k++) {
    if (newline && k > 0) emit(Op::PRINTSP);
    ast::Expr* a = e->args[k];
    types::Type* t = defaultTypeOf(P.prog.universe, a->type);
    Slot v = allocTemp(t);
    exprTo(a, t, v);
    emit(Op::PRINT, v);
    emitExtra(typeIndex(t));
  }
  if (newline) emit(Op::PRINTNL);
}

Slot FuncLowerer::appendCall(ast::CallExpr* e, Slot target) {
  types::Type* st = e->type;
  auto* slice = static_cast<types::Slice*>(types::underlying(st));
  types::Type* elem = slice->elem;
  Slot s = allocTemp(st);
  expr(e->args[0], s);
  if (target == kNoSlot) target = allocTemp(st);
  if (e->hasEllipsis) {
    ast::Expr* more = e->args[1];
    Slot m = expr(more);
    if (types::isString(more->type))
      emit(Op::APPENDSTR, target, s, m);
    else {
      emit(Op::APPENDSL, target, s, m);
      emitExtra(typeIndex(elem));
    }
    return target;
  }
  size_t n = e->args.size() - 1;
  if (n == 0) {
    move(target, s, 3);
    return target;
  }
  // Evaluate the new elements first, then grow, then store them.
  std::vector<Slot> values;
  for (size_t k = 1; k < e->args.size(); k++) {
    Slot v = allocTemp(elem);
    exprTo(e->args[k], elem, v);
    values.push_back(v);
  }
  Slot grown = allocTemp(st);
  emit(Op::APPENDN, grown, s, uint32_t(n));
  emitExtra(typeIndex(elem));
  Slot index = allocScalarTemp();
  LValue element = LValue::element(grown, index, elem);
  for (size_t k = 0; k < n; k++) {
    emit(Op::SUBI, index, grown + 1, uint16_t(int16_t(n - k)));
    store(element, values[k]);
  }
  move(target, grown, 3);
  return target;
}

Slot FuncLowerer::builtinCall(ast::CallExpr* e, Slot target) {
  auto* intType = P.prog.universe.basic(types::BasicKind::Int);
  setLine(e->pos);
  switch (e->builtin) {
    case ast::BuiltinId::Len:
    case ast::BuiltinId::Cap: {
      bool isLen = e->builtin == ast::BuiltinId::Len;
      ast::Expr* a = e->args[0];
      types::Type* u = types::underlying(a->type);
      if (u->kind == TypeKind::Pointer) u = types::underlying(static_cast<types::Pointer*>(u)->elem);
      if (target == kNoSlot) target = allocScalarTemp();
      if (u->kind == TypeKind::Array) {
        // Only reached when not constant (the checker folds the rest).
        expr(a);
        loadConst(ConstValue::makeInt64(static_cast<types::Array*>(u)->len), intType, target);
        return target;
      }
      if (u->kind == TypeKind::Map) {
        if (!isLen) return target;
        Slot m = expr(a);
        emit(Op::MAPLEN, target, m);
        return target;
      }
      if (u->kind == TypeKind::Chan) {
        Slot c = expr(a);
        emit(isLen ? Op::CHANLEN : Op::CHANCAP, target, c);
        return target;
      }
      Slot v = expr(a);
      emit(Op::MOV, target, v + (isLen ? 1 : 2));
      return target;
    }
    case ast::BuiltinId::Append:
      return appendCall(e, target);
    case ast::BuiltinId::Copy: {
      Slot d = expr(e->args[0]);
      Slot s = expr(e->args[1]);
      if (target == kNoSlot) target = allocScalarTemp();
      if (types::isString(e->args[1]->type)) {
        emit(Op::COPYSTR, target, d, s);
      } else {
        auto* st = static_cast<types::Slice*>(types::underlying(e->args[0]->type));
        emit(Op::COPY, target, d, s);
        emitExtra(uint32_t(types::sizeOf(st->elem)));
      }
      return target;
    }
    case ast::BuiltinId::Make: {
      types::Type* t = e->args[0]->type;
      types::Type* u = types::underlying(t);
      if (u->kind == TypeKind::Map) {
        Slot hint = allocScalarTemp();
        if (e->args.size() > 1)
          exprTo(e->args[1], intType, hint);
        else
          emitBx(Op::LOADI, hint, 0);
        if (target == kNoSlot) target = allocTemp(t);
        emit(Op::MAKEMAP, target, hint);
        emitExtra(mapTypeConst(t));
        return target;
      }
      if (u->kind == TypeKind::Chan) {
        Slot size = allocScalarTemp();
        if (e->args.size() > 1)
          exprTo(e->args[1], intType, size);
        else
          emitBx(Op::LOADI, size, 0);
        if (target == kNoSlot) target = allocTemp(t);
        emit(Op::MAKECHAN, target, size);
        emitExtra(typeIndex(static_cast<types::Chan*>(u)->elem));
        return target;
      }
      if (u->kind != TypeKind::Slice) {
        P.unsupported(e->pos, "make of " + types::typeString(t));
        return target == kNoSlot ? allocTemp(t) : target;
      }
      if (Slot s = makeSliceOnStack(e, target); s != kNoSlot) return s;
      Slot len = allocScalarTemp();
      exprTo(e->args[1], intType, len);
      Slot cap = len;
      if (e->args.size() > 2) {
        cap = allocScalarTemp();
        exprTo(e->args[2], intType, cap);
      }
      if (target == kNoSlot) target = allocTemp(t);
      emit(Op::MAKESLICE, target, len, cap);
      emitExtra(typeIndex(static_cast<types::Slice*>(u)->elem));
      return target;
    }
    case ast::BuiltinId::Delete: {
      types::Type* mapType = e->args[0]->type;
      auto* mt = static_cast<types::Map*>(types::underlying(mapType));
      Slot m = expr(e->args[0]);
      Slot key = allocTemp(mt->key);
      nextConversionTransient_ = true;  // delete does not keep its key
      exprTo(e->args[1], mt->key, key);
      setLine(e->pos);
      emit(Op::MAPDELETE, m, key, 0, indirectFlags(mt->key, mt->elem));
      emitExtra(mapTypeConst(mapType));
      return target;
    }
    case ast::BuiltinId::Close: {
      Slot c = expr(e->args[0]);
      setLine(e->pos);
      emit(Op::CLOSE, c);
      return target;
    }
    case ast::BuiltinId::New: {
      types::Type* t = e->args[0]->type;
      if (target == kNoSlot) target = allocTemp(e->type);
      emitNew(target, t, siteOnStack(e, types::sizeOf(t)));
      return target;
    }
    case ast::BuiltinId::Panic: {
      types::Type* anyType = P.prog.universe.anyType;
      Slot v = allocTemp(anyType);
      exprTo(e->args[0], anyType, v);
      setLine(e->pos);
      emit(Op::PANIC, v);
      return target;
    }
    case ast::BuiltinId::Print:
      printCall(e, false);
      return target;
    case ast::BuiltinId::Println:
      printCall(e, true);
      return target;
    case ast::BuiltinId::Recover: {
      types::Type* anyType = P.prog.universe.anyType;
      if (target == kNoSlot) target = allocTemp(anyType);
      emit(Op::RECOVER, target);
      return target;
    }
    default:
      P.unsupported(e->pos, "built-in function");
      return target == kNoSlot ? allocScalarTemp() : target;
  }
}

}  // namespace golem::lower
