// Bytecode: the opcode table, the code the lowering emits for typed
// operations (type-specialized, fused branches), frame and global pointer
// maps, large values (inline globals, pointer operands of map and channel
// instructions), and the interpreter running hand-built and compiled functions.
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>

#include "compiler/lower.h"
#include "compiler/program.h"
#include "tests/unit/compile_program.h"
#include "vm/proto.h"
#include "vm/thread.h"

namespace golem {
namespace {

using vm::Op;

std::multiset<Op> opsOf(const vm::Proto* p) {
  std::multiset<Op> ops;
  for (auto& in : p->code) ops.insert(in.op);
  return ops;
}

TEST(Opcodes, NamesAreUniqueAndDocumented) {
  std::set<std::string> names;
  for (int k = 0; k < int(Op::kCount); k++) {
    Op op = Op(k);
    ASSERT_NE(vm::opName(op), nullptr);
    EXPECT_TRUE(names.insert(vm::opName(op)).second) << vm::opName(op);
    EXPECT_GT(strlen(vm::opDoc(op)), 0u);
  }
  EXPECT_STREQ(vm::opName(Op::ADD), "ADD");
  EXPECT_STREQ(vm::opName(Op::EXTRA), "EXTRA");
}

TEST(Opcodes, InstructionIsEightBytesAndCarriesWideOperands) {
  vm::Instr in{Op::JMP, 0, 0, 0, 0};
  in.setBx(uint32_t(-12345));
  EXPECT_EQ(in.sbx(), -12345);
  in.setBx(0xABCDEF);
  EXPECT_EQ(in.bx(), 0xABCDEFu);
  EXPECT_EQ(sizeof(vm::Instr), 8u);
}

TEST(Lowering, IntegerArithmeticIsTypeSpecialized) {
  Program prog;
  auto image = compile(prog, R"(package main
func f(a, b int) int { return a*b + a - b }
func g(a, b float64) float64 { return a*b + a }
func h(a, b string) string { return a + b }
func u(a, b uint32) uint32 { return a / b }
func main() { f(1, 2); g(1, 2); h("a", "b"); u(1, 2) }
)");
  ASSERT_TRUE(image);
  auto f = opsOf(findProto(*image, "main.f"));
  EXPECT_EQ(f.count(Op::MUL), 1u);
  EXPECT_EQ(f.count(Op::ADD), 1u);
  EXPECT_EQ(f.count(Op::SUB), 1u);
  EXPECT_EQ(f.count(Op::FADD), 0u);
  auto g = opsOf(findProto(*image, "main.g"));
  EXPECT_EQ(g.count(Op::FMUL), 1u);
  EXPECT_EQ(g.count(Op::FADD), 1u);
  EXPECT_EQ(g.count(Op::MUL), 0u);
  auto h = opsOf(findProto(*image, "main.h"));
  EXPECT_EQ(h.count(Op::SCONCAT), 1u);
  // uint32 division is unsigned and its result is re-normalized to 32 bits.
  auto u = opsOf(findProto(*image, "main.u"));
  EXPECT_EQ(u.count(Op::DIVU), 1u);
  EXPECT_EQ(u.count(Op::ZEXT32), 1u);
}

TEST(Lowering, NarrowSignedArithmeticWraps) {
  Program prog;
  auto image = compile(prog, R"(package main
func f(a int8) int8 { return a + 1 }
func main() { f(1) }
)");
  ASSERT_TRUE(image);
  auto f = opsOf(findProto(*image, "main.f"));
  EXPECT_EQ(f.count(Op::ADDI), 1u);
  EXPECT_EQ(f.count(Op::SEXT8), 1u);
}

TEST(Lowering, LoopConditionsUseFusedBranches) {
  Program prog;
  auto image = compile(prog, R"(package main
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
func main() { sum(3) }
)");
  ASSERT_TRUE(image);
  const vm::Proto* p = findProto(*image, "main.sum");
  auto ops = opsOf(p);
  // The back-edge: a fused compare-branch, in its backward variant (a safe point).
  EXPECT_EQ(ops.count(Op::JLTB), 1u);
  EXPECT_EQ(ops.count(Op::JLT), 0u);
  EXPECT_EQ(ops.count(Op::LT), 0u);  // no materialized bool
  EXPECT_EQ(ops.count(Op::JT), 0u);
  EXPECT_EQ(ops.count(Op::JTB), 0u);
}

TEST(Lowering, PointerMapsAreExact) {
  Program prog;
  auto image = compile(prog, R"(package main
func f(s string, n int, p *int, xs []int) int {
	return n + len(s) + *p + len(xs)
}
func main() { x := 1; f("a", 1, &x, nil) }
)");
  ASSERT_TRUE(image);
  const vm::Proto* p = findProto(*image, "main.f");
  ASSERT_TRUE(p);
  // params: s {data,len} n p xs {data,len,cap}
  EXPECT_TRUE(p->wordIsPointer(0));
  EXPECT_FALSE(p->wordIsPointer(1));
  EXPECT_FALSE(p->wordIsPointer(2));
  EXPECT_TRUE(p->wordIsPointer(3));
  EXPECT_TRUE(p->wordIsPointer(4));
  EXPECT_FALSE(p->wordIsPointer(5));
  EXPECT_FALSE(p->wordIsPointer(6));
  EXPECT_EQ(p->paramWords, 7u);
  EXPECT_EQ(p->resultWords, 1u);
}

TEST(Lowering, AddressTakenVariablesLiveOnTheHeap) {
  Program prog;
  auto image = compile(prog, R"(package main
func f() *int { x := 1; return &x }
func main() { f() }
)");
  ASSERT_TRUE(image);
  auto ops = opsOf(findProto(*image, "main.f"));
  EXPECT_EQ(ops.count(Op::NEW), 1u);
}

TEST(Lowering, DisassemblyListsEveryFunction) {
  Program prog;
  auto image = compile(prog, R"(package main
func add(a, b int) int { return a + b }
func main() { add(1, 2) }
)");
  ASSERT_TRUE(image);
  std::string out;
  vm::disassemble(*image, out);
  EXPECT_NE(out.find("main.add STEXT params=2 results=1"), std::string::npos) << out;
  EXPECT_NE(out.find("main.main STEXT"), std::string::npos);
  EXPECT_NE(out.find("ADD"), std::string::npos);
  EXPECT_NE(out.find("CALL"), std::string::npos);
}

// Runs a compiled function with integer parameters on a fresh thread and
// returns its first result word.
uint64_t runWithArgs(const vm::Image& image, const vm::Proto* fn, std::initializer_list<uint64_t> args) {
  vm::Thread thread;
  thread.globals = image.globals;
  uint64_t* base = thread.stack + vm::kFrameHeaderWords;
  memset(base, 0, fn->frameWords * 8);
  size_t k = 0;
  for (uint64_t a : args) base[k++] = a;
  EXPECT_TRUE(vm::executeAt(thread, fn, base));
  return thread.stack[vm::kFrameHeaderWords + fn->paramWords];
}

TEST(Interpreter, RunsRecursionOnItsOwnStack) {
  Program prog;
  auto image = compile(prog, R"(package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}
func main() {}
)");
  ASSERT_TRUE(image);
  EXPECT_EQ(runWithArgs(*image, findProto(*image, "main.fib"), {20}), 6765u);
  // Deep enough to grow the goroutine stack several times.
  EXPECT_EQ(runWithArgs(*image, findProto(*image, "main.depth"), {200000}), 200000u);
}

TEST(Interpreter, IntegerWidthsWrapAsInGo) {
  Program prog;
  auto image = compile(prog, R"(package main
func i8(a int8) int8 { return a + 1 }
func u16(a uint16) uint16 { return a * 3 }
func div(a, b int) int { return a / b }
func shl(a uint32, s uint) uint32 { return a << s }
func main() {}
)");
  ASSERT_TRUE(image);
  EXPECT_EQ(int64_t(runWithArgs(*image, findProto(*image, "main.i8"), {127})), -128);
  EXPECT_EQ(runWithArgs(*image, findProto(*image, "main.u16"), {30000}), 24464u);
  EXPECT_EQ(int64_t(runWithArgs(*image, findProto(*image, "main.div"), {uint64_t(INT64_MIN), uint64_t(-1)})),
            INT64_MIN);
  EXPECT_EQ(runWithArgs(*image, findProto(*image, "main.shl"), {1, 40}), 0u);
  EXPECT_EQ(runWithArgs(*image, findProto(*image, "main.shl"), {1, 31}), 0x80000000u);
}

TEST(Interpreter, HandBuiltProtoRuns) {
  // R2 = R0 + R1; return
  vm::Image image;
  vm::Proto* p = image.newProto();
  p->name = "test.add";
  p->paramWords = 2;
  p->resultWords = 1;
  p->frameWords = 3;
  vm::Closure cl{p};
  p->staticClosure = &cl;
  p->code = {vm::Instr{Op::ADD, 0, 2, 0, 1}, vm::Instr{Op::RET, 0, 0, 0, 0}};
  p->lines = {1, 1};
  EXPECT_EQ(runWithArgs(image, p, {40, 2}), 42u);
}


// The global word an instruction of fn's code with opcode op addresses (its bx).
uint32_t globalWordUsedBy(const vm::Proto* fn, Op op) {
  for (auto& in : fn->code)
    if (in.op == op) return in.bx();
  ADD_FAILURE() << fn->name << " has no " << vm::opName(op);
  return 0;
}

bool globalWordIsPointer(const vm::Image& image, uint32_t w) {
  return w / 8 < image.globalPointerMap.size() && ((image.globalPointerMap[w / 8] >> (w % 8)) & 1);
}

TEST(Lowering, LargeGlobalsAreInlineWithAnExactPointerMap) {
  // big is over the frame limit (kMaxFrameValueWords): frames would hold it
  // as a pointer, but the global segment holds all of its 600 words.
  Program prog;
  auto image = compile(prog, R"(package main
type cell struct {
	n int
	p *int
}
var before int
var big [300]cell
var after *int
func beforeAddr() *int { return &before }
func bigAddr() *[300]cell { return &big }
func afterAddr() **int { return &after }
func main() {}
)");
  ASSERT_TRUE(image);
  uint32_t before = globalWordUsedBy(findProto(*image, "main.beforeAddr"), Op::GADDR);
  uint32_t big = globalWordUsedBy(findProto(*image, "main.bigAddr"), Op::GADDR);
  uint32_t after = globalWordUsedBy(findProto(*image, "main.afterAddr"), Op::GADDR);
  EXPECT_EQ(big, before + 1);
  EXPECT_EQ(after, big + 600);
  EXPECT_GE(image->globalWords, after + 1);
  EXPECT_FALSE(globalWordIsPointer(*image, before));
  for (uint32_t w = 0; w < 600; w++)
    EXPECT_EQ(globalWordIsPointer(*image, big + w), w % 2 == 1) << w;
  EXPECT_TRUE(globalWordIsPointer(*image, after));
}

TEST(Lowering, GlobalsOverTheLinkerLimitAreRejected) {
  Program prog;
  Diagnostics diags;
  ASSERT_TRUE(loadProgramFromSource(
      prog, "./prog.go", "package main\nvar g [3e9]byte\nfunc main() { g[1] = 1 }\n", diags));
  lowerProgram(prog, diags);
  ASSERT_FALSE(diags.formatted().empty());
  EXPECT_EQ(diags.formatted()[0],
            "./prog.go:2:5: main.g: symbol too large (3000000000 bytes > 2000000000 bytes)");
}

TEST(Lowering, LargeMapAndChannelOperandsArePointersToCopies) {
  Program prog;
  auto image = compile(prog, R"(package main
type big [300]int
func load(m map[big]big, k big) big { return m[k] }
func store(m map[string]big, v big) { m["k"] = v }
func recv(c chan big) big { return <-c }
func send(c chan big, v big) { c <- v }
func small(m map[int]int, c chan int) int { m[1] = 2; c <- 3; return m[1] + <-c }
func main() {}
)");
  ASSERT_TRUE(image);
  auto xOf = [&](const char* fn, Op op) -> int {
    const vm::Proto* p = findProto(*image, fn);
    for (size_t k = 0; k < p->code.size(); k++) {
      if (p->code[k].op != op) continue;
      // A load fills a copy allocated just before it.
      if (op == Op::MAPLOAD || op == Op::RECV) {
        bool allocated = false;
        for (size_t j = 0; j < k; j++)
          allocated |= p->code[j].op == Op::NEW && p->code[j].a == p->code[k].a;
        if ((p->code[k].x & vm::kXIndirectValue) && !allocated)
          ADD_FAILURE() << fn << ": no copy to fill";
      }
      return p->code[k].x;
    }
    return -1;
  };
  EXPECT_EQ(xOf("main.load", Op::MAPLOAD), vm::kXIndirectKey | vm::kXIndirectValue);
  EXPECT_EQ(xOf("main.store", Op::MAPSTORE), vm::kXIndirectValue);
  EXPECT_EQ(xOf("main.recv", Op::RECV), vm::kXIndirectValue);
  EXPECT_EQ(xOf("main.send", Op::SEND), vm::kXIndirectValue);
  EXPECT_EQ(xOf("main.small", Op::MAPSTORE), 0);
  EXPECT_EQ(xOf("main.small", Op::MAPLOAD), 0);
  EXPECT_EQ(xOf("main.small", Op::SEND), 0);
  EXPECT_EQ(xOf("main.small", Op::RECV), 0);
}

}  // namespace
}  // namespace golem
