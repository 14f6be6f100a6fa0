// Checking a REPL unit into package main (see repl_check.h).
#include "cli/repl_check.h"

#include <algorithm>
#include <set>

#include "compiler/check.h"

namespace golem::repl {

namespace {

using check::unparen;

// Errors Go reports that a session tolerates.
bool tolerated(const std::string& message) {
  return message.ends_with(" declared but not used") || message.starts_with("imported and not used") ||
         message == "function main is undeclared in the main package";
}

bool isShowCall(ast::Expr* e) {
  if (!e || e->kind != ast::ExprKind::Call) return false;
  ast::Expr* fun = static_cast<ast::CallExpr*>(e)->fun;
  return fun->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(fun)->name == kShowFunc;
}

// fmt.Print, Println, Printf and the Fprint family.
bool isFmtPrint(ast::CallExpr* call) {
  if (call->fun->kind != ast::ExprKind::Selector) return false;
  auto* sel = static_cast<ast::SelectorExpr*>(call->fun);
  if (sel->x->kind != ast::ExprKind::Ident) return false;
  types::Object* obj = static_cast<ast::Ident*>(sel->x)->obj;
  if (!obj || obj->objKind != types::ObjKind::PkgName) return false;
  if (static_cast<types::PkgName*>(obj)->imported->path != "fmt") return false;
  const std::string& name = sel->sel->name;
  return name.starts_with("Print") || name.starts_with("Fprint");
}

// The receiver's base type name of a method declaration.
std::string receiverBaseName(ast::FuncDecl* fd) {
  if (!fd->recv || fd->recv->list.empty()) return "";
  ast::Expr* e = unparen(fd->recv->list[0]->typeExpr);
  if (e && e->kind == ast::ExprKind::Star) e = unparen(static_cast<ast::StarExpr*>(e)->x);
  return e && e->kind == ast::ExprKind::Ident ? static_cast<ast::Ident*>(e)->name : "";
}

// The top-level expression statements of the statement functions.
std::vector<ast::ExprStmt*> expressionStatements(const CheckedUnit& unit) {
  std::vector<ast::ExprStmt*> out;
  for (ast::FuncDecl* fd : unit.statementFuncs)
    for (ast::Stmt* s : fd->body->list)
      if (s->kind == ast::StmtKind::Expr) out.push_back(static_cast<ast::ExprStmt*>(s));
  return out;
}

}  // namespace

UnitChecker::Snapshot UnitChecker::snapshot() const {
  Snapshot s;
  types::Package* pkg = prog_.mainPackage;
  if (!pkg || !pkg->scope) return s;
  s.names = pkg->scope->names;
  for (auto& [name, obj] : s.names)
    if (obj->objKind == types::ObjKind::TypeName && obj->type && obj->type->kind == types::TypeKind::Named) {
      auto* named = static_cast<types::Named*>(obj->type);
      s.methods.emplace_back(named, named->methods);
    }
  return s;
}

void UnitChecker::restore(const Snapshot& s) {
  types::Package* pkg = prog_.mainPackage;
  if (!pkg || !pkg->scope) return;
  pkg->scope->names = s.names;
  for (auto& [named, methods] : s.methods) named->methods = methods;
}

void UnitChecker::forgetRedeclared(ast::File* file) {
  types::Package* pkg = prog_.mainPackage;
  if (!pkg || !pkg->scope) return;
  std::set<std::string> declared;
  for (ast::Decl* decl : file->decls) {
    if (auto* fd = dynamic_cast<ast::FuncDecl*>(decl)) {
      if (!fd->recv && fd->name->name != "init") declared.insert(fd->name->name);
    } else if (auto* gd = dynamic_cast<ast::GenDecl*>(decl)) {
      for (ast::Spec* spec : gd->specs) {
        if (gd->tok == ast::DeclTok::Type) declared.insert(static_cast<ast::TypeSpec*>(spec)->name->name);
        if (gd->tok == ast::DeclTok::Const || gd->tok == ast::DeclTok::Var)
          for (ast::Ident* id : static_cast<ast::ValueSpec*>(spec)->names) declared.insert(id->name);
      }
    }
  }
  // Methods declared again, on types this unit does not declare anew.
  for (ast::Decl* decl : file->decls) {
    auto* fd = dynamic_cast<ast::FuncDecl*>(decl);
    std::string base = fd ? receiverBaseName(fd) : "";
    if (base.empty() || declared.count(base)) continue;
    types::Object* o = pkg->scope->lookupLocal(base);
    if (!o || o->objKind != types::ObjKind::TypeName || !o->type || o->type->kind != types::TypeKind::Named) continue;
    std::erase_if(static_cast<types::Named*>(o->type)->methods,
                  [&](types::Func* m) { return m->name == fd->name->name; });
  }
  for (const std::string& name : declared) pkg->scope->names.erase(name);
}

void UnitChecker::wrapExpressionStatements(const CheckedUnit& unit, const std::vector<LineCol>& valueCalls) {
  for (ast::ExprStmt* es : expressionStatements(unit)) {
    ast::Expr* x = unparen(es->x);
    if (!x) continue;
    if (x->kind == ast::ExprKind::Call &&
        std::find(valueCalls.begin(), valueCalls.end(), LineCol{x->pos.line, x->pos.col}) == valueCalls.end())
      continue;
    auto* call = prog_.arena.make<ast::CallExpr>(es->x->pos, prog_.arena.make<ast::Ident>(es->x->pos, kShowFunc));
    call->args.push_back(es->x);
    call->lparen = call->rparen = es->x->pos;
    es->x = call;
  }
}

bool UnitChecker::checkOnce(const Unit& unit, const std::vector<LineCol>& valueCalls, CheckedUnit& out,
                            Diagnostics& errors) {
  out = CheckedUnit{};
  out.file = loader_.parseUnit(unit.fileName, unit.text, errors);
  if (!out.file) return false;
  for (ast::Decl* decl : out.file->decls)
    if (auto* fd = dynamic_cast<ast::FuncDecl*>(decl); fd && fd->name->name.starts_with(kStatementFuncPrefix)) {
      fd->sessionStatements = true;
      out.statementFuncs.push_back(fd);
    }
  forgetRedeclared(out.file);
  wrapExpressionStatements(out, valueCalls);
  Diagnostics all;
  loader_.checkUnit(out.file, all);
  for (const Diagnostic& d : all.errors())
    if (!tolerated(d.message)) errors.error(d.pos, d.message);
  return !errors.hasErrors();
}

std::vector<UnitChecker::LineCol> UnitChecker::callsWithValues(const CheckedUnit& unit, Diagnostics& errors) const {
  std::vector<LineCol> calls;
  std::vector<Diagnostic> kept = errors.errors();
  for (ast::ExprStmt* es : expressionStatements(unit)) {
    ast::Expr* x = unparen(es->x);
    if (!x || x->kind != ast::ExprKind::Call || isShowCall(x)) continue;
    LineCol at{x->pos.line, x->pos.col};
    // Conversions and built-ins are not statements in Go.
    auto notUsed = std::find_if(kept.begin(), kept.end(), [&](const Diagnostic& d) {
      return d.pos.line == at.first && d.pos.col == at.second && d.message.ends_with(" is not used");
    });
    if (notUsed != kept.end()) {
      kept.erase(notUsed);
      calls.push_back(at);
      continue;
    }
    if (x->mode == ast::Mode::NoValue || x->mode == ast::Mode::Invalid || !x->type) continue;
    if (isFmtPrint(static_cast<ast::CallExpr*>(x))) continue;
    calls.push_back(at);
  }
  errors.clear();
  for (const Diagnostic& d : kept) errors.error(d.pos, d.message);
  return calls;
}

bool UnitChecker::check(const Unit& unit, CheckedUnit& out, Diagnostics& errors) {
  Snapshot before = snapshot();
  Diagnostics first;
  checkOnce(unit, {}, out, first);
  std::vector<LineCol> valueCalls = callsWithValues(out, first);
  if (!first.hasErrors() && valueCalls.empty()) return true;
  restore(before);
  if (first.hasErrors()) {
    for (const Diagnostic& d : first.errors()) errors.error(d.pos, d.message);
    return false;
  }
  if (checkOnce(unit, valueCalls, out, errors)) return true;
  restore(before);
  return false;
}

ast::Expr* expressionOf(const CheckedUnit& unit) {
  std::vector<ast::ExprStmt*> statements = expressionStatements(unit);
  if (statements.size() != 1) return nullptr;
  ast::Expr* x = statements[0]->x;
  return isShowCall(x) ? static_cast<ast::CallExpr*>(x)->args[0] : x;
}

}  // namespace golem::repl
