// How the checker spells things in its messages, exactly as gc (types2) does.
//
// Types print as go/types' TypeString with a qualifier relative to the package
// being checked: its own named types unqualified ("T"), others by package name
// ("fmt.Stringer"). Expressions print as the parser's exprString (the syntax
// package's short form, "[]int{…}"). Operands print
// as types2's operandString: `x (variable of type int)`, `1 (untyped int
// constant)`, `1 << 70 (untyped int constant 1180591620717411303424)`.
#include <cassert>

#include "compiler/check.h"
#include "compiler/parser.h"
#include "compiler/token.h"

namespace golem::check {

using namespace types;

Pos Checker::startPos(ast::Expr* e) {
  using K = ast::ExprKind;
  while (e) {
    switch (e->kind) {
      case K::Selector: e = static_cast<ast::SelectorExpr*>(e)->x; continue;
      case K::Index: e = static_cast<ast::IndexExpr*>(e)->x; continue;
      case K::TypeAssert: e = static_cast<ast::TypeAssertExpr*>(e)->x; continue;
      case K::Call: e = static_cast<ast::CallExpr*>(e)->fun; continue;
      case K::Binary: e = static_cast<ast::BinaryExpr*>(e)->x; continue;
      case K::CompositeLit: {
        auto* c = static_cast<ast::CompositeLit*>(e);
        if (!c->typeExpr) return e->pos;
        e = c->typeExpr;
        continue;
      }
      // gc's StartPos does not look inside slice expressions: they start at '['.
      case K::Slice: return static_cast<ast::SliceExpr*>(e)->lbrack;
      case K::KeyValue: return static_cast<ast::KeyValueExpr*>(e)->colon;
      default: return e->pos;
    }
  }
  return Pos{};
}

void Checker::error(Pos pos, std::string msg) {
  // After the first error, messages about invalid operands or types are
  // follow-on noise (types2 drops them the same way).
  if (errorCount > 0 && (msg.find("invalid operand") != std::string::npos ||
                         msg.find("invalid type") != std::string::npos))
    return;
  errorCount++;
  diags.error(pos, std::move(msg));
}

static void writeType(const Checker& c, std::string& out, const Type* t, int depth);

static void writeTuple(const Checker& c, std::string& out, const Tuple* tup, bool variadic, int depth) {
  out += '(';
  if (tup) {
    for (size_t i = 0; i < tup->vars.size(); i++) {
      if (i > 0) out += ", ";
      const Var* v = tup->vars[i];
      if (!v->name.empty()) out += v->name + " ";
      if (variadic && i + 1 == tup->vars.size() && v->type && v->type->kind == TypeKind::Slice) {
        out += "...";
        writeType(c, out, static_cast<const Slice*>(v->type)->elem, depth);
      } else {
        writeType(c, out, v->type, depth);
      }
    }
  }
  out += ')';
}

static void writeSignature(const Checker& c, std::string& out, const Signature* sig, int depth) {
  writeTuple(c, out, sig->params, sig->variadic, depth);
  size_t n = sig->results ? sig->results->vars.size() : 0;
  if (n == 0) return;
  out += ' ';
  if (n == 1 && sig->results->vars[0]->name.empty()) {
    writeType(c, out, sig->results->vars[0]->type, depth);
    return;
  }
  writeTuple(c, out, sig->results, false, depth);
}

static void writeType(const Checker& c, std::string& out, const Type* t, int depth) {
  if (!t) {
    out += "<nil>";
    return;
  }
  if (depth > 64) {
    out += "…";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<const Basic*>(t);
      if (b->basic == BasicKind::UnsafePointer) out += "unsafe.Pointer";
      else if (b->basic == BasicKind::Invalid) out += "invalid type";
      else out += b->name;
      return;
    }
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      out += "[" + std::to_string(a->len) + "]";
      writeType(c, out, a->elem, depth + 1);
      return;
    }
    case TypeKind::Slice:
      out += "[]";
      writeType(c, out, static_cast<const Slice*>(t)->elem, depth + 1);
      return;
    case TypeKind::Struct: {
      auto* s = static_cast<const Struct*>(t);
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i > 0) out += "; ";
        const Var* f = s->fields[i];
        if (!f->embedded) out += f->name + " ";
        writeType(c, out, f->type, depth + 1);
        if (i < s->tags.size() && !s->tags[i].empty()) {
          out += " \"";
          for (char ch : s->tags[i]) {
            if (ch == '"' || ch == '\\') out += '\\';
            out += ch;
          }
          out += "\"";
        }
      }
      out += "}";
      return;
    }
    case TypeKind::Pointer:
      out += "*";
      writeType(c, out, static_cast<const Pointer*>(t)->elem, depth + 1);
      return;
    case TypeKind::Tuple:
      writeTuple(c, out, static_cast<const Tuple*>(t), false, depth + 1);
      return;
    case TypeKind::Signature:
      out += "func";
      writeSignature(c, out, static_cast<const Signature*>(t), depth + 1);
      return;
    case TypeKind::Interface: {
      auto* it = static_cast<const Interface*>(t);
      if (t == c.u.anyType) {
        out += "any";
        return;
      }
      out += "interface{";
      bool first = true;
      for (const Func* m : it->methods) {
        if (!first) out += "; ";
        first = false;
        out += m->name;
        if (m->type) writeSignature(c, out, static_cast<const Signature*>(m->type), depth + 1);
      }
      for (const Type* e : it->embeddeds) {
        if (!first) out += "; ";
        first = false;
        writeType(c, out, e, depth + 1);
      }
      out += "}";
      return;
    }
    case TypeKind::Map: {
      auto* m = static_cast<const Map*>(t);
      out += "map[";
      writeType(c, out, m->key, depth + 1);
      out += "]";
      writeType(c, out, m->elem, depth + 1);
      return;
    }
    case TypeKind::Chan: {
      auto* ch = static_cast<const Chan*>(t);
      bool parens = false;
      switch (ch->dir) {
        case ChanDir::SendRecv:
          out += "chan ";
          parens = ch->elem && ch->elem->kind == TypeKind::Chan &&
                   static_cast<const Chan*>(ch->elem)->dir == ChanDir::RecvOnly;
          break;
        case ChanDir::SendOnly: out += "chan<- "; break;
        case ChanDir::RecvOnly: out += "<-chan "; break;
      }
      if (parens) out += "(";
      writeType(c, out, ch->elem, depth + 1);
      if (parens) out += ")";
      return;
    }
    case TypeKind::Named: {
      auto* n = static_cast<const Named*>(t);
      if (n->obj->pkg && n->obj->pkg != c.pkg) out += n->obj->pkg->name + ".";
      out += n->obj->name;
      return;
    }
  }
}

