// Lowering of statements. Temporaries live for one statement (TempScope);
// control flow is lowered with forward jumps patched when their target is
// known; loop back-edges use LOOP, the interpreter's preemption point.
#include "compiler/lower_internal.h"
#include "runtime/map.h"

namespace golem::lower {

void FuncLowerer::block(const std::vector<ast::Stmt*>& stmts) {
  for (auto* s : stmts) stmt(s);
}

void FuncLowerer::stmt(ast::Stmt* s) {
  if (!s) return;
  setLine(s->pos);
  TempScope scope(*this);
  switch (s->kind) {
    case ast::StmtKind::Empty:
    case ast::StmtKind::Bad:
      break;
    case ast::StmtKind::Block:
      block(static_cast<ast::BlockStmt*>(s)->list);
      break;
    case ast::StmtKind::Expr:
      expr(static_cast<ast::ExprStmt*>(s)->x);
      break;
    case ast::StmtKind::Assign: {
      auto* a = static_cast<ast::AssignStmt*>(s);
      if (a->op != ast::Op::None && !a->define)
        assignOp(a);
      else
        assign(a);
      break;
    }
    case ast::StmtKind::IncDec:
      incDec(static_cast<ast::IncDecStmt*>(s));
      break;
    case ast::StmtKind::Decl:
      declStmt(static_cast<ast::DeclStmt*>(s));
      break;
    case ast::StmtKind::If:
      ifStmt(static_cast<ast::IfStmt*>(s));
      break;
    case ast::StmtKind::For:
      forStmt(static_cast<ast::ForStmt*>(s), nullptr);
      break;
    case ast::StmtKind::Range:
      rangeStmt(static_cast<ast::RangeStmt*>(s), nullptr);
      break;
    case ast::StmtKind::Switch:
      switchStmt(static_cast<ast::SwitchStmt*>(s), nullptr);
      break;
    case ast::StmtKind::Return:
      returnStmt(static_cast<ast::ReturnStmt*>(s));
      break;
    case ast::StmtKind::Branch:
      branchStmt(static_cast<ast::BranchStmt*>(s));
      break;
    case ast::StmtKind::Labeled: {
      auto* l = static_cast<ast::LabeledStmt*>(s);
      labelPcs_[l] = here();
      for (auto it = gotoPatches_.begin(); it != gotoPatches_.end();) {
        if (it->second == l) {
          patchJumpTo(it->first, here());
          it = gotoPatches_.erase(it);
        } else {
          ++it;
        }
      }
      switch (l->stmt->kind) {
        case ast::StmtKind::For: forStmt(static_cast<ast::ForStmt*>(l->stmt), l); break;
        case ast::StmtKind::Range: rangeStmt(static_cast<ast::RangeStmt*>(l->stmt), l); break;
        case ast::StmtKind::Switch: switchStmt(static_cast<ast::SwitchStmt*>(l->stmt), l); break;
        case ast::StmtKind::TypeSwitch: typeSwitchStmt(static_cast<ast::TypeSwitchStmt*>(l->stmt), l); break;
        case ast::StmtKind::Select: selectStmt(static_cast<ast::SelectStmt*>(l->stmt), l); break;
        default: stmt(l->stmt); break;
      }
      break;
    }
    case ast::StmtKind::Go:
      goStmt(static_cast<ast::GoStmt*>(s));
      break;
    case ast::StmtKind::Defer:
      deferStmt(static_cast<ast::DeferStmt*>(s));
      break;
    case ast::StmtKind::Select:
      selectStmt(static_cast<ast::SelectStmt*>(s), nullptr);
      break;
    case ast::StmtKind::TypeSwitch:
      typeSwitchStmt(static_cast<ast::TypeSwitchStmt*>(s), nullptr);
      break;
    case ast::StmtKind::Send:
      sendStmt(static_cast<ast::SendStmt*>(s));
      break;
    default:
      P.unsupported(s->pos, "statement");
      break;
  }
}

// Assigns (or defines) the value in `value` to lhs.
void FuncLowerer::defineOrAssign(ast::Expr* lhs, bool define, Slot value, types::Type* valueType) {
  if (lhs->kind == ast::ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(lhs);
    if (id->name == "_") return;
    auto* v = static_cast<types::Var*>(id->obj);
    if (define && v && vars_.find(v) == vars_.end() && !v->isGlobal) {
      declareVarNoInit(v);
    }
  }
  LValue lv = lvalue(lhs);
  if (lv.kind == LValue::Blank) return;
  if (types::identical(valueType, lv.type) || !types::isInterface(lv.type)) {
    store(lv, value);
  } else {
    Slot tmp = allocTemp(lv.type);
    convertValue(value, valueType, lv.type, tmp);
    store(lv, tmp);
  }
}

void FuncLowerer::assign(ast::AssignStmt* s) {
  setLine(s->pos);
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    // a, b := f()
    ast::Expr* rhs = s->rhs[0];
    if (rhs->type == nullptr || rhs->type->kind != types::TypeKind::Tuple) {
      types::Type* vt = nullptr;
      Slot out = commaOk(rhs, vt);
      defineOrAssign(s->lhs[0], s->define, out, vt);
      defineOrAssign(s->lhs[1], s->define, out + wordsOf(vt), P.prog.universe.basic(types::BasicKind::Bool));
      return;
    }
    Slot first = expr(rhs);
    auto* tuple = static_cast<types::Tuple*>(rhs->type);
    uint32_t off = 0;
    for (size_t k = 0; k < s->lhs.size(); k++) {
      types::Type* t = tuple->vars[k]->type;
      defineOrAssign(s->lhs[k], s->define, first + off, t);
      off += wordsOf(t);
    }
    return;
  }
  if (s->lhs.size() == 1) {
    ast::Expr* lhs = s->lhs[0];
    ast::Expr* rhs = s->rhs[0];
    // Fast path: a plain local on the left gets the value directly.
    if (lhs->kind == ast::ExprKind::Ident) {
      auto* id = static_cast<ast::Ident*>(lhs);
      if (id->name == "_") {
        expr(rhs);
        return;
      }
      auto* v = static_cast<types::Var*>(id->obj);
      if (s->define && vars_.find(v) == vars_.end()) declareVarNoInit(v);
      VarLoc& loc = locOf(v);
      if (loc.kind == VarLoc::Frame) {
        exprTo(rhs, v->type, loc.slot);
        return;
      }
    }
    LValue lv = lvalue(lhs, /*deferIndexCheck=*/true);
    Slot tmp = allocTemp(lv.type);
    exprTo(rhs, lv.type, tmp);
    store(lv, tmp);
    return;
  }
  // Parallel assignment: evaluate every operand first (index expressions and
  // pointer indirections on the left too, as the spec says), then assign.
  std::vector<LValue> lvs;
  bool frameTargetBefore = false;
  for (size_t k = 0; k < s->lhs.size(); k++) {
    ast::Expr* lhs = s->lhs[k];
    if (lhs->kind == ast::ExprKind::Ident) {
      auto* id = static_cast<ast::Ident*>(lhs);
      if (id->name == "_") {
        lvs.push_back(LValue{});
        continue;
      }
      auto* v = static_cast<types::Var*>(id->obj);
      if (s->define && vars_.find(v) == vars_.end()) declareVarNoInit(v);
    }
    LValue lv = lvalue(lhs, /*deferIndexCheck=*/true);
    if (lv.kind == LValue::Element && frameTargetBefore) {
      // The operands as they are now: an earlier target of this statement,
      // stored first, may be the variable that holds the slice or the index
      // (only frame targets can be: other variables are read into temps).
      Slot slice = allocFresh(3, {true, false, false});
      move(slice, lv.slot, 3);
      Slot index = allocScalarTemp();
      move(index, lv.index, 1);
      lv.slot = slice;
      lv.index = index;
    }
    frameTargetBefore = frameTargetBefore || lv.kind == LValue::Frame;
    lvs.push_back(lv);
  }
  std::vector<Slot> values;
  for (size_t k = 0; k < s->rhs.size(); k++) {
    types::Type* t = lvs[k].kind == LValue::Blank ? s->rhs[k]->type : lvs[k].type;
    Slot tmp = allocTemp(t);
    exprTo(s->rhs[k], t, tmp);
    values.push_back(tmp);
  }
  for (size_t k = 0; k < lvs.size(); k++)
    if (lvs[k].kind != LValue::Blank) store(lvs[k], values[k]);
}

