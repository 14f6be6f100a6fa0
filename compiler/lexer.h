// The Go lexer: source text to tokens, with Go's automatic semicolons.
//
// See lexer.cpp for the algorithm. The lexer reads one token ahead at a time
// (next()) and keeps it in `token()`. Lexical errors are passed to the error
// callback with 1-based line and byte column, in gc's wording; the lexer
// always makes progress and always ends with EOF, whatever the input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.h"
#include "compiler/source.h"
#include "compiler/token.h"

namespace golem {

struct Token {
  Tok tok = Tok::EOF_;
  int32_t line = 0;  // 1-based
  int32_t col = 0;   // 1-based byte column
  // Name: the identifier. Literal: the literal's source text. Semi: why it
  // is there: "semicolon", "newline" (automatic) or "EOF" (automatic).
  std::string lit;
  ast::LitKind litKind = ast::LitKind::Int;  // valid for Literal
  bool bad = false;                          // Literal with a lexical error
  ast::Op op = ast::Op::None;                // Operator, AssignOp, IncOp, Star
  uint8_t prec = kPrecNone;                  // binary precedence of op
};

class Lexer {
 public:
  using ErrorHandler = std::function<void(int32_t line, int32_t col, const std::string& message)>;

  // `text` must outlive the lexer. A first line starting with "#!" is skipped.
  Lexer(std::string_view text, ErrorHandler onError);

  // Advances to the next token.
  void next();
  const Token& token() const { return tok_; }

  // Skips the rest of the input: the next token is EOF (no automatic
  // semicolon). Used by the parser to give up on pathological input.
  void skipToEnd();

 private:
  void nextChar();
  void errorAtChar(const std::string& message);           // at the current character
  void errorAtTokenOffset(int offset, const std::string& message);  // relative to the token start
  std::string_view tokenText() const;
  void setLiteral(ast::LitKind kind, bool ok);

  void scanIdentifier();
  bool atIdentifierChar(bool first);
  int scanDigits(int base, int* invalidDigitOffset);
  void scanNumber(bool seenPoint);
  void scanRune();
  void scanString();
  void scanRawString();
  bool scanEscape(char32_t quote);
  void skipLineComment();
  bool skipBlockComment();
  void operatorOrAssign(ast::Op op, uint8_t prec);

  std::string_view src_;
  ErrorHandler onError_;

  // The current character and where it is. ch_ < 0 at the end of input.
  int32_t ch_ = ' ';
  size_t chWidth_ = 0;
  size_t readOffset_ = 0;  // offset just past ch_
  int32_t chLine_ = 0;     // 0-based, of ch_
  int32_t chCol_ = 0;      // 0-based byte column of ch_

  size_t tokenStart_ = 0;  // offset of the current token's first byte
  bool insertSemi_ = false;
  Token tok_;
};

// Tokenizes a whole text (for tests and tools): every token up to and
// including EOF, lexical errors appended to `errors` as "line:col: message".
std::vector<Token> tokenize(std::string_view text, std::vector<std::string>* errors);

// Unicode classes Go's lexer needs (Go 1.19's unicode tables).
bool isUnicodeLetter(char32_t r);
bool isUnicodeDigit(char32_t r);

// Go's %#U formatting of a rune: "U+0040 '@'", or "U+00A0" when not printable.
std::string formatRuneU(char32_t r);

}  // namespace golem
