// Liveness of frame words at calls and stop points (see stackmap.h).
#include "vm/stackmap.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <mutex>

#include "runtime/map.h"
#include "vm/proto.h"

namespace golem::vm {

namespace {

uint32_t wordsFor(uint64_t bytes) { return uint32_t(storageWordsFor(bytes)); }

// What one instruction reads and writes among its frame's words.
struct Effects {
  struct Range {
    uint32_t first, count;
  };
  Range uses[4];
  Range defs[3];
  int nuses = 0, ndefs = 0;
  bool usesAll = false;        // reads words it does not name: all are live
  uint32_t killFrom = UINT32_MAX;  // a call: every word from here up is overwritten

  void use(uint32_t first, uint32_t count = 1) {
    assert(nuses < 4);
    uses[nuses++] = {first, count};
  }
  void def(uint32_t first, uint32_t count = 1) {
    assert(ndefs < 3);
    defs[ndefs++] = {first, count};
  }
};

uint32_t mapOperandWords(const Proto& p, const Instr* in, bool key, uint8_t indirectFlag) {
  auto* mt = reinterpret_cast<const rt::MapType*>(p.constants[in[1].bx()]);
  if (in->x & indirectFlag) return 1;
  return wordsFor((key ? mt->key : mt->elem)->size);
}

// The frame words instruction `in` of p reads and writes. Widths the
// instruction does not carry come from its type operand, its callee, or
// the lowering's extra operand (CALLCL c, CALLIFACE x, SEND c, FRAMEADDR c:
// opcodes.h); when none of these tells, the use runs to the frame's end.
Effects effectsOf(const Proto& p, const Instr* in) {
  Effects e;
  const uint32_t a = in->a, b = in->b, c = in->c;
  const uint32_t toEnd = p.frameWords;  // a count that reaches past the frame
  auto ext = [&] { return in[1].bx(); };
  switch (in->op) {
    case Op::NOP:
    case Op::JMP:
    case Op::LOOP:
    case Op::EXTRA:
    case Op::PRINTSP:
    case Op::PRINTNL:
    case Op::RUNDEFERS:
    case Op::PANICCONT:
      break;
    case Op::MOV: e.def(a); e.use(b); break;
    case Op::MOV2: e.def(a, 2); e.use(b, 2); break;
    case Op::MOV3: e.def(a, 3); e.use(b, 3); break;
    case Op::MOVN: e.def(a, c); e.use(b, c); break;
    case Op::LOADI:
    case Op::LOADK:
    case Op::LOADFN:
    case Op::GLOAD:
    case Op::GADDR:
    case Op::NEW:
    case Op::CAPTURE:
      e.def(a);
      break;
    case Op::LOADK2:
    case Op::RECOVER:
      e.def(a, 2);
      break;
    case Op::ZERO: e.def(a, b); break;
    case Op::ADD: case Op::SUB: case Op::MUL: case Op::DIV: case Op::DIVU: case Op::REM:
    case Op::REMU: case Op::AND: case Op::OR: case Op::XOR: case Op::ANDNOT: case Op::SHL:
    case Op::SHR: case Op::SAR: case Op::EQ: case Op::NE: case Op::LT: case Op::LE:
    case Op::LTU: case Op::LEU: case Op::FADD: case Op::FSUB: case Op::FMUL: case Op::FDIV:
    case Op::FEQ: case Op::FNE: case Op::FLT: case Op::FLE: case Op::FADD32: case Op::FSUB32:
    case Op::FMUL32: case Op::FDIV32: case Op::FEQ32: case Op::FNE32: case Op::FLT32:
    case Op::FLE32: case Op::MAKESLICE:
      if (in->op == Op::MAKESLICE) e.def(a, 3); else e.def(a);
      e.use(b);
      e.use(c);
      break;
    case Op::ADDI: case Op::SUBI: case Op::MULI: case Op::SHLI: case Op::SHRI: case Op::SARI:
    case Op::ANDI: case Op::NEG: case Op::COM: case Op::NOT: case Op::SEXT8: case Op::SEXT16:
    case Op::SEXT32: case Op::ZEXT8: case Op::ZEXT16: case Op::ZEXT32: case Op::EQI:
    case Op::LTI: case Op::GTI: case Op::FNEG: case Op::FNEG32: case Op::I2F: case Op::U2F:
    case Op::F2I: case Op::F2U: case Op::I2F32: case Op::U2F32: case Op::F2F32: case Op::F322F:
    case Op::LOAD: case Op::ADDPTR: case Op::MAKEMAP: case Op::MAKECHAN: case Op::CHANLEN:
    case Op::CHANCAP: case Op::MAPLEN: case Op::FRAMEADDR:
      e.def(a);
      if (in->op != Op::FRAMEADDR) e.use(b);
      break;
    case Op::CHKSHIFT:
    case Op::JT: case Op::JF: case Op::JTB: case Op::JFB:
    case Op::JEQI: case Op::JNEI: case Op::JLTI: case Op::JLEI: case Op::JGTI: case Op::JGEI:
    case Op::JEQIB: case Op::JNEIB: case Op::JLTIB: case Op::JLEIB: case Op::JGTIB: case Op::JGEIB:
    case Op::GSTORE: case Op::MEMMOVE: case Op::MEMMOVEL: case Op::MEMZERO: case Op::CLOSE:
      e.use(a);
      if (in->op == Op::MEMMOVE || in->op == Op::MEMMOVEL) e.use(b);
      break;
    case Op::JEQ: case Op::JNE: case Op::JLT: case Op::JLE: case Op::JLTU: case Op::JLEU:
    case Op::JEQB: case Op::JNEB: case Op::JLTB: case Op::JLEB: case Op::JLTUB: case Op::JLEUB:
    case Op::BOUNDS: case Op::STORE:
      e.use(a);
      e.use(b);
      break;
    case Op::SCONCAT: e.def(a, 2); e.use(b, 2); e.use(c, 2); break;
    case Op::SCONCATN: e.def(a, 2); e.use(b, 2 * c); break;
    case Op::SEQ: case Op::SNE: case Op::SLT: case Op::SLE:
      e.def(a); e.use(b, 2); e.use(c, 2);
      break;
    case Op::SINDEX: e.def(a); e.use(b, 2); e.use(c); break;
    case Op::SSLICE: e.def(a, 2); e.use(b, 2); e.use(c, 2); break;
    case Op::SNEXTRUNE: e.def(a, 2); e.use(b, 2); e.use(c); break;
    case Op::STR2BYTES: case Op::STR2RUNES: e.def(a, 3); e.use(b, 2); break;
    case Op::BYTES2STR: case Op::RUNES2STR: e.def(a, 2); e.use(b, 3); break;
    case Op::RUNE2STR: e.def(a, 2); e.use(b); break;
    case Op::MEMLOAD: e.def(a, wordsFor(c)); e.use(b); break;
    case Op::MEMSTORE: e.use(a); e.use(b, wordsFor(c)); break;
    case Op::MEMEQ: e.def(a); e.use(b); e.use(c); break;
    case Op::IDXADDR: case Op::IDXLOAD64: case Op::IDXLOAD:
      e.def(a); e.use(b, 3); e.use(c);
      break;
    case Op::IDXSTORE64: case Op::IDXSTORE: e.use(a, 3); e.use(b); e.use(c); break;
    case Op::SLICE: e.def(a, 3); e.use(b, 3); e.use(c, 3); break;
    case Op::SLICE2ARRPTR: e.def(a); e.use(b, 3); break;
    case Op::APPENDN: e.def(a, 3); e.use(b, 3); break;
    case Op::APPENDSL: e.def(a, 3); e.use(b, 3); e.use(c, 3); break;
    case Op::APPENDSTR: e.def(a, 3); e.use(b, 3); e.use(c, 2); break;
    case Op::COPY: e.def(a); e.use(b, 3); e.use(c, 3); break;
    case Op::COPYSTR: e.def(a); e.use(b, 3); e.use(c, 2); break;
    case Op::MAPLOAD:
    case Op::MAPLOAD2: {
      uint32_t v = mapOperandWords(p, in, false, kXIndirectValue);
      // An indirect value is written through the word, which stays as it was.
      if (in->x & kXIndirectValue) e.use(a); else e.def(a, v);
      if (in->op == Op::MAPLOAD2) e.def(a + v);
      e.use(b);
      e.use(c, mapOperandWords(p, in, true, kXIndirectKey));
      break;
    }
    case Op::MAPSTORE:
      e.use(a);
      e.use(b, mapOperandWords(p, in, true, kXIndirectKey));
      e.use(c, mapOperandWords(p, in, false, kXIndirectValue));
      break;
    case Op::MAPDELETE: e.use(a); e.use(b, mapOperandWords(p, in, true, kXIndirectKey)); break;
    case Op::MAPITERINIT: e.def(a, 12); e.use(b); break;
    case Op::MAPITERNEXT: e.use(a, 12); e.def(b); break;
    case Op::GO: case Op::DEFER: e.use(b); e.use(a, c); break;
    case Op::SEND: e.use(a); e.use(b, c ? c : toEnd); break;
    case Op::RECV:
      // The value's width is the channel's; the write kills nothing.
      e.use(b);
      if (in->x & kXIndirectValue) e.use(a);
      break;
    case Op::SELECT:
      // Cases hold frame addresses of their values (FRAMEADDR: live anyway).
      e.use(b, 4 * c);
      break;
    case Op::STACKNEW: e.def(a); e.use(b, 2); break;
    case Op::CLOSURE: e.def(a); e.use(b, c); break;
    case Op::INITCLOSURE: e.use(a); e.use(b, c); break;
    case Op::MKIFACE: {
      const rt::Type* t = p.types[ext()];
      e.def(a, 2);
      e.use(b, wordsFor(t->size));
      break;
    }
    case Op::IFACEEQ: e.def(a); e.use(b, 2); e.use(c, 2); break;
    case Op::TYPEOF: e.def(a); e.use(b, 2); break;
    case Op::CONVI: e.def(a, 2); e.use(b, 2); break;
    case Op::ASSERTI: e.def(a, (in->x & 2) ? 3 : 2); e.use(b, 2); break;
    case Op::PANICASSERT: case Op::PANIC: e.use(a, 2); break;
    case Op::LOADIMETH: e.def(a); e.use(b, 2); break;
    case Op::PRINT: e.use(a, wordsFor(p.types[ext()]->size)); break;
    case Op::RET: e.use(p.paramWords, p.resultWords); break;
    case Op::CALL:
    case Op::CALLNAT: {
      const Proto* callee = p.protos[in->bx()];
      e.killFrom = a;
      e.use(a + kFrameHeaderWords, callee->paramWords);
      break;
    }
    case Op::CALLCL:
      e.killFrom = a;
      e.use(b);
      e.use(a + kFrameHeaderWords, c);
      break;
    case Op::CALLIFACE:
      e.killFrom = a;
      e.use(b);
      e.use(a + kFrameHeaderWords, in->x == kManyArgWords ? toEnd : in->x);
      break;
    default:
      e.usesAll = true;
      break;
  }
  return e;
}

bool isCondBranch(Op op) {
  return (op >= Op::JT && op <= Op::JGEI) || (op >= Op::JEQB && op <= Op::JFB);
}

// Successors of instruction i (at most three: next, jump target, recovery).
int successorsOf(const Proto& p, uint32_t i, uint32_t out[3]) {
  const Instr& in = p.code[i];
  const uint32_t n = uint32_t(p.code.size());
  int k = 0;
  bool fallsThrough = true;
  switch (in.op) {
    case Op::JMP:
    case Op::LOOP:
      out[k++] = uint32_t(int64_t(i) + 1 + in.sbx());
      fallsThrough = false;
      break;
    case Op::RET:
    case Op::PANIC:
    case Op::PANICASSERT:
      fallsThrough = false;
      break;
    default:
      if (isCondBranch(in.op)) {
        bool wide = in.op == Op::JT || in.op == Op::JF || in.op == Op::JTB || in.op == Op::JFB;
        out[k++] = uint32_t(int64_t(i) + 1 + (wide ? in.sbx() : in.imm()));
      }
      break;
  }
  if (fallsThrough && i + 1 < n) out[k++] = i + 1;
  if (p.recoverPc >= 0) out[k++] = uint32_t(p.recoverPc);
  return k;
}

class BitRows {
 public:
  BitRows(size_t rows, uint32_t wordsPerRow) : width_(wordsPerRow), bits_(rows * wordsPerRow) {}
  uint64_t* row(size_t r) { return bits_.data() + r * width_; }

