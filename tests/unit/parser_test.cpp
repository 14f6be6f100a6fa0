// Tests of the Go parser: the AST of each construct, operator precedence,
// syntax errors (texts and positions as Go 1.19's `go build` prints them for
// the same files), and robustness on truncated, mutated and pathological
// input.
#include "compiler/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/lexer.h"

namespace golem {
namespace {

using namespace ast;

struct Parsed {
  SourceFile source;
  Arena arena;
  Diagnostics diags;
  File* file = nullptr;
  std::vector<std::string> errors() const { return diags.formatted(); }
};

std::unique_ptr<Parsed> parse(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  p->source.path = "x.go";
  p->source.displayName = "./x.go";
  p->source.text = text;
  p->file = parseFile(p->source, p->arena, p->diags);
  return p;
}

// Parses `package p; func f() { <body> }` and returns the body's statements.
std::vector<Stmt*> bodyOf(Parsed& p) {
  EXPECT_FALSE(p.file->decls.empty());
  auto* f = dynamic_cast<FuncDecl*>(p.file->decls.back());
  EXPECT_NE(f, nullptr);
  EXPECT_NE(f->body, nullptr);
  std::vector<Stmt*> stmts;
  for (Stmt* s : f->body->list)
    if (s->kind != StmtKind::Empty) stmts.push_back(s);
  return stmts;
}

std::unique_ptr<Parsed> parseBody(const std::string& body) { return parse("package p\nfunc f() {\n" + body + "\n}\n"); }

// The expression with every binary and unary operation parenthesized.
std::string tree(const Expr* x) {
  switch (x->kind) {
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return "(" + tree(b->x) + " " + opSpelling(b->op) + " " + tree(b->y) + ")";
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(x);
      return "(" + std::string(opSpelling(u->op)) + tree(u->x) + ")";
    }
    case ExprKind::Star:
      return "(*" + tree(static_cast<const StarExpr*>(x)->x) + ")";
    default:
      return exprString(x);
  }
}

Expr* parseExpr(Parsed*& holder, std::unique_ptr<Parsed>& keep, const std::string& expr) {
  keep = parseBody("_ = " + expr);
  holder = keep.get();
  auto stmts = bodyOf(*keep);
  EXPECT_EQ(stmts.size(), 1u);
  auto* a = static_cast<AssignStmt*>(stmts[0]);
  EXPECT_EQ(a->kind, StmtKind::Assign);
  return a->rhs[0];
}

std::string exprTree(const std::string& expr) {
  std::unique_ptr<Parsed> keep;
  Parsed* p;
  Expr* x = parseExpr(p, keep, expr);
  EXPECT_TRUE(p->errors().empty()) << expr << ": " << (p->errors().empty() ? "" : p->errors()[0]);
  return tree(x);
}

// --------------------------------------------------------------------------
// Declarations

TEST(Parser, PackageAndImports) {
  auto p = parse("package main\nimport \"fmt\"\nimport (\n\tstr \"strings\"\n\t_ \"os\"\n\t. \"math\"\n)\n");
  EXPECT_TRUE(p->errors().empty());
  ASSERT_NE(p->file->packageName, nullptr);
  EXPECT_EQ(p->file->packageName->name, "main");
  ASSERT_EQ(p->file->imports.size(), 4u);
  EXPECT_EQ(p->file->imports[0]->path, "fmt");
  EXPECT_EQ(p->file->imports[0]->name, nullptr);
  EXPECT_EQ(p->file->imports[1]->name->name, "str");
  EXPECT_EQ(p->file->imports[1]->path, "strings");
  EXPECT_EQ(p->file->imports[2]->name->name, "_");
  EXPECT_EQ(p->file->imports[3]->name->name, ".");
  EXPECT_EQ(p->file->imports[3]->pathPos.line, 6);
  EXPECT_EQ(p->file->imports[3]->pathPos.col, 4);
  ASSERT_EQ(p->file->decls.size(), 2u);
  auto* group = static_cast<GenDecl*>(p->file->decls[1]);
  EXPECT_EQ(group->tok, DeclTok::Import);
  EXPECT_EQ(group->specs.size(), 3u);
  EXPECT_TRUE(group->lparen.valid());
}

TEST(Parser, ConstIotaAndImplicitRepetition) {
  auto p = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)\nconst E = 5\n");
  EXPECT_TRUE(p->errors().empty());
  auto* g = static_cast<GenDecl*>(p->file->decls[0]);
  ASSERT_EQ(g->specs.size(), 3u);
  auto* a = static_cast<ValueSpec*>(g->specs[0]);
  auto* b = static_cast<ValueSpec*>(g->specs[1]);
  auto* c = static_cast<ValueSpec*>(g->specs[2]);
  EXPECT_EQ(a->iota, 0);
  EXPECT_EQ(b->iota, 1);
  EXPECT_TRUE(b->values.empty());
  EXPECT_EQ(b->typeExpr, nullptr);
  EXPECT_EQ(c->iota, 2);
  EXPECT_EQ(c->names.size(), 2u);
  EXPECT_EQ(exprString(c->typeExpr), "int");
  EXPECT_EQ(c->values.size(), 2u);
  auto* e = static_cast<ValueSpec*>(static_cast<GenDecl*>(p->file->decls[1])->specs[0]);
  EXPECT_EQ(e->iota, 0);
}

