// Escape analysis: the errorcheck files of tests/escape (every `// ERROR`
// annotation there was produced by `go build -gcflags='-m -l'` of Go 1.19;
// scripts/check_escape.sh re-derives them and also checks columns and
// order), plus the decisions exposed to the lowering.
#include "compiler/escape.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compiler/escape_internal.h"
#include "compiler/program.h"

namespace golem {
namespace {

namespace fs = std::filesystem;

fs::path escapeDir() { return fs::path(__FILE__).parent_path().parent_path() / "escape"; }

// The quoted strings after "// ERROR" on one line, unquoted.
std::vector<std::string> annotations(const std::string& line) {
  std::vector<std::string> out;
  size_t at = line.find("// ERROR ");
  if (at == std::string::npos) return out;
  for (size_t i = at + 9; i < line.size(); i++) {
    if (line[i] != '"') continue;
    std::string s;
    for (i++; i < line.size() && line[i] != '"'; i++) {
      if (line[i] == '\\' && i + 1 < line.size()) i++;
      s += line[i];
    }
    out.push_back(s);
  }
  return out;
}

TEST(EscapeErrorcheck, EveryFileMatchesGo) {
  ASSERT_TRUE(fs::exists(escapeDir())) << escapeDir();
  int files = 0, expectedLines = 0;
  for (const auto& entry : fs::directory_iterator(escapeDir())) {
    if (entry.path().extension() != ".go") continue;
    files++;
    SCOPED_TRACE(entry.path().filename().string());
    std::map<int, std::multiset<std::string>> want, got;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); n++) {
      for (auto& a : annotations(line)) want[n].insert(a);
      if (!annotations(line).empty()) expectedLines++;
    }
    Program prog;
    Diagnostics diags;
    ASSERT_TRUE(loadProgram(prog, entry.path().string(), diags)) << diags.formatted().front();
    escape::EscapeResult r = escape::analyzeEscapes(prog, 1);
    for (const auto& m : r.messages)
      if (!m.flow) got[m.pos.line].insert(m.text);
    for (const auto& [n, msgs] : want) {
      EXPECT_EQ(got[n], msgs) << "line " << n;
    }
    for (const auto& [n, msgs] : got)
      if (!want.count(n)) ADD_FAILURE() << "line " << n << ": unexpected " << *msgs.begin();
  }
  EXPECT_GE(files, 10);
  EXPECT_GE(expectedLines, 60);
}

struct Analysed {
  Program prog;
  escape::EscapeResult result;
};

std::unique_ptr<Analysed> analyse(const std::string& src) {
  auto a = std::make_unique<Analysed>();
  Diagnostics diags;
  if (!loadProgramFromSource(a->prog, "./x.go", src, diags)) {
    ADD_FAILURE() << (diags.formatted().empty() ? "load failed" : diags.formatted().front());
    return a;
  }
  a->result = escape::analyzeEscapes(a->prog, 1);
  return a;
}

std::vector<std::string> lines(const escape::EscapeResult& r) { return escape::escapeDiagnosticLines(r, 1); }

TEST(Escape, ReturningAddressOfLocalMovesItToHeap) {
  auto a = analyse("package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n");
  EXPECT_EQ(lines(a->result), std::vector<std::string>{"./x.go:4:2: moved to heap: x"});
  ASSERT_EQ(a->result.movedToHeap.size(), 1u);
  EXPECT_EQ((*a->result.movedToHeap.begin())->name, "x");
}

TEST(Escape, NonEscapingLiteralGetsFrameStorage) {
  auto a = analyse(
      "package main\n\ntype T struct{ a int }\n\nfunc f() int {\n\tp := &T{1}\n\treturn p.a\n}\n\n"
      "func g() *T {\n\treturn &T{2}\n}\n\nfunc main() { _ = f(); _ = g() }\n");
  EXPECT_EQ(lines(a->result), (std::vector<std::string>{"./x.go:6:7: &T{...} does not escape",
                                                         "./x.go:11:9: &T{...} escapes to heap"}));
  // Only main's sites: package runtime is always loaded and analysed too.
  size_t mainSites = 0;
  for (const auto* e : a->result.heapSites)
    if (e->pos.file && e->pos.file->displayName == "./x.go") mainSites++;
  EXPECT_EQ(mainSites, 1u);
}

