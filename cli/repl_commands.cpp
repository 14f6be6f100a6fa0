// The REPL's commands (see repl_commands.h). Each has one entry in
// kCommands: its name, its argument, its help line and its handler.
#include "cli/repl_commands.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "cli/repl_lookup.h"
#include "runtime/mgc.h"
#include "runtime/output.h"

namespace golem::repl {

namespace {

void say(const std::string& text) {
  rt::writeStdout(text.data(), text.size());
  rt::flushStdout();
}

// Parses "on"/"off" into *flag; reports anything else.
bool onOff(Session& session, const std::string& arg, const char* command, bool* flag) {
  if (arg == "on" || arg == "off") {
    *flag = arg == "on";
    return true;
  }
  session.printError(std::string("usage: ") + command + " on|off");
  return false;
}

void help(Session&, const std::string&);

void quit(Session&, const std::string&) {}

void reset(Session& session, const std::string&) { session.reset(); }

void load(Session& session, const std::string& file) {
  if (file.empty()) {
    session.printError("usage: :load FILE");
    return;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    session.printError("open " + file + ": no such file or directory");
    return;
  }
  std::stringstream text;
  text << in.rdbuf();
  session.evaluate(text.str(), file.find('/') == std::string::npos ? "./" + file : file);
}

void typeOf(Session& session, const std::string& expr) {
  if (expr.empty()) {
    session.printError("usage: :type EXPR");
    return;
  }
  session.printType(expr);
}

void doc(Session& session, const std::string& name) {
  if (name.empty()) {
    session.printError("usage: :doc NAME");
    return;
  }
  Found found = lookupName(session, name);
  if (!found.obj && !found.pkg) {
    session.printError("no declaration of " + name);
    return;
  }
  say(describe(found));
}

void escapes(Session& session, const std::string& arg) {
  if (arg == "on" || arg == "2" || arg == "off")
    session.settings().escapeLevel = arg == "on" ? 1 : arg == "2" ? 2 : 0;
  else
    session.printError("usage: :m on|2|off");
}

// Go's gctrace line for every collection, on stderr.
void gctrace(Session& session, const std::string& arg) {
  if (!onOff(session, arg, ":gctrace", &session.settings().gctrace)) return;
  rt::gcSetTrace(session.settings().gctrace);
}

void bytecode(Session& session, const std::string& name) {
  Found found = lookupName(session, name);
  if (!found.obj || found.obj->objKind != types::ObjKind::Func) {
    session.printError("no function " + name);
    return;
  }
  const vm::Proto* proto = session.protoOf(static_cast<types::Func*>(found.obj));
  if (!proto) {
    session.printError(name + " is not compiled yet (it is when an input first uses its package)");
    return;
  }
  std::string out;
  vm::disassembleProto(*proto, out);
  // Its function literals are functions of their own.
  const std::string literal = proto->name + ".func";
  for (const auto& p : session.image().protos)
    if (p->name.rfind(literal, 0) == 0) vm::disassembleProto(*p, out);
  say(out);
}

void timing(Session& session, const std::string& arg) { onOff(session, arg, ":time", &session.settings().timing); }

struct Command {
  const char* name;
  const char* argument;
  const char* help;
  void (*run)(Session& session, const std::string& argument);
};

constexpr Command kCommands[] = {
    {":help", "", "this list", help},
    {":quit", "", "leave (Ctrl-D does too)", quit},
    {":reset", "", "forget every declaration and variable", reset},
    {":load", "FILE", "evaluate a Go file's declarations and statements", load},
    {":type", "EXPR", "the type of an expression (not evaluated)", typeOf},
    {":doc", "NAME", "the declaration of f, T, T.M, pkg, pkg.Name or pkg.T.M", doc},
    {":m", "on|2|off", "print escape analysis decisions for each input, as -gcflags=-m (2: -m=2)", escapes},
    {":gctrace", "on|off", "trace garbage collections", gctrace},
    {":bytecode", "NAME", "the bytecode of a function", bytecode},
    {":time", "on|off", "print the compile and run times of each input", timing},
};

void help(Session&, const std::string&) {
  std::string out =
      "Type Go declarations and statements; an expression prints its value.\n"
      "Incomplete input continues on a \"...\" prompt; Ctrl-C interrupts running code.\n\n";
  for (const Command& c : kCommands) {
    std::string usage = std::string(c.name) + (*c.argument ? std::string(" ") + c.argument : "");
    usage.resize(std::max<size_t>(usage.size() + 2, 18), ' ');
    out += "  " + usage + c.help + "\n";
  }
  say(out);
}

}  // namespace

CommandResult runCommand(Session& session, const std::string& line) {
  std::string text = line.substr(line.find_first_not_of(" \t"));
  size_t space = text.find_first_of(" \t");
  std::string name = text.substr(0, space);
  std::string argument = space == std::string::npos ? "" : text.substr(space);
  argument.erase(0, argument.find_first_not_of(" \t"));
  argument.erase(argument.find_last_not_of(" \t\r") + 1);
  if (name == ":q" || name == ":exit") name = ":quit";
  for (const Command& c : kCommands) {
    if (name != c.name) continue;
    c.run(session, argument);
    return c.run == quit ? CommandResult::Quit : CommandResult::Continue;
  }
  session.printError("unknown command " + name + " (:help lists them)");
  return CommandResult::Continue;
}

std::vector<std::string> commandNames() {
  std::vector<std::string> names;
  for (const Command& c : kCommands) names.push_back(c.name);
  return names;
}

}  // namespace golem::repl
