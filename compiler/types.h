// Go's types and the objects names refer to, as the type checker builds them.
//
// The model is go/types': a Type is Basic, Array, Slice, Struct, Pointer,
// Tuple, Signature, Interface, Map, Chan or Named; an Object is a Var, Const,
// TypeName, Func, PkgName, Builtin, Label or Nil. Types are created by the
// checker and owned by the Universe's TypeArena; they are compared with
// identical() (structural), except Named types, which are identical only to
// themselves. Every type has a layout in Go's amd64 rules (sizes.cpp):
// int and pointers are 8 bytes, string {ptr,len}, slice {ptr,len,cap},
// interface {itab/type, data}, map/chan/func one pointer, struct fields at
// their natural alignment, and the struct rounded to its alignment (a
// trailing zero-size field gets one byte of padding, as gc does).
//
// The runtime's view of a type is a different thing, rt::Type
// (runtime/type.h); compiler/typedesc.h derives one from the other.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/source.h"

namespace golem {
class ConstValue;
}
namespace golem::rt {
struct Type;
}

namespace golem::types {

enum class TypeKind : uint8_t {
  Basic,
  Array,
  Slice,
  Struct,
  Pointer,
  Tuple,
  Signature,
  Interface,
  Map,
  Chan,
  Named,
};

// Basic kinds, in go/types order.
enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  // The runtime descriptor, created on first use by compiler/typedesc.cpp.
  mutable const rt::Type* descriptor = nullptr;
};

struct Basic : Type {
  BasicKind basic;
  // "int", "untyped int"; the byte and rune aliases have Basic objects of
  // their own (kind Uint8/Int32, name "byte"/"rune") so messages say "byte";
  // identical() compares kinds, so byte and uint8 are the same type.
  std::string name;
  Basic(BasicKind b, std::string n) : Type(TypeKind::Basic), basic(b), name(std::move(n)) {}
};

struct Array : Type {
  Type* elem;
  int64_t len;
  Array(Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
};

struct Slice : Type {
  Type* elem;
  explicit Slice(Type* e) : Type(TypeKind::Slice), elem(e) {}
};

struct Var;
struct Func;
struct TypeName;

struct Struct : Type {
  std::vector<Var*> fields;  // each Var has isField set
  std::vector<std::string> tags;
  Struct() : Type(TypeKind::Struct) {}
};

struct Pointer : Type {
  Type* elem;
  explicit Pointer(Type* e) : Type(TypeKind::Pointer), elem(e) {}
};

// The parameter or result list of a signature, and the type of a multi-value
// expression (a call of a function with several results).
struct Tuple : Type {
  std::vector<Var*> vars;
  Tuple() : Type(TypeKind::Tuple) {}
};

struct Signature : Type {
  Var* recv = nullptr;  // set for methods
  Tuple* params;
  Tuple* results;
  bool variadic = false;  // the last param is ...T, typed []T
  Signature(Tuple* p, Tuple* r, bool v) : Type(TypeKind::Signature), params(p), results(r), variadic(v) {}
};

struct Interface : Type {
  std::vector<Func*> methods;    // explicitly declared
  std::vector<Type*> embeddeds;  // embedded interfaces
  // Complete method set (explicit + embedded), sorted by name (Go's itab order:
  // exported names sort before unexported ones only by byte order, as Go does).
  std::vector<Func*> allMethods;
  bool complete = false;
  Interface() : Type(TypeKind::Interface) {}
  bool empty() const { return allMethods.empty(); }
};

struct Map : Type {
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
};

enum class ChanDir : uint8_t { SendRecv, SendOnly, RecvOnly };

struct Chan : Type {
  ChanDir dir;
  Type* elem;
  Chan(ChanDir d, Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
};

struct Named : Type {
  TypeName* obj;
  Type* underlying = nullptr;  // never a Named; set once the declaration is checked
  std::vector<Func*> methods;  // declared methods, in source order
  explicit Named(TypeName* o) : Type(TypeKind::Named), obj(o) {}
};

// ---------------------------------------------------------------------------
// Objects

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

struct Package;
struct Scope;

struct Object {
  ObjKind objKind;
  std::string name;
  Pos pos;
  Type* type = nullptr;
  Package* pkg = nullptr;     // nullptr for universe objects
  Scope* parent = nullptr;    // the scope the object was declared in
  Object(ObjKind k, std::string n, Pos p) : objKind(k), name(std::move(n)), pos(p) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

struct Var : Object {
  bool isField = false;
  bool isParam = false;      // parameter or result of a function
  bool isResult = false;
  bool embedded = false;     // embedded struct field
  bool isGlobal = false;     // package-level variable
  bool used = false;         // for "declared but not used"
  // Facts for the code generator and escape analysis:
  bool addrTaken = false;    // &v appears, or a method with pointer receiver is called on v
  bool captured = false;     // referenced from a function literal other than the declaring function
  bool reassignedAfterDecl = false;  // assigned anywhere other than its declaration
  Func* owner = nullptr;           // declaring function (nullptr for globals, fields)
  ast::FuncLit* ownerLit = nullptr;  // declaring function literal, if inside one
  Var(std::string n, Pos p, Type* t) : Object(ObjKind::Var, std::move(n), p) { type = t; }
};

struct Const : Object {
  const ConstValue* value = nullptr;
  Const(std::string n, Pos p) : Object(ObjKind::Const, std::move(n), p) {}
};

struct TypeName : Object {
  bool isAlias = false;
  // Never reused within the process (unlike the object's address, once a
  // program is freed): names the defined type in typeIdentityKey, so that
  // the process-wide descriptor table never hands one program's descriptor
  // to another program's type.
  uint64_t uniqueId;
  TypeName(std::string n, Pos p) : Object(ObjKind::TypeName, std::move(n), p), uniqueId(nextUniqueId()) {}

