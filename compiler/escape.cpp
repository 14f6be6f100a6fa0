// Escape analysis driver: function records, the scan of each body, and the
// bottom-up order of analysis over the call graph.
//
// Each function (declaration or literal) is scanned once when first needed:
// its local variables in declaration order (gc's fn.Dcl, which fixes the
// order of "moved to heap" lines), its nested literals (named f.func1,
// f.func2, ..., as gc names closures), the variables a declaration
// initializes (for gc's StaticValue), and its successors in the call graph:
// the functions and methods of the same package it mentions and the
// literals it contains, in source order.
//
// Packages are analysed in dependency order, so everything a package calls
// in another one is already tagged. Within a package, gc's bottom-up
// visitor (Tarjan's strongly connected components over the declarations in
// source order) yields batches: a function with the literals inside it and
// any functions mutually recursive with it. A batch is analysed as one
// graph; callees outside it are already tagged.
#include <algorithm>
#include <climits>
#include <unordered_map>

#include "compiler/escape_internal.h"

namespace golem::escape {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;
namespace T = types;

namespace {

std::string funcDeclName(const ast::FuncDecl* d) {
  const T::Func* f = d->obj;
  std::string name = d->name->name;
  if (!f || !f->sig() || !f->sig()->recv) return name;
  const T::Type* rt = f->sig()->recv->type;
  bool ptr = rt && rt->kind == T::TypeKind::Pointer;
  if (ptr) rt = static_cast<const T::Pointer*>(rt)->elem;
  std::string tn = rt && rt->kind == T::TypeKind::Named ? static_cast<const T::Named*>(rt)->obj->name : "?";
  return ptr ? "(*" + tn + ")." + name : tn + "." + name;
}

// Collects a function's locals, literals, definitions and successors.
class Scanner {
 public:
  Scanner(Analysis& a, Function* fn) : a_(a), fn_(fn) {}
  void scan() {
    if (fn_->body()) stmts(fn_->body()->list);
  }
  std::vector<Function*> successors;

