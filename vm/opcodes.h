// golem's bytecode: the one place every opcode is defined.
//
// The machine is a register machine over the words of the current frame
// (Lua's design, with Go's memory layout). R[i] is word i of the frame; a
// value of type T occupies words(T) = max(1, ceil(sizeof(T)/8)) consecutive
// words holding its Go memory image (a string is {data,len}, a slice
// {data,len,cap}, an interface {type,data}), except a large value (over
// kMaxFrameValueWords words), which one word holds as a pointer to a private
// heap copy; map and channel instructions see which of their operands are
// such pointers in x (kXIndirectKey, kXIndirectValue). Scalars narrower than
// 64 bits are kept in a word normalized: signed ints sign-extended, unsigned
// ints, bool (0/1) and float32 bits zero-extended. Each word keeps one static
// type for the whole function, so the function's pointer map is precise
// (proto.h).
//
// Instructions are 8 bytes: op, x (a small extra operand: memory kind or
// flags), and three 16-bit operands a, b, c. Jumps use sbx = the signed 32-bit
// concatenation of b and c, relative to the next instruction. Fused
// compare-and-branch instructions use c as a signed 16-bit offset.
// Instructions marked "+EXT" are followed by one EXTRA word whose 32-bit bx
// (b|c) holds a type-table index (or other wide operand).
//
// Operand notation: R[a] is a word; R[a:n] the n words from a; K[bx] the
// function's 64-bit constant pool; T[bx] its type-descriptor table; P[bx] its
// function table. "imm" is c read as a signed 16-bit immediate.
//
// The interpreter (interp.cpp), the disassembler (disasm.cpp) and the
// opcode names are all generated from this list, so adding an opcode is one line here
// plus its handler.
#pragma once

#include <cstdint>