TEST(Parser, VarDecls) {
  auto p = parse("package p\nvar x int\nvar y = 1\nvar a, b string = \"a\", \"b\"\nvar (\n\tm map[string]int\n)\n");
  EXPECT_TRUE(p->errors().empty());
  auto spec = [&](int i) { return static_cast<ValueSpec*>(static_cast<GenDecl*>(p->file->decls[i])->specs[0]); };
  EXPECT_EQ(exprString(spec(0)->typeExpr), "int");
  EXPECT_TRUE(spec(0)->values.empty());
  EXPECT_EQ(spec(1)->typeExpr, nullptr);
  EXPECT_EQ(spec(2)->names.size(), 2u);
  EXPECT_EQ(exprString(spec(3)->typeExpr), "map[string]int");
}

TEST(Parser, TypeDecls) {
  auto p = parse(
      "package p\n"
      "type A = B\n"
      "type S struct {\n\ta, b int\n\tT\n\t*U\n\tpkg.V\n\tname string `json:\"name\"`\n}\n"
      "type I interface {\n\tM(x int) (string, error)\n\tEmbedded\n\tio.Reader\n}\n"
      "type F func(int, ...string) bool\n"
      "type C1 chan<- int\n"
      "type C2 <-chan int\n"
      "type Arr [4]int\n"
      "type Sl []int\n"
      "type E struct{}\n");
  EXPECT_TRUE(p->errors().empty()) << p->errors()[0];
  auto spec = [&](int i) { return static_cast<TypeSpec*>(static_cast<GenDecl*>(p->file->decls[i])->specs[0]); };
  EXPECT_TRUE(spec(0)->isAlias);
  EXPECT_FALSE(spec(1)->isAlias);
  auto* s = static_cast<StructType*>(spec(1)->typeExpr);
  ASSERT_EQ(s->kind, ExprKind::StructType);
  ASSERT_EQ(s->fields->list.size(), 5u);
  EXPECT_EQ(s->fields->list[0]->names.size(), 2u);
  EXPECT_TRUE(s->fields->list[1]->names.empty());
  EXPECT_EQ(s->fields->list[2]->typeExpr->kind, ExprKind::Star);
  EXPECT_EQ(s->fields->list[3]->typeExpr->kind, ExprKind::Selector);
  EXPECT_EQ(s->fields->list[4]->tag, "`json:\"name\"`");
  auto* i = static_cast<InterfaceType*>(spec(2)->typeExpr);
  ASSERT_EQ(i->methods->list.size(), 3u);
  EXPECT_EQ(i->methods->list[0]->names[0]->name, "M");
  EXPECT_EQ(exprString(i->methods->list[0]->typeExpr), "func(x int) (string, error)");
  EXPECT_TRUE(i->methods->list[1]->names.empty());
  EXPECT_EQ(exprString(i->methods->list[2]->typeExpr), "io.Reader");
  EXPECT_EQ(exprString(spec(3)->typeExpr), "func(int, ...string) bool");
  EXPECT_EQ(static_cast<ChanType*>(spec(4)->typeExpr)->dir, ChanDir::Send);
  EXPECT_EQ(static_cast<ChanType*>(spec(5)->typeExpr)->dir, ChanDir::Recv);
  EXPECT_EQ(exprString(spec(6)->typeExpr), "[4]int");
  EXPECT_EQ(static_cast<ArrayType*>(spec(7)->typeExpr)->len, nullptr);
  EXPECT_EQ(exprString(spec(8)->typeExpr), "struct{}");
}

TEST(Parser, FuncAndMethodDecls) {
  auto p = parse(
      "package p\n"
      "func f(a, b int, c string) (x int, err error) { return }\n"
      "func (r *T) M() {}\n"
      "func native(x int) int\n"
      "func g(xs ...int) {}\n");
  EXPECT_TRUE(p->errors().empty());
  auto* f = static_cast<FuncDecl*>(p->file->decls[0]);
  EXPECT_EQ(f->name->name, "f");
  EXPECT_EQ(f->funcType->params->list.size(), 2u);
  EXPECT_EQ(f->funcType->params->numFields(), 3u);
  EXPECT_EQ(f->funcType->results->numFields(), 2u);
  EXPECT_EQ(f->pos.col, 1);
  auto* m = static_cast<FuncDecl*>(p->file->decls[1]);
  ASSERT_NE(m->recv, nullptr);
  EXPECT_EQ(exprString(m->recv->list[0]->typeExpr), "*T");
  EXPECT_EQ(m->recv->list[0]->names[0]->name, "r");
  auto* n = static_cast<FuncDecl*>(p->file->decls[2]);
  EXPECT_EQ(n->body, nullptr);
  auto* g = static_cast<FuncDecl*>(p->file->decls[3]);
  EXPECT_EQ(g->funcType->params->list[0]->typeExpr->kind, ExprKind::Ellipsis);
}

