// Solving one batch's escape graph (gc's solve.go and escape.go finish).
//
// Order of work, as gc:
//   1. closures: now that every body is walked, each captured variable is
//      known to be reassigned or address-taken or not; it is captured by
//      value when it is neither and at most 128 bytes, else by reference
//      (its address flows into the closure record);
//   2. locations too large for the stack (10 MB explicit variables; 64 KiB
//      for new, &T{}, closures, method values and constant-size make) and
//      make with a non-constant size flow their address to the heap;
//   3. walkAll: every location is a root of a walk along incoming edges,
//      tracking the fewest dereferences from the root to each location
//      reached (a shortest-path walk where -1 means "the address of").
//      When the root outlives a reached location l (the root is the heap or
//      a result, or was declared in an outer loop or an enclosing function)
//      and l's address reaches the root, l escapes and is queued again as a
//      root, since now everything it points to reaches the heap. When l is
//      a parameter, the flow is recorded in its leak summary. Re-queuing
//      repeats until no location changes: a fixed point;
//   4. finish: parameters are tagged with their summaries (printed as
//      "leaking param: p", "leaking param content: p", "leaking param: p to
//      result ~r0 level=0", "p does not escape"); then every variable whose
//      address escapes is "moved to heap: x" and every allocation site is
//      reported as escaping or not.
#include <algorithm>
#include <cassert>

#include "compiler/constant.h"
#include "compiler/escape_internal.h"

namespace golem::escape {

namespace T = types;

namespace {

// Whether c is a function literal nested (at any depth) inside f.
bool containsClosure(const Function* f, const Function* c) {
  if (f == c) return false;
  for (const Function* p = c ? c->outer : nullptr; p; p = p->outer)
    if (p == f) return true;
  return false;
}

class Solver {
 public:
  Solver(Batch& b) : b_(b), a_(b.a) {}

  void flowClosures();
  void heapAllocReasons();
  void walkAll();
  void finish(const std::vector<Function*>& fns);

 private:
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(const Location* l, const Location* other) const;
  void leakTo(Location* l, const Location* sink, int derefs);
  void enqueue(Location* l, std::vector<Location*>& todo) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  }
  void explainPath(const Location* root, const Location* src);
  std::string heapAllocReason(const Location* l) const;
  void tagParams(Function* fn);

  Batch& b_;
  Analysis& a_;
};

void Solver::flowClosures() {
  for (auto& clo : b_.closures) {
    int64_t size = 8;  // the function pointer
    for (size_t i = 0; i < clo.captured.size(); i++) {
      Location* loc = clo.captured[i];
      const T::Type* t = clo.vars[i] ? clo.vars[i]->type : nullptr;
      int64_t width = t ? T::sizeOf(const_cast<T::Type*>(t)) : 8;
      bool byval = !loc->addrtaken && !loc->reassigned && width <= 128;
      if (clo.vars[i]) {
        if (byval) a_.result.capturedByValue.insert(clo.vars[i]);
        if (a_.diagLevel >= 2 && a_.reporting() && loc->var) {
          std::string fnName = loc->fn ? loc->fn->name : "";
          a_.message(loc->pos, fnName + " capturing by " + (byval ? "value" : "ref") + ": " + loc->label +
                                   " (addr=" + (loc->addrtaken ? "true" : "false") +
                                   " assign=" + (loc->reassigned ? "true" : "false") + " width=" + std::to_string(width) + ")");
        }
      }
      int64_t field = byval ? width : 8;
      int64_t align = byval && t ? std::max<int64_t>(1, T::alignOf(const_cast<T::Type*>(t))) : 8;
      size = (size + align - 1) / align * align + field;
      Hole k = clo.k;
      NodeRef where{clo.uses[i], nullptr};
      if (!byval) k = b_.note(k.shift(-1), where, "reference");
      b_.flow(b_.note(k, where, "captured by a closure"), loc);
    }
    clo.site->closureSize = size;
  }
  b_.closures.clear();
}

std::string Solver::heapAllocReason(const Location* l) const {
  if (l->kind == LocKind::Var) {
    if (l->isParam || l->resultIndex > 0) return "";
    if (l->var->type && T::sizeOf(l->var->type) > kMaxStackVarSize) return "too large for stack";
    return "";
  }
  if (l->kind != LocKind::Site || !l->site) return "";
  const ast::Expr* e = l->site;
  switch (l->siteKind) {
    case SiteKind::New:
    case SiteKind::PtrLit: {
      const T::Type* t = e->type;
      if (l->siteKind == SiteKind::PtrLit && e->kind == ast::ExprKind::CompositeLit && t && !T::isPointer(const_cast<T::Type*>(t)))
        return T::sizeOf(const_cast<T::Type*>(t)) > kMaxImplicitStackVarSize ? "too large for stack" : "";
      if (t && T::isPointer(const_cast<T::Type*>(t))) {
        auto* elem = static_cast<const T::Pointer*>(T::underlying(const_cast<T::Type*>(t)))->elem;
        if (T::sizeOf(elem) > kMaxImplicitStackVarSize) return "too large for stack";
      }
      return "";
    }
    case SiteKind::Closure:
    case SiteKind::MethodValue:
      return l->closureSize > kMaxImplicitStackVarSize ? "too large for stack" : "";
    case SiteKind::MakeSlice: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      const ast::Expr* r = c->args.size() > 2 ? c->args[2] : c->args.size() > 1 ? c->args[1] : nullptr;
      if (!r || r->mode != ast::Mode::Constant || !r->constant) return "non-constant size";
      if (!r->constant->isInt() || !r->constant->fitsInt(32, true)) return "non-constant size";
      int64_t n = r->constant->int64Val();
      auto* st = static_cast<const T::Slice*>(T::underlying(c->type));
      int64_t es = T::sizeOf(st->elem);
      if (es != 0 && n > kMaxImplicitStackVarSize / es) return "too large for stack";
      return "";
    }
    default:
      return "";
  }
}

