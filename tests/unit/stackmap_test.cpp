// Stack maps (vm/stackmap.h): which frame words are live while a frame
// waits on a call. Each test compiles a small program and reads the map of
// main.main (or another function) at its call of main.wait.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/compile_program.h"
#include "vm/stackmap.h"

namespace golem {
namespace {

using vm::Op;

const std::string kHelpers = R"(
type node struct{ left, right *node }

func mk() *node         { return &node{} }
func use(n *node) int   { if n == nil { return 0 }; return 1 }
func wait()             {}
)";

struct CallSite {
  uint32_t pc = 0;
  uint32_t headerWord = 0;          // the call's a operand
  std::vector<uint32_t> liveWords;  // below the header
};

// The call sites of `callee` in function `fn` of the program, with their maps.
std::vector<CallSite> callsOf(const vm::Image& image, const std::string& fn, const std::string& callee) {
  std::vector<CallSite> sites;
  const vm::Proto* p = findProto(image, fn);
  if (!p) {
    ADD_FAILURE() << "no function " << fn;
    return sites;
  }
  const vm::StackMaps& maps = vm::stackMapsOf(*p);
  for (uint32_t pc = 0; pc < p->code.size(); pc++) {
    const vm::Instr& in = p->code[pc];
    if (in.op != Op::CALL || p->protos[in.bx()]->name != callee) continue;
    const uint64_t* live = maps.liveAt(pc);
    if (!live) {
      ADD_FAILURE() << "no map at pc " << pc;
      continue;
    }
    CallSite site{pc, in.a, {}};
    for (uint32_t w = 0; w < in.a; w++)
      if (vm::wordInMap(live, w)) site.liveWords.push_back(w);
    sites.push_back(site);
  }
  return sites;
}

std::vector<CallSite> waitsInMain(Program& prog, std::unique_ptr<vm::Image>& image, const std::string& body) {
  image = compile(prog, "package main\n" + kHelpers + "func main() {\n" + body + "\n}\n");
  if (!image) return {};
  return callsOf(*image, "main.main", "main.wait");
}

TEST(StackMaps, DeadCallResultIsNotLiveAtLaterCall) {
  // mk()'s result is dead once use has it: binary-trees' stretch tree.
  Program prog;
  std::unique_ptr<vm::Image> image;
  auto sites = waitsInMain(prog, image, "x := use(mk())\nwait()\nprintln(x)");
  ASSERT_EQ(sites.size(), 1u);
  // Only x (an int) is live.
  ASSERT_EQ(sites[0].liveWords.size(), 1u);
  const vm::Proto* mainFn = findProto(*image, "main.main");
  EXPECT_FALSE(mainFn->wordIsPointer(sites[0].liveWords[0]));
}

TEST(StackMaps, VariableReadAfterCallIsLive) {
  Program prog;
  std::unique_ptr<vm::Image> image;
  auto sites = waitsInMain(prog, image, "p := mk()\nwait()\nprintln(use(p))");
  ASSERT_EQ(sites.size(), 1u);
  ASSERT_EQ(sites[0].liveWords.size(), 1u);
  EXPECT_TRUE(findProto(*image, "main.main")->wordIsPointer(sites[0].liveWords[0]));
}

TEST(StackMaps, VariableIsDeadAfterItsLastUse) {
  Program prog;
  std::unique_ptr<vm::Image> image;
  auto sites = waitsInMain(prog, image, "p := mk()\nprintln(use(p))\nwait()\nprintln(1)");
  ASSERT_EQ(sites.size(), 1u);
  EXPECT_TRUE(sites[0].liveWords.empty());
}

TEST(StackMaps, LoopCarriesLivenessAroundItsBackEdge) {
  // p is read at the top of the next iteration, after wait returns.
  Program prog;
  std::unique_ptr<vm::Image> image;
  auto sites = waitsInMain(prog, image,
                           "p := mk()\nn := 0\nfor i := 0; i < 3; i++ {\nn += use(p)\nwait()\n}\nprintln(n)");
  ASSERT_EQ(sites.size(), 1u);
  const vm::Proto* mainFn = findProto(*image, "main.main");
  int pointers = 0;
  for (uint32_t w : sites[0].liveWords) pointers += mainFn->wordIsPointer(w);
  EXPECT_EQ(pointers, 1);  // p
  EXPECT_GE(sites[0].liveWords.size(), 3u);  // and n, i
}

TEST(StackMaps, AddressTakenWordsAreAlwaysLive) {
  // Comparing arrays passes their frame addresses (FRAMEADDR) to MEMEQ.
  Program prog;
  std::unique_ptr<vm::Image> image;
  auto sites = waitsInMain(prog, image,
                           "a := [3]*node{mk(), nil, nil}\nb := a\nprintln(a == b)\nwait()\nprintln(2)");
  ASSERT_EQ(sites.size(), 1u);
  EXPECT_GE(sites[0].liveWords.size(), 6u);  // a and b, though neither is read again
}

TEST(StackMaps, ResultsAreLiveWhereARecoveredPanicResumes) {
  // f's named result is read by the epilogue a recovered panic jumps to,
  // so it is live at the call even though the straight path overwrites it.
  Program prog;
  auto image = compile(prog, "package main\n" + kHelpers + R"(
func f() (r *node) {
	defer func() { recover() }()
	r = mk()
	wait()
	r = nil
	return
}
func main() { println(f() == nil) }
)");
  ASSERT_TRUE(image);
  auto sites = callsOf(*image, "main.f", "main.wait");
  ASSERT_EQ(sites.size(), 1u);
  const vm::Proto* f = findProto(*image, "main.f");
  bool resultLive = false;
  for (uint32_t w : sites[0].liveWords) resultLive |= (w == f->paramWords);
  EXPECT_TRUE(resultLive);
}

TEST(StackMaps, EveryCallOfEveryFunctionHasAMap) {
  // The stdlib's functions too: every frame call gets a map, below its header.
  Program prog;
  auto image = compile(prog, R"(package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	s := []string{"b", "a"}
	sort.Strings(s)
	fmt.Println(strings.Join(s, ","))
}
)");
  ASSERT_TRUE(image);
  size_t calls = 0;
  for (auto& p : image->protos) {
    if (p->native) continue;
    const vm::StackMaps& maps = vm::stackMapsOf(*p);
    for (uint32_t pc = 0; pc < p->code.size(); pc++) {
      const vm::Instr& in = p->code[pc];
      if (!vm::isFrameCall(in.op)) continue;
      calls++;
      const uint64_t* live = maps.liveAt(pc);
      ASSERT_NE(live, nullptr) << p->name << " pc " << pc;
      for (uint32_t w = in.a; w < p->frameWords; w++)
        EXPECT_FALSE(vm::wordInMap(live, w)) << p->name << " pc " << pc << " word " << w;
    }
    EXPECT_EQ(maps.liveAt(uint32_t(p->code.size())), nullptr);
  }
  EXPECT_GT(calls, 100u);
}