TEST(Parser, UnnamedParamsAreTypes) {
  auto p = parse("package p\nfunc f(int, string, pkg.T) {}\n");
  EXPECT_TRUE(p->errors().empty());
  auto* f = static_cast<FuncDecl*>(p->file->decls[0]);
  ASSERT_EQ(f->funcType->params->list.size(), 3u);
  for (Field* field : f->funcType->params->list) EXPECT_TRUE(field->names.empty());
  EXPECT_EQ(exprString(f->funcType->params->list[2]->typeExpr), "pkg.T");
}

// --------------------------------------------------------------------------
// Expressions

TEST(Parser, Precedence) {
  EXPECT_EQ(exprTree("a + b * c"), "(a + (b * c))");
  EXPECT_EQ(exprTree("a * b + c"), "((a * b) + c)");
  EXPECT_EQ(exprTree("a || b && c == d"), "(a || (b && (c == d)))");
  EXPECT_EQ(exprTree("a - b - c"), "((a - b) - c)");
  EXPECT_EQ(exprTree("a << 1 | b &^ c"), "((a << 1) | (b &^ c))");
  EXPECT_EQ(exprTree("-a * !b"), "((-a) * (!b))");
  EXPECT_EQ(exprTree("*p + <-c"), "((*p) + (<-c))");
  EXPECT_EQ(exprTree("a < b == c > d"), "(((a < b) == c) > d)");
  EXPECT_EQ(exprTree("&x.y[1]"), "(&x.y[1])");
  EXPECT_EQ(exprTree("^a % b"), "((^a) % b)");
}

TEST(Parser, PrimaryExpressions) {
  EXPECT_EQ(exprTree("f(a, b...)"), "f(a, b...)");
  EXPECT_EQ(exprTree("x.(T)"), "x.(T)");
  EXPECT_EQ(exprTree("a[1:2]"), "a[1:2]");
  EXPECT_EQ(exprTree("a[:]"), "a[:]");
  EXPECT_EQ(exprTree("a[1:2:3]"), "a[1:2:3]");
  EXPECT_EQ(exprTree("m[k].f(1)[2]"), "m[k].f(1)[2]");
  EXPECT_EQ(exprTree("[]int{1, 2}"), "[]int{…}");
  EXPECT_EQ(exprTree("T{}"), "T{}");
  EXPECT_EQ(exprTree("func(x int) int { return x }"), "func(x int) int {…}");
  EXPECT_EQ(exprTree("(*T)(p)"), "(*T)(p)");
  EXPECT_EQ(exprTree("[]byte(s)"), "[]byte(s)");
  EXPECT_EQ(exprTree("map[string][]int{\"a\": {1}}"), "map[string][]int{…}");
  EXPECT_EQ(exprTree("struct{ a int }{1}"), "struct{a int}{…}");
  EXPECT_EQ(exprTree("0x1F + 'a' + 1.5i"), "((0x1F + 'a') + 1.5i)");
}

TEST(Parser, CompositeLiteralElements) {
  std::unique_ptr<Parsed> keep;
  Parsed* p;
  Expr* x = parseExpr(p, keep, "[]T{{1, 2}, k: {3}, 4}");
  EXPECT_TRUE(p->errors().empty());
  auto* c = static_cast<CompositeLit*>(x);
  ASSERT_EQ(c->kind, ExprKind::CompositeLit);
  ASSERT_EQ(c->elts.size(), 3u);
  EXPECT_EQ(c->elts[0]->kind, ExprKind::CompositeLit);
  EXPECT_EQ(static_cast<CompositeLit*>(c->elts[0])->typeExpr, nullptr);
  EXPECT_EQ(c->elts[1]->kind, ExprKind::KeyValue);
  EXPECT_EQ(c->pos.col, 5);
  EXPECT_EQ(c->lbrace.col, 8);
}

TEST(Parser, ReceiveChannelTypeReassociation) {
  std::unique_ptr<Parsed> keep;
  Parsed* p;
  Expr* x = parseExpr(p, keep, "(<-chan int)(c)");
  EXPECT_TRUE(p->errors().empty());
  auto* call = static_cast<CallExpr*>(x);
  auto* t = static_cast<ChanType*>(static_cast<ParenExpr*>(call->fun)->x);
  ASSERT_EQ(t->kind, ExprKind::ChanType);
  EXPECT_EQ(t->dir, ChanDir::Recv);
  x = parseExpr(p, keep, "<-c");
  EXPECT_EQ(x->kind, ExprKind::Unary);
}

TEST(Parser, ExpressionPositionsAreFirstToken) {
  std::unique_ptr<Parsed> keep;
  Parsed* p;
  Expr* x = parseExpr(p, keep, "a.b + f(c)");  // "_ = " puts the expression at column 5
  auto* b = static_cast<BinaryExpr*>(x);
  EXPECT_EQ(b->pos.line, 3);
  EXPECT_EQ(b->pos.col, 5);
  EXPECT_EQ(b->opPos.col, 9);
  auto* call = static_cast<CallExpr*>(b->y);
  EXPECT_EQ(call->pos.col, 11);
  EXPECT_EQ(call->lparen.col, 12);
  EXPECT_EQ(call->rparen.col, 14);
}

// --------------------------------------------------------------------------
// Statements