void Solver::heapAllocReasons() {
  for (Location& l : b_.allLocs) {
    std::string why = heapAllocReason(&l);
    if (why.empty()) continue;
    NodeRef where{l.site, nullptr};
    Hole k = b_.heapHole().shift(-1);
    if (a_.diagLevel >= 2) {
      a_.notes.push_back(Note{nullptr, where, nullptr});
      a_.notes.back().why = why == "too large for stack" ? "too large for stack" : "non-constant size";
      k.notes = &a_.notes.back();
    }
    b_.flow(k, &l);
  }
}

bool Solver::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  if (l->kind == LocKind::Var && l->resultIndex > 0) {
    // Callers may keep results anywhere, except that a literal called where
    // it is written returns into its enclosing function's frame.
    if (containsClosure(other->fn, l->fn) && l->fn->closureCalled) return false;
    return true;
  }
  if (l->fn == other->fn && l->loopDepth < other->loopDepth) return true;
  if (containsClosure(l->fn, other->fn)) return true;
  return false;
}

void Solver::leakTo(Location* l, const Location* sink, int derefs) {
  if (!sink->escapes && sink->kind == LocKind::Var && sink->resultIndex > 0 && sink->fn == l->fn) {
    int ri = sink->resultIndex - 1;
    if (ri < kNumEscResults) {
      l->paramEsc.addResult(ri, derefs);
      return;
    }
  }
  l->paramEsc.addHeap(derefs);
}

void Solver::walkAll() {
  std::vector<Location*> todo;
  todo.reserve(b_.allLocs.size() + 1);
  for (Location& l : b_.allLocs) enqueue(&l, todo);
  enqueue(&b_.heapLoc, todo);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkOne(root, ++walkgen, todo);
  }
}

