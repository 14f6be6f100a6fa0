// Source files, positions and compile-time diagnostics.
//
// A Pos is a (file, line, column) triple, 1-based as Go prints them; columns
// count bytes, as Go's do. Diagnostics are collected, not printed at once:
// Go's compiler sorts its errors by position before printing them (and drops
// exact duplicates), and stops after 10.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace golem {

struct SourceFile {
  std::string path;         // as opened
  std::string displayName;  // as Go prints it in messages: "./prog.go"
  std::string text;         // the whole file; a leading "#!" line is blanked, not removed
  int index = 0;            // order of the file within its Program
};

struct Pos {
  const SourceFile* file = nullptr;
  int32_t line = 0;
  int32_t col = 0;
  bool valid() const { return line > 0; }
  // "./prog.go:3:7", as Go prints positions.
  std::string str() const;
};

bool operator<(const Pos& a, const Pos& b);
inline bool operator==(const Pos& a, const Pos& b) {
  return a.file == b.file && a.line == b.line && a.col == b.col;
}

struct Diagnostic {
  Pos pos;
  std::string message;
};

class Diagnostics {
 public:
  void error(Pos pos, std::string message);
  bool hasErrors() const { return !errors_.empty(); }
  size_t count() const { return errors_.size(); }
  const std::vector<Diagnostic>& errors() const { return errors_; }
  // Sorted by position, duplicates dropped, at most 10 then "too many errors",
  // as cmd/compile prints them.
  std::vector<std::string> formatted() const;
  void print(std::ostream& out) const;
  void clear() { errors_.clear(); }

 private:
  std::vector<Diagnostic> errors_;
};

}  // namespace golem
