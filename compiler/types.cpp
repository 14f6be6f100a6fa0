// The universe of predeclared names, and the structural queries on types.
//
// Universe. Mirrors go/types' universe.go for Go 1.19 without generics: the
// basic types (byte and rune are alias TypeNames whose types are Basic
// objects of their own, kind Uint8 and Int32, named "byte" and "rune", so
// that messages say "byte" where the program did, while identical() compares
// basic kinds and treats them as uint8 and int32), the untyped kinds
// ("untyped int", ...), `error` (a Named type whose underlying interface is
// { Error() string }), `any` (an alias of the universe's empty interface,
// anyType), the constants true, false and iota (iota's value is the
// checker's business: it reads the current spec's iota instead), nil, and
// the builtin functions. Package unsafe (Universe::unsafePkg) holds Pointer,
// Sizeof, Alignof and Offsetof. `clear`, `comparable` and Go 1.20's unsafe
// additions are not predeclared, as in Go 1.19.
//
// Identity. identical() follows the spec's "Type identity": a Named type is
// identical only to itself; unnamed types are compared structurally, with
// struct field names, embeddedness and tags significant, function parameter
// and result names and receivers ignored, interfaces compared by method set.
// Recursion always passes through a Named type, which stops at pointer
// equality, so no cycle detection is needed.
//
// Spelling. typeString() prints types the way types2 does in gc's messages
// ("func(a int) string", "struct{a int; b string \"tag\"}", "interface{M()}",
// "chan (<-chan int)", "any" for the universe's any), with package names
// qualified or, for package main with qualify=false, not. runtimeTypeString()
// prints the spelling of reflect's Type.String, which is what %T shows and
// what identifies an unnamed type at run time ("[]uint8", "interface {}",
// "struct { a int }", "func(int) string").
#include "compiler/types.h"

#include <cstdio>

#include <algorithm>
#include <cassert>
#include <mutex>

#include "compiler/constant.h"