void Solver::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& queue) {
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;
  std::vector<Location*> todo{root};  // LIFO
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    // For "root = &l; l = x", l's address reaches root but x's does not:
    // the count is bounded below by 0 past an address-of.
    bool addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        enqueue(l, queue);
      }
    }
    if (outlives(root, l)) {
      if (l->kind == LocKind::Var && l->isParam) {
        if (a_.diagLevel >= 2 && a_.reporting() && !l->escapes) {
          a_.message(l->pos, " parameter " + l->label + " leaks to " + locationLabel(root) + " with derefs=" + std::to_string(derefs) + ":", true);
          explainPath(root, l);
        }
        leakTo(l, root, derefs);
      }
      if (addressOf && !l->escapes) {
        if (a_.diagLevel >= 2 && a_.reporting() && (l->kind == LocKind::Var || (l->kind == LocKind::Site && l->site))) {
          a_.message(l->pos, " " + l->label + " escapes to heap:", true);
          explainPath(root, l);
        }
        l->escapes = true;
        enqueue(l, queue);
        continue;
      }
    }
    for (size_t i = 0; i < l->edges.size(); i++) {
      const Edge& edge = l->edges[i];
      if (edge.src->escapes) continue;
      int d = derefs + edge.derefs;
      if (edge.src->walkgen != walkgen || edge.src->derefs > d) {
        edge.src->walkgen = walkgen;
        edge.src->derefs = d;
        edge.src->dst = l;
        edge.src->dstEdgeIdx = int(i);
        todo.push_back(edge.src);
      }
    }
  }
}

void Solver::explainPath(const Location* root, const Location* src) {
  Pos pos = src->pos;
  std::vector<const Location*> visited;
  std::vector<std::string> lines;
  for (;;) {
    if (std::find(visited.begin(), visited.end(), src) != visited.end()) {
      lines.push_back("   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
      break;
    }
    visited.push_back(src);
    const Location* dst = src->dst;
    if (!dst) break;
    const Edge& edge = dst->edges[src->dstEdgeIdx];
    explainFlow(lines, dst, src, edge.derefs, edge.notes);
    if (dst == root) break;
    src = dst;
  }
  for (auto& l : lines) a_.message(pos, l, true);
}

void Solver::tagParams(Function* fn) {
  fn->tags.assign(fn->params.size(), Leaks{});
  for (size_t i = 0; i < fn->params.size(); i++) {
    const T::Var* p = fn->params[i];
    if (!p || !p->type || !T::hasPointers(p->type)) continue;
    if (p->name.empty() || p->name == "_") continue;
    auto it = b_.varLocs.find(p);
    if (it == b_.varLocs.end()) continue;
    Location* loc = it->second;
    Leaks esc = loc->paramEsc;
    esc.optimize();
    fn->tags[i] = esc;
    if (!a_.reporting() || loc->escapes) continue;
    if (esc.empty()) a_.message(p->pos, p->name + " does not escape");
    if (int x = esc.heap(); x >= 0) a_.message(p->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + p->name);
    for (int r = 0; r < kNumEscResults; r++) {
      if (int x = esc.result(r); x >= 0) {
        const T::Var* res = r < int(fn->results.size()) ? fn->results[r] : nullptr;
        std::string rname = res && !res->name.empty() ? res->name : "~r" + std::to_string(r);
        a_.message(p->pos, "leaking param: " + p->name + " to result " + rname + " level=" + std::to_string(x));
      }
    }
  }
}

void Solver::finish(const std::vector<Function*>& fns) {
  for (Function* fn : fns) {
    tagParams(fn);
    fn->state = FuncState::Tagged;
  }
  for (Location& l : b_.allLocs) {
    if (l.kind == LocKind::Var) {
      if (l.escapes) {
        a_.result.movedToHeap.insert(l.var);
        a_.message(l.pos, "moved to heap: " + l.label);
      }
      continue;
    }
    if (l.kind != LocKind::Site || !l.site) continue;  // temporaries, go/defer wrappers
    if (l.escapes) {
      switch (l.siteKind) {
        case SiteKind::Conversion:
          a_.result.heapConversions.insert(l.site);
          break;
        case SiteKind::VariadicSlice:
          a_.result.heapVariadicSlices.insert(static_cast<const ast::CallExpr*>(l.site));
          break;
        default:
          a_.result.heapSites.insert(l.site);
      }
      a_.message(l.pos, l.label + " escapes to heap");
    } else {
      if (l.siteKind == SiteKind::Conversion) a_.result.stackConversions.insert(l.site);
      a_.message(l.pos, l.label + " does not escape");
    }
  }
}

}  // namespace

void solveBatch(Batch& b, const std::vector<Function*>& fns) {
  Solver s(b);
  s.flowClosures();
  s.heapAllocReasons();
  s.walkAll();
  s.finish(fns);
}

}  // namespace golem::escape
