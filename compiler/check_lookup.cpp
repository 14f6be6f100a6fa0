// Field and method lookup, interface satisfaction, assignability and the
// small type predicates the checker shares.
//
// lookupFieldOrMethod is the spec's selector rule: a breadth-first search of
// the embedded fields, one depth at a time; the shallowest match wins, and two
// matches at the same depth make the selector ambiguous. A method with a
// pointer receiver is in the method set of *T only, so it is found on a T
// value only when the value is addressable (x.m() is then (&x).m()).
//
// Interface satisfaction (missingMethod) looks each interface method up in the
// type's method set; the first missing one, or one with the wrong signature or
// a pointer receiver, gives the "does not implement" cause in gc's words.
#include <algorithm>
#include <cassert>

#include "compiler/check.h"

namespace golem::check {

using namespace types;

// nil stays nil after it is given a type (types2's nilvalue mode).
bool Operand::isNil() const {
  if (mode != Mode::Value || !type) return false;
  if (type->kind == TypeKind::Basic && static_cast<Basic*>(type)->basic == BasicKind::UntypedNil) return true;
  ast::Expr* e = unparen(expr);
  return e && e->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(e)->obj &&
         static_cast<ast::Ident*>(e)->obj->objKind == ObjKind::Nil;
}

bool isValid(const Type* t) {
  return t && !(t->kind == TypeKind::Basic && static_cast<const Basic*>(t)->basic == BasicKind::Invalid);
}

bool isTyped(const Type* t) { return !isUntyped(t); }

bool isConstType(const Type* t) {
  const Type* ut = underlying(const_cast<Type*>(t));
  if (!ut || ut->kind != TypeKind::Basic) return false;
  auto k = static_cast<const Basic*>(ut)->basic;
  return k != BasicKind::Invalid && k != BasicKind::UnsafePointer && k != BasicKind::UntypedNil;
}

ast::Expr* unparen(ast::Expr* e) {
  while (e && e->kind == ast::ExprKind::Paren) e = static_cast<ast::ParenExpr*>(e)->x;
  return e;
}

Type* Checker::under(Type* t) {
  if (!t) return invalid();
  if (t->kind != TypeKind::Named) return t;
  auto* n = static_cast<Named*>(t);
  if (!n->underlying && color[n->obj] == Color::White) objDecl(n->obj);
  return n->underlying ? n->underlying : invalid();
}

Interface* Checker::ifaceOf(Type* t) {
  Type* ut = under(t);
  if (ut->kind != TypeKind::Interface) return nullptr;
  auto* it = static_cast<Interface*>(ut);
  if (!it->complete) completeInterface(it);
  return it;
}

Type* Checker::defaultType(Type* t) {
  if (!t || t->kind != TypeKind::Basic) return t;
  switch (static_cast<Basic*>(t)->basic) {
    case BasicKind::UntypedBool: return typ(BasicKind::Bool);
    case BasicKind::UntypedInt: return typ(BasicKind::Int);
    case BasicKind::UntypedRune: {
      // The rune alias, so that messages say "rune" as gc's do.
      Object* r = u.scope->lookupLocal("rune");
      return r && r->type ? r->type : typ(BasicKind::Int32);
    }
    case BasicKind::UntypedFloat: return typ(BasicKind::Float64);
    case BasicKind::UntypedComplex: return typ(BasicKind::Complex128);
    case BasicKind::UntypedString: return typ(BasicKind::String);
    default: return t;
  }
}

bool Checker::hasNil(Type* t) {
  Type* ut = under(t);
  switch (ut->kind) {
    case TypeKind::Basic: return static_cast<Basic*>(ut)->basic == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Interface:
    case TypeKind::Map:
    case TypeKind::Chan:
      return true;
    default:
      return false;
  }
}

std::string Checker::kindString(Type* t) {
  switch (under(t)->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return typeStr(t);
  }
}

bool Checker::comparable(Type* t, std::string* cause) {
  std::set<Type*> seen;
  std::function<bool(Type*, bool)> rec = [&](Type* T, bool top) -> bool {
    if (!seen.insert(T).second) return true;
    Type* ut = under(T);
    switch (ut->kind) {
      case TypeKind::Basic: return static_cast<Basic*>(ut)->basic != BasicKind::UntypedNil;
      case TypeKind::Pointer:
      case TypeKind::Chan:
      case TypeKind::Interface:
        return true;
      case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(ut)->fields) {
          if (!rec(f->type, false)) {
            if (cause && top) *cause = "struct containing " + typeStr(f->type) + " cannot be compared";
            return false;
          }
        }
        return true;
      case TypeKind::Array:
        if (!rec(static_cast<Array*>(ut)->elem, false)) {
          if (cause && top) *cause = typeStr(T) + " cannot be compared";
          return false;
        }
        return true;
      default:
        return false;
    }
  };
  return rec(t, true);
}

