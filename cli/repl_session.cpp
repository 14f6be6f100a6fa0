// The REPL's session (see repl_session.h, and repl.cpp for the design).
//
// Evaluating an input:
//   1. split it into top-level pieces and build its unit (repl_unit.h), with
//      the session's imports plus automatic ones: an identifier x in x.y
//      that names no session object but a stdlib package imports it;
//   2. check the unit into package main (repl_check.h);
//   3. lower what is new (IncrementalLowerer) and point the new Protos'
//      positions at the user's lines;
//   4. run, on a new goroutine, the initializers of the packages loaded for
//      the input, then the unit's statement functions, then its init
//      functions, and wait for it while watching for Ctrl-C.
// A compile error leaves the session as it was.
#include "cli/repl_session.h"

#include <sys/mman.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <set>
#include <sstream>

#include "cli/repl_interrupt.h"
#include "compiler/escape.h"
#include "runtime/args.h"
#include "runtime/output.h"
#include "stdlib/embedded.h"
#include "vm/proc.h"

namespace golem::repl {

namespace {

// The session's global segment is reserved once and never moves: the
// goroutines of earlier inputs keep pointers to it. Pages are committed as
// the session's variables reach them.
constexpr size_t kGlobalSegmentWords = size_t(1) << 26;  // 512 MiB of address space

constexpr const char* kHiddenPrefix = "__golem";

// Declares what every session needs: the printer of expression statements
// (kShowFunc), and a main, so that package main is complete.
constexpr const char* kPrelude =
    "package main\n"
    "import __golem_fmt \"fmt\"\n"
    "func __golem_show(values ...interface{}) { __golem_fmt.Println(values...) }\n"
    "func main() {}\n";

std::string localName(const ImportSpec& spec) {
  if (!spec.name.empty()) return spec.name;
  size_t slash = spec.path.rfind('/');
  return slash == std::string::npos ? spec.path : spec.path.substr(slash + 1);
}

using Clock = std::chrono::steady_clock;

std::string millis(Clock::duration d) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.3fms", std::chrono::duration<double, std::milli>(d).count());
  return buf;
}

}  // namespace

