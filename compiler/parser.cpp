// The Go parser.
//
// Algorithm. A recursive-descent parser with one token of lookahead, over
// the Lexer's tokens (automatic semicolons already inserted). Its structure
// follows cmd/compile's syntax parser production by production, because the
// error messages and positions golem must reproduce fall out of that
// structure: which production notices the mistake, what token it sees, and
// what it says it was expecting.
//
// Ambiguities resolved as Go does:
//  * Composite literals vs. blocks: in the header of if/for/switch, `T {`
//    opens the block, so a composite literal of a bare type name must be
//    parenthesized there. `exprNest_` counts the parentheses, brackets and
//    braces we are inside; the header sets it to -1, and a `{` after a name,
//    a selector or an index expression starts a composite literal only when
//    exprNest_ >= 0. After an explicit literal type ([]T, [N]T, struct,
//    map) `{` is always a literal.
//  * `<-chan T` vs. receive: `<-` is parsed as a unary operator and, if its
//    operand turns out to be a channel type, re-associated into the type.
//  * Parameter lists: `(a, b int)` vs. `(int, string)`: entries are parsed
//    as [name] [type] and the names are turned into types when no entry has
//    both.
//
// Error recovery, as gc's: each production reports the first unexpected
// token ("syntax error: unexpected X, expecting Y") and skips tokens up to a
// synchronisation set (`advance`): its follow tokens plus, inside function
// bodies, the keywords that start statements. After an error at EOF no more
// errors are reported. Diagnostics keeps one syntax error per line.
//
// Positions. Every ast node's `pos` is its first token (go/ast's Pos(),
// which is also where go/types and types2 report errors). cmd/compile's own
// syntax tree puts some nodes elsewhere (a binary expression at its
// operator, an assignment at its `=`, a call at its `(`), and its syntax
// errors use those: `gcPos` computes them where a message needs them.
//
// Robustness: recursion happens only through nesting in the source; the
// depth is bounded (kMaxNesting) and past it the parser reports one error
// and skips to the end of the file. Every loop consumes a token per
// iteration or stops (checked by `tokensConsumed_`).
//
// Generics (type parameters) are not part of golem's Go: they are parsed
// far enough to report "generic ... not supported" and skipped.
#include "compiler/parser.h"

#include <cassert>
#include <initializer_list>

#include "compiler/lexer.h"
#include "compiler/token.h"

namespace golem {

namespace {

using namespace ast;

// Deep enough for any real program; shallow enough that the C++ stack
// (a few frames per level) never overflows, even in sanitizer builds.
constexpr int kMaxNesting = 1000;

// The spelling of a token in "expecting X" messages.
std::string tokstring(Tok tok) {
  switch (tok) {
    case Tok::Comma: return "comma";
    case Tok::Semi: return "semicolon or newline";
    default: return tokenSpelling(tok);
  }
}

Expr* unparen(Expr* x) {
  while (x && x->kind == ExprKind::Paren) x = static_cast<ParenExpr*>(x)->x;
  return x;
}

// Whether x syntactically must be a value (and not a type).
bool isValue(Expr* x) {
  switch (x->kind) {
    case ExprKind::BasicLit:
    case ExprKind::CompositeLit:
    case ExprKind::FuncLit:
    case ExprKind::Slice:
    case ExprKind::TypeAssert:
    case ExprKind::Call:
    case ExprKind::Unary:
    case ExprKind::Binary:
      return true;
    case ExprKind::Paren:
      return isValue(static_cast<ParenExpr*>(x)->x);
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(x);
      return isValue(ix->x) || isValue(ix->index);
    }
    default:
      return false;
  }
}

// Whether x is (syntactically) a type element that cannot be a value.
bool isTypeElem(Expr* x) {
  switch (x->kind) {
    case ExprKind::ArrayType:
    case ExprKind::StructType:
    case ExprKind::FuncType:
    case ExprKind::InterfaceType:
    case ExprKind::MapType:
    case ExprKind::ChanType:
      return true;
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(x);
      return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case ExprKind::Unary: {
      auto* u = static_cast<UnaryExpr*>(x);
      return u->op == Op::Tilde || isTypeElem(u->x);
    }
    case ExprKind::Star:
      return isTypeElem(static_cast<StarExpr*>(x)->x);
    case ExprKind::Paren:
      return isTypeElem(static_cast<ParenExpr*>(x)->x);
    default:
      return false;
  }
}

// Where cmd/compile's syntax tree positions an expression (see the header).
Pos gcPos(Expr* x) {
  switch (x->kind) {
    case ExprKind::Binary: return static_cast<BinaryExpr*>(x)->opPos;
    case ExprKind::Call: return static_cast<CallExpr*>(x)->lparen;
    case ExprKind::Index: return static_cast<IndexExpr*>(x)->lbrack;
    case ExprKind::Slice: return static_cast<SliceExpr*>(x)->lbrack;
    case ExprKind::CompositeLit: return static_cast<CompositeLit*>(x)->lbrace;
    case ExprKind::KeyValue: return static_cast<KeyValueExpr*>(x)->colon;
    case ExprKind::Selector: {
      Pos p = static_cast<SelectorExpr*>(x)->sel->pos;  // the '.' just before the name
      if (p.col > 1) p.col--;
      return p;
    }
    default: return x->pos;
  }
}

// Removes the quotes (and escapes) of an import path literal.
std::string unquoteImportPath(const std::string& lit) {
  if (lit.size() < 2) return {};
  std::string inner = lit.substr(1, lit.size() - 2);
  if (lit[0] == '`') return inner;
  std::string out;
  for (size_t i = 0; i < inner.size(); i++) {
    if (inner[i] == '\\' && i + 1 < inner.size()) {
      char c = inner[++i];
      switch (c) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        default: out += c; break;  // \\ and \" (other escapes do not occur in import paths)
      }
    } else {
      out += inner[i];
    }
  }
  return out;
}

// A simple statement as parsed, with cmd/compile's position for it (the
// operator of an assignment, send or ++/--), which its messages use.
struct Simple {
  Stmt* stmt = nullptr;
  Pos gcPos;
};

// One parameter or result as parsed: gc's one-name-per-entry form, grouped
// into ast::Fields afterwards.
struct Param {
  Ident* name = nullptr;
  Expr* type = nullptr;
  Pos pos;
};

struct Header {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  Stmt* typeSwitchGuard = nullptr;  // switch only: `x := y.(type)` or `y.(type)`
};

class Parser {
 public:
  Parser(const SourceFile& src, Arena& arena, Diagnostics& diags)
      : src_(src),
        arena_(arena),
        diags_(diags),
        lexer_(src.text, [this](int32_t line, int32_t col, const std::string& msg) {
          errorAt(Pos{&src_, line, col}, msg);
        }) {
    next();
  }

  File* parseFile();

