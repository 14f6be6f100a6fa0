// Lowering, program level: one Proto per function, the global segment, the
// initialization sequence; and the per-function machinery every statement and
// expression uses: instruction emission, jump patching, frame words,
// variable locations.
#include "compiler/lower_internal.h"

#include <algorithm>
#include <cstring>

#include "runtime/iface.h"
#include "runtime/map.h"
#include "vm/native.h"
#include "vm/panic.h"

namespace golem {

namespace lower {

// ---------------------------------------------------------------------------
// Program

vm::Proto* ProgramLowerer::newProto(const std::string& name) {
  vm::Proto* p = image.newProto();
  p->name = name;
  auto* cl = static_cast<vm::Closure*>(calloc(1, sizeof(vm::Closure)));
  cl->fn = p;
  p->staticClosure = cl;
  return p;
}

vm::Proto* ProgramLowerer::protoFor(types::Func* fn) {
  auto it = funcs.find(fn);
  if (it != funcs.end()) return it->second;
  vm::Proto* p = newProto(fn->fullName());
  funcs[fn] = p;
  if (fn->decl && fn->decl->body == nullptr) {
    if (fn->decl->bodyElided) {
      p->native = vm::prunedFunctionCalled;
    } else {
      p->native = vm::findNative(fn->nativeName);
      if (!p->native) p->native = vm::findSchedNative(fn->nativeName);
      if (!p->native) unsupported(fn->pos, "intrinsic " + fn->nativeName + " is not implemented");
    }
    // Its frame shape, for trampolines and deferred calls.
    types::Signature* sig = fn->sig();
    if (sig->recv) p->paramWords += wordsOf(sig->recv->type);
    for (auto* v : sig->params->vars) p->paramWords += wordsOf(v->type);
    for (auto* v : sig->results->vars) p->resultWords += wordsOf(v->type);
    p->frameWords = p->paramWords + p->resultWords;
  }
  return p;
}

vm::Proto* ProgramLowerer::itabMethod(types::Func* m, types::Type* dyn) {
  types::Type* recv = m->sig()->recv->type;
  // The data word is the receiver itself for pointer receivers, and for value
  // receivers of pointer-shaped types stored directly.
  if (types::underlying(recv)->kind == types::TypeKind::Pointer ||
      (descriptorOf(dyn) == descriptorOf(recv) && descriptorOf(dyn)->isDirectIface()))
    return protoFor(m);
  auto it = valueWrappers.find(m);
  if (it != valueWrappers.end()) return it->second;
  vm::Proto* p = newProto(m->fullName());
  valueWrappers[m] = p;
  FuncLowerer(*this, p).lowerValueMethodWrapper(m, false);
  return p;
}

vm::Proto* ProgramLowerer::methodValueWrapper(types::Func* m) {
  auto it = methodValueWrappers.find(m);
  if (it != methodValueWrappers.end()) return it->second;
  vm::Proto* p = newProto(m->fullName() + "-fm");
  methodValueWrappers[m] = p;
  FuncLowerer(*this, p).lowerValueMethodWrapper(m, true);
  return p;
}

std::vector<ProgramLowerer::MethodEntry>& ProgramLowerer::pointerMethodSet(types::Named* t) {
  auto it = methodSets.find(t);
  if (it != methodSets.end()) return it->second;
  auto& set = methodSets[t];  // empty while being computed: cuts embedding cycles
  std::vector<MethodEntry> methods;
  auto has = [&](const std::string& name) {
    for (auto& e : methods)
      if (e.method.name == name) return true;
    return false;
  };
  auto* ptrType = prog.universe.make<types::Pointer>(t);
  for (auto* m : t->methods) {
    if (!m->decl || !m->sig() || !m->sig()->recv) continue;
    vm::Proto* via = itabMethod(m, ptrType);
    bool valueRecv = types::underlying(m->sig()->recv->type)->kind != types::TypeKind::Pointer;
    methods.push_back({rt::Method{m->name, descriptorOf(m->type), protoFor(m), via}, valueRecv});
  }
  // Methods promoted from embedded fields, shallowest first. T's own method
  // set gets those of an embedded E with value receivers, and all of those
  // of an embedded *E or interface (the spec's method set rules).
  if (auto* st = types::underlying(t)->kind == types::TypeKind::Struct
                     ? static_cast<types::Struct*>(types::underlying(t))
                     : nullptr) {
    auto offsets = types::fieldOffsets(st);
    for (size_t k = 0; k < st->fields.size(); k++) {
      types::Var* f = st->fields[k];
      if (!f->embedded) continue;
      types::Type* ft = f->type;
      bool viaPointer = false;
      if (ft->kind == types::TypeKind::Pointer) {
        ft = static_cast<types::Pointer*>(ft)->elem;
        viaPointer = true;
      }
      if (!viaPointer && types::underlying(ft)->kind == types::TypeKind::Interface) {
        // An embedded interface: its methods are called through it.
        auto* iface = static_cast<types::Interface*>(types::underlying(ft));
        for (uint32_t mi = 0; mi < iface->allMethods.size(); mi++) {
          types::Func* im = iface->allMethods[mi];
          if (has(im->name)) continue;
          vm::Proto* w = newProto(t->obj->name + "." + im->name + "-promoted");
          FuncLowerer(*this, w).lowerPromotedInterfaceWrapper(im, mi, uint32_t(offsets[k]),
                                                              descriptorOf(ptrType));
          methods.push_back({rt::Method{im->name, descriptorOf(im->type), w, w}, true});
        }
        continue;
      }
      if (ft->kind != types::TypeKind::Named) continue;
      auto* inner = static_cast<types::Named*>(ft);
      if (types::underlying(inner)->kind == types::TypeKind::Interface) continue;
      for (const MethodEntry& em : pointerMethodSet(inner)) {
        if (has(em.method.name)) continue;
        vm::Proto* w = newProto(t->obj->name + "." + em.method.name + "-promoted");
        FuncLowerer(*this, w).lowerPromotedWrapper(em.method, uint32_t(offsets[k]), viaPointer,
                                                   descriptorOf(ptrType));
        methods.push_back({rt::Method{em.method.name, em.method.funcType, w, w},
                           viaPointer || em.inValueSet});
      }
    }
  }
  std::sort(methods.begin(), methods.end(),
            [](const MethodEntry& x, const MethodEntry& y) { return x.method.name < y.method.name; });
  set = std::move(methods);
  return set;
}

vm::Proto* ProgramLowerer::nativeTrampoline(vm::Proto* native) {
  auto it = trampolines.find(native);
  if (it != trampolines.end()) return it->second;
  vm::Proto* p = newProto(native->name);
  trampolines[native] = p;
  FuncLowerer(*this, p).lowerNativeTrampoline(native);
  return p;
}

vm::Proto* ProgramLowerer::methodExprWrapper(types::Func* m, types::Type* recvType) {
  auto key = std::make_pair(static_cast<const types::Func*>(m), types::typeIdentityKey(recvType));
  auto it = methodExprWrappers.find(key);
  if (it != methodExprWrappers.end()) return it->second;
  vm::Proto* p = newProto(types::runtimeTypeString(recvType) + "." + m->name + "-fm");
  methodExprWrappers[key] = p;
  FuncLowerer(*this, p).lowerMethodExprWrapper(m, recvType);
  return p;
}

vm::Proto* ProgramLowerer::interfaceMethodValueWrapper(types::Func* m) {
  auto it = ifaceMethodValueWrappers.find(m);
  if (it != ifaceMethodValueWrappers.end()) return it->second;
  vm::Proto* p = newProto(m->name + "-fm");
  ifaceMethodValueWrappers[m] = p;
  FuncLowerer(*this, p).lowerInterfaceMethodValueWrapper(m);
  return p;
}

void ProgramLowerer::fillMethodTables() {
  for (auto* pkg : prog.packages) {
    for (auto* fn : pkg->funcs) {
      types::Var* recv = fn->sig() ? fn->sig()->recv : nullptr;
      if (!recv) continue;
      types::Type* rt = recv->type;
      if (rt->kind == types::TypeKind::Pointer) rt = static_cast<types::Pointer*>(rt)->elem;
      if (rt->kind == types::TypeKind::Named) namedWithMethods.insert(static_cast<types::Named*>(rt));
    }
  }
  // Struct types that only embed get promoted methods too.
  for (auto* pkg : prog.packages)
    for (auto& [name, obj] : pkg->scope->names)
      if (obj->objKind == types::ObjKind::TypeName && obj->type && obj->type->kind == types::TypeKind::Named)
        namedWithMethods.insert(static_cast<types::Named*>(obj->type));
  for (types::Named* t : namedWithMethods) fillMethodTable(t);
}

void ProgramLowerer::fillMethodTable(types::Named* t) {
  if (types::underlying(t)->kind == types::TypeKind::Interface) return;
  std::vector<MethodEntry>& ptrSet = pointerMethodSet(t);
  if (ptrSet.empty()) return;
  auto* ptrType = prog.universe.make<types::Pointer>(t);
  auto* pd = const_cast<rt::Type*>(descriptorOf(ptrType));
  auto* vd = const_cast<rt::Type*>(descriptorOf(t));
  pd->methods.clear();
  vd->methods.clear();
  // Descriptors are canonical for the process (typedesc.h): a process that
  // compiles several programs (the fuzzers, tests) refills the tables, each
  // time with what that program keeps after pruning, so itabs cached from an
  // earlier table (a method it lacked, functions of another image) must go.
  rt::forgetItabs(pd);
  rt::forgetItabs(vd);
  for (const MethodEntry& e : ptrSet) {
    pd->methods.push_back(e.method);
    if (!e.inValueSet) continue;
    // T's table: value methods are called with the value itself (fmt).
    rt::Method vm = e.method;
    for (auto* decl : t->methods)
      if (decl->name == vm.name && decl->decl && decl->sig() && decl->sig()->recv &&
          types::underlying(decl->sig()->recv->type)->kind != types::TypeKind::Pointer)
        vm.fn = protoFor(decl);
    vd->methods.push_back(vm);
  }
}

void ProgramLowerer::resolveItabs() {
  for (auto& use : pendingItabs) {
    const rt::Itab* tab = rt::getitab(use.inter, use.type);
    if (!tab) {
      unsupported(Pos{}, "itab for " + use.type->str + " as " + use.inter->str);
      continue;
    }
    use.proto->constants[use.constant] = reinterpret_cast<uint64_t>(tab);
  }
}

uint32_t ProgramLowerer::globalWord(types::Var* v) {
  auto it = globals.find(v);
  if (it != globals.end()) return it->second;
  uint32_t at = image.globalWords;
  // Go's linker refuses a symbol over 2e9 bytes (cmd/internal/obj: cutoff);
  // the limit also keeps global word indexes within 32 bits.
  constexpr int64_t kMaxGlobalBytes = 2000000000;
  if (types::sizeOf(v->type) > kMaxGlobalBytes) {
    diags.error(v->pos, (v->pkg ? v->pkg->path + "." : "") + v->name + ": symbol too large (" +
                            std::to_string(types::sizeOf(v->type)) + " bytes > " +
                            std::to_string(kMaxGlobalBytes) + " bytes)");
    failed = true;
    return globals[v] = 0;
  }
  // Globals hold their value inline even when it is large (loads and stores
  // address it with GADDR), so reserve all of its words.
  uint32_t words = storageWordsOf(v->type);
  const rt::Type* d = descriptorOf(v->type);
  image.globalWords += words;
  image.globalPointerMap.resize((image.globalWords + 7) / 8, 0);
  for (uint64_t w = 0; w < (d->ptrdata + 7) / 8; w++)
    if (d->wordIsPointer(w)) image.globalPointerMap[(at + w) / 8] |= uint8_t(1u << ((at + w) % 8));
  globals[v] = at;
  return at;
}

void ProgramLowerer::unsupported(Pos pos, const std::string& what) {
  diags.error(pos, what + " (not supported by golem yet)");
  failed = true;
}

// ---------------------------------------------------------------------------
// Helpers on types

types::Basic* basicOf(types::Type* t) {
  types::Type* u = types::underlying(t);
  return u->kind == types::TypeKind::Basic ? static_cast<types::Basic*>(u) : nullptr;
}

int memKindOf(types::Type* t) {
  types::Type* u = types::underlying(t);
  using B = types::BasicKind;
  if (u->kind == types::TypeKind::Basic) {
    switch (static_cast<types::Basic*>(u)->basic) {
      case B::Bool: case B::Uint8: return vm::kU8;
      case B::Int8: return vm::kS8;
      case B::Int16: return vm::kS16;
      case B::Uint16: return vm::kU16;
      case B::Int32: return vm::kS32;
      case B::Uint32: case B::Float32: return vm::kU32;
      case B::String: case B::Complex128: case B::Complex64: return -1;
      default: return vm::kW64;
    }
  }
  switch (u->kind) {
    case types::TypeKind::Pointer:
    case types::TypeKind::Map:
    case types::TypeKind::Chan:
    case types::TypeKind::Signature:
      return vm::kW64;
    default:
      return -1;
  }
}

bool isScalar(types::Type* t) { return memKindOf(t) >= 0; }

// ---------------------------------------------------------------------------
// Emission

FuncLowerer::FuncLowerer(ProgramLowerer& program, vm::Proto* proto) : P(program), proto_(proto) {}

size_t FuncLowerer::emit(Op op, uint32_t a, uint32_t b, uint32_t c, uint8_t x) {
  if (a > 0xffff || b > 0xffff || c > 0xffff) {
    if (!P.failed)
      P.unsupported(curPos_, "function " + proto_->name + " needs an operand over 16 bits (" +
                               std::string(vm::opName(op)) + " " + std::to_string(a) + " " +
                               std::to_string(b) + " " + std::to_string(c) + ")");
  }
  vm::Instr in{op, x, uint16_t(a), uint16_t(b), uint16_t(c)};
  proto_->code.push_back(in);
  proto_->lines.push_back(line_);
  return proto_->code.size() - 1;
}

size_t FuncLowerer::emitBx(Op op, uint32_t a, uint32_t bx, uint8_t x) {
  vm::Instr in{op, x, uint16_t(a), 0, 0};
  in.setBx(bx);
  proto_->code.push_back(in);
  proto_->lines.push_back(line_);
  return proto_->code.size() - 1;
}

void FuncLowerer::emitExtra(uint32_t bx) { emitBx(Op::EXTRA, 0, bx); }

size_t FuncLowerer::emitJump(Op op, uint32_t a) { return emitBx(op, a, 0); }

void FuncLowerer::patchJumpTo(size_t at, size_t target) {
  vm::Instr& in = proto_->code[at];
  int64_t off = int64_t(target) - int64_t(at + 1);
  // A conditional branch back is a loop's back-edge: a safe point.
  if (off < 0) in.op = vm::backwardBranch(in.op);
  switch (in.op) {
    case Op::JMP:
    case Op::LOOP:
    case Op::JT:
    case Op::JF:
    case Op::JTB:
    case Op::JFB:
      in.setBx(uint32_t(int32_t(off)));
      break;
    default:  // fused compare-branches carry a 16-bit offset
      if (off < INT16_MIN || off > INT16_MAX) {
        P.unsupported(curPos_, "function " + proto_->name + " has a branch too long");
      }
      in.c = uint16_t(int16_t(off));
      break;
  }
}

void FuncLowerer::patchJumpsHere(std::vector<size_t>& jumps) {
  for (size_t j : jumps) patchJumpTo(j, here());
  jumps.clear();
}

void FuncLowerer::emitLoopJump(size_t target) {
  size_t at = emitBx(Op::LOOP, 0, 0);
  patchJumpTo(at, target);
}

uint32_t FuncLowerer::constIndex(uint64_t v) {
  auto it = constIndex_.find(v);
  if (it != constIndex_.end()) return it->second;
  uint32_t idx = uint32_t(proto_->constants.size());
  proto_->constants.push_back(v);
  constIndex_[v] = idx;
  return idx;
}

uint32_t FuncLowerer::stringConst(const std::string& s) {
  auto it = stringIndex_.find(s);
  if (it != stringIndex_.end()) return it->second;
  proto_->strings.push_back(std::make_unique<std::string>(s));
  const std::string& stored = *proto_->strings.back();
  uint32_t idx = uint32_t(proto_->constants.size());
  proto_->constants.push_back(stored.empty() ? 0 : reinterpret_cast<uint64_t>(stored.data()));
  proto_->constants.push_back(uint64_t(stored.size()));
  stringIndex_[s] = idx;
  return idx;
}

uint32_t FuncLowerer::typeIndex(const rt::Type* t) {
  for (uint32_t k = 0; k < proto_->types.size(); k++)
    if (proto_->types[k] == t) return k;
  proto_->types.push_back(t);
  return uint32_t(proto_->types.size() - 1);
}

uint32_t FuncLowerer::mapTypeConst(types::Type* mapType) {
  return constIndex(reinterpret_cast<uint64_t>(rt::mapTypeFor(descriptorOf(mapType))));
}

uint32_t FuncLowerer::protoIndex(const vm::Proto* p) {
  for (uint32_t k = 0; k < proto_->protos.size(); k++)
    if (proto_->protos[k] == p) return k;
  proto_->protos.push_back(p);
  return uint32_t(proto_->protos.size() - 1);
}

// ---------------------------------------------------------------------------
// Frame words

std::vector<bool> FuncLowerer::pointerBitsOf(types::Type* t) {
  if (isLargeValue(t)) return {true};  // the pointer to the value's copy
  const rt::Type* d = descriptorOf(t);
  uint32_t words = wordsOf(t);
  std::vector<bool> bits(words);
  for (uint32_t w = 0; w < words; w++) bits[w] = d->wordIsPointer(w);
  return bits;
}

void FuncLowerer::markValueWords(Slot s, types::Type* t) {
  std::vector<bool> bits = pointerBitsOf(t);
  for (size_t w = 0; w < bits.size(); w++) pointerWords_[s + w] = bits[w];
}

void FuncLowerer::markSignatureWords(Slot at, types::Signature* sig) {
  for (auto* list : {sig->params, sig->results})
    for (auto* v : list->vars) {
      markValueWords(at, v->type);
      at += wordsOf(v->type);
    }
}

Slot FuncLowerer::allocFresh(uint32_t words, const std::vector<bool>& pointerBits) {
  Slot s = top_;
  top_ += words;
  pointerWords_.resize(top_, false);
  for (uint32_t w = 0; w < words && w < pointerBits.size(); w++) pointerWords_[s + w] = pointerBits[w];
  return s;
}

Slot FuncLowerer::allocTemp(types::Type* t) { return allocTempWithBits(pointerBitsOf(t)); }

Slot FuncLowerer::allocTempWithBits(const std::vector<bool>& bits) {
  auto& free = freeTemps_[bits];
  Slot s;
  if (!free.empty()) {
    s = free.back();
    free.pop_back();
  } else {
    s = allocFresh(uint32_t(bits.size()), bits);
  }
  liveTemps_.emplace_back(bits, s);
  return s;
}

Slot FuncLowerer::allocScalarTemp() { return allocTempWithBits({false}); }

Slot FuncLowerer::allocPointerTemp() { return allocTempWithBits({true}); }

Slot FuncLowerer::allocVar(types::Type* t) { return allocFresh(wordsOf(t), pointerBitsOf(t)); }

Slot FuncLowerer::allocCallArea(uint32_t words) {
  // Call areas are always fresh words at the top: the callee's frame extends
  // past them, so nothing live may sit above.
  return allocFresh(words, {});
}

void FuncLowerer::releaseTemps(size_t mark) {
  while (liveTemps_.size() > mark) {
    auto& [bits, slot] = liveTemps_.back();
    freeTemps_[bits].push_back(slot);
    liveTemps_.pop_back();
  }
}

void FuncLowerer::move(Slot dst, Slot src, uint32_t words) {
  if (dst == src || words == 0) return;
  switch (words) {
    case 1: emit(Op::MOV, dst, src); break;
    case 2: emit(Op::MOV2, dst, src); break;
    case 3: emit(Op::MOV3, dst, src); break;
    default: emit(Op::MOVN, dst, src, words); break;
  }
}

// ---------------------------------------------------------------------------
// Variables

bool FuncLowerer::mustBox(const types::Var* v) const {
  // Conservative until escape analysis: anything whose address may outlive
  // the frame, or that a closure shares, lives on the heap.
  // Large values go to the heap too (Go moves explicit variables over 10 MB
  // there; golem's frames address 64Ki words).
  return v->addrTaken || v->captured || isLargeValue(v->type);
}

void ProgramLowerer::useEscapes(const escape::EscapeResult* result) {
  escapes = result;
  for (const ast::Expr* site : result->heapSites)
    if (site->kind == ast::ExprKind::FuncLit)
      for (const types::Var* v : static_cast<const ast::FuncLit*>(site)->captures) capturedByEscapingClosure.insert(v);
}

bool FuncLowerer::varOnStack(const types::Var* v) const {
  // Large values (over kMaxFrameValueWords words) are boxed even when their
  // address is never taken; their box is a stack object like any other
  // (emitStackObject falls back to the heap past the block's 512 KiB).
  return P.escapes != nullptr && !P.escapes->movedToHeap.count(v) &&
         !(v->captured && P.capturedByEscapingClosure.count(v));
}

bool FuncLowerer::siteOnStack(const ast::Expr* site, int64_t bytes) const {
  return P.escapes != nullptr && bytes <= kMaxStackObjectBytes && !P.escapes->heapSites.count(site);
}

bool FuncLowerer::emitStackObject(Slot target, uint64_t bytes) {
  bytes = (bytes + 7) & ~uint64_t{7};
  // STACKNEW addresses the frame's block in 16-bit word offsets.
  if (bytes == 0 || proto_->stackObjectSlot == vm::Proto::kNoStackObjects ||
      (proto_->stackObjectBytes + bytes) / 8 > UINT16_MAX)
    return false;
  emit(Op::STACKNEW, target, proto_->stackObjectSlot, proto_->stackObjectBytes / 8);
  emitExtra(uint32_t(bytes));
  proto_->stackObjectBytes += uint32_t(bytes);
  return true;
}

void FuncLowerer::emitNew(Slot target, types::Type* t, bool onStack) {
  if (onStack && emitStackObject(target, uint64_t(types::sizeOf(t)))) return;
  emitBx(Op::NEW, target, typeIndex(t));
}

void FuncLowerer::emitClosure(Slot target, Slot captures, uint32_t count, uint32_t protoIdx, bool onStack) {
  if (onStack && emitStackObject(target, 8 * (uint64_t(count) + 1))) {
    emit(Op::INITCLOSURE, target, captures, count);
  } else {
    emit(Op::CLOSURE, target, captures, count);
  }
  emitExtra(protoIdx);
}

void FuncLowerer::reserveStackObjectRecord() {
  // Below every call area: a callee's frame overwrites the words above the
  // call area it is called through, and the record lives as long as the frame.
  if (P.escapes != nullptr) proto_->stackObjectSlot = allocFresh(2, {false, false});
}

void FuncLowerer::finishStackObjects() {
  // Without stack objects RET need not look at the (unused) record.
  if (proto_->stackObjectBytes == 0) proto_->stackObjectSlot = vm::Proto::kNoStackObjects;
}

void FuncLowerer::declareVarNoInit(types::Var* v) {
  if (v->isGlobal) {  // a REPL session variable, declared by a statement
    locOf(v);
    return;
  }
  VarLoc loc;
  if (mustBox(v)) {
    loc.kind = VarLoc::Boxed;
    loc.slot = allocFresh(1, {true});
    setLine(v->pos);
    emitNew(loc.slot, v->type, varOnStack(v));
  } else {
    loc.kind = VarLoc::Frame;
    loc.slot = allocVar(v->type);
  }
  vars_[v] = loc;
}

void FuncLowerer::declareVar(types::Var* v) {
  declareVarNoInit(v);
  VarLoc& loc = vars_[v];
  if (loc.kind == VarLoc::Frame) emit(Op::ZERO, loc.slot, wordsOf(v->type));
}

VarLoc& FuncLowerer::locOf(types::Var* v) {
  auto it = vars_.find(v);
  if (it != vars_.end()) return it->second;
  VarLoc loc;
  if (v->isGlobal) {
    loc.kind = VarLoc::Global;
    loc.global = P.globalWord(v);
  } else {
    // A variable of an enclosing function that the checker did not report as
    // captured: should not happen; give it a fresh slot so lowering continues.
    P.unsupported(v->pos, "reference to variable " + v->name + " of an enclosing function");
    loc.slot = allocVar(v->type);
  }
  return vars_[v] = loc;
}

void FuncLowerer::bindParam(types::Var* v, Slot slot) {
  if (!v || v->name.empty() || v->name == "_") return;
  if (mustBox(v)) {
    VarLoc loc;
    loc.kind = VarLoc::Boxed;
    loc.slot = allocFresh(1, {true});
    emitNew(loc.slot, v->type, varOnStack(v));
    vars_[v] = loc;
    // A named result starts at zero, as the new box does; its word holds no
    // value to copy in (for a large result, not even the pointer to one).
    bool isResult = slot >= proto_->paramWords;
    if (!isResult) store(varLValue(v), slot);
  } else {
    vars_[v] = VarLoc{VarLoc::Frame, slot, 0};
  }
}

void FuncLowerer::emitReturn() {
  if (hasDefer_) {
    // Deferred calls run first (and may change named results).
    epilogueJumps_.push_back(emitJump(Op::JMP));
    return;
  }
  // Boxed named results are copied back into the result words.
  for (size_t k = 0; k < namedResults_.size(); k++) {
    types::Var* v = namedResults_[k];
    if (!v) continue;
    auto it = vars_.find(v);
    if (it != vars_.end() && it->second.kind == VarLoc::Boxed) load(varLValue(v), resultSlots_[k]);
  }
  emit(Op::RET);
}

void finishProtoFor(FuncLowerer& f);

void FuncLowerer::emitEpilogue() {
  if (!hasDefer_) return;
  patchJumpsHere(epilogueJumps_);
  proto_->recoverPc = int32_t(here());
  emit(Op::RUNDEFERS);
  hasDefer_ = false;
  emitReturn();
}

// ---------------------------------------------------------------------------
// Functions

namespace {

// Whether a function body has a defer statement of its own (function
// literals inside it are separate functions).
struct DeferFinder {
  bool found = false;
  void stmts(const std::vector<ast::Stmt*>& list) {
    for (auto* s : list) stmt(s);
  }
  void stmt(ast::Stmt* s) {
    if (!s || found) return;
    switch (s->kind) {
      case ast::StmtKind::Defer: found = true; break;
      case ast::StmtKind::Block: stmts(static_cast<ast::BlockStmt*>(s)->list); break;
      case ast::StmtKind::Labeled: stmt(static_cast<ast::LabeledStmt*>(s)->stmt); break;
      case ast::StmtKind::If: {
        auto* i = static_cast<ast::IfStmt*>(s);
        stmts(i->body->list);
        stmt(i->els);
        break;
      }
      case ast::StmtKind::For: stmts(static_cast<ast::ForStmt*>(s)->body->list); break;
      case ast::StmtKind::Range: stmts(static_cast<ast::RangeStmt*>(s)->body->list); break;
      case ast::StmtKind::Switch: stmts(static_cast<ast::SwitchStmt*>(s)->body->list); break;
      case ast::StmtKind::TypeSwitch: stmts(static_cast<ast::TypeSwitchStmt*>(s)->body->list); break;
      case ast::StmtKind::Select: stmts(static_cast<ast::SelectStmt*>(s)->body->list); break;
      case ast::StmtKind::CaseClause: stmts(static_cast<ast::CaseClause*>(s)->body); break;
      case ast::StmtKind::CommClause: stmts(static_cast<ast::CommClause*>(s)->body); break;
      default: break;
    }
  }
};

bool hasDeferStmt(ast::BlockStmt* body) {
  DeferFinder f;
  f.stmts(body->list);
  return f.found;
}

void finishProto(vm::Proto* p, uint32_t top, const std::vector<bool>& pointerWords) {
  p->frameWords = std::max<uint32_t>(top, p->paramWords + p->resultWords);
  p->pointerMap.assign((p->frameWords + 7) / 8, 0);
  for (uint32_t w = 0; w < pointerWords.size(); w++)
    if (pointerWords[w]) p->pointerMap[w / 8] |= uint8_t(1u << (w % 8));
}

}  // namespace

void FuncLowerer::lowerFuncDecl(types::Func* fn) {
  ast::FuncDecl* decl = fn->decl;
  sig_ = fn->sig();
  proto_->file = decl->pos.file ? decl->pos.file->path : "";
  proto_->line = decl->pos.line;
  setLine(decl->pos);
  // Parameters: receiver first, then params, then results.
  std::vector<std::pair<types::Var*, Slot>> params;
  if (sig_->recv) {
    proto_->receiverType = descriptorOf(sig_->recv->type);
    Slot s = allocVar(sig_->recv->type);
    params.emplace_back(sig_->recv, s);
  }
  for (auto* v : sig_->params->vars) params.emplace_back(v, allocVar(v->type));
  proto_->paramWords = top_;
  for (auto* v : sig_->results->vars) {
    Slot s = allocVar(v->type);
    resultSlots_.push_back(s);
    namedResults_.push_back(v->name.empty() || v->name == "_" ? nullptr : v);
  }
  proto_->resultWords = top_ - proto_->paramWords;
  reserveStackObjectRecord();
  for (auto& [v, s] : params) bindParam(v, s);
  for (size_t k = 0; k < namedResults_.size(); k++) {
    if (namedResults_[k]) bindParam(namedResults_[k], resultSlots_[k]);
  }
  hasDefer_ = hasDeferStmt(decl->body);
  block(decl->body->list);
  setLine(decl->body->rbrace);
  emitReturn();
  emitEpilogue();
  finishStackObjects();
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerFuncLit(ast::FuncLit* lit) {
  currentLit_ = lit;
  sig_ = static_cast<types::Signature*>(types::underlying(lit->type));
  proto_->file = lit->pos.file ? lit->pos.file->path : "";
  proto_->line = lit->pos.line;
  setLine(lit->pos);
  std::vector<std::pair<types::Var*, Slot>> params;
  for (auto* v : sig_->params->vars) params.emplace_back(v, allocVar(v->type));
  proto_->paramWords = top_;
  for (auto* v : sig_->results->vars) {
    Slot s = allocVar(v->type);
    resultSlots_.push_back(s);
    namedResults_.push_back(v->name.empty() || v->name == "_" ? nullptr : v);
  }
  proto_->resultWords = top_ - proto_->paramWords;
  reserveStackObjectRecord();
  // Captured variables: their cells' pointers are copied into frame words.
  for (size_t k = 0; k < lit->captures.size(); k++) {
    types::Var* v = lit->captures[k];
    VarLoc loc;
    loc.kind = VarLoc::Boxed;
    loc.slot = allocFresh(1, {true});
    emit(Op::CAPTURE, loc.slot, uint32_t(k));
    vars_[v] = loc;
  }
  for (auto& [v, s] : params) bindParam(v, s);
  for (size_t k = 0; k < namedResults_.size(); k++)
    if (namedResults_[k]) bindParam(namedResults_[k], resultSlots_[k]);
  hasDefer_ = hasDeferStmt(lit->body);
  block(lit->body->list);
  setLine(lit->body->rbrace);
  emitReturn();
  emitEpilogue();
  finishStackObjects();
  finishProto(proto_, top_, pointerWords_);
}

FuncLowerer::WrapperFrame FuncLowerer::wrapperFrame(types::Signature* sig) {
  // The parameters (after any already allocated, such as a receiver) and
  // results of a wrapper with sig's shape.
  WrapperFrame wf;
  for (auto* v : sig->params->vars) {
    wf.params.push_back(allocVar(v->type));
    wf.paramWords += wordsOf(v->type);
  }
  proto_->paramWords = top_;
  wf.results = top_;
  for (auto* v : sig->results->vars) {
    allocVar(v->type);
    wf.resultWords += wordsOf(v->type);
  }
  proto_->resultWords = top_ - proto_->paramWords;
  return wf;
}

void FuncLowerer::lowerValueMethodWrapper(types::Func* m, bool receiverCaptured) {
  types::Signature* sig = m->sig();
  types::Type* recvType = sig->recv->type;
  vm::Proto* target = P.protoFor(m);
  proto_->file = target->file;
  proto_->line = m->pos.line;
  auto* ptrType = P.prog.universe.make<types::Pointer>(recvType);
  Slot ptr = kNoSlot;
  if (!receiverCaptured) {
    proto_->receiverType = descriptorOf(ptrType);
    ptr = allocVar(ptrType);
  }
  WrapperFrame wf = wrapperFrame(sig);
  uint32_t paramWords = wf.paramWords, resultWords = wf.resultWords;
  Slot results = wf.results;
  const std::vector<Slot>& params = wf.params;
  uint32_t recvWords = wordsOf(recvType);
  if (receiverCaptured) {
    ptr = allocFresh(1, {true});
    emit(Op::CAPTURE, ptr, 0);
  }
  Slot area = allocCallArea(vm::kFrameHeaderWords + recvWords + paramWords + resultWords);
  Slot at = area + vm::kFrameHeaderWords;
  markValueWords(at, recvType);
  markSignatureWords(at + recvWords, sig);
  load(LValue{LValue::Memory, ptr, 0, recvType}, at);
  if (paramWords) emit(Op::MOVN, at + recvWords, params.empty() ? at : params[0], paramWords);
  emitBx(Op::CALL, area, protoIndex(target));
  if (resultWords) emit(Op::MOVN, results, at + recvWords + paramWords, resultWords);
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerMethodExprWrapper(types::Func* m, types::Type* recvType) {
  types::Signature* sig = m->sig();
  proto_->file = m->pos.file ? m->pos.file->path : "";
  Slot recv = allocVar(recvType);
  WrapperFrame wf = wrapperFrame(sig);
  uint32_t paramWords = wf.paramWords, resultWords = wf.resultWords;
  Slot results = wf.results;
  const std::vector<Slot>& params = wf.params;
  Slot area = allocCallArea(vm::kFrameHeaderWords + 1 + paramWords + resultWords);
  Slot at = area + vm::kFrameHeaderWords;
  pointerWords_[at] = true;  // the receiver: a pointer or an interface's data word
  markSignatureWords(at + 1, sig);
  if (types::isInterface(recvType)) {
    auto* iface = static_cast<types::Interface*>(types::underlying(recvType));
    uint32_t index = 0;
    for (uint32_t k = 0; k < iface->allMethods.size(); k++)
      if (iface->allMethods[k]->name == m->name) index = k;
    emit(Op::MOV, at, recv + 1);
    if (paramWords) emit(Op::MOVN, at + 1, params[0], paramWords);
    emit(Op::CALLIFACE, area, recv, index, vm::callArgWordsX(1 + paramWords));
  } else {
    // A promoted method: call the method set's entry, which takes a *T.
    bool isPtr = types::underlying(recvType)->kind == types::TypeKind::Pointer;
    types::Type* base = isPtr ? static_cast<types::Pointer*>(types::underlying(recvType))->elem : recvType;
    const vm::Proto* entry = nullptr;
    if (base->kind == types::TypeKind::Named)
      for (auto& me : P.pointerMethodSet(static_cast<types::Named*>(base)))
        if (me.method.name == m->name) entry = me.method.ifn;
    if (!entry) {
      P.unsupported(m->pos, "method expression of " + m->name);
      entry = P.protoFor(m);
    }
    if (isPtr) {
      emit(Op::MOV, at, recv);
    } else {
      // The value is copied to the heap: a pointer into this frame could
      // dangle if the callee grows the stack.
      emitBx(Op::NEW, at, typeIndex(base));
      store(LValue{LValue::Memory, at, 0, base}, recv);
    }
    if (paramWords) emit(Op::MOVN, at + 1, params[0], paramWords);
    emitBx(Op::CALL, area, protoIndex(entry));
  }
  if (resultWords) emit(Op::MOVN, results, at + 1 + paramWords, resultWords);
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerNativeTrampoline(vm::Proto* native) {
  uint32_t paramWords = native->paramWords, resultWords = native->resultWords;
  // Param words keep no pointer bits here: the intrinsic's signature is only
  // known as word counts (the GC will need them; see the heap issue).
  Slot params = allocFresh(paramWords, {});
  proto_->paramWords = paramWords;
  allocFresh(resultWords, {});
  proto_->resultWords = resultWords;
  Slot area = allocCallArea(vm::kFrameHeaderWords + paramWords + resultWords);
  if (paramWords) emit(Op::MOVN, area + vm::kFrameHeaderWords, params, paramWords);
  emitBx(Op::CALLNAT, area, protoIndex(native));
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerInterfaceMethodValueWrapper(types::Func* m) {
  types::Signature* sig = m->sig();
  proto_->file = m->pos.file ? m->pos.file->path : "";
  WrapperFrame wf = wrapperFrame(sig);
  uint32_t paramWords = wf.paramWords, resultWords = wf.resultWords;
  Slot results = wf.results;
  const std::vector<Slot>& params = wf.params;
  Slot fn = allocFresh(1, {true});
  emit(Op::CAPTURE, fn, 0);
  Slot area = allocCallArea(vm::kFrameHeaderWords + 1 + paramWords + resultWords);
  Slot at = area + vm::kFrameHeaderWords;
  pointerWords_[at] = true;  // the receiver: a pointer or an interface's data word
  markSignatureWords(at + 1, sig);
  emit(Op::CAPTURE, at, 1);
  if (paramWords) emit(Op::MOVN, at + 1, params[0], paramWords);
  emit(Op::CALLCL, area, fn, 1 + paramWords);
  if (resultWords) emit(Op::MOVN, results, at + 1 + paramWords, resultWords);
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerPromotedInterfaceWrapper(types::Func* m, uint32_t methodIndex, uint32_t fieldOffset,
                                                const rt::Type* receiverType) {
  types::Signature* sig = m->sig();
  proto_->file = m->pos.file ? m->pos.file->path : "";
  proto_->receiverType = receiverType;
  Slot recv = allocFresh(1, {true});
  WrapperFrame wf = wrapperFrame(sig);
  uint32_t paramWords = wf.paramWords, resultWords = wf.resultWords;
  Slot results = wf.results;
  const std::vector<Slot>& params = wf.params;
  Slot field = allocFresh(1, {true});
  Slot iface = allocFresh(2, {true, true});
  emit(Op::ADDPTR, field, recv, fieldOffset);
  emit(Op::MEMLOAD, iface, field, 16);
  Slot area = allocCallArea(vm::kFrameHeaderWords + 1 + paramWords + resultWords);
  Slot at = area + vm::kFrameHeaderWords;
  pointerWords_[at] = true;  // the receiver: a pointer or an interface's data word
  markSignatureWords(at + 1, sig);
  emit(Op::MOV, at, iface + 1);
  if (paramWords) emit(Op::MOVN, at + 1, params[0], paramWords);
  emit(Op::CALLIFACE, area, iface, methodIndex, vm::callArgWordsX(1 + paramWords));
  if (resultWords) emit(Op::MOVN, results, at + 1 + paramWords, resultWords);
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerPromotedWrapper(const rt::Method& target, uint32_t fieldOffset, bool viaPointer,
                                       const rt::Type* receiverType) {
  const vm::Proto* callee = target.ifn;
  proto_->file = callee->file;
  proto_->receiverType = receiverType;
  // Same parameters as the target (whose receiver is one word), same results.
  uint32_t paramWords = callee->paramWords;
  uint32_t resultWords = callee->resultWords;
  // The words' types come from the method's signature (the receiver is a
  // pointer in both functions).
  std::vector<bool> bits{true};
  for (auto* list : {&target.funcType->in, &target.funcType->out})
    for (const rt::Type* t : *list) {
      uint64_t words = vm::storageWordsFor(t->size);
      if (words > vm::kMaxFrameValueWords) {
        bits.push_back(true);  // a large value's word points to its copy
        continue;
      }
      for (uint64_t w = 0; w < words; w++) bits.push_back(t->wordIsPointer(w));
    }
  bits.resize(paramWords + resultWords, false);
  Slot params = allocFresh(paramWords, {bits.begin(), bits.begin() + paramWords});
  proto_->paramWords = paramWords;
  Slot results = allocFresh(resultWords, {bits.begin() + paramWords, bits.end()});
  proto_->resultWords = resultWords;
  Slot area = allocCallArea(vm::kFrameHeaderWords + paramWords + resultWords);
  Slot at = area + vm::kFrameHeaderWords;
  for (uint32_t w = 0; w < paramWords + resultWords; w++) pointerWords_[at + w] = bits[w];
  // The receiver: the embedded field's address (or the pointer it holds).
  emit(Op::ADDPTR, at, params, fieldOffset);
  if (viaPointer) emit(Op::LOAD, at, at, 0, vm::kW64);
  if (paramWords > 1) emit(Op::MOVN, at + 1, params + 1, paramWords - 1);
  emitBx(Op::CALL, area, protoIndex(callee));
  if (resultWords) emit(Op::MOVN, results, at + paramWords, resultWords);
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void FuncLowerer::lowerPackageInit(types::Package* pkg) {
  sig_ = nullptr;
  for (auto& init : pkg->initOrder) {
    if (!init.rhs) continue;  // globals start zeroed
    TempScope scope(*this);
    setLine(init.rhs->pos);
    if (init.lhs.size() == 1) {
      types::Var* v = init.lhs[0];
      Slot tmp = allocTemp(v->type);
      exprTo(init.rhs, v->type, tmp);
      store(varLValue(v), tmp);
    } else {
      // var a, b = f()
      Slot first = expr(init.rhs);
      auto* tuple = static_cast<types::Tuple*>(init.rhs->type);
      uint32_t off = 0;
      for (size_t k = 0; k < init.lhs.size(); k++) {
        types::Var* v = init.lhs[k];
        types::Type* t = tuple->vars[k]->type;
        if (v && v->name != "_") {
          Slot tmp = allocTemp(v->type);
          convertValue(first + off, t, v->type, tmp);
          store(varLValue(v), tmp);
        }
        off += wordsOf(t);
      }
    }
  }
  emit(Op::RET);
  finishProto(proto_, top_, pointerWords_);
}

void finishProtoFor(FuncLowerer& f) { finishProto(f.proto_, f.top_, f.pointerWords_); }

void lowerPackages(ProgramLowerer& P, const std::vector<types::Package*>& pkgs,
                   std::vector<const vm::Proto*>& initSequence) {
  // Globals first, so their words exist before any function refers to them.
  for (auto* pkg : pkgs)
    for (auto* v : pkg->globals) P.globalWord(v);

  for (auto* pkg : pkgs) {
    vm::Proto* init = P.newProto(pkg->path + ".init");
    FuncLowerer(P, init).lowerPackageInit(pkg);
    initSequence.push_back(init);
    for (auto* fn : pkg->initFuncs) initSequence.push_back(P.protoFor(fn));
  }
  // Every function with a body, in source order; literals are compiled when met.
  for (auto* pkg : pkgs) {
    for (auto* fn : pkg->funcs) {
      if (!fn->decl || !fn->decl->body) continue;
      vm::Proto* p = P.protoFor(fn);
      FuncLowerer(P, p).lowerFuncDecl(fn);
    }
  }
}

void registerRuntimeErrorTypes(Program& prog, types::Package* runtimePkg) {
  // Package runtime's error types, for the values recover() returns.
  auto named = [&](const char* name) -> types::Type* {
    types::Object* o = runtimePkg->scope->lookupLocal(name);
    return o && o->objKind == types::ObjKind::TypeName ? o->type : nullptr;
  };
  vm::RuntimeErrorTypes rte;
  if (auto* t = named("errorString")) rte.errorString = descriptorOf(t);
  if (auto* t = named("plainError")) rte.plainError = descriptorOf(t);
  if (auto* t = named("boundsError")) rte.boundsError = descriptorOf(t);
  if (auto* t = named("TypeAssertionError"))
    rte.typeAssertionErrorPtr = descriptorOf(prog.universe.make<types::Pointer>(t));
  if (rte.errorString && rte.plainError && rte.boundsError && rte.typeAssertionErrorPtr)
    vm::setRuntimeErrorTypes(rte);
}

}  // namespace lower

// ---------------------------------------------------------------------------

std::unique_ptr<vm::Image> lowerProgram(Program& prog, Diagnostics& diags) {
  auto image = std::make_unique<vm::Image>();
  lower::ProgramLowerer P(prog, diags, *image);
  // The same analysis -gcflags=-m prints decides stack placement.
  escape::EscapeResult escapes = escape::analyzeEscapes(prog, 0);
  P.useEscapes(&escapes);
  lower::lowerPackages(P, prog.packages, image->initSequence);
  P.fillMethodTables();
  P.resolveItabs();
  for (auto* pkg : prog.packages)
    if (pkg->path == "runtime") lower::registerRuntimeErrorTypes(prog, pkg);
  if (prog.mainPackage) {
    if (auto* mainObj = prog.mainPackage->scope->lookupLocal("main");
        mainObj && mainObj->objKind == types::ObjKind::Func) {
      image->mainFn = P.protoFor(static_cast<types::Func*>(mainObj));
    }
  }
  if (P.failed) return nullptr;
  return image;
}

}  // namespace golem
