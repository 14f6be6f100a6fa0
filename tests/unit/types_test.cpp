// Tests of the universe, type identity, type spelling, predicates and layout
// (compiler/types.cpp, compiler/sizes.cpp). Expected spellings come from Go
// 1.19: gc's error messages for typeString, fmt's %T for runtimeTypeString,
// and unsafe.Sizeof/Alignof/Offsetof printed by a Go program for the sizes.
#include "compiler/types.h"

#include <gtest/gtest.h>

#include "compiler/constant.h"

namespace golem::types {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  TypesTest() {
    mainPkg = u.make<Package>();
    mainPkg->path = mainPkg->name = "main";
    stringsPkg = u.make<Package>();
    stringsPkg->path = stringsPkg->name = "strings";
    jsonPkg = u.make<Package>();
    jsonPkg->path = "encoding/json";
    jsonPkg->name = "json";
  }

  Universe u;
  Package* mainPkg;
  Package* stringsPkg;
  Package* jsonPkg;

  Basic* b(BasicKind k) { return u.basic(k); }
  Type* universeType(const std::string& name) {
    Object* o = u.scope->lookup(name);
    EXPECT_NE(o, nullptr) << name;
    return o ? o->type : nullptr;
  }
  Var* var(const std::string& name, Type* t, Package* pkg = nullptr) {
    Var* v = u.make<Var>(name, Pos{}, t);
    v->pkg = pkg ? pkg : mainPkg;
    return v;
  }
  Var* field(const std::string& name, Type* t, bool embedded = false, Package* pkg = nullptr) {
    Var* v = var(name, t, pkg);
    v->isField = true;
    v->embedded = embedded;
    return v;
  }
  Struct* structOf(std::vector<Var*> fields, std::vector<std::string> tags = {}) {
    Struct* s = u.make<Struct>();
    s->fields = std::move(fields);
    s->tags = std::move(tags);
    s->tags.resize(s->fields.size());
    return s;
  }
  Named* named(const std::string& name, Type* underlyingType, Package* pkg = nullptr) {
    TypeName* obj = u.make<TypeName>(name, Pos{});
    obj->pkg = pkg ? pkg : mainPkg;
    Named* n = u.make<Named>(obj);
    obj->type = n;
    n->underlying = underlyingType;
    return n;
  }
  Tuple* tuple(std::vector<Var*> vars) {
    Tuple* t = u.make<Tuple>();
    t->vars = std::move(vars);
    return t;
  }
  Signature* func(std::vector<Var*> params, std::vector<Var*> results, bool variadic = false) {
    return u.make<Signature>(tuple(std::move(params)), tuple(std::move(results)), variadic);
  }
  Func* method(const std::string& name, Signature* sig, Package* pkg = nullptr) {
    Func* f = u.make<Func>(name, Pos{});
    f->type = sig;
    f->pkg = pkg ? pkg : mainPkg;
    return f;
  }
  Interface* iface(std::vector<Func*> methods, std::vector<Type*> embeddeds = {}) {
    Interface* it = u.make<Interface>();
    it->methods = std::move(methods);
    it->embeddeds = std::move(embeddeds);
    return it;
  }
  Pointer* ptr(Type* t) { return u.make<Pointer>(t); }
  Slice* slice(Type* t) { return u.make<Slice>(t); }
  Array* array(Type* t, int64_t n) { return u.make<Array>(t, n); }
  Map* map(Type* k, Type* v) { return u.make<Map>(k, v); }
  Chan* chan(ChanDir d, Type* t) { return u.make<Chan>(d, t); }
};

// ---------------------------------------------------------------------------
// Universe

TEST_F(TypesTest, UniverseDeclaresEveryPredeclaredType) {
  const std::pair<const char*, BasicKind> cases[] = {
      {"bool", BasicKind::Bool},           {"int", BasicKind::Int},
      {"int8", BasicKind::Int8},           {"int16", BasicKind::Int16},
      {"int32", BasicKind::Int32},         {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},           {"uint8", BasicKind::Uint8},
      {"uint16", BasicKind::Uint16},       {"uint32", BasicKind::Uint32},
      {"uint64", BasicKind::Uint64},       {"uintptr", BasicKind::Uintptr},
      {"float32", BasicKind::Float32},     {"float64", BasicKind::Float64},
      {"complex64", BasicKind::Complex64}, {"complex128", BasicKind::Complex128},
      {"string", BasicKind::String},
  };
  for (auto [name, kind] : cases) {
    Object* o = u.scope->lookup(name);
    ASSERT_NE(o, nullptr) << name;
    EXPECT_EQ(o->objKind, ObjKind::TypeName);
    EXPECT_FALSE(static_cast<TypeName*>(o)->isAlias);
    EXPECT_EQ(o->type, u.basic(kind)) << name;
    EXPECT_EQ(typeString(o->type), name);
    EXPECT_EQ(o->parent, u.scope);
    EXPECT_EQ(o->pkg, nullptr);
  }
  EXPECT_EQ(typeString(b(BasicKind::UntypedInt)), "untyped int");
  EXPECT_EQ(typeString(b(BasicKind::UntypedRune)), "untyped rune");
  EXPECT_EQ(typeString(b(BasicKind::UntypedFloat)), "untyped float");
  EXPECT_EQ(typeString(b(BasicKind::UntypedString)), "untyped string");
  EXPECT_EQ(typeString(b(BasicKind::UntypedNil)), "untyped nil");
  EXPECT_EQ(typeString(b(BasicKind::UntypedBool)), "untyped bool");
  EXPECT_EQ(typeString(b(BasicKind::UntypedComplex)), "untyped complex");
  EXPECT_EQ(u.scope->lookup("untyped int"), nullptr);
}

