// Fuzz target: the lexer (compiler/lexer.h).
//
// Any byte string is tokenized to the end. The lexer promises to always make
// progress, to end with EOF whatever the input, and to report lexical errors
// instead of failing; this target checks those promises (a hang shows up as a
// libFuzzer timeout, memory errors through ASan+UBSan) plus two invariants of
// the token stream: exactly one EOF token, last, and positions never before
// line 1, column 1.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/lexer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> errors;
  std::vector<golem::Token> tokens = golem::tokenize(text, &errors);
  if (tokens.empty() || tokens.back().tok != golem::Tok::EOF_) abort();
  for (size_t i = 0; i < tokens.size(); i++) {
    const golem::Token& t = tokens[i];
    if (t.tok == golem::Tok::EOF_ && i + 1 != tokens.size()) abort();
    if (t.line < 1 || t.col < 1) abort();
  }
  return 0;
}