 private:
  static uint64_t nextUniqueId() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
  }
};

struct Func : Object {
  ast::FuncDecl* decl = nullptr;  // nullptr for interface methods
  bool isMethod() const;
  // For a body-less declaration in a stdlib package: the intrinsic's name,
  // "pkg.Name" or "pkg.Type.Name" (looked up in stdlib/natives.h).
  std::string nativeName;
  Func(std::string n, Pos p) : Object(ObjKind::Func, std::move(n), p) {}
  Signature* sig() const { return static_cast<Signature*>(type); }
  // "main.f", "main.T.m", "main.(*T).m": the name Go's tracebacks print.
  std::string fullName() const;
};

struct PkgName : Object {
  Package* imported;
  bool used = false;
  PkgName(std::string n, Pos p, Package* pk) : Object(ObjKind::PkgName, std::move(n), p), imported(pk) {}
};

struct Builtin : Object {
  ast::BuiltinId id;
  Builtin(std::string n, ast::BuiltinId i) : Object(ObjKind::Builtin, std::move(n), Pos{}), id(i) {}
};

struct Label : Object {
  ast::LabeledStmt* stmt = nullptr;
  bool used = false;
  Label(std::string n, Pos p) : Object(ObjKind::Label, std::move(n), p) {}
};

struct Nil : Object {
  Nil() : Object(ObjKind::Nil, "nil", Pos{}) {}
};

struct Scope {
  Scope* parent;
  std::map<std::string, Object*> names;
  bool isFunc = false;  // the outermost scope of a function body
  explicit Scope(Scope* p) : parent(p) {}
  Object* lookupLocal(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
  // Innermost declaration of n visible from this scope, or nullptr.
  Object* lookup(const std::string& n) const {
    for (const Scope* s = this; s; s = s->parent)
      if (auto* o = s->lookupLocal(n)) return o;
    return nullptr;
  }
};

struct Package {
  std::string path;  // "main", "fmt", "strings"
  std::string name;
  Scope* scope = nullptr;
  std::vector<ast::File*> files;
  // Package-level variables in Go's initialization order (dependency order,
  // then declaration order), with the assignment that initializes each group.
  struct Init {
    std::vector<Var*> lhs;  // one var, or several for `var a, b = f()`
    ast::Expr* rhs;         // nullptr: zero value
    ast::ValueSpec* spec = nullptr;
  };
  std::vector<Init> initOrder;
  std::vector<Func*> initFuncs;  // func init() in source order
  std::vector<Func*> funcs;      // all functions and methods with bodies
  std::vector<Var*> globals;     // all package-level variables, declaration order
};

// What x.sel denotes, for a SelectorExpr whose x is not a package name.
enum class SelectionKind : uint8_t {
  FieldVal,    // x.f is a struct field
  MethodVal,   // x.m is a method value or a call of a method
  MethodExpr,  // T.m or (*T).m
};

struct Selection {
  SelectionKind kind;
  Type* recv;              // the type of x
  Object* obj;             // Var (field) or Func (method)
  std::vector<int> index;  // path through embedded fields; last is the field/method index
  bool indirect = false;   // a pointer was dereferenced on the way
};

// ---------------------------------------------------------------------------
// Queries (types.cpp, sizes.cpp)

Type* underlying(Type* t);
bool identical(const Type* a, const Type* b);
// Go's spelling of a type in messages: "int", "[]string", "main.T", "*main.T",
// "func(int) string", "struct{a int}", "interface{}", "map[string]int".
// With qualify=false, names of package main print unqualified, as go/types
// does in error messages ("cannot use x (variable of type T) ..."); other
// packages' names stay qualified ("strings.Builder").
std::string typeString(const Type* t, bool qualify = true);
// reflect's spelling, what %T prints and what names an unnamed type at run
// time: "[]uint8" (never byte), "interface {}", "struct { a int }",
// "func(int, ...string) (int, error)" (no parameter names), "*main.T".
std::string runtimeTypeString(const Type* t);
// A string equal for identical types only: runtimeTypeString with each
// defined type also named by its object (two local types T differ).
std::string typeIdentityKey(const Type* t);

bool isBasic(const Type* t, BasicKind k);
bool isInteger(const Type* t);
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);
bool isComplex(const Type* t);
bool isNumeric(const Type* t);
bool isString(const Type* t);
bool isBoolean(const Type* t);
bool isUntyped(const Type* t);
bool isInterface(const Type* t);
bool isPointer(const Type* t);
bool isComparable(const Type* t);
bool isOrdered(const Type* t);
// Whether values of t contain pointers the GC must see.
bool hasPointers(const Type* t);

int64_t sizeOf(const Type* t);
int64_t alignOf(const Type* t);
// Byte offsets of a struct's fields.
std::vector<int64_t> fieldOffsets(const Struct* s);

// The universe: predeclared types, constants, functions, nil; and the arena
// that owns every Type and Object of a compilation.
struct Universe {
  Universe();
  ~Universe();
  Scope* scope;
  Basic* basic(BasicKind k) const { return basics[static_cast<int>(k)]; }
  Type* errorType;          // the predeclared error interface (Named "error")
  Type* anyType;            // interface{} (any is an alias of it)
  Package* unsafePkg;

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    owned_.push_back(std::unique_ptr<Owned>(new Holder<T>(std::move(p))));
    return raw;
  }

  std::vector<Basic*> basics;

 private:
  struct Owned {
    virtual ~Owned() = default;
  };
  template <typename T>
  struct Holder : Owned {
    explicit Holder(std::unique_ptr<T> q) : p(std::move(q)) {}
    std::unique_ptr<T> p;
  };
  std::vector<std::unique_ptr<Owned>> owned_;
};

}  // namespace golem::types