std::string Checker::typeStr(const Type* t) const {
  std::string s;
  writeType(*this, s, t, 0);
  return s;
}

std::string opString(ast::Op op) { return opSpelling(op); }

std::string Checker::exprStr(const ast::Expr* e) const { return e ? exprString(e) : std::string(); }

static const char* modeString(Mode m) {
  switch (m) {
    case Mode::Invalid: return "invalid operand";
    case Mode::NoValue: return "no value";
    case Mode::Builtin: return "built-in";
    case Mode::TypeExpr: return "type";
    case Mode::Constant: return "constant";
    case Mode::Variable: return "variable";
    case Mode::MapIndex: return "map index expression";
    case Mode::Value: return "value";
    case Mode::CommaOk: return "comma, ok expression";
  }
  return "";
}

std::string Checker::operandStr(const Operand& x) const {
  if (x.isNil()) {
    if (isUntyped(x.type)) return "nil";
    return "nil (of type " + typeStr(x.type) + ")";
  }
  std::string expr;
  if (x.expr) expr = exprStr(x.expr);
  else if (x.mode == Mode::TypeExpr) expr = typeStr(x.type);
  else if (x.mode == Mode::Constant && x.val) expr = x.val->str();
  std::string s;
  if (!expr.empty()) s = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr:
      break;
    default:
      if (x.type) {
        if (isUntyped(x.type)) {
          s += static_cast<Basic*>(x.type)->name + " ";
          break;
        }
        hasType = true;
      }
  }
  s += modeString(x.mode);
  if (x.mode == Mode::Constant && x.val) {
    std::string v = x.val->str();
    if (v != expr) s += " " + v;
  }
  if (hasType) {
    if (isValid(x.type)) s += " of type " + typeStr(x.type);
    else s += " with invalid type";
  }
  if (!expr.empty()) s += ")";
  return s;
}

std::string Checker::objStr(const Object* o) const { return o ? o->name : "<nil>"; }

std::string Checker::typesSummary(const std::vector<Type*>& list, bool variadic) const {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0) s += ", ";
    Type* t = list[i];
    if (!t || !isValid(t)) {
      s += "<T>";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) {
        s += "number";
      } else {
        std::string n = static_cast<Basic*>(t)->name;
        if (n.rfind("untyped ", 0) == 0) n = n.substr(8);
        s += n;
      }
    } else if (variadic && i + 1 == list.size() && t->kind == TypeKind::Slice) {
      s += "..." + typeStr(static_cast<Slice*>(t)->elem);
    } else {
      s += typeStr(t);
    }
  }
  return s + ")";
}

}  // namespace golem::check