TEST_F(TypesTest, ByteAndRuneAreAliasesSpelledAsWritten) {
  auto* byteName = static_cast<TypeName*>(u.scope->lookup("byte"));
  auto* runeName = static_cast<TypeName*>(u.scope->lookup("rune"));
  ASSERT_NE(byteName, nullptr);
  ASSERT_NE(runeName, nullptr);
  EXPECT_TRUE(byteName->isAlias);
  EXPECT_TRUE(runeName->isAlias);
  EXPECT_TRUE(isBasic(byteName->type, BasicKind::Uint8));
  EXPECT_TRUE(isBasic(runeName->type, BasicKind::Int32));
  EXPECT_TRUE(identical(byteName->type, b(BasicKind::Uint8)));
  EXPECT_TRUE(identical(runeName->type, b(BasicKind::Int32)));
  EXPECT_FALSE(identical(byteName->type, b(BasicKind::Int8)));
  // gc says "byte" in messages, %T says "uint8".
  EXPECT_EQ(typeString(slice(byteName->type)), "[]byte");
  EXPECT_EQ(runtimeTypeString(slice(byteName->type)), "[]uint8");
  EXPECT_EQ(runtimeTypeString(slice(runeName->type)), "[]int32");
}

TEST_F(TypesTest, UniverseErrorAndAny) {
  Object* err = u.scope->lookup("error");
  ASSERT_NE(err, nullptr);
  EXPECT_EQ(err->objKind, ObjKind::TypeName);
  EXPECT_EQ(err->type, u.errorType);
  ASSERT_EQ(u.errorType->kind, TypeKind::Named);
  Type* under = underlying(u.errorType);
  ASSERT_EQ(under->kind, TypeKind::Interface);
  auto* it = static_cast<Interface*>(under);
  ASSERT_EQ(it->allMethods.size(), 1u);
  EXPECT_EQ(it->allMethods[0]->name, "Error");
  EXPECT_EQ(typeString(it->allMethods[0]->type), "func() string");
  EXPECT_TRUE(it->complete);
  EXPECT_EQ(typeString(u.errorType), "error");
  EXPECT_EQ(typeString(ptr(u.errorType)), "*error");
  EXPECT_EQ(runtimeTypeString(ptr(u.errorType)), "*error");
  EXPECT_TRUE(isInterface(u.errorType));

  auto* any = static_cast<TypeName*>(u.scope->lookup("any"));
  ASSERT_NE(any, nullptr);
  EXPECT_TRUE(any->isAlias);
  EXPECT_EQ(any->type, u.anyType);
  EXPECT_TRUE(static_cast<Interface*>(u.anyType)->empty());
  EXPECT_EQ(typeString(u.anyType), "any");
  Interface* literal = iface({});
  literal->complete = true;
  EXPECT_EQ(typeString(literal), "interface{}");
  EXPECT_TRUE(identical(literal, u.anyType));
  EXPECT_EQ(runtimeTypeString(ptr(u.anyType)), "*interface {}");
  EXPECT_EQ(runtimeTypeString(slice(literal)), "[]interface {}");
}

