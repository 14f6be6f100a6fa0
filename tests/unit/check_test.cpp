// Tests of the type checker and program loader (compiler/check*.cpp,
// compiler/program.cpp).
//
// Valid programs check that the checker records what later passes rely on:
// final types of untyped constants, call kinds, selections, captures,
// address-taken variables, branch targets, initialization order. Invalid
// programs check gc's exact messages and positions: every expected string in
// the ErrorMessages tests was produced by Go 1.19's `go build` on the same
// source (file ./x.go).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "compiler/ast.h"
#include "compiler/constant.h"
#include "compiler/program.h"
#include "compiler/types.h"

namespace golem {
namespace {

using namespace types;

struct Loaded {
  std::unique_ptr<Program> prog = std::make_unique<Program>();
  Diagnostics diags;
  bool ok = false;
  Package* pkg() const { return prog->mainPackage; }
};

std::unique_ptr<Loaded> load(const std::string& src) {
  auto l = std::make_unique<Loaded>();
  l->ok = loadProgramFromSource(*l->prog, "./x.go", src, l->diags);
  return l;
}

// The errors as `go build` prints them, one per line.
std::string errorsOf(const std::string& src) {
  auto l = load(src);
  std::string out;
  for (const std::string& line : l->diags.formatted()) out += line + "\n";
  return out;
}

ast::FuncDecl* findFunc(Package* pkg, const std::string& name) {
  for (ast::File* f : pkg->files)
    for (ast::Decl* d : f->decls)
      if (auto* fd = dynamic_cast<ast::FuncDecl*>(d))
        if (fd->name->name == name) return fd;
  return nullptr;
}

ast::ValueSpec* findValueSpec(Package* pkg, const std::string& name) {
  for (ast::File* f : pkg->files)
    for (ast::Decl* d : f->decls)
      if (auto* gd = dynamic_cast<ast::GenDecl*>(d))
        for (ast::Spec* s : gd->specs)
          if (auto* vs = dynamic_cast<ast::ValueSpec*>(s))
            for (ast::Ident* id : vs->names)
              if (id->name == name) return vs;
  return nullptr;
}

// The i-th statement of function `fn`'s body.
ast::Stmt* stmtOf(Package* pkg, const std::string& fn, size_t i) {
  ast::FuncDecl* fd = findFunc(pkg, fn);
  if (!fd || !fd->body || i >= fd->body->list.size()) return nullptr;
  return fd->body->list[i];
}

ast::CallExpr* callOf(ast::Stmt* s) {
  auto* es = dynamic_cast<ast::ExprStmt*>(s);
  return es ? dynamic_cast<ast::CallExpr*>(es->x) : nullptr;
}

std::string typeOf(const ast::Expr* e) { return e && e->type ? typeString(e->type) : "<none>"; }

Object* global(Package* pkg, const std::string& name) { return pkg->scope->lookupLocal(name); }

// ---------------------------------------------------------------------------
// Valid programs

TEST(CheckValid, ConstantGetsTypeFromVarDecl) {
  auto l = load("package main\n\nvar x float64 = 1\nvar y = 2\n\nfunc main() { _, _ = x, y }\n");
  ASSERT_TRUE(l->ok) << l->diags.formatted()[0];
  ast::ValueSpec* vs = findValueSpec(l->pkg(), "x");
  ASSERT_NE(vs, nullptr);
  EXPECT_EQ(typeOf(vs->values[0]), "float64");
  EXPECT_EQ(vs->values[0]->mode, ast::Mode::Constant);
  ASSERT_NE(vs->values[0]->constant, nullptr);
  EXPECT_EQ(typeOf(findValueSpec(l->pkg(), "y")->values[0]), "int");
  EXPECT_EQ(typeString(global(l->pkg(), "y")->type), "int");
}

TEST(CheckValid, ConstantsPassedToInterfaceGetDefaultTypes) {
  auto l = load(R"GO(package main

import "fmt"

func main() {
	fmt.Println(1, 'a', 2.5, "s", true, 1 < 2)
}
)GO");
  ASSERT_TRUE(l->ok);
  ast::CallExpr* call = callOf(stmtOf(l->pkg(), "main", 0));
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->callKind, ast::CallKind::Call);
  ASSERT_EQ(call->args.size(), 6u);
  EXPECT_EQ(typeOf(call->args[0]), "int");
  EXPECT_EQ(typeOf(call->args[1]), "rune");
  EXPECT_EQ(typeOf(call->args[2]), "float64");
  EXPECT_EQ(typeOf(call->args[3]), "string");
  EXPECT_EQ(typeOf(call->args[4]), "bool");
  EXPECT_EQ(typeOf(call->args[5]), "bool");
  // fmt.Println is an intrinsic of the embedded fmt package.
  auto* sel = dynamic_cast<ast::SelectorExpr*>(call->fun);
  ASSERT_NE(sel, nullptr);
  auto* fn = dynamic_cast<Func*>(sel->sel->obj);
  ASSERT_NE(fn, nullptr);
  EXPECT_EQ(fn->nativeName, "fmt.Println");
}

TEST(CheckValid, ShortVarDeclOfRuneIsInt32) {
  auto l = load("package main\n\nfunc main() {\n\tx := 'a'\n\t_ = x\n}\n");
  ASSERT_TRUE(l->ok);
  auto* as = dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 0));
  ASSERT_NE(as, nullptr);
  auto* id = dynamic_cast<ast::Ident*>(as->lhs[0]);
  ASSERT_NE(id->obj, nullptr);
  EXPECT_TRUE(isBasic(id->obj->type, BasicKind::Int32));
  EXPECT_EQ(typeOf(as->rhs[0]), "rune");
}