Session::Session() : loader_(prog_), lowerer_(prog_, image_), checker_(prog_, loader_) {
  void* globals = mmap(nullptr, kGlobalSegmentWords * 8, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (globals == MAP_FAILED) {
    perror("golem: reserving the session's globals");
    _exit(2);
  }
  image_.globals = static_cast<uint64_t*>(globals);
  // The collector's worker reads the pointer map while a unit's lowering
  // adds globals: it must never move.
  image_.globalPointerMap.reserve(kGlobalSegmentWords / 8);
  std::set<std::string> seen;
  for (size_t i = 0; i < stdlib::kEmbeddedFileCount; i++) {
    std::string path(stdlib::kEmbeddedFiles[i].path);
    size_t slash = path.rfind('/');
    if (slash == std::string::npos || !path.ends_with(".go")) continue;
    std::string dir = path.substr(0, slash);
    if (dir.find("internal") != std::string::npos || !seen.insert(dir).second) continue;
    stdlib_.push_back(ImportSpec{localName(ImportSpec{"", dir}), dir});
  }
  stdlib_.push_back(ImportSpec{"unsafe", "unsafe"});  // the compiler's own
  rt::setProgramArgs({"golem"});
  vm::sched::startSession(image_);
  evaluate(kPrelude, "prelude");
}

Session::~Session() = default;

void Session::printError(const std::string& text) const {
  std::string out = text;
  if (!out.empty() && out.back() == '\n') out.pop_back();
  out = settings_.color ? "\x1b[31m" + out + "\x1b[0m\n" : out + "\n";
  rt::writeStderr(out.data(), out.size());
}

void Session::printNote(const std::string& text) const {
  std::string out = text + "\n";
  rt::writeStderr(out.data(), out.size());
}

void Session::printDiagnostics(const Diagnostics& diags) const {
  std::string out;
  for (const std::string& line : diags.formatted()) out += positions_.rewrite(line) + "\n";
  printError(out);
}

std::vector<ImportSpec> Session::importsFor(const InputPieces& pieces) const {
  std::set<std::string> names;  // local names of the unit's imports
  for (const ImportSpec& spec : pieces.imports) names.insert(localName(spec));
  types::Scope* scope = prog_.mainPackage ? prog_.mainPackage->scope : nullptr;
  auto declared = [&](const std::string& name) { return scope && scope->lookupLocal(name); };
  std::vector<ImportSpec> out;
  for (const ImportSpec& spec : imports_) {
    std::string name = localName(spec);
    if (declared(name) || !names.insert(name).second) continue;
    out.push_back(spec);
  }
  for (const std::string& q : pieces.qualifiers) {
    if (names.count(q) || declared(q)) continue;
    for (const ImportSpec& pkg : stdlib_)
      if (pkg.name == q) {
        out.push_back(ImportSpec{"", pkg.path});
        names.insert(q);
        break;
      }
  }
  return out;
}

void Session::commitImports(const std::vector<ImportSpec>& used) {
  std::vector<ImportSpec> next;
  std::set<std::string> names;
  types::Scope* scope = prog_.mainPackage->scope;
  // Newest first, so that a later import of a name replaces an earlier one.
  for (auto it = used.rbegin(); it != used.rend(); ++it) {
    std::string name = localName(*it);
    if (name.starts_with(kHiddenPrefix) || name == "_" || name == "." || scope->lookupLocal(name)) continue;
    if (names.insert(name).second) next.insert(next.begin(), *it);
  }
  imports_ = std::move(next);
}

bool Session::compile(const std::string& input, const std::string& userName, CheckedUnit& out,
                      std::vector<ImportSpec>* imports) {
  InputPieces pieces = splitInput(input);
  if (pieces.segments.empty()) return false;
  *imports = importsFor(pieces);
  Unit unit = buildUnit(++units_, userName, input, pieces, *imports);
  positions_.add(unit);
  Diagnostics errors;
  if (!checker_.check(unit, out, errors)) {
    printDiagnostics(errors);
    return false;
  }
  imports->insert(imports->end(), pieces.imports.begin(), pieces.imports.end());
  return true;
}

void Session::printType(const std::string& expr) {
  UnitChecker::Snapshot before = checker_.snapshot();
  CheckedUnit unit;
  std::vector<ImportSpec> imports;
  if (compile(expr, "repl", unit, &imports)) {
    if (ast::Expr* x = expressionOf(unit)) {
      std::string text = x->mode == ast::Mode::NoValue ? "(no value)" : types::typeString(x->type, false);
      text += "\n";
      rt::writeStdout(text.data(), text.size());
      rt::flushStdout();
    } else {
      printError("usage: :type EXPR");
    }
  }
  checker_.restore(before);
}

void Session::printEscapes() {
  std::ostringstream out;
  prog_.packages.push_back(prog_.mainPackage);
  escape::printEscapeDiagnostics(prog_, settings_.escapeLevel, out);
  prog_.packages.pop_back();
  std::string text = positions_.rewrite(out.str());
  rt::writeStderr(text.data(), text.size());
}

void Session::mapPositions(size_t firstProto) {
  const std::string generated = std::string("main.") + kStatementFuncPrefix;
  for (size_t k = firstProto; k < image_.protos.size(); k++) {
    vm::Proto* p = image_.protos[k].get();
    std::string userName;
    int line = 0;
    if (!positions_.translate(p->file, p->line, &userName, &line)) continue;
    p->line = line;
    for (int32_t& l : p->lines)
      if (positions_.translate(p->file, l, &userName, &line)) l = line;
    p->file = userName;
    // The statement functions (and their literals) show as main.main.
    if (p->name.starts_with(generated)) {
      size_t end = generated.size();
      while (end < p->name.size() && (std::isdigit(static_cast<unsigned char>(p->name[end])) || p->name[end] == '_')) end++;
      p->name = "main.main" + p->name.substr(end);
    }
  }
}

void Session::run(const std::vector<const vm::Proto*>& fns) {
  if (fns.empty()) return;
  takeInterrupt();  // a Ctrl-C from before the input is not for it
  RunningInput running;
  vm::sched::startInput(fns);
  while (vm::sched::waitInput(20'000'000) == vm::sched::InputOutcome::Running) {
    if (takeInterrupt()) {
      vm::sched::interruptInput();
      rt::flushStdout();
      printNote("interrupted");
      break;
    }
  }
  rt::flushStdout();
}

// What the goroutine of an input runs: the initializers of the packages
// loaded for it (and its own, when it declares package-level variables),
// then its statements, then its init functions. Statements come before init
// functions because they are what a file's package-level variables are to
// the REPL, and Go initializes those first.
std::vector<const vm::Proto*> Session::runList(const CheckedUnit& unit,
                                               std::vector<const vm::Proto*> initializers) const {
  std::vector<const vm::Proto*> inits;
  for (ast::Decl* decl : unit.file->decls)
    if (auto* fd = dynamic_cast<ast::FuncDecl*>(decl); fd && !fd->recv && fd->name->name == "init")
      if (const vm::Proto* p = lowerer_.protoOf(fd->obj)) inits.push_back(p);
  std::erase_if(initializers,
                [&](const vm::Proto* p) { return std::find(inits.begin(), inits.end(), p) != inits.end(); });
  for (ast::FuncDecl* fd : unit.statementFuncs)
    if (const vm::Proto* p = lowerer_.protoOf(fd->obj)) initializers.push_back(p);
  initializers.insert(initializers.end(), inits.begin(), inits.end());
  return initializers;
}

void Session::evaluate(const std::string& input, const std::string& userName) {
  Clock::time_point start = Clock::now();
  UnitChecker::Snapshot before = checker_.snapshot();
  CheckedUnit unit;
  std::vector<ImportSpec> imports;
  if (!compile(input, userName, unit, &imports)) return;
  if (settings_.escapeLevel > 0) printEscapes();
  size_t firstProto = image_.protos.size();
  std::vector<const vm::Proto*> initializers;
  Diagnostics errors;
  bool ok = lowerer_.lowerUnit(errors, initializers);
  mapPositions(firstProto);
  if (!ok) {
    printDiagnostics(errors);
    checker_.restore(before);
    // The packages loaded for the input are lowered: they still need their initialization.
    std::erase_if(initializers, [](const vm::Proto* p) { return p->name.starts_with("main."); });
    run(initializers);
    return;
  }
  commitImports(imports);
  Clock::time_point compiled = Clock::now();
  run(runList(unit, std::move(initializers)));
  if (settings_.timing)
    printNote("compile " + millis(compiled - start) + ", run " + millis(Clock::now() - compiled));
}

void Session::reset() {
  if (prog_.mainPackage && prog_.mainPackage->scope) prog_.mainPackage->scope->names.clear();
  imports_.clear();
  evaluate(kPrelude, "prelude");
}

types::Package* Session::packageNamed(const std::string& name) {
  std::string path;
  for (const ImportSpec& spec : imports_)
    if (localName(spec) == name) path = spec.path;
  if (path.empty())
    for (const ImportSpec& pkg : stdlib_)
      if (pkg.name == name) path = pkg.path;
  if (path.empty()) return nullptr;
  Diagnostics diags;
  return loader_.loadPackage(path, diags);
}

}  // namespace golem::repl