namespace golem::types {

namespace {

// The `any` interfaces of the live universes: typeString spells them "any",
// as types2 does for the interface the alias denotes.
std::mutex anyTypesMu;
std::vector<const Type*>& anyTypes() {
  static auto* v = new std::vector<const Type*>();
  return *v;
}

bool isUniverseAny(const Type* t) {
  std::lock_guard<std::mutex> lock(anyTypesMu);
  auto& v = anyTypes();
  return std::find(v.begin(), v.end(), t) != v.end();
}

struct BasicInfo {
  BasicKind kind;
  const char* name;
};

constexpr BasicInfo kBasicNames[] = {
    {BasicKind::Invalid, "invalid type"},
    {BasicKind::Bool, "bool"},
    {BasicKind::Int, "int"},
    {BasicKind::Int8, "int8"},
    {BasicKind::Int16, "int16"},
    {BasicKind::Int32, "int32"},
    {BasicKind::Int64, "int64"},
    {BasicKind::Uint, "uint"},
    {BasicKind::Uint8, "uint8"},
    {BasicKind::Uint16, "uint16"},
    {BasicKind::Uint32, "uint32"},
    {BasicKind::Uint64, "uint64"},
    {BasicKind::Uintptr, "uintptr"},
    {BasicKind::Float32, "float32"},
    {BasicKind::Float64, "float64"},
    {BasicKind::Complex64, "complex64"},
    {BasicKind::Complex128, "complex128"},
    {BasicKind::String, "string"},
    {BasicKind::UnsafePointer, "unsafe.Pointer"},
    {BasicKind::UntypedBool, "untyped bool"},
    {BasicKind::UntypedInt, "untyped int"},
    {BasicKind::UntypedRune, "untyped rune"},
    {BasicKind::UntypedFloat, "untyped float"},
    {BasicKind::UntypedComplex, "untyped complex"},
    {BasicKind::UntypedString, "untyped string"},
    {BasicKind::UntypedNil, "untyped nil"},
};

struct BuiltinInfo {
  const char* name;
  ast::BuiltinId id;
};

constexpr BuiltinInfo kUniverseBuiltins[] = {
    {"append", ast::BuiltinId::Append},   {"cap", ast::BuiltinId::Cap},
    {"close", ast::BuiltinId::Close},     {"complex", ast::BuiltinId::Complex},
    {"copy", ast::BuiltinId::Copy},       {"delete", ast::BuiltinId::Delete},
    {"imag", ast::BuiltinId::Imag},       {"len", ast::BuiltinId::Len},
    {"make", ast::BuiltinId::Make},       {"new", ast::BuiltinId::New},
    {"panic", ast::BuiltinId::Panic},     {"print", ast::BuiltinId::Print},
    {"println", ast::BuiltinId::Println}, {"real", ast::BuiltinId::Real},
    {"recover", ast::BuiltinId::Recover},
};

constexpr BuiltinInfo kUnsafeBuiltins[] = {
    {"Sizeof", ast::BuiltinId::Sizeof},
    {"Alignof", ast::BuiltinId::Alignof},
    {"Offsetof", ast::BuiltinId::Offsetof},
};

void declare(Scope* scope, Object* obj) {
  assert(!scope->lookupLocal(obj->name) && "predeclared twice");
  obj->parent = scope;
  scope->names[obj->name] = obj;
}

}  // namespace

Universe::Universe() {
  scope = make<Scope>(nullptr);

  basics.resize(static_cast<size_t>(BasicKind::UntypedNil) + 1);
  for (const BasicInfo& b : kBasicNames)
    basics[static_cast<size_t>(b.kind)] = make<Basic>(b.kind, b.name);
  for (int k = static_cast<int>(BasicKind::Bool); k <= static_cast<int>(BasicKind::String); k++) {
    Basic* t = basics[static_cast<size_t>(k)];
    auto* name = make<TypeName>(t->name, Pos{});
    name->type = t;
    declare(scope, name);
  }
  auto declareAlias = [&](const char* aliasName, Type* t) {
    auto* name = make<TypeName>(aliasName, Pos{});
    name->type = t;
    name->isAlias = true;
    declare(scope, name);
  };
  declareAlias("byte", make<Basic>(BasicKind::Uint8, "byte"));
  declareAlias("rune", make<Basic>(BasicKind::Int32, "rune"));

  auto* empty = make<Interface>();
  empty->complete = true;
  anyType = empty;
  declareAlias("any", empty);
  {
    std::lock_guard<std::mutex> lock(anyTypesMu);
    anyTypes().push_back(empty);
  }

  // type error interface { Error() string }
  auto* errorName = make<TypeName>("error", Pos{});
  auto* errorNamed = make<Named>(errorName);
  errorName->type = errorNamed;
  auto* results = make<Tuple>();
  results->vars.push_back(make<Var>("", Pos{}, basic(BasicKind::String)));
  auto* errorSig = make<Signature>(make<Tuple>(), results, false);
  errorSig->recv = make<Var>("", Pos{}, errorNamed);
  auto* errorMethod = make<Func>("Error", Pos{});
  errorMethod->type = errorSig;
  auto* errorIface = make<Interface>();
  errorIface->methods.push_back(errorMethod);
  errorIface->allMethods.push_back(errorMethod);
  errorIface->complete = true;
  errorNamed->underlying = errorIface;
  errorType = errorNamed;
  declare(scope, errorName);

  auto declareConst = [&](const char* constName, BasicKind k, const ConstValue* v) {
    auto* c = make<Const>(constName, Pos{});
    c->type = basic(k);
    c->value = v;
    declare(scope, c);
  };
  declareConst("true", BasicKind::UntypedBool, ConstValue::makeBool(true));
  declareConst("false", BasicKind::UntypedBool, ConstValue::makeBool(false));
  declareConst("iota", BasicKind::UntypedInt, ConstValue::makeInt64(0));

  auto* nil = make<Nil>();
  nil->type = basic(BasicKind::UntypedNil);
  declare(scope, nil);

  for (const BuiltinInfo& b : kUniverseBuiltins) declare(scope, make<Builtin>(b.name, b.id));

  unsafePkg = make<Package>();
  unsafePkg->path = "unsafe";
  unsafePkg->name = "unsafe";
  unsafePkg->scope = make<Scope>(scope);
  auto* pointerName = make<TypeName>("Pointer", Pos{});
  pointerName->type = basic(BasicKind::UnsafePointer);
  pointerName->pkg = unsafePkg;
  declare(unsafePkg->scope, pointerName);
  for (const BuiltinInfo& b : kUnsafeBuiltins) {
    auto* builtin = make<Builtin>(b.name, b.id);
    builtin->pkg = unsafePkg;
    declare(unsafePkg->scope, builtin);
  }
}

Universe::~Universe() {
  std::lock_guard<std::mutex> lock(anyTypesMu);
  auto& v = anyTypes();
  v.erase(std::remove(v.begin(), v.end(), anyType), v.end());
}

// ---------------------------------------------------------------------------
// Underlying types and identity

Type* underlying(Type* t) {
  // A Named type's underlying type is never Named; it is nullptr only while
  // the declaration is being checked.
  if (t && t->kind == TypeKind::Named) return static_cast<Named*>(t)->underlying;
  return t;
}

namespace {

const Type* under(const Type* t) {
  return underlying(const_cast<Type*>(t));
}

// Unexported names from different packages are different names.
bool sameName(const Object* a, const Object* b) {
  if (a->name != b->name) return false;
  return a->exported() || a->pkg == b->pkg;
}

bool identicalTuples(const Tuple* a, const Tuple* b) {
  size_t na = a ? a->vars.size() : 0, nb = b ? b->vars.size() : 0;
  if (na != nb) return false;
  for (size_t i = 0; i < na; i++)
    if (!identical(a->vars[i]->type, b->vars[i]->type)) return false;
  return true;
}

void collectMethods(const Interface* it, std::vector<const Func*>& out) {
  for (const Func* m : it->methods) out.push_back(m);
  for (const Type* e : it->embeddeds) {
    const Type* u = under(e);
    if (u && u->kind == TypeKind::Interface) collectMethods(static_cast<const Interface*>(u), out);
  }
}

// The interface's method set sorted by name (allMethods once complete).
std::vector<const Func*> methodSet(const Interface* it) {
  std::vector<const Func*> out;
  if (it->complete) {
    out.assign(it->allMethods.begin(), it->allMethods.end());
    return out;
  }
  collectMethods(it, out);
  std::sort(out.begin(), out.end(), [](const Func* a, const Func* b) { return a->name < b->name; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Func* a, const Func* b) { return a->name == b->name; }),
            out.end());
  return out;
}

}  // namespace