 private:
  // --- tokens
  const Token& cur() const { return lexer_.token(); }
  Tok tok() const { return lexer_.token().tok; }
  Pos pos() const { return Pos{&src_, cur().line, cur().col}; }
  void next() {
    lexer_.next();
    tokensConsumed_++;
  }
  bool got(Tok t) {
    if (tok() != t) return false;
    next();
    return true;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance({});
    }
  }
  bool gotAssign();
  bool isOp(ast::Op op) const { return (tok() == Tok::Operator || tok() == Tok::Star) && cur().op == op; }

  // --- errors
  void errorAt(Pos p, const std::string& msg) {
    errorCount_++;
    diags_.error(p, msg);
  }
  void syntaxErrorAt(Pos p, std::string msg);
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void advance(std::initializer_list<Tok> followlist);
  void goListError(const char* expected);
  void genericsNotSupported(Pos p, const char* what);
  void skipBrackets();

  // --- nesting bound
  struct Nesting {
    explicit Nesting(Parser& p) : parser(p) {
      if (++parser.depth_ > kMaxNesting && !parser.tooDeep_) {
        parser.tooDeep_ = true;
        parser.errorAt(parser.pos(), "syntax error: exceeded max nesting depth");
        parser.lexer_.skipToEnd();
      }
    }
    ~Nesting() { parser.depth_--; }
    bool exceeded() const { return parser.depth_ > kMaxNesting; }
    Parser& parser;
  };

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    return arena_.make<T>(std::forward<Args>(args)...);
  }
  BadExpr* badExpr() { return make<BadExpr>(pos()); }

  // --- declarations
  template <typename SpecParser>
  GenDecl* group(DeclTok kind, Pos keywordPos, SpecParser parseSpec);
  Pos list(const char* context, Tok sep, Tok close, const std::function<bool()>& element);
  ImportSpec* importSpec();
  ValueSpec* constSpec(int iota);
  ValueSpec* varSpec();
  TypeSpec* typeSpec();
  FuncDecl* funcDeclOrNil(Pos funcPos);
  BlockStmt* funcBody();

  // --- expressions
  Expr* expr() { return binaryExpr(nullptr, 0); }
  std::vector<Expr*> exprList();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* operand();
  Expr* pexpr(Expr* x);
  Expr* bareComplitExpr();
  CompositeLit* complitExpr(Expr* type);
  std::vector<Expr*> argList(CallExpr* call);
  Expr* typeList(bool* comma);
  Ident* name();
  std::vector<Ident*> nameList(Ident* first);
  Expr* qualifiedName(Ident* name);
  BasicLit* oliteral();

  // --- types
  Expr* type();
  Expr* typeOrNil();
  Expr* typeInstance(Expr* type);
  FuncType* funcType(Pos funcPos);
  Expr* arrayType(Pos lbrack, Expr* len);
  Expr* chanElem();
  StructType* structType();
  InterfaceType* interfaceType();
  FieldList* funcResult();
  void fieldDecl(FieldList* fields);
  Expr* arrayOrTypeArgs();
  Field* methodDecl();
  Expr* embeddedElem(Expr* first);
  Expr* embeddedTerm();
  bool paramDeclOrNil(Tok follow, Param* out);
  FieldList* paramList(Pos opening, Tok close);

  // --- statements
  Simple simpleStmt(std::vector<Expr*> lhs, Tok keyword);
  RangeStmt* rangeClause(std::vector<Expr*> lhs, bool define, Pos tokPos);
  Stmt* labeledStmtOrNil(Ident* label);
  BlockStmt* blockStmt(const char* context);
  DeclStmt* declStmt();
  Stmt* forStmt();
  Header header(Tok keyword);
  IfStmt* ifStmt();
  Stmt* switchStmt();
  SelectStmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  Stmt* callStmt();
  Stmt* stmtOrNil();
  std::vector<Stmt*> stmtList();

  const SourceFile& src_;
  Arena& arena_;
  Diagnostics& diags_;
  Lexer lexer_;
  int errorCount_ = 0;
  uint64_t tokensConsumed_ = 0;
  int funcNest_ = 0;  // function body nesting (for the statement stop set)
  // Where name() records identifiers: the file's top-level list, or the body
  // list of the function declaration being parsed (compiler/prune.h).
  std::vector<ast::Ident*>* identSink_ = nullptr;
  int exprNest_ = 0;  // bracket nesting, -1 in control clause headers
  int depth_ = 0;     // recursion depth of nested constructs
  bool tooDeep_ = false;
  bool goListFailed_ = false;  // a go/parser-style error in the package clause or imports
};

// ---------------------------------------------------------------------------
// Errors

void Parser::syntaxErrorAt(Pos p, std::string msg) {
  if (tok() == Tok::EOF_ && errorCount_ > 0) return;  // avoid meaningless follow-up errors

  auto startsWith = [&](const char* prefix) { return msg.rfind(prefix, 0) == 0; };
  if (msg.empty()) {
    // nothing to add
  } else if (startsWith("in ") || startsWith("at ") || startsWith("after ")) {
    msg = " " + msg;
  } else if (startsWith("expecting ")) {
    msg = ", " + msg;
  } else {
    errorAt(p, "syntax error: " + msg);  // plain error, independent of the token
    return;
  }

  std::string found;
  switch (tok()) {
    case Tok::Name:
    case Tok::Semi: found = cur().lit; break;
    case Tok::Literal: found = "literal " + cur().lit; break;
    case Tok::Operator: found = opSpelling(cur().op); break;
    case Tok::AssignOp: found = std::string(opSpelling(cur().op)) + "="; break;
    case Tok::IncOp: found = std::string(opSpelling(cur().op)) + opSpelling(cur().op); break;
    default: found = tokstring(tok()); break;
  }
  errorAt(p, "syntax error: unexpected " + found + msg);
}

// Skips tokens up to one of the followlist (or, inside a function body, a
// keyword starting a statement), never past EOF. With an empty followlist,
// skips exactly one token.
void Parser::advance(std::initializer_list<Tok> followlist) {
  uint64_t followset = tokenBit(Tok::EOF_);
  if (followlist.size() > 0) {
    if (funcNest_ > 0) {
      for (Tok t : {Tok::Break, Tok::Const, Tok::Continue, Tok::Defer, Tok::Fallthrough, Tok::For, Tok::Go,
                    Tok::Goto, Tok::If, Tok::Return, Tok::Select, Tok::Switch, Tok::Type, Tok::Var})
        followset |= tokenBit(t);
    }
    for (Tok t : followlist) followset |= tokenBit(t);
  }
  while (!(followset & tokenBit(tok()))) {
    next();
    if (followlist.size() == 0) break;
  }
}

// An error go/parser (run by `go list` inside `go build`) reports first:
// "expected X, found Y", with go/parser's spelling of the found token.
void Parser::goListError(const char* expected) {
  if (goListFailed_) return;
  goListFailed_ = true;
  std::string found;
  switch (tok()) {
    case Tok::Semi: found = cur().lit == "newline" ? "newline" : cur().lit == "EOF" ? "'EOF'" : "';'"; break;
    case Tok::Name:
    case Tok::Literal: found = cur().lit; break;
    case Tok::Operator: found = std::string("'") + opSpelling(cur().op) + "'"; break;
    case Tok::AssignOp: found = std::string("'") + opSpelling(cur().op) + "='"; break;
    case Tok::IncOp: found = std::string("'") + opSpelling(cur().op) + opSpelling(cur().op) + "'"; break;
    default: found = std::string("'") + tokenSpelling(tok()) + "'"; break;
  }
  errorAt(pos(), std::string("expected ") + expected + ", found " + found);
}

void Parser::genericsNotSupported(Pos p, const char* what) {
  errorAt(p, std::string("syntax error: generic ") + what + " not supported");
}

// Skips a bracketed list whose '[' has been consumed, through its ']'.
void Parser::skipBrackets() {
  int open = 1;
  while (tok() != Tok::EOF_) {
    if (tok() == Tok::Lbrack) open++;
    if (tok() == Tok::Rbrack && --open == 0) {
      next();
      return;
    }
    next();
  }
}

