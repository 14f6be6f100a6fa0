// Loading a program: the main file, the transitive closure of its imports
// from the embedded stdlib, parsing, and type-checking in dependency order.
//
// Phase 1 parses the main file and, breadth-first, every imported package
// (all the .go files directly in stdlib/<path>/). Like `go build`, a missing
// package is reported at its import ("package foo is not in GOROOT (...)")
// and, like gc, syntax errors stop the build before type checking.
// Phase 2 checks packages depth-first along imports, so each package is
// checked after everything it imports; an import cycle is an error.
#include "compiler/prune.h"
#include "compiler/program.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compiler/check.h"
#include "compiler/parser.h"
#include "stdlib/embedded.h"

namespace golem {

namespace {

// Where Go 1.19 looks for standard packages, for the "not in GOROOT" message.
constexpr const char* kGoRootSrc = "/usr/lib/go-1.19/src/";

struct PendingPackage {
  types::Package* pkg = nullptr;
  std::vector<ast::File*> files;
  enum { Parsed, Checking, Checked, Failed } state = Parsed;
};

class Loader {
 public:
  Loader(Program& prog, Diagnostics& diags) : prog_(prog), diags_(diags) {}

  SourceFile* addSource(std::string path, std::string displayName, std::string text) {
    auto sf = std::make_unique<SourceFile>();
    sf->path = std::move(path);
    sf->displayName = std::move(displayName);
    // A "#!" first line is blanked, so positions stay those of the file.
    if (text.rfind("#!", 0) == 0)
      for (size_t i = 0; i < text.size() && text[i] != '\n'; i++) text[i] = ' ';
    sf->text = std::move(text);
    sf->index = int(prog_.sources.size());
    SourceFile* raw = sf.get();
    prog_.sources.push_back(std::move(sf));
    return raw;
  }

  bool load(SourceFile* mainSource) {
    ast::File* mainFile = parseFile(*mainSource, prog_.arena, diags_);
    if (diags_.hasErrors()) return false;
    auto* mainPkg = prog_.universe.make<types::Package>();
    mainPkg->path = "main";
    mainPkg->name = mainFile->packageName ? mainFile->packageName->name : "main";
    packages_["main"] = PendingPackage{mainPkg, {mainFile}};
    prog_.mainPackage = mainPkg;
    if (mainPkg->name != "main") {
      // `go run` refuses a non-main package before compiling it.
      diags_.error(Pos{}, "package command-line-arguments is not a main package");
      return false;
    }
    // Phase 1: find and parse every imported package. Package runtime is
    // always loaded (the VM's run-time errors are its types), unseen by main.
    std::vector<ast::File*> roots{mainFile};
    if (!packages_.count("runtime") && parsePackage("runtime")) {
      const std::vector<ast::File*>& runtimeFiles = packages_["runtime"].files;
      roots.insert(roots.end(), runtimeFiles.begin(), runtimeFiles.end());
    }
    parseImportsOf(roots);
    if (diags_.hasErrors()) return false;
    // Phase 2: drop the library bodies the program cannot reach (prune.h).
    std::vector<std::vector<ast::File*>> library;
    for (auto& [path, pp] : packages_)
      if (path != "main") library.push_back(pp.files);
    elideUnreachableBodies({mainFile}, library);
    // Phase 3: check in dependency order.
    if (packages_.count("runtime") && !check("runtime", Pos{})) return false;
    return check("main", Pos{});
  }

  // The REPL's units (IncrementalLoader): package main is checked one file
  // at a time into the same package, after what each file imports.
  bool checkUnit(ast::File* unit) {
    if (!loadPackage("runtime")) return false;
    parseImportsOf({unit});
    if (diags_.hasErrors()) return false;
    for (ast::ImportSpec* is : unit->imports)
      if (is->path != "unsafe" && !check(is->path, is->pathPos)) return false;
    types::Package* mainPkg = prog_.mainPackage;
    if (!mainPkg) {
      mainPkg = prog_.universe.make<types::Package>();
      mainPkg->path = "main";
      mainPkg->name = "main";
      prog_.mainPackage = mainPkg;
    }
    mainPkg->funcs.clear();
    mainPkg->globals.clear();
    mainPkg->initFuncs.clear();
    mainPkg->initOrder.clear();
    return checkPackage(prog_.universe, mainPkg, {unit}, importer(), diags_) && !diags_.hasErrors();
  }

  types::Package* loadPackage(const std::string& path) {
    if (!packages_.count(path)) {
      if (missing_.count(path) || !parsePackage(path)) return nullptr;
      std::vector<ast::File*> files = packages_[path].files;
      parseImportsOf(files);
      if (diags_.hasErrors()) return nullptr;
    }
    return check(path, Pos{}) ? packages_[path].pkg : nullptr;
  }

 private:
  // Phase 1 for `roots`: parses, breadth-first, every package they import
  // directly or not that is not loaded yet; reports the missing ones.
  void parseImportsOf(const std::vector<ast::File*>& roots) {
    std::vector<std::string> queue;
    auto visit = [&](const std::vector<ast::File*>& files) {
      for (ast::File* f : files) {
        for (ast::ImportSpec* is : f->imports) {
          const std::string& path = is->path;
          if (path == "unsafe" || packages_.count(path) || missing_.count(path)) continue;
          if (!parsePackage(path)) {
            missing_.insert(path);
            reportMissing(is);
            continue;
          }
          queue.push_back(path);
        }
      }
    };
    visit(roots);
    for (size_t qi = 0; qi < queue.size(); qi++) {
      std::vector<ast::File*> files = packages_[queue[qi]].files;
      visit(files);
    }
  }