TEST(CheckValid, IotaAndImplicitRepetition) {
  auto l = load(R"GO(package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	_
	TB
)

func main() {}
)GO");
  ASSERT_TRUE(l->ok);
  auto* tue = dynamic_cast<Const*>(global(l->pkg(), "Tuesday"));
  ASSERT_NE(tue, nullptr);
  EXPECT_EQ(tue->value->int64Val(), 2);
  EXPECT_EQ(typeString(tue->type), "main.Weekday");
  auto* mb = dynamic_cast<Const*>(global(l->pkg(), "MB"));
  EXPECT_EQ(mb->value->int64Val(), 1 << 20);
  auto* tb = dynamic_cast<Const*>(global(l->pkg(), "TB"));
  EXPECT_EQ(tb->value->int64Val(), int64_t(1) << 40);
  EXPECT_TRUE(isBasic(tb->type, BasicKind::UntypedInt));
}

TEST(CheckValid, ShiftOfUntypedConstantTakesContextType) {
  auto l = load("package main\n\nvar s uint = 3\nvar f int64 = 1 << s\n\nfunc main() {}\n");
  ASSERT_TRUE(l->ok);
  ast::Expr* init = findValueSpec(l->pkg(), "f")->values[0];
  EXPECT_EQ(typeOf(init), "int64");
  auto* shift = dynamic_cast<ast::BinaryExpr*>(init);
  ASSERT_NE(shift, nullptr);
  EXPECT_EQ(typeOf(shift->x), "int64");
  EXPECT_EQ(typeOf(shift->y), "uint");
}

TEST(CheckValid, InitializationOrderFollowsDependencies) {
  auto l = load(R"GO(package main

var a = b + 1
var b = f()
var unset int

func f() int { return c }

var c = 2

func main() {}
)GO");
  ASSERT_TRUE(l->ok);
  std::vector<std::string> order;
  for (const Package::Init& init : l->pkg()->initOrder)
    for (Var* v : init.lhs) order.push_back(v->name);
  // The spec: repeatedly the earliest variable (in declaration order) that is ready.
  EXPECT_EQ(order, (std::vector<std::string>{"unset", "c", "b", "a"}));
}

TEST(CheckValid, MultiValueInitializationIsOneGroup) {
  auto l = load(R"GO(package main

func two() (int, string) { return 1, "a" }

var x, y = two()

func main() {}
)GO");
  ASSERT_TRUE(l->ok);
  ASSERT_EQ(l->pkg()->initOrder.size(), 1u);
  EXPECT_EQ(l->pkg()->initOrder[0].lhs.size(), 2u);
  EXPECT_EQ(typeString(global(l->pkg(), "y")->type), "string");
}

TEST(CheckValid, ClosureCapturesAndAddressTaken) {
  auto l = load(R"GO(package main

type T struct{ n int }

func (t *T) inc() { t.n++ }

func main() {
	a, b, c := 1, 2, 3
	var t T
	f := func() int {
		g := func() int { return a + b }
		return g()
	}
	p := &c
	t.inc()
	_, _ = f(), p
}
)GO");
  ASSERT_TRUE(l->ok) << l->diags.formatted()[0];
  auto* decl = dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 0));
  auto* a = dynamic_cast<Var*>(static_cast<ast::Ident*>(decl->lhs[0])->obj);
  auto* b = dynamic_cast<Var*>(static_cast<ast::Ident*>(decl->lhs[1])->obj);
  auto* c = dynamic_cast<Var*>(static_cast<ast::Ident*>(decl->lhs[2])->obj);
  ASSERT_TRUE(a && b && c);
  EXPECT_TRUE(a->captured);
  EXPECT_TRUE(b->captured);
  EXPECT_FALSE(c->captured);
  EXPECT_TRUE(c->addrTaken);
  EXPECT_FALSE(a->addrTaken);
  auto* fdecl = dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 2));
  auto* outer = dynamic_cast<ast::FuncLit*>(fdecl->rhs[0]);
  ASSERT_NE(outer, nullptr);
  // The outer literal captures what its inner literal uses, in order of first use.
  EXPECT_EQ(outer->captures, (std::vector<Var*>{a, b}));
  auto* tdecl = dynamic_cast<ast::DeclStmt*>(stmtOf(l->pkg(), "main", 1));
  auto* tvar = dynamic_cast<Var*>(static_cast<ast::ValueSpec*>(tdecl->decl->specs[0])->names[0]->obj);
  ASSERT_NE(tvar, nullptr);
  EXPECT_TRUE(tvar->addrTaken);  // t.inc() is (&t).inc()
}