TEST(Parser, SimpleStatements) {
  auto p = parseBody("x := 1\nx = 2\nx += 3\nx++\ny--\nc <- x\nf()\na, b = b, a\n<-c");
  EXPECT_TRUE(p->errors().empty());
  auto s = bodyOf(*p);
  ASSERT_EQ(s.size(), 9u);
  EXPECT_TRUE(static_cast<AssignStmt*>(s[0])->define);
  EXPECT_FALSE(static_cast<AssignStmt*>(s[1])->define);
  EXPECT_EQ(static_cast<AssignStmt*>(s[2])->op, Op::Add);
  EXPECT_EQ(static_cast<AssignStmt*>(s[2])->tokPos.col, 3);
  EXPECT_EQ(static_cast<IncDecStmt*>(s[3])->op, Op::Inc);
  EXPECT_EQ(static_cast<IncDecStmt*>(s[4])->op, Op::Dec);
  EXPECT_EQ(s[5]->kind, StmtKind::Send);
  EXPECT_EQ(s[6]->kind, StmtKind::Expr);
  EXPECT_EQ(static_cast<AssignStmt*>(s[7])->lhs.size(), 2u);
  EXPECT_EQ(s[8]->kind, StmtKind::Expr);
}

TEST(Parser, IfElseChains) {
  auto p = parseBody("if x := f(); x > 0 {\n} else if y {\n} else {\n}");
  EXPECT_TRUE(p->errors().empty());
  auto* s = static_cast<IfStmt*>(bodyOf(*p)[0]);
  ASSERT_EQ(s->kind, StmtKind::If);
  EXPECT_NE(s->init, nullptr);
  EXPECT_EQ(tree(s->cond), "(x > 0)");
  ASSERT_NE(s->els, nullptr);
  auto* elseIf = static_cast<IfStmt*>(s->els);
  EXPECT_EQ(elseIf->kind, StmtKind::If);
  EXPECT_EQ(elseIf->els->kind, StmtKind::Block);
}

TEST(Parser, ForLoops) {
  auto p = parseBody(
      "for {}\nfor x < 3 {}\nfor i := 0; i < 10; i++ {}\nfor ; ; {}\n"
      "for k, v := range m {}\nfor i = range s {}\nfor range ch {}\nfor _, x := range []int{1, 2} {}");
  EXPECT_TRUE(p->errors().empty()) << p->errors()[0];
  auto s = bodyOf(*p);
  ASSERT_EQ(s.size(), 8u);
  auto* f0 = static_cast<ForStmt*>(s[0]);
  EXPECT_EQ(f0->cond, nullptr);
  EXPECT_NE(static_cast<ForStmt*>(s[1])->cond, nullptr);
  auto* f2 = static_cast<ForStmt*>(s[2]);
  EXPECT_NE(f2->init, nullptr);
  EXPECT_NE(f2->cond, nullptr);
  EXPECT_EQ(f2->post->kind, StmtKind::IncDec);
  auto* r = static_cast<RangeStmt*>(s[4]);
  ASSERT_EQ(r->kind, StmtKind::Range);
  EXPECT_TRUE(r->define);
  EXPECT_EQ(exprString(r->key), "k");
  EXPECT_EQ(exprString(r->value), "v");
  EXPECT_EQ(exprString(r->x), "m");
  EXPECT_EQ(r->pos.col, 1);
  auto* r2 = static_cast<RangeStmt*>(s[5]);
  EXPECT_FALSE(r2->define);
  EXPECT_EQ(r2->value, nullptr);
  auto* r3 = static_cast<RangeStmt*>(s[6]);
  EXPECT_EQ(r3->key, nullptr);
  EXPECT_EQ(exprString(r3->x), "ch");
  EXPECT_EQ(static_cast<RangeStmt*>(s[7])->x->kind, ExprKind::CompositeLit);
}

TEST(Parser, SwitchStatements) {
  auto p = parseBody(
      "switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n}\n"
      "switch {\ncase a > b:\n}\n"
      "switch v := y.(type) {\ncase int, string:\ncase nil:\n}\n"
      "switch y.(type) {\n}");
  EXPECT_TRUE(p->errors().empty()) << p->errors()[0];
  auto s = bodyOf(*p);
  ASSERT_EQ(s.size(), 4u);
  auto* sw = static_cast<SwitchStmt*>(s[0]);
  ASSERT_EQ(sw->kind, StmtKind::Switch);
  EXPECT_NE(sw->init, nullptr);
  EXPECT_EQ(exprString(sw->tag), "x");
  ASSERT_EQ(sw->body->list.size(), 3u);
  auto* c0 = static_cast<CaseClause*>(sw->body->list[0]);
  EXPECT_EQ(c0->list.size(), 2u);
  EXPECT_EQ(c0->body[0]->kind, StmtKind::Branch);
  EXPECT_TRUE(static_cast<CaseClause*>(sw->body->list[2])->isDefault);
  EXPECT_EQ(static_cast<SwitchStmt*>(s[1])->tag, nullptr);
  auto* ts = static_cast<TypeSwitchStmt*>(s[2]);
  ASSERT_EQ(ts->kind, StmtKind::TypeSwitch);
  auto* guard = static_cast<AssignStmt*>(ts->assign);
  ASSERT_EQ(guard->kind, StmtKind::Assign);
  EXPECT_TRUE(guard->define);
  EXPECT_EQ(static_cast<TypeAssertExpr*>(guard->rhs[0])->typeExpr, nullptr);
  auto* ts2 = static_cast<TypeSwitchStmt*>(s[3]);
  ASSERT_EQ(ts2->kind, StmtKind::TypeSwitch);
  EXPECT_EQ(ts2->assign->kind, StmtKind::Expr);
}

