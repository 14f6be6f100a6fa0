// Labels and branch statements: resolving break, continue, goto and
// fallthrough to their targets, with gc's messages (cmd/compile's syntax
// package does this pass; types2 leaves it to it).
//
// One walk over a function body, block by block. Each block knows its
// parent, where it starts, and the labeled statement it belongs to (for
// `break L` / `continue L`, which must name an enclosing statement). Labels
// are function-wide. A goto to a label not seen yet is a forward goto: it
// stays pending until a label of that name is declared in the same block
// (resolving it; jumping over a variable declaration is an error) or the
// block ends (it then becomes pending in the parent block). A forward goto
// still pending at the end jumps into a block, or to no label at all.
#include <cassert>
#include <map>

#include "compiler/check.h"

namespace golem::check {

namespace {

struct Block {
  Block* parent;
  Pos start;
  ast::LabeledStmt* lstmt;
};

struct LabelInfo {
  Block* parent;
  ast::LabeledStmt* stmt;
  bool used = false;
};

struct Targets {
  ast::Stmt* breaks = nullptr;     // for, switch or select
  ast::Stmt* continues = nullptr;  // for
  int caseIndex = -1;              // index of the enclosing switch case, or -1
  int caseCount = 0;
  bool typeSwitch = false;
};

class LabelScope {
 public:
  explicit LabelScope(Checker& c) : c_(c) {}

  std::vector<ast::BranchStmt*> blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt, Pos start,
                                              const std::vector<ast::Stmt*>& body);
  void finish(const std::vector<ast::BranchStmt*>& fwd);

 private:
  LabelInfo* declare(Block* b, ast::LabeledStmt* s) {
    const std::string& name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      c_.error(s->label->pos, "label " + name + " already defined at " + it->second->stmt->label->pos.str());
      return it->second.get();
    }
    auto l = std::make_unique<LabelInfo>();
    l->parent = b;
    l->stmt = s;
    LabelInfo* raw = l.get();
    labels_[name] = std::move(l);
    order_.push_back(raw);
    return raw;
  }

  ast::LabeledStmt* enclosingTarget(Block* b, const std::string& name) {
    for (; b; b = b->parent)
      if (b->lstmt && b->lstmt->label->name == name) {
        labels_[name]->used = true;
        return b->lstmt;
      }
    return nullptr;
  }

  ast::LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    for (; b; b = b->parent)
      if (it->second->parent == b) {
        it->second->used = true;
        return it->second->stmt;
      }
    return nullptr;
  }

  Checker& c_;
  std::map<std::string, std::unique_ptr<LabelInfo>> labels_;
  std::vector<LabelInfo*> order_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