TEST(CheckValid, PromotedFieldsAndMethodSelections) {
  auto l = load(R"GO(package main

type Inner struct{ X int }

func (Inner) Get() int { return 1 }

type Outer struct {
	Name string
	*Inner
}

func main() {
	o := Outer{Inner: &Inner{}}
	_ = o.X
	_ = o.Get()
}
)GO");
  ASSERT_TRUE(l->ok);
  auto* as = dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 1));
  auto* sel = dynamic_cast<ast::SelectorExpr*>(as->rhs[0]);
  ASSERT_TRUE(sel && sel->selection);
  EXPECT_EQ(sel->selection->kind, SelectionKind::FieldVal);
  EXPECT_EQ(sel->selection->index, (std::vector<int>{1, 0}));
  EXPECT_TRUE(sel->selection->indirect);
  EXPECT_EQ(sel->mode, ast::Mode::Variable);
  auto* as2 = dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 2));
  auto* call = dynamic_cast<ast::CallExpr*>(as2->rhs[0]);
  auto* msel = dynamic_cast<ast::SelectorExpr*>(call->fun);
  ASSERT_TRUE(msel && msel->selection);
  EXPECT_EQ(msel->selection->kind, SelectionKind::MethodVal);
  EXPECT_EQ(msel->selection->index, (std::vector<int>{1, 0}));
}

TEST(CheckValid, CallKindsAndBuiltins) {
  auto l = load(R"GO(package main

type Celsius float64

func f() {}

func main() {
	s := make([]int, 3)
	_ = Celsius(1.5)
	f()
	_ = len(s)
}
)GO");
  ASSERT_TRUE(l->ok);
  auto* mk = dynamic_cast<ast::CallExpr*>(dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 0))->rhs[0]);
  EXPECT_EQ(mk->callKind, ast::CallKind::Builtin);
  EXPECT_EQ(mk->builtin, ast::BuiltinId::Make);
  EXPECT_EQ(typeOf(mk), "[]int");
  auto* conv = dynamic_cast<ast::CallExpr*>(dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 1))->rhs[0]);
  EXPECT_EQ(conv->callKind, ast::CallKind::Conversion);
  EXPECT_EQ(conv->mode, ast::Mode::Constant);
  EXPECT_EQ(typeOf(conv), "main.Celsius");
  EXPECT_EQ(typeOf(conv->args[0]), "main.Celsius");
  EXPECT_EQ(callOf(stmtOf(l->pkg(), "main", 2))->callKind, ast::CallKind::Call);
  EXPECT_EQ(callOf(stmtOf(l->pkg(), "main", 2))->mode, ast::Mode::NoValue);
}

TEST(CheckValid, ArrayLengthAndConstantLen) {
  auto l = load(R"GO(package main

var a = [...]string{"x", "y", 4: "z"}

const n = len(a)

func main() {}
)GO");
  ASSERT_TRUE(l->ok) << l->diags.formatted()[0];
  EXPECT_EQ(typeString(global(l->pkg(), "a")->type), "[5]string");
  auto* n = dynamic_cast<Const*>(global(l->pkg(), "n"));
  EXPECT_EQ(n->value->int64Val(), 5);
}

TEST(CheckValid, TypeSwitchImplicitVariables) {
  auto l = load(R"GO(package main

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		_ = v + 1
	case string, bool:
		_ = v
	default:
	}
}
)GO");
  ASSERT_TRUE(l->ok);
  auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(stmtOf(l->pkg(), "main", 1));
  ASSERT_NE(ts, nullptr);
  auto* c0 = static_cast<ast::CaseClause*>(ts->body->list[0]);
  auto* c1 = static_cast<ast::CaseClause*>(ts->body->list[1]);
  auto* c2 = static_cast<ast::CaseClause*>(ts->body->list[2]);
  ASSERT_TRUE(c0->implicitVar && c1->implicitVar && c2->implicitVar);
  EXPECT_EQ(typeString(c0->implicitVar->type), "int");
  EXPECT_EQ(typeString(c1->implicitVar->type), "interface{}");
  EXPECT_NE(c0->implicitVar, c1->implicitVar);
}

TEST(CheckValid, BranchTargets) {
  auto l = load(R"GO(package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue outer
		case 2:
			break outer
		}
		break
	}
	goto end