bool identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic:
      // byte and uint8 (rune and int32) are distinct objects of one kind.
      return static_cast<const Basic*>(a)->basic == static_cast<const Basic*>(b)->basic;
    case TypeKind::Array: {
      auto* x = static_cast<const Array*>(a);
      auto* y = static_cast<const Array*>(b);
      return x->len == y->len && identical(x->elem, y->elem);
    }
    case TypeKind::Slice:
      return identical(static_cast<const Slice*>(a)->elem, static_cast<const Slice*>(b)->elem);
    case TypeKind::Struct: {
      auto* x = static_cast<const Struct*>(a);
      auto* y = static_cast<const Struct*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        const Var* f = x->fields[i];
        const Var* g = y->fields[i];
        if (f->embedded != g->embedded || !sameName(f, g) || !identical(f->type, g->type))
          return false;
        const std::string& tf = i < x->tags.size() ? x->tags[i] : std::string();
        const std::string& tg = i < y->tags.size() ? y->tags[i] : std::string();
        if (tf != tg) return false;
      }
      return true;
    }
    case TypeKind::Pointer:
      return identical(static_cast<const Pointer*>(a)->elem, static_cast<const Pointer*>(b)->elem);
    case TypeKind::Tuple:
      return identicalTuples(static_cast<const Tuple*>(a), static_cast<const Tuple*>(b));
    case TypeKind::Signature: {
      auto* x = static_cast<const Signature*>(a);
      auto* y = static_cast<const Signature*>(b);
      return x->variadic == y->variadic && identicalTuples(x->params, y->params) &&
             identicalTuples(x->results, y->results);
    }
    case TypeKind::Interface: {
      std::vector<const Func*> mx = methodSet(static_cast<const Interface*>(a));
      std::vector<const Func*> my = methodSet(static_cast<const Interface*>(b));
      if (mx.size() != my.size()) return false;
      for (size_t i = 0; i < mx.size(); i++)
        if (!sameName(mx[i], my[i]) || !identical(mx[i]->type, my[i]->type)) return false;
      return true;
    }
    case TypeKind::Map: {
      auto* x = static_cast<const Map*>(a);
      auto* y = static_cast<const Map*>(b);
      return identical(x->key, y->key) && identical(x->elem, y->elem);
    }
    case TypeKind::Chan: {
      auto* x = static_cast<const Chan*>(a);
      auto* y = static_cast<const Chan*>(b);
      return x->dir == y->dir && identical(x->elem, y->elem);
    }
    case TypeKind::Named:
      return false;  // only identical to itself
  }
  return false;
}

// ---------------------------------------------------------------------------
// Spelling