void FuncLowerer::assignOp(ast::AssignStmt* s) {
  ast::Expr* lhs = s->lhs[0];
  LValue lv = lvalue(lhs);
  types::Type* t = lv.type;
  Slot cur;
  if (lv.kind == LValue::Frame) {
    cur = lv.slot;
  } else {
    cur = allocTemp(t);
    load(lv, cur);
  }
  Slot rhs = allocTemp(s->rhs[0]->type ? s->rhs[0]->type : t);
  expr(s->rhs[0], rhs);
  Slot result = (lv.kind == LValue::Frame) ? lv.slot : cur;
  arith(s->op, t, cur, rhs, result, s->pos);
  if (lv.kind != LValue::Frame) store(lv, result);
}

void FuncLowerer::incDec(ast::IncDecStmt* s) {
  LValue lv = lvalue(s->x);
  types::Type* t = lv.type;
  Slot cur = lv.kind == LValue::Frame ? lv.slot : allocTemp(t);
  if (lv.kind != LValue::Frame) load(lv, cur);
  if (types::isFloat(t)) {
    Slot one = allocTemp(t);
    loadConst(ConstValue::makeInt64(1), t, one);
    arith(s->op == ast::Op::Inc ? ast::Op::Add : ast::Op::Sub, t, cur, one, cur, s->pos);
  } else {
    emit(Op::ADDI, cur, cur, uint16_t(int16_t(s->op == ast::Op::Inc ? 1 : -1)));
    normalize(t, cur);
  }
  if (lv.kind != LValue::Frame) store(lv, cur);
}

