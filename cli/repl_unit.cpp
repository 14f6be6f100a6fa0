// Building a unit from an input and mapping its positions back (see repl_unit.h).
#include "cli/repl_unit.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace golem::repl {

namespace {

class UnitWriter {
 public:
  UnitWriter(Unit& unit, const std::string& input) : unit_(unit), input_(input) {}

  // A line the user did not write, attributed to the user's line `line`.
  void generatedLine(const std::string& text, int line) {
    unit_.text += text + "\n";
    unit_.userLines.push_back(line);
  }

  void piece(const Segment& seg) {
    std::string text = input_.substr(seg.begin, seg.end - seg.begin);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    unit_.text += std::string(size_t(seg.col - 1), ' ') + text + "\n";
    int line = seg.line;
    unit_.userLines.push_back(line);
    for (char c : text)
      if (c == '\n') unit_.userLines.push_back(++line);
    lastLine_ = line;
  }

  int lastLine() const { return lastLine_; }

 private:
  Unit& unit_;
  const std::string& input_;
  int lastLine_ = 1;
};

std::string importClause(const std::vector<ImportSpec>& imports) {
  if (imports.empty()) return "";
  std::string out = " import (";
  for (size_t k = 0; k < imports.size(); k++) {
    if (k) out += "; ";
    if (!imports[k].name.empty()) out += imports[k].name + " ";
    out += "\"" + imports[k].path + "\"";
  }
  return out + ")";
}

}  // namespace

int Unit::userLineOf(int line) const {
  if (userLines.empty()) return line;
  if (line < 1) return userLines.front();
  if (size_t(line) > userLines.size()) return userLines.back();
  return userLines[size_t(line - 1)];
}

Unit buildUnit(int number, const std::string& userName, const std::string& input, const InputPieces& pieces,
               const std::vector<ImportSpec>& imports) {
  Unit unit;
  unit.fileName = "<unit" + std::to_string(number) + ">";
  unit.userName = userName;
  UnitWriter out(unit, input);
  int firstLine = pieces.segments.empty() ? 1 : pieces.segments.front().line;
  out.generatedLine("package main;" + importClause(imports), firstLine);
  for (const Segment& seg : pieces.segments)
    if (seg.kind == Segment::Import) out.piece(seg);
  bool inFunc = false;
  for (const Segment& seg : pieces.segments) {
    if (seg.kind == Segment::Import || seg.kind == Segment::PackageClause) continue;
    bool statement = seg.kind == Segment::Statement;
    if (statement && !inFunc) {
      std::string name = kStatementFuncPrefix + std::to_string(number) + "_" + std::to_string(unit.statementFuncs.size());
      unit.statementFuncs.push_back(name);
      out.generatedLine("func " + name + "() {", seg.line);
      inFunc = true;
    } else if (!statement && inFunc) {
      out.generatedLine("}", out.lastLine());
      inFunc = false;
    }
    out.piece(seg);
  }
  if (inFunc) out.generatedLine("}", out.lastLine());
  return unit;
}

void PositionMap::add(const Unit& unit) { units_[unit.fileName] = Entry{unit.userName, unit.userLines}; }

bool PositionMap::translate(const std::string& file, int line, std::string* userName, int* userLine) const {
  auto it = units_.find(file);
  if (it == units_.end()) return false;
  const Entry& e = it->second;
  *userName = e.userName;
  if (e.userLines.empty() || line < 1)
    *userLine = line;
  else
    *userLine = e.userLines[std::min(size_t(line), e.userLines.size()) - 1];
  return true;
}

std::string PositionMap::rewrite(const std::string& text) const {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t at = text.find("<unit", pos);
    size_t close = at == std::string::npos ? at : text.find('>', at);
    if (close == std::string::npos) break;
    std::string file = text.substr(at, close + 1 - at);
    size_t digits = close + 1 < text.size() && text[close + 1] == ':' ? close + 2 : std::string::npos;
    size_t lineEnd = digits;
    while (lineEnd != std::string::npos && lineEnd < text.size() && std::isdigit(static_cast<unsigned char>(text[lineEnd])))
      lineEnd++;
    std::string userName;
    int userLine = 0;
    bool isPosition = lineEnd != std::string::npos && lineEnd > digits && lineEnd - digits <= 9;
    if (!isPosition || !translate(file, std::atoi(text.c_str() + digits), &userName, &userLine)) {
      out += text.substr(pos, close + 1 - pos);
      pos = close + 1;
      continue;
    }
    out += text.substr(pos, at - pos) + userName + ":" + std::to_string(userLine);
    pos = lineEnd;
  }
  return out + text.substr(pos);
}

}  // namespace golem::repl