 private:
  void declare(const T::Var* v) {
    if (v && v->name != "_") fn_->locals.push_back(v);
  }
  void successor(Function* f) {
    if (f) successors.push_back(f);
  }
  void noteCaptureUse(const ast::Ident* id) {
    if (!fn_->lit || !id->obj || id->obj->objKind != T::ObjKind::Var) return;
    auto* v = static_cast<const T::Var*>(id->obj);
    const auto& caps = fn_->lit->captures;
    if (std::find(caps.begin(), caps.end(), v) == caps.end()) return;
    a_.captureUses[fn_->lit].emplace(v, id);
  }
  void funcObj(const T::Object* o) {
    if (!o || o->objKind != T::ObjKind::Func) return;
    auto* f = static_cast<const T::Func*>(o);
    if (!f->decl || !f->decl->body || f->pkg != a_.currentPkg) return;
    successor(a_.functionFor(f->decl));
  }
  void exprs(const std::vector<Expr*>& l) {
    for (auto* e : l) expr(e);
  }
  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Ident:
        funcObj(static_cast<const ast::Ident*>(e)->obj);
        noteCaptureUse(static_cast<const ast::Ident*>(e));
        return;
      case ExprKind::FuncLit: {
        auto* lit = static_cast<const ast::FuncLit*>(e);
        Function* f = a_.functionFor(lit, fn_);
        // A nested literal's references are references of this one too.
        if (fn_->lit)
          for (auto& [v, use] : a_.captureUses[lit]) a_.captureUses[fn_->lit].emplace(v, use);
        fn_->literals.push_back(lit);
        successor(f);
        return;
      }
      case ExprKind::CompositeLit:
        exprs(static_cast<const ast::CompositeLit*>(e)->elts);
        return;
      case ExprKind::Paren:
        expr(static_cast<const ast::ParenExpr*>(e)->x);
        return;
      case ExprKind::Selector: {
        auto* s = static_cast<const ast::SelectorExpr*>(e);
        expr(s->x);
        if (s->selection && s->selection->kind != T::SelectionKind::FieldVal) funcObj(s->selection->obj);
        if (!s->selection) funcObj(s->sel->obj);
        return;
      }
      case ExprKind::Index: {
        auto* i = static_cast<const ast::IndexExpr*>(e);
        expr(i->x);
        expr(i->index);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const ast::SliceExpr*>(e);
        expr(s->x);
        expr(s->low);
        expr(s->high);
        expr(s->max);
        return;
      }
      case ExprKind::TypeAssert:
        expr(static_cast<const ast::TypeAssertExpr*>(e)->x);
        return;
      case ExprKind::Call: {
        auto* c = static_cast<const ast::CallExpr*>(e);
        expr(c->fun);
        exprs(c->args);
        noteLengthUse(a_, c);
        // A call that gc devirtualizes calls the concrete method.
        if (const Expr* fun = unparen(c->fun); fun->kind == ExprKind::Selector) {
          auto* s = static_cast<const ast::SelectorExpr*>(fun);
          if (s->selection && s->selection->kind == T::SelectionKind::MethodVal && s->x->type &&
              T::isInterface(s->x->type))
            if (const T::Type* concrete = devirtualizedType(a_, s)) funcObj(declaredMethod(concrete, s->sel->name));
        }
        return;
      }
      case ExprKind::Star:
        expr(static_cast<const ast::StarExpr*>(e)->x);
        return;
      case ExprKind::Unary:
        expr(static_cast<const ast::UnaryExpr*>(e)->x);
        return;
      case ExprKind::Binary:
        expr(static_cast<const ast::BinaryExpr*>(e)->x);
        expr(static_cast<const ast::BinaryExpr*>(e)->y);
        return;
      case ExprKind::KeyValue:
        expr(static_cast<const ast::KeyValueExpr*>(e)->key);
        expr(static_cast<const ast::KeyValueExpr*>(e)->value);
        return;
      default:
        return;
    }
  }
  const T::Var* newVar(const Expr* e) {
    if (!e || e->kind != ExprKind::Ident) return nullptr;
    auto* id = static_cast<const ast::Ident*>(e);
    if (!id->obj || id->obj->objKind != T::ObjKind::Var || !(id->obj->pos == id->pos)) return nullptr;
    return static_cast<const T::Var*>(id->obj);
  }
  void stmts(const std::vector<Stmt*>& l) {
    for (auto* s : l) stmt(s);
  }
  void stmt(const Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Decl: {
        auto* d = static_cast<const ast::DeclStmt*>(s);
        if (d->decl->tok != ast::DeclTok::Var) return;
        for (auto* sp : d->decl->specs) {
          auto* vs = static_cast<const ast::ValueSpec*>(sp);
          exprs(vs->values);
          for (size_t i = 0; i < vs->names.size(); i++) {
            const T::Var* v = newVar(vs->names[i]);
            declare(v);
            const Expr* init = vs->names.size() == vs->values.size() ? vs->values[i] : nullptr;
            if (v && init) a_.definitions[v] = init;
            noteDeclaredArray(a_, v, init);
          }
        }
        return;
      }
      case StmtKind::Labeled:
        stmt(static_cast<const ast::LabeledStmt*>(s)->stmt);
        return;
      case StmtKind::Expr:
        expr(static_cast<const ast::ExprStmt*>(s)->x);
        return;
      case StmtKind::Send:
        expr(static_cast<const ast::SendStmt*>(s)->chan);
        expr(static_cast<const ast::SendStmt*>(s)->value);
        return;
      case StmtKind::IncDec:
        expr(static_cast<const ast::IncDecStmt*>(s)->x);
        return;
      case StmtKind::Assign: {
        auto* as = static_cast<const ast::AssignStmt*>(s);
        exprs(as->lhs);
        exprs(as->rhs);
        noteElementStores(a_, as);
        if (as->define) {
          for (size_t i = 0; i < as->lhs.size(); i++) {
            const T::Var* v = newVar(as->lhs[i]);
            declare(v);
            const Expr* init = as->lhs.size() == as->rhs.size() ? as->rhs[i] : nullptr;
            if (v && init) a_.definitions[v] = init;
            noteDeclaredArray(a_, v, init);
          }
        }
        return;
      }
      case StmtKind::Go:
        expr(static_cast<const ast::GoStmt*>(s)->call);
        return;
      case StmtKind::Defer:
        expr(static_cast<const ast::DeferStmt*>(s)->call);
        return;
      case StmtKind::Return:
        exprs(static_cast<const ast::ReturnStmt*>(s)->results);
        return;
      case StmtKind::Block:
        stmts(static_cast<const ast::BlockStmt*>(s)->list);
        return;
      case StmtKind::If: {
        auto* is = static_cast<const ast::IfStmt*>(s);
        stmt(is->init);
        expr(is->cond);
        stmts(is->body->list);
        stmt(is->els);
        return;
      }
      case StmtKind::Switch: {
        auto* sw = static_cast<const ast::SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        for (auto* c : sw->body->list) {
          auto* cc = static_cast<const ast::CaseClause*>(c);
          exprs(cc->list);
          stmts(cc->body);
        }
        return;
      }
      case StmtKind::TypeSwitch: {
        auto* ts = static_cast<const ast::TypeSwitchStmt*>(s);
        stmt(ts->init);
        if (ts->assign->kind == StmtKind::Assign) {
          exprs(static_cast<const ast::AssignStmt*>(ts->assign)->rhs);
        } else {
          stmt(ts->assign);
        }
        for (auto* c : ts->body->list) {
          auto* cc = static_cast<const ast::CaseClause*>(c);
          if (cc->implicitVar) declare(cc->implicitVar);
          stmts(cc->body);
        }
        return;
      }
      case StmtKind::Select:
        for (auto* c : static_cast<const ast::SelectStmt*>(s)->body->list) {
          auto* cc = static_cast<const ast::CommClause*>(c);
          stmt(cc->comm);
          stmts(cc->body);
        }
        return;
      case StmtKind::For: {
        auto* fs = static_cast<const ast::ForStmt*>(s);
        stmt(fs->init);
        expr(fs->cond);
        stmt(fs->post);
        stmts(fs->body->list);
        return;
      }
      case StmtKind::Range: {
        auto* r = static_cast<const ast::RangeStmt*>(s);
        expr(r->x);
        if (r->define) {
          declare(newVar(r->key));
          declare(newVar(r->value));
        } else {
          expr(r->key);
          expr(r->value);
        }
        stmts(r->body->list);
        return;
      }
      default:
        return;
    }
  }

  Analysis& a_;
  Function* fn_;
};