void FuncLowerer::declStmt(ast::DeclStmt* s) {
  ast::GenDecl* d = s->decl;
  if (d->tok != ast::DeclTok::Var) return;  // const and type declarations emit nothing
  for (auto* spec : d->specs) {
    auto* vs = static_cast<ast::ValueSpec*>(spec);
    setLine(vs->pos);
    if (vs->values.empty()) {
      for (auto* name : vs->names) {
        auto* v = static_cast<types::Var*>(name->obj);
        if (!v || name->name == "_") continue;
        declareVarNoInit(v);
        if (vars_[v].kind == VarLoc::Frame) emit(Op::ZERO, vars_[v].slot, wordsOf(v->type));
      }
    } else if (vs->values.size() == vs->names.size()) {
      // Evaluate all values before declaring: `var x = x` refers to an outer x.
      std::vector<std::pair<Slot, types::Type*>> values;
      for (size_t k = 0; k < vs->names.size(); k++) {
        auto* v = static_cast<types::Var*>(vs->names[k]->obj);
        types::Type* t = v ? v->type : vs->values[k]->type;
        Slot tmp = allocTemp(t);
        exprTo(vs->values[k], t, tmp);
        values.emplace_back(tmp, t);
      }
      for (size_t k = 0; k < vs->names.size(); k++) {
        auto* v = static_cast<types::Var*>(vs->names[k]->obj);
        if (!v || vs->names[k]->name == "_") continue;
        declareVarNoInit(v);
        store(varLValue(v), values[k].first);
      }
    } else {
      Slot first = expr(vs->values[0]);
      auto* tuple = static_cast<types::Tuple*>(vs->values[0]->type);
      uint32_t off = 0;
      for (size_t k = 0; k < vs->names.size(); k++) {
        types::Type* t = tuple->vars[k]->type;
        auto* v = static_cast<types::Var*>(vs->names[k]->obj);
        if (v && vs->names[k]->name != "_") {
          declareVarNoInit(v);
          Slot tmp = allocTemp(v->type);
          convertValue(first + off, t, v->type, tmp);
          store(varLValue(v), tmp);
        }
        off += wordsOf(t);
      }
    }
  }
}

void FuncLowerer::ifStmt(ast::IfStmt* s) {
  if (s->init) stmt(s->init);
  std::vector<size_t> toElse;
  {
    TempScope scope(*this);
    setLine(s->cond->pos);
    condJump(s->cond, false, toElse);
  }
  block(s->body->list);
  if (s->els) {
    size_t toEnd = emitJump(Op::JMP);
    patchJumpsHere(toElse);
    stmt(s->els);
    patchJumpTo(toEnd, here());
  } else {
    patchJumpsHere(toElse);
  }
}

BranchTarget* FuncLowerer::findTarget(const ast::Stmt* target, bool forContinue) {
  if (target && target->kind == ast::StmtKind::Labeled)
    target = static_cast<const ast::LabeledStmt*>(target)->stmt;
  for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
    if (target ? it->stmt == target : (!forContinue || it->isLoop)) {
      if (forContinue && !it->isLoop) continue;
      return &*it;
    }
  }
  return nullptr;
}

void FuncLowerer::forStmt(ast::ForStmt* s, const ast::LabeledStmt* label) {
  if (s->init) stmt(s->init);
  // Layout: jump to the condition at the bottom, so each iteration runs one
  // conditional branch: body; post; cond: if cond goto body.
  size_t toCond = emitJump(Op::JMP);
  size_t bodyStart = here();
  targets_.push_back(BranchTarget{s, {}, {}, true});
  if (label) targets_.back().stmt = s;
  block(s->body->list);
  size_t continueAt = here();
  if (s->post) stmt(s->post);
  patchJumpTo(toCond, here());
  if (s->cond) {
    TempScope scope(*this);
    setLine(s->cond->pos);
    std::vector<size_t> toBody;
    condJump(s->cond, true, toBody);
    for (size_t j : toBody) {
      // Backward branches to the body: fused compare-branches keep their
      // 16-bit offset; JT carries 32 bits.
      patchJumpTo(j, bodyStart);
    }
  } else {
    emitLoopJump(bodyStart);
  }
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  for (size_t j : t.continues) patchJumpTo(j, continueAt);
  patchJumpsHere(t.breaks);
}