end:
}
)GO");
  ASSERT_TRUE(l->ok);
  auto* labeled = dynamic_cast<ast::LabeledStmt*>(stmtOf(l->pkg(), "main", 0));
  auto* loop = dynamic_cast<ast::ForStmt*>(labeled->stmt);
  ASSERT_NE(loop, nullptr);
  auto* sw = dynamic_cast<ast::SwitchStmt*>(loop->body->list[0]);
  auto* cont = dynamic_cast<ast::BranchStmt*>(static_cast<ast::CaseClause*>(sw->body->list[0])->body[0]);
  auto* brk = dynamic_cast<ast::BranchStmt*>(static_cast<ast::CaseClause*>(sw->body->list[1])->body[0]);
  auto* plain = dynamic_cast<ast::BranchStmt*>(loop->body->list[1]);
  EXPECT_EQ(cont->target, loop);
  EXPECT_EQ(brk->target, loop);
  EXPECT_EQ(plain->target, loop);
  auto* gt = dynamic_cast<ast::BranchStmt*>(stmtOf(l->pkg(), "main", 1));
  EXPECT_EQ(gt->target, stmtOf(l->pkg(), "main", 2));
}

TEST(CheckValid, MapIndexAndCommaOk) {
  auto l = load(R"GO(package main

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	_, _ = v, ok
}
)GO");
  ASSERT_TRUE(l->ok);
  auto* as = dynamic_cast<ast::AssignStmt*>(stmtOf(l->pkg(), "main", 1));
  EXPECT_EQ(as->rhs[0]->mode, ast::Mode::MapIndex);
  EXPECT_TRUE(isBasic(as->lhs[1]->type, BasicKind::Bool));
  EXPECT_EQ(typeString(static_cast<ast::Ident*>(as->lhs[1])->obj->type), "bool");
}

TEST(CheckValid, InterfacesMethodsAndEmbedding) {
  auto l = load(R"GO(package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ name string }

func (f *file) Read() string  { return f.name }
func (f *file) Close() error  { return nil }
func (f file) String() string { return f.name }

func use(rc ReadCloser) string { return rc.Read() }

func main() {
	f := &file{"a"}
	var s fmt.Stringer = f
	var r Reader = f
	fmt.Println(use(f), s.String(), r.Read())
	if c, ok := r.(Closer); ok {
		_ = c.Close()
	}
}
)GO");
  EXPECT_TRUE(l->ok) << l->diags.formatted()[0];
}

TEST(CheckValid, PackagesInDependencyOrder) {
  auto l = load("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n");
  ASSERT_TRUE(l->ok);
  // runtime is always loaded first and main last; every package comes after
  // the packages it imports (fmt imports errors, among others).
  const auto& pkgs = l->prog->packages;
  ASSERT_GE(pkgs.size(), 4u);
  EXPECT_EQ(pkgs[0]->path, "runtime");
  EXPECT_EQ(pkgs.back(), l->prog->mainPackage);
  auto position = [&](const std::string& path) {
    for (size_t k = 0; k < pkgs.size(); k++)
      if (pkgs[k]->path == path) return k;
    return pkgs.size();
  };
  EXPECT_LT(position("errors"), position("fmt"));
  EXPECT_LT(position("fmt"), pkgs.size() - 1);
  EXPECT_EQ(l->pkg()->name, "main");
}

TEST(CheckValid, StructTagsAndFuncs) {
  auto l = load(R"GO(package main

type P struct {
	X int `json:"x"`
}

func init() {}

func (p P) M() {}

func main() {}
)GO");
  ASSERT_TRUE(l->ok);
  auto* st = dynamic_cast<Struct*>(underlying(global(l->pkg(), "P")->type));
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->tags[0], "json:\"x\"");
  EXPECT_EQ(l->pkg()->initFuncs.size(), 1u);
  EXPECT_EQ(l->pkg()->funcs.size(), 3u);
  EXPECT_EQ(findFunc(l->pkg(), "M")->obj->fullName(), "main.P.M");
}

TEST(CheckValid, ConstantFoldingIsExact) {
  auto l = load(R"GO(package main

const big = 1 << 100
const small = big >> 98
const f = 0.1 + 0.2
const eq = f == 0.3

func main() {}
)GO");
  ASSERT_TRUE(l->ok);
  EXPECT_EQ(dynamic_cast<Const*>(global(l->pkg(), "small"))->value->int64Val(), 4);
  EXPECT_TRUE(dynamic_cast<Const*>(global(l->pkg(), "eq"))->value->boolVal());
}

TEST(CheckValid, ShebangLineIsIgnored) {
  auto l = load("#!/usr/bin/env golem\npackage main\n\nfunc main() {}\n");
  EXPECT_TRUE(l->ok);
}

