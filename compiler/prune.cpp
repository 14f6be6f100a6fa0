// Dropping unreachable standard-library code by name (see prune.h).
#include "compiler/prune.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace golem {
namespace {

// Methods the VM calls on values it prints or panics with, never named in Go
// code: the name and the number of parameters (fmt.Formatter's Format takes
// two; time.Time's Format, one, is not one of these).
struct VMMethod {
  std::string_view name;
  size_t params;
};
constexpr VMMethod kCalledByTheVM[] = {
    {"Error", 0}, {"Format", 2}, {"GoString", 0}, {"RuntimeError", 0}, {"String", 0}};

// Package main's index; library packages are numbered from 0.
constexpr int kMainPackage = -1;

class Pruner {
 public:
  void addLibraryFunction(ast::FuncDecl* fd, int pkg) {
    if (fd->body == nullptr) return;
    if (fd->recv == nullptr && fd->name->name == "init") {
      roots_.push_back({&fd->bodyIdents, pkg});
      return;
    }
    byName_[fd->name->name].push_back({fd, pkg});
  }

  // A package-level var spec of the library. One whose initializer can have
  // no effect (it names no function and no effectful builtin: composite
  // literals, constants, conversions) is kept only if one of its names is
  // reached; any other is a root.
  void addLibraryVar(ast::GenDecl* decl, ast::ValueSpec* spec, int pkg) {
    if (!sideEffectFree(spec)) {
      roots_.push_back({&spec->idents, pkg});
      return;
    }
    vars_.push_back({decl, spec});
    for (ast::Ident* name : spec->names) varsByName_[name->name].push_back({spec, pkg});
  }

  void reachAll(const std::vector<ast::Ident*>& idents, int pkg) { walk(idents, pkg); }
  // The init bodies and effectful initializers met while adding (walked
  // once every variable is known, so that they reach the ones after them).
  void reachLibraryRoots() {
    for (auto [idents, pkg] : roots_) walk(*idents, pkg);
  }

  // Keeps the methods called `m.name` with m.params parameters.
  void reachMethod(const VMMethod& m) {
    auto it = byName_.find(m.name);
    if (it == byName_.end()) return;
    for (auto [fd, pkg] : it->second)
      if (fd->recv != nullptr && fd->funcType->params->numFields() == m.params) keep(fd, pkg);
  }

  void run() {
    while (!pending_.empty()) {
      std::string_view name = pending_.back();
      pending_.pop_back();
      auto it = byName_.find(name);
      if (it != byName_.end())
        for (auto [fd, pkg] : it->second) keep(fd, pkg);
    }
  }

  size_t elide() {
    size_t dropped = 0;
    for (auto& [decl, spec] : vars_) {
      if (keptVars_.count(spec)) continue;
      auto& specs = decl->specs;
      specs.erase(std::remove(specs.begin(), specs.end(), spec), specs.end());
      dropped++;
    }
    for (auto& [name, decls] : byName_) {
      for (auto [fd, pkg] : decls) {
        if (kept_.count(fd)) continue;
        fd->body = nullptr;
        fd->bodyElided = true;
        dropped++;
      }
    }
    return dropped;
  }

 private:
  struct LibraryFunc {
    ast::FuncDecl* decl;
    int pkg;
  };
  struct LibraryVar {
    ast::ValueSpec* spec;
    int pkg;
  };

  bool sideEffectFree(const ast::ValueSpec* spec) const {
    static const std::unordered_set<std::string_view> kEffectfulBuiltins = {
        "append", "close", "copy", "delete", "make", "new", "panic", "print", "println", "recover"};
    if (spec->names.empty()) return false;
    for (const ast::Ident* name : spec->names)
      if (name->name == "_") return false;
    for (const ast::Ident* id : spec->idents)
      if (byName_.count(id->name) || kEffectfulBuiltins.count(id->name)) return false;
    return true;
  }

  void keep(ast::FuncDecl* fd, int pkg) {
    if (kept_.insert(fd).second) walk(fd->bodyIdents, pkg);
  }

  // Functions are reached by name alone (a method may be called through any
  // interface). A variable is reached by an unqualified name only from its
  // own package, and by the Sel of a selector (pkg.Var, or x.Field that
  // happens to share the name) from anywhere.
  void walk(const std::vector<ast::Ident*>& idents, int pkg) {
    for (ast::Ident* id : idents) {
      if (reached_.insert(id->name).second) pending_.push_back(id->name);
      auto vit = varsByName_.find(id->name);
      if (vit == varsByName_.end()) continue;
      for (auto [spec, varPkg] : vit->second)
        if ((id->selected || varPkg == pkg) && keptVars_.insert(spec).second) walk(spec->idents, varPkg);
    }
  }

  std::unordered_map<std::string_view, std::vector<LibraryFunc>> byName_;
  std::vector<std::pair<const std::vector<ast::Ident*>*, int>> roots_;
  std::unordered_set<std::string_view> reached_;
  std::vector<std::string_view> pending_;
  std::unordered_set<ast::FuncDecl*> kept_;
  std::vector<std::pair<ast::GenDecl*, ast::ValueSpec*>> vars_;  // droppable var specs
  std::unordered_map<std::string_view, std::vector<LibraryVar>> varsByName_;
  std::unordered_set<ast::ValueSpec*> keptVars_;
};

template <typename Fn>
void forEachVarSpec(ast::File* f, Fn fn) {
  for (ast::Decl* d : f->decls)
    if (auto* gd = dynamic_cast<ast::GenDecl*>(d); gd && gd->tok == ast::DeclTok::Var)
      for (ast::Spec* s : gd->specs)
        if (auto* vs = dynamic_cast<ast::ValueSpec*>(s)) fn(gd, vs);
}

}  // namespace

size_t elideUnreachableBodies(const std::vector<ast::File*>& mainFiles,
                              const std::vector<std::vector<ast::File*>>& libraryPackages) {
  Pruner pruner;
  for (size_t pkg = 0; pkg < libraryPackages.size(); pkg++)
    for (ast::File* f : libraryPackages[pkg]) {
      if (!f) continue;
      for (ast::Decl* d : f->decls)
        if (auto* fd = dynamic_cast<ast::FuncDecl*>(d)) pruner.addLibraryFunction(fd, int(pkg));
    }
  // Variables once every function is known (sideEffectFree looks them up),
  // roots after every variable is known (walk reaches them).
  for (size_t pkg = 0; pkg < libraryPackages.size(); pkg++)
    for (ast::File* f : libraryPackages[pkg])
      if (f) forEachVarSpec(f, [&](ast::GenDecl* gd, ast::ValueSpec* vs) { pruner.addLibraryVar(gd, vs, int(pkg)); });
  pruner.reachLibraryRoots();
  for (size_t pkg = 0; pkg < libraryPackages.size(); pkg++)
    for (ast::File* f : libraryPackages[pkg])
      if (f) pruner.reachAll(f->topLevelIdents, int(pkg));
  for (ast::File* f : mainFiles) {
    if (!f) continue;
    pruner.reachAll(f->topLevelIdents, kMainPackage);
    for (ast::Decl* d : f->decls)
      if (auto* fd = dynamic_cast<ast::FuncDecl*>(d)) pruner.reachAll(fd->bodyIdents, kMainPackage);
    forEachVarSpec(f, [&](ast::GenDecl*, ast::ValueSpec* vs) { pruner.reachAll(vs->idents, kMainPackage); });
  }
  for (const VMMethod& m : kCalledByTheVM) pruner.reachMethod(m);
  pruner.run();
  return pruner.elide();
}

}  // namespace golem