void FuncLowerer::rangeStmt(ast::RangeStmt* s, const ast::LabeledStmt* label) {
  types::Type* xt = types::underlying(s->x->type);
  bool isString = types::isString(xt);
  types::Type* elemType = nullptr;
  bool viaPointer = false;
  if (xt->kind == types::TypeKind::Pointer) {
    xt = types::underlying(static_cast<types::Pointer*>(xt)->elem);
    viaPointer = true;
  }
  if (xt->kind == types::TypeKind::Chan) {
    rangeChan(s);
    return;
  }
  if (xt->kind == types::TypeKind::Map && !viaPointer) {
    rangeMap(s);
    (void)label;
    return;
  }
  if (xt->kind == types::TypeKind::Slice) elemType = static_cast<types::Slice*>(xt)->elem;
  else if (xt->kind == types::TypeKind::Array) elemType = static_cast<types::Array*>(xt)->elem;
  else if (!isString) {
    P.unsupported(s->pos, "range over " + types::typeString(s->x->type));
    return;
  }
  auto* intType = P.prog.universe.basic(types::BasicKind::Int);

  // The range expression is evaluated once. Arrays are ranged over a copy
  // (unless only the index is used, or via a pointer); golem takes a slice view.
  Slot seq;  // a string {data,len} or a slice {data,len,cap}
  if (isString) {
    seq = allocFresh(2, {true, false});
    expr(s->x, seq);
  } else if (xt->kind == types::TypeKind::Slice) {
    seq = allocFresh(3, {true, false, false});
    expr(s->x, seq);
  } else {
    auto* at = static_cast<types::Array*>(xt);
    seq = allocFresh(3, {true, false, false});
    Slot addr;
    if (viaPointer) {
      addr = expr(s->x);
    } else {
      // Copy the array to the heap when values are used, as Go ranges over a copy.
      auto* ptrType = P.prog.universe.make<types::Pointer>(s->x->type);
      addr = allocTemp(ptrType);
      if (isLargeValue(s->x->type)) {
        expr(s->x, addr);  // a large value's word is a pointer to its own copy
      } else {
        emitBx(Op::NEW, addr, typeIndex(s->x->type));
        Slot val = expr(s->x);
        store(LValue{LValue::Memory, addr, 0, s->x->type}, val);
      }
    }
    emit(Op::MOV, seq, addr);
    Slot n = allocScalarTemp();
    loadConst(ConstValue::makeInt64(at->len), intType, n);
    emit(Op::MOV, seq + 1, n);
    emit(Op::MOV, seq + 2, n);
  }
  // Go 1.19: one key and one value variable for the whole loop.
  for (ast::Expr* v : {s->key, s->value}) {
    if (!s->define || !v || v->kind != ast::ExprKind::Ident) continue;
    auto* id = static_cast<ast::Ident*>(v);
    auto* var = static_cast<types::Var*>(id->obj);
    if (id->name != "_" && var && vars_.find(var) == vars_.end()) declareVar(var);
  }
  Slot index = allocFresh(1, {false});
  Slot next = allocFresh(1, {false});
  Slot len = allocFresh(1, {false});
  emitBx(Op::LOADI, index, 0);
  emitBx(Op::LOADI, next, 0);
  emit(Op::MOV, len, seq + 1);

  size_t toCond = emitJump(Op::JMP);
  size_t bodyStart = here();
  targets_.push_back(BranchTarget{s, {}, {}, true});
  {
    TempScope scope(*this);
    Slot value = kNoSlot;
    types::Type* valueType = nullptr;
    if (isString) {
      value = allocFresh(2, {false, false});
      emit(Op::SNEXTRUNE, value, seq, index);
      emit(Op::MOV, next, value + 1);
      valueType = P.prog.universe.basic(types::BasicKind::Int32);
    } else if (s->value && !(s->value->kind == ast::ExprKind::Ident &&
                             static_cast<ast::Ident*>(s->value)->name == "_")) {
      valueType = elemType;
      value = allocTemp(elemType);
      int mk = memKindOf(elemType);
      if (mk == vm::kW64) {
        emit(Op::IDXLOAD64, value, seq, index);
      } else if (mk >= 0) {
        emit(Op::IDXLOAD, value, seq, index, mk);
      } else {
        Slot addr = allocPointerTemp();
        emit(Op::IDXADDR, addr, seq, index);
        emitExtra(uint32_t(types::sizeOf(elemType)));
        load(LValue{LValue::Memory, addr, 0, elemType}, value);
      }
    }
    if (s->key) defineOrAssign(s->key, s->define, index, intType);
    if (s->value && value != kNoSlot) defineOrAssign(s->value, s->define, value, valueType);
  }
  block(s->body->list);
  size_t continueAt = here();
  if (isString) emit(Op::MOV, index, next);
  else emit(Op::ADDI, index, index, 1);
  patchJumpTo(toCond, here());
  size_t back = emit(Op::JLT, index, len, 0);
  patchJumpTo(back, bodyStart);
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  for (size_t j : t.continues) patchJumpTo(j, continueAt);
  patchJumpsHere(t.breaks);
  (void)label;
}

void FuncLowerer::rangeMap(ast::RangeStmt* s) {
  auto* mt = static_cast<types::Map*>(types::underlying(s->x->type));
  for (ast::Expr* v : {s->key, s->value}) {
    if (!s->define || !v || v->kind != ast::ExprKind::Ident) continue;
    auto* id = static_cast<ast::Ident*>(v);
    auto* var = static_cast<types::Var*>(id->obj);
    if (id->name != "_" && var && vars_.find(var) == vars_.end()) declareVar(var);
  }
  std::vector<bool> bits(rt::kMapIterWords);
  for (uint64_t w = 0; w < rt::kMapIterWords; w++) bits[w] = (rt::kMapIterPointerWords >> w) & 1;
  Slot it = allocFresh(uint32_t(rt::kMapIterWords), bits);
  Slot more = allocFresh(1, {false});
  Slot m = expr(s->x);
  emit(Op::MAPITERINIT, it, m);
  emitExtra(mapTypeConst(s->x->type));
  size_t loopTop = here();
  emit(Op::MAPITERNEXT, it, more);
  size_t toEnd = emitJump(Op::JF, more);
  targets_.push_back(BranchTarget{s, {}, {}, true});
  {
    TempScope scope(*this);
    auto isBlank = [](ast::Expr* e) {
      return !e || (e->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(e)->name == "_");
    };
    if (!isBlank(s->key)) {
      Slot k = allocTemp(mt->key);
      load(LValue{LValue::Memory, it, 0, mt->key}, k);
      defineOrAssign(s->key, s->define, k, mt->key);
    }
    if (!isBlank(s->value)) {
      Slot v = allocTemp(mt->elem);
      load(LValue{LValue::Memory, it + 1, 0, mt->elem}, v);
      defineOrAssign(s->value, s->define, v, mt->elem);
    }
  }
  block(s->body->list);
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  for (size_t j : t.continues) patchJumpTo(j, loopTop);
  emitLoopJump(loopTop);
  patchJumpTo(toEnd, here());
  patchJumpsHere(t.breaks);
}