namespace golem::vm {

// Memory kinds for typed loads and stores (the x operand).
enum MemKind : uint8_t { kU8, kS8, kU16, kS16, kU32, kS32, kW64 };

#define GOLEM_OPCODES(X)                                                                \
  /* moves and constants */                                                             \
  X(NOP, "no operation")                                                                \
  X(MOV, "R[a] = R[b]")                                                                 \
  X(MOV2, "R[a:2] = R[b:2]")                                                            \
  X(MOV3, "R[a:3] = R[b:3]")                                                            \
  X(MOVN, "R[a:c] = R[b:c]")                                                            \
  X(LOADI, "R[a] = sbx (sign-extended)")                                                \
  X(LOADK, "R[a] = K[bx]")                                                              \
  X(LOADK2, "R[a:2] = K[bx:2] (string constants: {data,len})")                          \
  X(ZERO, "R[a:b] = 0")                                                                 \
  X(LOADFN, "R[a] = static closure of P[bx] (a func value)")                            \
  /* integer arithmetic, 64-bit wrapping */                                             \
  X(ADD, "R[a] = R[b] + R[c]")                                                          \
  X(SUB, "R[a] = R[b] - R[c]")                                                          \
  X(MUL, "R[a] = R[b] * R[c]")                                                          \
  X(DIV, "R[a] = R[b] / R[c] signed; panics on zero")                                   \
  X(DIVU, "R[a] = R[b] / R[c] unsigned; panics on zero")                                \
  X(REM, "R[a] = R[b] % R[c] signed; panics on zero")                                   \
  X(REMU, "R[a] = R[b] % R[c] unsigned; panics on zero")                                \
  X(AND, "R[a] = R[b] & R[c]")                                                          \
  X(OR, "R[a] = R[b] | R[c]")                                                           \
  X(XOR, "R[a] = R[b] ^ R[c]")                                                          \
  X(ANDNOT, "R[a] = R[b] &^ R[c]")                                                      \
  X(SHL, "R[a] = R[b] << R[c] (unsigned count; >= 64 gives 0)")                         \
  X(SHR, "R[a] = R[b] >> R[c] logical (count >= 64 gives 0)")                           \
  X(SAR, "R[a] = R[b] >> R[c] arithmetic (count >= 64 gives sign)")                     \
  X(ADDI, "R[a] = R[b] + imm")                                                          \
  X(SUBI, "R[a] = R[b] - imm")                                                          \
  X(MULI, "R[a] = R[b] * imm")                                                          \
  X(SHLI, "R[a] = R[b] << c")                                                           \
  X(SHRI, "R[a] = R[b] >> c logical")                                                   \
  X(SARI, "R[a] = R[b] >> c arithmetic")                                                \
  X(ANDI, "R[a] = R[b] & imm")                                                          \
  X(NEG, "R[a] = -R[b]")                                                                \
  X(COM, "R[a] = ^R[b]")                                                                \
  X(NOT, "R[a] = !R[b] (bool)")                                                         \
  X(CHKSHIFT, "panic 'negative shift amount' if R[a] < 0 (signed count)")               \
  X(SEXT8, "R[a] = int64(int8(R[b]))")                                                  \
  X(SEXT16, "R[a] = int64(int16(R[b]))")                                                \
  X(SEXT32, "R[a] = int64(int32(R[b]))")                                                \
  X(ZEXT8, "R[a] = uint64(uint8(R[b]))")                                                \
  X(ZEXT16, "R[a] = uint64(uint16(R[b]))")                                              \
  X(ZEXT32, "R[a] = uint64(uint32(R[b]))")                                              \
  /* integer comparisons: R[a] = bool */                                                \
  X(EQ, "R[a] = R[b] == R[c]")                                                          \
  X(NE, "R[a] = R[b] != R[c]")                                                          \
  X(LT, "R[a] = R[b] < R[c] signed")                                                    \
  X(LE, "R[a] = R[b] <= R[c] signed")                                                   \
  X(LTU, "R[a] = R[b] < R[c] unsigned")                                                 \
  X(LEU, "R[a] = R[b] <= R[c] unsigned")                                                \
  X(EQI, "R[a] = R[b] == imm")                                                          \
  X(LTI, "R[a] = R[b] < imm signed")                                                    \
  X(GTI, "R[a] = R[b] > imm signed")                                                    \
  /* control flow */                                                                    \
  X(JMP, "pc += sbx")                                                                   \
  X(LOOP, "pc += sbx (a backward jump: a safe point for preemption)")                   \
  X(JT, "if R[a] != 0: pc += sbx")                                                      \
  X(JF, "if R[a] == 0: pc += sbx")                                                      \
  X(JEQ, "if R[a] == R[b]: pc += imm(c)")                                               \
  X(JNE, "if R[a] != R[b]: pc += imm(c)")                                               \
  X(JLT, "if R[a] < R[b] signed: pc += imm(c)")                                         \
  X(JLE, "if R[a] <= R[b] signed: pc += imm(c)")                                        \
  X(JLTU, "if R[a] < R[b] unsigned: pc += imm(c)")                                      \
  X(JLEU, "if R[a] <= R[b] unsigned: pc += imm(c)")                                     \
  X(JEQI, "if R[a] == int16(b): pc += imm(c)")                                          \
  X(JNEI, "if R[a] != int16(b): pc += imm(c)")                                          \
  X(JLTI, "if R[a] < int16(b): pc += imm(c)")                                           \
  X(JLEI, "if R[a] <= int16(b): pc += imm(c)")                                          \
  X(JGTI, "if R[a] > int16(b): pc += imm(c)")                                           \
  X(JGEI, "if R[a] >= int16(b): pc += imm(c)")                                          \
  /* the same, taken backwards: a loop's back-edge, so also a safe point */              \
  X(JEQB, "JEQ to an earlier pc, then a safe point")                                    \
  X(JNEB, "JNE to an earlier pc, then a safe point")                                    \
  X(JLTB, "JLT to an earlier pc, then a safe point")                                    \
  X(JLEB, "JLE to an earlier pc, then a safe point")                                    \
  X(JLTUB, "JLTU to an earlier pc, then a safe point")                                  \
  X(JLEUB, "JLEU to an earlier pc, then a safe point")                                  \
  X(JEQIB, "JEQI to an earlier pc, then a safe point")                                  \
  X(JNEIB, "JNEI to an earlier pc, then a safe point")                                  \
  X(JLTIB, "JLTI to an earlier pc, then a safe point")                                  \
  X(JLEIB, "JLEI to an earlier pc, then a safe point")                                  \
  X(JGTIB, "JGTI to an earlier pc, then a safe point")                                  \
  X(JGEIB, "JGEI to an earlier pc, then a safe point")                                  \
  X(JTB, "JT to an earlier pc, then a safe point")                                      \
  X(JFB, "JF to an earlier pc, then a safe point")                                      \
  /* float64 */                                                                         \
  X(FADD, "R[a] = R[b] + R[c]")                                                         \
  X(FSUB, "R[a] = R[b] - R[c]")                                                         \
  X(FMUL, "R[a] = R[b] * R[c]")                                                         \
  X(FDIV, "R[a] = R[b] / R[c]")                                                         \
  X(FNEG, "R[a] = -R[b]")                                                               \
  X(FEQ, "R[a] = R[b] == R[c]")                                                         \
  X(FNE, "R[a] = R[b] != R[c]")                                                         \
  X(FLT, "R[a] = R[b] < R[c]")                                                          \
  X(FLE, "R[a] = R[b] <= R[c]")                                                         \
  /* float32 (bits in the low half of the word) */                                      \
  X(FADD32, "R[a] = R[b] + R[c]")                                                       \
  X(FSUB32, "R[a] = R[b] - R[c]")                                                       \
  X(FMUL32, "R[a] = R[b] * R[c]")                                                       \
  X(FDIV32, "R[a] = R[b] / R[c]")                                                       \
  X(FNEG32, "R[a] = -R[b]")                                                             \
  X(FEQ32, "R[a] = R[b] == R[c]")                                                       \
  X(FNE32, "R[a] = R[b] != R[c]")                                                       \
  X(FLT32, "R[a] = R[b] < R[c]")                                                        \
  X(FLE32, "R[a] = R[b] <= R[c]")                                                       \
  /* numeric conversions */                                                             \
  X(I2F, "R[a] = float64(int64(R[b]))")                                                 \
  X(U2F, "R[a] = float64(uint64(R[b]))")                                                \
  X(F2I, "R[a] = int64(float64(R[b]))")                                                 \
  X(F2U, "R[a] = uint64(float64(R[b]))")                                                \
  X(I2F32, "R[a] = float32(int64(R[b]))")                                               \
  X(U2F32, "R[a] = float32(uint64(R[b]))")                                              \
  X(F2F32, "R[a] = float32(float64(R[b]))")                                             \
  X(F322F, "R[a] = float64(float32(R[b]))")                                             \
  /* strings */                                                                         \
  X(SCONCAT, "R[a:2] = R[b:2] + R[c:2]")                                                \
  X(SCONCATN, "R[a:2] = concatenation of the c strings at R[b:2c]")                     \
  X(SEQ, "R[a] = R[b:2] == R[c:2]")                                                     \
  X(SNE, "R[a] = R[b:2] != R[c:2]")                                                     \
  X(SLT, "R[a] = R[b:2] < R[c:2]")                                                      \
  X(SLE, "R[a] = R[b:2] <= R[c:2]")                                                     \
  X(SINDEX, "R[a] = byte R[b:2][R[c]], bounds-checked")                                 \
  X(SSLICE, "R[a:2] = R[b:2][R[c]:R[c+1]]; x bit0: low given, bit1: high given")        \
  X(SNEXTRUNE, "R[a] = rune at R[b:2][R[c]], R[a+1] = index after it")                  \
  X(STR2BYTES, "R[a:3] = []byte(R[b:2])")                                               \
  X(BYTES2STR, "R[a:2] = string(R[b:3])")                                               \
  X(STR2RUNES, "R[a:3] = []rune(R[b:2])")                                               \
  X(RUNES2STR, "R[a:2] = string(R[b:3])")                                               \
  X(RUNE2STR, "R[a:2] = string(rune(R[b]))")                                            \
  /* memory: x is a MemKind; all loads/stores through pointers nil-check */            \
  X(LOAD, "R[a] = load_x(R[b] + c)")                                                    \
  X(STORE, "store_x(R[a] + c, R[b])")                                                   \
  X(MEMLOAD, "R[a:] = c bytes at R[b] (words zero-filled first)")                       \
  X(MEMSTORE, "c bytes at R[a] = bytes of R[b:]")                                       \
  X(MEMMOVE, "c bytes at R[a] = c bytes at R[b]")                                       \
  X(MEMMOVEL, "bx bytes at R[a] = bytes at R[b] (large values; +EXT: bx = size)")      \
  X(MEMZERO, "c bytes at R[a] = 0")                                                     \
  X(MEMEQ, "R[a] = (R[b] bytes == R[c] bytes) for type T[bx] (+EXT)")                   \
  X(FRAMEADDR, "R[a] = address of R[b:c] (a scratch pointer into the frame)")             \
  X(ADDPTR, "R[a] = R[b] + c (field address); nil-checks R[b]")                         \
  X(GLOAD, "R[a] = global word bx")                                                     \
  X(GSTORE, "global word bx = R[a]")                                                    \
  X(GADDR, "R[a] = address of global word bx")                                          \
  /* slices and arrays */                                                               \
  X(BOUNDS, "panic 'index out of range [R[a]] with length R[b]' unless 0 <= R[a] < R[b]") \
  X(IDXADDR, "R[a] = &R[b:3][R[c]], elem size x<<? see EXT; bounds-checked (+EXT: bx = elem size)") \
  X(IDXLOAD64, "R[a] = ((int64*)R[b])[R[c]] with bounds check against R[b+1]")          \
  X(IDXSTORE64, "((int64*)R[a])[R[b]] = R[c] with bounds check against R[a+1]")         \
  X(IDXLOAD, "R[a] = load_x(R[b] + R[c]*size(x)) with bounds check against R[b+1]")      \
  X(IDXSTORE, "store_x(R[a] + R[b]*size(x), R[c]) with bounds check against R[a+1]")     \
  X(SLICE, "R[a:3] = R[b:3][lo:hi:max] from R[c:3]; x: which given (+EXT: elem size)")  \
  X(SLICE2ARRPTR, "R[a] = (*[N]T)(R[b:3]) with N = EXT bx; panics if len < N (+EXT)")   \
  X(MAKESLICE, "R[a:3] = make([]T[bx], R[b], R[c]) (+EXT)")                             \
  X(APPENDN, "R[a:3] = R[b:3] with len += c, growing (+EXT: elem type)")                \
  X(APPENDSL, "R[a:3] = append(R[b:3], R[c:3]...) (+EXT: elem type)")                   \
  X(APPENDSTR, "R[a:3] = append([]byte R[b:3], string R[c:2]...)")                      \
  X(COPY, "R[a] = copy(R[b:3], R[c:3]) (+EXT: elem size)")                              \
  X(COPYSTR, "R[a] = copy([]byte R[b:3], string R[c:2])")                               \
  /* maps (the map type is K[bx] of the EXT word: an rt::MapType*) */                   \
  X(MAKEMAP, "R[a] = make(map, hint R[b]) (+EXT)")                                        \
  X(MAPLOAD, "R[a:] = m[k], m = R[b], key at R[c] (zero if absent); x: indirect flags (+EXT)") \
  X(MAPLOAD2, "as MAPLOAD, and the ok word after the value (+EXT)")                       \
  X(MAPSTORE, "m[k] = v with m = R[a], key at R[b], value at R[c]; x: indirect flags (+EXT)") \
  X(MAPDELETE, "delete(R[a], key at R[b]); x: indirect flags (+EXT)")                    \
  X(MAPLEN, "R[a] = len(map R[b])")                                                      \
  X(MAPITERINIT, "iterator R[a:12] over map R[b] (+EXT)")                                \
  X(MAPITERNEXT, "advance iterator R[a:12]; R[b] = whether an entry is there")            \
  /* goroutines and channels */                                                         \
  X(GO, "go: start func value R[b] with the c argument words R[a:c]")                    \
  X(MAKECHAN, "R[a] = make(chan T[bx], R[b]) (+EXT)")                                    \
  X(SEND, "chan R[a] <- value R[b:c]; x: indirect flags; may block")                      \
  X(RECV, "R[a:] = <-chan R[b]; x&kXWithOk: ok into R[c]; x: indirect flags; may block")  \
  X(CLOSE, "close(chan R[a])")                                                            \
  X(CHANLEN, "R[a] = len(chan R[b])")                                                     \
  X(CHANCAP, "R[a] = cap(chan R[b])")                                                     \
  X(SELECT, "R[a] = chosen case of the c cases at R[b:4c] {chan, isSend, elem*, ok*}; x=1: has default (-1)") \
  /* allocation */                                                                      \
  X(NEW, "R[a] = new(T[bx])")                                                           \
  X(STACKNEW, "R[a] = zeroed stack object of EXT bytes at word c of this frame's block, "  \
              "recorded in R[b:2] (pushed at the first STACKNEW of the frame) +EXT")      \
  X(CLOSURE, "R[a] = closure of P[bx] capturing the c words R[b:c] (+EXT)")             \
  X(INITCLOSURE, "fill the closure object at R[a] (a stack object): P[bx] capturing R[b:c] (+EXT)") \
  X(CAPTURE, "R[a] = captured word b of the running closure")                           \
  /* interfaces */                                                                      \
  X(MKIFACE, "R[a:2] = eface{T[bx], box(R[b:])} (+EXT)")                                \
  X(IFACEEQ, "R[a] = R[b:2] == R[c:2] for interfaces (x=1: itab words); panics on uncomparable types") \
  X(TYPEOF, "R[a] = dynamic type of interface R[b:2] (x=1: an iface, via its itab; nil: 0)") \
  X(CONVI, "R[a:2] = R[b:2] as interface T[bx]: itab looked up; x=1: R[b] is an eface (+EXT)") \
  X(ASSERTI, "R[a:2] = R[b:2].(T[bx]) for interface T; x bit0: R[b] is an eface, bit1: comma-ok into R[a+2] (+EXT)") \
  X(PANICASSERT, "panic: R[a:2].(T[bx]) failed; c = static interface type index; x=1: an iface (+EXT)") \
  /* calls */                                                                           \
  X(CALL, "call P[bx]; its frame starts at R[a+3] (header at R[a:3])")                  \
  X(CALLCL, "call the func value R[b]; frame header at R[a:3], c argument words")                         \
  X(CALLNAT, "call intrinsic P[bx] with arguments at R[a+3]")                           \
  X(CALLIFACE, "call method c of the itab in R[b]; frame header at R[a:3], x argument words")              \
  X(RET, "return to the caller (results are in their slots)")                           \
  X(DEFER, "defer a call of func value R[b] with the c argument words R[a:c]")             \
  X(RUNDEFERS, "run this frame's next deferred call, then this instruction again; none left: go on") \
  X(RECOVER, "R[a:2] = recover(): the panic's value when called by a deferred call it runs") \
  X(LOADIMETH, "R[a] = func value of method c of the interface in R[b:2] (nil-checked)")     \
  X(PANICCONT, "internal: a deferred call run by a panic returned here")                   \
  /* builtins with run-time behaviour */                                                \
  X(PANIC, "panic(R[a:2]) (an interface value)")                                        \
  X(PRINT, "print R[a:] of type T[bx] to stderr (+EXT: bx)")                            \
  X(PRINTSP, "print a space to stderr")                                                 \
  X(PRINTNL, "print a newline to stderr")                                               \
  X(EXTRA, "operand word of the previous instruction")

enum class Op : uint8_t {
#define GOLEM_OP_ENUM(name, doc) name,
  GOLEM_OPCODES(GOLEM_OP_ENUM)
#undef GOLEM_OP_ENUM
      kCount
};

// The backward variant of a conditional branch (JLT -> JLTB, JT -> JTB):
// the lowering picks it for a branch to an earlier pc, a loop's back-edge,
// which must be a safe point like LOOP; forward branches pay no check.
constexpr Op backwardBranch(Op op) {
  if (op >= Op::JEQ && op <= Op::JGEI) return Op(uint8_t(op) - uint8_t(Op::JEQ) + uint8_t(Op::JEQB));
  if (op == Op::JT) return Op::JTB;
  if (op == Op::JF) return Op::JFB;
  return op;
}

const char* opName(Op op);
const char* opDoc(Op op);

struct Instr {
  Op op;
  uint8_t x;
  uint16_t a;
  uint16_t b;
  uint16_t c;