TEST_F(TypesTest, UniverseConstantsNilAndBuiltins) {
  auto* t = u.scope->lookup("true");
  auto* f = u.scope->lookup("false");
  ASSERT_NE(t, nullptr);
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(t->objKind, ObjKind::Const);
  EXPECT_TRUE(static_cast<Const*>(t)->value->boolVal());
  EXPECT_FALSE(static_cast<Const*>(f)->value->boolVal());
  EXPECT_TRUE(isBasic(t->type, BasicKind::UntypedBool));
  Object* iota = u.scope->lookup("iota");
  ASSERT_NE(iota, nullptr);
  EXPECT_EQ(iota->objKind, ObjKind::Const);
  EXPECT_TRUE(isBasic(iota->type, BasicKind::UntypedInt));
  Object* nil = u.scope->lookup("nil");
  ASSERT_NE(nil, nullptr);
  EXPECT_EQ(nil->objKind, ObjKind::Nil);
  EXPECT_TRUE(isBasic(nil->type, BasicKind::UntypedNil));

  const std::pair<const char*, ast::BuiltinId> builtins[] = {
      {"append", ast::BuiltinId::Append},   {"cap", ast::BuiltinId::Cap},
      {"close", ast::BuiltinId::Close},     {"complex", ast::BuiltinId::Complex},
      {"copy", ast::BuiltinId::Copy},       {"delete", ast::BuiltinId::Delete},
      {"imag", ast::BuiltinId::Imag},       {"len", ast::BuiltinId::Len},
      {"make", ast::BuiltinId::Make},       {"new", ast::BuiltinId::New},
      {"panic", ast::BuiltinId::Panic},     {"print", ast::BuiltinId::Print},
      {"println", ast::BuiltinId::Println}, {"real", ast::BuiltinId::Real},
      {"recover", ast::BuiltinId::Recover},
  };
  for (auto [name, id] : builtins) {
    Object* o = u.scope->lookup(name);
    ASSERT_NE(o, nullptr) << name;
    ASSERT_EQ(o->objKind, ObjKind::Builtin) << name;
    EXPECT_EQ(static_cast<Builtin*>(o)->id, id) << name;
  }
  // Not predeclared in Go 1.19.
  EXPECT_EQ(u.scope->lookup("clear"), nullptr);
  EXPECT_EQ(u.scope->lookup("Sizeof"), nullptr);
}

TEST_F(TypesTest, UnsafePackage) {
  ASSERT_NE(u.unsafePkg, nullptr);
  EXPECT_EQ(u.unsafePkg->path, "unsafe");
  EXPECT_EQ(u.unsafePkg->name, "unsafe");
  Object* p = u.unsafePkg->scope->lookupLocal("Pointer");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->objKind, ObjKind::TypeName);
  EXPECT_EQ(p->type, b(BasicKind::UnsafePointer));
  EXPECT_EQ(p->pkg, u.unsafePkg);
  EXPECT_EQ(typeString(p->type), "unsafe.Pointer");
  EXPECT_EQ(runtimeTypeString(p->type), "unsafe.Pointer");
  for (auto [name, id] :
       {std::pair{"Sizeof", ast::BuiltinId::Sizeof}, std::pair{"Alignof", ast::BuiltinId::Alignof},
        std::pair{"Offsetof", ast::BuiltinId::Offsetof}}) {
    Object* o = u.unsafePkg->scope->lookupLocal(name);
    ASSERT_NE(o, nullptr) << name;
    EXPECT_EQ(static_cast<Builtin*>(o)->id, id);
    EXPECT_EQ(o->pkg, u.unsafePkg);
  }
  EXPECT_EQ(sizeOf(b(BasicKind::UnsafePointer)), 8);
  EXPECT_TRUE(hasPointers(b(BasicKind::UnsafePointer)));
}

// ---------------------------------------------------------------------------
// Spelling (gc's messages)

TEST_F(TypesTest, TypeStringComposites) {
  Named* T = named("T", structOf({field("a", b(BasicKind::Int))}));
  EXPECT_EQ(typeString(slice(b(BasicKind::Int))), "[]int");
  EXPECT_EQ(typeString(map(b(BasicKind::String), b(BasicKind::Int))), "map[string]int");
  EXPECT_EQ(typeString(array(ptr(T), 3)), "[3]*main.T");
  EXPECT_EQ(typeString(array(ptr(T), 3), false), "[3]*T");
  EXPECT_EQ(typeString(ptr(T)), "*main.T");
  EXPECT_EQ(typeString(ptr(T), false), "*T");
  EXPECT_EQ(typeString(map(b(BasicKind::String), slice(ptr(T))), false), "map[string][]*T");
  EXPECT_EQ(typeString(tuple({var("", b(BasicKind::Int)), var("", b(BasicKind::String))})),
            "(int, string)");
  EXPECT_EQ(typeString(tuple({})), "()");
}

TEST_F(TypesTest, TypeStringQualifiesOtherPackages) {
  Named* builder = named("Builder", structOf({}), stringsPkg);
  Named* decoder = named("Decoder", structOf({}), jsonPkg);
  EXPECT_EQ(typeString(ptr(builder), false), "*strings.Builder");
  EXPECT_EQ(typeString(ptr(builder), true), "*strings.Builder");
  EXPECT_EQ(typeString(decoder, false), "json.Decoder");
  EXPECT_EQ(runtimeTypeString(ptr(decoder)), "*json.Decoder");
}