static bool sameId(const Object* o, const Package* pkg, const std::string& name) {
  if (o->name != name) return false;
  if (o->exported()) return true;
  return o->pkg == pkg || !o->pkg || !pkg;
}

static bool hasPtrRecv(Func* f) {
  auto* sig = f->sig();
  return sig && sig->recv && sig->recv->type && sig->recv->type->kind == TypeKind::Pointer;
}

Checker::LookupResult Checker::lookupFieldOrMethod(Type* T, bool addressable, Package* lookupPkg,
                                                   const std::string& name) {
  LookupResult res;
  if (name == "_" || !T) return res;
  Type* typ0 = T;
  bool isPtr = false;
  if (T->kind == TypeKind::Pointer) {
    typ0 = static_cast<Pointer*>(T)->elem;
    isPtr = true;
    // *T where T is a pointer or interface has no methods and no fields.
    Type* ub = under(typ0);
    if (ub->kind == TypeKind::Interface) return res;
  } else if (T->kind != TypeKind::Named) {
    Type* ut = under(T);
    if (ut->kind == TypeKind::Pointer) {
      // An unnamed pointer's fields are reachable; its methods are not.
      typ0 = static_cast<Pointer*>(ut)->elem;
      isPtr = true;
    }
  }
  struct Entry {
    Type* typ;
    std::vector<int> index;
    bool indirect;
    bool multiples;
  };
  std::vector<Entry> current{{typ0, {}, isPtr, false}};
  std::set<Named*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    Object* found = nullptr;
    std::vector<int> foundIndex;
    bool foundIndirect = false;
    for (Entry& e : current) {
      Type* t = e.typ;
      if (t->kind == TypeKind::Named) {
        auto* named = static_cast<Named*>(t);
        if (!seen.insert(named).second) continue;
        under(named);
        for (size_t i = 0; i < named->methods.size(); i++) {
          Func* m = named->methods[i];
          if (!sameId(m, lookupPkg, name)) continue;
          if (found || e.multiples) {
            res.ambiguous = true;
            res.index = e.index;
            return res;
          }
          found = m;
          foundIndex = e.index;
          foundIndex.push_back(int(i));
          foundIndirect = e.indirect;
          break;
        }
        if (found && found->objKind == ObjKind::Func && foundIndex.size() == e.index.size() + 1 &&
            std::equal(e.index.begin(), e.index.end(), foundIndex.begin()))
          continue;
      }
      Type* ut = under(t);
      if (ut->kind == TypeKind::Struct) {
        auto* st = static_cast<Struct*>(ut);
        for (size_t i = 0; i < st->fields.size(); i++) {
          Var* f = st->fields[i];
          if (sameId(f, lookupPkg, name)) {
            if (found || e.multiples) {
              res.ambiguous = true;
              res.index = e.index;
              return res;
            }
            found = f;
            foundIndex = e.index;
            foundIndex.push_back(int(i));
            foundIndirect = e.indirect;
            continue;
          }
          if (!found && f->embedded) {
            Type* ft = f->type;
            bool p = false;
            if (ft && ft->kind == TypeKind::Pointer) {
              ft = static_cast<Pointer*>(ft)->elem;
              p = true;
            }
            if (!ft) continue;
            std::vector<int> idx = e.index;
            idx.push_back(int(i));
            next.push_back({ft, idx, e.indirect || p, e.multiples});
          }
        }
      } else if (ut->kind == TypeKind::Interface) {
        Interface* it = ifaceOf(ut);
        for (size_t i = 0; i < it->allMethods.size(); i++) {
          Func* m = it->allMethods[i];
          if (!sameId(m, lookupPkg, name)) continue;
          if (found || e.multiples) {
            res.ambiguous = true;
            res.index = e.index;
            return res;
          }
          found = m;
          foundIndex = e.index;
          foundIndex.push_back(int(i));
          foundIndirect = e.indirect;
        }
      }
    }
    if (found) {
      if (found->objKind == ObjKind::Func) {
        auto* f = static_cast<Func*>(found);
        if (f->decl) objDecl(f);
        if (f->decl && hasPtrRecv(f) && !foundIndirect && !addressable) {
          res.needPtrRecv = true;
          res.index = foundIndex;
          res.pending = f;
          return res;
        }
      }
      res.obj = found;
      res.index = foundIndex;
      res.indirect = foundIndirect;
      return res;
    }
    // Merge entries for the same type at this depth: reaching it twice makes
    // anything below it ambiguous.
    std::vector<Entry> merged;
    for (Entry& e : next) {
      bool dup = false;
      for (Entry& m : merged) {
        if (identical(m.typ, e.typ)) {
          m.multiples = true;
          dup = true;
          break;
        }
      }
      if (!dup) merged.push_back(e);
    }
    current = std::move(merged);
  }
  return res;
}

