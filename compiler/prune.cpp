// Dropping unreachable standard-library function bodies by name (see prune.h).
#include "compiler/prune.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

class Pruner {
 public:
  void addLibraryFunction(ast::FuncDecl* fd) {
    if (fd->body == nullptr) return;
    if (fd->recv == nullptr && fd->name->name == "init") {
      walk(fd->bodyIdents);
      return;
    }
    byName_[fd->name->name].push_back(fd);
  }

  void reachAll(const std::vector<ast::Ident*>& idents) { walk(idents); }
  // Keeps the methods called `m.name` with m.params parameters.
  void reachMethod(const VMMethod& m) {
    auto it = byName_.find(m.name);
    if (it == byName_.end()) return;
    for (ast::FuncDecl* fd : it->second)
      if (fd->recv != nullptr && fd->funcType->params->numFields() == m.params) keep(fd);
  }

  void run() {
    while (!pending_.empty()) {
      std::string_view name = pending_.back();
      pending_.pop_back();
      auto it = byName_.find(name);
      if (it == byName_.end()) continue;
      for (ast::FuncDecl* fd : it->second) keep(fd);
    }
  }

  size_t elide() {
    size_t dropped = 0;
    for (auto& [name, decls] : byName_) {
      for (ast::FuncDecl* fd : decls) {
        if (kept_.count(fd)) continue;
        fd->body = nullptr;
        fd->bodyElided = true;
        dropped++;
      }
    }
    return dropped;
  }

 private:
  void keep(ast::FuncDecl* fd) {
    if (kept_.insert(fd).second) walk(fd->bodyIdents);
  }
  void walk(const std::vector<ast::Ident*>& idents) {
    for (ast::Ident* id : idents) enqueue(id->name);
  }
  void enqueue(std::string_view name) {
    if (reached_.insert(name).second) pending_.push_back(name);
  }

  std::unordered_map<std::string_view, std::vector<ast::FuncDecl*>> byName_;
  std::unordered_set<std::string_view> reached_;
  std::unordered_set<ast::FuncDecl*> kept_;
  std::vector<std::string_view> pending_;
};

}  // namespace

size_t elideUnreachableBodies(const std::vector<ast::File*>& mainFiles,
                              const std::vector<std::vector<ast::File*>>& libraryPackages) {
  Pruner pruner;
  for (const auto& files : libraryPackages)
    for (ast::File* f : files) {
      if (!f) continue;
      pruner.reachAll(f->topLevelIdents);
      for (ast::Decl* d : f->decls)
        if (auto* fd = dynamic_cast<ast::FuncDecl*>(d)) pruner.addLibraryFunction(fd);
    }
  for (ast::File* f : mainFiles) {
    if (!f) continue;
    pruner.reachAll(f->topLevelIdents);
    for (ast::Decl* d : f->decls)
      if (auto* fd = dynamic_cast<ast::FuncDecl*>(d)) pruner.reachAll(fd->bodyIdents);
  }
  for (const VMMethod& m : kCalledByTheVM) pruner.reachMethod(m);
  pruner.run();
  return pruner.elide();
}

}  // namespace golem