TEST_F(TypesTest, TypeStringFunctions) {
  // var h = g, with func g(a, b int, c ...string) (r int, e error)
  Signature* g = func({var("a", b(BasicKind::Int)), var("b", b(BasicKind::Int)),
                       var("c", slice(b(BasicKind::String)))},
                      {var("r", b(BasicKind::Int)), var("e", u.errorType)}, true);
  EXPECT_EQ(typeString(g), "func(a int, b int, c ...string) (r int, e error)");
  EXPECT_EQ(runtimeTypeString(g), "func(int, int, ...string) (int, error)");
  Signature* f = func({var("a", b(BasicKind::Int))}, {var("", b(BasicKind::String))});
  EXPECT_EQ(typeString(f), "func(a int) string");
  EXPECT_EQ(runtimeTypeString(f), "func(int) string");
  Signature* anon = func({var("", b(BasicKind::Int))},
                         {var("", b(BasicKind::String)), var("", b(BasicKind::Int))});
  EXPECT_EQ(typeString(anon), "func(int) (string, int)");
  EXPECT_EQ(runtimeTypeString(anon), "func(int) (string, int)");
  EXPECT_EQ(typeString(func({}, {})), "func()");
  EXPECT_EQ(runtimeTypeString(func({}, {})), "func()");
  // A single named result keeps its parentheses.
  EXPECT_EQ(typeString(func({}, {var("n", b(BasicKind::Int))})), "func() (n int)");
  // The method expression (*T).m: func(t *T, x int) string
  Named* T = named("T", structOf({}));
  Signature* m =
      func({var("t", ptr(T)), var("x", b(BasicKind::Int))}, {var("", b(BasicKind::String))});
  EXPECT_EQ(typeString(m, false), "func(t *T, x int) string");
}

TEST_F(TypesTest, TypeStringStructsAndInterfaces) {
  Named* T = named("T", structOf({field("a", b(BasicKind::Int))}));
  Struct* s = structOf(
      {field("a", b(BasicKind::Int)), field("b", b(BasicKind::String)), field("T", T, true)},
      {"", "tag", ""});
  EXPECT_EQ(typeString(s, false), "struct{a int; b string \"tag\"; T}");
  EXPECT_EQ(typeString(structOf({})), "struct{}");
  Named* builder = named("Builder", structOf({}), stringsPkg);
  Struct* r = structOf({field("a", b(BasicKind::Int)), field("b", b(BasicKind::String)),
                        field("T", T, true), field("Builder", ptr(builder), true)},
                       {"", "json:\"b\"", "", ""});
  EXPECT_EQ(runtimeTypeString(r),
            "struct { a int; b string \"json:\\\"b\\\"\"; main.T; *strings.Builder }");
  EXPECT_EQ(runtimeTypeString(structOf({})), "struct {}");

  Interface* mn =
      iface({method("M", func({}, {})), method("N", func({}, {var("", b(BasicKind::Int))}))});
  EXPECT_EQ(typeString(mn), "interface{M(); N() int}");
  EXPECT_EQ(runtimeTypeString(slice(mn)), "[]interface { M(); N() int }");
  Interface* embedsError = iface({}, {u.errorType});
  EXPECT_EQ(typeString(embedsError), "interface{error}");
  EXPECT_EQ(runtimeTypeString(slice(embedsError)), "[]interface { Error() string }");
}

TEST_F(TypesTest, TypeStringChannels) {
  Basic* i = b(BasicKind::Int);
  EXPECT_EQ(typeString(chan(ChanDir::SendOnly, i)), "chan<- int");
  EXPECT_EQ(typeString(chan(ChanDir::RecvOnly, i)), "<-chan int");
  EXPECT_EQ(typeString(chan(ChanDir::SendRecv, i)), "chan int");
  EXPECT_EQ(typeString(chan(ChanDir::SendRecv, chan(ChanDir::RecvOnly, i))), "chan (<-chan int)");
  EXPECT_EQ(typeString(chan(ChanDir::SendRecv, chan(ChanDir::SendOnly, i))), "chan chan<- int");
  EXPECT_EQ(runtimeTypeString(chan(ChanDir::SendRecv, chan(ChanDir::RecvOnly, i))),
            "chan (<-chan int)");
  EXPECT_EQ(runtimeTypeString(chan(ChanDir::SendRecv, chan(ChanDir::SendOnly, i))),
            "chan chan<- int");
}

TEST_F(TypesTest, RuntimeTypeStringMatchesPercentT) {
  Named* T = named("T", structOf({field("a", b(BasicKind::Int))}));
  Named* I = named("I", iface({method("M", func({}, {}))}));
  EXPECT_EQ(runtimeTypeString(map(b(BasicKind::String), slice(ptr(T)))), "map[string][]*main.T");
  EXPECT_EQ(runtimeTypeString(slice(I)), "[]main.I");
  EXPECT_EQ(runtimeTypeString(array(b(BasicKind::Uintptr), 3)), "[3]uintptr");
  EXPECT_EQ(runtimeTypeString(slice(b(BasicKind::Complex64))), "[]complex64");
  EXPECT_EQ(runtimeTypeString(slice(u.errorType)), "[]error");
  EXPECT_EQ(runtimeTypeString(
                slice(structOf({field("a", b(BasicKind::Int)), field("b", b(BasicKind::Int))}))),
            "[]struct { a int; b int }");
  EXPECT_EQ(runtimeTypeString(u.anyType), "interface {}");
}

