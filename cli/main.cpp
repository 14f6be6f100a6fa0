// golem's command line: run, build, repl, version; `golem file.go` is run,
// `golem` alone on a terminal is the REPL (cli/repl.cpp).
//
//   golem run [-gcflags='-m -l -S'] [-jit=auto|off|eager] file.go [args]
//   golem build [-gcflags=...] file.go
//   golem repl
//   golem version
//
// Flags take Go's forms: -flag=value, -flag value, --flag=value.
#include <unistd.h>

#include <malloc.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/repl.h"
#include "compiler/escape.h"
#include "compiler/lower.h"
#include "compiler/program.h"
#include "runtime/args.h"
#include "runtime/output.h"
#include "vm/proto.h"

namespace {

struct Options {
  std::string command;
  std::string file;
  std::vector<std::string> args;
  int escapeLevel = 0;  // -m
  bool noInline = false;  // -l
  bool printBytecode = false;  // -S
  std::string jit = "auto";
};

void usage() {
  fprintf(stderr,
          "usage: golem run [-gcflags=flags] [-jit=auto|off|eager] file.go [arguments...]\n"
          "       golem build [-gcflags=flags] file.go\n"
          "       golem repl\n"
          "       golem version\n"
          "       golem file.go [arguments...]\n");
}

bool parseGcflags(const std::string& value, Options& opts) {
  size_t pos = 0;
  while (pos < value.size()) {
    while (pos < value.size() && value[pos] == ' ') pos++;
    size_t end = value.find(' ', pos);
    if (end == std::string::npos) end = value.size();
    std::string flag = value.substr(pos, end - pos);
    pos = end;
    if (flag.empty()) continue;
    if (flag == "-m") opts.escapeLevel++;
    else if (flag.rfind("-m=", 0) == 0) opts.escapeLevel = std::atoi(flag.c_str() + 3);
    else if (flag == "-l") opts.noInline = true;
    else if (flag == "-S") opts.printBytecode = true;
    else {
      fprintf(stderr, "golem: unknown -gcflags flag %s\n", flag.c_str());
      return false;
    }
  }
  return true;
}

// Parses flags up to the first non-flag argument (the file).
bool parseFlags(int argc, char** argv, int i, Options& opts) {
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a.size() < 2 || a[0] != '-') break;
    std::string name = a.substr(a[1] == '-' ? 2 : 1);
    std::string value;
    bool hasValue = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      hasValue = true;
    }
    auto takeValue = [&]() -> bool {
      if (hasValue) return true;
      if (i + 1 >= argc) {
        fprintf(stderr, "golem: flag needs an argument: -%s\n", name.c_str());
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (name == "gcflags") {
      if (!takeValue() || !parseGcflags(value, opts)) return false;
    } else if (name == "jit") {
      if (!takeValue()) return false;
      if (value != "auto" && value != "off" && value != "eager") {
        fprintf(stderr, "golem: invalid -jit value \"%s\": want auto, off or eager\n", value.c_str());
        return false;
      }
      opts.jit = value;
    } else {
      fprintf(stderr, "flag provided but not defined: -%s\n", name.c_str());
      usage();
      return false;
    }
  }
  if (i >= argc) {
    fprintf(stderr, "golem %s: no go files listed\n", opts.command.c_str());
    return false;
  }
  opts.file = argv[i++];
  for (; i < argc; i++) opts.args.push_back(argv[i]);
  return true;
}

void printDiagnostics(const golem::Diagnostics& diags) {
  std::string out = "# command-line-arguments\n";
  for (const auto& line : diags.formatted()) out += line + "\n";
  golem::rt::writeStderr(out.data(), out.size());
}

int compileAndRun(const Options& opts) {
  auto program = std::make_unique<golem::Program>();
  golem::Program& prog = *program;
  golem::Diagnostics diags;
  if (!golem::loadProgram(prog, opts.file, diags)) {
    printDiagnostics(diags);
    return 2;
  }
  if (opts.escapeLevel > 0) {
    std::ostringstream m;
    m << "# command-line-arguments\n";
    golem::escape::printEscapeDiagnostics(prog, opts.escapeLevel, m);
    std::string s = m.str();
    golem::rt::writeStderr(s.data(), s.size());
  }
  auto image = golem::lowerProgram(prog, diags);
  if (!image) {
    printDiagnostics(diags);
    return 2;
  }
  if (opts.printBytecode) {
    std::string out = "# command-line-arguments\n";
    golem::vm::disassemble(*image, out);
    golem::rt::writeStderr(out.data(), out.size());
  }
  if (opts.command == "build") return 0;
  std::vector<std::string> args{opts.file};
  args.insert(args.end(), opts.args.begin(), opts.args.end());
  golem::rt::setProgramArgs(std::move(args));
  // The program image holds all that running needs. The syntax trees, the
  // checker's types and the sources (most of the compiler's memory) are
  // freed on another thread while the program starts, and malloc hands
  // their pages back to the system.
  std::thread([doomed = std::move(program)]() mutable {
    doomed.reset();
    malloc_trim(0);
  }).detach();
  return golem::vm::runImage(*image);
}

// The REPL's goroutines may still run at its end: leave without running
// static destructors under them.
[[noreturn]] void runRepl() {
  int status = golem::repl::run();
  golem::rt::flushStdout();
  _exit(status);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    if (isatty(STDIN_FILENO)) runRepl();
    usage();
    return 2;
  }
  Options opts;
  std::string cmd = argv[1];
  if (cmd == "version") {
    printf("golem version %s (Go 1.19 language subset)\n", GOLEM_VERSION);
    return 0;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    usage();
    return 0;
  }
  int first = 2;
  if (cmd == "run" || cmd == "build") {
    opts.command = cmd;
  } else if (cmd.size() > 3 && cmd.compare(cmd.size() - 3, 3, ".go") == 0) {
    opts.command = "run";
    first = 1;
  } else if (cmd == "repl") {
    runRepl();
  } else {
    fprintf(stderr, "golem %s: unknown command\n", cmd.c_str());
    usage();
    return 2;
  }
  if (!parseFlags(argc, argv, first, opts)) return 2;
  int status = compileAndRun(opts);
  golem::rt::flushStdout();
  return status;
}