void FuncLowerer::rangeChan(ast::RangeStmt* s) {
  auto* ct = static_cast<types::Chan*>(types::underlying(s->x->type));
  if (s->define && s->key && s->key->kind == ast::ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(s->key);
    auto* var = static_cast<types::Var*>(id->obj);
    if (id->name != "_" && var && vars_.find(var) == vars_.end()) declareVar(var);
  }
  Slot c = allocFresh(1, {true});
  expr(s->x, c);
  Slot v = allocVar(ct->elem);
  // A large element: one copy for RECV to fill, as the body copies it out.
  if (isLargeValue(ct->elem)) emitBx(Op::NEW, v, typeIndex(ct->elem));
  Slot ok = allocFresh(1, {false});
  size_t loopTop = here();
  emit(Op::RECV, v, c, ok, vm::kXWithOk | indirectFlags(nullptr, ct->elem));
  size_t toEnd = emitJump(Op::JF, ok);
  targets_.push_back(BranchTarget{s, {}, {}, true});
  if (s->key && !(s->key->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(s->key)->name == "_")) {
    TempScope scope(*this);
    defineOrAssign(s->key, s->define, v, ct->elem);
  }
  block(s->body->list);
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  for (size_t j : t.continues) patchJumpTo(j, loopTop);
  emitLoopJump(loopTop);
  patchJumpTo(toEnd, here());
  patchJumpsHere(t.breaks);
}

void FuncLowerer::selectStmt(ast::SelectStmt* s, const ast::LabeledStmt* label) {
  (void)label;
  auto& clauses = s->body->list;
  // Evaluate every channel and sent value first, in source order, then lay
  // out the case table {chan, isSend, elem*, ok*} for SELECT.
  struct CaseInfo {
    ast::CommClause* clause;
    Slot chan = kNoSlot;
    Slot value = kNoSlot;  // sent value or received value
    Slot ok = kNoSlot;
    bool isSend = false;
    types::Type* elem = nullptr;
    ast::Expr* recvExpr = nullptr;  // the <-c expression
    ast::AssignStmt* assign = nullptr;
  };
  std::vector<CaseInfo> cases;
  int defaultClause = -1;
  for (size_t k = 0; k < clauses.size(); k++) {
    auto* cc = static_cast<ast::CommClause*>(clauses[k]);
    if (!cc->comm) {
      defaultClause = int(k);
      continue;
    }
    CaseInfo ci;
    ci.clause = cc;
    if (cc->comm->kind == ast::StmtKind::Send) {
      auto* ss = static_cast<ast::SendStmt*>(cc->comm);
      auto* ct = static_cast<types::Chan*>(types::underlying(ss->chan->type));
      ci.isSend = true;
      ci.elem = ct->elem;
      ci.chan = allocFresh(1, {true});
      expr(ss->chan, ci.chan);
      ci.value = allocVar(ct->elem);
      exprTo(ss->value, ct->elem, ci.value);
    } else {
      ast::Expr* rx = nullptr;
      if (cc->comm->kind == ast::StmtKind::Expr) {
        rx = static_cast<ast::ExprStmt*>(cc->comm)->x;
      } else {
        ci.assign = static_cast<ast::AssignStmt*>(cc->comm);
        rx = ci.assign->rhs[0];
      }
      while (rx->kind == ast::ExprKind::Paren) rx = static_cast<ast::ParenExpr*>(rx)->x;
      ci.recvExpr = rx;
      ast::Expr* chanExpr = static_cast<ast::UnaryExpr*>(rx)->x;
      auto* ct = static_cast<types::Chan*>(types::underlying(chanExpr->type));
      ci.elem = ct->elem;
      ci.chan = allocFresh(1, {true});
      expr(chanExpr, ci.chan);
      ci.value = allocVar(ct->elem);
      // A large element: the copy the receive fills.
      if (isLargeValue(ct->elem)) emitBx(Op::NEW, ci.value, typeIndex(ct->elem));
      ci.ok = allocFresh(1, {false});
    }
    cases.push_back(ci);
  }
  // Rows {chan, isSend, elem address, ok address}: the addresses are frame
  // words' or, for a large element, its heap copy's.
  std::vector<bool> rowBits;
  for (size_t k = 0; k < cases.size(); k++) rowBits.insert(rowBits.end(), {true, false, true, true});
  Slot table = allocFresh(uint32_t(4 * cases.size() + 1), rowBits);
  for (size_t k = 0; k < cases.size(); k++) {
    Slot row = table + uint32_t(4 * k);
    emit(Op::MOV, row, cases[k].chan);
    emitBx(Op::LOADI, row + 1, cases[k].isSend ? 1 : 0);
    if (isLargeValue(cases[k].elem))
      emit(Op::MOV, row + 2, cases[k].value);  // the word points to the value already
    else
      emit(Op::FRAMEADDR, row + 2, cases[k].value, wordsOf(cases[k].elem));
    if (cases[k].ok != kNoSlot)
      emit(Op::FRAMEADDR, row + 3, cases[k].ok, 1);
    else
      emitBx(Op::LOADI, row + 3, 0);
  }
  Slot chosen = allocFresh(1, {false});
  setLine(s->pos);
  emit(Op::SELECT, chosen, table, uint32_t(cases.size()), defaultClause >= 0 ? 1 : 0);
  targets_.push_back(BranchTarget{s, {}, {}, false});
  std::vector<size_t> ends;
  for (size_t k = 0; k < cases.size(); k++) {
    size_t skip = emit(Op::JNEI, chosen, uint16_t(int16_t(k)), 0);
    CaseInfo& ci = cases[k];
    if (ci.assign) {
      TempScope scope(*this);
      ast::AssignStmt* a = ci.assign;
      defineOrAssign(a->lhs[0], a->define, ci.value, ci.elem);
      if (a->lhs.size() > 1)
        defineOrAssign(a->lhs[1], a->define, ci.ok, P.prog.universe.basic(types::BasicKind::Bool));
    }
    block(ci.clause->body);
    ends.push_back(emitJump(Op::JMP));
    patchJumpTo(skip, here());
  }
  if (defaultClause >= 0) block(static_cast<ast::CommClause*>(clauses[size_t(defaultClause)])->body);
  patchJumpsHere(ends);
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  patchJumpsHere(t.breaks);
}