TEST(Parser, SelectStatement) {
  auto p = parseBody("select {\ncase v := <-c:\n\t_ = v\ncase c <- 1:\ncase <-d:\ndefault:\n}");
  EXPECT_TRUE(p->errors().empty());
  auto* s = static_cast<SelectStmt*>(bodyOf(*p)[0]);
  ASSERT_EQ(s->kind, StmtKind::Select);
  ASSERT_EQ(s->body->list.size(), 4u);
  auto clause = [&](int i) { return static_cast<CommClause*>(s->body->list[i]); };
  EXPECT_EQ(clause(0)->comm->kind, StmtKind::Assign);
  EXPECT_EQ(clause(0)->body.size(), 1u);
  EXPECT_EQ(clause(1)->comm->kind, StmtKind::Send);
  EXPECT_EQ(clause(2)->comm->kind, StmtKind::Expr);
  EXPECT_EQ(clause(3)->comm, nullptr);
}

TEST(Parser, BranchesLabelsGoDefer) {
  auto p = parseBody(
      "L:\n\tfor {\n\t\tbreak L\n\t}\nM:\n\tcontinue M\n\tgoto L\n\tgo f(1)\n\tdefer g()\n\treturn 1, 2\n\t{\n\t}\n"
      "\tvar z int\n\tconst c = 1\n\ttype T int\nN:\n");
  EXPECT_TRUE(p->errors().empty()) << p->errors()[0];
  auto s = bodyOf(*p);
  ASSERT_EQ(s.size(), 11u);
  auto* l = static_cast<LabeledStmt*>(s[0]);
  EXPECT_EQ(l->label->name, "L");
  EXPECT_EQ(l->stmt->kind, StmtKind::For);
  auto* brk = static_cast<BranchStmt*>(static_cast<ForStmt*>(l->stmt)->body->list[0]);
  EXPECT_EQ(brk->tok, BranchTok::Break);
  EXPECT_EQ(brk->label->name, "L");
  EXPECT_EQ(s[2]->kind, StmtKind::Branch);
  EXPECT_EQ(s[3]->kind, StmtKind::Go);
  EXPECT_EQ(s[4]->kind, StmtKind::Defer);
  EXPECT_EQ(static_cast<ReturnStmt*>(s[5])->results.size(), 2u);
  EXPECT_EQ(s[6]->kind, StmtKind::Block);
  EXPECT_EQ(s[7]->kind, StmtKind::Decl);
  EXPECT_EQ(static_cast<LabeledStmt*>(s[10])->stmt->kind, StmtKind::Empty);
}

TEST(Parser, CompositeLiteralInHeaders) {
  auto ok = parseBody("for _, x := range []int{1, 2} {\n_ = x\n}\nif x == (T{}) {\n}\nif f(T{}) {\n}");
  EXPECT_TRUE(ok->errors().empty()) << ok->errors()[0];
  auto bad = parse("package main\n\ntype T struct{}\n\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n");
  EXPECT_EQ(bad->errors(), (std::vector<std::string>{
                               "./x.go:7:14: syntax error: unexpected { at end of statement",
                               "./x.go:9:1: syntax error: non-declaration statement outside function body"}));
}

// --------------------------------------------------------------------------
// Syntax errors, compared with Go 1.19's output for the same files.

struct ErrorCase {
  const char* name;
  const char* source;
  std::vector<std::string> expected;
};

void expectErrors(const ErrorCase& c) {
  auto p = parse(c.source);
  EXPECT_EQ(p->errors(), c.expected) << c.name;
}

TEST(ParserErrors, MissingBrace) {
  expectErrors({"missbrace", "package main\n\nfunc main() {\n\tx := 1\n\tif x > 0 {\n\t\tprintln(x)\n\n}\n",
                {"./x.go:9:1: syntax error: unexpected EOF, expecting }"}});
}

TEST(ParserErrors, MissingParen) {
  expectErrors({"missparen", "package main\n\nfunc main() {\n\tprintln(\"a\"\n}\n",
                {"./x.go:4:13: syntax error: unexpected newline in argument list; possibly missing comma or )"}});
}

TEST(ParserErrors, StrayToken) {
  expectErrors({"stray", "package main\n\nfunc main() {\n\tx := 1 )\n\tprintln(x)\n}\n",
                {"./x.go:4:9: syntax error: unexpected ) at end of statement"}});
}

TEST(ParserErrors, ElseOnNextLine) {
  expectErrors({"elsenext",
                "package main\n\nfunc main() {\n\tx := 1\n\tif x > 0 {\n\t\tprintln(x)\n\t}\n\telse {\n\t\tprintln(2)\n\t}\n}\n",
                {"./x.go:8:2: syntax error: unexpected else, expecting }"}});
}

