// Compiling a Go regular expression with RE2, and Go's verdict on it.
//
// Go's regexp/syntax is a port of RE2's parser, so RE2 accepts and rejects
// nearly the same patterns, with the same offending fragment; its error codes
// map one to one onto Go's syntax.ErrorCode texts. compileGoRegexp adds what
// differs in RE2 2022-06 (each checked against Go 1.19.8):
//   * Go rejects patterns RE2 takes: \C (any byte), capture names that are
//     not ASCII letters, digits and '_', and \p{Name} for scripts newer than
//     Go's Unicode 13.0. Such a construct is Go's error only if nothing
//     before it is one, so RE2 judges the text before it first.
//   * RE2 reports a few end-of-pattern errors as invalid UTF-8 with no
//     fragment (\x{ at the end, and in POSIX syntax a class ending in -),
//     and a \p with no name inside a class as a bad escape.
//   * For invalid UTF-8 Go shows the rest of the pattern from the bad byte.
// Not reproduced: Go's limit of 1000 nested groups ("expression nests too
// deeply"), and Go's own size limit (RE2's memory budget is set to Go's 128
// MB, but the two count sizes differently).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <re2/re2.h>

namespace golem::stdlib {

struct RegexpSyntax {
  bool posix = false;    // CompilePOSIX's egrep syntax, else Go's Perl-like syntax
  bool longest = false;  // leftmost-longest matching, else leftmost-first
};

// A compiled regexp, or Go's error: "error parsing regexp: " + code + ": `" + expr + "`".
struct CompiledRegexp {
  std::unique_ptr<RE2> re;  // null on error
  std::string code;         // syntax.ErrorCode's text, e.g. "missing closing )"
  std::string expr;         // the offending fragment Go shows
};

CompiledRegexp compileGoRegexp(std::string_view pattern, RegexpSyntax syntax);

// Go's syntax.ErrorCode text for an RE2 error code ("" for NoError).
std::string_view goErrorCodeText(RE2::ErrorCode code);

}  // namespace golem::stdlib
