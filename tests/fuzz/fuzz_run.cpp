// Fuzz target: runs small generated Go programs to the end.
//
// The input bytes are not Go source: they drive a generator (below) that
// writes a well-typed program (ints, bools, strings, []int, map[int]int,
// a struct, helper functions, a closure, defer/recover) whose loops are all
// bounded, so every program ends quickly by itself. The program is compiled
// in this process (so coverage guides the generator's choices through the
// compiler) and run in a forked child, because a Go panic or fatal error ends
// the process (_exit(2)) and the interpreter has no step limit of its own:
// the child's alarm is the step limit.
//
// What counts as a bug:
//   - the generated program does not compile (a golem or generator bug;
//     set GOLEM_FUZZ_VERBOSE=1 to print the program and the diagnostics);
//   - the child dies of a signal (SIGSEGV, SIGABRT from an assertion or
//     a sanitizer, ...) or exits with a status other than 0 or 2;
//   - the child exits with 2 without "panic: " or "fatal error: " on stderr;
//   - the child is still running after kRunSeconds (the program is bounded,
//     so that is a hang).
// The child's stdout goes to /dev/null; its stderr is kept and printed when
// the run is a bug. Comparing the output with `go run`'s is not done here
// (differential testing is planned, docs/RELIABILITY.md).
#include <fcntl.h>
#include <fuzzer/FuzzedDataProvider.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "compiler/lower.h"
#include "compiler/program.h"
#include "vm/proto.h"

namespace {

constexpr unsigned kRunSeconds = 20;

// Writes one program from the fuzzer's bytes. Every choice consumes bytes;
// when they run out the provider returns zeros, which pick the simplest
// forms, so generation always ends.
class ProgramGenerator {
 public:
  explicit ProgramGenerator(FuzzedDataProvider& in) : in_(in) {}

  std::string generate() {
    out_ = "package main\n\nimport \"fmt\"\n\n";
    out_ += "type T struct {\n\ta int\n\ts string\n\tp *T\n}\n\n";
    out_ += "func opaque(x int) int { return x }\n\n";
    out_ += "func (t *T) get() int {\n\tif t == nil {\n\t\treturn -1\n\t}\n\treturn t.a\n}\n\n";
    int helpers = in_.ConsumeIntegralInRange(0, 3);
    for (int f = 0; f < helpers; f++) helperFunction(f);
    helpers_ = helpers;
    out_ += "func main() {\n";
    out_ += "\tv0, v1, v2 := " + intLiteral() + ", " + intLiteral() + ", " + intLiteral() + "\n";
    out_ += "\tb0 := " + intLiteral() + " < " + intLiteral() + "\n";
    out_ += "\tstr0, str1 := \"go\", " + stringLiteral() + "\n";
    out_ += "\ts0 := []int{" + intLiteral() + ", " + intLiteral() + "}\n";
    out_ += "\tvar s1 []int\n";
    out_ += "\tm0 := map[int]int{" + intLiteral() + ": " + intLiteral() + "}\n";
    out_ += "\tt0 := &T{a: " + intLiteral() + ", s: " + stringLiteral() + "}\n";
    out_ += "\tvar t1 *T\n";
    out_ += "\tadd := func(x int) int { v0 += x; return v0 }\n";
    ints_ = {"v0", "v1", "v2"};
    assignable_ = ints_.size();
    int statements = in_.ConsumeIntegralInRange(1, 25);
    for (int i = 0; i < statements && in_.remaining_bytes() > 0; i++) statement(1);
    out_ += "\tfmt.Println(v0, v1, v2, b0, str0, str1, s0, s1, len(m0), t0.a, t0.s, t1.get(), add(0))\n";
    out_ += "}\n";
    return out_;
  }

 private:
  void helperFunction(int f) {
    out_ += "func f" + std::to_string(f) + "(a, b int) int {\n";
    ints_ = {"a", "b"};
    assignable_ = ints_.size();
    helpers_ = f;  // a helper calls only earlier helpers: no recursion
    inHelper_ = true;
    int statements = in_.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < statements; i++) statement(1);
    out_ += "\treturn " + intExpr(2) + "\n}\n\n";
    inHelper_ = false;
  }

  std::string indent(int depth) { return std::string(size_t(depth), '\t'); }

