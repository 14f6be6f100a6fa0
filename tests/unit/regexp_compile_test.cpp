// Unit tests of compileGoRegexp (stdlib/regexp_compile.h): the patterns
// RE2 and Go judge differently, and Go's error text for each kind of error.
// Every expected text was printed by Go 1.19.8 (regexp.Compile or
// regexp.CompilePOSIX and err.Error(); "" where Go compiles the pattern).
#include "stdlib/regexp_compile.h"

#include <gtest/gtest.h>

#include <string>

namespace golem::stdlib {
namespace {

struct Case {
  const char* pattern;
  bool posix;
  const char* goError;  // "" if Go accepts the pattern
};

const Case kCases[] = {
    {"(a", false, "error parsing regexp: missing closing ): `(a`"},
    {"a)", false, "error parsing regexp: unexpected ): `a)`"},
    {"x(a)b)", false, "error parsing regexp: unexpected ): `x(a)b)`"},
    {"[a", false, "error parsing regexp: missing closing ]: `[a`"},
    {"[z-a]", false, "error parsing regexp: invalid character class range: `z-a`"},
    {"a\\", false, "error parsing regexp: trailing backslash at end of expression: ``"},
    {"*a", false, "error parsing regexp: missing argument to repetition operator: `*`"},
    {"a**", false, "error parsing regexp: invalid nested repetition operator: `**`"},
    {"a*+", false, "error parsing regexp: invalid nested repetition operator: `*+`"},
    {"x{2}{3}", false, "error parsing regexp: invalid nested repetition operator: `{2}{3}`"},
    {"a{1001}", false, "error parsing regexp: invalid repeat count: `{1001}`"},
    {"a{2,1}", false, "error parsing regexp: invalid repeat count: `{2,1}`"},
    {"a{1001}?", false, "error parsing regexp: invalid repeat count: `{1001}`"},
    {"a*{1001}", false, "error parsing regexp: invalid repeat count: `{1001}`"},
    {"x{2}{1001,}", false, "error parsing regexp: invalid repeat count: `{1001,}`"},
    {"(?z)", false, "error parsing regexp: invalid or unsupported Perl syntax: `(?z`"},
    {"(?P<>a)", false, "error parsing regexp: invalid named capture: `(?P<>`"},
    {"(?P<n!>a)", false, "error parsing regexp: invalid named capture: `(?P<n!>`"},
    {"(?P<n", false, "error parsing regexp: invalid named capture: `(?P<n`"},
    {"\\q", false, "error parsing regexp: invalid escape sequence: `\\q`"},
    {"\\8", false, "error parsing regexp: invalid escape sequence: `\\8`"},
    {"[[:foo:]]", false, "error parsing regexp: invalid character class range: `[:foo:]`"},
    {"\\pX", false, "error parsing regexp: invalid character class range: `\\pX`"},
    {"\\p{Foo}", false, "error parsing regexp: invalid character class range: `\\p{Foo}`"},
    {"(?i", false, "error parsing regexp: invalid or unsupported Perl syntax: `(?i`"},
    {"(?<n>a)", false, "error parsing regexp: invalid or unsupported Perl syntax: `(?<`"},
    {"[]", false, "error parsing regexp: missing closing ]: `[]`"},
    {"[^]", false, "error parsing regexp: missing closing ]: `[^]`"},
    {"\\x{110000}", false, "error parsing regexp: invalid escape sequence: `\\x{110000`"},
    {"\\x{zz}", false, "error parsing regexp: invalid escape sequence: `\\x{z`"},
    {"(?P=n)", false, "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"},
    {"\\C", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"a\\Cb", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"\\C(", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"(\\C", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"(?z)\\C", false, "error parsing regexp: invalid or unsupported Perl syntax: `(?z`"},
    {"\\\\C\\C", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"\\Q\\C\\E\\C", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"[\\C]", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"\\x{41}\\C", false, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"\\xU\\C", false, "error parsing regexp: invalid escape sequence: `\\xU\\`"},
    {"\\p{Kawi}", false, "error parsing regexp: invalid character class range: `\\p{Kawi}`"},
    {"[\\p{Kawi}]", false, "error parsing regexp: invalid character class range: `\\p{Kawi}`"},
    {"[z-a\\p{Kawi}]", false, "error parsing regexp: invalid character class range: `z-a`"},
    {"[:\\p{Kawi}]", false, "error parsing regexp: invalid character class range: `\\p{Kawi}`"},
    {"[a-\\p{Kawi}]", false, "error parsing regexp: invalid escape sequence: `\\p`"},
    {"[\\pL-\\p{Kawi}]", false, "error parsing regexp: invalid character class range: `\\p{Kawi}`"},
    {"\\p{^Toto}", false, "error parsing regexp: invalid character class range: `\\p{^Toto}`"},
    {"(?P<é>x)", false, "error parsing regexp: invalid named capture: `(?P<é>`"},
    {"[(?P<é>)]", false, ""},
    {"\\Q(?P<é>\\E", false, ""},
    {"(?i)(?P<na-me>x)", false, "error parsing regexp: invalid named capture: `(?P<na-me>`"},
    {"\\x{", false, "error parsing regexp: invalid escape sequence: `\\x{`"},
    {"a[\\x{", false, "error parsing regexp: invalid escape sequence: `\\x{`"},
    {"[\\p", false, "error parsing regexp: invalid character class range: `\\p`"},
    {"[a-\\p", false, "error parsing regexp: invalid escape sequence: `\\p`"},
    {"[-\\p", false, "error parsing regexp: invalid character class range: `\\p`"},
    {"\\p", false, "error parsing regexp: invalid character class range: `\\p`"},
    {"a\xff" "b", false, "error parsing regexp: invalid UTF-8: `\xff" "b`"},
    {"[\xff" "]", false, "error parsing regexp: invalid UTF-8: `\xff" "]`"},
    {"\\p{\xff" "}", false, "error parsing regexp: invalid UTF-8: `\xff" "`"},
    {"\\p\xff" "", false, "error parsing regexp: invalid UTF-8: `\xff" "`"},
    {"(?P<a\xff" ">x)", false, "error parsing regexp: invalid UTF-8: `\xff" "`"},
    {"\\Q\xff" "\\Eb", false, "error parsing regexp: invalid UTF-8: `\xff" "`"},
    {"(?i\xff" ")", false, "error parsing regexp: invalid UTF-8: `\xff" ")`"},
    {"a{1000}", false, ""},
    {"{", false, ""},
    {"a{", false, ""},
    {"a{,5}", false, ""},
    {"\\Q*\\E", false, ""},
    {"(?)", false, ""},
    {"[\\d-z]", false, ""},
    {"(?P<n>a)(?P<n>b)", false, ""},
    {"^*", false, ""},
    {"[]a]", false, ""},
    {"\\pN", false, ""},
    {"\\p{Greek}", false, ""},
    {"\\P{^Han}", false, ""},
    {"[\\p{Latin}\\d]", false, ""},
    {"\\\\C", false, ""},
    {"\\Q\\C\\E", false, ""},
    {"(?P<a_1>x)", false, ""},
    {"[[:^alpha:]]", false, ""},
    {"\\d", true, "error parsing regexp: invalid escape sequence: `\\d`"},
    {"[a-", true, "error parsing regexp: invalid character class range: `-`"},
    {"[a-b-c]", true, "error parsing regexp: invalid character class range: `-c`"},
    {"(?i)x", true, "error parsing regexp: missing argument to repetition operator: `?`"},
    {"\\pL", true, "error parsing regexp: invalid escape sequence: `\\p`"},
    {"\\C", true, "error parsing regexp: invalid escape sequence: `\\C`"},
    {"a\\x{", true, "error parsing regexp: invalid escape sequence: `\\x{`"},
    {"a{1001}", true, "error parsing regexp: invalid repeat count: `{1001}`"},
    {"[[:alpha:]]", true, ""},
    {"a|b", true, ""},
};

std::string goErrorOf(const Case& c) {
  CompiledRegexp compiled = compileGoRegexp(c.pattern, RegexpSyntax{c.posix, c.posix});
  if (compiled.re) return "";
  return "error parsing regexp: " + compiled.code + ": `" + compiled.expr + "`";
}

TEST(RegexpCompile, ErrorsAreGos) {
  for (const Case& c : kCases) {
    EXPECT_EQ(goErrorOf(c), c.goError) << "pattern " << c.pattern << (c.posix ? " (POSIX)" : "");
  }
}

TEST(RegexpCompile, ErrorCodeTexts) {
  EXPECT_EQ(goErrorCodeText(RE2::NoError), "");
  EXPECT_EQ(goErrorCodeText(RE2::ErrorMissingParen), "missing closing )");
  EXPECT_EQ(goErrorCodeText(RE2::ErrorRepeatArgument), "missing argument to repetition operator");
  EXPECT_EQ(goErrorCodeText(RE2::ErrorPatternTooLarge), "regexp/syntax: internal error");
}

// The text of the leftmost match of pattern in "ab".
std::string leftmostMatch(const char* pattern, RegexpSyntax syntax) {
  CompiledRegexp compiled = compileGoRegexp(pattern, syntax);
  re2::StringPiece match;
  if (!compiled.re || !compiled.re->Match("ab", 0, 2, RE2::UNANCHORED, &match, 1)) return "<none>";
  return std::string(match);
}

TEST(RegexpCompile, SyntaxChoosesMatching) {
  EXPECT_EQ(leftmostMatch("a|ab", RegexpSyntax{false, false}), "a");
  EXPECT_EQ(leftmostMatch("a|ab", RegexpSyntax{false, true}), "ab");
  EXPECT_EQ(leftmostMatch("a|ab", RegexpSyntax{true, true}), "ab");
}

}  // namespace
}  // namespace golem::stdlib
