// The bytecode interpreter: one dispatch loop with computed gotos.
//
// Registers are words of the current frame (`base[i]`); `pc` points at the
// next instruction. Calls push a frame on the goroutine's stack and continue
// in the same loop (stackless: no C++ recursion for Go calls), returns pop it.
// Every handler is type-specialized by the compiler: there are no run-time
// type tests on statically typed operations.
//
// Dangerous points (named as Lua names them):
//   SAVE_STATE   before anything that may panic, allocate or inspect the stack
//                (the thread's pc/base are then valid for tracebacks);
//   RELOAD_BASE  after anything that may move the stack (growStack).
// Run-time errors jump to `raise` with a message; until defer/recover exist a
// panic prints Go's report and exits with status 2 (see panic.cpp).
#include <bit>
#include <cmath>
#include <cstring>

#include "runtime/equal.h"
#include "runtime/iface.h"
#include "runtime/map.h"
#include "runtime/mbarrier.h"
#include "runtime/malloc.h"
#include "runtime/output.h"
#include "runtime/print.h"
#include "runtime/slice.h"
#include "runtime/string.h"
#include "runtime/utf8.h"
#include "vm/panic.h"
#include "vm/chan.h"
#include "vm/proc.h"
#include "vm/thread.h"

namespace golem::vm {

namespace {

inline double asF64(uint64_t w) { return std::bit_cast<double>(w); }
inline uint64_t fromF64(double d) { return std::bit_cast<uint64_t>(d); }
inline float asF32(uint64_t w) { return std::bit_cast<float>(uint32_t(w)); }
inline uint64_t fromF32(float f) { return std::bit_cast<uint32_t>(f); }

inline uint64_t loadMem(const void* p, uint8_t kind) {
  switch (kind) {
    case kU8: return *static_cast<const uint8_t*>(p);
    case kS8: return uint64_t(int64_t(*static_cast<const int8_t*>(p)));
    case kU16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case kS16: { int16_t v; memcpy(&v, p, 2); return uint64_t(int64_t(v)); }
    case kU32: { uint32_t v; memcpy(&v, p, 4); return v; }
    case kS32: { int32_t v; memcpy(&v, p, 4); return uint64_t(int64_t(v)); }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
  }
}

inline void storeMem(void* p, uint8_t kind, uint64_t v) {
  switch (kind) {
    case kU8: case kS8: *static_cast<uint8_t*>(p) = uint8_t(v); break;
    case kU16: case kS16: { uint16_t x = uint16_t(v); memcpy(p, &x, 2); break; }
    case kU32: case kS32: { uint32_t x = uint32_t(v); memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8); break;
  }
}

inline int memKindSize(uint8_t kind) {
  static const int sizes[] = {1, 1, 2, 2, 4, 4, 8};
  return sizes[kind];
}

// Go's conversion of an out-of-range float to an integer is
// implementation-defined; amd64 yields 0x8000000000000000, and golem matches it.
inline int64_t floatToInt64(double d) {
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
  return int64_t(d);
}
inline uint64_t floatToUint64(double d) {
  // gc on amd64: values below 2^63 convert as signed; above, subtract 2^63 first.
  if (d < 9223372036854775808.0) return uint64_t(floatToInt64(d));
  double e = d - 9223372036854775808.0;
  if (!(e < 9223372036854775808.0)) return 0x8000000000000000ull;
  return uint64_t(int64_t(e)) ^ 0x8000000000000000ull;
}

inline rt::String& asString(uint64_t* w) { return *reinterpret_cast<rt::String*>(w); }
inline rt::Slice& asSlice(uint64_t* w) { return *reinterpret_cast<rt::Slice*>(w); }
// Where a map or channel instruction's key or element operand at word w is:
// the frame words themselves, or the copy a large value's word points to
// (the kXIndirect flag of that operand is set).
inline void* operandValue(uint64_t* w, uint8_t x, uint8_t indirectFlag) {
  return (x & indirectFlag) ? reinterpret_cast<void*>(*w) : static_cast<void*>(w);
}


}  // namespace

bool execute(Thread& thread, const Proto* entry) {
  uint64_t* base = thread.stack + kFrameHeaderWords;
  if (base + entry->frameWords + kFrameHeaderWords > thread.stackEnd) {
    if (!thread.growStack(base, entry->frameWords + kFrameHeaderWords)) return false;
    base = thread.stack + kFrameHeaderWords;
  }
  memset(base, 0, entry->frameWords * sizeof(uint64_t));
  return executeAt(thread, entry, base);
}

bool executeAt(Thread& thread, const Proto* entry, uint64_t* base) {
  return interpretLoop(thread, entry, base, nullptr, /*nested=*/true) == int(ExecStatus::Returned);
}

int resumeThread(Thread& thread) {
  if (thread.started) return interpretLoop(thread, nullptr, thread.base, thread.pc, false);
  thread.started = true;
  uint64_t* base = thread.stack + kFrameHeaderWords;
  // A goroutine's start function gets a zeroed frame past its arguments, as
  // every call does (the main G runs one initializer after another there).
  const Proto* start = thread.startFn;
  if (base + start->frameWords + kFrameHeaderWords > thread.stackEnd) {
    if (!thread.growStack(base, start->frameWords + kFrameHeaderWords))
      reportPanicAndExit(thread, PanicInfo::stackOverflow());
    base = thread.stack + kFrameHeaderWords;
  }
  memset(base + start->paramWords, 0, size_t(start->frameWords - start->paramWords) * 8);
  return interpretLoop(thread, start, base, nullptr, false, thread.startClosure);
}

// The dispatch loop. Starts `entry` in a fresh frame at `base` (its
// parameters already in place), or resumes at resumePc in the frame at base.
// A nested loop (an intrinsic calling Go) only runs its own deferred calls.
int interpretLoop(Thread& thread, const Proto* entry, uint64_t* base, const Instr* resumePc,
                  bool nested, const Closure* entryClosure) {
  static void* const kLabels[] = {
#define GOLEM_OP_LABEL(name, doc) &&op_##name,
      GOLEM_OPCODES(GOLEM_OP_LABEL)
#undef GOLEM_OP_LABEL
  };

  // Deferred calls below this mark belong to frames of an outer loop.
  const size_t deferBase = nested ? thread.defers.size() : 0;
  const size_t panicBase = nested ? thread.panics.size() : 0;
  static const Instr kPanicContinue{Op::PANICCONT, 0, 0, 0, 0};
  const Instr* deferReturn = nullptr;
  const Proto* proto = entry;
  const Instr* pc;
  if (resumePc) {
    proto = reinterpret_cast<const Closure*>(base[-1])->fn;
    pc = resumePc;
  } else {
    // The entry frame's header: a null return pc marks where this loop returns.
    base[-3] = 0;
    base[-2] = uint64_t(base - thread.stack);
    base[-1] = reinterpret_cast<uint64_t>(entryClosure ? entryClosure : entry->staticClosure);
    pc = entry->code.data();
  }
  const uint64_t* K = proto->constants.data();
  PanicInfo panic;
  // The current instruction as one 64-bit word, so that it stays in a
  // register (a struct here was spilled to memory on every dispatch).
  uint64_t iw = 0;
  thread.status.store(uint8_t(GStatus::Running), std::memory_order_relaxed);
  if (resumePc && thread.resumeHook) {
    auto hook = thread.resumeHook;
    thread.resumeHook = nullptr;
    hook(thread);
    if (thread.resumePanicking) {
      thread.resumePanicking = false;
      panic = thread.resumePanic;
      goto raise;
    }
  }

#define SAVE_STATE() (thread.pc = pc, thread.base = base)
// An intrinsic that called back into Go (callGo) may have moved the stack;
// callGo rebased thread.base, saved before the call.
#define RELOAD_BASE() (base = thread.base)
#define RELOAD_PROTO() (K = proto->constants.data())
#define DISPATCH()                \
  do {                            \
    memcpy(&iw, pc++, sizeof iw); \
    goto* kLabels[iw & 0xff];     \
  } while (0)
// Fields of the instruction word (vm/opcodes.h's Instr, little-endian).
#define IOP (static_cast<Op>(iw & 0xff))
#define IX (static_cast<uint8_t>(iw >> 8))
#define IA (static_cast<uint16_t>(iw >> 16))
#define IB (static_cast<uint16_t>(iw >> 32))
#define IC (static_cast<uint16_t>(iw >> 48))
#define IBX ((static_cast<uint32_t>(static_cast<uint16_t>(iw >> 32)) << 16) | static_cast<uint32_t>(iw >> 48))
#define ISBX (static_cast<int32_t>(IBX))
#define IIMM (static_cast<int16_t>(iw >> 48))
#define R(n) base[n]
#define RAISE_RUNTIME(msg)                  \
  do {                                      \
    panic = PanicInfo::runtimeError(msg);   \
    goto raise;                             \
  } while (0)
#define NIL_CHECK(p)                                                         \
  do {                                                                       \
    if (__builtin_expect((p) == 0, 0)) {                                     \
      panic = PanicInfo::nilDereference();                                   \
      goto raise;                                                            \
    }                                                                        \
  } while (0)
#define EXT() (pc++->bx())
// A conditional branch and its backward variant (opcodes.h's
// backwardBranch): the latter is a loop's back-edge, a safe point as LOOP.
#define CONDITIONAL_BRANCH(name, cond, offset)                                             \
  op_##name:                                                                               \
  if (cond) pc += (offset);                                                                \
  DISPATCH();                                                                              \
  op_##name##B:                                                                            \
  if (cond) {                                                                              \
    pc += (offset);                                                                        \
    if (__builtin_expect(thread.preempt.load(std::memory_order_relaxed), 0)) goto back_edge_preempted; \
  }                                                                                        \
  DISPATCH();
// Pushes callee's frame at R[a+3] (growing the stack when it does not fit)
// and continues in it. nb must hold base + a + kFrameHeaderWords.
#define ENTER_FRAME(callee, closure)                                                        \
  do {                                                                                       \
    if (__builtin_expect(uintptr_t(nb + (callee)->frameWords) >                              \
                             uintptr_t(thread.stackGuard.load(std::memory_order_relaxed)), 0)) { \
      SAVE_STATE();                                                                          \
      if (thread.poked()) {                                                                  \
        sched::safepoint(thread);                                                            \
        /* It lost its P (GOMAXPROCS shrank): it yields and redoes this call. */             \
        if (thread.yieldRequested && !nested) {                                              \
          thread.yieldRequested = false;                                                     \
          thread.pc = pc - 1;                                                                \
          return int(ExecStatus::Yielded);                                                   \
        }                                                                                    \
      }                                                                                      \
      if (thread.mustMoveStack(nb + (callee)->frameWords)) {                                 \
        size_t baseOff = size_t(base - thread.stack);                                        \
        if (!thread.growStack(nb, (callee)->frameWords)) {                                   \
          panic = PanicInfo::stackOverflow();                                                \
          goto raise;                                                                        \
        }                                                                                    \
        base = thread.stack + baseOff;                                                       \
        nb = base + IA + kFrameHeaderWords;                                                  \
      }                                                                                      \
    }                                                                                        \
    nb[-3] = reinterpret_cast<uint64_t>(pc);                                                 \
    nb[-2] = uint64_t(base - thread.stack);                                                  \
    nb[-1] = reinterpret_cast<uint64_t>(closure);                                            \
    memset(nb + (callee)->paramWords, 0, size_t((callee)->frameWords - (callee)->paramWords) * 8); \
    base = nb;                                                                               \
    proto = (callee);                                                                        \
    pc = (callee)->code.data();                                                              \
    RELOAD_PROTO();                                                                          \
    DISPATCH();                                                                              \
  } while (0)

  DISPATCH();

op_NOP:
  DISPATCH();
op_MOV:
  R(IA) = R(IB);
  DISPATCH();
op_MOV2:
  R(IA) = R(IB);
  R(IA + 1) = R(IB + 1);
  DISPATCH();
op_MOV3:
  R(IA) = R(IB);
  R(IA + 1) = R(IB + 1);
  R(IA + 2) = R(IB + 2);
  DISPATCH();
op_MOVN:
  memmove(&R(IA), &R(IB), size_t(IC) * 8);
  DISPATCH();
op_LOADI:
  R(IA) = uint64_t(int64_t(ISBX));
  DISPATCH();
op_LOADK:
  R(IA) = K[IBX];
  DISPATCH();
op_LOADK2:
  R(IA) = K[IBX];
  R(IA + 1) = K[IBX + 1];
  DISPATCH();
op_ZERO:
  memset(&R(IA), 0, size_t(IB) * 8);
  DISPATCH();
op_LOADFN:
  R(IA) = reinterpret_cast<uint64_t>(proto->protos[IBX]->staticClosure);
  DISPATCH();

op_ADD:
  R(IA) = R(IB) + R(IC);
  DISPATCH();
op_SUB:
  R(IA) = R(IB) - R(IC);
  DISPATCH();
op_MUL:
  R(IA) = R(IB) * R(IC);
  DISPATCH();
op_DIV: {
  int64_t y = int64_t(R(IC));
  if (__builtin_expect(y == 0, 0)) RAISE_RUNTIME(RuntimeErrorKind::DivideByZero);
  int64_t x = int64_t(R(IB));
  R(IA) = (y == -1) ? uint64_t(0) - uint64_t(x) : uint64_t(x / y);
  DISPATCH();
}
op_DIVU: {
  uint64_t y = R(IC);
  if (__builtin_expect(y == 0, 0)) RAISE_RUNTIME(RuntimeErrorKind::DivideByZero);
  R(IA) = R(IB) / y;
  DISPATCH();
}
op_REM: {
  int64_t y = int64_t(R(IC));
  if (__builtin_expect(y == 0, 0)) RAISE_RUNTIME(RuntimeErrorKind::DivideByZero);
  int64_t x = int64_t(R(IB));
  R(IA) = (y == -1) ? 0 : uint64_t(x % y);
  DISPATCH();
}
op_REMU: {
  uint64_t y = R(IC);
  if (__builtin_expect(y == 0, 0)) RAISE_RUNTIME(RuntimeErrorKind::DivideByZero);
  R(IA) = R(IB) % y;
  DISPATCH();
}
op_AND:
  R(IA) = R(IB) & R(IC);
  DISPATCH();
op_OR:
  R(IA) = R(IB) | R(IC);
  DISPATCH();
op_XOR:
  R(IA) = R(IB) ^ R(IC);
  DISPATCH();
op_ANDNOT:
  R(IA) = R(IB) & ~R(IC);
  DISPATCH();
op_SHL: {
  uint64_t s = R(IC);
  R(IA) = s >= 64 ? 0 : R(IB) << s;
  DISPATCH();
}
op_SHR: {
  uint64_t s = R(IC);
  R(IA) = s >= 64 ? 0 : R(IB) >> s;
  DISPATCH();
}
op_SAR: {
  uint64_t s = R(IC);
  R(IA) = uint64_t(int64_t(R(IB)) >> (s >= 64 ? 63 : s));
  DISPATCH();
}
op_ADDI:
  R(IA) = R(IB) + uint64_t(int64_t(IIMM));
  DISPATCH();
op_SUBI:
  R(IA) = R(IB) - uint64_t(int64_t(IIMM));
  DISPATCH();
op_MULI:
  R(IA) = R(IB) * uint64_t(int64_t(IIMM));
  DISPATCH();
op_SHLI:
  R(IA) = R(IB) << (IC & 63);
  DISPATCH();
op_SHRI:
  R(IA) = R(IB) >> (IC & 63);
  DISPATCH();
op_SARI:
  R(IA) = uint64_t(int64_t(R(IB)) >> (IC & 63));
  DISPATCH();
op_ANDI:
  R(IA) = R(IB) & uint64_t(int64_t(IIMM));
  DISPATCH();
op_NEG:
  R(IA) = uint64_t(0) - R(IB);
  DISPATCH();
op_COM:
  R(IA) = ~R(IB);
  DISPATCH();
op_NOT:
  R(IA) = R(IB) ^ 1;
  DISPATCH();
op_CHKSHIFT:
  if (__builtin_expect(int64_t(R(IA)) < 0, 0)) RAISE_RUNTIME(RuntimeErrorKind::NegativeShift);
  DISPATCH();
op_SEXT8:
  R(IA) = uint64_t(int64_t(int8_t(R(IB))));
  DISPATCH();
op_SEXT16:
  R(IA) = uint64_t(int64_t(int16_t(R(IB))));
  DISPATCH();
op_SEXT32:
  R(IA) = uint64_t(int64_t(int32_t(R(IB))));
  DISPATCH();
op_ZEXT8:
  R(IA) = uint8_t(R(IB));
  DISPATCH();
op_ZEXT16:
  R(IA) = uint16_t(R(IB));
  DISPATCH();
op_ZEXT32:
  R(IA) = uint32_t(R(IB));
  DISPATCH();

op_EQ:
  R(IA) = R(IB) == R(IC);
  DISPATCH();
op_NE:
  R(IA) = R(IB) != R(IC);
  DISPATCH();
op_LT:
  R(IA) = int64_t(R(IB)) < int64_t(R(IC));
  DISPATCH();
op_LE:
  R(IA) = int64_t(R(IB)) <= int64_t(R(IC));
  DISPATCH();
op_LTU:
  R(IA) = R(IB) < R(IC);
  DISPATCH();
op_LEU:
  R(IA) = R(IB) <= R(IC);
  DISPATCH();
op_EQI:
  R(IA) = int64_t(R(IB)) == int64_t(IIMM);
  DISPATCH();
op_LTI:
  R(IA) = int64_t(R(IB)) < int64_t(IIMM);
  DISPATCH();
op_GTI:
  R(IA) = int64_t(R(IB)) > int64_t(IIMM);
  DISPATCH();

op_JMP:
  pc += ISBX;
  DISPATCH();
op_LOOP:
  // A safe point: stop for a collection, and yield when sysmon asked.
  pc += ISBX;
  if (__builtin_expect(thread.preempt.load(std::memory_order_relaxed), 0)) goto back_edge_preempted;
  DISPATCH();
back_edge_preempted:
  // LOOP, or a backward conditional branch (the back-edge of `for cond {}`
  // or of a range loop), found a preemption request.
  thread.preempt.store(false, std::memory_order_relaxed);
  SAVE_STATE();
  sched::safepoint(thread);
  if (!nested) return int(ExecStatus::Yielded);
  DISPATCH();
CONDITIONAL_BRANCH(JT, R(IA), ISBX)
CONDITIONAL_BRANCH(JF, !R(IA), ISBX)
CONDITIONAL_BRANCH(JEQ, R(IA) == R(IB), IIMM)
CONDITIONAL_BRANCH(JNE, R(IA) != R(IB), IIMM)
CONDITIONAL_BRANCH(JLT, int64_t(R(IA)) < int64_t(R(IB)), IIMM)
CONDITIONAL_BRANCH(JLE, int64_t(R(IA)) <= int64_t(R(IB)), IIMM)
CONDITIONAL_BRANCH(JLTU, R(IA) < R(IB), IIMM)
CONDITIONAL_BRANCH(JLEU, R(IA) <= R(IB), IIMM)
CONDITIONAL_BRANCH(JEQI, int64_t(R(IA)) == int64_t(int16_t(IB)), IIMM)
CONDITIONAL_BRANCH(JNEI, int64_t(R(IA)) != int64_t(int16_t(IB)), IIMM)
CONDITIONAL_BRANCH(JLTI, int64_t(R(IA)) < int64_t(int16_t(IB)), IIMM)
CONDITIONAL_BRANCH(JLEI, int64_t(R(IA)) <= int64_t(int16_t(IB)), IIMM)
CONDITIONAL_BRANCH(JGTI, int64_t(R(IA)) > int64_t(int16_t(IB)), IIMM)
CONDITIONAL_BRANCH(JGEI, int64_t(R(IA)) >= int64_t(int16_t(IB)), IIMM)

op_FADD:
  R(IA) = fromF64(asF64(R(IB)) + asF64(R(IC)));
  DISPATCH();
op_FSUB:
  R(IA) = fromF64(asF64(R(IB)) - asF64(R(IC)));
  DISPATCH();
op_FMUL:
  R(IA) = fromF64(asF64(R(IB)) * asF64(R(IC)));
  DISPATCH();
op_FDIV:
  R(IA) = fromF64(asF64(R(IB)) / asF64(R(IC)));
  DISPATCH();
op_FNEG:
  R(IA) = R(IB) ^ 0x8000000000000000ull;
  DISPATCH();
op_FEQ:
  R(IA) = asF64(R(IB)) == asF64(R(IC));
  DISPATCH();
op_FNE:
  R(IA) = asF64(R(IB)) != asF64(R(IC));
  DISPATCH();
op_FLT:
  R(IA) = asF64(R(IB)) < asF64(R(IC));
  DISPATCH();
op_FLE:
  R(IA) = asF64(R(IB)) <= asF64(R(IC));
  DISPATCH();
op_FADD32:
  R(IA) = fromF32(asF32(R(IB)) + asF32(R(IC)));
  DISPATCH();
op_FSUB32:
  R(IA) = fromF32(asF32(R(IB)) - asF32(R(IC)));
  DISPATCH();
op_FMUL32:
  R(IA) = fromF32(asF32(R(IB)) * asF32(R(IC)));
  DISPATCH();
op_FDIV32:
  R(IA) = fromF32(asF32(R(IB)) / asF32(R(IC)));
  DISPATCH();
op_FNEG32:
  R(IA) = (R(IB) ^ 0x80000000u) & 0xffffffffu;
  DISPATCH();
op_FEQ32:
  R(IA) = asF32(R(IB)) == asF32(R(IC));
  DISPATCH();
op_FNE32:
  R(IA) = asF32(R(IB)) != asF32(R(IC));
  DISPATCH();
op_FLT32:
  R(IA) = asF32(R(IB)) < asF32(R(IC));
  DISPATCH();
op_FLE32:
  R(IA) = asF32(R(IB)) <= asF32(R(IC));
  DISPATCH();

op_I2F:
  R(IA) = fromF64(double(int64_t(R(IB))));
  DISPATCH();
op_U2F:
  R(IA) = fromF64(double(R(IB)));
  DISPATCH();
op_F2I:
  R(IA) = uint64_t(floatToInt64(asF64(R(IB))));
  DISPATCH();
op_F2U:
  R(IA) = floatToUint64(asF64(R(IB)));
  DISPATCH();
op_I2F32:
  R(IA) = fromF32(float(int64_t(R(IB))));
  DISPATCH();
op_U2F32:
  R(IA) = fromF32(float(R(IB)));
  DISPATCH();
op_F2F32:
  R(IA) = fromF32(float(asF64(R(IB))));
  DISPATCH();
op_F322F:
  R(IA) = fromF64(double(asF32(R(IB))));
  DISPATCH();

op_SCONCAT: {
  SAVE_STATE();
  rt::String parts[2] = {asString(&R(IB)), asString(&R(IC))};
  asString(&R(IA)) = rt::concatstrings(parts, 2);
  DISPATCH();
}
op_SCONCATN: {
  SAVE_STATE();
  asString(&R(IA)) = rt::concatstrings(reinterpret_cast<rt::String*>(&R(IB)), IC);
  DISPATCH();
}
op_SEQ:
  R(IA) = rt::eqstring(asString(&R(IB)), asString(&R(IC)));
  DISPATCH();
op_SNE:
  R(IA) = !rt::eqstring(asString(&R(IB)), asString(&R(IC)));
  DISPATCH();
op_SLT:
  R(IA) = rt::cmpstring(asString(&R(IB)), asString(&R(IC))) < 0;
  DISPATCH();
op_SLE:
  R(IA) = rt::cmpstring(asString(&R(IB)), asString(&R(IC))) <= 0;
  DISPATCH();
op_SINDEX: {
  rt::String s = asString(&R(IB));
  uint64_t idx = R(IC);
  if (__builtin_expect(idx >= uint64_t(s.len), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(idx), s.len);
    goto raise;
  }
  R(IA) = s.data[idx];
  DISPATCH();
}
op_SSLICE: {
  rt::String s = asString(&R(IB));
  int64_t lo = (IX & 1) ? int64_t(R(IC)) : 0;
  int64_t hi = (IX & 2) ? int64_t(R(IC + 1)) : s.len;
  if (__builtin_expect(uint64_t(hi) > uint64_t(s.len), 0)) {
    panic = PanicInfo::sliceBounds(rt::BoundsCode::SliceAlen, hi, s.len);
    goto raise;
  }
  if (__builtin_expect(uint64_t(lo) > uint64_t(hi), 0)) {
    panic = PanicInfo::sliceBounds(rt::BoundsCode::SliceB, lo, hi);
    goto raise;
  }
  rt::String r{s.data ? s.data + lo : nullptr, hi - lo};
  asString(&R(IA)) = r;
  DISPATCH();
}
op_SNEXTRUNE: {
  rt::String s = asString(&R(IB));
  int64_t idx = int64_t(R(IC));
  uint8_t c0 = s.data[idx];
  if (c0 < 0x80) {
    R(IA) = c0;
    R(IA + 1) = uint64_t(idx + 1);
  } else {
    rt::DecodedRune d = rt::decodeRune(s.data + idx, s.len - idx);
    R(IA) = uint64_t(int64_t(d.rune));
    R(IA + 1) = uint64_t(idx + d.width);
  }
  DISPATCH();
}
op_STR2BYTES:
  SAVE_STATE();
  asSlice(&R(IA)) = rt::stringtoslicebyte(asString(&R(IB)));
  DISPATCH();
op_BYTES2STR:
  SAVE_STATE();
  asString(&R(IA)) = rt::slicebytetostring(static_cast<const uint8_t*>(asSlice(&R(IB)).data), asSlice(&R(IB)).len);
  DISPATCH();
op_STR2RUNES:
  SAVE_STATE();
  asSlice(&R(IA)) = rt::stringtoslicerune(asString(&R(IB)));
  DISPATCH();
op_RUNES2STR:
  SAVE_STATE();
  asString(&R(IA)) = rt::slicerunetostring(static_cast<const int32_t*>(asSlice(&R(IB)).data), asSlice(&R(IB)).len);
  DISPATCH();
op_RUNE2STR:
  SAVE_STATE();
  asString(&R(IA)) = rt::intstring(int64_t(R(IB)));
  DISPATCH();

op_LOAD: {
  uint64_t p = R(IB);
  NIL_CHECK(p);
  R(IA) = loadMem(reinterpret_cast<const char*>(p) + IC, IX);
  DISPATCH();
}
op_STORE: {
  uint64_t p = R(IA);
  NIL_CHECK(p);
  if (__builtin_expect(rt::writeBarrierOn(), 0) && IX == kW64)
    rt::writeBarrierWordSlow(reinterpret_cast<char*>(p) + IC, R(IB));
  storeMem(reinterpret_cast<char*>(p) + IC, IX, R(IB));
  DISPATCH();
}
op_MEMLOAD: {
  uint64_t p = R(IB);
  NIL_CHECK(p);
  size_t words = (size_t(IC) + 7) / 8;
  if (IC % 8) R(IA + words - 1) = 0;
  memcpy(&R(IA), reinterpret_cast<const void*>(p), IC);
  DISPATCH();
}
op_MEMSTORE: {
  uint64_t p = R(IA);
  NIL_CHECK(p);
  rt::writeBarrierCopy(reinterpret_cast<void*>(p), &R(IB), IC);
  memcpy(reinterpret_cast<void*>(p), &R(IB), IC);
  DISPATCH();
}
op_MEMMOVE: {
  uint64_t dst = R(IA), src = R(IB);
  NIL_CHECK(dst);
  NIL_CHECK(src);
  rt::memmoveWithBarrier(reinterpret_cast<void*>(dst), reinterpret_cast<const void*>(src), IC);
  DISPATCH();
}
op_MEMMOVEL: {
  uint64_t size = EXT();
  uint64_t dst = R(IA), src = R(IB);
  NIL_CHECK(dst);
  NIL_CHECK(src);
  rt::memmoveWithBarrier(reinterpret_cast<void*>(dst), reinterpret_cast<const void*>(src), size);
  DISPATCH();
}
op_MEMZERO: {
  uint64_t p = R(IA);
  NIL_CHECK(p);
  rt::memclrWithBarrier(reinterpret_cast<void*>(p), IC);
  DISPATCH();
}
op_MEMEQ: {
  const rt::Type* t = proto->types[EXT()];
  const rt::Type* bad = nullptr;
  R(IA) = rt::valuesEqual(t, reinterpret_cast<const void*>(R(IB)),
                           reinterpret_cast<const void*>(R(IC)), &bad);
  if (__builtin_expect(bad != nullptr, 0)) {
    panic = PanicInfo::withMessage("runtime error: comparing uncomparable type " + bad->str);
    goto raise;
  }
  DISPATCH();
}
op_FRAMEADDR:
  R(IA) = reinterpret_cast<uint64_t>(&R(IB));
  DISPATCH();
op_ADDPTR: {
  uint64_t p = R(IB);
  NIL_CHECK(p);
  R(IA) = p + IC;
  DISPATCH();
}
op_GLOAD:
  R(IA) = thread.globals[IBX];
  DISPATCH();
op_GSTORE:
  rt::writeBarrierWord(&thread.globals[IBX], R(IA));
  thread.globals[IBX] = R(IA);
  DISPATCH();
op_GADDR:
  R(IA) = reinterpret_cast<uint64_t>(&thread.globals[IBX]);
  DISPATCH();

op_BOUNDS:
  if (__builtin_expect(R(IA) >= R(IB), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(R(IA)), int64_t(R(IB)));
    goto raise;
  }
  DISPATCH();
op_IDXADDR: {
  uint64_t esize = EXT();
  rt::Slice& s = asSlice(&R(IB));
  uint64_t idx = R(IC);
  if (__builtin_expect(idx >= uint64_t(s.len), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(idx), s.len);
    goto raise;
  }
  R(IA) = reinterpret_cast<uint64_t>(static_cast<char*>(s.data) + idx * esize);
  DISPATCH();
}
op_IDXLOAD64: {
  rt::Slice& s = asSlice(&R(IB));
  uint64_t idx = R(IC);
  if (__builtin_expect(idx >= uint64_t(s.len), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(idx), s.len);
    goto raise;
  }
  R(IA) = static_cast<uint64_t*>(s.data)[idx];
  DISPATCH();
}
op_IDXSTORE64: {
  rt::Slice& s = asSlice(&R(IA));
  uint64_t idx = R(IB);
  if (__builtin_expect(idx >= uint64_t(s.len), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(idx), s.len);
    goto raise;
  }
  rt::writeBarrierWord(static_cast<uint64_t*>(s.data) + idx, R(IC));
  static_cast<uint64_t*>(s.data)[idx] = R(IC);
  DISPATCH();
}
op_IDXLOAD: {
  rt::Slice& s = asSlice(&R(IB));
  uint64_t idx = R(IC);
  if (__builtin_expect(idx >= uint64_t(s.len), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(idx), s.len);
    goto raise;
  }
  R(IA) = loadMem(static_cast<char*>(s.data) + idx * memKindSize(IX), IX);
  DISPATCH();
}
op_IDXSTORE: {
  rt::Slice& s = asSlice(&R(IA));
  uint64_t idx = R(IB);
  if (__builtin_expect(idx >= uint64_t(s.len), 0)) {
    panic = PanicInfo::indexOutOfRange(int64_t(idx), s.len);
    goto raise;
  }
  if (__builtin_expect(rt::writeBarrierOn(), 0) && IX == kW64)
    rt::writeBarrierWordSlow(static_cast<char*>(s.data) + idx * 8, R(IC));
  storeMem(static_cast<char*>(s.data) + idx * memKindSize(IX), IX, R(IC));
  DISPATCH();
}
op_SLICE: {
  uint64_t esize = EXT();
  rt::Slice s = asSlice(&R(IB));
  int64_t lo = (IX & 1) ? int64_t(R(IC)) : 0;
  int64_t hi = (IX & 2) ? int64_t(R(IC + 1)) : s.len;
  int64_t max = (IX & 4) ? int64_t(R(IC + 2)) : s.cap;
  if (IX & 4) {
    if (uint64_t(max) > uint64_t(s.cap)) {
      panic = PanicInfo::sliceBounds(rt::BoundsCode::Slice3Acap, max, s.cap);
      goto raise;
    }
    if (uint64_t(hi) > uint64_t(max)) {
      panic = PanicInfo::sliceBounds(rt::BoundsCode::Slice3B, hi, max);
      goto raise;
    }
    if (uint64_t(lo) > uint64_t(hi)) {
      panic = PanicInfo::sliceBounds(rt::BoundsCode::Slice3C, lo, hi);
      goto raise;
    }
  } else {
    if (uint64_t(hi) > uint64_t(s.cap)) {
      panic = PanicInfo::sliceBounds(rt::BoundsCode::SliceAcap, hi, s.cap);
      goto raise;
    }
    if (uint64_t(lo) > uint64_t(hi)) {
      panic = PanicInfo::sliceBounds(rt::BoundsCode::SliceB, lo, hi);
      goto raise;
    }
  }
  rt::Slice r;
  // Go never makes a slice point past its array: an empty tail keeps the base.
  r.data = (max - lo > 0 || lo == 0) ? static_cast<char*>(s.data) + lo * int64_t(esize) : s.data;
  r.len = hi - lo;
  r.cap = max - lo;
  asSlice(&R(IA)) = r;
  DISPATCH();
}
op_SLICE2ARRPTR: {
  uint64_t n = EXT();
  rt::Slice& sl = asSlice(&R(IB));
  if (__builtin_expect(uint64_t(sl.len) < n, 0)) {
    panic = PanicInfo::sliceBounds(rt::BoundsCode::Convert, int64_t(n), sl.len);
    goto raise;
  }
  R(IA) = reinterpret_cast<uint64_t>(sl.data);
  DISPATCH();
}
op_MAKESLICE: {
  const rt::Type* elem = proto->types[EXT()];
  SAVE_STATE();
  int64_t len = int64_t(R(IB)), cap = int64_t(R(IC));
  rt::Slice s;
  rt::SliceError err = rt::makeslice(elem, len, cap, s);
  if (err != rt::SliceError::None) {
    panic = PanicInfo::makeSlice(err);
    goto raise;
  }
  asSlice(&R(IA)) = s;
  DISPATCH();
}
op_APPENDN: {
  const rt::Type* elem = proto->types[EXT()];
  rt::Slice s = asSlice(&R(IB));
  int64_t newLen = s.len + IC;
  if (newLen > s.cap) {
    SAVE_STATE();
    if (rt::growslice(elem, s, newLen, s) != rt::SliceError::None) {
      panic = PanicInfo::makeSlice(rt::SliceError::GrowCapOutOfRange);
      goto raise;
    }
  }
  s.len = newLen;
  asSlice(&R(IA)) = s;
  DISPATCH();
}
op_APPENDSL: {
  const rt::Type* elem = proto->types[EXT()];
  rt::Slice s = asSlice(&R(IB));
  rt::Slice t = asSlice(&R(IC));
  int64_t newLen = s.len + t.len;
  if (newLen > s.cap) {
    SAVE_STATE();
    if (rt::growslice(elem, s, newLen, s) != rt::SliceError::None) {
      panic = PanicInfo::makeSlice(rt::SliceError::GrowCapOutOfRange);
      goto raise;
    }
  }
  if (t.len) rt::memmoveWithBarrier(static_cast<char*>(s.data) + s.len * elem->size, t.data, size_t(t.len) * elem->size);
  s.len = newLen;
  asSlice(&R(IA)) = s;
  DISPATCH();
}
op_APPENDSTR: {
  rt::Slice s = asSlice(&R(IB));
  rt::String t = asString(&R(IC));
  int64_t newLen = s.len + t.len;
  if (newLen > s.cap) {
    SAVE_STATE();
    if (rt::growslice(rt::basicType(rt::Kind::Uint8), s, newLen, s) != rt::SliceError::None) {
      panic = PanicInfo::makeSlice(rt::SliceError::GrowCapOutOfRange);
      goto raise;
    }
  }
  if (t.len) memmove(static_cast<char*>(s.data) + s.len, t.data, size_t(t.len));
  s.len = newLen;
  asSlice(&R(IA)) = s;
  DISPATCH();
}
op_COPY: {
  uint64_t esize = EXT();
  rt::Slice d = asSlice(&R(IB));
  rt::Slice s = asSlice(&R(IC));
  int64_t n = d.len < s.len ? d.len : s.len;
  if (n > 0) rt::memmoveWithBarrier(d.data, s.data, size_t(n) * esize);
  R(IA) = uint64_t(n);
  DISPATCH();
}
op_COPYSTR: {
  rt::Slice d = asSlice(&R(IB));
  rt::String s = asString(&R(IC));
  int64_t n = d.len < s.len ? d.len : s.len;
  if (n > 0) memmove(d.data, s.data, size_t(n));
  R(IA) = uint64_t(n);
  DISPATCH();
}

op_MAKEMAP: {
  auto* mt = reinterpret_cast<const rt::MapType*>(K[EXT()]);
  SAVE_STATE();
  R(IA) = reinterpret_cast<uint64_t>(rt::makemap(mt, int64_t(R(IB))));
  DISPATCH();
}
op_MAPLOAD:
op_MAPLOAD2: {
  auto* mt = reinterpret_cast<const rt::MapType*>(K[EXT()]);
  rt::MapError err;
  bool ok = false;
  const void* key = operandValue(&R(IC), IX, kXIndirectKey);
  const void* v = IOP == Op::MAPLOAD
                      ? rt::mapaccess1(mt, reinterpret_cast<rt::Hmap*>(R(IB)), key, &err)
                      : rt::mapaccess2(mt, reinterpret_cast<rt::Hmap*>(R(IB)), key, &ok, &err);
  if (__builtin_expect(!v, 0)) goto map_error_with_err;
  {
    uint64_t size = mt->elem->size;
    bool indirect = IX & kXIndirectValue;
    uint64_t words = indirect ? 1 : storageWordsFor(size);
    if (!indirect) R(IA + words - 1) = 0;  // the bytes past the value in its last word
    memcpy(operandValue(&R(IA), IX, kXIndirectValue), v, size);
    if (IOP == Op::MAPLOAD2) R(IA + words) = ok;
  }
  DISPATCH();
map_error_with_err:
  SAVE_STATE();
  if (rt::mapErrorIsFatal(err.code)) fatalErrorAndExit(thread, rt::mapErrorMessage(err));
  panic = err.code == rt::MapErrorCode::UnhashableKey
              ? PanicInfo::withMessage("runtime error: " + rt::mapErrorMessage(err))
              : PanicInfo::withMessage(rt::mapErrorMessage(err));
  goto raise;
}
op_MAPSTORE: {
  auto* mt = reinterpret_cast<const rt::MapType*>(K[EXT()]);
  rt::MapError err;
  SAVE_STATE();
  void* slot = rt::mapassign(mt, reinterpret_cast<rt::Hmap*>(R(IA)),
                             operandValue(&R(IB), IX, kXIndirectKey), &err);
  if (__builtin_expect(!slot, 0)) {
    if (rt::mapErrorIsFatal(err.code)) fatalErrorAndExit(thread, rt::mapErrorMessage(err));
    panic = err.code == rt::MapErrorCode::UnhashableKey
                ? PanicInfo::withMessage("runtime error: " + rt::mapErrorMessage(err))
                : PanicInfo::withMessage(rt::mapErrorMessage(err));
    goto raise;
  }
  rt::memmoveWithBarrier(slot, operandValue(&R(IC), IX, kXIndirectValue), mt->elem->size);
  DISPATCH();
}
op_MAPDELETE: {
  auto* mt = reinterpret_cast<const rt::MapType*>(K[EXT()]);
  rt::MapError err;
  if (!rt::mapdelete(mt, reinterpret_cast<rt::Hmap*>(R(IA)),
                     operandValue(&R(IB), IX, kXIndirectKey), &err) &&
      err.code != rt::MapErrorCode::None) {
    SAVE_STATE();
    if (rt::mapErrorIsFatal(err.code)) fatalErrorAndExit(thread, rt::mapErrorMessage(err));
    panic = PanicInfo::withMessage("runtime error: " + rt::mapErrorMessage(err));
    goto raise;
  }
  DISPATCH();
}
op_MAPLEN:
  R(IA) = uint64_t(rt::maplen(reinterpret_cast<rt::Hmap*>(R(IB))));
  DISPATCH();
op_MAPITERINIT: {
  auto* mt = reinterpret_cast<const rt::MapType*>(K[EXT()]);
  rt::mapiterinit(mt, reinterpret_cast<rt::Hmap*>(R(IB)), reinterpret_cast<rt::MapIter*>(&R(IA)));
  DISPATCH();
}
op_MAPITERNEXT: {
  rt::MapError err;
  bool more = rt::mapiternext(reinterpret_cast<rt::MapIter*>(&R(IA)), &err);
  if (!more && err.code != rt::MapErrorCode::None) {
    SAVE_STATE();
    fatalErrorAndExit(thread, rt::mapErrorMessage(err));
  }
  R(IB) = more;
  DISPATCH();
}
op_GO: {
  auto* fn = reinterpret_cast<const Closure*>(R(IB));
  NIL_CHECK(fn);
  SAVE_STATE();
  sched::newproc(thread, fn, &R(IA), IC);
  DISPATCH();
}
op_MAKECHAN: {
  const rt::Type* elem = proto->types[EXT()];
  bool outOfRange = false;
  SAVE_STATE();
  Hchan* c = makechan(elem, int64_t(R(IB)), &outOfRange);
  if (outOfRange) {
    panic = PanicInfo::withMessage("makechan: size out of range");
    goto raise;
  }
  R(IA) = reinterpret_cast<uint64_t>(c);
  DISPATCH();
}
op_SEND:
op_RECV:
op_CLOSE:
op_SELECT: {
  SAVE_STATE();
  ChanResult r;
  switch (IOP) {
    case Op::SEND:
      r = chansend(reinterpret_cast<Hchan*>(R(IA)), operandValue(&R(IB), IX, kXIndirectValue),
                   thread);
      break;
    case Op::RECV:
      r = chanrecv(reinterpret_cast<Hchan*>(R(IB)), operandValue(&R(IA), IX, kXIndirectValue),
                   (IX & kXWithOk) ? &R(IC) : nullptr, thread);
      break;
    case Op::CLOSE:
      r = closechan(reinterpret_cast<Hchan*>(R(IA)));
      break;
    default: {
      int64_t chosen = -1;
      r = selectgo(reinterpret_cast<SelectCase*>(&R(IB)), IC, IX == 0, &chosen, &R(IA), thread);
      if (r != ChanResult::Parked) R(IA) = uint64_t(chosen);
      break;
    }
  }
  switch (r) {
    case ChanResult::Done:
      DISPATCH();
    case ChanResult::Parked:
      if (nested) fatalErrorAndExit(thread, "golem: a goroutine blocked inside a callback from C++ (not supported)");
      thread.parkRequested = false;
      return int(ExecStatus::Parked);
    case ChanResult::SendOnClosed:
      panic = PanicInfo::withMessage("send on closed channel");
      goto raise;
    case ChanResult::CloseOfNil:
      panic = PanicInfo::withMessage("close of nil channel");
      goto raise;
    case ChanResult::CloseOfClosed:
      panic = PanicInfo::withMessage("close of closed channel");
      goto raise;
  }
  DISPATCH();
}
op_CHANLEN:
  R(IA) = uint64_t(chanlen(reinterpret_cast<Hchan*>(R(IB))));
  DISPATCH();
op_CHANCAP:
  R(IA) = uint64_t(chancap(reinterpret_cast<Hchan*>(R(IB))));
  DISPATCH();
op_NEW: {
  SAVE_STATE();
  const rt::Type* t = proto->types[IBX];
  R(IA) = reinterpret_cast<uint64_t>(rt::mallocgc(t->size, t, true));
  DISPATCH();
}
op_STACKNEW: {
  uint32_t bytes = EXT();
  if (R(IB + 1) == 0) {  // the frame's first stack object: push its block
    R(IB) = thread.stackObjects.top();
    R(IB + 1) = thread.stackObjects.push(proto->stackObjectBytes);
  }
  void* object = reinterpret_cast<void*>(R(IB + 1) + uint64_t(IC) * 8);
  memset(object, 0, bytes);
  R(IA) = reinterpret_cast<uint64_t>(object);
  DISPATCH();
}
op_INITCLOSURE: {
  auto* cl = reinterpret_cast<Closure*>(R(IA));
  cl->fn = proto->protos[EXT()];
  for (uint16_t k = 0; k < IC; k++) cl->captures[k] = R(IB + k);
  DISPATCH();
}
op_CLOSURE: {
  const Proto* fn = proto->protos[EXT()];
  SAVE_STATE();
  auto* cl = static_cast<Closure*>(rt::mallocgc(sizeof(Closure) + size_t(IC) * 8, closureType(IC), true));
  cl->fn = fn;
  rt::writeBarrierCopy(cl->captures, &R(IB), size_t(IC) * 8);  // a fresh object is black
  for (uint16_t k = 0; k < IC; k++) cl->captures[k] = R(IB + k);
  R(IA) = reinterpret_cast<uint64_t>(cl);
  DISPATCH();
}
op_CAPTURE:
  R(IA) = reinterpret_cast<const Closure*>(base[-1])->captures[IB];
  DISPATCH();

op_MKIFACE: {
  const rt::Type* t = proto->types[EXT()];
  if (t->isDirectIface()) {
    R(IA + 1) = R(IB);
  } else {
    SAVE_STATE();
    void* box = rt::mallocgc(t->size, t, false);
    rt::writeBarrierCopy(nullptr, &R(IB), t->size);  // a fresh box is black; its old bytes are garbage
    memcpy(box, &R(IB), t->size);
    R(IA + 1) = reinterpret_cast<uint64_t>(box);
  }
  R(IA) = reinterpret_cast<uint64_t>(t);
  DISPATCH();
}

op_IFACEEQ: {
  uint64_t ta = R(IB), tb = R(IC);
  const rt::Type* da = (IX && ta) ? reinterpret_cast<const rt::Itab*>(ta)->type : reinterpret_cast<const rt::Type*>(ta);
  const rt::Type* db = (IX && tb) ? reinterpret_cast<const rt::Itab*>(tb)->type : reinterpret_cast<const rt::Type*>(tb);
  if (da != db) {
    R(IA) = 0;
  } else if (!da) {
    R(IA) = 1;
  } else if (!da->comparable) {
    panic = PanicInfo::withMessage("runtime error: comparing uncomparable type " + da->str);
    goto raise;
  } else {
    rt::Eface ea{da, reinterpret_cast<void*>(R(IB + 1))}, eb{db, reinterpret_cast<void*>(R(IC + 1))};
    const rt::Type* bad = nullptr;
    R(IA) = rt::valuesEqual(da, rt::efaceValuePtr(ea), rt::efaceValuePtr(eb), &bad);
    if (__builtin_expect(bad != nullptr, 0)) {
      panic = PanicInfo::withMessage("runtime error: comparing uncomparable type " + bad->str);
      goto raise;
    }
  }
  DISPATCH();
}
op_TYPEOF: {
  uint64_t tab = R(IB);
  R(IA) = (IX && tab) ? reinterpret_cast<uint64_t>(reinterpret_cast<const rt::Itab*>(tab)->type) : tab;
  DISPATCH();
}
op_CONVI: {
  const rt::Type* inter = proto->types[EXT()];
  uint64_t tab = R(IB);
  const rt::Type* dyn = (IX || !tab) ? reinterpret_cast<const rt::Type*>(tab)
                                      : reinterpret_cast<const rt::Itab*>(tab)->type;
  R(IA + 1) = R(IB + 1);
  R(IA) = dyn ? reinterpret_cast<uint64_t>(rt::getitab(inter, dyn)) : 0;
  DISPATCH();
}
op_ASSERTI: {
  const rt::Type* inter = proto->types[EXT()];
  uint64_t tab = R(IB);
  const rt::Type* dyn = ((IX & 1) || !tab) ? reinterpret_cast<const rt::Type*>(tab)
                                            : reinterpret_cast<const rt::Itab*>(tab)->type;
  uint64_t result = 0;
  bool ok = false;
  {
    std::string missing;  // scoped: computed gotos must not leave a live std::string behind
    if (dyn) {
      if (inter->imethods.empty()) {
        result = reinterpret_cast<uint64_t>(dyn);
        ok = true;
      } else if (const rt::Itab* it = rt::getitab(inter, dyn, &missing)) {
        result = reinterpret_cast<uint64_t>(it);
        ok = true;
      }
    }
    if (!ok && !(IX & 2)) {
      // Go: "interface conversion: interface is nil, not main.I" for nil, else missing method.
      panic = PanicInfo::typeAssertion(
          dyn ? rt::assertionErrorMessage(nullptr, dyn, inter, missing)
              : "interface conversion: interface is nil, not " + inter->str);
    }
  }
  if (IX & 2) {
    uint64_t data = R(IB + 1);
    R(IA) = ok ? result : 0;
    R(IA + 1) = ok ? data : 0;
    R(IA + 2) = ok;
    DISPATCH();
  }
  if (!ok) goto raise;
  R(IA + 1) = R(IB + 1);
  R(IA) = result;
  DISPATCH();
}
op_PANICASSERT: {
  const rt::Type* wanted = proto->types[EXT()];
  const rt::Type* staticType = proto->types[IC];
  uint64_t tab = R(IA);
  const rt::Type* dyn = (IX && tab) ? reinterpret_cast<const rt::Itab*>(tab)->type
                                     : reinterpret_cast<const rt::Type*>(tab);
  panic = PanicInfo::typeAssertion(rt::assertionErrorMessage(staticType, dyn, wanted, ""));
  goto raise;
}
op_CALL: {
  const Proto* callee = proto->protos[IBX];
  uint64_t* nb = base + IA + kFrameHeaderWords;
  ENTER_FRAME(callee, callee->staticClosure);
}
op_CALLCL: {
  auto* cl = reinterpret_cast<const Closure*>(R(IB));
  NIL_CHECK(cl);
  const Proto* callee = cl->fn;
  uint64_t* nb = base + IA + kFrameHeaderWords;
  if (callee->native) {
    SAVE_STATE();
    NativeCall call{nb, &thread};
    NativeCall* outer = thread.activeNative;
    thread.activeNative = &call;
    callee->native(call);
    thread.activeNative = outer;
    RELOAD_BASE();
    if (__builtin_expect(thread.nestedPanic, 0)) {
      thread.nestedPanic = false;
      panic = thread.nestedPanicInfo;
      goto raise;
    }
    if (call.panicking) {
      panic = PanicInfo::withValue(call.pendingPanic);
      goto raise;
    }
    if (__builtin_expect(thread.parkRequested | thread.yieldRequested, 0)) goto native_blocked;
    DISPATCH();
  }
  ENTER_FRAME(callee, cl);
}
op_CALLIFACE: {
  auto* tab = reinterpret_cast<const rt::Itab*>(R(IB));
  NIL_CHECK(tab);
  const Proto* callee = tab->fun[IC];
  uint64_t* nb = base + IA + kFrameHeaderWords;
  ENTER_FRAME(callee, callee->staticClosure);
}
op_CALLNAT: {
  const Proto* callee = proto->protos[IBX];
  SAVE_STATE();
  NativeCall call{base + IA + kFrameHeaderWords, &thread};
  NativeCall* outer = thread.activeNative;
  thread.activeNative = &call;
  callee->native(call);
  thread.activeNative = outer;
  RELOAD_BASE();
  if (__builtin_expect(thread.nestedPanic, 0)) {
    thread.nestedPanic = false;
    panic = thread.nestedPanicInfo;
    goto raise;
  }
  if (call.panicking) {
    panic = PanicInfo::withValue(call.pendingPanic);
    goto raise;
  }
  if (__builtin_expect(thread.parkRequested | thread.yieldRequested, 0)) goto native_blocked;
  DISPATCH();
}
native_blocked:
  // An intrinsic blocked (time.Sleep, a semaphore) or yielded (Gosched).
  SAVE_STATE();
  if (nested) {
    // A callback from C++ (fmt calling String) cannot switch goroutines:
    // a yield is dropped; a block is not supported yet.
    if (thread.yieldRequested && !thread.parkRequested) {
      thread.yieldRequested = false;
      DISPATCH();
    }
    thread.parkRequested = thread.yieldRequested = false;
    fatalErrorAndExit(thread, "golem: a goroutine blocked inside a callback from C++ (not supported)");
  }
  if (thread.yieldRequested) {
    thread.yieldRequested = false;
    return int(ExecStatus::Yielded);
  }
  thread.parkRequested = false;
  return int(ExecStatus::Parked);
op_RET: {
  if (__builtin_expect(proto->stackObjectSlot != Proto::kNoStackObjects, 0) && base[proto->stackObjectSlot + 1] != 0)
    thread.stackObjects.popTo(base[proto->stackObjectSlot]);
  const Instr* ret = reinterpret_cast<const Instr*>(base[-3]);
  if (__builtin_expect(ret == nullptr, 0)) {
    SAVE_STATE();
    return int(ExecStatus::Returned);
  }
  base = thread.stack + base[-2];
  pc = ret;
  proto = reinterpret_cast<const Closure*>(base[-1])->fn;
  RELOAD_PROTO();
  DISPATCH();
}

op_PANIC:
  panic = PanicInfo::withValue(rt::Eface{reinterpret_cast<const rt::Type*>(R(IA)),
                                      reinterpret_cast<void*>(R(IA + 1))});
  goto raise;
op_PRINT: {
  const rt::Type* t = proto->types[EXT()];
  {
    std::string out;
    rt::printValue(out, t, &R(IA));
    rt::writeStderr(out.data(), out.size());
  }
  DISPATCH();
}
op_PRINTSP:
  rt::writeStderr(" ", 1);
  DISPATCH();
op_PRINTNL:
  rt::writeStderr("\n", 1);
  DISPATCH();
op_EXTRA:
  DISPATCH();

op_DEFER: {
  // A nil func value panics when the deferred call runs, not here (as Go).
  auto* fn = reinterpret_cast<const Closure*>(R(IB));
  thread.defers.push_back(DeferRecord{fn, std::vector<uint64_t>(&R(IA), &R(IA) + IC),
                                      size_t(base - thread.stack), thread.stackObjects.top()});
  DISPATCH();
}
op_RUNDEFERS:
  if (thread.defers.size() > deferBase &&
      thread.defers.back().frameOffset == size_t(base - thread.stack)) {

    deferReturn = pc - 1;  // this instruction again
    goto run_deferred;
  }
  DISPATCH();
op_RECOVER: {
  // Only a deferred call run by a panic, calling recover itself, recovers.
  if (thread.panics.size() > panicBase) {
    PanicRecord& p = thread.panics.back();
    if (!p.recovered && !p.info.isGoexit() && p.deferFrameOffset == size_t(base - thread.stack)) {
      p.recovered = true;
      rt::Eface v = p.info.value;
      if (p.info.kind != RuntimeErrorKind::None) {
        SAVE_STATE();
        v = runtimeErrorValue(p.info);
      }
      R(IA) = reinterpret_cast<uint64_t>(v.type);
      R(IA + 1) = reinterpret_cast<uint64_t>(v.data);
      DISPATCH();
    }
  }
  R(IA) = 0;
  R(IA + 1) = 0;
  DISPATCH();
}
op_LOADIMETH: {
  auto* tab = reinterpret_cast<const rt::Itab*>(R(IB));
  NIL_CHECK(tab);
  R(IA) = reinterpret_cast<uint64_t>(tab->fun[IC]->staticClosure);
  DISPATCH();
}
op_PANICCONT: {
  // A deferred call run by the innermost panic has returned.
  PanicRecord& p = thread.panics.back();
  if (p.recovered) {
    size_t frame = p.recoverFrameOffset;
    uintptr_t stackObjectsTop = p.recoverStackObjectsTop;
    thread.panics.pop_back();
    // Earlier panics whose deferred call runs above that frame were aborted
    // by this one. An aborted Goexit goes on with the remaining deferred
    // calls (as Go's recovery does); other aborted panics are over. An
    // earlier panic whose deferred call itself recovered goes on later.
    if (thread.panics.size() > panicBase && thread.panics.back().info.isGoexit() &&
        thread.panics.back().deferFrameOffset > frame)
      goto unwind;
    while (thread.panics.size() > panicBase && thread.panics.back().deferFrameOffset > frame)
      thread.panics.pop_back();
    // Resume in the frame that deferred the call: its epilogue runs its
    // remaining deferred calls and returns normally to its caller.
    base = thread.stack + frame;
    proto = reinterpret_cast<const Closure*>(base[-1])->fn;
    RELOAD_PROTO();
    // The discarded frames' stack objects go; the frame keeps its own block.
    if (proto->stackObjectSlot != Proto::kNoStackObjects && base[proto->stackObjectSlot + 1] != 0)
      stackObjectsTop = base[proto->stackObjectSlot + 1] + proto->stackObjectBytes;
    thread.stackObjects.popTo(stackObjectsTop);
    pc = proto->code.data() + proto->recoverPc;
    DISPATCH();
  }
  goto unwind;
}

raise:
  SAVE_STATE();
  // Stack overflow is a fatal error: no deferred call runs.
  if (panic.kind == RuntimeErrorKind::StackOverflow) reportPanicAndExit(thread, panic);
  // A panic while a deferred call of an earlier panic runs aborts the
  // earlier one; both are printed if nothing recovers.
  thread.panics.push_back(PanicRecord{panic});
unwind:
  // Run the deferred calls, innermost first; each returns to PANICCONT.
  if (thread.defers.size() > deferBase) {

    deferReturn = &kPanicContinue;
    goto run_deferred;
  }
  SAVE_STATE();
  if (nested) {
    // A nested loop (an intrinsic calling Go): the outer loop continues the panic.
    thread.nestedPanic = true;
    thread.nestedPanicInfo = thread.panics.back().info;
    thread.panics.pop_back();
    return int(ExecStatus::Returned) + 100;  // not Returned: the caller sees a failure
  }
  if (thread.panics.back().info.isGoexit()) return int(ExecStatus::Exited);
  reportPanicsAndExit(thread);

run_deferred: {
  // Pop the deferred call and run it in a new frame above the current one.
  // (The record is destroyed before any computed goto leaves this block.)
  const Closure* dfn;
  const Proto* callee;
  uint64_t* nb;
  size_t argWords;
  size_t here = size_t(base - thread.stack);
  if (!thread.defers.back().fn) {
    thread.defers.pop_back();
    panic = PanicInfo::nilDereference();
    goto raise;
  }
  {
    DeferRecord d = std::move(thread.defers.back());
    thread.defers.pop_back();
    dfn = d.fn;
    callee = d.fn->fn;
    argWords = d.args.size();
    nb = base + proto->frameWords + kFrameHeaderWords;
    size_t need = (callee->native ? argWords + 16 : callee->frameWords);
    if (thread.mustMoveStack(nb + need)) {
      SAVE_STATE();
      if (!thread.growStack(nb, need)) reportPanicAndExit(thread, PanicInfo::stackOverflow());
      base = thread.stack + here;
      nb = base + proto->frameWords + kFrameHeaderWords;
    }
    if (deferReturn == &kPanicContinue) {
      thread.panics.back().deferFrameOffset = size_t(nb - thread.stack);
      thread.panics.back().recoverFrameOffset = d.frameOffset;
      thread.panics.back().recoverStackObjectsTop = d.stackObjectsTop;
    }
    if (argWords) memcpy(nb, d.args.data(), argWords * 8);
  }
  if (callee->native) {
    SAVE_STATE();
    NativeCall call{nb, &thread};
    NativeCall* outer = thread.activeNative;
    thread.activeNative = &call;
    callee->native(call);
    thread.activeNative = outer;
    RELOAD_BASE();
    if (__builtin_expect(thread.nestedPanic, 0)) {  // defer runtime.Goexit()
      thread.nestedPanic = false;
      panic = thread.nestedPanicInfo;
      goto raise;
    }
    if (call.panicking) {
      panic = PanicInfo::withValue(call.pendingPanic);
      goto raise;
    }
    pc = deferReturn;
    DISPATCH();
  }
  memset(nb + argWords, 0, size_t(callee->frameWords - argWords) * 8);
  nb[-3] = reinterpret_cast<uint64_t>(deferReturn);
  nb[-2] = uint64_t(here);
  nb[-1] = reinterpret_cast<uint64_t>(dfn);
  base = nb;
  proto = callee;
  pc = callee->code.data();
  RELOAD_PROTO();
  DISPATCH();
}

#undef SAVE_STATE
#undef RELOAD_BASE
#undef RELOAD_PROTO
#undef DISPATCH
#undef R
#undef RAISE_RUNTIME
#undef NIL_CHECK
#undef EXT
#undef ENTER_FRAME
#undef IOP
#undef IX
#undef IA
#undef IB
#undef IC
#undef IBX
#undef ISBX
#undef IIMM
}

}  // namespace golem::vm
