// Candidates for Tab in the REPL (see repl_completion.h).
#include "cli/repl_completion.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "cli/repl_commands.h"

namespace golem::repl {

namespace {

constexpr const char* kKeywords[] = {"break",  "case",   "chan",      "const", "continue", "default", "defer",
                                     "else",   "fallthrough", "for",  "func",  "go",       "goto",    "if",
                                     "import", "interface",   "map",  "package", "range",  "return",  "select",
                                     "struct", "switch",      "type", "var"};

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

bool offered(const std::string& name) { return !name.empty() && name.rfind("__golem", 0) != 0 && name != "_"; }

// The fields and methods of a value of type t (through one pointer).
void addMembers(types::Type* t, std::set<std::string>& out) {
  if (t && t->kind == types::TypeKind::Pointer) t = static_cast<types::Pointer*>(t)->elem;
  if (!t) return;
  if (t->kind == types::TypeKind::Named)
    for (types::Func* m : static_cast<types::Named*>(t)->methods) out.insert(m->name);
  types::Type* u = types::underlying(t);
  if (u->kind == types::TypeKind::Struct)
    for (types::Var* f : static_cast<types::Struct*>(u)->fields) out.insert(f->name);
  if (u->kind == types::TypeKind::Interface)
    for (types::Func* m : static_cast<types::Interface*>(u)->allMethods) out.insert(m->name);
}

// What may follow `qualifier.`: a package's exported names, or a session
// variable's fields and methods.
std::set<std::string> membersOf(Session& session, const std::string& qualifier) {
  std::set<std::string> out;
  types::Package* main = session.mainPackage();
  types::Object* obj = main && main->scope ? main->scope->lookupLocal(qualifier) : nullptr;
  if (obj) {
    if (obj->objKind == types::ObjKind::Var) addMembers(obj->type, out);
    return out;
  }
  if (types::Package* pkg = session.packageNamed(qualifier))
    for (auto& [name, o] : pkg->scope->names)
      if (o->exported()) out.insert(name);
  return out;
}

std::set<std::string> namesInScope(Session& session) {
  std::set<std::string> out(std::begin(kKeywords), std::end(kKeywords));
  for (auto& [name, obj] : session.program().universe.scope->names) out.insert(name);
  if (types::Package* main = session.mainPackage(); main && main->scope)
    for (auto& [name, obj] : main->scope->names) out.insert(name);
  for (const ImportSpec& pkg : session.stdlibPackages()) out.insert(pkg.name);
  return out;
}

}  // namespace

std::vector<std::string> completions(Session& session, const std::string& beforeCursor, size_t* wordStart) {
  size_t start = beforeCursor.size();
  while (start > 0 && isWordChar(beforeCursor[start - 1])) start--;
  bool command = start > 0 && beforeCursor[start - 1] == ':' &&
                 beforeCursor.find_first_not_of(" \t") == start - 1;
  if (command) start--;
  *wordStart = start;
  std::string word = beforeCursor.substr(start);
  std::set<std::string> candidates;
  std::string prefix;
  if (command) {
    for (const std::string& c : commandNames()) candidates.insert(c);
  } else if (size_t dot = word.rfind('.'); dot != std::string::npos) {
    prefix = word.substr(0, dot + 1);
    if (prefix.find('.') == dot) candidates = membersOf(session, word.substr(0, dot));
  } else {
    candidates = namesInScope(session);
  }
  std::vector<std::string> out;
  for (const std::string& c : candidates) {
    std::string full = prefix + c;
    if (offered(c) && full.rfind(word, 0) == 0) out.push_back(full);
  }
  return out;
}

}  // namespace golem::repl