bool Parser::gotAssign() {
  switch (tok()) {
    case Tok::Define:
      syntaxError("expecting =");
      next();
      return true;
    case Tok::Assign:
      next();
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Files and declarations

File* Parser::parseFile() {
  File* file = make<File>();
  file->source = &src_;
  identSink_ = &file->topLevelIdents;

  // `go build` and `go run` read the package clause and the imports with
  // go/parser before the compiler sees the file, so mistakes there get
  // go/parser's wording ("expected 'package', found 'func'").
  if (tok() != Tok::Package) {
    goListError("'package'");
    return file;
  }
  next();
  if (tok() != Tok::Name) {
    goListError("'IDENT'");
    return file;
  }
  file->packageName = name();
  want(Tok::Semi);
  if (errorCount_ > 0) return file;  // don't bother continuing if the package clause is bad

  while (tok() == Tok::Import) {
    Pos keywordPos = pos();
    next();
    GenDecl* decl = group(DeclTok::Import, keywordPos, [&](int) -> Spec* { return importSpec(); });
    if (goListFailed_) return file;
    for (Spec* spec : decl->specs) file->imports.push_back(static_cast<ImportSpec*>(spec));
    file->decls.push_back(decl);
    want(Tok::Semi);
  }

  while (tok() != Tok::EOF_) {
    uint64_t before = tokensConsumed_;
    Pos keywordPos = pos();
    switch (tok()) {
      case Tok::Const:
        next();
        file->decls.push_back(group(DeclTok::Const, keywordPos, [&](int iota) -> Spec* { return constSpec(iota); }));
        break;
      case Tok::Type:
        next();
        file->decls.push_back(group(DeclTok::Type, keywordPos, [&](int) -> Spec* { return typeSpec(); }));
        break;
      case Tok::Var:
        next();
        file->decls.push_back(group(DeclTok::Var, keywordPos, [&](int) -> Spec* { return varSpec(); }));
        break;
      case Tok::Func:
        next();
        if (FuncDecl* f = funcDeclOrNil(keywordPos)) file->decls.push_back(f);
        break;
      default: {
        bool afterBodylessFunc = false;
        if (tok() == Tok::Lbrace && !file->decls.empty()) {
          auto* f = dynamic_cast<FuncDecl*>(file->decls.back());
          afterBodylessFunc = f && !f->body;
        }
        if (afterBodylessFunc)
          syntaxError("unexpected semicolon or newline before {");
        else
          syntaxError("non-declaration statement outside function body");
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        if (tokensConsumed_ == before) next();
        continue;
      }
    }
    if (tok() != Tok::EOF_ && !got(Tok::Semi)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
    if (tokensConsumed_ == before) next();
  }
  return file;
}

// list = [ element { sep element } [sep] ] close .
// `element` returns true when no more elements may follow. Returns the
// position of the closing token.
Pos Parser::list(const char* context, Tok sep, Tok close, const std::function<bool()>& element) {
  bool done = false;
  while (tok() != Tok::EOF_ && tok() != close && !done) {
    uint64_t before = tokensConsumed_;
    done = element();
    if (!got(sep) && tok() != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (tok() != close) return pos();
    }
    if (tokensConsumed_ == before) break;
  }
  Pos closing = pos();
  want(close);
  return closing;
}

// group = spec | "(" { spec ";" } ")" .
template <typename SpecParser>
GenDecl* Parser::group(DeclTok kind, Pos keywordPos, SpecParser parseSpec) {
  GenDecl* decl = make<GenDecl>();
  decl->tok = kind;
  decl->pos = keywordPos;
  if (tok() == Tok::Lparen) {
    decl->lparen = pos();
    next();
    int index = 0;
    decl->rparen = list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      if (Spec* spec = parseSpec(index++)) decl->specs.push_back(spec);
      return false;
    });
  } else if (Spec* spec = parseSpec(0)) {
    decl->specs.push_back(spec);
  }
  return decl;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
ImportSpec* Parser::importSpec() {
  ImportSpec* spec = make<ImportSpec>();
  spec->pos = pos();
  if (tok() == Tok::Name) {
    spec->name = name();
  } else if (tok() == Tok::Dot) {
    spec->name = make<Ident>(pos(), ".");
    next();
  }
  spec->pathPos = pos();
  if (tok() != Tok::Literal || cur().litKind != LitKind::String) {
    goListError("'STRING'");
    advance({Tok::Semi, Tok::Rparen});
    return spec;
  }
  BasicLit* path = oliteral();
  if (path->lit != LitKind::String) {
    syntaxError("import path must be a string");
    return spec;
  }
  spec->path = unquoteImportPath(path->value);
  return spec;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
ValueSpec* Parser::constSpec(int iota) {
  ValueSpec* spec = make<ValueSpec>();
  spec->pos = pos();
  spec->iota = iota;
  spec->names = nameList(name());
  if (tok() != Tok::EOF_ && tok() != Tok::Semi && tok() != Tok::Rparen) {
    spec->typeExpr = typeOrNil();
    if (gotAssign()) spec->values = exprList();
  }
  return spec;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ValueSpec* Parser::varSpec() {
  ValueSpec* spec = make<ValueSpec>();
  spec->pos = pos();
  // A package-level variable's own names do not make it reachable, and what
  // its type and values mention counts only if it is reached (prune.h).
  std::vector<ast::Ident*>* outer = identSink_;
  bool topLevel = funcNest_ == 0;
  if (topLevel) identSink_ = nullptr;
  spec->names = nameList(name());
  if (topLevel) identSink_ = &spec->idents;
  if (gotAssign()) {
    spec->values = exprList();
  } else {
    spec->typeExpr = type();
    if (gotAssign()) spec->values = exprList();
  }
  identSink_ = outer;
  return spec;
}

// TypeSpec = identifier [ "=" ] Type .
TypeSpec* Parser::typeSpec() {
  TypeSpec* spec = make<TypeSpec>();
  spec->pos = pos();
  spec->name = name();
  spec->typeExpr = nullptr;
  if (tok() == Tok::Lbrack) {
    // An array or slice type, or (unsupported) a type parameter list.
    Pos lbrack = pos();
    next();
    if (tok() == Tok::Name) {
      Expr* x = name();
      if (tok() != Tok::Lbrack) {
        exprNest_++;
        x = binaryExpr(pexpr(x), 0);
        exprNest_--;
      }
      // `[N]`, `[N*M]`, `[len(a)]` are lengths; `[P any]`, `[P *T]`, `[P, Q any]` are
      // type parameters (Go's rule: a name followed by a type or a comma).
      bool typeParams = false;
      if (x->kind == ExprKind::Ident) {
        typeParams = tok() != Tok::Rbrack;
      } else if (x->kind == ExprKind::Binary) {
        auto* b = static_cast<BinaryExpr*>(x);
        typeParams = b->op == Op::Mul && b->x->kind == ExprKind::Ident && (tok() == Tok::Comma || isTypeElem(b->y));
      } else if (x->kind == ExprKind::Call) {
        auto* c = static_cast<CallExpr*>(x);
        typeParams = c->fun->kind == ExprKind::Ident && c->args.size() == 1 && !c->hasEllipsis &&
                     (tok() == Tok::Comma || isTypeElem(c->args[0]));
      }
      if (typeParams) {
        genericsNotSupported(lbrack, "type parameters are");
        skipBrackets();
        spec->isAlias = gotAssign();
        spec->typeExpr = typeOrNil();
      } else {
        spec->typeExpr = arrayType(lbrack, x);
      }
    } else if (tok() == Tok::Rbrack) {
      next();
      spec->typeExpr = make<ArrayType>(lbrack, nullptr, type());
    } else {
      spec->typeExpr = arrayType(lbrack, nullptr);
    }
  } else {
    spec->isAlias = gotAssign();
    spec->typeExpr = typeOrNil();
  }
  if (!spec->typeExpr) {
    spec->typeExpr = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semi, Tok::Rparen});
  }
  return spec;
}

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
FuncDecl* Parser::funcDeclOrNil(Pos funcPos) {
  FuncDecl* f = make<FuncDecl>();
  f->pos = funcPos;
  if (tok() == Tok::Lparen) {
    Pos opening = pos();
    next();
    FieldList* recv = paramList(opening, Tok::Rparen);
    size_t n = recv->numFields();
    if (n == 0) {
      errorAt(pos(), "method has no receiver");
    } else {
      if (n > 1) {
        errorAt(pos(), "method has multiple receivers");
        Field* first = recv->list[0];
        if (first->names.size() > 1) first->names.resize(1);
        recv->list.resize(1);
      }
      f->recv = recv;
    }
  }
  if (tok() != Tok::Name) {
    syntaxError("expecting name or (");
    advance({Tok::Lbrace, Tok::Semi});
    return nullptr;
  }
  {
    // A declaration's own name does not make it reachable (prune.h).
    std::vector<ast::Ident*>* outer = identSink_;
    identSink_ = nullptr;
    f->name = name();
    identSink_ = outer;
  }
  f->funcType = funcType(funcPos);
  if (tok() == Tok::Lbrace) {
    std::vector<ast::Ident*>* outer = identSink_;
    identSink_ = &f->bodyIdents;
    f->body = funcBody();
    identSink_ = outer;
  }
  return f;
}

BlockStmt* Parser::funcBody() {
  funcNest_++;
  BlockStmt* body = blockStmt("");
  funcNest_--;
  return body;
}

// ---------------------------------------------------------------------------
// Expressions

std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> list{expr()};
  while (got(Tok::Comma)) list.push_back(expr());
  return list;
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  while ((tok() == Tok::Operator || tok() == Tok::Star) && cur().prec > prec) {
    Op op = cur().op;
    int opPrec = cur().prec;
    Pos opPos = pos();
    next();
    Expr* y = binaryExpr(nullptr, opPrec);
    x = make<BinaryExpr>(x->pos, op, x, y, opPos);
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  Nesting nesting(*this);
  if (nesting.exceeded()) return badExpr();

  if (tok() == Tok::Operator || tok() == Tok::Star) {
    Pos opPos = pos();
    switch (cur().op) {
      case Op::Mul:
        next();
        return make<StarExpr>(opPos, unaryExpr());
      case Op::Add:
      case Op::Sub:
      case Op::Not:
      case Op::Xor:
      case Op::Tilde: {
        Op op = cur().op;
        next();
        return make<UnaryExpr>(opPos, op, unaryExpr());
      }
      case Op::And:
        next();
        // &(T{}) is &T{}: the parentheses only protected a literal in a header.
        return make<UnaryExpr>(opPos, Op::And, unparen(unaryExpr()));
      default:
        break;
    }
  } else if (tok() == Tok::Arrow) {
    // A receive (<-x) or a receive-only channel type (<-chan T): we know
    // which only after parsing the operand.
    Pos arrowPos = pos();
    next();
    Expr* x = unaryExpr();
    if (x->kind == ExprKind::ChanType) {
      // Re-associate: <-(chan T) is (<-chan T); <-(chan<- T) is (<-chan (<-T)).
      ChanDir dir = ChanDir::Send;
      Expr* t = x;
      while (dir == ChanDir::Send) {
        if (t->kind != ExprKind::ChanType) break;
        auto* c = static_cast<ChanType*>(t);
        dir = c->dir;
        if (dir == ChanDir::Recv) syntaxError("unexpected <-, expecting chan");  // <-<-chan T
        c->dir = ChanDir::Recv;
        t = c->value;
      }
      if (dir == ChanDir::Send) syntaxError("unexpected " + exprString(t) + ", expecting chan");
      x->pos = arrowPos;
      return x;
    }
    return make<UnaryExpr>(arrowPos, Op::Arrow, x);
  }
  return pexpr(nullptr);
}

// Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | type literal .
Expr* Parser::operand() {
  switch (tok()) {
    case Tok::Name:
      return name();
    case Tok::Literal:
      return oliteral();
    case Tok::Lparen: {
      Pos lparen = pos();
      next();
      exprNest_++;
      Expr* x = expr();
      exprNest_--;
      want(Tok::Rparen);
      return make<ParenExpr>(lparen, x);
    }
    case Tok::Func: {
      Pos funcPos = pos();
      next();
      FuncType* ftype = funcType(funcPos);
      if (tok() == Tok::Lbrace) {
        exprNest_++;
        BlockStmt* body = funcBody();
        exprNest_--;
        return make<FuncLit>(funcPos, ftype, body);
      }
      return ftype;
    }
    case Tok::Lbrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
      return type();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments )
//             | CompositeLit .
Expr* Parser::pexpr(Expr* x) {
  if (!x) x = operand();
  for (;;) {
    Pos at = pos();
    switch (tok()) {
      case Tok::Dot:
        next();
        if (tok() == Tok::Name) {
          Ident* sel = name();
          sel->selected = true;
          x = make<SelectorExpr>(x->pos, x, sel);
        } else if (tok() == Tok::Lparen) {
          next();
          if (got(Tok::Type)) {
            x = make<TypeAssertExpr>(x->pos, x, nullptr);  // x.(type), checked by the switch
          } else {
            x = make<TypeAssertExpr>(x->pos, x, type());
          }
          want(Tok::Rparen);
        } else {
          syntaxError("expecting name or (");
          advance({Tok::Semi, Tok::Rparen});
        }
        break;

      case Tok::Lbrack: {
        next();
        if (tok() == Tok::Rbrack) {
          syntaxError("expecting operand");  // x[]: accept, complain
          next();
          break;
        }
        Expr* index = nullptr;
        if (tok() != Tok::Colon) {
          bool comma = false;
          index = typeList(&comma);
          if (comma || tok() == Tok::Rbrack) {
            want(Tok::Rbrack);
            auto* ix = make<IndexExpr>(x->pos, x, index);
            ix->lbrack = at;
            x = ix;
            break;
          }
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
        }
        exprNest_++;
        auto* s = make<SliceExpr>(x->pos, x);
        s->lbrack = at;
        s->low = index;
        if (tok() != Tok::Colon && tok() != Tok::Rbrack) s->high = expr();
        if (tok() == Tok::Colon) {
          s->slice3 = true;
          if (!s->high) {
            errorAt(pos(), "middle index required in 3-index slice");
            s->high = badExpr();
          }
          next();
          if (tok() != Tok::Rbrack) {
            s->max = expr();
          } else {
            errorAt(pos(), "final index required in 3-index slice");
            s->max = badExpr();
          }
        }
        exprNest_--;
        want(Tok::Rbrack);
        x = s;
        break;
      }

      case Tok::Lparen: {
        auto* call = make<CallExpr>(x->pos, x);
        call->lparen = at;
        next();
        call->args = argList(call);
        x = call;
        break;
      }

      case Tok::Lbrace: {
        // A composite literal, or the block after a header?
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind) {
          case ExprKind::Ident:
          case ExprKind::Selector:
            complitOk = exprNest_ >= 0;
            break;
          case ExprKind::Index:
            complitOk = exprNest_ >= 0 && !isValue(t);
            break;
          case ExprKind::ArrayType:
          case ExprKind::StructType:
          case ExprKind::MapType:
            complitOk = true;
            break;
          default:
            break;
        }
        if (!complitOk) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        x = complitExpr(x);
        break;
      }

      default:
        return x;
    }
  }
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr() {
  if (tok() == Tok::Lbrace) return complitExpr(nullptr);  // elided type
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitExpr(Expr* type) {
  Nesting nesting(*this);
  auto* lit = make<CompositeLit>(type ? type->pos : pos());
  lit->typeExpr = type;
  lit->lbrace = pos();
  if (nesting.exceeded()) {
    lit->rbrace = pos();
    return lit;
  }
  exprNest_++;
  want(Tok::Lbrace);
  lit->rbrace = list("composite literal", Tok::Comma, Tok::Rbrace, [&] {
    Expr* e = bareComplitExpr();
    if (tok() == Tok::Colon) {
      auto* kv = make<KeyValueExpr>(e->pos, e, nullptr);
      kv->colon = pos();
      next();
      kv->value = bareComplitExpr();
      e = kv;
    }
    lit->elts.push_back(e);
    return false;
  });
  exprNest_--;
  return lit;
}

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
std::vector<Expr*> Parser::argList(CallExpr* call) {
  std::vector<Expr*> args;
  exprNest_++;
  call->rparen = list("argument list", Tok::Comma, Tok::Rparen, [&] {
    args.push_back(expr());
    if (tok() == Tok::DotDotDot) {
      call->ellipsis = pos();
      call->hasEllipsis = true;
      next();
    }
    return call->hasEllipsis;
  });
  exprNest_--;
  return args;
}

// The contents of x[...]: an index, or (unsupported) type arguments.
Expr* Parser::typeList(bool* comma) {
  exprNest_++;
  Expr* x = expr();
  if (got(Tok::Comma)) {
    *comma = true;
    genericsNotSupported(x->pos, "type arguments are");
    while (typeOrNil() && got(Tok::Comma)) {
    }
  }
  exprNest_--;
  return x;
}

Ident* Parser::name() {
  if (tok() == Tok::Name) {
    Ident* id = make<Ident>(pos(), cur().lit);
    if (identSink_) identSink_->push_back(id);
    next();
    return id;
  }
  Ident* id = make<Ident>(pos(), "_");
  syntaxError("expecting name");
  advance({});
  return id;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> names{first};
  while (got(Tok::Comma)) names.push_back(name());
  return names;
}

Expr* Parser::qualifiedName(Ident* first) {
  Expr* x;
  if (first) {
    x = first;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = make<Ident>(pos(), "_");
    syntaxError("expecting name");
    advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (tok() == Tok::Dot) {
    next();
    Ident* sel = name();
    sel->selected = true;
    x = make<SelectorExpr>(x->pos, x, sel);
  }
  if (tok() == Tok::Lbrack) x = typeInstance(x);
  return x;
}

BasicLit* Parser::oliteral() {
  if (tok() != Tok::Literal) return nullptr;
  auto* lit = make<BasicLit>(pos(), cur().litKind, cur().lit);
  next();
  return lit;
}

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// Type = TypeName | TypeLit | "(" Type ")" . Returns nullptr if there is no type.
Expr* Parser::typeOrNil() {
  Nesting nesting(*this);
  if (nesting.exceeded()) return nullptr;

  Pos start = pos();
  switch (tok()) {
    case Tok::Star:
      next();
      return make<StarExpr>(start, type());
    case Tok::Arrow:
      next();
      want(Tok::Chan);
      return make<ChanType>(start, ChanDir::Recv, chanElem());
    case Tok::Func:
      next();
      return funcType(start);
    case Tok::Lbrack:
      next();
      if (got(Tok::Rbrack)) return make<ArrayType>(start, nullptr, type());
      return arrayType(start, nullptr);
    case Tok::Chan: {
      next();
      ChanDir dir = got(Tok::Arrow) ? ChanDir::Send : ChanDir::Both;
      return make<ChanType>(start, dir, chanElem());
    }
    case Tok::Map: {
      next();
      want(Tok::Lbrack);
      Expr* key = type();
      want(Tok::Rbrack);
      return make<MapType>(start, key, type());
    }
    case Tok::Struct:
      return structType();
    case Tok::Interface:
      return interfaceType();
    case Tok::Name:
      return qualifiedName(nullptr);
    case Tok::Lparen: {
      next();
      Expr* t = type();
      want(Tok::Rparen);
      return t;
    }
    default:
      return nullptr;
  }
}

Expr* Parser::typeInstance(Expr* type) {
  Pos lbrack = pos();
  want(Tok::Lbrack);
  genericsNotSupported(lbrack, "type instantiations are");
  auto* ix = make<IndexExpr>(type->pos, type, nullptr);
  ix->lbrack = lbrack;
  if (tok() == Tok::Rbrack) {
    ix->index = badExpr();
  } else {
    bool comma = false;
    ix->index = typeList(&comma);
  }
  want(Tok::Rbrack);
  return ix;
}

// Signature = Parameters [ Result ] . The "func" keyword (if any) is consumed.
FuncType* Parser::funcType(Pos funcPos) {
  if (tok() == Tok::Lbrack) {
    genericsNotSupported(pos(), "type parameters are");
    next();
    skipBrackets();
  }
  Pos opening = pos();
  want(Tok::Lparen);
  FieldList* params = paramList(opening, Tok::Rparen);
  FieldList* results = funcResult();
  return make<FuncType>(funcPos.valid() ? funcPos : opening, params, results);
}

// "[" has been consumed; len is the length if already parsed.
Expr* Parser::arrayType(Pos lbrack, Expr* len) {
  if (!len) {
    if (tok() == Tok::DotDotDot) {
      len = make<Ellipsis>(pos(), nullptr);
      next();
    } else {
      exprNest_++;
      len = expr();
      exprNest_--;
    }
  }
  if (tok() == Tok::Comma) {
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::Rbrack);
  return make<ArrayType>(lbrack, len, type());
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  Pos start = pos();
  auto* fields = make<FieldList>();
  want(Tok::Struct);
  fields->opening = pos();
  want(Tok::Lbrace);
  fields->closing = list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    fieldDecl(fields);
    return false;
  });
  return make<StructType>(start, fields);
}

// InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}" .
InterfaceType* Parser::interfaceType() {
  Pos start = pos();
  auto* methods = make<FieldList>();
  want(Tok::Interface);
  methods->opening = pos();
  want(Tok::Lbrace);
  methods->closing = list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == Tok::Name) f = methodDecl();
    if (!f || f->names.empty()) {
      if (!f) {
        f = make<Field>();
        f->pos = pos();
        f->typeExpr = nullptr;
      }
      f->typeExpr = embeddedElem(f->typeExpr);
    }
    methods->list.push_back(f);
    return false;
  });
  return make<InterfaceType>(start, methods);
}

