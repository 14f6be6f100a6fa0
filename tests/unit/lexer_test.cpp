// Tests of the Go lexer: automatic semicolons, literals, positions and the
// lexical errors. Expected error texts and positions were produced by
// Go 1.19 (`go build` on the same input).
#include "compiler/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace golem {
namespace {

// "kind:text" for each token, "; " separated, EOF left out. Semicolons show
// why they are there: ";newline", ";EOF", ";semicolon".
std::string describe(std::string_view src, std::vector<std::string>* errors = nullptr) {
  std::string out;
  for (const Token& t : tokenize(src, errors)) {
    if (t.tok == Tok::EOF_) break;
    if (!out.empty()) out += " ";
    switch (t.tok) {
      case Tok::Name: out += t.lit; break;
      case Tok::Literal: out += "L(" + t.lit + ")"; break;
      case Tok::Semi: out += ";" + t.lit; break;
      case Tok::Operator:
      case Tok::AssignOp:
      case Tok::IncOp: out += std::string(tokenSpelling(t.tok)) + "(" + opSpelling(t.op) + ")"; break;
      default: out += tokenSpelling(t.tok); break;
    }
  }
  return out;
}

std::vector<std::string> errorsOf(std::string_view src) {
  std::vector<std::string> errors;
  tokenize(src, &errors);
  return errors;
}

TEST(Lexer, SemicolonAfterLineFinalTokens) {
  EXPECT_EQ(describe("x\n1\n\"s\"\n)\n]\n}\nx++\ny--\n"),
            "x ;newline L(1) ;newline L(\"s\") ;newline ) ;newline ] ;newline } ;newline "
            "x opop(+) ;newline y opop(-) ;newline");
  EXPECT_EQ(describe("break\ncontinue\nfallthrough\nreturn\n"),
            "break ;newline continue ;newline fallthrough ;newline return ;newline");
}

TEST(Lexer, NoSemicolonAfterOtherTokens) {
  EXPECT_EQ(describe("x +\ny\n"), "x op(+) y ;newline");
  EXPECT_EQ(describe("f(\n{\n,\nif\nfunc\n"), "f ( { , if func");
  EXPECT_EQ(describe("\n\n\n"), "");
}

TEST(Lexer, SemicolonAtEndOfFile) {
  EXPECT_EQ(describe("x"), "x ;EOF");
  EXPECT_EQ(describe("x;y"), "x ;semicolon y ;EOF");
}

TEST(Lexer, CommentsAndSemicolons) {
  EXPECT_EQ(describe("x // comment\ny"), "x ;newline y ;EOF");
  EXPECT_EQ(describe("x /* same line */ y"), "x y ;EOF");
  EXPECT_EQ(describe("x /* spans\nlines */ y"), "x ;newline y ;EOF");
  EXPECT_EQ(describe("x // at EOF"), "x ;EOF");
  EXPECT_EQ(describe("+ /*\n*/ y"), "op(+) y ;EOF");
}

TEST(Lexer, PositionsAreOneBasedByteColumns) {
  auto tokens = tokenize("package main\n\tx := \"é\" + y\n", nullptr);
  ASSERT_GE(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].line, 1);
  EXPECT_EQ(tokens[0].col, 1);
  EXPECT_EQ(tokens[1].col, 9);   // main
  EXPECT_EQ(tokens[2].col, 13);  // newline semicolon at the '\n'
  EXPECT_EQ(tokens[3].line, 2);
  EXPECT_EQ(tokens[3].col, 2);   // x after a tab
  EXPECT_EQ(tokens[4].col, 4);   // :=
  EXPECT_EQ(tokens[5].col, 7);   // "é"
  EXPECT_EQ(tokens[6].col, 12);  // + ("é" is 4 bytes)
  EXPECT_EQ(tokens[7].col, 14);
}

TEST(Lexer, MultiLineCommentSemicolonIsAtComment) {
  auto tokens = tokenize("x /*\n*/", nullptr);
  ASSERT_GE(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].tok, Tok::Semi);
  EXPECT_EQ(tokens[1].line, 1);
  EXPECT_EQ(tokens[1].col, 3);
}

TEST(Lexer, Operators) {
  EXPECT_EQ(describe("+ - * / % & | ^ << >> &^ && || == != < <= > >= ! ~"),
            "op(+) op(-) * op(/) op(%) op(&) op(|) op(^) op(<<) op(>>) op(&^) op(&&) op(||) "
            "op(==) op(!=) op(<) op(<=) op(>) op(>=) op(!) op(~)");
  EXPECT_EQ(describe("+= -= *= /= %= &= |= ^= <<= >>= &^="),
            "op=(+) op=(-) op=(*) op=(/) op=(%) op=(&) op=(|) op=(^) op=(<<) op=(>>) op=(&^)");
  EXPECT_EQ(describe("<- := = : . ... .. ( ) [ ] { } , ;"),
            "<- := = : . ... . . ( ) [ ] { } , ;semicolon");
}