 private:
  uint32_t width_;
  std::vector<uint64_t> bits_;
};

void setRange(uint64_t* bits, uint32_t first, uint32_t count, uint32_t limit) {
  uint32_t end = count > limit - std::min(first, limit) ? limit : first + count;
  for (uint32_t w = first; w < end; w++) bits[w / 64] |= uint64_t(1) << (w % 64);
}

void clearFrom(uint64_t* bits, uint32_t first, uint32_t limit, uint32_t wordsPerMap) {
  if (first >= limit) return;
  bits[first / 64] &= (uint64_t(1) << (first % 64)) - 1;
  for (uint32_t k = first / 64 + 1; k < wordsPerMap; k++) bits[k] = 0;
}

// live-out(i) into out: the union of its successors' live-in sets.
void liveOut(const Proto& p, uint32_t i, BitRows& liveIn, uint32_t width, uint64_t* out) {
  std::fill(out, out + width, 0);
  uint32_t succ[3];
  int ns = successorsOf(p, i, succ);
  for (int s = 0; s < ns; s++) {
    if (succ[s] >= p.code.size()) continue;
    const uint64_t* in = liveIn.row(succ[s]);
    for (uint32_t k = 0; k < width; k++) out[k] |= in[k];
  }
}

// Words whose address the function takes, and the record of its stack-object
// block (read by RET and by a recovery, which the operands do not show).
std::vector<uint64_t> wordsLiveEverywhere(const Proto& p, uint32_t width) {
  std::vector<uint64_t> words(width, 0);
  for (const Instr& in : p.code)
    if (in.op == Op::FRAMEADDR) setRange(words.data(), in.b, in.c ? in.c : p.frameWords, p.frameWords);
  if (p.stackObjectSlot != Proto::kNoStackObjects) setRange(words.data(), p.stackObjectSlot, 2, p.frameWords);
  return words;
}

// live-in of every instruction: backward passes until nothing changes (a
// loop needs one pass more than its nesting depth).
BitRows solveLiveness(const Proto& p, uint32_t width) {
  const uint32_t n = uint32_t(p.code.size());
  std::vector<Effects> effects(n);
  for (uint32_t i = 0; i < n; i++)
    if (p.code[i].op != Op::EXTRA) effects[i] = effectsOf(p, &p.code[i]);
  BitRows liveIn(n, width);
  std::vector<uint64_t> out(width);
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = n; i-- > 0;) {
      liveOut(p, i, liveIn, width, out.data());
      const Effects& e = effects[i];
      if (e.usesAll) {
        std::fill(out.begin(), out.end(), ~uint64_t(0));
      } else {
        clearFrom(out.data(), e.killFrom, p.frameWords, width);
        for (int d = 0; d < e.ndefs; d++)
          for (uint32_t w = e.defs[d].first; w < e.defs[d].first + e.defs[d].count && w < p.frameWords; w++)
            out[w / 64] &= ~(uint64_t(1) << (w % 64));
        for (int u = 0; u < e.nuses; u++) setRange(out.data(), e.uses[u].first, e.uses[u].count, p.frameWords);
      }
      uint64_t* row = liveIn.row(i);
      if (!std::equal(out.begin(), out.end(), row)) {
        std::copy(out.begin(), out.end(), row);
        changed = true;
      }
    }
  }
  return liveIn;
}

