// How escape analysis spells things: gc's node and type formatting (the %v
// of cmd/compile/internal/ir and types in -m messages), node positions as
// gc records them, the -m=2 flow explanations, and the final listing.
//
// gc prints expressions from its IR, where parentheses are gone and are put
// back by operator precedence, implicit conversions print as their operand,
// composite literals print as `T{...}` (or `T{}` when empty), function
// literals as `func literal`, conversions to unnamed types as `([]byte)(s)`.
// Types of the package being compiled print unqualified, others qualified;
// the empty interface is `interface {}`.
#include <sstream>

#include "compiler/constant.h"
#include "compiler/escape_internal.h"

namespace golem::escape {

using ast::Expr;
using ast::ExprKind;
namespace T = types;

std::string typeLabel(const types::Type* t) {
  if (!t) return "?";
  switch (t->kind) {
    case T::TypeKind::Basic:
      return static_cast<const T::Basic*>(t)->name;
    case T::TypeKind::Named: {
      auto* n = static_cast<const T::Named*>(t);
      const T::Package* pkg = n->obj->pkg;
      if (!pkg || pkg->path == "main") return n->obj->name;
      return pkg->name + "." + n->obj->name;
    }
    case T::TypeKind::Pointer:
      return "*" + typeLabel(static_cast<const T::Pointer*>(t)->elem);
    case T::TypeKind::Slice:
      return "[]" + typeLabel(static_cast<const T::Slice*>(t)->elem);
    case T::TypeKind::Array: {
      auto* a = static_cast<const T::Array*>(t);
      return "[" + std::to_string(a->len) + "]" + typeLabel(a->elem);
    }
    case T::TypeKind::Map: {
      auto* m = static_cast<const T::Map*>(t);
      return "map[" + typeLabel(m->key) + "]" + typeLabel(m->elem);
    }
    case T::TypeKind::Chan: {
      auto* c = static_cast<const T::Chan*>(t);
      const char* pre = c->dir == T::ChanDir::SendOnly ? "chan<- " : c->dir == T::ChanDir::RecvOnly ? "<-chan " : "chan ";
      return pre + typeLabel(c->elem);
    }
    case T::TypeKind::Interface: {
      auto* i = static_cast<const T::Interface*>(t);
      if (i->allMethods.empty() && i->methods.empty()) return "interface {}";
      std::string s = "interface {";
      const auto& ms = i->allMethods.empty() ? i->methods : i->allMethods;
      for (size_t k = 0; k < ms.size(); k++) {
        s += k ? "; " : " ";
        std::string sig = typeLabel(ms[k]->type);
        s += ms[k]->name + sig.substr(4);  // drop "func"
      }
      return s + " }";
    }
    case T::TypeKind::Struct: {
      auto* st = static_cast<const T::Struct*>(t);
      if (st->fields.empty()) return "struct {}";
      std::string s = "struct {";
      for (size_t k = 0; k < st->fields.size(); k++) {
        s += k ? "; " : " ";
        if (!st->fields[k]->embedded) s += st->fields[k]->name + " ";
        s += typeLabel(st->fields[k]->type);
      }
      return s + " }";
    }
    case T::TypeKind::Signature: {
      auto* sig = static_cast<const T::Signature*>(t);
      std::string s = "func(";
      for (size_t k = 0; k < sig->params->vars.size(); k++) {
        if (k) s += ", ";
        const T::Type* pt = sig->params->vars[k]->type;
        if (sig->variadic && k + 1 == sig->params->vars.size() && pt->kind == T::TypeKind::Slice)
          s += "..." + typeLabel(static_cast<const T::Slice*>(pt)->elem);
        else
          s += typeLabel(pt);
      }
      s += ")";
      const auto& rs = sig->results->vars;
      if (rs.size() == 1) s += " " + typeLabel(rs[0]->type);
      if (rs.size() > 1) {
        s += " (";
        for (size_t k = 0; k < rs.size(); k++) s += (k ? ", " : "") + typeLabel(rs[k]->type);
        s += ")";
      }
      return s;
    }
    case T::TypeKind::Tuple:
      return "tuple";
  }
  return "?";
}

namespace {

// gc's operator precedences (ir.OpPrec).
int binaryPrec(ast::Op op) {
  using O = ast::Op;
  switch (op) {
    case O::Mul: case O::Quo: case O::Rem: case O::Shl: case O::Shr: case O::And: case O::AndNot:
      return 6;
    case O::Add: case O::Sub: case O::Or: case O::Xor:
      return 5;
    case O::Eql: case O::Neq: case O::Lss: case O::Leq: case O::Gtr: case O::Geq:
      return 4;
    case O::LAnd:
      return 3;
    case O::LOr:
      return 2;
    default:
      return 5;
  }
}

const char* opText(ast::Op op) {
  using O = ast::Op;
  switch (op) {
    case O::Add: return "+";
    case O::Sub: return "-";
    case O::Mul: return "*";
    case O::Quo: return "/";
    case O::Rem: return "%";
    case O::And: return "&";
    case O::Or: return "|";
    case O::Xor: return "^";
    case O::Shl: return "<<";
    case O::Shr: return ">>";
    case O::AndNot: return "&^";
    case O::LAnd: return "&&";
    case O::LOr: return "||";
    case O::Arrow: return "<-";
    case O::Eql: return "==";
    case O::Neq: return "!=";
    case O::Lss: return "<";
    case O::Leq: return "<=";
    case O::Gtr: return ">";
    case O::Geq: return ">=";
    case O::Not: return "!";
    default: return "?";
  }
}

int exprPrec(const Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case ExprKind::Binary:
      return binaryPrec(static_cast<const ast::BinaryExpr*>(e)->op);
    case ExprKind::Unary:
    case ExprKind::Star:
      return 7;
    default:
      return 8;
  }
}

std::string fmtExpr(const Expr* e, int prec);

std::string list(const std::vector<Expr*>& xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); i++) s += (i ? ", " : "") + fmtExpr(xs[i], 0);
  return s;
}