TEST(ParserErrors, StatementAtTopLevel) {
  expectErrors({"toplevel", "package main\n\nx := 1\n\nfunc main() {\n}\n",
                {"./x.go:3:1: syntax error: non-declaration statement outside function body"}});
}

TEST(ParserErrors, VarWithoutValue) {
  expectErrors({"varnovalue", "package main\n\nvar x = \n\nfunc main() {\n}\n",
                {"./x.go:5:6: syntax error: unexpected main, expecting (",
                 "./x.go:6:1: syntax error: unexpected } after top level declaration"}});
}

TEST(ParserErrors, MissingCommaInLiteral) {
  expectErrors({"missingcomma", "package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x\n}\n",
                {"./x.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"}});
}

TEST(ParserErrors, FuncBraceOnNextLine) {
  expectErrors({"funcnext", "package main\n\nfunc main()\n{\n}\n",
                {"./x.go:4:1: syntax error: unexpected semicolon or newline before {"}});
}

TEST(ParserErrors, AssignmentAsCondition) {
  expectErrors({"ifassign",
                "package main\n\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
                {"./x.go:5:7: syntax error: cannot use assignment (x) = (2) as value",
                 "./x.go:7:23: syntax error: cannot declare in post statement of for loop"}});
}

TEST(ParserErrors, MissingIfCondition) {
  expectErrors({"ifnocond",
                "package main\n\nfunc main() {\n\tif {\n\t}\n\tif x := 1; {\n\t}\n\tif x := 1\n\t{\n\t}\n}\n",
                {"./x.go:4:5: syntax error: missing condition in if statement",
                 "./x.go:6:11: syntax error: missing condition in if statement",
                 "./x.go:8:11: syntax error: unexpected newline, expecting { after if clause"}});
}

TEST(ParserErrors, MissingExpressions) {
  expectErrors({"missingexpr", "package main\n\nfunc main() {\n\tx := 1 +\n\ty := 2\n\tf(,)\n\ta[]\n}\n",
                {"./x.go:5:4: syntax error: unexpected := at end of statement",
                 "./x.go:6:4: syntax error: unexpected comma, expecting expression",
                 "./x.go:7:4: syntax error: unexpected ], expecting operand"}});
}

TEST(ParserErrors, GoDeferAndRange) {
  expectErrors({"labels",
                "package main\n\nfunc main() {\nL:\n}\n\nfunc f() {\n\tgoto\n\tdefer f\n\tgo (f())\n\tfor i := range {\n\t}\n}\n",
                {"./x.go:9:2: syntax error: unexpected defer, expecting name",
                 "./x.go:10:5: expression in go must not be parenthesized",
                 "./x.go:11:17: syntax error: unexpected {, expecting expression",
                 "./x.go:12:2: syntax error: unexpected }, expecting { after for clause"}});
}

TEST(ParserErrors, Parameters) {
  expectErrors({"params",
                "package main\n\nfunc f(a int, b) {}\nfunc g(a, b int, string) {}\nfunc (a, b T) m() {}\n"
                "func () m2() {}\nfunc h(...) {}\n",
                {"./x.go:3:15: syntax error: mixed named and unnamed parameters",
                 "./x.go:4:18: syntax error: mixed named and unnamed parameters",
                 "./x.go:5:15: method has multiple receivers", "./x.go:6:9: method has no receiver",
                 "./x.go:7:11: syntax error: ... is missing type"}});
}

TEST(ParserErrors, StructFields) {
  expectErrors({"structs", "package main\n\ntype T struct {\n\ta int,\n\tb string\n}\ntype U struct {\n\t*(T)\n\t1\n}\n",
                {"./x.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
                 "./x.go:8:3: syntax error: cannot parenthesize embedded type",
                 "./x.go:9:2: syntax error: unexpected literal 1, expecting field name or embedded type"}});
}

TEST(ParserErrors, SwitchAndSelect) {
  expectErrors({"switcherr", "package main\n\nfunc main() {\n\tswitch x {\n\tfoo:\n\tcase 1\n\t}\n\tselect {\n\tcase\n\t}\n}\n",
                {"./x.go:5:2: syntax error: unexpected foo, expecting case or default or }",
                 "./x.go:6:8: syntax error: unexpected newline, expecting :",
                 "./x.go:10:2: syntax error: unexpected }, expecting expression"}});
}

TEST(ParserErrors, ChannelTypes) {
  expectErrors({"chans", "package main\n\ntype A <-chan <-chan int\ntype B chan<- chan int\ntype C <-chan<- int\n\nfunc main() {}\n",
                {"./x.go:5:17: syntax error: unexpected int, expecting chan"}});
}

TEST(ParserErrors, SliceIndices) {
  expectErrors({"slices", "package main\n\nfunc main() {\n\ta := []int{1}\n\t_ = a[1::2]\n\t_ = a[1:2:]\n\t_ = a[1 2]\n}\n",
                {"./x.go:5:10: middle index required in 3-index slice",
                 "./x.go:6:12: final index required in 3-index slice",
                 "./x.go:7:10: syntax error: unexpected literal 2, expecting comma, : or ]"}});
}