void FuncLowerer::switchStmt(ast::SwitchStmt* s, const ast::LabeledStmt* label) {
  if (s->init) stmt(s->init);
  Slot tag = kNoSlot;
  types::Type* tagType = nullptr;
  if (s->tag) {
    tagType = s->tag->type;
    tag = allocFresh(wordsOf(tagType), pointerBitsOf(tagType));
    expr(s->tag, tag);
  }
  targets_.push_back(BranchTarget{s, {}, {}, false});
  (void)label;
  auto& clauses = s->body->list;
  // Tests first, in order; each jumps to its body. Then the default's jump.
  std::vector<std::vector<size_t>> toBody(clauses.size());
  int defaultIndex = -1;
  for (size_t k = 0; k < clauses.size(); k++) {
    auto* cc = static_cast<ast::CaseClause*>(clauses[k]);
    if (cc->isDefault || cc->list.empty()) {
      defaultIndex = int(k);
      continue;
    }
    for (auto* e : cc->list) {
      TempScope scope(*this);
      setLine(e->pos);
      if (!s->tag) {
        condJump(e, true, toBody[k]);
      } else {
        Slot v = allocTemp(tagType);
        exprTo(e, tagType, v);
        Slot b = allocScalarTemp();
        compare(ast::Op::Eql, tagType, tag, v, b);
        toBody[k].push_back(emitJump(Op::JT, b));
      }
    }
  }
  size_t toDefault = emitJump(Op::JMP);
  std::vector<size_t> fallthroughs;
  std::vector<size_t> ends;
  for (size_t k = 0; k < clauses.size(); k++) {
    auto* cc = static_cast<ast::CaseClause*>(clauses[k]);
    patchJumpsHere(toBody[k]);
    if (int(k) == defaultIndex) patchJumpTo(toDefault, here());
    patchJumpsHere(fallthroughs);
    std::vector<size_t>* saved = fallthroughJumps_;
    fallthroughJumps_ = &fallthroughs;
    block(cc->body);
    fallthroughJumps_ = saved;
    if (fallthroughs.empty()) ends.push_back(emitJump(Op::JMP));
  }
  if (defaultIndex < 0) patchJumpTo(toDefault, here());
  patchJumpsHere(ends);
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  patchJumpsHere(t.breaks);
}