// Result = Parameters | Type .
FieldList* Parser::funcResult() {
  if (tok() == Tok::Lparen) {
    Pos opening = pos();
    next();
    return paramList(opening, Tok::Rparen);
  }
  Pos start = pos();
  if (Expr* t = typeOrNil()) {
    auto* results = make<FieldList>();
    Field* f = make<Field>();
    f->pos = start;
    f->typeExpr = t;
    results->list.push_back(f);
    return results;
  }
  return nullptr;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
void Parser::fieldDecl(FieldList* fields) {
  Field* f = make<Field>();
  f->pos = pos();
  f->typeExpr = nullptr;
  auto addTag = [&] {
    if (BasicLit* tag = oliteral()) f->tag = tag->value;
    fields->list.push_back(f);
  };
  switch (tok()) {
    case Tok::Name: {
      Ident* first = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi || tok() == Tok::Rbrace) {
        f->typeExpr = qualifiedName(first);  // embedded type
        addTag();
        return;
      }
      f->names = nameList(first);
      if (f->names.size() == 1 && tok() == Tok::Lbrack) {
        Expr* t = arrayOrTypeArgs();
        if (t->kind == ExprKind::Index) {  // embedded instantiated type T[A]
          static_cast<IndexExpr*>(t)->x = first;
          t->pos = first->pos;
          f->names.clear();
        }
        f->typeExpr = t;
      } else {
        f->typeExpr = type();
      }
      addTag();
      return;
    }
    case Tok::Star: {
      Pos star = pos();
      next();
      Expr* t;
      if (tok() == Tok::Lparen) {
        syntaxError("cannot parenthesize embedded type");
        next();
        t = qualifiedName(nullptr);
        got(Tok::Rparen);
      } else {
        t = qualifiedName(nullptr);
      }
      f->typeExpr = make<StarExpr>(star, t);
      addTag();
      return;
    }
    case Tok::Lparen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      if (tok() == Tok::Star) {
        Pos star = pos();
        next();
        f->typeExpr = make<StarExpr>(star, qualifiedName(nullptr));
      } else {
        f->typeExpr = qualifiedName(nullptr);
      }
      got(Tok::Rparen);
      addTag();
      return;
    }
    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semi, Tok::Rbrace});
      return;
  }
}