  void statement(int depth) {
    std::string in = indent(depth);
    if (depth > 3) {
      out_ += in + pickAssignable() + " = " + intExpr(2) + "\n";
      return;
    }
    int choices = inHelper_ ? 4 : 14;
    switch (in_.ConsumeIntegralInRange(0, choices - 1)) {
      case 0: out_ += in + pickAssignable() + " " + pick({"=", "+=", "-=", "*=", "^=", "|="}) + " " + intExpr(3) + "\n"; break;
      case 1: {  // bounded loop with a fresh variable
        std::string i = "i" + std::to_string(loopCounter_++);
        out_ += in + "for " + i + " := 0; " + i + " < " + std::to_string(in_.ConsumeIntegralInRange(0, 12)) + "; " + i + "++ {\n";
        ints_.push_back(i);
        block(depth + 1);
        ints_.pop_back();
        out_ += in + "}\n";
        break;
      }
      case 2:
        out_ += in + "if " + boolExpr(2) + " {\n";
        block(depth + 1);
        out_ += in + "} else {\n";
        block(depth + 1);
        out_ += in + "}\n";
        break;
      case 3:
        out_ += in + "switch " + intExpr(1) + " {\n" + in + "case " + intLiteral() + ":\n";
        block(depth + 1);
        out_ += in + "default:\n";
        block(depth + 1);
        out_ += in + "}\n";
        break;
      case 4: out_ += in + "s0 = append(s0, " + intExpr(2) + ")\n"; break;
      case 5: out_ += in + "s1 = append(s1[:len(s1)/2], s0...)\n"; break;
      case 6: out_ += in + "m0[" + intExpr(1) + "] = " + intExpr(2) + "\n"; break;
      case 7: out_ += in + "delete(m0, " + intExpr(1) + ")\n"; break;
      case 8: out_ += in + "str" + pick({"0", "1"}) + " += " + stringExpr(2) + "\n"; break;
      case 9: out_ += in + "b0 = " + boolExpr(2) + "\n"; break;
      case 10:  // a panic caught or not, depending on the generated code
        out_ += in + "func() {\n" + in + "\tdefer func() {\n" + in + "\t\tif r := recover(); r != nil {\n" + in +
                "\t\t\tfmt.Println(\"recovered:\", r)\n" + in + "\t\t}\n" + in + "\t}()\n";
        block(depth + 1);
        out_ += in + "}()\n";
        break;
      case 11: out_ += in + "t1 = &T{a: " + intExpr(2) + ", s: str0, p: t1}\n"; break;
      case 12: out_ += in + "t0.a, t0.s = " + intExpr(2) + ", " + stringExpr(1) + "\n"; break;
      case 13: out_ += in + "for key, value := range m0 {\n" + in + "\tv1 += key * value\n" + in + "}\n"; break;
    }
  }

  void block(int depth) {
    int n = in_.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < n; i++) statement(depth);
  }

  std::string intLiteral() {
    switch (in_.ConsumeIntegralInRange(0, 3)) {
      case 0: return std::to_string(in_.ConsumeIntegralInRange(0, 9));
      case 1: return std::to_string(in_.ConsumeIntegralInRange(-1000, 1000));
      case 2: return "(" + std::to_string(in_.ConsumeIntegral<int64_t>()) + ")";
      default: return pick({"9223372036854775807", "(-9223372036854775807 - 1)", "0x7fffffff", "(-1)"});
    }
  }

  std::string stringLiteral() { return pick({"\"\"", "\"a\"", "\"héllo\"", "\"\\x00\\xff\"", "\"世界\""}); }

  // Loop variables are read but never assigned, so every loop stays bounded.
  std::string pickAssignable() { return ints_[in_.ConsumeIntegralInRange<size_t>(0, assignable_ - 1)]; }

  std::string pickInt() { return ints_[in_.ConsumeIntegralInRange<size_t>(0, ints_.size() - 1)]; }

  std::string pick(std::initializer_list<const char*> options) {
    size_t i = in_.ConsumeIntegralInRange<size_t>(0, options.size() - 1);
    return *(options.begin() + i);
  }

  // An int expression, and whether Go sees it as a constant: an operation
  // on two constants is wrapped in opaque() so that constant overflow and
  // division by a constant zero (compile errors in Go) never happen.
  struct IntExpr {
    std::string text;
    bool constant;
  };

  std::string intExpr(int depth) { return intOperand(depth).text; }

  std::string nonConstant(const IntExpr& e) { return e.constant ? "opaque(" + e.text + ")" : e.text; }

  IntExpr intOperand(int depth) {
    if (depth <= 0) return in_.ConsumeBool() ? IntExpr{pickInt(), false} : IntExpr{intLiteral(), true};
    int choices = inHelper_ ? 5 : 11;
    switch (in_.ConsumeIntegralInRange(0, choices - 1)) {
      case 0: return {pickInt(), false};
      case 1: return {intLiteral(), true};
      case 2: {
        IntExpr x = intOperand(depth - 1);
        std::string op = pick({"+", "-", "*", "/", "%", "&", "|", "^", "&^"});
        IntExpr y = intOperand(depth - 1);
        if (y.constant && (op == "/" || op == "%" || x.constant)) return {"(" + x.text + " " + op + " " + nonConstant(y) + ")", false};
        return {"(" + x.text + " " + op + " " + y.text + ")", false};
      }
      case 3: {
        std::string x = nonConstant(intOperand(depth - 1));
        return {"(" + x + " " + pick({"<<", ">>"}) + " uint(opaque(" + intExpr(depth - 1) + ") & 127))", false};
      }
      case 4:
        if (helpers_ > 0)
          return {"f" + std::to_string(in_.ConsumeIntegralInRange(0, helpers_ - 1)) + "(" + intExpr(depth - 1) + ", " +
                      intExpr(depth - 1) + ")",
                  false};
        return {"-" + pickInt(), false};
      case 5: return {"len(" + pick({"s0", "s1", "str0", "str1", "m0"}) + ")", false};
      case 6: return {"s0[" + intExpr(depth - 1) + " % (len(s0) + 1)]", false};  // may be out of range: a Go panic
      case 7: return {"m0[" + intExpr(depth - 1) + "]", false};
      case 8: return {"int(str0[" + intExpr(depth - 1) + " & 3 % (len(str0) + 1)])", false};
      case 9: return {pick({"t0.get()", "t1.get()", "t0.a", "t1.a"}), false};  // t1 may be nil
      default: return {"add(" + intExpr(depth - 1) + ")", false};
    }
  }

  std::string boolExpr(int depth) {
    switch (in_.ConsumeIntegralInRange(0, inHelper_ ? 1 : 3)) {
      case 0: return "(" + intExpr(depth - 1) + " " + pick({"<", "<=", "==", "!=", ">", ">="}) + " " + intExpr(depth - 1) + ")";
      case 1: return depth > 0 ? "(" + boolExpr(depth - 1) + " " + pick({"&&", "||"}) + " !" + boolExpr(depth - 1) + ")" : "true";
      case 2: return "b0";
      default: return "(" + stringExpr(depth - 1) + " " + pick({"<", "==", ">="}) + " " + stringExpr(depth - 1) + ")";
    }
  }

  std::string stringExpr(int depth) {
    if (depth <= 0) return pick({"str0", "str1"});
    switch (in_.ConsumeIntegralInRange(0, 4)) {
      case 0: return pick({"str0", "str1"});
      case 1: return stringLiteral();
      case 2: return "(" + stringExpr(depth - 1) + " + " + stringExpr(depth - 1) + ")";
      case 3: return "fmt.Sprint(" + intExpr(depth - 1) + ", " + pick({"s0", "b0", "m0", "t0.s"}) + ")";
      default: return "str0[" + intExpr(depth - 1) + " & 1:]";  // may be out of range
    }
  }

  FuzzedDataProvider& in_;
  std::string out_;
  std::vector<std::string> ints_;  // in scope; the first assignable_ may be assigned
  size_t assignable_ = 0;
  int helpers_ = 0;
  int loopCounter_ = 0;
  bool inHelper_ = false;
};

