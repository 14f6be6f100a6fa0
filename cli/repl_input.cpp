// Completeness and top-level pieces of a REPL input (see repl_input.h).
#include "cli/repl_input.h"

#include <algorithm>
#include <cstdint>

#include "compiler/lexer.h"

namespace golem::repl {

namespace {

bool opens(Tok t) { return t == Tok::Lparen || t == Tok::Lbrack || t == Tok::Lbrace; }
bool closes(Tok t) { return t == Tok::Rparen || t == Tok::Rbrack || t == Tok::Rbrace; }

// Byte offset of each line's start, for turning a token's line and column
// into an offset.
std::vector<size_t> lineStarts(const std::string& text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); i++)
    if (text[i] == '\n') starts.push_back(i + 1);
  return starts;
}

// The index of the token closing the bracket opened at tokens[open], or
// tokens.size() when it is not closed.
size_t matchingClose(const std::vector<Token>& tokens, size_t open) {
  int depth = 0;
  for (size_t i = open; i < tokens.size(); i++) {
    if (opens(tokens[i].tok)) depth++;
    if (closes(tokens[i].tok) && --depth == 0) return i;
  }
  return tokens.size();
}

// `func name(`, `func (recv) name(` declare; any other `func` starts a
// function literal, hence a statement.
bool funcIsDeclaration(const std::vector<Token>& tokens, size_t at) {
  if (at + 1 >= tokens.size()) return false;
  if (tokens[at + 1].tok == Tok::Name) return true;
  if (tokens[at + 1].tok != Tok::Lparen) return false;
  size_t close = matchingClose(tokens, at + 1);
  return close + 2 < tokens.size() && tokens[close + 1].tok == Tok::Name && tokens[close + 2].tok == Tok::Lparen;
}

Segment::Kind kindOf(const std::vector<Token>& tokens, size_t first) {
  switch (tokens[first].tok) {
    case Tok::Package: return Segment::PackageClause;
    case Tok::Import: return Segment::Import;
    case Tok::Type:
    case Tok::Const: return Segment::Declaration;
    case Tok::Func: return funcIsDeclaration(tokens, first) ? Segment::Declaration : Segment::Statement;
    default: return Segment::Statement;
  }
}

std::string unquote(const std::string& literal) {
  if (literal.size() >= 2) return literal.substr(1, literal.size() - 2);
  return literal;
}

// The specs of the import declaration whose tokens are [first, last).
void collectImports(const std::vector<Token>& tokens, size_t first, size_t last, std::vector<ImportSpec>& out) {
  std::string name;
  for (size_t i = first + 1; i < last; i++) {
    const Token& t = tokens[i];
    if (t.tok == Tok::Name || t.tok == Tok::Dot) {
      name = t.tok == Tok::Dot ? "." : t.lit;
    } else if (t.tok == Tok::Literal) {
      out.push_back({name, unquote(t.lit)});
      name.clear();
    }
  }
}

}  // namespace

bool inputIsComplete(const std::string& text) {
  std::vector<std::string> errors;
  std::vector<Token> tokens = tokenize(text, &errors);
  for (const std::string& e : errors)
    if (e.find("comment not terminated") != std::string::npos) return false;
  int depth = 0;
  for (const Token& t : tokens) {
    if (t.tok == Tok::Literal && t.bad && !t.lit.empty() && t.lit[0] == '`') return false;
    if (opens(t.tok)) depth++;
    if (closes(t.tok)) depth--;
  }
  if (depth > 0) return false;
  // tokens ends with EOF; before it, a semicolon unless the last line's
  // final token lets the statement go on.
  return tokens.size() < 2 || tokens[tokens.size() - 2].tok == Tok::Semi;
}

InputPieces splitInput(const std::string& text) {
  InputPieces pieces;
  std::vector<Token> tokens = tokenize(text, nullptr);
  std::vector<size_t> starts = lineStarts(text);
  auto offsetOf = [&](const Token& t) {
    if (t.line < 1 || size_t(t.line) > starts.size()) return text.size();
    return std::min(text.size(), starts[size_t(t.line - 1)] + size_t(t.col - 1));
  };
  int depth = 0;
  size_t first = SIZE_MAX;  // first token of the piece being read
  auto finish = [&](size_t last) {  // the piece's tokens are [first, last)
    if (first == SIZE_MAX) return;
    Segment seg;
    seg.kind = kindOf(tokens, first);
    seg.begin = offsetOf(tokens[first]);
    seg.line = tokens[first].line;
    seg.col = tokens[first].col;
    if (seg.kind == Segment::Import) collectImports(tokens, first, last, pieces.imports);
    pieces.segments.push_back(seg);
    first = SIZE_MAX;
  };
  for (size_t i = 0; i < tokens.size(); i++) {
    const Token& t = tokens[i];
    if (t.tok == Tok::EOF_) break;
    if (t.tok == Tok::Semi && depth == 0) {
      finish(i);
      continue;
    }
    if (first == SIZE_MAX) first = i;
    if (opens(t.tok)) depth++;
    if (closes(t.tok) && depth > 0) depth--;
    bool afterDot = i > 0 && tokens[i - 1].tok == Tok::Dot;
    if (t.tok == Tok::Name && !afterDot && i + 2 < tokens.size() && tokens[i + 1].tok == Tok::Dot &&
        tokens[i + 2].tok == Tok::Name)
      pieces.qualifiers.push_back(t.lit);
  }
  finish(tokens.size());
  for (size_t k = 0; k < pieces.segments.size(); k++)
    pieces.segments[k].end = k + 1 < pieces.segments.size() ? pieces.segments[k + 1].begin : text.size();
  return pieces;
}

}  // namespace golem::repl