namespace {

// types2's TypeString.
class MessageWriter {
 public:
  explicit MessageWriter(bool qualify) : qualify_(qualify) {}
  std::string out;

  void type(const Type* t) {
    if (!t) {
      out += "<nil>";
      return;
    }
    switch (t->kind) {
      case TypeKind::Basic:
        out += static_cast<const Basic*>(t)->name;
        return;
      case TypeKind::Array: {
        auto* a = static_cast<const Array*>(t);
        out += "[" + std::to_string(a->len) + "]";
        type(a->elem);
        return;
      }
      case TypeKind::Slice:
        out += "[]";
        type(static_cast<const Slice*>(t)->elem);
        return;
      case TypeKind::Struct: {
        auto* s = static_cast<const Struct*>(t);
        out += "struct{";
        for (size_t i = 0; i < s->fields.size(); i++) {
          if (i > 0) out += "; ";
          const Var* f = s->fields[i];
          if (!f->embedded) out += f->name + " ";
          type(f->type);
          if (i < s->tags.size() && !s->tags[i].empty())
            out += " " + ConstValue::makeString(s->tags[i])->exactString();
        }
        out += "}";
        return;
      }
      case TypeKind::Pointer:
        out += "*";
        type(static_cast<const Pointer*>(t)->elem);
        return;
      case TypeKind::Tuple:
        tuple(static_cast<const Tuple*>(t), false);
        return;
      case TypeKind::Signature:
        out += "func";
        signature(static_cast<const Signature*>(t));
        return;
      case TypeKind::Interface: {
        if (isUniverseAny(t)) {
          out += "any";
          return;
        }
        auto* it = static_cast<const Interface*>(t);
        out += "interface{";
        bool first = true;
        for (const Func* m : it->methods) {
          if (!first) out += "; ";
          first = false;
          out += m->name;
          signature(m->sig());
        }
        for (const Type* e : it->embeddeds) {
          if (!first) out += "; ";
          first = false;
          type(e);
        }
        out += "}";
        return;
      }
      case TypeKind::Map: {
        auto* m = static_cast<const Map*>(t);
        out += "map[";
        type(m->key);
        out += "]";
        type(m->elem);
        return;
      }
      case TypeKind::Chan: {
        auto* c = static_cast<const Chan*>(t);
        bool parens = false;
        switch (c->dir) {
          case ChanDir::SendRecv:
            out += "chan ";
            // chan (<-chan T) needs parentheses to parse back.
            parens = c->elem && c->elem->kind == TypeKind::Chan &&
                     static_cast<const Chan*>(c->elem)->dir == ChanDir::RecvOnly;
            break;
          case ChanDir::SendOnly:
            out += "chan<- ";
            break;
          case ChanDir::RecvOnly:
            out += "<-chan ";
            break;
        }
        if (parens) out += "(";
        type(c->elem);
        if (parens) out += ")";
        return;
      }
      case TypeKind::Named: {
        const TypeName* obj = static_cast<const Named*>(t)->obj;
        const Package* pkg = obj->pkg;
        if (pkg && (qualify_ || pkg->path != "main"))
          out += (pkg->name.empty() ? pkg->path : pkg->name) + ".";
        out += obj->name;
        return;
      }
    }
  }

  void tuple(const Tuple* tup, bool variadic) {
    out += "(";
    if (tup) {
      for (size_t i = 0; i < tup->vars.size(); i++) {
        if (i > 0) out += ", ";
        const Var* v = tup->vars[i];
        if (!v->name.empty()) out += v->name + " ";
        if (variadic && i + 1 == tup->vars.size() && v->type && v->type->kind == TypeKind::Slice) {
          out += "...";
          type(static_cast<const Slice*>(v->type)->elem);
        } else {
          type(v->type);
        }
      }
    }
    out += ")";
  }

  void signature(const Signature* sig) {
    if (!sig) return;
    tuple(sig->params, sig->variadic);
    size_t n = sig->results ? sig->results->vars.size() : 0;
    if (n == 0) return;
    out += " ";
    if (n == 1 && sig->results->vars[0]->name.empty()) {
      type(sig->results->vars[0]->type);
      return;
    }
    tuple(sig->results, false);
  }

 private:
  bool qualify_;
};

// reflect's rtype.String.
class RuntimeWriter {
 public:
  std::string out;
  bool identity = false;  // name defined types by their object's unique id too (typeIdentityKey)