TEST(CheckValid, MalformedInputsNeverCrash) {
  const char* inputs[] = {
      "package main\nfunc main() { x := ; }\n",
      "package main\ntype T [len(T{})]int\nfunc main() {}\n",
      "package main\ntype T T\nfunc main() { var t T; _ = t }\n",
      "package main\nfunc main() { var x = y; var y = x }\n",
      "package main\nfunc main() { for range nil {} }\n",
      "package main\nfunc main() { _ = [...]int{1: 1, 1: 2} }\n",
      "package main\ntype I interface{ I }\nfunc main() {}\n",
      "package main\nfunc f() (a, b int) { return }\nfunc main() { x := f() }\n",
      "package main\nfunc main() { var f func(); f.x.y() }\n",
      "package main\nconst c = c\nfunc main() {}\n",
      "package main\nvar v = func() int { return v }()\nfunc main() {}\n",
  };
  for (const char* src : inputs) {
    auto l = load(src);
    EXPECT_FALSE(l->ok) << src;
  }
}

// ---------------------------------------------------------------------------
// Error messages, exactly as Go 1.19's `go build` prints them.

TEST(CheckErrors, UndefinedName) {
  const char* src = R"GO(package main

func main() {
	_ = undefinedV
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:6: undefined: undefinedV
)GO");
}

TEST(CheckErrors, DeclaredButNotUsed) {
  const char* src = R"GO(package main

func main() {
	x := 1
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:2: x declared but not used
)GO");
}

TEST(CheckErrors, ImportedAndNotUsed) {
  const char* src = R"GO(package main

import "fmt"

func main() {
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:8: imported and not used: "fmt"
)GO");
}

TEST(CheckErrors, ImportedAsAndNotUsed) {
  const char* src = R"GO(package main

import f "fmt"

func main() {
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:8: imported and not used: "fmt" as f
)GO");
}

TEST(CheckErrors, AssignMismatchedType) {
  const char* src = R"GO(package main

func main() {
	x := 1
	var y string
	y = x
	_ = y
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:6: cannot use x (variable of type int) as type string in assignment
)GO");
}

TEST(CheckErrors, ArgumentType) {
  const char* src = R"GO(package main

func f(a int) int { return a }

func main() {
	f("s")
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:4: cannot use "s" (untyped string constant) as int value in argument to f
)GO");
}

TEST(CheckErrors, ReturnType) {
  const char* src = R"GO(package main

func f() string {
	return 1.5
}

func main() { f() }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:9: cannot use 1.5 (untyped float constant) as string value in return statement
)GO");
}

TEST(CheckErrors, VarDeclType) {
  const char* src = R"GO(package main

func main() {
	x := 1
	var s string = x
	_ = s
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:17: cannot use x (variable of type int) as type string in variable declaration
)GO");
}

TEST(CheckErrors, MismatchedTypes) {
  const char* src = R"GO(package main

func main() {
	a, b := 1, "x"
	_ = a + b
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:6: invalid operation: a + b (mismatched types int and string)
)GO");
}

TEST(CheckErrors, MissingReturn) {
  const char* src = R"GO(package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func main() { f(1) }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:7:1: missing return
)GO");
}

TEST(CheckErrors, TooManyArguments) {
  const char* src = R"GO(package main

func f(a int) {}

func main() {
	f(1, 2)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:7: too many arguments in call to f
	have (number, number)
	want (int)
)GO");
}

TEST(CheckErrors, NotEnoughArguments) {
  const char* src = R"GO(package main

func f(a int, b string) {}

func main() {
	f(1)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:4: not enough arguments in call to f
	have (number)
	want (int, string)
)GO");
}

TEST(CheckErrors, TooManyReturnValues) {
  const char* src = R"GO(package main

func f() int {
	return 1, 2
}

func main() { f() }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:12: too many return values
	have (number, number)
	want (int)
)GO");
}

TEST(CheckErrors, NotEnoughReturnValues) {
  const char* src = R"GO(package main

func f() (int, string) {
	return 1
}

func main() { f() }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:9: not enough return values
	have (number)
	want (int, string)
)GO");
}

TEST(CheckErrors, NonBooleanCondition) {
  const char* src = R"GO(package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:5: non-boolean condition in if statement
./x.go:7:6: non-boolean condition in for statement
)GO");
}

TEST(CheckErrors, OperatorNotDefined) {
  const char* src = R"GO(package main

func main() {
	x := 1
	_ = !x
	s := "a"
	_ = -s
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:7: invalid operation: operator ! not defined on x (variable of type int)
./x.go:7:7: invalid operation: operator - not defined on s (variable of type string)
)GO");
}

TEST(CheckErrors, CannotAssign) {
  const char* src = R"GO(package main

func main() {
	3 = 4
	"a"[0] = 1
	var s []int
	s[1:2] = nil
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:2: cannot assign to 3 (untyped int constant)
./x.go:5:2: cannot assign to "a"[0] (value of type byte)
./x.go:7:3: cannot assign to s[1:2] (value of type []int)
)GO");
}

