// Incremental lowering, for the REPL: the session's one Image grows unit by
// unit (see lower.h).
//
// One ProgramLowerer lives for the whole session, so everything it has
// decided stays decided: the Proto of each function (a later unit calling f
// calls the Proto lowered when f was declared), the global word of each
// variable (session variables keep their values because their words never
// move), the wrappers and method sets already built. Each call lowers the
// packages loaded since the previous call (their initializers run first)
// and package main's newest unit, whose lists hold that unit only
// (IncrementalLoader resets them).
//
// Method tables. A descriptor's method table is filled once, when its
// package is lowered, because goroutines still running from earlier inputs
// may be reading it (fmt looks up String methods there). The exception is
// package main, whose types gain or replace methods as the user declares
// them: when a unit changes the method list of any of its types, every
// named type of the session is refilled (promoted methods flow from one to
// another through embedding), after its cached method set is dropped, and
// the runtime forgets the itabs it built (or failed to build) for them.
#include <algorithm>

#include "compiler/lower_internal.h"
#include "runtime/iface.h"

namespace golem {

struct IncrementalLowerer::State {
  Program& prog;
  Diagnostics diags;  // the lowerer's; copied out after each unit
  lower::ProgramLowerer P;
  size_t packagesLowered = 0;
  // Package main's named types and their method lists as last filled.
  std::unordered_map<const types::Named*, std::vector<types::Func*>> filledMethods;

  State(Program& p, vm::Image& image) : prog(p), P(p, diags, image) {}

  std::vector<types::Named*> namedTypesOf(types::Package* pkg) {
    std::vector<types::Named*> out;
    for (auto& [name, obj] : pkg->scope->names)
      if (obj->objKind == types::ObjKind::TypeName && obj->type && obj->type->kind == types::TypeKind::Named)
        out.push_back(static_cast<types::Named*>(obj->type));
    return out;
  }

  void fillSessionMethodTables(types::Package* mainPkg) {
    std::vector<types::Named*> types = namedTypesOf(mainPkg);
    bool changed = false;
    for (types::Named* t : types) {
      auto it = filledMethods.find(t);
      if (it == filledMethods.end() || it->second != t->methods) changed = true;
    }
    if (!changed) return;
    for (types::Named* t : types) {
      P.methodSets.erase(t);
      P.fillMethodTable(t);
      filledMethods[t] = t->methods;
      rt::forgetItabs(descriptorOf(t));
      rt::forgetItabs(descriptorOf(prog.universe.make<types::Pointer>(t)));
    }
  }
};

IncrementalLowerer::IncrementalLowerer(Program& prog, vm::Image& image)
    : state_(std::make_unique<State>(prog, image)) {}

IncrementalLowerer::~IncrementalLowerer() = default;

bool IncrementalLowerer::lowerUnit(Diagnostics& diags, std::vector<const vm::Proto*>& run) {
  State& s = *state_;
  s.diags.clear();
  s.P.failed = false;
  std::vector<types::Package*> fresh(s.prog.packages.begin() + long(s.packagesLowered), s.prog.packages.end());
  std::vector<types::Package*> pkgs = fresh;
  if (s.prog.mainPackage) pkgs.push_back(s.prog.mainPackage);
  lower::lowerPackages(s.P, pkgs, run);
  for (types::Package* pkg : fresh) {
    for (types::Named* t : s.namedTypesOf(pkg)) s.P.fillMethodTable(t);
    if (pkg->path == "runtime") lower::registerRuntimeErrorTypes(s.prog, pkg);
  }
  if (s.prog.mainPackage) s.fillSessionMethodTables(s.prog.mainPackage);
  s.P.resolveItabs();
  s.P.pendingItabs.clear();
  s.packagesLowered = s.prog.packages.size();
  for (const Diagnostic& d : s.diags.errors()) diags.error(d.pos, d.message);
  return !s.P.failed;
}

const vm::Proto* IncrementalLowerer::protoOf(const types::Func* fn) const {
  auto it = state_->P.funcs.find(fn);
  return it == state_->P.funcs.end() ? nullptr : it->second;
}

}  // namespace golem