  void type(const Type* t) {
    if (!t) {
      out += "<nil>";
      return;
    }
    switch (t->kind) {
      case TypeKind::Basic:
        basic(static_cast<const Basic*>(t)->basic);
        return;
      case TypeKind::Array: {
        auto* a = static_cast<const Array*>(t);
        out += "[" + std::to_string(a->len) + "]";
        type(a->elem);
        return;
      }
      case TypeKind::Slice:
        out += "[]";
        type(static_cast<const Slice*>(t)->elem);
        return;
      case TypeKind::Struct: {
        auto* s = static_cast<const Struct*>(t);
        if (s->fields.empty()) {
          out += "struct {}";
          return;
        }
        out += "struct { ";
        for (size_t i = 0; i < s->fields.size(); i++) {
          if (i > 0) out += "; ";
          const Var* f = s->fields[i];
          if (!f->embedded) out += f->name + " ";
          type(f->type);
          if (i < s->tags.size() && !s->tags[i].empty())
            out += " " + ConstValue::makeString(s->tags[i])->exactString();
        }
        out += " }";
        return;
      }
      case TypeKind::Pointer:
        out += "*";
        type(static_cast<const Pointer*>(t)->elem);
        return;
      case TypeKind::Tuple: {
        auto* tup = static_cast<const Tuple*>(t);
        out += "(";
        for (size_t i = 0; i < tup->vars.size(); i++) {
          if (i > 0) out += ", ";
          type(tup->vars[i]->type);
        }
        out += ")";
        return;
      }
      case TypeKind::Signature:
        out += "func";
        signature(static_cast<const Signature*>(t));
        return;
      case TypeKind::Interface: {
        std::vector<const Func*> methods = methodSet(static_cast<const Interface*>(t));
        if (methods.empty()) {
          out += "interface {}";
          return;
        }
        out += "interface { ";
        for (size_t i = 0; i < methods.size(); i++) {
          if (i > 0) out += "; ";
          out += methods[i]->name;
          signature(methods[i]->sig());
        }
        out += " }";
        return;
      }
      case TypeKind::Map: {
        auto* m = static_cast<const Map*>(t);
        out += "map[";
        type(m->key);
        out += "]";
        type(m->elem);
        return;
      }
      case TypeKind::Chan: {
        auto* c = static_cast<const Chan*>(t);
        bool parens = false;
        switch (c->dir) {
          case ChanDir::SendRecv:
            out += "chan ";
            parens = c->elem && c->elem->kind == TypeKind::Chan &&
                     static_cast<const Chan*>(c->elem)->dir == ChanDir::RecvOnly;
            break;
          case ChanDir::SendOnly:
            out += "chan<- ";
            break;
          case ChanDir::RecvOnly:
            out += "<-chan ";
            break;
        }
        if (parens) out += "(";
        type(c->elem);
        if (parens) out += ")";
        return;
      }
      case TypeKind::Named: {
        const TypeName* obj = static_cast<const Named*>(t)->obj;
        if (obj->pkg) out += (obj->pkg->name.empty() ? obj->pkg->path : obj->pkg->name) + ".";
        out += obj->name;
        if (identity) out += "#" + std::to_string(obj->uniqueId);
        return;
      }
    }
  }

 private:
  // Kinds, not names: byte is uint8 at run time.
  void basic(BasicKind k) {
    for (const BasicInfo& b : kBasicNames)
      if (b.kind == k) {
        out += b.name;
        return;
      }
  }

  void signature(const Signature* sig) {
    if (!sig) return;
    out += "(";
    const Tuple* params = sig->params;
    size_t n = params ? params->vars.size() : 0;
    for (size_t i = 0; i < n; i++) {
      if (i > 0) out += ", ";
      const Type* t = params->vars[i]->type;
      if (sig->variadic && i + 1 == n && t && t->kind == TypeKind::Slice) {
        out += "...";
        type(static_cast<const Slice*>(t)->elem);
      } else {
        type(t);
      }
    }
    out += ")";
    size_t r = sig->results ? sig->results->vars.size() : 0;
    if (r == 0) return;
    out += " ";
    if (r == 1) {
      type(sig->results->vars[0]->type);
      return;
    }
    out += "(";
    for (size_t i = 0; i < r; i++) {
      if (i > 0) out += ", ";
      type(sig->results->vars[i]->type);
    }
    out += ")";
  }
};

}  // namespace

std::string typeString(const Type* t, bool qualify) {
  MessageWriter w(qualify);
  w.type(t);
  return std::move(w.out);
}