TEST(CheckErrors, Redeclared) {
  const char* src = R"GO(package main

func main() {
	x := 1
	var x int
	_ = x
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:6: x redeclared in this block
	./x.go:4:2: other declaration of x
)GO");
}

TEST(CheckErrors, NoNewVariables) {
  const char* src = R"GO(package main

func main() {
	x := 1
	x := 2
	_ = x
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:4: no new variables on left side of :=
)GO");
}

TEST(CheckErrors, AssignmentMismatch) {
  const char* src = R"GO(package main

func f() int { return 1 }

func main() {
	a, b := f()
	c, d := 1
	_, _, _, _ = a, b, c, d
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:10: assignment mismatch: 2 variables but f returns 1 value
./x.go:7:10: assignment mismatch: 2 variables but 1 value
)GO");
}

TEST(CheckErrors, IndexOutOfBounds) {
  const char* src = R"GO(package main

func main() {
	var a [3]int
	_ = a[5]
	_ = "abc"[10]
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:8: invalid argument: index 5 out of bounds [0:3]
./x.go:6:12: invalid argument: index 10 out of bounds [0:3]
)GO");
}

TEST(CheckErrors, DivisionByZero) {
  const char* src = R"GO(package main

func main() {
	x := 10
	_ = x / 0
	const c = 1 % 0
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:10: invalid operation: division by zero
./x.go:6:16: invalid operation: division by zero
)GO");
}

TEST(CheckErrors, FieldOrMethodUndefined) {
  const char* src = R"GO(package main

type T struct{ a int }

func main() {
	var t T
	t.y = 1
	t.A = 2
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:7:4: t.y undefined (type T has no field or method y)
./x.go:8:4: t.A undefined (type T has no field or method A, but does have a)
)GO");
}

TEST(CheckErrors, MissingFunctionBody) {
  const char* src = R"GO(package main

func f()

func main() { f() }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:6: missing function body
)GO");
}

TEST(CheckErrors, LabelNotUsed) {
  const char* src = R"GO(package main

func main() {
L:
	for {
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:1: label L defined and not used
)GO");
}

TEST(CheckErrors, BlankAsValue) {
  const char* src = R"GO(package main

func main() {
	x := _
	_ = x
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:7: cannot use _ as value or type
)GO");
}

TEST(CheckErrors, AppendNotSlice) {
  const char* src = R"GO(package main

func main() {
	i := 1
	_ = append(i, 2)
	_ = append(nil, 1)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:13: first argument to append must be a slice; have i (variable of type int)
./x.go:6:13: first argument to append must be a slice; have untyped nil
)GO");
}

TEST(CheckErrors, ConstantOverflow) {
  const char* src = R"GO(package main

func main() {
	var b byte = 300
	_ = b
	_ = byte(300)
	var i8 int8 = -129
	_ = i8
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
./x.go:6:11: cannot convert 300 (untyped int constant) to type byte
./x.go:7:16: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
)GO");
}

TEST(CheckErrors, TruncatedFloat) {
  const char* src = R"GO(package main

func main() {
	x := 1
	_ = x + 1.5
	var y int = 2.5
	_ = y
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:10: 1.5 (untyped float constant) truncated to int
./x.go:6:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
)GO");
}

TEST(CheckErrors, ShiftErrors) {
  const char* src = R"GO(package main

func main() {
	f := 1.0
	_ = f << 2
	const big = 1 << 600
	var s uint = 2
	var g float64 = 1 << s
	_ = g
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:6: invalid operation: shifted operand f (variable of type float64) must be integer
./x.go:6:16: constant shift overflow
./x.go:8:18: invalid operation: 1 << s (shift of type float64)
)GO");
}

TEST(CheckErrors, InterfaceNotImplemented) {
  const char* src = R"GO(package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I = T{}
	var j I = U{}
	_, _ = i, j
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:11:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (M method has pointer receiver)
./x.go:12:12: cannot use U{} (value of type U) as type I in variable declaration:
	U does not implement I (missing M method)
)GO");
}

TEST(CheckErrors, WrongMethodType) {
  const char* src = R"GO(package main

type I interface{ M(int) string }
type T struct{}

func (T) M(string) string { return "" }

func main() {
	var i I = T{}
	_ = i
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:9:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (wrong type for M method)
		have M(string) string
		want M(int) string
)GO");
}

TEST(CheckErrors, NotAnInterface) {
  const char* src = R"GO(package main

func main() {
	x := 1
	_ = x.(int)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:6: invalid operation: x (variable of type int) is not an interface
)GO");
}

TEST(CheckErrors, ImpossibleAssertion) {
  const char* src = R"GO(package main

type I interface{ M() }
type T struct{}

func main() {
	var i I
	_ = i.(T)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:8:6: impossible type assertion: i.(T)
	T does not implement I (missing M method)
)GO");
}