TEST(Escape, LeakSummariesUsedAtCallSites) {
  auto a = analyse(
      "package main\n\nvar g *int\n\nfunc keep(p *int) { g = p }\n\nfunc look(p *int) int { return *p }\n\n"
      "func main() {\n\tx, y := 1, 2\n\tkeep(&x)\n\t_ = look(&y)\n}\n");
  EXPECT_EQ(lines(a->result), (std::vector<std::string>{"./x.go:5:11: leaking param: p",
                                                         "./x.go:7:11: p does not escape",
                                                         "./x.go:10:2: moved to heap: x"}));
}

TEST(Escape, ClosureCaptureByValueOrReference) {
  auto a = analyse(
      "package main\n\nfunc main() {\n\ta, b := 1, 2\n\tf := func() int { b++; return a + b }\n\t_ = f()\n}\n");
  ASSERT_EQ(a->result.capturedByValue.size(), 1u);
  EXPECT_EQ((*a->result.capturedByValue.begin())->name, "a");
  EXPECT_EQ(lines(a->result), std::vector<std::string>{"./x.go:5:7: func literal does not escape"});
}

// gc's dead auto elimination: the arrays whose elements nothing reads. Every
// variable named w* is write-only; every r* has a read of some kind.
TEST(Escape, WriteOnlyArraysAreFoundAndEveryReadKeepsTheStores) {
  auto a = analyse(R"(package main

var sink []int

func named() (r1 [2]int) {
	r1[0] = 1
	return
}

func param(r2 []int) { r2[0] = 1 }

func main() {
	w1 := make([]*int, 8)
	x := 1
	w1[x%len(w1)] = &x
	var w2 [4]string
	w2[cap(w2)-1] = "a"
	w3 := []int{1, 2}
	(w3)[0] = len(w3)
	w4 := [3]int{}
	func() { w4[1] = 2 }()

	r3 := make([]int, 2)
	r3[0] = r3[1]
	r4 := make([]int, 2)
	r4[0] = 1
	for range r4 {
	}
	r5 := make([]int, 2)
	r5[0] = 1
	sink = r5[:1]
	r6 := make([]int, 2)
	r6[0] += 1
	r7 := sink
	r7[0] = 1
	var r8 []int = make([]int, 1)
	r8 = make([]int, 2)
	r8[0] = 1
	var r9 [2]int
	r9[0] = 1
	p := &r9
	_ = p
	r10 := make([]int, 1)
	r10[0]++
	r11 := make([]int, 1)
	func() { _ = r11[0] }()
	var r12 [2][2]int
	r12[0][1] = 1
	_ = named()
	param(nil)
}
)");
  std::set<std::string> got;
  for (const types::Var* v : a->result.writeOnlyArrays)
    if (v->pos.file && v->pos.file->displayName == "./x.go") got.insert(v->name);
  EXPECT_EQ(got, (std::set<std::string>{"w1", "w2", "w3", "w4"}));
}

TEST(Escape, FlowExplanationsAtLevelTwo) {
  Program prog;
  Diagnostics diags;
  ASSERT_TRUE(loadProgramFromSource(prog, "./x.go", "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n", diags));
  auto r = escape::analyzeEscapes(prog, 2);
  EXPECT_EQ(escape::escapeDiagnosticLines(r, 2),
            (std::vector<std::string>{"./x.go:4:2: x escapes to heap:", "./x.go:4:2:   flow: ~r0 = &x:",
                                      "./x.go:4:2:     from &x (address-of) at ./x.go:5:9",
                                      "./x.go:4:2:     from return &x (return) at ./x.go:5:2",
                                      "./x.go:4:2: moved to heap: x"}));
}

TEST(Escape, LeaksOptimizeDropsLongerResultFlows) {
  escape::Leaks l;
  l.addHeap(1);
  l.addResult(0, 1);
  l.addResult(1, 0);
  l.optimize();
  EXPECT_EQ(l.heap(), 1);
  EXPECT_EQ(l.result(0), -1);
  EXPECT_EQ(l.result(1), 0);
}

}  // namespace
}  // namespace golem