std::string runtimeTypeString(const Type* t) {
  RuntimeWriter w;
  w.type(t);
  return std::move(w.out);
}

std::string typeIdentityKey(const Type* t) {
  RuntimeWriter w;
  w.identity = true;
  w.type(t);
  return std::move(w.out);
}

// ---------------------------------------------------------------------------
// Predicates

namespace {
const Basic* basicUnder(const Type* t) {
  const Type* u = under(t);
  return u && u->kind == TypeKind::Basic ? static_cast<const Basic*>(u) : nullptr;
}

bool basicIn(const Type* t, BasicKind lo, BasicKind hi) {
  const Basic* b = basicUnder(t);
  return b && b->basic >= lo && b->basic <= hi;
}

bool basicIs(const Type* t, BasicKind k1, BasicKind k2) {
  const Basic* b = basicUnder(t);
  return b && (b->basic == k1 || b->basic == k2);
}
}  // namespace

bool isBasic(const Type* t, BasicKind k) {
  const Basic* b = basicUnder(t);
  return b && b->basic == k;
}

bool isInteger(const Type* t) {
  return basicIn(t, BasicKind::Int, BasicKind::Uintptr) ||
         basicIn(t, BasicKind::UntypedInt, BasicKind::UntypedRune);
}
bool isUnsigned(const Type* t) {
  return basicIn(t, BasicKind::Uint, BasicKind::Uintptr);
}
bool isFloat(const Type* t) {
  return basicIn(t, BasicKind::Float32, BasicKind::Float64) || isBasic(t, BasicKind::UntypedFloat);
}
bool isComplex(const Type* t) {
  return basicIn(t, BasicKind::Complex64, BasicKind::Complex128) ||
         isBasic(t, BasicKind::UntypedComplex);
}
bool isNumeric(const Type* t) {
  return isInteger(t) || isFloat(t) || isComplex(t);
}
bool isString(const Type* t) {
  return basicIs(t, BasicKind::String, BasicKind::UntypedString);
}
bool isBoolean(const Type* t) {
  return basicIs(t, BasicKind::Bool, BasicKind::UntypedBool);
}
bool isUntyped(const Type* t) {
  return basicIn(t, BasicKind::UntypedBool, BasicKind::UntypedNil);
}
bool isInterface(const Type* t) {
  const Type* u = under(t);
  return u && u->kind == TypeKind::Interface;
}
bool isPointer(const Type* t) {
  const Type* u = under(t);
  return u && u->kind == TypeKind::Pointer;
}

bool isComparable(const Type* t) {
  const Type* u = under(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(u)->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (const Var* f : static_cast<const Struct*>(u)->fields)
        if (!isComparable(f->type)) return false;
      return true;
    case TypeKind::Array:
      return isComparable(static_cast<const Array*>(u)->elem);
    default:
      return false;  // slices, maps, functions, tuples
  }
}

bool isOrdered(const Type* t) {
  return isInteger(t) || isFloat(t) || isString(t);
}

bool hasPointers(const Type* t) {
  const Type* u = under(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = static_cast<const Basic*>(u)->basic;
      return k == BasicKind::String || k == BasicKind::UntypedString ||
             k == BasicKind::UnsafePointer || k == BasicKind::UntypedNil;
    }
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(u);
      return a->len > 0 && hasPointers(a->elem);
    }
    case TypeKind::Struct:
      for (const Var* f : static_cast<const Struct*>(u)->fields)
        if (hasPointers(f->type)) return true;
      return false;
    case TypeKind::Tuple:
      for (const Var* v : static_cast<const Tuple*>(u)->vars)
        if (hasPointers(v->type)) return true;
      return false;
    default:
      return true;  // slices, pointers, maps, channels, funcs, interfaces
  }
}

// ---------------------------------------------------------------------------
// Functions

bool Func::isMethod() const {
  const Signature* s = sig();
  return s && s->recv;
}

std::string Func::fullName() const {
  std::string prefix = pkg ? pkg->path + "." : "";
  if (!isMethod()) return prefix + name;
  const Type* recv = sig()->recv->type;
  bool pointer = recv && recv->kind == TypeKind::Pointer;
  if (pointer) recv = static_cast<const Pointer*>(recv)->elem;
  std::string recvName = recv && recv->kind == TypeKind::Named
                             ? static_cast<const Named*>(recv)->obj->name
                             : typeString(recv, false);
  if (pointer) return prefix + "(*" + recvName + ")." + name;
  return prefix + recvName + "." + name;
}

}  // namespace golem::types