TEST(StackMaps, BlockedGoroutineFrameKeepsOnlyWhatItReadsLater) {
  // The innermost frame of a goroutine blocked in a receive: live-in at the
  // receive (the pc it is stopped in) and after it (where it resumes).
  Program prog;
  auto image = compile(prog, "package main\n" + kHelpers + R"(
func worker(c chan int, done chan bool) {
	n := use(mk())
	p := mk()
	v := <-c
	println(n + v + use(p))
	done <- true
}
func main() {
	c, done := make(chan int), make(chan bool)
	go worker(c, done)
	c <- 1
	<-done
}
)");
  ASSERT_TRUE(image);
  const vm::Proto* w = findProto(*image, "main.worker");
  ASSERT_TRUE(w);
  const vm::StackMaps& maps = vm::stackMapsOf(*w);
  uint32_t recv = 0;
  while (recv < w->code.size() && w->code[recv].op != Op::RECV) recv++;
  ASSERT_LT(recv, w->code.size());
  for (uint32_t pc : {recv, recv + 1}) {
    const uint64_t* live = maps.liveInAt(pc);
    ASSERT_NE(live, nullptr) << pc;
    int pointers = 0;
    for (uint32_t word = 0; word < w->frameWords; word++)
      if (vm::wordInMap(live, word) && w->wordIsPointer(word)) pointers++;
    // done and p; not the first mk()'s result. c too while the receive runs.
    EXPECT_EQ(pointers, pc == recv ? 3 : 2) << pc;
  }
  // Every stop instruction of every function has both sets.
  for (auto& p : image->protos) {
    if (p->native) continue;
    const vm::StackMaps& m = vm::stackMapsOf(*p);
    for (uint32_t pc = 0; pc + 1 < p->code.size(); pc++) {
      if (!vm::isStopInstr(p->code[pc].op)) continue;
      EXPECT_NE(m.liveInAt(pc), nullptr) << p->name << " " << pc;
      EXPECT_NE(m.liveInAt(pc + 1), nullptr) << p->name << " " << pc + 1;
    }
  }
}

}  // namespace
}  // namespace golem