// After a name, `[`: an array or slice type ([N]E, []E) or type arguments
// (T[A], unsupported) returned as an IndexExpr whose x the caller sets.
Expr* Parser::arrayOrTypeArgs() {
  Pos lbrack = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return make<ArrayType>(lbrack, nullptr, type());
  bool comma = false;
  Expr* n = typeList(&comma);
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = typeOrNil()) return make<ArrayType>(lbrack, n, elem);
  }
  if (!comma) genericsNotSupported(lbrack, "type instantiations are");
  auto* ix = make<IndexExpr>(lbrack, nullptr, n);
  ix->lbrack = lbrack;
  return ix;
}

// MethodSpec = MethodName Signature | InterfaceTypeName .
Field* Parser::methodDecl() {
  Field* f = make<Field>();
  f->pos = pos();
  Ident* methodName = name();
  switch (tok()) {
    case Tok::Lparen:
      // Declaring a method in an interface calls nothing: the name does not
      // make methods of that name reachable (prune.h).
      if (identSink_ && !identSink_->empty() && identSink_->back() == methodName) identSink_->pop_back();
      f->names.push_back(methodName);
      f->typeExpr = funcType(Pos{});
      break;
    case Tok::Lbrack: {
      genericsNotSupported(pos(), "type parameters and arguments are");
      next();
      skipBrackets();
      if (tok() == Tok::Lparen) {
        f->names.push_back(methodName);
        f->typeExpr = funcType(Pos{});
      } else {
        f->typeExpr = methodName;
      }
      break;
    }
    default:
      f->typeExpr = qualifiedName(methodName);  // embedded interface
      break;
  }
  return f;
}

// EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } . (Type sets are parsed
// as unary ~ and binary | so that the checker can reject them.)
Expr* Parser::embeddedElem(Expr* first) {
  Expr* x = first ? first : embeddedTerm();
  while (tok() == Tok::Operator && cur().op == Op::Or) {
    Pos opPos = pos();
    next();
    Expr* y = embeddedTerm();
    x = make<BinaryExpr>(x->pos, Op::Or, x, y, opPos);
  }
  return x;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embeddedTerm() {
  if (tok() == Tok::Operator && cur().op == Op::Tilde) {
    Pos tilde = pos();
    next();
    return make<UnaryExpr>(tilde, Op::Tilde, type());
  }
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expecting ~ term or type");
    advance({Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type . Parsed one name at a
// time: returns false if there was neither a name nor a type.
bool Parser::paramDeclOrNil(Tok follow, Param* out) {
  out->pos = pos();
  if (tok() == Tok::Name) {
    Ident* paramName = name();
    if (tok() == Tok::Lbrack) {
      Expr* t = arrayOrTypeArgs();
      if (t->kind == ExprKind::Index) {  // name[...]: an (unsupported) instantiated type
        static_cast<IndexExpr*>(t)->x = paramName;
        t->pos = paramName->pos;
      } else {
        out->name = paramName;
      }
      out->type = t;
      return true;
    }
    if (tok() == Tok::Dot) {
      out->type = qualifiedName(paramName);
      return true;
    }
    out->name = paramName;
  }
  if (tok() == Tok::DotDotDot) {
    Pos dots = pos();
    next();
    Expr* elem = typeOrNil();
    if (!elem) {
      elem = badExpr();
      syntaxError("... is missing type");
    }
    out->type = make<Ellipsis>(dots, elem);
    return true;
  }
  out->type = typeOrNil();
  if (out->name || out->type) return true;
  syntaxError("expecting " + tokstring(follow));
  advance({Tok::Comma, follow});
  return false;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" ; the opening token is consumed.
// Either every entry has a name or none has: `(a, b int)` names a and b,
// `(int, string)` has only types.
FieldList* Parser::paramList(Pos opening, Tok close) {
  std::vector<Param> params;
  int named = 0;  // entries with both a name and a type
  auto* fields = make<FieldList>();
  fields->opening = opening;
  fields->closing = list("parameter list", Tok::Comma, close, [&] {
    Param p;
    if (paramDeclOrNil(close, &p)) {
      if (p.name && p.type) named++;
      params.push_back(p);
    }
    return false;
  });
  if (params.empty()) return fields;

  if (named == 0) {
    // All unnamed: the names seen were types.
    for (Param& p : params) {
      if (p.name) {
        p.type = p.name;
        p.name = nullptr;
      }
    }
  } else if (named != static_cast<int>(params.size())) {
    // Some named: all must be; each name without a type takes the next type.
    Pos errorPos;
    Expr* type = nullptr;
    for (size_t i = params.size(); i-- > 0;) {
      Param& p = params[i];
      if (p.type) {
        type = p.type;
        if (!p.name) {
          errorPos = type->pos;
          p.name = make<Ident>(errorPos, "_");
        }
      } else if (type) {
        p.type = type;
      } else {
        errorPos = p.name->pos;
        p.type = make<BadExpr>(errorPos);
      }
    }
    if (errorPos.valid()) syntaxErrorAt(errorPos, "mixed named and unnamed parameters");
  }

  // Group names sharing one type expression into one Field, as `a, b int` is written.
  for (const Param& p : params) {
    Field* last = fields->list.empty() ? nullptr : fields->list.back();
    if (p.name && last && !last->names.empty() && last->typeExpr == p.type) {
      last->names.push_back(p.name);
      continue;
    }
    Field* f = make<Field>();
    f->pos = p.name ? p.name->pos : p.type->pos;
    if (p.name) f->names.push_back(p.name);
    f->typeExpr = p.type;
    fields->list.push_back(f);
  }
  return fields;
}

// ---------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// In a for header (keyword For) also a range clause; in a switch header
// (keyword Switch) also a type switch guard `x := y.(type)`.
Simple Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) {
    Pos rangePos = pos();
    return {rangeClause({}, false, Pos{}), rangePos};
  }
  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos opPos = pos();
    Expr* x = lhs[0];
    switch (tok()) {
      case Tok::AssignOp: {
        auto* s = make<AssignStmt>(x->pos);
        s->op = cur().op;
        s->tokPos = opPos;
        next();
        s->lhs = lhs;
        s->rhs.push_back(expr());
        return {s, opPos};
      }
      case Tok::IncOp: {
        Op op = cur().op == Op::Add ? Op::Inc : Op::Dec;
        next();
        return {make<IncDecStmt>(x->pos, x, op), opPos};
      }
      case Tok::Arrow: {
        next();
        return {make<SendStmt>(x->pos, x, expr()), opPos};
      }
      default:
        return {make<ExprStmt>(x->pos, x), x->pos};
    }
  }

  switch (tok()) {
    case Tok::Assign:
    case Tok::Define: {
      Pos opPos = pos();
      bool define = tok() == Tok::Define;
      next();
      if (keyword == Tok::For && tok() == Tok::Range) return {rangeClause(lhs, define, opPos), opPos};
      auto* s = make<AssignStmt>(lhs[0]->pos);
      s->define = define;
      s->tokPos = opPos;
      s->lhs = std::move(lhs);
      s->rhs = exprList();
      return {s, opPos};
    }
    default: {
      syntaxError("expecting := or = or comma");
      advance({Tok::Semi, Tok::Rbrace});
      return {make<ExprStmt>(lhs[0]->pos, lhs[0]), lhs[0]->pos};
    }
  }
}

// RangeClause = [ ExpressionList ( "=" | ":=" ) ] "range" Expression .
// The current token is "range". The statement's pos and body are set by forStmt.
RangeStmt* Parser::rangeClause(std::vector<Expr*> lhs, bool define, Pos tokPos) {
  auto* r = make<RangeStmt>(pos());
  next();  // range
  r->define = define;
  r->tokPos = tokPos;
  if (lhs.size() > 0) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  if (lhs.size() > 2) errorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
  r->x = expr();
  return r;
}

Stmt* Parser::labeledStmtOrNil(Ident* label) {
  Pos colon = pos();
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // A label before "}" labels an empty statement (the ';' may be omitted there).
    return make<LabeledStmt>(label->pos, label, make<EmptyStmt>(pos(), true));
  }
  Stmt* s = stmtOrNil();
  if (s) return make<LabeledStmt>(label->pos, label, s);
  syntaxErrorAt(colon, "missing statement after label");
  return nullptr;
}

// Block = "{" StatementList "}" . `context` names what the block follows, for
// the message when "{" is missing.
BlockStmt* Parser::blockStmt(const char* context) {
  Nesting nesting(*this);
  auto* block = make<BlockStmt>(pos());
  if (nesting.exceeded()) {
    block->rbrace = pos();
    return block;
  }
  if (!got(Tok::Lbrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Name, Tok::Rbrace});
    block->rbrace = pos();
    if (got(Tok::Rbrace)) return block;
  }
  block->list = stmtList();
  block->rbrace = pos();
  want(Tok::Rbrace);
  return block;
}

DeclStmt* Parser::declStmt() {
  Pos keywordPos = pos();
  Tok keyword = tok();
  next();
  GenDecl* decl;
  switch (keyword) {
    case Tok::Const:
      decl = group(DeclTok::Const, keywordPos, [&](int iota) -> Spec* { return constSpec(iota); });
      break;
    case Tok::Type:
      decl = group(DeclTok::Type, keywordPos, [&](int) -> Spec* { return typeSpec(); });
      break;
    default:
      decl = group(DeclTok::Var, keywordPos, [&](int) -> Spec* { return varSpec(); });
      break;
  }
  return make<DeclStmt>(keywordPos, decl);
}