// ---------------------------------------------------------------------------
// Identity

TEST_F(TypesTest, IdenticalComposites) {
  Basic* i = b(BasicKind::Int);
  EXPECT_TRUE(identical(slice(i), slice(i)));
  EXPECT_FALSE(identical(slice(i), slice(b(BasicKind::Int64))));
  EXPECT_TRUE(identical(array(i, 3), array(i, 3)));
  EXPECT_FALSE(identical(array(i, 3), array(i, 4)));
  EXPECT_FALSE(identical(array(i, 3), slice(i)));
  EXPECT_TRUE(identical(map(b(BasicKind::String), i), map(b(BasicKind::String), i)));
  EXPECT_FALSE(identical(map(b(BasicKind::String), i), map(i, i)));
  EXPECT_TRUE(identical(ptr(ptr(i)), ptr(ptr(i))));
  EXPECT_TRUE(identical(chan(ChanDir::RecvOnly, i), chan(ChanDir::RecvOnly, i)));
  EXPECT_FALSE(identical(chan(ChanDir::RecvOnly, i), chan(ChanDir::SendRecv, i)));
  EXPECT_FALSE(identical(b(BasicKind::UntypedInt), i));
  EXPECT_FALSE(identical(nullptr, i));
}

TEST_F(TypesTest, NamedTypesAreIdenticalOnlyToThemselves) {
  Struct* s = structOf({field("a", b(BasicKind::Int))});
  Named* T = named("T", s);
  Named* U = named("T", s);
  EXPECT_TRUE(identical(T, T));
  EXPECT_FALSE(identical(T, U));
  EXPECT_FALSE(identical(T, s));
  EXPECT_TRUE(identical(slice(T), slice(T)));
  EXPECT_FALSE(identical(slice(T), slice(U)));
  EXPECT_EQ(underlying(T), s);
  EXPECT_EQ(underlying(s), s);
}

TEST_F(TypesTest, IdenticalStructs) {
  Basic* i = b(BasicKind::Int);
  Basic* str = b(BasicKind::String);
  EXPECT_TRUE(identical(structOf({field("a", i), field("b", str)}),
                        structOf({field("a", i), field("b", str)})));
  EXPECT_FALSE(identical(structOf({field("a", i), field("b", str)}),
                         structOf({field("b", str), field("a", i)})));
  EXPECT_FALSE(identical(structOf({field("a", i)}), structOf({field("x", i)})));
  EXPECT_FALSE(identical(structOf({field("a", i)}, {"json"}), structOf({field("a", i)})));
  EXPECT_TRUE(identical(structOf({field("a", i)}, {"json"}), structOf({field("a", i)}, {"json"})));
  Named* T = named("T", structOf({}));
  EXPECT_FALSE(identical(structOf({field("T", T, true)}), structOf({field("T", T, false)})));
  // Unexported field names of different packages differ; exported ones do not.
  EXPECT_FALSE(identical(structOf({field("a", i, false, mainPkg)}),
                         structOf({field("a", i, false, stringsPkg)})));
  EXPECT_TRUE(identical(structOf({field("A", i, false, mainPkg)}),
                        structOf({field("A", i, false, stringsPkg)})));
}

TEST_F(TypesTest, IdenticalSignaturesIgnoreNamesNotVariadic) {
  Basic* i = b(BasicKind::Int);
  Signature* f = func({var("a", i), var("b", slice(i))}, {var("r", i)}, false);
  Signature* g = func({var("x", i), var("", slice(i))}, {var("", i)}, false);
  Signature* h = func({var("x", i), var("", slice(i))}, {var("", i)}, true);
  EXPECT_TRUE(identical(f, g));
  EXPECT_FALSE(identical(f, h));
  EXPECT_FALSE(identical(f, func({var("a", i)}, {var("r", i)})));
  EXPECT_FALSE(identical(f, func({var("a", i), var("b", slice(i))}, {})));
  // Receivers are not part of the type.
  Signature* m = func({var("a", i), var("b", slice(i))}, {var("r", i)});
  m->recv = var("t", named("T", structOf({})));
  EXPECT_TRUE(identical(f, m));
}