static Func* findMethod(const std::vector<Func*>& list, const Package* pkg, const std::string& name) {
  for (Func* f : list)
    if (sameId(f, pkg, name)) return f;
  return nullptr;
}

Func* Checker::missingMethod(Type* V, Interface* T, bool staticCheck, Func** alt) {
  *alt = nullptr;
  if (!T->complete) completeInterface(T);
  if (T->allMethods.empty()) return nullptr;
  if (Interface* vi = ifaceOf(V)) {
    for (Func* m : T->allMethods) {
      Func* f = findMethod(vi->allMethods, m->pkg, m->name);
      if (!f) {
        if (!staticCheck) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return nullptr;
  }
  for (Func* m : T->allMethods) {
    LookupResult r = lookupFieldOrMethod(V, false, m->pkg, m->name);
    bool found = r.obj != nullptr;
    Object* obj = r.obj;
    if (!found) {
      if (r.needPtrRecv) obj = r.pending;
      if (!obj) {
        Pointer tmp(V);
        obj = lookupFieldOrMethod(&tmp, false, m->pkg, m->name).obj;
      }
    }
    if (!obj || obj->objKind != ObjKind::Func) return m;
    auto* f = static_cast<Func*>(obj);
    if (f->decl) objDecl(f);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::funcString(Func* f) {
  std::string s = f->name;
  std::string t = typeStr(f->type);  // "func(...) ..."
  if (t.rfind("func", 0) == 0) t = t.substr(4);
  return s + t;
}

std::string Checker::missingMethodReason(Type* V, Type* T, Func* m, Func* alt) {
  std::string mname = m->name + " method";
  if (alt) {
    if (m->name != alt->name)
      return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
    if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
  }
  auto isIfacePtr = [&](Type* t) {
    Type* ut = under(t);
    return ut->kind == TypeKind::Pointer && under(static_cast<Pointer*>(ut)->elem)->kind == TypeKind::Interface;
  };
  if (isIfacePtr(V)) return "(type " + typeStr(V) + " is pointer to interface, not interface)";
  if (isIfacePtr(T)) return "(type " + typeStr(T) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

bool Checker::implements(Type* V, Type* T, std::string* cause) {
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (!isValid(Vu) || !isValid(Tu)) return true;
  if (Vu->kind == TypeKind::Pointer && !isValid(under(static_cast<Pointer*>(Vu)->elem))) return true;
  Interface* Ti = ifaceOf(T);
  if (!Ti) {
    if (cause) {
      bool ptrIface = Tu->kind == TypeKind::Pointer &&
                      under(static_cast<Pointer*>(Tu)->elem)->kind == TypeKind::Interface;
      *cause = typeStr(V) + " does not implement " + typeStr(T) + " (" +
               (ptrIface ? "type " + typeStr(T) + " is pointer to interface, not interface"
                         : typeStr(T) + " is not an interface") +
               ")";
    }
    return false;
  }
  if (Ti->allMethods.empty()) return true;
  Func* alt = nullptr;
  if (Func* m = missingMethod(V, Ti, true, &alt)) {
    if (cause) *cause = typeStr(V) + " does not implement " + typeStr(T) + " " + missingMethodReason(V, T, m, alt);
    return false;
  }
  return true;
}

static bool hasName(const Type* t) { return t->kind == TypeKind::Basic || t->kind == TypeKind::Named; }

bool Checker::assignableTo(Operand& x, Type* T, std::string* reason) {
  if (x.mode == Mode::Invalid || !isValid(T)) return true;
  Type* V = x.type;
  if (!isValid(V)) return true;
  if (identical(V, T)) return true;
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (isUntyped(Vu)) {
    const ConstValue* val = nullptr;
    int code = 0;
    return implicitTypeAndValue(x, T, &val, &code) != nullptr;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  bool TuIsIfacePtr = Tu->kind == TypeKind::Pointer && under(static_cast<Pointer*>(Tu)->elem)->kind == TypeKind::Interface;
  if (Tu->kind == TypeKind::Interface || TuIsIfacePtr) {
    std::string cause;
    if (!implements(V, T, &cause)) {
      if (reason) *reason = cause;
      return false;
    }
    return true;
  }
  if (Vu->kind == TypeKind::Interface) {
    if (implements(T, V, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (Vu->kind == TypeKind::Chan && static_cast<Chan*>(Vu)->dir == ChanDir::SendRecv && Tu->kind == TypeKind::Chan &&
      identical(static_cast<Chan*>(Vu)->elem, static_cast<Chan*>(Tu)->elem))
    return !hasName(V) || !hasName(T);
  return false;
}

}  // namespace golem::check