Stmt* Parser::forStmt() {
  Pos forPos = pos();
  Header h = header(Tok::For);
  BlockStmt* body = blockStmt("for clause");
  if (h.init && h.init->kind == StmtKind::Range) {
    auto* r = static_cast<RangeStmt*>(h.init);
    r->pos = forPos;
    r->body = body;
    return r;
  }
  auto* s = make<ForStmt>(forPos);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = body;
  return s;
}

// The header of if, for and switch: [ init ";" ] cond, or for's
// init ";" cond ";" post, or a range clause. Composite literals of bare
// type names are not allowed here (exprNest_ = -1).
Header Parser::header(Tok keyword) {
  Header h;
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.cond = badExpr();
    }
    return h;
  }

  int outerNest = exprNest_;
  exprNest_ = -1;

  Simple init;
  if (tok() != Tok::Semi) {
    if (got(Tok::Var)) syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
    init = simpleStmt({}, keyword);
    if (init.stmt->kind == StmtKind::Range) {
      exprNest_ = outerNest;
      h.init = init.stmt;
      return h;
    }
  }

  Simple cond;
  Pos semiPos;
  std::string semiLit;
  bool gaveUp = false;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      semiPos = pos();
      semiLit = cur().lit;
      next();
    } else {
      want(Tok::Lbrace);  // asking for '{' rather than ';' gives the better message
      if (tok() != Tok::Lbrace) advance({Tok::Lbrace, Tok::Rbrace});
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntaxError("expecting for loop condition");
          gaveUp = true;
        } else {
          cond = simpleStmt({}, Tok::EOF_);
        }
      }
      if (!gaveUp) {
        want(Tok::Semi);
        if (tok() != Tok::Lbrace) {
          Simple post = simpleStmt({}, Tok::EOF_);
          if (post.stmt->kind == StmtKind::Assign && static_cast<AssignStmt*>(post.stmt)->define)
            syntaxErrorAt(post.gcPos, "cannot declare in post statement of for loop");
          h.post = post.stmt;
        }
      }
    } else if (tok() != Tok::Lbrace) {
      cond = simpleStmt({}, keyword);
    }
    h.init = init.stmt;
  } else {
    cond = init;
  }

  // Unpack the condition statement.
  Stmt* s = cond.stmt;
  if (!s) {
    if (keyword == Tok::If && semiPos.valid()) {
      if (semiLit != "semicolon")
        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
      else
        syntaxErrorAt(semiPos, "missing condition in if statement");
      h.cond = make<BadExpr>(semiPos);
    }
  } else if (s->kind == StmtKind::Expr) {
    h.cond = static_cast<ExprStmt*>(s)->x;
    if (keyword == Tok::Switch && h.cond->kind == ExprKind::TypeAssert &&
        !static_cast<TypeAssertExpr*>(h.cond)->typeExpr) {
      h.typeSwitchGuard = s;
      h.cond = nullptr;
    }
  } else {
    auto* a = s->kind == StmtKind::Assign ? static_cast<AssignStmt*>(s) : nullptr;
    if (keyword == Tok::Switch && a && a->define && a->lhs.size() == 1 && a->lhs[0]->kind == ExprKind::Ident &&
        a->rhs.size() == 1 && a->rhs[0]->kind == ExprKind::TypeAssert &&
        !static_cast<TypeAssertExpr*>(a->rhs[0])->typeExpr) {
      h.typeSwitchGuard = s;  // switch x := y.(type)
    } else {
      // A common mistake is '=' for '=='; say so plainly.
      auto joined = [](const std::vector<Expr*>& list) {
        std::string out;
        for (size_t i = 0; i < list.size(); i++) out += (i ? ", " : "") + exprString(list[i]);
        return out;
      };
      std::string str;
      switch (s->kind) {
        case StmtKind::Assign:
          if (!a->define && a->op == Op::None)
            str = "assignment (" + joined(a->lhs) + ") = (" + joined(a->rhs) + ")";
          else
            str = joined(a->lhs) + " " + (a->define ? ":" : opSpelling(a->op)) + "= " + joined(a->rhs);
          break;
        case StmtKind::IncDec: {
          auto* d = static_cast<IncDecStmt*>(s);
          str = exprString(d->x) + (d->op == Op::Inc ? "++" : "--");
          break;
        }
        case StmtKind::Send: {
          auto* send = static_cast<SendStmt*>(s);
          str = exprString(send->chan) + " <- " + exprString(send->value);
          break;
        }
        default:
          break;
      }
      syntaxErrorAt(cond.gcPos, "cannot use " + str + " as value");
    }
  }
  exprNest_ = outerNest;
  return h;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
// Else-if chains are built in a loop, so their length costs no stack.
IfStmt* Parser::ifStmt() {
  IfStmt* first = nullptr;
  IfStmt* last = nullptr;
  for (;;) {
    auto* s = make<IfStmt>(pos());
    Header h = header(Tok::If);
    s->init = h.init;
    s->cond = h.cond ? h.cond : make<BadExpr>(s->pos);
    s->body = blockStmt("if clause");
    if (last)
      last->els = s;
    else
      first = s;
    last = s;
    if (!got(Tok::Else)) break;
    if (tok() == Tok::If) continue;
    if (tok() == Tok::Lbrace) {
      s->els = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Tok::Name, Tok::Rbrace});
    }
    break;
  }
  return first;
}

Stmt* Parser::switchStmt() {
  Pos switchPos = pos();
  Header h = header(Tok::Switch);
  auto* body = make<BlockStmt>(pos());
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) {
    uint64_t before = tokensConsumed_;
    body->list.push_back(caseClause());
    if (tokensConsumed_ == before) next();
  }
  body->rbrace = pos();
  want(Tok::Rbrace);

  if (h.typeSwitchGuard) {
    auto* s = make<TypeSwitchStmt>(switchPos);
    s->init = h.init;
    s->assign = h.typeSwitchGuard;
    s->body = body;
    return s;
  }
  auto* s = make<SwitchStmt>(switchPos);
  s->init = h.init;
  s->tag = h.cond;
  s->body = body;
  return s;
}

SelectStmt* Parser::selectStmt() {
  auto* s = make<SelectStmt>(pos());
  want(Tok::Select);
  s->body = make<BlockStmt>(pos());
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) {
    uint64_t before = tokensConsumed_;
    s->body->list.push_back(commClause());
    if (tokensConsumed_ == before) next();
  }
  s->body->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