  PackageImporter importer() {
    return [this](const std::string& importPath, Pos importPos) -> types::Package* {
      if (importPath == "unsafe") return prog_.universe.unsafePkg;
      if (!check(importPath, importPos)) return nullptr;
      return packages_[importPath].pkg;
    };
  }

  bool parsePackage(const std::string& path) {
    std::string prefix = path + "/";
    std::vector<ast::File*> files;
    for (size_t i = 0; i < stdlib::kEmbeddedFileCount; i++) {
      const stdlib::EmbeddedFile& ef = stdlib::kEmbeddedFiles[i];
      std::string_view p = ef.path;
      if (p.substr(0, prefix.size()) != prefix) continue;
      std::string_view rest = p.substr(prefix.size());
      if (rest.find('/') != std::string_view::npos) continue;
      if (rest.size() < 3 || rest.substr(rest.size() - 3) != ".go") continue;
      if (rest.size() > 8 && rest.substr(rest.size() - 8) == "_test.go") continue;
      SourceFile* sf = addSource(std::string(p), "stdlib/" + std::string(p), std::string(ef.text));
      files.push_back(parseFile(*sf, prog_.arena, diags_));
    }
    if (files.empty()) return false;
    auto* pkg = prog_.universe.make<types::Package>();
    pkg->path = path;
    pkg->name = files[0]->packageName ? files[0]->packageName->name : path;
    packages_[path] = PendingPackage{pkg, files};
    return true;
  }

  void reportMissing(ast::ImportSpec* is) {
    // The go command prints this one with the file name as given, without "./".
    Pos pos = is->pathPos;
    if (pos.file) {
      std::string name = pos.file->displayName;
      if (name.rfind("./", 0) == 0) name = name.substr(2);
      auto alias = std::make_unique<SourceFile>();
      alias->path = pos.file->path;
      alias->displayName = name;
      alias->index = pos.file->index;
      pos.file = alias.get();
      prog_.sources.push_back(std::move(alias));
    }
    diags_.error(pos, "package " + is->path + " is not in GOROOT (" + kGoRootSrc + is->path + ")");
  }

  bool check(const std::string& path, Pos at) {
    auto it = packages_.find(path);
    if (it == packages_.end()) return false;
    PendingPackage& pp = it->second;
    switch (pp.state) {
      case PendingPackage::Checked: return true;
      case PendingPackage::Failed: return false;
      case PendingPackage::Checking:
        diags_.error(at, "import cycle not allowed");
        return false;
      case PendingPackage::Parsed: break;
    }
    pp.state = PendingPackage::Checking;
    types::Package* pkg = pp.pkg;
    bool ok = checkPackage(prog_.universe, pkg, pp.files, importer(), diags_);
    PendingPackage& after = packages_[path];  // the map may have grown meanwhile
    after.state = ok ? PendingPackage::Checked : PendingPackage::Failed;
    if (ok) prog_.packages.push_back(pkg);
    return ok && !diags_.hasErrors();
  }

  Program& prog_;
  Diagnostics& diags_;
  std::map<std::string, PendingPackage> packages_;
  std::set<std::string> missing_;
};

}  // namespace

bool loadProgramFromSource(Program& prog, const std::string& displayName, std::string text, Diagnostics& diags) {
  Loader loader(prog, diags);
  SourceFile* sf = loader.addSource(displayName, displayName, std::move(text));
  return loader.load(sf);
}

struct IncrementalLoader::Impl {
  Diagnostics diags;  // the loader's; moved to the caller's after each call
  Loader loader;
  explicit Impl(Program& prog) : loader(prog, diags) {}
  void reportTo(Diagnostics& out) {
    for (const Diagnostic& d : diags.errors()) out.error(d.pos, d.message);
    diags.clear();
  }
};

IncrementalLoader::IncrementalLoader(Program& prog) : impl_(std::make_unique<Impl>(prog)), prog_(prog) {}

IncrementalLoader::~IncrementalLoader() = default;

ast::File* IncrementalLoader::parseUnit(const std::string& displayName, std::string text, Diagnostics& diags) {
  SourceFile* sf = impl_->loader.addSource(displayName, displayName, std::move(text));
  ast::File* file = parseFile(*sf, prog_.arena, impl_->diags);
  bool ok = !impl_->diags.hasErrors();
  impl_->reportTo(diags);
  return ok ? file : nullptr;
}

bool IncrementalLoader::checkUnit(ast::File* unit, Diagnostics& diags) {
  bool ok = impl_->loader.checkUnit(unit);
  impl_->reportTo(diags);
  return ok;
}

types::Package* IncrementalLoader::loadPackage(const std::string& path, Diagnostics& diags) {
  types::Package* pkg = impl_->loader.loadPackage(path);
  impl_->reportTo(diags);
  return pkg;
}

bool loadProgram(Program& prog, const std::string& mainPath, Diagnostics& diags) {
  std::ifstream in(mainPath, std::ios::binary);
  if (!in) {
    diags.error(Pos{}, "open " + mainPath + ": no such file or directory");
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string displayName = mainPath.find('/') == std::string::npos ? "./" + mainPath : mainPath;
  Loader loader(prog, diags);
  SourceFile* sf = loader.addSource(mainPath, displayName, ss.str());
  return loader.load(sf);
}

}  // namespace golem