// Live-in at the stop instructions, their successors and the targets of
// the back-edges (where a preempted goroutine resumes).
void recordStopSets(const Proto& p, BitRows& liveIn, StackMaps& maps) {
  const uint32_t n = uint32_t(p.code.size());
  std::vector<bool> stop(n + 1, false);
  for (uint32_t i = 0; i < n; i++) {
    Op op = p.code[i].op;
    if (!isStopInstr(op)) continue;
    stop[i] = true;
    stop[i + 1] = true;
    if (op == Op::LOOP || (op >= Op::JEQB && op <= Op::JFB)) {
      uint32_t succ[3];
      int ns = successorsOf(p, i, succ);
      for (int s = 0; s < ns; s++)
        if (succ[s] < n) stop[succ[s]] = true;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    if (!stop[i]) continue;
    maps.stopPcs.push_back(i);
    const uint64_t* in = liveIn.row(i);
    for (uint32_t w = 0; w < maps.wordsPerMap; w++) maps.stopBits.push_back(in[w] | maps.addressTaken[w]);
  }
}

// A call's map: what is live after it returns, below its header.
void recordCallMaps(const Proto& p, BitRows& liveIn, StackMaps& maps) {
  const uint32_t width = maps.wordsPerMap;
  for (uint32_t pc = 0; pc < p.code.size(); pc++)
    if (isFrameCall(p.code[pc].op)) maps.callPcs.push_back(pc);
  maps.bits.assign(maps.callPcs.size() * width, 0);
  for (size_t k = 0; k < maps.callPcs.size(); k++) {
    uint32_t pc = maps.callPcs[k];
    uint64_t* map = maps.bits.data() + k * width;
    liveOut(p, pc, liveIn, width, map);
    for (uint32_t w = 0; w < width; w++) map[w] |= maps.addressTaken[w];
    clearFrom(map, p.code[pc].a, p.frameWords, width);
  }
}

StackMaps* computeStackMaps(const Proto& p) {
  auto* maps = new StackMaps;
  maps->wordsPerMap = std::max<uint32_t>(1, (p.frameWords + 63) / 64);
  maps->addressTaken = wordsLiveEverywhere(p, maps->wordsPerMap);
  if (std::none_of(p.code.begin(), p.code.end(), [](const Instr& in) { return isStopInstr(in.op); })) return maps;
  BitRows liveIn = solveLiveness(p, maps->wordsPerMap);
  recordStopSets(p, liveIn, *maps);
  recordCallMaps(p, liveIn, *maps);
  return maps;
}

}  // namespace