void FuncLowerer::typeSwitchStmt(ast::TypeSwitchStmt* s, const ast::LabeledStmt* label) {
  (void)label;
  if (s->init) stmt(s->init);
  ast::Expr* guard = nullptr;
  if (s->assign->kind == ast::StmtKind::Assign)
    guard = static_cast<ast::AssignStmt*>(s->assign)->rhs[0];
  else
    guard = static_cast<ast::ExprStmt*>(s->assign)->x;
  while (guard->kind == ast::ExprKind::Paren) guard = static_cast<ast::ParenExpr*>(guard)->x;
  ast::Expr* x = static_cast<ast::TypeAssertExpr*>(guard)->x;
  types::Type* xt = x->type;
  bool xIsEface = static_cast<types::Interface*>(types::underlying(xt))->allMethods.empty();
  Slot v = allocFresh(2, {true, true});
  expr(x, v);
  Slot dyn = allocFresh(1, {false});
  emit(Op::TYPEOF, dyn, v, 0, xIsEface ? 0 : 1);

  targets_.push_back(BranchTarget{s, {}, {}, false});
  auto& clauses = s->body->list;
  std::vector<std::vector<size_t>> toBody(clauses.size());
  int defaultIndex = -1;
  for (size_t k = 0; k < clauses.size(); k++) {
    auto* cc = static_cast<ast::CaseClause*>(clauses[k]);
    if (cc->isDefault || cc->list.empty()) {
      defaultIndex = int(k);
      continue;
    }
    for (ast::Expr* e : cc->list) {
      TempScope scope(*this);
      setLine(e->pos);
      Slot hit = allocScalarTemp();
      if (types::isBasic(e->type, types::BasicKind::UntypedNil)) {
        Slot zero = allocScalarTemp();
        emitBx(Op::LOADI, zero, 0);
        emit(Op::EQ, hit, dyn, zero);
      } else if (types::isInterface(e->type)) {
        Slot r = allocFresh(3, {true, true, false});
        emit(Op::ASSERTI, r, v, 0, uint8_t((xIsEface ? 1 : 0) | 2));
        emitExtra(typeIndex(e->type));
        emit(Op::MOV, hit, r + 2);
      } else {
        Slot want = allocScalarTemp();
        emitBx(Op::LOADK, want, constIndex(reinterpret_cast<uint64_t>(descriptorOf(e->type))));
        emit(Op::EQ, hit, dyn, want);
      }
      toBody[k].push_back(emitJump(Op::JT, hit));
    }
  }
  size_t toDefault = emitJump(Op::JMP);
  std::vector<size_t> ends;
  for (size_t k = 0; k < clauses.size(); k++) {
    auto* cc = static_cast<ast::CaseClause*>(clauses[k]);
    patchJumpsHere(toBody[k]);
    if (int(k) == defaultIndex) patchJumpTo(toDefault, here());
    if (types::Var* iv = cc->implicitVar) {
      TempScope scope(*this);
      declareVarNoInit(iv);
      Slot val = allocTemp(iv->type);
      bool single = cc->list.size() == 1 && !types::isBasic(cc->list[0]->type, types::BasicKind::UntypedNil);
      if (single && types::isInterface(iv->type) && !types::identical(iv->type, xt)) {
        emit(Op::ASSERTI, val, v, 0, xIsEface ? 1 : 0);
        emitExtra(typeIndex(iv->type));
      } else if (single && !types::isInterface(iv->type)) {
        extractFromInterface(v, iv->type, val);
      } else {
        move(val, v, 2);
      }
      store(varLValue(iv), val);
    }
    block(cc->body);
    ends.push_back(emitJump(Op::JMP));
  }
  if (defaultIndex < 0) patchJumpTo(toDefault, here());
  patchJumpsHere(ends);
  BranchTarget t = std::move(targets_.back());
  targets_.pop_back();
  patchJumpsHere(t.breaks);
}

void FuncLowerer::deferStmt(ast::DeferStmt* s) {
  setLine(s->pos);
  if (s->call->callKind == ast::CallKind::Builtin || s->call->callKind == ast::CallKind::Conversion) {
    builtinCallLater(s->call, CallMode::Defer);
    return;
  }
  callFunction(s->call, CallMode::Defer);
}

void FuncLowerer::goStmt(ast::GoStmt* s) {
  setLine(s->pos);
  if (s->call->callKind == ast::CallKind::Builtin || s->call->callKind == ast::CallKind::Conversion) {
    builtinCallLater(s->call, CallMode::Go);
    return;
  }
  callFunction(s->call, CallMode::Go);
}

