// The type checker: Go 1.19's rules (no generics) applied to a package's ASTs.
//
// The algorithm is go/types' (types2 as gc runs it), re-expressed for
// golem's AST:
//
//  1. Collect: every package-level declaration of every file becomes an
//     Object in the package scope, with a DeclInfo remembering its syntax and
//     its file scope (imports live in per-file scopes). Methods are attached
//     to their receiver's Named type.
//  2. Resolve package-level objects lazily: objDecl() checks a const, var,
//     type or func signature on first use, so declaration order does not
//     matter. Each object is White (unchecked), Grey (in progress: meeting it
//     again is a cycle) or Black (done).
//  3. Check function bodies after all package-level objects are resolved
//     (function literals are checked in place, with the enclosing context).
//  4. Compute the package variables' initialization order from the
//     dependencies recorded while checking (initorder.cpp).
//
// Operands: every expression is evaluated into an Operand (mode, type,
// constant value). Untyped expressions are remembered in `untyped_` until
// their final type is known (from assignment, conversion or an operand of the
// other type), then updateExprType() pushes that type down the expression tree,
// so each literal ends up recorded with its final type. Whatever is still
// untyped at the end of the package gets its default type.
//
// Errors use types2's wording as gc prints it (CompilerErrorMessages) and the
// start position of the offending expression. An Invalid type (universe
// Invalid basic) marks a failed expression; anything involving it is silently
// invalid too, so one mistake gives one message.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/constant.h"
#include "compiler/source.h"
#include "compiler/types.h"

namespace golem {

// Returns the package for an import path, loading and checking it first, or
// nullptr when it does not exist (the caller has reported it).
using PackageImporter = std::function<types::Package*(const std::string& path, Pos at)>;

// Type-checks the parsed files of one package (pkg->path set; name, scope and
// everything else filled here). Returns false if any error was reported.
bool checkPackage(types::Universe& universe, types::Package* pkg, const std::vector<ast::File*>& files,
                  const PackageImporter& importer, Diagnostics& diags);

namespace check {

using types::Type;
using ast::Mode;

// A value being checked: what go/types calls an operand.
struct Operand {
  Mode mode = Mode::Invalid;
  ast::Expr* expr = nullptr;
  Type* type = nullptr;
  const ConstValue* val = nullptr;
  ast::BuiltinId builtin = ast::BuiltinId::None;
  bool isNil() const;
};

// Syntax of a package-level object, and what it depends on.
struct DeclInfo {
  types::Scope* fileScope = nullptr;
  std::vector<types::Var*> lhs;  // for `var a, b = f()`: all the vars (n:1 init)
  ast::ValueSpec* spec = nullptr;
  ast::Expr* typeExpr = nullptr;
  ast::Expr* init = nullptr;
  int iota = -1;
  ast::TypeSpec* typeSpec = nullptr;
  ast::FuncDecl* funcDecl = nullptr;
  // Package-level objects (vars, consts, funcs) referenced by this
  // declaration's initializer or body, in first-use order.
  std::vector<types::Object*> deps;
  std::set<types::Object*> depSet;
  void addDep(types::Object* o) {
    if (depSet.insert(o).second) deps.push_back(o);
  }
};

enum class Color : uint8_t { White, Grey, Black };

// Information about the function whose body is being checked.
struct FuncContext {
  types::Signature* sig = nullptr;
  types::Func* func = nullptr;     // the declared function enclosing everything
  ast::FuncLit* lit = nullptr;     // innermost function literal, or nullptr
  FuncContext* outer = nullptr;    // enclosing function literal's context
  std::vector<types::Var*> locals; // for "declared but not used"
  std::vector<ast::FuncLit*> litChain;  // enclosing function literals, outermost first
};

// Where an untyped expression stands until its final type is known.
struct UntypedInfo {
  bool isLhs = false;  // the left operand of a non-constant shift
  Mode mode;
  Type* type;
  const ConstValue* val;
};

class Checker {
 public:
  Checker(types::Universe& u, types::Package* pkg, const PackageImporter& importer, Diagnostics& diags);
  bool run(const std::vector<ast::File*>& files);

  // ---- errors and formatting (check_format.cpp)
  void error(Pos pos, std::string msg);
  // Reports at the start of e, as types2 does (syntax.StartPos, quirks included).
  void errorAt(ast::Expr* e, std::string msg) { error(startPos(e), std::move(msg)); }
  static Pos startPos(ast::Expr* e);
  std::string typeStr(const Type* t) const;
  std::string exprStr(const ast::Expr* e) const;
  std::string operandStr(const Operand& x) const;
  std::string objStr(const types::Object* o) const;
  std::string typesSummary(const std::vector<Type*>& list, bool variadic) const;

