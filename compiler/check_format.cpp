// How the checker spells things in its messages, exactly as gc (types2) does.
//
// Types print as go/types' TypeString with a qualifier relative to the package
// being checked: its own named types unqualified ("T"), others by package name
// ("fmt.Stringer"). Expressions print as cmd/compile/internal/syntax's
// ShortForm printer: the source expression rebuilt from the tree, with the
// bodies of function and composite literals shortened to "{…}". Operands print
// as types2's operandString: `x (variable of type int)`, `1 (untyped int
// constant)`, `1 << 70 (untyped int constant 1180591620717411303424)`.
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

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

static const char* opSpelling(ast::Op op) {
  switch (op) {
    case ast::Op::Add: return "+";
    case ast::Op::Sub: return "-";
    case ast::Op::Mul: return "*";
    case ast::Op::Quo: return "/";
    case ast::Op::Rem: return "%";
    case ast::Op::And: return "&";
    case ast::Op::Or: return "|";
    case ast::Op::Xor: return "^";
    case ast::Op::Shl: return "<<";
    case ast::Op::Shr: return ">>";
    case ast::Op::AndNot: return "&^";
    case ast::Op::LAnd: return "&&";
    case ast::Op::LOr: return "||";
    case ast::Op::Arrow: return "<-";
    case ast::Op::Inc: return "++";
    case ast::Op::Dec: return "--";
    case ast::Op::Eql: return "==";
    case ast::Op::Neq: return "!=";
    case ast::Op::Lss: return "<";
    case ast::Op::Leq: return "<=";
    case ast::Op::Gtr: return ">";
    case ast::Op::Geq: return ">=";
    case ast::Op::Not: return "!";
    case ast::Op::Tilde: return "~";
    case ast::Op::None: return "";
  }
  return "";
}

std::string opString(ast::Op op) { return opSpelling(op); }

static void writeExpr(std::string& out, const ast::Expr* e);

static void writeFieldList(std::string& out, const ast::FieldList* fl, const char* sep) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    const ast::Field* f = fl->list[i];
    if (i > 0) out += sep;
    for (size_t j = 0; j < f->names.size(); j++) {
      if (j > 0) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += " ";
    writeExpr(out, f->typeExpr);
    if (!f->tag.empty()) out += " " + f->tag;
  }
}

static void writeSignatureExpr(std::string& out, const ast::FuncType* ft) {
  out += "(";
  writeFieldList(out, ft->params, ", ");
  out += ")";
  if (ft->results && !ft->results->list.empty()) {
    out += " ";
    const auto& rl = ft->results->list;
    if (rl.size() == 1 && rl[0]->names.empty()) {
      writeExpr(out, rl[0]->typeExpr);
    } else {
      out += "(";
      writeFieldList(out, ft->results, ", ");
      out += ")";
    }
  }
}

static void writeExprList(std::string& out, const std::vector<ast::Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0) out += ", ";
    writeExpr(out, list[i]);
  }
}