bool isStringAdd(const Expr* e) {
  e = unparen(e);
  return e->kind == ExprKind::Binary && e->mode != ast::Mode::Constant &&
         static_cast<const ast::BinaryExpr*>(e)->op == ast::Op::Add && e->type && T::isString(e->type);
}

void flattenConcat(const Expr* e, std::vector<const Expr*>& out) {
  if (isStringAdd(e)) {
    auto* b = static_cast<const ast::BinaryExpr*>(unparen(e));
    flattenConcat(b->x, out);
    flattenConcat(b->y, out);
    return;
  }
  out.push_back(e);
}

// Constant expressions keep their source form, as gc's do: literals as
// written, 1 << 30, N * 2, named(5).
std::string fmtExprNoParen(const Expr* e) {
  if (e->mode == ast::Mode::TypeExpr && e->type) return typeLabel(e->type);
  switch (e->kind) {
    case ExprKind::Ident:
      return static_cast<const ast::Ident*>(e)->name;
    case ExprKind::BasicLit:
      return static_cast<const ast::BasicLit*>(e)->value;
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const ast::CompositeLit*>(e);
      const T::Type* t = c->type;
      if (t && T::isPointer(const_cast<T::Type*>(t)) && !c->typeExpr)  // elided &T{...}
        return "&" + typeLabel(static_cast<const T::Pointer*>(T::underlying(const_cast<T::Type*>(t)))->elem) +
               (c->elts.empty() ? "{}" : "{...}");
      return typeLabel(t) + (c->elts.empty() ? "{}" : "{...}");
    }
    case ExprKind::FuncLit:
      return "func literal";
    case ExprKind::Selector: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      return fmtExpr(s->x, 8) + "." + s->sel->name;
    }
    case ExprKind::Index: {
      auto* i = static_cast<const ast::IndexExpr*>(e);
      return fmtExpr(i->x, 8) + "[" + fmtExpr(i->index, 0) + "]";
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const ast::SliceExpr*>(e);
      std::string r = fmtExpr(s->x, 8) + "[";
      if (s->low) r += fmtExpr(s->low, 0);
      r += ":";
      if (s->high) r += fmtExpr(s->high, 0);
      if (s->slice3) r += ":" + (s->max ? fmtExpr(s->max, 0) : std::string());
      return r + "]";
    }
    case ExprKind::TypeAssert: {
      auto* t = static_cast<const ast::TypeAssertExpr*>(e);
      return fmtExpr(t->x, 8) + ".(" + (t->typeExpr && t->typeExpr->type ? typeLabel(t->typeExpr->type) : "type") + ")";
    }
    case ExprKind::Call: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      if (c->callKind == ast::CallKind::Conversion && !c->args.empty()) {
        const T::Type* t = c->type;
        bool named = t && (t->kind == T::TypeKind::Named || t->kind == T::TypeKind::Basic);
        return (named ? typeLabel(t) : "(" + typeLabel(t) + ")") + "(" + fmtExpr(c->args[0], 0) + ")";
      }
      if (c->callKind == ast::CallKind::Builtin &&
          (c->builtin == ast::BuiltinId::New || c->builtin == ast::BuiltinId::Make)) {
        std::string s = (c->builtin == ast::BuiltinId::New ? "new(" : "make(") + typeLabel(c->args[0]->type);
        for (size_t i = 1; i < c->args.size(); i++) s += ", " + fmtExpr(c->args[i], 0);
        return s + ")";
      }
      std::string fun = unparen(c->fun)->kind == ExprKind::FuncLit ? "(func literal)" : fmtExpr(c->fun, 8);
      return fun + "(" + list(c->args) + (c->hasEllipsis ? "...)" : ")");
    }
    case ExprKind::Star:
      return "*" + fmtExpr(static_cast<const ast::StarExpr*>(e)->x, 8);
    case ExprKind::Unary: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      const char* op = u->op == ast::Op::And ? "&" : u->op == ast::Op::Sub ? "-" : u->op == ast::Op::Add ? "+" : opText(u->op);
      return op + fmtExpr(u->x, 8);
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      if (isStringAdd(e)) {
        std::vector<const Expr*> parts;
        flattenConcat(e, parts);
        std::string s;
        for (size_t i = 0; i < parts.size(); i++) s += (i ? " + " : "") + fmtExpr(parts[i], 5);
        return s;
      }
      int p = binaryPrec(b->op);
      return fmtExpr(b->x, p) + " " + opText(b->op) + " " + fmtExpr(b->y, p + 1);
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      return fmtExpr(kv->key, 0) + ":" + fmtExpr(kv->value, 0);
    }
    default:
      return e->type ? typeLabel(e->type) : "?";
  }
}