  // ---- package level (check.cpp)
  void collectObjects(const std::vector<ast::File*>& files);
  void objDecl(types::Object* obj);
  void constDecl(types::Const* obj, ast::Expr* typeExpr, ast::Expr* init, int iota);
  void varDecl(types::Var* obj, const std::vector<types::Var*>& lhs, ast::Expr* typeExpr, ast::Expr* init);
  void typeDecl(types::TypeName* obj, ast::TypeSpec* spec);
  void funcDecl(types::Func* obj, DeclInfo* d);
  void collectMethods(types::Named* named);
  void funcBody(types::Func* fn, ast::FuncLit* lit, types::Signature* sig, ast::BlockStmt* body);
  void unusedImports();
  void runLater();
  void validType(types::Named* t);
  std::set<types::Named*> validTypes, invalidTypes;
  std::set<types::Interface*> completing;  // interfaces whose method sets are being computed
  std::vector<types::Named*> ifacePath;     // the named interfaces being completed, outermost first
  void finishUntyped();
  void recordUse(ast::Ident* id, types::Object* obj);
  types::Object* lookup(const std::string& name);
  bool declare(types::Scope* scope, ast::Ident* id, types::Object* obj);

  // ---- type expressions (check_typexpr.cpp)
  Type* typExpr(ast::Expr* e);
  Type* varType(ast::Expr* e);
  Type* typInternal(ast::Expr* e, types::Named* def);
  types::Signature* funcType(ast::FuncType* ft, ast::FieldList* recv);
  void collectParams(ast::FieldList* list, bool variadicOk, types::Tuple* out, bool* variadic, bool isResult);
  types::Struct* structType(ast::StructType* st);
  types::Interface* interfaceType(ast::InterfaceType* it, types::Named* def);
  void completeInterface(types::Interface* iface);
  int64_t arrayLength(ast::Expr* e);

  // ---- expressions (check_expr.cpp)
  void expr(Operand& x, ast::Expr* e);                  // single value, not a type
  void exprWithHint(Operand& x, ast::Expr* e, Type* hint);
  std::vector<Operand> exprList(const std::vector<ast::Expr*>& list, bool allowCommaOk, bool* commaOk);
  void exprOrType(Operand& x, ast::Expr* e);
  void rawExpr(Operand& x, ast::Expr* e, Type* hint);
  void exprInternal(Operand& x, ast::Expr* e, Type* hint);
  void ident(Operand& x, ast::Ident* e, bool wantType);
  void basicLit(Operand& x, ast::BasicLit* e);
  void compositeLit(Operand& x, ast::CompositeLit* e, Type* hint);
  void funcLit(Operand& x, ast::FuncLit* e);
  void selector(Operand& x, ast::SelectorExpr* e);
  void indexExpr(Operand& x, ast::IndexExpr* e);
  void sliceExpr(Operand& x, ast::SliceExpr* e);
  void typeAssert(Operand& x, ast::TypeAssertExpr* e);
  void checkTypeAssertion(ast::Expr* e, Operand& x, Type* T, bool typeSwitch);
  void addDeclDep(types::Object* obj);
  void markAddrTaken(ast::Expr* e);
  int64_t indexedElts(const std::vector<ast::Expr*>& elts, Type* elemType, int64_t length);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);
  Type* byteType();
  void starExpr(Operand& x, ast::StarExpr* e);
  void unary(Operand& x, ast::UnaryExpr* e);
  void binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Op op, Pos opPos);
  void shift(Operand& x, Operand& y, ast::Expr* e, ast::Op op, Pos opPos);
  void comparison(Operand& x, Operand& y, ast::Op op, bool switchCase);
  bool index(ast::Expr* e, int64_t max, int64_t* value);
  void singleValue(Operand& x);
  void record(Operand& x);
  void recordExpr(ast::Expr* e, Mode mode, Type* t, const ConstValue* v);
  void overflow(Operand& x, Pos opPos);
  bool representable(Operand& x, types::Basic* t);  // reports
  int representation(Operand& x, types::Basic* t, const ConstValue** out);
  void invalidConversion(int code, Operand& x, Type* target);
  void convertUntyped(Operand& x, Type* target);
  Type* implicitTypeAndValue(Operand& x, Type* target, const ConstValue** val, int* code);
  void updateExprType(ast::Expr* e, Type* t, bool final, ast::Expr* parent = nullptr);
  void updateExprVal(ast::Expr* e, const ConstValue* v);
  void useExprs(const std::vector<ast::Expr*>& list);

  // ---- calls, conversions, builtins (check_call.cpp, check_builtin.cpp, check_conversion.cpp)
  void callExpr(Operand& x, ast::CallExpr* e);
  void arguments(ast::CallExpr* call, types::Signature* sig, std::vector<Operand>& args);
  bool builtinCall(Operand& x, ast::CallExpr* call, ast::BuiltinId id);
  void conversion(Operand& x, Type* T);
  bool convertibleTo(Operand& x, Type* T, std::string* cause);

