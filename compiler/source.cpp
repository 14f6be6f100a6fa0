// Positions and the sorting and printing of diagnostics.
#include "compiler/source.h"

#include <algorithm>
#include <tuple>

namespace golem {

std::string Pos::str() const {
  std::string s = file ? file->displayName : std::string("<unknown>");
  s += ":" + std::to_string(line) + ":" + std::to_string(col);
  return s;
}

bool operator<(const Pos& a, const Pos& b) {
  int fa = a.file ? a.file->index : -1;
  int fb = b.file ? b.file->index : -1;
  return std::tie(fa, a.line, a.col) < std::tie(fb, b.line, b.col);
}

void Diagnostics::error(Pos pos, std::string message) {
  errors_.push_back({pos, std::move(message)});
}

std::vector<std::string> Diagnostics::formatted() const {
  std::vector<Diagnostic> sorted = errors_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<std::string> out;
  const Diagnostic* prev = nullptr;
  for (const auto& d : sorted) {
    if (prev && prev->pos == d.pos && prev->message == d.message) continue;
    // cmd/compile reports at most one syntax error per line.
    if (prev && prev->pos.file == d.pos.file && prev->pos.line == d.pos.line &&
        d.message.rfind("syntax error", 0) == 0 && prev->message.rfind("syntax error", 0) == 0)
      continue;
    prev = &d;
    if (out.size() == 10) {
      out.push_back(d.pos.str() + ": too many errors");
      break;
    }
    out.push_back(d.pos.str() + ": " + d.message);
  }
  return out;
}

void Diagnostics::print(std::ostream& out) const {
  for (const auto& line : formatted()) out << line << "\n";
}

}  // namespace golem
