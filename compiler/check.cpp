// The checker's driver: collecting package-level objects, resolving them
// lazily in dependency order, checking function bodies, and the end-of-package
// reports ("imported and not used", untyped defaults, init order).
//
// A package-level object is checked by objDecl() the first time anything
// refers to it (or, failing that, in source order). Its colour guards against
// cycles: meeting a Grey object again means its declaration refers to itself.
// For a named type that is fine (the Named exists before its underlying type
// is computed); for a constant or variable it is an "illegal cycle".
//
// Function bodies are checked after every package-level object is resolved,
// in source order. While a body or an initializer is being checked,
// `currentDecl` collects the package-level objects it refers to; initorder.cpp
// turns those dependencies into Package::initOrder.
#include "compiler/check.h"

#include <algorithm>
#include <cassert>

namespace golem {

using namespace types;

bool checkPackage(Universe& universe, Package* pkg, const std::vector<ast::File*>& files,
                  const PackageImporter& importer, Diagnostics& diags) {
  check::Checker c(universe, pkg, importer, diags);
  return c.run(files);
}

namespace check {

Checker::Checker(Universe& universe, Package* p, const PackageImporter& imp, Diagnostics& d)
    : u(universe), pkg(p), importer(imp), diags(d) {}

bool Checker::run(const std::vector<ast::File*>& files) {
  pkg->files = files;
  if (!pkg->scope) pkg->scope = u.make<Scope>(u.scope);
  if (pkg->name.empty() && !files.empty() && files[0]->packageName) pkg->name = files[0]->packageName->name;
  collectObjects(files);
  // Types first, so that methods and underlying types exist before values use them.
  for (Object* o : pkgObjects)
    if (o->objKind == ObjKind::TypeName) objDecl(o);
  runLater();
  for (Object* o : pkgObjects) objDecl(o);
  runLater();
  for (Object* o : pkgObjects)
    if (o->objKind == ObjKind::TypeName && o->type && o->type->kind == TypeKind::Named)
      validType(static_cast<Named*>(o->type));
  for (size_t i = 0; i < bodies.size(); i++) {
    DelayedBody b = bodies[i];
    DeclInfo* saved = currentDecl;
    currentDecl = b.decl;
    scope = b.decl->fileScope;
    funcBody(b.fn, nullptr, b.fn->sig(), b.decl->funcDecl->body);
    currentDecl = saved;
    runLater();
  }
  scope = nullptr;
  unusedImports();
  finishUntyped();
  if (pkg->name == "main" && pkg->path == "main") {
    Object* m = pkg->scope->lookupLocal("main");
    if (!m || m->objKind != ObjKind::Func) {
      // gc reports this without a position; golem anchors it to the package clause.
      if (errorCount == 0) error(Pos{}, "function main is undeclared in the main package");
    }
  }
  computeInitOrder(*this);
  // gc reports missing bodies after type checking, and only if it succeeded.
  if (errorCount == 0)
    for (Pos p : missingBodies) error(p, "missing function body");
  return errorCount == 0;
}

bool Checker::declare(Scope* s, ast::Ident* id, Object* obj) {
  if (id && id->name == "_") {
    id->obj = nullptr;  // the blank identifier refers to nothing
    return true;
  }
  if (Object* alt = s->lookupLocal(obj->name)) {
    std::string msg = obj->name + " redeclared in this block";
    if (alt->pos.valid()) msg += "\n\t" + alt->pos.str() + ": other declaration of " + obj->name;
    error(obj->pos, msg);
    return false;
  }
  s->names[obj->name] = obj;
  obj->parent = s;
  if (id) id->obj = obj;
  return true;
}

static std::string baseTypeName(ast::Expr* recvType, bool* ptr) {
  ast::Expr* e = unparen(recvType);
  *ptr = false;
  if (e && e->kind == ast::ExprKind::Star) {
    *ptr = true;
    e = unparen(static_cast<ast::StarExpr*>(e)->x);
  }
  if (e && e->kind == ast::ExprKind::Ident) return static_cast<ast::Ident*>(e)->name;
  return "";
}

void Checker::collectObjects(const std::vector<ast::File*>& files) {
  struct MethodDecl {
    Func* fn;
    std::string base;
  };
  std::vector<MethodDecl> methods;
  bool isStdlib = pkg->path != "main";
  for (ast::File* file : files) {
    Scope* fileScope = u.make<Scope>(pkg->scope);
    for (ast::Decl* decl : file->decls) {
      if (auto* gd = dynamic_cast<ast::GenDecl*>(decl)) {
        ast::ValueSpec* lastConst = nullptr;
        for (ast::Spec* spec : gd->specs) {
          switch (gd->tok) {
            case ast::DeclTok::Import: {
              auto* is = static_cast<ast::ImportSpec*>(spec);
              Package* imp = importer(is->path, is->pathPos);
              if (!imp) continue;
              std::string name = imp->name;
              Pos pos = is->pathPos;
              if (is->name) {
                name = is->name->name;
                pos = is->name->pos;
                if (name == "_") continue;
                if (name == ".") {
                  if (imp->scope)
                    for (auto& [n, o] : imp->scope->names)
                      if (o->exported()) fileScope->names[n] = o;
                  continue;
                }
              }
              auto* pn = u.make<PkgName>(name, pos, imp);
              pn->pkg = pkg;
              if (imp == u.unsafePkg) pn->used = true;  // not reported, like a dot import
              declare(fileScope, is->name, pn);
              imports.push_back(pn);
              break;
            }
            case ast::DeclTok::Const: {
              auto* vs = static_cast<ast::ValueSpec*>(spec);
              ast::ValueSpec* src = vs;
              if (vs->values.empty() && !vs->typeExpr && lastConst) src = lastConst;
              else if (!vs->values.empty() || vs->typeExpr) lastConst = vs;
              for (size_t i = 0; i < vs->names.size(); i++) {
                ast::Ident* id = vs->names[i];
                auto* c = u.make<Const>(id->name, id->pos);
                c->pkg = pkg;
                auto d = std::make_unique<DeclInfo>();
                d->fileScope = fileScope;
                d->typeExpr = src->typeExpr;
                d->init = i < src->values.size() ? src->values[i] : nullptr;
                d->iota = vs->iota;
                d->spec = vs;
                if (!d->init) {
                  if (src->values.empty() && i == 0) {
                    error(id->pos, "missing init expr for const declaration");
                  } else if (!src->values.empty()) {
                    error(id->pos, "missing init expr for const declaration");
                  }
                }
                declInfo[c] = d.get();
                declOwner.push_back(std::move(d));
                declare(pkg->scope, id, c);
                pkgObjects.push_back(c);
              }
              if (src == vs && vs->values.size() > vs->names.size())
                errorAt(vs->values[vs->names.size()], "extra init expr");
              break;
            }
            case ast::DeclTok::Var: {
              auto* vs = static_cast<ast::ValueSpec*>(spec);
              std::vector<Var*> vars;
              for (ast::Ident* id : vs->names) {
                auto* v = u.make<Var>(id->name, id->pos, nullptr);
                v->pkg = pkg;
                v->isGlobal = true;
                vars.push_back(v);
                pkg->globals.push_back(v);
              }
              DeclInfo* shared = nullptr;
              if (vs->values.size() == 1 && vs->names.size() > 1) {
                auto d = std::make_unique<DeclInfo>();
                d->fileScope = fileScope;
                d->typeExpr = vs->typeExpr;
                d->init = vs->values[0];
                d->lhs = vars;
                d->spec = vs;
                shared = d.get();
                declOwner.push_back(std::move(d));
              }
              for (size_t i = 0; i < vars.size(); i++) {
                DeclInfo* d = shared;
                if (!d) {
                  auto nd = std::make_unique<DeclInfo>();
                  nd->fileScope = fileScope;
                  nd->typeExpr = vs->typeExpr;
                  nd->init = i < vs->values.size() ? vs->values[i] : nullptr;
                  nd->spec = vs;
                  d = nd.get();
                  declOwner.push_back(std::move(nd));
                }
                declInfo[vars[i]] = d;
                declare(pkg->scope, vs->names[i], vars[i]);
                pkgObjects.push_back(vars[i]);
              }
              if (!vs->values.empty() && vs->values.size() != vs->names.size() && !shared) {
                if (vs->values.size() > vs->names.size())
                  errorAt(vs->values[vs->names.size()], "extra init expr");
                else
                  assignError(vs->values, vs->names.size(), vs->values.size());
                for (Var* v : vars) v->used = true;
              }
              break;
            }
            case ast::DeclTok::Type: {
              auto* ts = static_cast<ast::TypeSpec*>(spec);
              auto* tn = u.make<TypeName>(ts->name->name, ts->name->pos);
              tn->pkg = pkg;
              tn->isAlias = ts->isAlias;
              if (!ts->isAlias) tn->type = u.make<Named>(tn);
              auto d = std::make_unique<DeclInfo>();
              d->fileScope = fileScope;
              d->typeSpec = ts;
              declInfo[tn] = d.get();
              declOwner.push_back(std::move(d));
              declare(pkg->scope, ts->name, tn);
              pkgObjects.push_back(tn);
              break;
            }
          }
        }
      } else if (auto* fd = dynamic_cast<ast::FuncDecl*>(decl)) {
        auto* fn = u.make<Func>(fd->name->name, fd->name->pos);
        fn->pkg = pkg;
        fn->decl = fd;
        fd->obj = fn;
        auto d = std::make_unique<DeclInfo>();
        d->fileScope = fileScope;
        d->funcDecl = fd;
        declInfo[fn] = d.get();
        declOwner.push_back(std::move(d));
        pkgObjects.push_back(fn);
        if (!fd->body && !isStdlib) missingBodies.push_back(fd->name->pos);
        if (fd->recv) {
          bool ptr = false;
          std::string base;
          if (!fd->recv->list.empty()) base = baseTypeName(fd->recv->list[0]->typeExpr, &ptr);
          if (!fd->body && isStdlib) fn->nativeName = pkg->path + "." + base + "." + fn->name;
          methods.push_back({fn, base});
          fd->name->obj = fn;
        } else {
          if (!fd->body && isStdlib) fn->nativeName = pkg->path + "." + fn->name;
          if (fn->name == "init") {
            fd->name->obj = fn;
            if (!fd->funcType->params->list.empty() || fd->funcType->results)
              error(fd->name->pos, "func init must have no arguments and no return values");
            pkg->initFuncs.push_back(fn);
          } else {
            if (fn->name == "main" && pkg->name == "main" &&
                (!fd->funcType->params->list.empty() || fd->funcType->results))
              error(fd->name->pos, "func main must have no arguments and no return values");
            declare(pkg->scope, fd->name, fn);
          }
        }
      }
    }
  }
  // Attach methods to their receiver base types.
  for (auto& m : methods) {
    if (m.base.empty()) continue;
    Object* o = pkg->scope->lookupLocal(m.base);
    if (!o || o->objKind != ObjKind::TypeName || !o->type || o->type->kind != TypeKind::Named) continue;
    auto* named = static_cast<Named*>(o->type);
    bool dup = false;
    for (Func* other : pendingMethods[named]) {
      if (other->name == m.fn->name && m.fn->name != "_") {
        error(m.fn->pos, "method " + named->obj->name + "." + m.fn->name + " already declared at " + other->pos.str());
        dup = true;
        break;
      }
    }
    if (!dup) pendingMethods[named].push_back(m.fn);
  }
  for (auto& [named, list] : pendingMethods)
    for (Func* f : list) named->methods.push_back(f);
}

void Checker::objDecl(Object* obj) {
  Color& c = color[obj];
  if (c == Color::Black) return;
  auto it = declInfo.find(obj);
  if (it == declInfo.end()) {
    c = Color::Black;
    return;
  }
  if (c == Color::Grey) {
    // A cycle. Named types may refer to themselves; values may not.
    if (obj->objKind == ObjKind::TypeName && !static_cast<TypeName*>(obj)->isAlias) return;
    if (obj->objKind == ObjKind::Func) return;
    if (obj->objKind == ObjKind::Var) {
      // A cycle through variables only: initorder.cpp reports it as an
      // initialization loop; here the variable just has no type yet.
      if (!obj->type) obj->type = invalid();
      return;
    }
    auto start = std::find(objPath.begin(), objPath.end(), obj);
    std::vector<Object*> cycle(start, objPath.end());
    if (cycle.empty()) cycle.push_back(obj);
    // Report at the object first in source order.
    size_t first = 0;
    for (size_t i = 1; i < cycle.size(); i++)
      if (cycle[i]->pos < cycle[first]->pos) first = i;
    std::string msg = obj->objKind == ObjKind::TypeName ? "invalid recursive type " : "initialization loop for ";
    msg += cycle[first]->name;
    for (size_t k = 0; k < cycle.size(); k++) {
      Object* o = cycle[(first + k) % cycle.size()];
      msg += "\n\t" + o->pos.str() + ": " + o->name + " refers to";
    }
    msg += "\n\t" + cycle[first]->pos.str() + ": " + cycle[first]->name;
    error(cycle[first]->pos, msg);
    if (!obj->type) obj->type = invalid();
    if (obj->objKind == ObjKind::Const && !static_cast<Const*>(obj)->value)
      static_cast<Const*>(obj)->value = ConstValue::makeUnknown();
    return;
  }
  c = Color::Grey;
  objPath.push_back(obj);
  DeclInfo* d = it->second;
  // Package-level declarations are checked in their own file scope, outside
  // any function.
  Scope* savedScope = scope;
  FuncContext* savedF = fctx;
  DeclInfo* savedDecl = currentDecl;
  const ConstValue* savedIota = iota;
  scope = d->fileScope;
  fctx = nullptr;
  currentDecl = d;
  iota = nullptr;
  switch (obj->objKind) {
    case ObjKind::Const:
      constDecl(static_cast<Const*>(obj), d->typeExpr, d->init, d->iota);
      break;
    case ObjKind::Var:
      varDecl(static_cast<Var*>(obj), d->lhs, d->typeExpr, d->init);
      if (d->spec)
        for (ast::Ident* id : d->spec->names)
          if (id->obj == obj || (id->name == "_" && id->pos == obj->pos)) recordExpr(id, Mode::Variable, obj->type, nullptr);
      break;
    case ObjKind::TypeName:
      typeDecl(static_cast<TypeName*>(obj), d->typeSpec);
      break;
    case ObjKind::Func:
      funcDecl(static_cast<Func*>(obj), d);
      break;
    default:
      break;
  }
  scope = savedScope;
  fctx = savedF;
  currentDecl = savedDecl;
  iota = savedIota;
  objPath.pop_back();
  color[obj] = Color::Black;
}

void Checker::constDecl(Const* obj, ast::Expr* typeExpr, ast::Expr* init, int iotaValue) {
  iota = ConstValue::makeInt64(iotaValue < 0 ? 0 : iotaValue);
  Type* t = nullptr;
  if (typeExpr) {
    t = typExpr(typeExpr);
    if (isValid(t) && !isConstType(t)) {
      errorAt(typeExpr, "invalid constant type " + typeStr(t));
      t = invalid();
    }
    obj->type = t;
  }
  Operand x;
  if (init) {
    // The same expression may be checked again for each spec that repeats it
    // (implicit repetition): it is re-evaluated with this spec's iota.
    expr(x, init);
  }
  initConst(obj, x);
  iota = nullptr;
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, ast::Expr* typeExpr, ast::Expr* init) {
  if (typeExpr) {
    Type* t = varType(typeExpr);
    obj->type = t;
    for (Var* v : lhs) v->type = t;
  }
  if (!init) {
    if (!typeExpr) obj->type = invalid();
    return;
  }
  if (lhs.empty() || lhs.size() == 1) {
    Operand x;
    exprWithHint(x, init, obj->type);
    initVar(obj, x, "variable declaration");
    return;
  }
  // n:1 initialization: check once, for all the variables.
  for (Var* v : lhs) color[v] = Color::Grey;
  initVars(lhs, {init}, nullptr);
  for (Var* v : lhs) {
    color[v] = Color::Black;
    if (!v->type) v->type = invalid();
  }
}

void Checker::typeDecl(TypeName* obj, ast::TypeSpec* spec) {
  if (obj->isAlias) {
    obj->type = invalid();
    Type* t = typExpr(spec->typeExpr);
    obj->type = t;
    return;
  }
  auto* named = static_cast<Named*>(obj->type);
  Type* rhs = typInternal(spec->typeExpr, named);
  // The underlying type of a named type is the underlying type of its RHS.
  Type* und = rhs;
  std::set<Named*> seen;
  while (und && und->kind == TypeKind::Named) {
    auto* n = static_cast<Named*>(und);
    if (!seen.insert(n).second || n == named) {
      und = nullptr;
      break;
    }
    if (!n->underlying) objDecl(n->obj);
    und = n->underlying;
  }
  if (!und) {
    error(obj->pos, "invalid recursive type " + obj->name + "\n\t" + obj->pos.str() + ": " + obj->name +
                        " refers to\n\t" + obj->pos.str() + ": " + obj->name);
    und = invalid();
  }
  if (!named->underlying) named->underlying = und;
  if (und->kind == TypeKind::Interface) {
    // Method sets of interfaces are completed once every type is declared
    // (this also finds interfaces that embed themselves).
    auto* iface = static_cast<Interface*>(und);
    later.push_back([this, named, iface]() {
      ifacePath.push_back(named);
      completeInterface(iface);
      ifacePath.pop_back();
    });
  }
  collectMethods(named);
}

// Checks the methods' signatures and that no method name clashes with a field.
void Checker::collectMethods(Named* named) {
  Type* und = named->underlying;
  for (Func* m : named->methods) {
    if (und && und->kind == TypeKind::Struct) {
      for (Var* f : static_cast<Struct*>(und)->fields) {
        if (f->name == m->name && m->name != "_") {
          error(m->pos, "field and method with the same name " + m->name + "\n\t" + f->pos.str() +
                            ": other declaration of " + m->name);
        }
      }
    }
    if (und && und->kind == TypeKind::Interface) {
      // gc: "invalid receiver type" for interfaces and pointers is reported at the receiver.
    }
  }
}

void Checker::funcDecl(Func* obj, DeclInfo* d) {
  ast::FuncDecl* fd = d->funcDecl;
  obj->type = u.make<Signature>(u.make<Tuple>(), u.make<Tuple>(), false);  // placeholder against cycles
  Signature* sig = funcType(fd->funcType, fd->recv);
  obj->type = sig;
  if (fd->body) {
    pkg->funcs.push_back(obj);
    bodies.push_back({obj, d});
  }
}

void Checker::funcBody(Func* fn, ast::FuncLit* lit, Signature* sig, ast::BlockStmt* body) {
  if (!body) return;
  FuncContext ctx;
  ctx.sig = sig;
  ctx.func = fn ? fn : (fctx ? fctx->func : nullptr);
  ctx.lit = lit;
  ctx.outer = fctx;
  if (fctx) {
    ctx.litChain = fctx->litChain;
  }
  if (lit) ctx.litChain.push_back(lit);
  FuncContext* saved = fctx;
  Scope* savedScope = scope;
  const ConstValue* savedIota = iota;
  iota = nullptr;
  fctx = &ctx;
  // Parameters live in the function's outermost scope, which the body shares.
  Scope* fs = u.make<Scope>(scope);
  fs->isFunc = true;
  auto declareParams = [&](Tuple* t) {
    for (Var* v : t->vars) {
      v->owner = ctx.func;
      v->ownerLit = lit;
      if (!v->name.empty() && v->name != "_") {
        if (Object* alt = fs->lookupLocal(v->name)) {
          error(v->pos, v->name + " redeclared in this block\n\t" + alt->pos.str() + ": other declaration of " + v->name);
          continue;
        }
        fs->names[v->name] = v;
        v->parent = fs;
      }
    }
  };
  if (sig->recv) {
    Tuple tmp;
    tmp.vars.push_back(sig->recv);
    declareParams(&tmp);
  }
  declareParams(sig->params);
  declareParams(sig->results);
  scope = fs;
  stmtList(0, body->list);
  labels(body);
  if (sig->results && !sig->results->vars.empty() && !isTerminatingList(body->list, "")) {
    error(body->rbrace, "missing return");
  }
  usage();
  fctx = saved;
  scope = savedScope;
  iota = savedIota;
}

void Checker::usage() {
  std::vector<Var*> unused;
  for (Var* v : fctx->locals)
    if (!v->used && v->name != "_" && !v->name.empty()) unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
  for (Var* v : unused) error(v->pos, v->name + " declared but not used");
}

void Checker::unusedImports() {
  // A library import may be used only by bodies pruning dropped (prune.h);
  // the library is known to compile.
  if (pkg->path != "main") return;
  for (PkgName* pn : imports) {
    if (pn->used) continue;
    Package* imp = pn->imported;
    std::string path = "\"" + imp->path + "\"";
    if (pn->name != imp->name)
      error(pn->pos, "imported and not used: " + path + " as " + pn->name);
    else
      error(pn->pos, "imported and not used: " + path);
  }
}

// Untyped expressions whose type no context fixed get their default type (an
// untyped constant operand of a comparison, `_ = 1 << s` ...), so that later
// passes never see an untyped type except for nil.
void Checker::finishUntyped() {
  for (auto& [e, info] : untyped) {
    Type* t = info.type;
    if (t && t->kind == TypeKind::Basic && static_cast<Basic*>(t)->basic != BasicKind::UntypedNil)
      t = defaultType(t);
    e->mode = info.mode;
    e->type = t;
    e->constant = info.mode == Mode::Constant ? info.val : nullptr;
  }
  untyped.clear();
}

// A named type must not contain itself, except through an indirection
// (pointer, slice, map, channel, function or interface).
void Checker::validType(Named* root) {
  std::vector<Named*> path;
  std::function<void(Type*)> visit = [&](Type* t) {
    if (!t) return;
    switch (t->kind) {
      case TypeKind::Array:
        visit(static_cast<Array*>(t)->elem);
        return;
      case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(t)->fields) visit(f->type);
        return;
      case TypeKind::Named: {
        auto* n = static_cast<Named*>(t);
        if (n->obj->pkg != pkg || invalidTypes.count(n)) return;
        auto it = std::find(path.begin(), path.end(), n);
        if (it != path.end()) {
          std::vector<Named*> cycle(it, path.end());
          size_t first = 0;
          for (size_t i = 1; i < cycle.size(); i++)
            if (cycle[i]->obj->pos < cycle[first]->obj->pos) first = i;
          std::string msg = "invalid recursive type " + cycle[first]->obj->name;
          for (size_t k = 0; k < cycle.size(); k++) {
            Named* c = cycle[(first + k) % cycle.size()];
            msg += "\n\t" + c->obj->pos.str() + ": " + c->obj->name + " refers to";
          }
          msg += "\n\t" + cycle[first]->obj->pos.str() + ": " + cycle[first]->obj->name;
          error(cycle[first]->obj->pos, msg);
          for (Named* c : cycle) invalidTypes.insert(c);
          return;
        }
        if (validTypes.count(n)) return;
        path.push_back(n);
        visit(n->underlying);
        path.pop_back();
        validTypes.insert(n);
        return;
      }
      default:
        return;
    }
  };
  visit(root);
}

void Checker::runLater() {
  for (size_t i = 0; i < later.size(); i++) later[i]();
  later.clear();
}

Object* Checker::lookup(const std::string& name) { return scope ? scope->lookup(name) : u.scope->lookup(name); }

// Records that `id` refers to `obj`: marks uses, captures and package-level
// dependencies.
void Checker::recordUse(ast::Ident* id, Object* obj) {
  id->obj = obj;
  if (!obj) return;
  if (obj->pkg == pkg && currentDecl && obj->parent == pkg->scope &&
      (obj->objKind == ObjKind::Var || obj->objKind == ObjKind::Func || obj->objKind == ObjKind::Const))
    currentDecl->addDep(obj);
  if (obj->objKind != ObjKind::Var || !fctx) return;
  auto* v = static_cast<Var*>(obj);
  if (v->isGlobal || v->isField) return;
  // A local of an enclosing function: every function literal between the
  // declaring one and this one captures it.
  if (v->ownerLit == fctx->lit) return;
  if (v->owner != fctx->func) return;  // not a local of this function tree
  bool inside = v->ownerLit == nullptr;
  for (ast::FuncLit* l : fctx->litChain) {
    if (inside) {
      v->captured = true;
      if (std::find(l->captures.begin(), l->captures.end(), v) == l->captures.end()) l->captures.push_back(v);
    }
    if (l == v->ownerLit) inside = true;
  }
}

}  // namespace check
}  // namespace golem
