// Resolving and describing names for :doc and :bytecode (see repl_lookup.h).
#include "cli/repl_lookup.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "compiler/constant.h"

namespace golem::repl {

namespace {

std::vector<std::string> splitDots(const std::string& s) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, '.')) parts.push_back(part);
  return parts;
}

types::Object* methodOf(types::Object* typeName, const std::string& name) {
  if (!typeName || typeName->objKind != types::ObjKind::TypeName || !typeName->type ||
      typeName->type->kind != types::TypeKind::Named)
    return nullptr;
  for (types::Func* m : static_cast<types::Named*>(typeName->type)->methods)
    if (m->name == name) return m;
  return nullptr;
}

// The `//` lines right above line `line` of the object's source file.
std::string docComment(const types::Object* obj) {
  if (!obj->pos.file) return "";
  const std::string& text = obj->pos.file->text;
  std::vector<std::string> lines;
  std::stringstream in(text);
  std::string l;
  while (std::getline(in, l)) lines.push_back(l);
  std::vector<std::string> doc;
  for (int k = obj->pos.line - 2; k >= 0 && size_t(k) < lines.size(); k--) {
    std::string t = lines[size_t(k)];
    t.erase(0, t.find_first_not_of(" \t"));
    if (t.rfind("//", 0) != 0) break;
    doc.push_back(t.size() > 2 && t[2] == ' ' ? t.substr(3) : t.substr(2));
  }
  std::reverse(doc.begin(), doc.end());
  std::string out;
  for (const std::string& d : doc) out += "    " + d + "\n";
  return out;
}

// Go's spelling of t as its own package writes it: "Builder", not
// "strings.Builder", inside package strings.
std::string typeIn(const types::Type* t, const types::Package* pkg) {
  std::string s = types::typeString(t, false);
  if (!pkg || pkg->path == "main") return s;
  std::string qualifier = pkg->name + ".";
  for (size_t at = s.find(qualifier); at != std::string::npos; at = s.find(qualifier, at)) {
    bool partOfName = at > 0 && (std::isalnum(static_cast<unsigned char>(s[at - 1])) || s[at - 1] == '_');
    if (partOfName)
      at += qualifier.size();
    else
      s.erase(at, qualifier.size());
  }
  return s;
}

std::string signature(const types::Func* fn) {
  const types::Signature* sig = fn->sig();
  std::string s = "func ";
  if (sig && sig->recv) {
    s += "(";
    if (!sig->recv->name.empty()) s += sig->recv->name + " ";
    s += typeIn(sig->recv->type, fn->pkg) + ") ";
  }
  std::string t = sig ? typeIn(sig, fn->pkg) : "func()";
  return s + fn->name + t.substr(4);  // after "func"
}

// A struct as the package's users see it: its unexported fields, in another
// package, are only mentioned.
std::string underlyingIn(const types::Type* u, const types::Package* pkg) {
  if (!pkg || pkg->path == "main" || u->kind != types::TypeKind::Struct) return typeIn(u, pkg);
  auto* st = static_cast<const types::Struct*>(u);
  std::string s = "struct{";
  bool hidden = false, first = true;
  for (const types::Var* f : st->fields) {
    if (!f->exported()) {
      hidden = true;
      continue;
    }
    s += (first ? "" : "; ") + (f->embedded ? "" : f->name + " ") + typeIn(f->type, pkg);
    first = false;
  }
  if (hidden) s += first ? "/* unexported fields */" : "; /* unexported fields */";
  return s + "}";
}

std::string declaration(const types::Object* obj) {
  switch (obj->objKind) {
    case types::ObjKind::Func:
      return signature(static_cast<const types::Func*>(obj));
    case types::ObjKind::Var:
      return "var " + obj->name + " " + typeIn(obj->type, obj->pkg);
    case types::ObjKind::Const: {
      auto* c = static_cast<const types::Const*>(obj);
      return "const " + obj->name + " " + typeIn(obj->type, obj->pkg) +
             (c->value ? " = " + c->value->str() : "");
    }
    case types::ObjKind::TypeName: {
      std::string s = "type " + obj->name + " ";
      if (obj->type && obj->type->kind == types::TypeKind::Named) {
        auto* named = static_cast<const types::Named*>(obj->type);
        s += named->underlying ? underlyingIn(named->underlying, obj->pkg) : "?";
      } else if (obj->type) {
        s = "type " + obj->name + " = " + typeIn(obj->type, obj->pkg);
      }
      return s;
    }
    default:
      return obj->name;
  }
}

// The methods of a named type its users may call, one signature a line.
std::string methodsOf(const types::Object* obj) {
  if (obj->objKind != types::ObjKind::TypeName || !obj->type || obj->type->kind != types::TypeKind::Named) return "";
  std::string out;
  for (const types::Func* m : static_cast<const types::Named*>(obj->type)->methods)
    if (m->exported() || !m->pkg || m->pkg->path == "main") out += signature(m) + "\n";
  return out;
}

}  // namespace

Found lookupName(Session& session, const std::string& dotted) {
  std::vector<std::string> parts = splitDots(dotted);
  Found found;
  if (parts.empty() || parts.size() > 3) return found;
  types::Package* main = session.mainPackage();
  types::Object* first = main && main->scope ? main->scope->lookupLocal(parts[0]) : nullptr;
  if (first && first->name.rfind("__golem", 0) == 0) first = nullptr;
  if (first) {
    if (parts.size() == 1) found.obj = first;
    if (parts.size() == 2) found.obj = methodOf(first, parts[1]);
    return found;
  }
  types::Package* pkg = session.packageNamed(parts[0]);
  if (!pkg) return found;
  if (parts.size() == 1) {
    found.pkg = pkg;
    return found;
  }
  types::Object* member = pkg->scope->lookupLocal(parts[1]);
  if (member && !member->exported()) member = nullptr;
  found.obj = parts.size() == 2 ? member : methodOf(member, parts[2]);
  return found;
}

std::string describe(const Found& found) {
  if (found.obj) return declaration(found.obj) + "\n" + docComment(found.obj) + methodsOf(found.obj);
  if (!found.pkg) return "";
  std::string out = "package " + found.pkg->name + " // import \"" + found.pkg->path + "\"\n";
  for (auto& [name, obj] : found.pkg->scope->names)
    if (obj->exported()) out += "\n" + declaration(obj);
  return out + "\n";
}

}  // namespace golem::repl