TEST(ParserErrors, TypeDeclarations) {
  expectErrors({"typeerr", "package main\n\ntype T = \ntype\nfunc main() {}\n",
                {"./x.go:4:1: syntax error: unexpected type in type declaration",
                 "./x.go:5:11: syntax error: unexpected ) after top level declaration"}});
}

TEST(ParserErrors, LexicalErrorsWithSyntaxErrors) {
  expectErrors({"lexerr",
                "package main\n\nfunc main() {\n\tx := @\n\ty := \"abc\n\tz := 'ab'\n\tw := 0o8\n\tv := 08\n"
                "\t_ = 1__0\n\t_ = 0x1.0\n\t_ = '\\q'\n}\n",
                {"./x.go:4:7: invalid character U+0040 '@'", "./x.go:5:4: syntax error: unexpected := at end of statement",
                 "./x.go:5:11: newline in string", "./x.go:6:7: more than one character in rune literal",
                 "./x.go:7:9: invalid digit '8' in octal literal", "./x.go:8:8: invalid digit '8' in octal literal",
                 "./x.go:9:8: '_' must separate successive digits",
                 "./x.go:10:11: hexadecimal mantissa requires a 'p' exponent", "./x.go:11:8: unknown escape"}});
}

TEST(ParserErrors, UnterminatedComment) {
  expectErrors({"unterminated", "package main\n\nfunc main() {\n\t/* abc\n", {"./x.go:4:2: comment not terminated"}});
}

TEST(ParserErrors, PackageClauseAndImportsUseGoListWording) {
  // `go build` reads these with go/parser first; its messages differ from gc's.
  expectErrors({"nopkg", "func main() {\n}\n", {"./x.go:1:1: expected 'package', found 'func'"}});
  expectErrors({"nopkgname", "package\nfunc main(){}\n", {"./x.go:2:1: expected 'IDENT', found 'func'"}});
  expectErrors({"badimport", "package main\n\nimport fmt\n\nfunc main() {}\n",
                {"./x.go:3:11: expected 'STRING', found newline"}});
  expectErrors({"twoimports", "package main\nimport \"fmt\" \"os\"\nfunc main(){}\n",
                {"./x.go:2:14: syntax error: unexpected literal \"os\", expecting semicolon or newline"}});
}

TEST(ParserErrors, GenericsAreReported) {
  auto p = parse("package main\n\nfunc F[T any](x T) T { return x }\n\ntype L[T any] struct{ v T }\n\nfunc main() {}\n");
  auto errors = p->errors();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "./x.go:3:7: syntax error: generic type parameters are not supported");
  EXPECT_EQ(errors[1], "./x.go:5:7: syntax error: generic type parameters are not supported");
  // The rest of the file is still parsed.
  EXPECT_EQ(p->file->decls.size(), 3u);
  // Array types in type declarations are not mistaken for type parameters.
  EXPECT_TRUE(parse("package p\nconst N = 2\ntype A [N]int\ntype B [N * 2]int\ntype C [len(\"ab\")]int\n")->errors().empty());
}

TEST(ParserErrors, SemicolonsAndEmptyStatementsAreFine) {
  auto p = parse("package main\n\nimport \"fmt\"\nimport (\n\t\"os\"; \"strings\"\n)\n\n"
                 "func main() { fmt.Println(os.Args, strings.ToUpper(\"x\")); var x int = 3; x++ }\n");
  EXPECT_TRUE(p->errors().empty());
}

TEST(ParserErrors, ResultIsPartialFileAfterErrors) {
  auto p = parse("package main\n\nfunc a() { x := }\n\nfunc b() {}\n");
  EXPECT_FALSE(p->errors().empty());
  ASSERT_EQ(p->file->decls.size(), 2u);
  EXPECT_EQ(static_cast<FuncDecl*>(p->file->decls[1])->name->name, "b");
}

// --------------------------------------------------------------------------
// Robustness

TEST(ParserRobustness, DeepNestingIsReportedNotOverflowed) {
  for (const std::string& open : {std::string("("), std::string("{"), std::string("["), std::string("*"),
                                  std::string("-"), std::string("[]"), std::string("<-"), std::string("func() ")}) {
    std::string src = "package p\nvar x = ";
    for (int i = 0; i < 100000; i++) src += open;
    auto p = parse(src);
    EXPECT_TRUE(p->diags.hasErrors()) << open;
  }
  std::string blocks = "package p\nfunc f() {";
  for (int i = 0; i < 100000; i++) blocks += "{";
  auto p = parse(blocks);
  auto errors = p->errors();
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("exceeded max nesting depth"), std::string::npos);
}

TEST(ParserRobustness, LongFlatChainsAreFine) {
  std::string src = "package p\nvar x = 1";
  for (int i = 0; i < 100000; i++) src += " + 1";
  src += "\nfunc f() {\n\tif x = 1";
  for (int i = 0; i < 100000; i++) src += " + 1";
  src += " {\n\t}\n";
  for (int i = 0; i < 2000; i++) src += "\tif a {\n\t} else ";
  src += "{\n\t}\n}\n";
  auto p = parse(src);
  auto errors = p->errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("./x.go:4:7: syntax error: cannot use assignment (x) = (", 0), 0u) << errors[0];
}