std::string fmtExpr(const Expr* e, int prec) {
  if (!e) return "";
  e = unparen(e);
  std::string s = fmtExprNoParen(e);
  if (prec > exprPrec(e)) return "(" + s + ")";
  return s;
}

}  // namespace

std::string exprLabel(const ast::Expr* e) { return fmtExpr(e, 0); }

std::string stmtLabel(const ast::Stmt* s) {
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::Assign: {
      auto* as = static_cast<const ast::AssignStmt*>(s);
      std::string op = as->define ? ":=" : as->op != ast::Op::None ? std::string(opText(as->op)) + "=" : "=";
      return list(as->lhs) + " " + op + " " + list(as->rhs);
    }
    case K::Return: {
      auto* r = static_cast<const ast::ReturnStmt*>(s);
      return r->results.empty() ? "return" : "return " + list(r->results);
    }
    case K::Send: {
      auto* ss = static_cast<const ast::SendStmt*>(s);
      return fmtExpr(ss->chan, 0) + " <- " + fmtExpr(ss->value, 0);
    }
    case K::Expr:
      return exprLabel(static_cast<const ast::ExprStmt*>(s)->x);
    case K::Go:
      return "go " + exprLabel(static_cast<const ast::GoStmt*>(s)->call);
    case K::Defer:
      return "defer " + exprLabel(static_cast<const ast::DeferStmt*>(s)->call);
    case K::Decl: {
      auto* d = static_cast<const ast::DeclStmt*>(s);
      if (d->decl->specs.empty()) return "var";
      auto* vs = static_cast<const ast::ValueSpec*>(d->decl->specs[0]);
      std::string names;
      for (size_t i = 0; i < vs->names.size(); i++) names += (i ? ", " : "") + vs->names[i]->name;
      std::vector<ast::Expr*> vals(vs->values.begin(), vs->values.end());
      return vals.empty() ? "var " + names : names + " = " + list(vals);
    }
    case K::Range: {
      auto* r = static_cast<const ast::RangeStmt*>(s);
      std::string vars;
      if (r->key) vars = fmtExpr(r->key, 0);
      if (r->value) vars += ", " + fmtExpr(r->value, 0);
      return "for " + vars + (r->define ? " := range " : " = range ") + fmtExpr(r->x, 0);
    }
    case K::CaseClause:
      return "case";
    default:
      return "stmt";
  }
}

