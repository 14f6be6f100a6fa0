// Loading a program: the main file, the transitive closure of its imports
// from the embedded stdlib, parsing, and type-checking in dependency order.
//
// Phase 1 parses the main file and, breadth-first, every imported package
// (all the .go files directly in stdlib/<path>/). Like `go build`, a missing
// package is reported at its import ("package foo is not in GOROOT (...)")
// and, like gc, syntax errors stop the build before type checking.
// Phase 2 checks packages depth-first along imports, so each package is
// checked after everything it imports; an import cycle is an error.
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
    std::vector<std::string> queue{"main"};
    if (!packages_.count("runtime") && parsePackage("runtime")) queue.push_back("runtime");
    for (size_t qi = 0; qi < queue.size(); qi++) {
      PendingPackage& pp = packages_[queue[qi]];
      std::vector<ast::File*> files = pp.files;
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
    }
    if (diags_.hasErrors()) return false;
    // Phase 2: check in dependency order.
    if (packages_.count("runtime") && !check("runtime", Pos{})) return false;
    return check("main", Pos{});
  }

 private:
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
    PackageImporter importer = [this](const std::string& importPath, Pos importPos) -> types::Package* {
      if (importPath == "unsafe") return prog_.universe.unsafePkg;
      if (!check(importPath, importPos)) return nullptr;
      return packages_[importPath].pkg;
    };
    bool ok = checkPackage(prog_.universe, pkg, pp.files, importer, diags_);
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