  // ---- lookup and assignability (check_lookup.cpp)
  struct LookupResult {
    types::Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
    bool ambiguous = false;    // two matches at the same depth
    bool needPtrRecv = false;  // found `pending`, a pointer method, on a non-addressable value
    types::Func* pending = nullptr;
  };
  LookupResult lookupFieldOrMethod(Type* T, bool addressable, types::Package* pkg, const std::string& name);
  // The first method of T missing from V, or nullptr; *alt is V's method of
  // that name when it exists with the wrong signature or a pointer receiver.
  types::Func* missingMethod(Type* V, types::Interface* T, bool staticCheck, types::Func** alt);
  std::string missingMethodReason(Type* V, Type* T, types::Func* m, types::Func* alt);
  std::string funcString(types::Func* f);
  bool implements(Type* V, Type* T, std::string* cause);
  Type* under(Type* t);                      // underlying type, resolving a Named on demand
  types::Interface* ifaceOf(Type* t);        // the completed interface underlying t, or nullptr
  std::string kindString(Type* t);
  bool assignableTo(Operand& x, Type* T, std::string* reason);
  types::Type* defaultType(Type* t);
  bool hasNil(Type* t);
  bool comparable(Type* t, std::string* cause);

  // ---- assignments (check_assign.cpp)
  void assignment(Operand& x, Type* T, const std::string& context);
  void initConst(types::Const* lhs, Operand& x);
  Type* initVar(types::Var* lhs, Operand& x, const std::string& context);
  Type* assignVar(ast::Expr* lhs, Operand& x);
  void initVars(const std::vector<types::Var*>& lhs, const std::vector<ast::Expr*>& rhs, ast::Stmt* returnStmt);
  void assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);
  void shortVarDecl(ast::AssignStmt* s);
  void assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals);
  void returnError(ast::Stmt* ret, const std::vector<Operand>& rhs, const std::vector<types::Var*>& lhs);

  // ---- statements (check_stmt.cpp)
  enum StmtContext : unsigned {
    BreakOk = 1,
    ContinueOk = 2,
    FallthroughOk = 4,
    FinalSwitchCase = 8,
  };
  void stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list);
  void stmt(unsigned ctxt, ast::Stmt* s);
  void simpleStmt(ast::Stmt* s);
  void declStmt(ast::GenDecl* d);
  void switchStmt(unsigned ctxt, ast::SwitchStmt* s);
  void typeSwitchStmt(unsigned ctxt, ast::TypeSwitchStmt* s);
  void selectStmt(unsigned ctxt, ast::SelectStmt* s);
  void rangeStmt(unsigned ctxt, ast::RangeStmt* s);
  void openScope();
  void closeScope();
  void declareLocalVar(ast::Ident* id, types::Var* v);
  void usage();
  bool isTerminating(ast::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label);
  bool hasBreak(ast::Stmt* s, const std::string& label, bool implicit);
  void labels(ast::BlockStmt* body);
  void suspendedCall(const char* keyword, ast::CallExpr* call);

  // ---- state
  types::Universe& u;
  types::Package* pkg;
  const PackageImporter& importer;
  Diagnostics& diags;
  int errorCount = 0;
  bool hasCallOrRecv = false;  // the expression being checked contains a call or receive

  types::Scope* scope = nullptr;  // current lookup scope
  std::map<types::Object*, DeclInfo*> declInfo;
  std::vector<std::unique_ptr<DeclInfo>> declOwner;
  std::map<types::Object*, Color> color;
  std::vector<types::Object*> objPath;  // grey objects, for cycle reports
  DeclInfo* currentDecl = nullptr;      // package-level decl being checked (for deps)
  const ConstValue* iota = nullptr;     // value of iota in a const decl, else nullptr
  FuncContext* fctx = nullptr;
  std::unordered_map<ast::Expr*, UntypedInfo> untyped;
  std::vector<types::PkgName*> imports;  // for "imported and not used"
  std::map<types::Named*, std::vector<types::Func*>> pendingMethods;
  std::vector<types::Object*> pkgObjects;  // package-level objects in source order
  struct DelayedBody {
    types::Func* fn;
    DeclInfo* decl;
  };
  std::vector<DelayedBody> bodies;
  std::vector<std::function<void()>> later;
  std::vector<Pos> missingBodies;  // reported only when nothing else is wrong, as gc does  // checks that need every declaration resolved
  types::Type* invalid() const { return u.basic(types::BasicKind::Invalid); }
  types::Basic* typ(types::BasicKind k) const { return u.basic(k); }
};

// Package variable initialization order (initorder.cpp).
void computeInitOrder(Checker& c);

// Predicates on types used across the checker (check_lookup.cpp).
bool isTyped(const Type* t);
bool isConstType(const Type* t);
bool isValid(const Type* t);
ast::Expr* unparen(ast::Expr* e);

}  // namespace check
}  // namespace golem