TEST(Lexer, Precedences) {
  auto tokens = tokenize("|| && == + * <<", nullptr);
  EXPECT_EQ(tokens[0].prec, kPrecOrOr);
  EXPECT_EQ(tokens[1].prec, kPrecAndAnd);
  EXPECT_EQ(tokens[2].prec, kPrecCmp);
  EXPECT_EQ(tokens[3].prec, kPrecAdd);
  EXPECT_EQ(tokens[4].prec, kPrecMul);
  EXPECT_EQ(tokens[5].prec, kPrecMul);
}

TEST(Lexer, Keywords) {
  EXPECT_EQ(describe("break case chan const continue default defer else fallthrough for func go goto if "
                     "import interface map package range return select struct switch type var"),
            "break case chan const continue default defer else fallthrough for func go goto if "
            "import interface map package range return select struct switch type var");
  EXPECT_EQ(describe("iff _x x1"), "iff _x x1 ;EOF");
}

TEST(Lexer, ValidNumbers) {
  struct Case {
    const char* text;
    ast::LitKind kind;
  } cases[] = {
      {"0", ast::LitKind::Int},        {"42", ast::LitKind::Int},       {"0x1F", ast::LitKind::Int},
      {"0XaB", ast::LitKind::Int},     {"0o17", ast::LitKind::Int},     {"0O17", ast::LitKind::Int},
      {"0b1010", ast::LitKind::Int},   {"017", ast::LitKind::Int},      {"1_000_000", ast::LitKind::Int},
      {"0x_FF", ast::LitKind::Int},    {"0_17", ast::LitKind::Int},     {"1.5", ast::LitKind::Float},
      {".5", ast::LitKind::Float},     {"1.", ast::LitKind::Float},     {"1e10", ast::LitKind::Float},
      {"1E-3", ast::LitKind::Float},   {"0x1p-2", ast::LitKind::Float}, {"0X1.8P+3", ast::LitKind::Float},
      {"09.5", ast::LitKind::Float},   {"089e1", ast::LitKind::Float},  {"1i", ast::LitKind::Imag},
      {"1.5e+3i", ast::LitKind::Imag}, {"0x1p3i", ast::LitKind::Imag},  {"0i", ast::LitKind::Imag},
  };
  for (const Case& c : cases) {
    std::vector<std::string> errors;
    auto tokens = tokenize(c.text, &errors);
    EXPECT_TRUE(errors.empty()) << c.text << ": " << (errors.empty() ? "" : errors[0]);
    ASSERT_EQ(tokens[0].tok, Tok::Literal) << c.text;
    EXPECT_EQ(tokens[0].lit, c.text);
    EXPECT_EQ(tokens[0].litKind, c.kind) << c.text;
    EXPECT_FALSE(tokens[0].bad);
    EXPECT_EQ(tokens[1].tok, Tok::Semi) << c.text;
  }
}

TEST(Lexer, NumberErrors) {
  // Columns are relative to "_ = " at column 1, so literals start at column 5.
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"_ = 0o8", "1:7: invalid digit '8' in octal literal"},
      {"_ = 08", "1:6: invalid digit '8' in octal literal"},
      {"_ = 0b102", "1:9: invalid digit '2' in binary literal"},
      {"_ = 0x", "1:7: hexadecimal literal has no digits"},
      {"_ = 1e", "1:7: exponent has no digits"},
      {"_ = 0x1p", "1:9: exponent has no digits"},
      {"_ = 0o1.5", "1:8: invalid radix point in octal literal"},
      {"_ = 0b1e3", "1:8: 'e' exponent requires decimal mantissa"},
      {"_ = 1p3", "1:6: 'p' exponent requires hexadecimal mantissa"},
      {"_ = 1_", "1:6: '_' must separate successive digits"},
      {"_ = 0__1", "1:7: '_' must separate successive digits"},
      {"_ = 1__0", "1:7: '_' must separate successive digits"},
      {"_ = 0x1.0", "1:10: hexadecimal mantissa requires a 'p' exponent"},
  };
  for (const Case& c : cases) {
    auto errors = errorsOf(c.text);
    ASSERT_FALSE(errors.empty()) << c.text;
    EXPECT_EQ(errors[0], c.error) << c.text;
    auto tokens = tokenize(c.text, nullptr);
    EXPECT_TRUE(tokens[2].bad) << c.text;
  }
}

TEST(Lexer, StringsAndRunesKeepSourceText) {
  EXPECT_EQ(describe(R"("a\n\"b\"" `raw\n` 'x' '\'' '\u00e9' "\xff\377")"),
            R"(L("a\n\"b\"") L(`raw\n`) L('x') L('\'') L('\u00e9') L("\xff\377") ;EOF)");
  auto tokens = tokenize("`multi\nline` x", nullptr);
  EXPECT_EQ(tokens[0].lit, "`multi\nline`");
  EXPECT_EQ(tokens[1].line, 2);
  EXPECT_EQ(tokens[1].col, 7);
}