static void writeExpr(std::string& out, const ast::Expr* e) {
  using K = ast::ExprKind;
  if (!e) return;
  switch (e->kind) {
    case K::Bad: out += "<bad expr>"; return;
    case K::Ident: out += static_cast<const ast::Ident*>(e)->name; return;
    case K::BasicLit: out += static_cast<const ast::BasicLit*>(e)->value; return;
    case K::CompositeLit: {
      auto* c = static_cast<const ast::CompositeLit*>(e);
      writeExpr(out, c->typeExpr);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case K::FuncLit: {
      auto* f = static_cast<const ast::FuncLit*>(e);
      out += "func";
      writeSignatureExpr(out, f->funcType);
      out += (f->body && !f->body->list.empty()) ? " {…}" : " {}";
      return;
    }
    case K::Paren:
      out += "(";
      writeExpr(out, static_cast<const ast::ParenExpr*>(e)->x);
      out += ")";
      return;
    case K::Selector: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      writeExpr(out, s->x);
      out += ".";
      writeExpr(out, s->sel);
      return;
    }
    case K::Index: {
      auto* i = static_cast<const ast::IndexExpr*>(e);
      writeExpr(out, i->x);
      out += "[";
      writeExpr(out, i->index);
      out += "]";
      return;
    }
    case K::Slice: {
      auto* s = static_cast<const ast::SliceExpr*>(e);
      writeExpr(out, s->x);
      out += "[";
      writeExpr(out, s->low);
      out += ":";
      writeExpr(out, s->high);
      if (s->max) {
        out += ":";
        writeExpr(out, s->max);
      }
      out += "]";
      return;
    }
    case K::TypeAssert: {
      auto* t = static_cast<const ast::TypeAssertExpr*>(e);
      writeExpr(out, t->x);
      out += ".(";
      if (t->typeExpr) writeExpr(out, t->typeExpr);
      else out += "type";
      out += ")";
      return;
    }
    case K::Call: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      writeExpr(out, c->fun);
      out += "(";
      writeExprList(out, c->args);
      if (c->hasEllipsis) out += "...";
      out += ")";
      return;
    }
    case K::Star:
      out += "*";
      writeExpr(out, static_cast<const ast::StarExpr*>(e)->x);
      return;
    case K::Unary: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      out += opSpelling(u->op);
      writeExpr(out, u->x);
      return;
    }
    case K::Binary: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      writeExpr(out, b->x);
      out += " ";
      out += opSpelling(b->op);
      out += " ";
      writeExpr(out, b->y);
      return;
    }
    case K::KeyValue: {
      auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      writeExpr(out, kv->key);
      out += ": ";
      writeExpr(out, kv->value);
      return;
    }
    case K::Ellipsis:
      out += "...";
      writeExpr(out, static_cast<const ast::Ellipsis*>(e)->elt);
      return;
    case K::ArrayType: {
      auto* a = static_cast<const ast::ArrayType*>(e);
      out += "[";
      if (a->len) {
        if (a->len->kind == K::Ellipsis) out += "...";
        else writeExpr(out, a->len);
      }
      out += "]";
      writeExpr(out, a->elt);
      return;
    }
    case K::StructType:
      out += "struct{";
      writeFieldList(out, static_cast<const ast::StructType*>(e)->fields, "; ");
      out += "}";
      return;
    case K::FuncType:
      out += "func";
      writeSignatureExpr(out, static_cast<const ast::FuncType*>(e));
      return;
    case K::InterfaceType: {
      out += "interface{";
      auto* it = static_cast<const ast::InterfaceType*>(e);
      if (it->methods) {
        for (size_t i = 0; i < it->methods->list.size(); i++) {
          const ast::Field* f = it->methods->list[i];
          if (i > 0) out += "; ";
          if (!f->names.empty() && f->typeExpr && f->typeExpr->kind == K::FuncType) {
            out += f->names[0]->name;
            writeSignatureExpr(out, static_cast<const ast::FuncType*>(f->typeExpr));
          } else {
            writeExpr(out, f->typeExpr);
          }
        }
      }
      out += "}";
      return;
    }
    case K::MapType: {
      auto* m = static_cast<const ast::MapType*>(e);
      out += "map[";
      writeExpr(out, m->key);
      out += "]";
      writeExpr(out, m->value);
      return;
    }
    case K::ChanType: {
      auto* c = static_cast<const ast::ChanType*>(e);
      if (c->dir == ast::ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == ast::ChanDir::Send) out += "<-";
      out += " ";
      bool parens = c->dir == ast::ChanDir::Both && c->value && c->value->kind == K::ChanType &&
                    static_cast<const ast::ChanType*>(c->value)->dir == ast::ChanDir::Recv;
      if (parens) out += "(";
      writeExpr(out, c->value);
      if (parens) out += ")";
      return;
    }
  }
}

std::string Checker::exprStr(const ast::Expr* e) const {
  std::string s;
  writeExpr(s, e);
  return s;
}

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
  if (x.isNil()) return "nil";
  if (x.mode == Mode::Value && x.expr && x.expr->kind == ast::ExprKind::Ident &&
      static_cast<ast::Ident*>(x.expr)->name == "nil" && x.type && x.type->kind != TypeKind::Basic)
    return "nil (of type " + typeStr(x.type) + ")";
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