Pos exprPos(const ast::Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case ExprKind::Call:
      return static_cast<const ast::CallExpr*>(e)->lparen;
    case ExprKind::CompositeLit:
      return static_cast<const ast::CompositeLit*>(e)->lbrace;
    case ExprKind::Binary:
      return static_cast<const ast::BinaryExpr*>(e)->opPos;
    case ExprKind::Selector: {
      Pos p = static_cast<const ast::SelectorExpr*>(e)->sel->pos;
      p.col--;  // the '.'
      return p;
    }
    case ExprKind::Index:
      return static_cast<const ast::IndexExpr*>(e)->lbrack;
    case ExprKind::Slice:
      return static_cast<const ast::SliceExpr*>(e)->lbrack;
    case ExprKind::TypeAssert: {
      auto* t = static_cast<const ast::TypeAssertExpr*>(e);
      if (!t->typeExpr) return e->pos;
      Pos p = t->typeExpr->pos;
      p.col -= 2;  // ".("
      return p;
    }
    default:
      return e->pos;
  }
}

std::string nodeLabel(NodeRef r) {
  if (r.expr) return exprLabel(r.expr);
  if (r.stmt) return stmtLabel(r.stmt);
  return "";
}

Pos nodePos(NodeRef r) {
  if (r.expr) return exprPos(r.expr);
  if (!r.stmt) return Pos{};
  if (r.stmt->kind == ast::StmtKind::Assign) return static_cast<const ast::AssignStmt*>(r.stmt)->tokPos;
  if (r.stmt->kind == ast::StmtKind::Decl) {
    auto* d = static_cast<const ast::DeclStmt*>(r.stmt);
    if (!d->decl->specs.empty()) {
      auto* vs = static_cast<const ast::ValueSpec*>(d->decl->specs[0]);
      if (!vs->names.empty()) return vs->names[0]->pos;
    }
  }
  return r.stmt->pos;
}

std::string locationLabel(const Location* l) {
  switch (l->kind) {
    case LocKind::Heap:
      return "{heap}";
    case LocKind::Blank:
    case LocKind::Temp:
      return "{temp}";
    case LocKind::Var:
      return l->label;
    case LocKind::Site:
      return l->site ? "{storage for " + l->label + "}" : "{temp}";
  }
  return "{temp}";
}

void explainFlow(std::vector<std::string>& out, const Location* dst, const Location* src, int derefs, const Note* notes) {
  std::string ops = derefs < 0 ? "&" : std::string(size_t(derefs), '*');
  out.push_back("   flow: " + locationLabel(dst) + " = " + ops + locationLabel(src) + ":");
  for (const Note* n = notes; n; n = n->next) {
    if (!n->where.expr && !n->where.stmt) continue;
    out.push_back("     from " + nodeLabel(n->where) + " (" + n->why + ") at " + nodePos(n->where).str());
  }
}

std::vector<std::string> escapeDiagnosticLines(const EscapeResult& result, int level) {
  std::vector<std::string> lines;
  for (const auto& m : result.messages) {
    if (m.flow && level < 2) continue;
    lines.push_back(m.pos.str() + (m.flow ? ":" : ": ") + m.text);
  }
  return lines;
}

void printEscapeDiagnostics(const Program& prog, int level, std::ostream& out) {
  if (level <= 0) return;
  EscapeResult r = analyzeEscapes(prog, level);
  for (const auto& line : escapeDiagnosticLines(r, level)) out << line << "\n";
}

}  // namespace golem::escape