TEST(CheckErrors, ChannelDirection) {
  const char* src = R"GO(package main

func main() {
	var c chan<- int
	<-c
	var r <-chan int
	r <- 1
	close(r)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:4: invalid operation: cannot receive from send-only channel c (variable of type chan<- int)
./x.go:7:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
./x.go:8:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
)GO");
}

TEST(CheckErrors, BuiltinMisuse) {
  const char* src = R"GO(package main

func main() {
	_ = len(1)
	_ = make(int)
	_ = new(1)
	var m map[string]int
	_ = cap(m)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:10: invalid argument: 1 (untyped int constant) for len
./x.go:5:11: invalid argument: cannot make int; type must be slice, map, or channel
./x.go:6:10: 1 is not a type
./x.go:8:10: invalid argument: m (variable of type map[string]int) for cap
)GO");
}

TEST(CheckErrors, BuiltinArgCount) {
  const char* src = R"GO(package main

func main() {
	var s []int
	_ = len(s, s)
	_ = len()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:6: invalid operation: too many arguments for len(s, s) (expected 1, found 2)
./x.go:6:6: invalid operation: not enough arguments for len() (expected 1, found 0)
)GO");
}

TEST(CheckErrors, BreakContinueOutside) {
  const char* src = R"GO(package main

func main() {
	break
	continue
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:2: break is not in a loop, switch, or select
./x.go:5:2: continue is not in a loop
)GO");
}

TEST(CheckErrors, BranchLabels) {
  const char* src = R"GO(package main

func main() {
	goto L
	x := 1
	_ = x
L:
	for {
		break M
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:7: goto L jumps over declaration of x at ./x.go:5:4
./x.go:9:9: break label not defined: M
)GO");
}

TEST(CheckErrors, Fallthrough) {
  const char* src = R"GO(package main

func main() {
	switch x := 1; x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough
		}
	case 3:
		fallthrough
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:9:4: fallthrough statement out of place
./x.go:12:3: cannot fallthrough final case in switch
)GO");
}

TEST(CheckErrors, TypeSwitchUnused) {
  const char* src = R"GO(package main

func main() {
	var x interface{} = 1
	switch y := x.(type) {
	case int:
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:9: y declared but not used
)GO");
}

TEST(CheckErrors, CannotRange) {
  const char* src = R"GO(package main

func main() {
	for i := range 10 {
		_ = i
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:17: cannot range over 10 (untyped int constant)
)GO");
}

TEST(CheckErrors, SliceCompare) {
  const char* src = R"GO(package main

func main() {
	var s []int
	var m map[int]int
	_ = s == s
	_ = m == m
	var f func()
	_ = f != nil
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:6: invalid operation: s == s (slice can only be compared to nil)
./x.go:7:6: invalid operation: m == m (map can only be compared to nil)
)GO");
}

TEST(CheckErrors, MultiValueInSingleContext) {
  const char* src = R"GO(package main

func g() (int, int) { return 1, 2 }
func h() {}

func main() {
	_ = g() + 1
	_ = h()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:7:6: multiple-value g() (value of type (int, int)) in single-value context
./x.go:8:6: h() (no value) used as value
)GO");
}

TEST(CheckErrors, ConversionErrors) {
  const char* src = R"GO(package main

func main() {
	_ = int("a")
	var f float64
	_ = string(f)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:10: cannot convert "a" (untyped string constant) to type int
./x.go:6:13: cannot convert f (variable of type float64) to type string
)GO");
}

TEST(CheckErrors, UnusedExpression) {
  const char* src = R"GO(package main

func main() {
	x := 1
	x
	x + 1
	len("a")
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:2: x (variable of type int) is not used
./x.go:6:2: x + 1 (value of type int) is not used
./x.go:7:2: len("a") (constant 1 of type int) is not used
)GO");
}

TEST(CheckErrors, DuplicateCase) {
  const char* src = R"GO(package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 1:
	}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:7:7: duplicate case 1 (constant of type int) in expression switch
	./x.go:6:7: previous case
)GO");
}

TEST(CheckErrors, StructLiteralErrors) {
  const char* src = R"GO(package main

type P struct{ X, Y int }

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{Z: 1}
	_ = P{X: 1, 2}
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:9: too few values in P{…}
./x.go:7:14: too many values in P{…}
./x.go:8:8: unknown field 'Z' in struct literal of type P
./x.go:9:14: mixture of field:value and value elements in struct literal
)GO");
}

TEST(CheckErrors, MapKeyErrors) {
  const char* src = R"GO(package main

func main() {
	_ = map[string]int{"a": 1, "a": 2}
	var m map[[]int]bool
	_ = m
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:29: duplicate key "a" in map literal
./x.go:5:12: invalid map key type []int
)GO");
}

TEST(CheckErrors, InitializationCycle) {
  const char* src = R"GO(package main

var x = f()

func f() int { return x }

func main() {}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:5: initialization loop for x
	./x.go:3:5: x refers to
	./x.go:5:6: f refers to
	./x.go:3:5: x
)GO");
}