const char* const kValidPrograms[] = {
    R"(package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64 `json:"w"`
}

func (r *Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

func main() {
	shapes := []Shape{&Rect{W: 1, H: 2}}
	for i, s := range shapes {
		fmt.Println(i, s.Area(), strings.ToUpper(s.Name()))
	}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	if v, ok := m["a"]; ok && len(v) > 1 {
		fmt.Printf("%v\n", v[1:])
	}
}
)",
    R"(package main

import "fmt"

const (
	A = iota * 10
	B
	C
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		select {
		case results <- j * 2:
		default:
		}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	go worker(1, jobs, results)
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	var x interface{} = 3
	switch v := x.(type) {
	case int, int64:
		fmt.Println(v)
	case string:
	default:
		goto end
	}
end:
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue
		case i > 1:
			break
		}
	}
	a := [...]int{1, 2, 3}
	s := a[0:2:3]
	fn := func(xs ...int) (n int, err error) { return len(xs), nil }
	n, _ := fn(s...)
	fmt.Println(n, 'x', 0x1p-2, 1_000, "a\tb", `raw`)
}
)",
};

TEST(ParserRobustness, ValidProgramsParseCleanly) {
  for (const char* program : kValidPrograms) {
    auto p = parse(program);
    EXPECT_TRUE(p->errors().empty()) << p->errors()[0];
  }
}

TEST(ParserRobustness, TruncatedProgramsNeverCrash) {
  for (const char* program : kValidPrograms) {
    std::string text = program;
    for (size_t cut = 0; cut <= text.size(); cut++) {
      auto p = parse(text.substr(0, cut));
      ASSERT_NE(p->file, nullptr);
    }
  }
}

TEST(ParserRobustness, MutatedProgramsNeverCrash) {
  const std::string alphabet = "(){}[];:,.=+-*/<>!&|^\"'`\n\t x1_\\\0\xff\xc3";
  const char* inserts[] = {"func", "{", "}", "(", ")", "[", "]", "var ", "if ", "else", "case ",
                           ":=", "...", "<-", "chan ", "struct{", "interface{", "/*", "//", "\"", "`", "'"};
  uint32_t state = 42;
  auto rand = [&](uint32_t n) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % n;
  };
  for (const char* program : kValidPrograms) {
    std::string text = program;
    for (int round = 0; round < 1500; round++) {
      std::string mutated = text;
      int edits = 1 + static_cast<int>(rand(4));
      for (int e = 0; e < edits; e++) {
        size_t at = rand(static_cast<uint32_t>(mutated.size()));
        switch (rand(4)) {
          case 0: mutated[at] = alphabet[rand(static_cast<uint32_t>(alphabet.size()))]; break;
          case 1: mutated.erase(at, 1 + rand(8)); break;
          case 2: mutated.insert(at, inserts[rand(sizeof inserts / sizeof inserts[0])]); break;
          default: {
            size_t from = rand(static_cast<uint32_t>(mutated.size()));
            mutated.insert(at, mutated.substr(from, rand(40)));
          }
        }
        if (mutated.empty()) mutated = "package";
      }
      auto p = parse(mutated);
      ASSERT_NE(p->file, nullptr);
      for (const Diagnostic& d : p->diags.errors()) {
        ASSERT_GE(d.pos.line, 1);
        ASSERT_GE(d.pos.col, 1);
      }
    }
  }
}

TEST(ParserRobustness, BinaryGarbageNeverCrashes) {
  uint32_t state = 7;
  for (int round = 0; round < 200; round++) {
    std::string garbage = "package p\n";
    int n = 1 + round * 37;
    for (int i = 0; i < n; i++) {
      state = state * 1103515245u + 12345u;
      garbage += static_cast<char>(state >> 16);
    }
    auto p = parse(garbage);
    ASSERT_NE(p->file, nullptr);
  }
}

TEST(ParserRobustness, UnterminatedEverything) {
  for (const char* src : {"package p\nfunc f() { x := \"abc", "package p\nfunc f() { x := `abc", "package p\nfunc f() { x := 'a",
                          "package p\nfunc f() { /* abc", "package p\nfunc f(", "package p\ntype T struct {",
                          "package p\nvar x = []int{1, 2", "package p\nimport (", "package", "", "package p\nfunc",
                          "package p\nfunc f() { switch x { case", "package p\nfunc f() { select { case <-"}) {
    auto p = parse(src);
    ASSERT_NE(p->file, nullptr);
    EXPECT_TRUE(p->diags.hasErrors()) << src;
  }
}

TEST(ParserRobustness, HugeFile) {
  std::string src = "package p\n";
  for (int i = 0; i < 20000; i++) src += "func f" + std::to_string(i) + "(a, b int) int { return a*b + " + std::to_string(i) + " }\n";
  auto p = parse(src);
  EXPECT_TRUE(p->errors().empty());
  EXPECT_EQ(p->file->decls.size(), 20000u);
}

}  // namespace
}  // namespace golem