TEST_F(TypesTest, IdenticalInterfacesCompareMethodSets) {
  Basic* i = b(BasicKind::Int);
  Interface* ab = iface({method("A", func({}, {})), method("B", func({}, {var("", i)}))});
  Interface* ba = iface({method("B", func({}, {var("", i)})), method("A", func({}, {}))});
  EXPECT_TRUE(identical(ab, ba));
  Interface* onlyA = iface({method("A", func({}, {}))});
  Interface* embedding = iface({method("B", func({var("n", i)}, {var("", i)}))}, {onlyA});
  Interface* wrongB =
      iface({method("A", func({}, {})), method("B", func({}, {var("", b(BasicKind::String))}))});
  EXPECT_FALSE(identical(ab, wrongB));
  EXPECT_FALSE(identical(ab, onlyA));
  Interface* explicitAB =
      iface({method("A", func({}, {})), method("B", func({var("", i)}, {var("", i)}))});
  EXPECT_TRUE(identical(embedding, explicitAB));
  Interface* errorLike = iface({method("Error", func({}, {var("", b(BasicKind::String))}))});
  EXPECT_TRUE(identical(errorLike, underlying(u.errorType)));
  // Unexported methods of different packages differ.
  EXPECT_FALSE(identical(iface({method("m", func({}, {}), mainPkg)}),
                         iface({method("m", func({}, {}), stringsPkg)})));
}

// ---------------------------------------------------------------------------
// Predicates

TEST_F(TypesTest, BasicPredicatesSeeThroughNamedTypes) {
  Named* myInt = named("MyInt", b(BasicKind::Int));
  Named* myUint = named("MyUint", b(BasicKind::Uint16));
  Named* myStr = named("S", b(BasicKind::String));
  EXPECT_TRUE(isInteger(myInt));
  EXPECT_FALSE(isUnsigned(myInt));
  EXPECT_TRUE(isUnsigned(myUint));
  EXPECT_TRUE(isUnsigned(b(BasicKind::Uintptr)));
  EXPECT_TRUE(isInteger(b(BasicKind::UntypedRune)));
  EXPECT_TRUE(isInteger(b(BasicKind::UntypedInt)));
  EXPECT_FALSE(isInteger(b(BasicKind::UntypedFloat)));
  EXPECT_TRUE(isFloat(b(BasicKind::UntypedFloat)));
  EXPECT_TRUE(isFloat(b(BasicKind::Float32)));
  EXPECT_TRUE(isComplex(b(BasicKind::Complex64)));
  EXPECT_TRUE(isComplex(b(BasicKind::UntypedComplex)));
  EXPECT_TRUE(isNumeric(b(BasicKind::Complex128)));
  EXPECT_FALSE(isNumeric(b(BasicKind::String)));
  EXPECT_TRUE(isString(myStr));
  EXPECT_TRUE(isString(b(BasicKind::UntypedString)));
  EXPECT_TRUE(isBoolean(b(BasicKind::UntypedBool)));
  EXPECT_TRUE(isUntyped(b(BasicKind::UntypedNil)));
  EXPECT_FALSE(isUntyped(b(BasicKind::Int)));
  EXPECT_TRUE(isBasic(myInt, BasicKind::Int));
  EXPECT_TRUE(isPointer(named("P", ptr(b(BasicKind::Int)))));
  EXPECT_FALSE(isPointer(b(BasicKind::UnsafePointer)));
  EXPECT_TRUE(isInterface(named("I", iface({}))));
  EXPECT_FALSE(isInteger(nullptr));
}

TEST_F(TypesTest, ComparableAndOrdered) {
  Basic* i = b(BasicKind::Int);
  EXPECT_TRUE(isComparable(i));
  EXPECT_TRUE(isComparable(ptr(i)));
  EXPECT_TRUE(isComparable(chan(ChanDir::SendRecv, i)));
  EXPECT_TRUE(isComparable(u.anyType));
  EXPECT_TRUE(isComparable(structOf({field("a", i), field("b", array(b(BasicKind::String), 2))})));
  EXPECT_FALSE(isComparable(structOf({field("a", i), field("s", slice(i))})));
  EXPECT_FALSE(isComparable(array(map(i, i), 2)));
  EXPECT_FALSE(isComparable(named("F", func({}, {}))));
  EXPECT_FALSE(isComparable(slice(i)));
  EXPECT_FALSE(isComparable(b(BasicKind::UntypedNil)));
  EXPECT_TRUE(isComparable(named("N", structOf({field("p", ptr(i))}))));

  EXPECT_TRUE(isOrdered(i));
  EXPECT_TRUE(isOrdered(b(BasicKind::Float32)));
  EXPECT_TRUE(isOrdered(named("S", b(BasicKind::String))));
  EXPECT_TRUE(isOrdered(b(BasicKind::UntypedRune)));
  EXPECT_FALSE(isOrdered(b(BasicKind::Complex128)));
  EXPECT_FALSE(isOrdered(b(BasicKind::Bool)));
  EXPECT_FALSE(isOrdered(ptr(i)));
}