namespace golem {
namespace {

// The frame typing that precise scanning relies on: an instruction that can
// leave a heap pointer in a frame word writes a word the function's pointer
// map marks (a scalar-typed word holding the only reference to an object
// would let the collector free it). Returns one line per violation.
std::vector<std::string> untypedPointerWrites(const vm::Proto& p) {
  std::vector<std::string> bad;
  auto need = [&](uint32_t pc, uint32_t w, const char* why) {
    if (w < p.frameWords && !p.wordIsPointer(w))
      bad.push_back(p.name + " pc " + std::to_string(pc) + " " + vm::opName(p.code[pc].op) + ": word " +
                    std::to_string(w) + " (" + why + ")");
  };
  for (uint32_t pc = 0; pc < p.code.size(); pc++) {
    const vm::Instr& in = p.code[pc];
    switch (in.op) {
      case Op::NEW: case Op::MAKECHAN: case Op::MAKEMAP: case Op::CLOSURE: case Op::ADDPTR:
      case Op::IDXADDR: case Op::SLICE2ARRPTR: case Op::CAPTURE: case Op::MAKESLICE:
      case Op::APPENDN: case Op::APPENDSL: case Op::APPENDSTR: case Op::SLICE: case Op::STR2BYTES:
      case Op::STR2RUNES: case Op::SCONCAT: case Op::SCONCATN: case Op::SSLICE: case Op::BYTES2STR:
      case Op::RUNES2STR: case Op::RUNE2STR:
        need(pc, in.a, "a heap address");
        break;
      case Op::MKIFACE: case Op::CONVI: case Op::ASSERTI: case Op::RECOVER:
        need(pc, in.a + 1, "an interface's data word");
        break;
      case Op::MOV: case Op::MOV2: case Op::MOV3: case Op::MOVN: {
        uint32_t n = in.op == Op::MOV ? 1 : in.op == Op::MOV2 ? 2 : in.op == Op::MOV3 ? 3 : in.c;
        for (uint32_t k = 0; k < n; k++)
          if (p.wordIsPointer(in.b + k)) need(pc, in.a + k, "a copy of a pointer word");
        break;
      }
      case Op::ADD: case Op::SUB:
        if (p.wordIsPointer(in.b)) need(pc, in.a, "pointer arithmetic");
        break;
      default:
        break;
    }
  }
  return bad;
}

TEST(FrameTyping, PointerValuesLandInPointerTypedWords) {
  // The functions of every fourth golden program (by name) and of the
  // standard library: compiling all of them takes 40 s.
  std::vector<std::filesystem::path> sources;
  for (const auto& entry : std::filesystem::directory_iterator(GOLEM_SOURCE_DIR "/tests/go"))
    if (entry.path().extension() == ".go") sources.push_back(entry.path());
  std::sort(sources.begin(), sources.end());
  std::vector<std::string> bad;
  size_t programs = 0;
  for (size_t k = 0; k < sources.size(); k += 4) {
    const std::filesystem::path& path = sources[k];
    std::ifstream in(path);
    std::stringstream src;
    src << in.rdbuf();
    Program prog;
    Diagnostics diags;
    if (!loadProgramFromSource(prog, "./prog.go", src.str(), diags)) continue;  // a compile-error test
    auto image = lowerProgram(prog, diags);
    if (!image) continue;
    programs++;
    for (auto& p : image->protos) {
      if (p->native) continue;
      for (auto& line : untypedPointerWrites(*p)) bad.push_back(path.filename().string() + ": " + line);
    }
  }
  EXPECT_GT(programs, 80u);
  std::sort(bad.begin(), bad.end());
  bad.erase(std::unique(bad.begin(), bad.end()), bad.end());
  for (size_t k = 0; k < bad.size() && k < 50; k++) ADD_FAILURE() << bad[k];
  EXPECT_EQ(bad.size(), 0u);
}

}  // namespace
}  // namespace golem