CaseClause* Parser::caseClause() {
  auto* c = make<CaseClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->list = exprList();
      break;
    case Tok::Default:
      next();
      c->isDefault = true;
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
      break;
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

CommClause* Parser::commClause() {
  auto* c = make<CommClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      // Only sends and receives are valid here; the checker rejects the rest.
      c->comm = simpleStmt({}, Tok::EOF_).stmt;
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
      break;
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// GoStmt = "go" Expression . DeferStmt = "defer" Expression .
Stmt* Parser::callStmt() {
  Pos start = pos();
  bool isGo = tok() == Tok::Go;
  const char* keyword = isGo ? "go" : "defer";
  next();
  Expr* x = pexpr(nullptr);
  if (Expr* inner = unparen(x); inner != x) {
    errorAt(x->pos, std::string("expression in ") + keyword + " must not be parenthesized");
    x = inner;
  }
  CallExpr* call;
  if (x->kind == ExprKind::Call) {
    call = static_cast<CallExpr*>(x);
  } else {
    errorAt(gcPos(x), std::string("expression in ") + keyword + " must be function call");
    call = make<CallExpr>(x->pos, x);  // assume the common mistake: missing ()
    call->lparen = call->rparen = x->pos;
  }
  if (isGo) return make<GoStmt>(start, call);
  return make<DeferStmt>(start, call);
}

// Statement, or nullptr if the current token cannot start one.
Stmt* Parser::stmtOrNil() {
  Nesting nesting(*this);
  if (nesting.exceeded()) return nullptr;

  Pos start = pos();
  if (tok() == Tok::Name) {  // most statements start with a name
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && lhs[0]->kind == ExprKind::Ident && tok() == Tok::Colon)
      return labeledStmtOrNil(static_cast<Ident*>(lhs[0]));
    return simpleStmt(std::move(lhs), Tok::EOF_).stmt;
  }

  switch (tok()) {
    case Tok::Var:
    case Tok::Const:
    case Tok::Type:
      return declStmt();
    case Tok::Lbrace:
      return blockStmt("");
    case Tok::Operator:
    case Tok::Star:
      switch (cur().op) {
        case Op::Add: case Op::Sub: case Op::Mul: case Op::And: case Op::Xor: case Op::Not:
          return simpleStmt({}, Tok::EOF_).stmt;  // unary operators
        default:
          return nullptr;
      }
    case Tok::Literal: case Tok::Func: case Tok::Lparen:                      // operands
    case Tok::Lbrack: case Tok::Struct: case Tok::Map: case Tok::Chan: case Tok::Interface:  // types
    case Tok::Arrow:                                                          // receive
      return simpleStmt({}, Tok::EOF_).stmt;
    case Tok::For:
      return forStmt();
    case Tok::Switch:
      return switchStmt();
    case Tok::Select:
      return selectStmt();
    case Tok::If:
      return ifStmt();
    case Tok::Fallthrough:
      next();
      return make<BranchStmt>(start, BranchTok::Fallthrough);
    case Tok::Break:
    case Tok::Continue: {
      auto* s = make<BranchStmt>(start, tok() == Tok::Break ? BranchTok::Break : BranchTok::Continue);
      next();
      if (tok() == Tok::Name) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer:
      return callStmt();
    case Tok::Goto: {
      auto* s = make<BranchStmt>(start, BranchTok::Goto);
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      auto* s = make<ReturnStmt>(start);
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->results = exprList();
      return s;
    }
    case Tok::Semi:
      return make<EmptyStmt>(start, cur().lit != "semicolon");
    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> list;
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace && tok() != Tok::Case && tok() != Tok::Default) {
    uint64_t before = tokensConsumed_;
    Stmt* s = stmtOrNil();
    if (!s) break;
    list.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntaxError("at end of statement");
      advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      got(Tok::Semi);  // avoid a spurious empty statement
    }
    if (tokensConsumed_ == before) break;
  }
  return list;
}

// ---------------------------------------------------------------------------
// Printing expressions (cmd/compile's short form)

void printExpr(std::string& out, const Expr* x, int depth = 0);

void printParams(std::string& out, int depth, const FieldList* params) {
  out += "(";
  bool first = true;
  for (const Field* f : params->list) {
    if (!first) out += ", ";
    first = false;
    for (size_t i = 0; i < f->names.size(); i++) out += (i ? ", " : "") + f->names[i]->name;
    if (!f->names.empty()) out += " ";
    printExpr(out, f->typeExpr, depth + 1);
  }
  out += ")";
}

void printSignature(std::string& out, int depth, const FuncType* t) {
  printParams(out, depth, t->params);
  if (const FieldList* results = t->results) {
    out += " ";
    if (results->list.size() == 1 && results->list[0]->names.empty())
      printExpr(out, results->list[0]->typeExpr, depth + 1);
    else
      printParams(out, depth, results);
  }
}

// Messages need only the outline of a huge expression; the depth bound also
// keeps left-deep chains (a+b+c+...) from exhausting the C++ stack.
constexpr int kMaxPrintDepth = 64;

void printExpr(std::string& out, const Expr* x, int depth) {
  if (!x) return;
  if (depth > kMaxPrintDepth) {
    out += "…";
    return;
  }
  auto print = [&out, depth](const Expr* e) { printExpr(out, e, depth + 1); };
  switch (x->kind) {
    case ExprKind::Bad: out += "<bad expr>"; break;
    case ExprKind::Ident: out += static_cast<const Ident*>(x)->name; break;
    case ExprKind::BasicLit: out += static_cast<const BasicLit*>(x)->value; break;
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(x);
      print(c->typeExpr);
      out += c->elts.empty() ? "{}" : "{…}";
      break;
    }
    case ExprKind::FuncLit: {
      auto* f = static_cast<const FuncLit*>(x);
      print(f->funcType);
      out += f->body && !f->body->list.empty() ? " {…}" : " {}";
      break;
    }
    case ExprKind::Paren:
      out += "(";
      print(static_cast<const ParenExpr*>(x)->x);
      out += ")";
      break;
    case ExprKind::Selector: {
      auto* s = static_cast<const SelectorExpr*>(x);
      print(s->x);
      out += "." + s->sel->name;
      break;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(x);
      print(ix->x);
      out += "[";
      print(ix->index);
      out += "]";
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(x);
      print(s->x);
      out += "[";
      print(s->low);
      out += ":";
      print(s->high);
      if (s->max) {
        out += ":";
        print(s->max);
      }
      out += "]";
      break;
    }
    case ExprKind::TypeAssert: {
      auto* t = static_cast<const TypeAssertExpr*>(x);
      print(t->x);
      out += ".(";
      if (t->typeExpr)
        print(t->typeExpr);
      else
        out += "type";
      out += ")";
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(x);
      print(c->fun);
      out += "(";
      for (size_t i = 0; i < c->args.size(); i++) {
        if (i) out += ", ";
        print(c->args[i]);
      }
      if (c->hasEllipsis) out += "...";
      out += ")";
      break;
    }
    case ExprKind::Star:
      out += "*";
      print(static_cast<const StarExpr*>(x)->x);
      break;
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(x);
      out += opSpelling(u->op);
      print(u->x);
      break;
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      print(b->x);
      out += std::string(" ") + opSpelling(b->op) + " ";
      print(b->y);
      break;
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<const KeyValueExpr*>(x);
      print(kv->key);
      out += ": ";
      print(kv->value);
      break;
    }
    case ExprKind::Ellipsis:
      out += "...";
      print(static_cast<const Ellipsis*>(x)->elt);
      break;
    case ExprKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(x);
      out += "[";
      print(a->len);
      out += "]";
      print(a->elt);
      break;
    }
    case ExprKind::StructType: {
      auto* s = static_cast<const StructType*>(x);
      out += "struct{";
      bool first = true;
      for (const Field* f : s->fields->list) {
        if (!first) out += "; ";
        first = false;
        for (size_t i = 0; i < f->names.size(); i++) out += (i ? ", " : "") + f->names[i]->name;
        if (!f->names.empty()) out += " ";
        print(f->typeExpr);
        if (!f->tag.empty()) out += " " + f->tag;
      }
      out += "}";
      break;
    }
    case ExprKind::FuncType:
      out += "func";
      printSignature(out, depth + 1, static_cast<const FuncType*>(x));
      break;
    case ExprKind::InterfaceType: {
      auto* it = static_cast<const InterfaceType*>(x);
      out += "interface{";
      bool first = true;
      for (const Field* f : it->methods->list) {
        if (!first) out += "; ";
        first = false;
        if (!f->names.empty() && f->typeExpr && f->typeExpr->kind == ExprKind::FuncType) {
          out += f->names[0]->name;
          printSignature(out, depth + 1, static_cast<const FuncType*>(f->typeExpr));
        } else {
          print(f->typeExpr);
        }
      }
      out += "}";
      break;
    }
    case ExprKind::MapType: {
      auto* m = static_cast<const MapType*>(x);
      out += "map[";
      print(m->key);
      out += "]";
      print(m->value);
      break;
    }
    case ExprKind::ChanType: {
      auto* c = static_cast<const ChanType*>(x);
      if (c->dir == ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::Send) out += "<-";
      out += " ";
      bool parens = c->dir == ChanDir::Both && c->value && c->value->kind == ExprKind::ChanType &&
                    static_cast<const ChanType*>(c->value)->dir == ChanDir::Recv;
      if (parens) out += "(";
      print(c->value);
      if (parens) out += ")";
      break;
    }
  }
}

}  // namespace

std::string exprString(const ast::Expr* x) {
  std::string out;
  printExpr(out, x);
  return out;
}

ast::File* parseFile(const SourceFile& src, ast::Arena& arena, Diagnostics& diags) {
  Parser parser(src, arena, diags);
  return parser.parseFile();
}

}  // namespace golem