bool verbose() {
  static const bool on = getenv("GOLEM_FUZZ_VERBOSE") != nullptr;
  return on;
}

[[noreturn]] void reportBug(const std::string& what, const std::string& program, int stderrFd) {
  fprintf(stderr, "fuzz_run: %s\n--- program:\n%s--- child's stderr:\n", what.c_str(), program.c_str());
  if (stderrFd >= 0) {
    lseek(stderrFd, 0, SEEK_SET);
    char buf[4096];
    ssize_t n;
    while ((n = read(stderrFd, buf, sizeof buf)) > 0) fwrite(buf, 1, size_t(n), stderr);
  }
  fflush(stderr);
  abort();
}

std::string readAll(int fd) {
  std::string s;
  lseek(fd, 0, SEEK_SET);
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, size_t(n));
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  std::string program = ProgramGenerator(in).generate();
  if (verbose()) fprintf(stderr, "%s", program.c_str());

  golem::Program prog;
  golem::Diagnostics diags;
  std::unique_ptr<golem::vm::Image> image;
  if (golem::loadProgramFromSource(prog, "./prog.go", program, diags)) image = golem::lowerProgram(prog, diags);
  if (!image) {
    std::string message = "generated program does not compile:\n";
    for (const auto& line : diags.formatted()) message += line + "\n";
    reportBug(message, program, -1);
  }

  int stderrFd = memfd_create("fuzz_run_stderr", 0);
  if (stderrFd < 0) return 0;
  fflush(stdout);
  fflush(stderr);
  pid_t child = fork();
  if (child < 0) {
    close(stderrFd);
    return 0;
  }
  if (child == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(stderrFd, 2);
    alarm(kRunSeconds);
    _exit(golem::vm::runImage(*image));
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGALRM) reportBug("the program did not end within " + std::to_string(kRunSeconds) + " s", program, stderrFd);
    reportBug(std::string("the program died of signal ") + strsignal(sig), program, stderrFd);
  }
  int exitStatus = WEXITSTATUS(status);
  if (exitStatus != 0 && exitStatus != 2) reportBug("exit status " + std::to_string(exitStatus), program, stderrFd);
  if (exitStatus == 2) {
    std::string err = readAll(stderrFd);
    if (err.find("panic: ") == std::string::npos && err.find("fatal error: ") == std::string::npos)
      reportBug("exit status 2 without a panic or fatal error", program, stderrFd);
  }
  close(stderrFd);
  return 0;
}