// defer/go of a built-in: the arguments are evaluated now into the argument
// words of a small synthetic function that performs the built-in on them.
void FuncLowerer::builtinCallLater(ast::CallExpr* call, CallMode mode) {
  using B = ast::BuiltinId;
  if (call->callKind != ast::CallKind::Builtin ||
      !(call->builtin == B::Print || call->builtin == B::Println || call->builtin == B::Panic ||
        call->builtin == B::Close || call->builtin == B::Recover)) {
    P.unsupported(call->pos, "defer or go of this built-in function");
    return;
  }
  std::vector<types::Type*> argTypes;
  for (ast::Expr* a : call->args) {
    types::Type* t = a->type;
    if (call->builtin == B::Panic) t = P.prog.universe.anyType;
    else if (types::isUntyped(t)) {
      // print/println's untyped constants take their default types.
      using K = types::BasicKind;
      auto* b = static_cast<types::Basic*>(t);
      K k = b->basic == K::UntypedBool ? K::Bool : b->basic == K::UntypedRune ? K::Int32
          : b->basic == K::UntypedFloat ? K::Float64 : b->basic == K::UntypedString ? K::String : K::Int;
      t = P.prog.universe.basic(k);
    }
    argTypes.push_back(t);
  }
  // The synthetic function.
  vm::Proto* fn = P.newProto(proto_->name + ".builtin");
  {
    FuncLowerer w(P, fn);
    w.proto_->file = proto_->file;
    w.line_ = line_;
    std::vector<Slot> params;
    for (types::Type* t : argTypes) params.push_back(w.allocVar(t));
    fn->paramWords = w.top_;
    switch (call->builtin) {
      case B::Print:
      case B::Println:
        for (size_t k = 0; k < params.size(); k++) {
          if (call->builtin == B::Println && k > 0) w.emit(Op::PRINTSP);
          w.emit(Op::PRINT, params[k]);
          w.emitExtra(w.typeIndex(argTypes[k]));
        }
        if (call->builtin == B::Println) w.emit(Op::PRINTNL);
        break;
      case B::Panic:
        w.emit(Op::PANIC, params[0]);
        break;
      case B::Close:
        w.emit(Op::CLOSE, params[0]);
        break;
      default:  // recover() as the deferred function itself recovers nothing
        break;
    }
    w.emit(Op::RET);
    finishProtoFor(w);
  }
  uint32_t words = fn->paramWords;
  Slot area = allocCallArea(words + 1);
  uint32_t at = area;
  for (size_t k = 0; k < call->args.size(); k++) {
    std::vector<bool> bits = pointerBitsOf(argTypes[k]);
    for (size_t b = 0; b < bits.size(); b++) pointerWords_[at + b] = bits[b];
    exprTo(call->args[k], argTypes[k], at);
    at += wordsOf(argTypes[k]);
  }
  Slot fv = area + words;
  pointerWords_[fv] = true;
  emitBx(Op::LOADFN, fv, protoIndex(fn));
  emit(mode == CallMode::Defer ? Op::DEFER : Op::GO, area, fv, words);
}

void FuncLowerer::sendStmt(ast::SendStmt* s) {
  auto* ct = static_cast<types::Chan*>(types::underlying(s->chan->type));
  Slot c = expr(s->chan);
  Slot v = allocTemp(ct->elem);
  exprTo(s->value, ct->elem, v);
  setLine(s->pos);
  emit(Op::SEND, c, v, wordsOf(ct->elem), indirectFlags(nullptr, ct->elem));
}


void FuncLowerer::returnStmt(ast::ReturnStmt* s) {
  if (!sig_) {
    emit(Op::RET);
    return;
  }
  auto& results = sig_->results->vars;
  if (s->results.size() == 1 && results.size() > 1) {
    // return f() with several results
    Slot first = expr(s->results[0]);
    auto* tuple = static_cast<types::Tuple*>(s->results[0]->type);
    uint32_t off = 0;
    for (size_t k = 0; k < results.size(); k++) {
      types::Type* t = tuple->vars[k]->type;
      convertValue(first + off, t, results[k]->type, resultSlots_[k]);
      off += wordsOf(t);
    }
  } else if (!s->results.empty()) {
    if (results.size() == 1 && !namedResults_[0]) {
      exprTo(s->results[0], results[0]->type, resultSlots_[0]);
    } else {
      // Evaluate all first: `return b, a` may read the named results.
      std::vector<Slot> tmps;
      for (size_t k = 0; k < results.size(); k++) {
        Slot t = allocTemp(results[k]->type);
        exprTo(s->results[k], results[k]->type, t);
        tmps.push_back(t);
      }
      for (size_t k = 0; k < results.size(); k++) {
        types::Var* v = namedResults_[k];
        auto it = v ? vars_.find(v) : vars_.end();
        if (it != vars_.end() && it->second.kind == VarLoc::Boxed)
          store(varLValue(v), tmps[k]);
        else
          move(resultSlots_[k], tmps[k], wordsOf(results[k]->type));
      }
    }
  }
  emitReturn();
}

void FuncLowerer::branchStmt(ast::BranchStmt* s) {
  switch (s->tok) {
    case ast::BranchTok::Break: {
      BranchTarget* t = findTarget(s->label ? s->target : nullptr, false);
      if (s->label && !t) t = findTarget(s->target, false);
      if (!t) {
        P.unsupported(s->pos, "break target");
        return;
      }
      t->breaks.push_back(emitJump(Op::JMP));
      break;
    }
    case ast::BranchTok::Continue: {
      BranchTarget* t = findTarget(s->label ? s->target : nullptr, true);
      if (!t) {
        P.unsupported(s->pos, "continue target");
        return;
      }
      t->continues.push_back(emitJump(Op::JMP));
      break;
    }
    case ast::BranchTok::Goto: {
      auto* target = static_cast<const ast::LabeledStmt*>(s->target);
      auto it = labelPcs_.find(target);
      if (it != labelPcs_.end()) {
        emitLoopJump(it->second);
      } else {
        gotoPatches_.emplace_back(emitJump(Op::JMP), target);
      }
      break;
    }
    case ast::BranchTok::Fallthrough:
      if (fallthroughJumps_) fallthroughJumps_->push_back(emitJump(Op::JMP));
      break;
  }
}

}  // namespace golem::lower