TEST(CheckErrors, SelfCycle) {
  const char* src = R"GO(package main

var a = b
var b = a

func main() {}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:5: initialization loop for a
	./x.go:3:5: a refers to
	./x.go:4:5: b refers to
	./x.go:3:5: a
)GO");
}

TEST(CheckErrors, InvalidRecursiveType) {
  const char* src = R"GO(package main

type T struct{ t T }

func main() {}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:6: invalid recursive type T
	./x.go:3:6: T refers to
	./x.go:3:6: T
)GO");
}

TEST(CheckErrors, UndefinedPackageMember) {
  const char* src = R"GO(package main

import "fmt"

func main() {
	fmt.Nope()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:6: undefined: fmt.Nope
)GO");
}

TEST(CheckErrors, MissingPackage) {
  const char* src = R"GO(package main

import "foo/bar"

func main() { bar.X() }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(x.go:3:8: package foo/bar is not in GOROOT (/usr/lib/go-1.19/src/foo/bar)
)GO");
}

TEST(CheckErrors, PointerReceiverOnValue) {
  const char* src = R"GO(package main

type T struct{}

func (*T) M() {}

func main() {
	T{}.M()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:8:6: cannot call pointer method M on T
)GO");
}

TEST(CheckErrors, UntypedNilUse) {
  const char* src = R"GO(package main

func main() {
	x := nil
	_ = x
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:7: use of untyped nil in assignment
)GO");
}

TEST(CheckErrors, DeferConversion) {
  const char* src = R"GO(package main

func main() {
	defer int(1)
	go len("a")
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:8: defer requires function call, not conversion int(1) (constant 1 of type int)
./x.go:5:5: go discards result of len("a") (constant 1 of type int)
)GO");
}

TEST(CheckErrors, NotAType) {
  const char* src = R"GO(package main

func main() {
	x := 1
	var y x
	_ = y
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:8: x (variable of type int) is not a type
)GO");
}

TEST(CheckErrors, IncDecNonNumeric) {
  const char* src = R"GO(package main

func main() {
	s := "a"
	s++
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:2: invalid operation: s++ (non-numeric type string)
)GO");
}

TEST(CheckErrors, OpAssignMismatch) {
  const char* src = R"GO(package main

func main() {
	i := 1
	i += "a"
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:2: invalid operation: i += "a" (mismatched types int and untyped string)
)GO");
}

TEST(CheckErrors, CallNonFunction) {
  const char* src = R"GO(package main

func main() {
	x := 1
	x()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:2: invalid operation: cannot call non-function x (variable of type int)
)GO");
}

TEST(CheckErrors, InvalidIndirect) {
  const char* src = R"GO(package main

func main() {
	x := 1
	_ = *x
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:7: invalid operation: cannot indirect x (variable of type int)
)GO");
}

TEST(CheckErrors, UnaddressableSlice) {
  const char* src = R"GO(package main

func f() [3]int { return [3]int{} }

func main() {
	_ = f()[:]
	_ = &f()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:6:6: invalid operation: f() (value of type [3]int) (slice of unaddressable value)
./x.go:7:7: invalid operation: cannot take address of f() (value of type [3]int)
)GO");
}

TEST(CheckErrors, VariadicMisuse) {
  const char* src = R"GO(package main

func f(a int) {}
func g(a ...int) {}

func main() {
	s := []int{1}
	f(s...)
	g(1, s...)
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:8:2: cannot use ... in call to non-variadic f
./x.go:9:7: too many arguments in call to g
	have (number, []int)
	want (...int)
)GO");
}

TEST(CheckErrors, MainWithArgs) {
  const char* src = R"GO(package main

func main(x int) {}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:3:6: func main must have no arguments and no return values
)GO");
}

TEST(CheckErrors, ConstNotConstant) {
  const char* src = R"GO(package main

func f() int { return 1 }

const c = f()

func main() {}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:11: f() (value of type int) is not constant
)GO");
}

TEST(CheckErrors, ArrayLengthErrors) {
  const char* src = R"GO(package main

func main() {
	n := 3
	var a [n]int
	_ = a
	var b [-1]int
	_ = b
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:2: n declared but not used
./x.go:5:9: invalid array length n
./x.go:7:9: invalid array length -1 (untyped int constant)
)GO");
}

TEST(CheckErrors, UnusedInClosure) {
  const char* src = R"GO(package main

func main() {
	f := func() {
		y := 2
	}
	f()
}
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:5:3: y declared but not used
)GO");
}

TEST(CheckErrors, ReturnCountNamed) {
  const char* src = R"GO(package main

func f() (x int, err error) {
	return 1
}

func main() { f() }
)GO";
  EXPECT_EQ(errorsOf(src), R"GO(./x.go:4:9: not enough return values
	have (number)
	want (int, error)
)GO");
}

}  // namespace
}  // namespace golem