bool isFrameCall(Op op) { return op == Op::CALL || op == Op::CALLCL || op == Op::CALLIFACE; }

bool isStopInstr(Op op) {
  return isFrameCall(op) || op == Op::CALLNAT || op == Op::SEND || op == Op::RECV || op == Op::SELECT ||
         op == Op::LOOP || (op >= Op::JEQB && op <= Op::JFB);
}

const uint64_t* StackMaps::liveAt(uint32_t pc) const {
  auto it = std::lower_bound(callPcs.begin(), callPcs.end(), pc);
  if (it == callPcs.end() || *it != pc) return nullptr;
  return bits.data() + size_t(it - callPcs.begin()) * wordsPerMap;
}

const uint64_t* StackMaps::liveInAt(uint32_t pc) const {
  auto it = std::lower_bound(stopPcs.begin(), stopPcs.end(), pc);
  if (it == stopPcs.end() || *it != pc) return nullptr;
  return stopBits.data() + size_t(it - stopPcs.begin()) * wordsPerMap;
}

namespace {

std::mutex requestLock;
std::vector<const Proto*> requested;  // guarded by requestLock

}  // namespace

const StackMaps* stackMapsIfReady(const Proto& p) {
  if (const StackMaps* maps = p.stackMaps.load(std::memory_order_acquire)) return maps;
  if (!p.stackMapsRequested.exchange(true, std::memory_order_relaxed)) {
    std::lock_guard<std::mutex> guard(requestLock);
    requested.push_back(&p);
  }
  return nullptr;
}

void computeRequestedStackMaps() {
  std::vector<const Proto*> todo;
  {
    std::lock_guard<std::mutex> guard(requestLock);
    todo.swap(requested);
  }
  for (const Proto* p : todo) stackMapsOf(*p);
}

const StackMaps& stackMapsOf(const Proto& p) {
  if (const StackMaps* maps = p.stackMaps.load(std::memory_order_acquire)) return *maps;
  StackMaps* fresh = computeStackMaps(p);
  StackMaps* expected = nullptr;
  if (p.stackMaps.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) return *fresh;
  delete fresh;
  return *expected;
}

}  // namespace golem::vm