TEST_F(TypesTest, HasPointers) {
  Basic* i = b(BasicKind::Int);
  EXPECT_FALSE(hasPointers(i));
  EXPECT_FALSE(hasPointers(b(BasicKind::Complex128)));
  EXPECT_TRUE(hasPointers(b(BasicKind::String)));
  EXPECT_TRUE(hasPointers(slice(i)));
  EXPECT_TRUE(hasPointers(ptr(i)));
  EXPECT_TRUE(hasPointers(map(i, i)));
  EXPECT_TRUE(hasPointers(chan(ChanDir::SendRecv, i)));
  EXPECT_TRUE(hasPointers(func({}, {})));
  EXPECT_TRUE(hasPointers(u.errorType));
  EXPECT_FALSE(hasPointers(array(i, 10)));
  EXPECT_TRUE(hasPointers(array(b(BasicKind::String), 1)));
  EXPECT_FALSE(hasPointers(array(b(BasicKind::String), 0)));
  EXPECT_FALSE(hasPointers(structOf({field("a", i), field("b", b(BasicKind::Float64))})));
  EXPECT_TRUE(hasPointers(named("N", structOf({field("a", i), field("p", ptr(i))}))));
  EXPECT_FALSE(hasPointers(b(BasicKind::Uintptr)));
}

// ---------------------------------------------------------------------------
// Functions

TEST_F(TypesTest, FuncFullNameAsTracebacksPrintIt) {
  Named* T = named("T", structOf({}));
  Func* f = method("f", func({}, {}));
  EXPECT_FALSE(f->isMethod());
  EXPECT_EQ(f->fullName(), "main.f");

  Signature* valueSig = func({}, {});
  valueSig->recv = var("t", T);
  Func* m = method("m", valueSig);
  EXPECT_TRUE(m->isMethod());
  EXPECT_EQ(m->fullName(), "main.T.m");

  Signature* ptrSig = func({}, {});
  ptrSig->recv = var("t", ptr(T));
  Func* pm = method("m", ptrSig);
  EXPECT_EQ(pm->fullName(), "main.(*T).m");

  Named* decoder = named("Decoder", structOf({}), jsonPkg);
  Signature* decodeSig = func({}, {});
  decodeSig->recv = var("d", ptr(decoder), jsonPkg);
  EXPECT_EQ(method("Decode", decodeSig, jsonPkg)->fullName(), "encoding/json.(*Decoder).Decode");
  EXPECT_EQ(method("Split", func({}, {}), stringsPkg)->fullName(), "strings.Split");

  Func* untyped = u.make<Func>("g", Pos{});
  EXPECT_FALSE(untyped->isMethod());
}

// ---------------------------------------------------------------------------
// Layout (values printed by unsafe.Sizeof/Alignof/Offsetof under Go 1.19)

TEST_F(TypesTest, SizesOfBasicTypes) {
  const std::tuple<BasicKind, int64_t, int64_t> cases[] = {
      {BasicKind::Bool, 1, 1},        {BasicKind::Int8, 1, 1},    {BasicKind::Uint8, 1, 1},
      {BasicKind::Int16, 2, 2},       {BasicKind::Uint16, 2, 2},  {BasicKind::Int32, 4, 4},
      {BasicKind::Uint32, 4, 4},      {BasicKind::Float32, 4, 4}, {BasicKind::Int, 8, 8},
      {BasicKind::Uint, 8, 8},        {BasicKind::Int64, 8, 8},   {BasicKind::Uint64, 8, 8},
      {BasicKind::Uintptr, 8, 8},     {BasicKind::Float64, 8, 8}, {BasicKind::Complex64, 8, 4},
      {BasicKind::Complex128, 16, 8}, {BasicKind::String, 16, 8}, {BasicKind::UnsafePointer, 8, 8},
  };
  for (auto [kind, size, align] : cases) {
    EXPECT_EQ(sizeOf(b(kind)), size) << typeString(b(kind));
    EXPECT_EQ(alignOf(b(kind)), align) << typeString(b(kind));
  }
}

TEST_F(TypesTest, SizesOfReferenceTypes) {
  Basic* i = b(BasicKind::Int);
  EXPECT_EQ(sizeOf(slice(i)), 24);
  EXPECT_EQ(sizeOf(u.anyType), 16);
  EXPECT_EQ(sizeOf(u.errorType), 16);
  EXPECT_EQ(sizeOf(map(i, i)), 8);
  EXPECT_EQ(sizeOf(chan(ChanDir::SendRecv, i)), 8);
  EXPECT_EQ(sizeOf(func({}, {})), 8);
  EXPECT_EQ(sizeOf(ptr(i)), 8);
  for (Type* t : std::vector<Type*>{slice(i), u.anyType, map(i, i), chan(ChanDir::SendRecv, i),
                                    func({}, {}), ptr(i)})
    EXPECT_EQ(alignOf(t), 8) << typeString(t);
  EXPECT_EQ(sizeOf(named("N", slice(i))), 24);
}