TEST(Lexer, StringAndRuneErrors) {
  EXPECT_EQ(errorsOf("x := \"abc\ny"), std::vector<std::string>{"1:10: newline in string"});
  EXPECT_EQ(errorsOf("x := \"abc"), std::vector<std::string>{"1:6: string not terminated"});
  EXPECT_EQ(errorsOf("x := `abc"), std::vector<std::string>{"1:6: string not terminated"});
  EXPECT_EQ(errorsOf("x := 'ab'"), std::vector<std::string>{"1:6: more than one character in rune literal"});
  EXPECT_EQ(errorsOf("x := ''"), std::vector<std::string>{"1:7: empty rune literal or unescaped '"});
  EXPECT_EQ(errorsOf("x := 'a"), std::vector<std::string>{"1:6: rune literal not terminated"});
  EXPECT_EQ(errorsOf("x := 'a\n'"), (std::vector<std::string>{"1:8: newline in rune literal",
                                                              "2:1: rune literal not terminated"}));
  EXPECT_EQ(errorsOf("x := '\\q'"), std::vector<std::string>{"1:8: unknown escape"});
  EXPECT_EQ(errorsOf("x := '\\400'"), std::vector<std::string>{"1:11: octal escape value 256 > 255"});
  EXPECT_EQ(errorsOf("x := \"\\xZZ\""), std::vector<std::string>{"1:9: invalid character 'Z' in hexadecimal escape"});
  EXPECT_EQ(errorsOf("x := \"\\uD800\""),
            std::vector<std::string>{"1:13: escape is invalid Unicode code point U+D800"});
}

TEST(Lexer, CommentNotTerminated) {
  EXPECT_EQ(errorsOf("x /* abc\n"), std::vector<std::string>{"1:3: comment not terminated"});
}

TEST(Lexer, InvalidCharacters) {
  EXPECT_EQ(errorsOf("x := @"), std::vector<std::string>{"1:6: invalid character U+0040 '@'"});
  EXPECT_EQ(errorsOf("a # b"), std::vector<std::string>{"1:3: invalid character U+0023 '#'"});
  EXPECT_EQ(errorsOf("x := 1 \xe2\x82\xac 2"), std::vector<std::string>{"1:8: invalid character U+20AC '€' in identifier"});
  EXPECT_EQ(errorsOf("a\xc2\xa0" "b"), std::vector<std::string>{"1:2: invalid character U+00A0 in identifier"});
  EXPECT_EQ(errorsOf("x := \"\xff\""), std::vector<std::string>{"1:7: invalid UTF-8 encoding"});
  EXPECT_EQ(errorsOf(std::string_view("x\0y", 3)), std::vector<std::string>{"1:2: invalid NUL character"});
  EXPECT_EQ(errorsOf("x\n\xef\xbb\xbfy"), std::vector<std::string>{"2:1: invalid BOM in the middle of the file"});
  EXPECT_TRUE(errorsOf("\xef\xbb\xbfpackage p").empty());
  EXPECT_EQ(errorsOf("\xd9\xa1x"), std::vector<std::string>{"1:1: identifier cannot begin with digit U+0661 '١'"});
}

TEST(Lexer, UnicodeIdentifiers) {
  std::vector<std::string> errors;
  EXPECT_EQ(describe("π := 日本語 + ñ_1", &errors), "π := 日本語 op(+) ñ_1 ;EOF");
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(isUnicodeLetter(U'é'));
  EXPECT_TRUE(isUnicodeLetter(U'Ж'));
  EXPECT_FALSE(isUnicodeLetter(U'€'));
  EXPECT_TRUE(isUnicodeDigit(U'٣'));
  EXPECT_FALSE(isUnicodeDigit(U'x'));
}

TEST(Lexer, ShebangLineIsSkipped) {
  std::vector<std::string> errors;
  auto tokens = tokenize("#!/usr/bin/env golem\npackage main\n", &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(tokens[0].tok, Tok::Package);
  EXPECT_EQ(tokens[0].line, 2);
  EXPECT_EQ(tokens[0].col, 1);
}

TEST(Lexer, FormatRuneU) {
  EXPECT_EQ(formatRuneU('@'), "U+0040 '@'");
  EXPECT_EQ(formatRuneU(0x7f), "U+007F");
  EXPECT_EQ(formatRuneU(0x1F600), "U+1F600 '😀'");
  EXPECT_EQ(formatRuneU(0x200B), "U+200B");
}

TEST(Lexer, SkipToEndStopsAtEOF) {
  Lexer lexer("a b c d", [](int32_t, int32_t, const std::string&) {});
  lexer.next();
  EXPECT_EQ(lexer.token().tok, Tok::Name);
  lexer.skipToEnd();
  EXPECT_EQ(lexer.token().tok, Tok::EOF_);
  lexer.next();
  EXPECT_EQ(lexer.token().tok, Tok::EOF_);
}

TEST(Lexer, AlwaysTerminatesOnGarbage) {
  std::string garbage;
  uint32_t state = 12345;
  for (int i = 0; i < 20000; i++) {
    state = state * 1103515245 + 12345;
    garbage += static_cast<char>(state >> 16);
  }
  auto tokens = tokenize(garbage, nullptr);
  EXPECT_EQ(tokens.back().tok, Tok::EOF_);
  EXPECT_LE(tokens.size(), garbage.size() + 2);
}

}  // namespace
}  // namespace golem
