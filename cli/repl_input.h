// What the REPL reads from a user's input before compiling it: whether the
// input is complete, and its top-level pieces.
//
// Both answers come from Go's own lexer (compiler/lexer.h), so they follow
// Go's rules exactly. An input is still being typed when a bracket is open,
// a raw string or a block comment is not terminated, or its last line ends
// with a token after which Go inserts no automatic semicolon (an operator, a
// comma, a dot, `else`, ...): the line cannot end the statement, so the next
// one continues it. The pieces are the runs of tokens between top-level
// semicolons (automatic or written), each a declaration or a statement
// judged by its first tokens, as the parser would judge it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace golem::repl {

// A top-level piece of an input, and where it is in the input's text.
struct Segment {
  enum Kind { PackageClause, Import, Declaration, Statement } kind;
  size_t begin = 0;  // byte offset of its first token
  size_t end = 0;    // byte offset of the next piece's first token (or the end)
  int line = 0;      // of the first token, 1-based
  int col = 0;       // of the first token, 1-based byte column
};

// An import of an import declaration: `name "path"` (name empty when absent).
struct ImportSpec {
  std::string name;
  std::string path;
};

// What a complete input holds.
struct InputPieces {
  std::vector<Segment> segments;
  std::vector<ImportSpec> imports;  // of its import declarations
  // The identifiers x of its selector expressions x.y (not those after a
  // dot): the candidates for automatic imports.
  std::vector<std::string> qualifiers;
};

// Whether `text` (lines joined by newlines) is a whole input; false while
// the user is still typing it.
bool inputIsComplete(const std::string& text);

// Splits a complete input into its pieces.
InputPieces splitInput(const std::string& text);

}  // namespace golem::repl