TEST_F(TypesTest, ArraysIncludingZeroSize) {
  Named* E = named("E", structOf({}));
  EXPECT_EQ(sizeOf(array(b(BasicKind::Int64), 0)), 0);
  EXPECT_EQ(alignOf(array(b(BasicKind::Int64), 0)), 8);
  EXPECT_EQ(sizeOf(array(E, 5)), 0);
  EXPECT_EQ(alignOf(array(E, 5)), 1);
  EXPECT_EQ(sizeOf(array(b(BasicKind::Int16), 3)), 6);
  EXPECT_EQ(alignOf(array(b(BasicKind::Int16), 3)), 2);
  EXPECT_EQ(sizeOf(E), 0);
  EXPECT_EQ(alignOf(E), 1);
}

TEST_F(TypesTest, StructLayoutMatchesGc) {
  Named* E = named("E", structOf({}));
  Basic* i64 = b(BasicKind::Int64);
  struct Expect {
    Struct* s;
    int64_t size, align;
    std::vector<int64_t> offsets;
  };
  // type S4 struct { a byte; b int32; c byte; d complex64; e bool }
  Struct* s4 = structOf({field("a", b(BasicKind::Uint8)), field("b", b(BasicKind::Int32)),
                         field("c", b(BasicKind::Uint8)), field("d", b(BasicKind::Complex64)),
                         field("e", b(BasicKind::Bool))});
  // type S5 struct { a bool; s string; c complex128; i interface{}; sl []int; m map[int]int; ch
  // chan int; f func(); p *int; u uintptr }
  Struct* s5 = structOf(
      {field("a", b(BasicKind::Bool)), field("s", b(BasicKind::String)),
       field("c", b(BasicKind::Complex128)), field("i", u.anyType),
       field("sl", slice(b(BasicKind::Int))), field("m", map(b(BasicKind::Int), b(BasicKind::Int))),
       field("ch", chan(ChanDir::SendRecv, b(BasicKind::Int))), field("f", func({}, {})),
       field("p", ptr(b(BasicKind::Int))), field("u", b(BasicKind::Uintptr))});
  const Expect cases[] = {
      // S1 { a int64; b struct{} }: the trailing zero-size field gets padding.
      {structOf({field("a", i64), field("b", structOf({}))}), 16, 8, {0, 8}},
      // S2 { a byte; b [0]int }
      {structOf({field("a", b(BasicKind::Uint8)), field("b", array(b(BasicKind::Int), 0))}),
       16,
       8,
       {0, 8}},
      // S3 { b struct{} }: all zero, no padding.
      {structOf({field("b", structOf({}))}), 0, 1, {0}},
      {s4, 24, 4, {0, 4, 8, 12, 20}},
      {s5, 120, 8, {0, 8, 24, 40, 56, 80, 88, 96, 104, 112}},
      // S6 { a int32; b E }
      {structOf({field("a", b(BasicKind::Int32)), field("b", E)}), 8, 4, {0, 4}},
      // S7 { a [3]byte; b [0]S5 }
      {structOf({field("a", array(b(BasicKind::Uint8), 3)), field("b", array(s5, 0))}),
       16,
       8,
       {0, 8}},
      // S8 { a E; b int8 }
      {structOf({field("a", E), field("b", b(BasicKind::Int8))}), 1, 1, {0, 0}},
      // S9 { x int16; y [2]S4; z E; w E }
      {structOf({field("x", b(BasicKind::Int16)), field("y", array(s4, 2)), field("z", E),
                 field("w", E)}),
       56,
       4,
       {0, 4, 52, 52}},
      {structOf({}), 0, 1, {}},
  };
  for (const Expect& c : cases) {
    SCOPED_TRACE(typeString(c.s));
    EXPECT_EQ(sizeOf(c.s), c.size);
    EXPECT_EQ(alignOf(c.s), c.align);
    EXPECT_EQ(fieldOffsets(c.s), c.offsets);
  }
  EXPECT_EQ(sizeOf(named("S", s4)), 24);
}

TEST_F(TypesTest, UniversesAreIndependent) {
  Type* firstAny = u.anyType;
  {
    Universe other;
    EXPECT_NE(other.anyType, firstAny);
    EXPECT_EQ(typeString(other.anyType), "any");
    EXPECT_TRUE(identical(other.anyType, firstAny));
  }
  EXPECT_EQ(typeString(firstAny), "any");
}

// The descriptor table is process-wide and keyed by typeIdentityKey; a
// process compiling program after program (the fuzzers) may get a new
// defined type's object at the address of a freed one. The key must still
// differ. Found by fuzz_run: a freed program's fmt.formatState descriptor
// (and its cached itabs) served the next program.
TEST(TypeIdentityKey, DefinedTypesAtAReusedAddressStayDistinct) {
  alignas(TypeName) unsigned char storage[sizeof(TypeName)];
  auto* first = new (storage) TypeName("T", Pos{});
  Named firstType(first);
  std::string firstKey = typeIdentityKey(&firstType);
  first->~TypeName();
  auto* second = new (storage) TypeName("T", Pos{});
  Named secondType(second);
  EXPECT_NE(typeIdentityKey(&secondType), firstKey);
  second->~TypeName();
}

}  // namespace
}  // namespace golem::types