  int32_t sbx() const { return static_cast<int32_t>((uint32_t(b) << 16) | c); }
  uint32_t bx() const { return (uint32_t(b) << 16) | c; }
  int16_t imm() const { return static_cast<int16_t>(c); }
  void setBx(uint32_t v) {
    b = uint16_t(v >> 16);
    c = uint16_t(v & 0xffff);
  }
};
static_assert(sizeof(Instr) == 8);

// Frame values over this many words are large: the frame holds a pointer to
// a private heap copy instead (compiler/typedesc.h: isLargeValue).
constexpr uint32_t kMaxFrameValueWords = 256;

// Words a value of `bytes` bytes takes where it is stored inline (a
// zero-size value still takes one).
constexpr uint64_t storageWordsFor(uint64_t bytes) { return bytes == 0 ? 1 : (bytes + 7) / 8; }

// Flags in x of the map and channel instructions. The indirect flags mark
// operands that are large values: their word points to the value, which a
// load instruction fills (the compiler has allocated it).
constexpr uint8_t kXWithOk = 1;         // RECV: also write the ok word
constexpr uint8_t kXIndirectValue = 2;  // the element operand is a pointer to it
constexpr uint8_t kXIndirectKey = 4;    // the map key operand is a pointer to it

// CALLIFACE's x: its argument words (receiver included), saturated at
// kManyArgWords, which means "that many or more" (vm/stackmap.cpp).
constexpr uint8_t kManyArgWords = UINT8_MAX;
constexpr uint8_t callArgWordsX(uint32_t words) { return words < kManyArgWords ? uint8_t(words) : kManyArgWords; }

// Words taken by a call's frame header: return pc, caller frame offset, and
// the callee's func value (its closure; a static closure for plain functions).
constexpr int kFrameHeaderWords = 3;

}  // namespace golem::vm