std::vector<ast::BranchStmt*> LabelScope::blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt,
                                                        Pos start, const std::vector<ast::Stmt*>& body) {
  blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
  Block* b = blocks_.back().get();
  Pos varPos;
  std::string varName;
  std::vector<ast::BranchStmt*> fwdGotos, badGotos;
  auto recordVarDecl = [&](Pos pos, const std::string& name) {
    varPos = pos;
    varName = name;
    badGotos = fwdGotos;
  };
  auto jumpsOverVarDecl = [&](ast::BranchStmt* fwd) {
    if (!varPos.valid()) return false;
    for (auto* bad : badGotos)
      if (bad == fwd) return true;
    return false;
  };
  auto innerBlock = [&](Targets t, Pos st, const std::vector<ast::Stmt*>& list, ast::LabeledStmt* ls) {
    auto inner = blockBranches(b, t, ls, st, list);
    fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
  };
  size_t n = body.size();
  while (n > 0 && body[n - 1] && body[n - 1]->kind == ast::StmtKind::Empty) n--;
  for (size_t stmtIndex = 0; stmtIndex < n; stmtIndex++) {
    ast::Stmt* s = body[stmtIndex];
    ast::LabeledStmt* cur = nullptr;
    while (s && s->kind == ast::StmtKind::Labeled) {
      auto* l = static_cast<ast::LabeledStmt*>(s);
      const std::string& name = l->label->name;
      if (name != "_") {
        LabelInfo* info = declare(b, l);
        std::vector<ast::BranchStmt*> keep;
        for (auto* fwd : fwdGotos) {
          if (fwd->label->name == name) {
            fwd->target = l;
            info->used = true;
            if (jumpsOverVarDecl(fwd))
              c_.error(fwd->label->pos, "goto " + name + " jumps over declaration of " + varName + " at " + varPos.str());
          } else {
            keep.push_back(fwd);
          }
        }
        fwdGotos = keep;
        cur = l;
      }
      s = l->stmt;
    }
    if (!s) continue;
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::Decl: {
        auto* d = static_cast<ast::DeclStmt*>(s)->decl;
        if (d && d->tok == ast::DeclTok::Var && !d->specs.empty()) {
          auto* vs = static_cast<ast::ValueSpec*>(d->specs[0]);
          if (!vs->names.empty()) recordVarDecl(vs->pos.valid() ? vs->pos : d->pos, vs->names[0]->name);
        }
        break;
      }
      case K::Assign: {
        auto* as = static_cast<ast::AssignStmt*>(s);
        if (as->define) {
          std::string names;
          for (size_t i = 0; i < as->lhs.size(); i++) names += (i ? ", " : "") + c_.exprStr(as->lhs[i]);
          recordVarDecl(as->tokPos, names);
        }
        break;
      }
      case K::Branch: {
        auto* br = static_cast<ast::BranchStmt*>(s);
        if (!br->label) {
          switch (br->tok) {
            case ast::BranchTok::Break:
              if (ctxt.breaks) br->target = ctxt.breaks;
              else c_.error(s->pos, "break is not in a loop, switch, or select");
              break;
            case ast::BranchTok::Continue:
              if (ctxt.continues) br->target = ctxt.continues;
              else c_.error(s->pos, "continue is not in a loop");
              break;
            case ast::BranchTok::Fallthrough: {
              std::string msg = "fallthrough statement out of place";
              if (ctxt.breaks && (ctxt.breaks->kind == K::Switch || ctxt.breaks->kind == K::TypeSwitch)) {
                if (ctxt.typeSwitch) {
                  msg = "cannot fallthrough in type switch";
                } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                  // nested in a block or not the last statement
                } else if (ctxt.caseIndex + 1 == ctxt.caseCount) {
                  msg = "cannot fallthrough final case in switch";
                } else {
                  br->target = ctxt.breaks;
                  break;
                }
              }
              c_.error(s->pos, msg);
              break;
            }
            case ast::BranchTok::Goto:
              break;
          }
          break;
        }
        const std::string& name = br->label->name;
        switch (br->tok) {
          case ast::BranchTok::Break:
            if (ast::LabeledStmt* t = enclosingTarget(b, name)) {
              auto k = t->stmt ? t->stmt->kind : K::Bad;
              if (k == K::Switch || k == K::TypeSwitch || k == K::Select || k == K::For || k == K::Range)
                br->target = t->stmt;
              else
                c_.error(br->label->pos, "invalid break label " + name);
            } else {
              c_.error(br->label->pos, "break label not defined: " + name);
            }
            break;
          case ast::BranchTok::Continue:
            if (ast::LabeledStmt* t = enclosingTarget(b, name)) {
              auto k = t->stmt ? t->stmt->kind : K::Bad;
              if (k == K::For || k == K::Range) br->target = t->stmt;
              else c_.error(br->label->pos, "invalid continue label " + name);
            } else {
              c_.error(br->label->pos, "continue label not defined: " + name);
            }
            break;
          case ast::BranchTok::Goto:
            if (ast::LabeledStmt* t = gotoTarget(b, name)) br->target = t;
            else fwdGotos.push_back(br);
            break;
          case ast::BranchTok::Fallthrough:
            break;
        }
        break;
      }
      case K::Block: {
        Targets t{ctxt.breaks, ctxt.continues, -1, 0, false};
        innerBlock(t, s->pos, static_cast<ast::BlockStmt*>(s)->list, cur);
        break;
      }
      case K::If: {
        Targets t{ctxt.breaks, ctxt.continues, -1, 0, false};
        auto* is = static_cast<ast::IfStmt*>(s);
        innerBlock(t, is->body->pos, is->body->list, cur);
        if (is->els) innerBlock(t, is->els->pos, {is->els}, cur);
        break;
      }
      case K::Switch:
      case K::TypeSwitch: {
        ast::BlockStmt* sb = s->kind == K::Switch ? static_cast<ast::SwitchStmt*>(s)->body
                                                  : static_cast<ast::TypeSwitchStmt*>(s)->body;
        Targets t{s, ctxt.continues, -1, int(sb->list.size()), s->kind == K::TypeSwitch};
        for (size_t i = 0; i < sb->list.size(); i++) {
          if (sb->list[i]->kind != K::CaseClause) continue;
          auto* cc = static_cast<ast::CaseClause*>(sb->list[i]);
          t.caseIndex = int(i);
          innerBlock(t, cc->pos, cc->body, cur);
        }
        break;
      }
      case K::Select: {
        Targets t{s, ctxt.continues, -1, 0, false};
        for (ast::Stmt* c : static_cast<ast::SelectStmt*>(s)->body->list) {
          if (c->kind != K::CommClause) continue;
          auto* cc = static_cast<ast::CommClause*>(c);
          innerBlock(t, cc->pos, cc->body, cur);
        }
        break;
      }
      case K::For: {
        Targets t{s, s, -1, 0, false};
        auto* fs = static_cast<ast::ForStmt*>(s);
        innerBlock(t, fs->body->pos, fs->body->list, cur);
        break;
      }
      case K::Range: {
        Targets t{s, s, -1, 0, false};
        auto* rs = static_cast<ast::RangeStmt*>(s);
        innerBlock(t, rs->body->pos, rs->body->list, cur);
        break;
      }
      default:
        break;
    }
  }
  return fwdGotos;
}

void LabelScope::finish(const std::vector<ast::BranchStmt*>& fwd) {
  for (ast::BranchStmt* g : fwd) {
    const std::string& name = g->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      it->second->used = true;
      c_.error(g->label->pos, "goto " + name + " jumps into block starting at " + it->second->parent->start.str());
    } else {
      c_.error(g->label->pos, "label " + name + " not defined");
    }
  }
  for (LabelInfo* l : order_)
    if (!l->used) c_.error(l->stmt->label->pos, "label " + l->stmt->label->name + " defined and not used");
}

}  // namespace

void Checker::labels(ast::BlockStmt* body) {
  LabelScope ls(*this);
  auto fwd = ls.blockBranches(nullptr, Targets{}, nullptr, body->pos, body->list);
  ls.finish(fwd);
}

}  // namespace golem::check
