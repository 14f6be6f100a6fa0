// Package variable initialization order (the spec's "Package
// initialization").
//
// A package-level variable depends on the variables its initializer refers
// to, directly or through the functions and constants it refers to (the
// checker recorded each declaration's references in DeclInfo::deps, function
// bodies included). Initialization repeatedly picks the earliest variable in
// declaration order that is ready, i.e. all of whose dependencies are
// initialized. `var a, b = f()` initializes a and b together. If variables
// remain but none is ready, they form a cycle: reported as gc does, with the
// path of references.
#include <algorithm>
#include <cassert>
#include <set>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

// Finds a path of references from `from` to `to` (through any package-level
// objects), for cycle reports.
static bool findPath(Checker& c, Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) {
  if (!seen.insert(from).second) return false;
  auto it = c.declInfo.find(from);
  if (it == c.declInfo.end()) return false;
  for (Object* d : it->second->deps) {
    if (d == to) {
      path.push_back(d);
      return true;
    }
    path.push_back(d);
    if (findPath(c, d, to, seen, path)) return true;
    path.pop_back();
  }
  return false;
}

static void reportCycle(Checker& c, Var* v) {
  std::vector<Object*> cycle{v};
  std::set<Object*> seen;
  std::vector<Object*> path;
  if (findPath(c, v, v, seen, path)) {
    path.pop_back();  // the final element is v itself
    for (Object* o : path) cycle.push_back(o);
  }
  std::string msg = "initialization loop for " + v->name;
  for (Object* o : cycle) msg += "\n\t" + o->pos.str() + ": " + o->name + " refers to";
  msg += "\n\t" + v->pos.str() + ": " + v->name;
  c.error(v->pos, msg);
}

void computeInitOrder(Checker& c) {
  Package* pkg = c.pkg;
  // The variables each global's initializer needs first.
  std::map<Var*, std::set<Var*>> needs;
  for (Var* v : pkg->globals) {
    std::set<Var*> out;
    std::set<Object*> visited;
    std::vector<Object*> stack;
    auto it = c.declInfo.find(v);
    if (it != c.declInfo.end())
      for (Object* d : it->second->deps) stack.push_back(d);
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      if (!visited.insert(o).second) continue;
      if (o->objKind == ObjKind::Var) {
        out.insert(static_cast<Var*>(o));
        continue;
      }
      auto di = c.declInfo.find(o);
      if (di == c.declInfo.end()) continue;
      for (Object* d : di->second->deps) stack.push_back(d);
    }
    needs[v] = std::move(out);
  }
  // Methods called through method values count as well: they were recorded
  // as deps of the declaration that mentions them, like functions.
  std::set<Var*> done;
  std::vector<Var*> pending = pkg->globals;
  while (!pending.empty()) {
    bool progressed = false;
    for (size_t i = 0; i < pending.size(); i++) {
      Var* v = pending[i];
      DeclInfo* d = c.declInfo.count(v) ? c.declInfo[v] : nullptr;
      std::vector<Var*> group = d && !d->lhs.empty() ? d->lhs : std::vector<Var*>{v};
      bool ready = true;
      for (Var* g : group)
        for (Var* n : needs[g])
          if (!done.count(n)) ready = false;  // includes needing itself: a cycle
      if (!ready) continue;
      Package::Init init;
      init.lhs = group;
      init.rhs = d ? d->init : nullptr;
      init.spec = d ? d->spec : nullptr;
      pkg->initOrder.push_back(init);
      for (Var* g : group) done.insert(g);
      pending.erase(std::remove_if(pending.begin(), pending.end(), [&](Var* p) { return done.count(p) > 0; }),
                    pending.end());
      progressed = true;
      break;
    }
    if (!progressed) {
      // Report the first variable (in declaration order) that is on a cycle.
      for (Var* v : pending) {
        std::set<Object*> seen;
        std::vector<Object*> path;
        if (findPath(c, v, v, seen, path)) {
          reportCycle(c, v);
          return;
        }
      }
      reportCycle(c, pending.front());
      return;
    }
  }
}

}  // namespace golem::check