std::vector<const T::Var*> paramVars(const T::Signature* sig) {
  std::vector<const T::Var*> ps;
  auto add = [&](const T::Var* v) { ps.push_back(v && !v->name.empty() && v->name != "_" ? v : nullptr); };
  if (sig->recv) add(sig->recv);
  for (auto* v : sig->params->vars) add(v);
  return ps;
}

// gc's bottomUpVisitor.
class BottomUp {
 public:
  explicit BottomUp(Analysis& a) : a_(a) {}
  uint32_t visit(Function* n) {
    if (auto it = id_.find(n); it != id_.end() && it->second > 0) return it->second;
    uint32_t id = ++visitgen_;
    id_[n] = id;
    uint32_t min = ++visitgen_;
    stack_.push_back(n);
    for (Function* s : a_.successors[n]) {
      uint32_t m = visit(s);
      if (m < min) min = m;
    }
    if ((min == id || min == id + 1) && !n->lit) {
      size_t i = stack_.size();
      while (i-- > 0) {
        id_[stack_[i]] = UINT32_MAX;
        if (stack_[i] == n) break;
      }
      std::vector<Function*> block(stack_.begin() + long(i), stack_.end());
      stack_.resize(i);
      analyzeBatch(a_, block);
    }
    return min;
  }
 private:
  Analysis& a_;
  std::unordered_map<Function*, uint32_t> id_;
  std::vector<Function*> stack_;
  uint32_t visitgen_ = 0;
};

}  // namespace

Function* Analysis::functionFor(const ast::FuncDecl* d) {
  auto& slot = functions[d];
  if (slot) return slot.get();
  slot = std::make_unique<Function>();
  Function* f = slot.get();
  f->decl = d;
  f->sig = d->obj ? d->obj->sig() : nullptr;
  f->name = funcDeclName(d);
  if (f->sig) {
    f->params = paramVars(f->sig);
    for (auto* v : f->sig->results->vars) f->results.push_back(v);
  }
  if (d->body && d->obj && d->obj->pkg == currentPkg) {
    Scanner sc(*this, f);
    sc.scan();
    successors[f] = std::move(sc.successors);
  }
  return f;
}

Function* Analysis::functionFor(const ast::FuncLit* l, Function* outer) {
  auto& slot = functions[l];
  if (slot) return slot.get();
  slot = std::make_unique<Function>();
  Function* f = slot.get();
  f->lit = l;
  f->outer = outer;
  f->sig = l->type && l->type->kind == T::TypeKind::Signature ? static_cast<const T::Signature*>(l->type) : nullptr;
  if (outer) f->name = outer->lit ? outer->name + "." + std::to_string(++outer->closureCount)
                                  : outer->name + ".func" + std::to_string(++outer->closureCount);
  if (f->sig) {
    f->params = paramVars(f->sig);
    for (auto* v : f->sig->results->vars) f->results.push_back(v);
  }
  Scanner sc(*this, f);
  sc.scan();
  successors[f] = std::move(sc.successors);
  return f;
}

EscapeResult analyzeEscapes(const Program& prog, int diagLevel) {
  Analysis a;
  a.prog = &prog;
  a.diagLevel = diagLevel;
  for (const T::Package* pkg : prog.packages) {
    a.currentPkg = pkg;
    BottomUp visitor(a);
    std::vector<Function*> decls;
    for (const ast::File* file : pkg->files)
      for (const ast::Decl* d : file->decls)
        if (auto* fd = dynamic_cast<const ast::FuncDecl*>(d); fd && fd->body && fd->obj) decls.push_back(a.functionFor(fd));
    for (Function* f : decls) visitor.visit(f);
    analyzePackageInit(a, pkg);
  }
  a.currentPkg = nullptr;
  findWriteOnlyArrays(a);
  std::stable_sort(a.devirtualizations.begin(), a.devirtualizations.end(), [](const auto& x, const auto& y) {
    return x.pos.line != y.pos.line ? x.pos.line < y.pos.line : x.pos.col < y.pos.col;
  });
  a.result.messages.insert(a.result.messages.begin(), a.devirtualizations.begin(), a.devirtualizations.end());
  return std::move(a.result);
}

}  // namespace golem::escape
