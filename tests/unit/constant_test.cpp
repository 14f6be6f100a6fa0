// Tests of compile-time constants (compiler/constant.cpp). Every expected
// rendering and value was printed by Go 1.19's go/constant (MakeFromLiteral,
// String, ExactString, BinaryOp, Shift, UnaryOp, Float64Val, Float32Val).
#include "compiler/constant.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>

namespace golem {
namespace {

using K = ConstValue::Kind;
using ast::LitKind;
using ast::Op;

const ConstValue* lit(LitKind k, const std::string& text) {
  return ConstValue::fromLiteral(k, text);
}
const ConstValue* intLit(const std::string& t) {
  return lit(LitKind::Int, t);
}
const ConstValue* floatLit(const std::string& t) {
  return lit(LitKind::Float, t);
}
const ConstValue* i64(int64_t v) {
  return ConstValue::makeInt64(v);
}
const ConstValue* bin(Op op, const ConstValue* x, const ConstValue* y, bool intDiv = false) {
  return ConstValue::binaryOp(op, x, y, intDiv);
}
const ConstValue* shl(const ConstValue* x, uint64_t n) {
  return ConstValue::shift(Op::Shl, x, n);
}

// "malformed" when the literal is rejected, else its str().
std::string show(const ConstValue* v) {
  return v ? v->str() : "malformed";
}

TEST(ConstantLiteral, IntegerForms) {
  const std::pair<const char*, const char*> cases[] = {
      {"0", "0"},
      {"42", "42"},
      {"1_000_000", "1000000"},
      {"0x_FF", "255"},
      {"0XdeadBEEF", "3735928559"},
      {"0o17", "15"},
      {"0O17", "15"},
      {"017", "15"},
      {"0b1011", "11"},
      {"0B_1", "1"},
      {"0_7", "7"},
      {"00", "0"},
      {"123456789012345678901234567890", "123456789012345678901234567890"},
  };
  for (auto [text, want] : cases) {
    const ConstValue* v = intLit(text);
    ASSERT_NE(v, nullptr) << text;
    EXPECT_EQ(v->kind(), K::Int) << text;
    EXPECT_EQ(v->str(), want) << text;
  }
}

TEST(ConstantLiteral, MalformedIntegers) {
  for (const char* text : {"08", "09", "1__0", "1_", "0x", "0b2", "0o8", "0b", "_1", "0x_", "0_x1",
                           "12a", "", "1.5", "1e3"})
    EXPECT_EQ(intLit(text), nullptr) << text;
}

TEST(ConstantLiteral, FloatForms) {
  struct Case {
    const char* text;
    const char* str;
    const char* exact;
  };
  const Case cases[] = {
      {"1.5", "1.5", "3/2"},
      {".5", "0.5", "1/2"},
      {"1.", "1", "1"},
      {"1e3", "1000", "1000"},
      {"1E-3", "0.001", "1/1000"},
      {"0.1", "0.1", "1/10"},
      {"0x1p-2", "0.25", "1/4"},
      {"0x1.8p1", "3", "3"},
      {"0X.8P+1", "1", "1"},
      {"0x_1p0", "1", "1"},
      {"1_0.2_5e1_0", "1.025e+11", "102500000000"},
      {"08.5", "8.5", "17/2"},
      {"0123.5", "123.5", "247/2"},
      {"0x1.0p0", "1", "1"},
      {"0x1p1_0", "1024", "1024"},
      {"2.5e-7", "2.5e-07", "1/4000000"},
      {"123456789.0", "1.23457e+08", "123456789"},
      {"1e6", "1e+06", "1000000"},
      {"1e5", "100000", "100000"},
      {"100000.5", "100000", "200001/2"},
      {"0.0001", "0.0001", "1/10000"},
      {"0.00001", "1e-05", "1/100000"},
      {"3.14159265358979", "3.14159", "314159265358979/100000000000000"},
  };
  for (const Case& c : cases) {
    const ConstValue* v = floatLit(c.text);
    ASSERT_NE(v, nullptr) << c.text;
    EXPECT_EQ(v->kind(), K::Float) << c.text;
    EXPECT_EQ(v->str(), c.str) << c.text;
    EXPECT_EQ(v->exactString(), c.exact) << c.text;
  }
}

TEST(ConstantLiteral, MalformedFloats) {
  for (const char* text : {"1e", "1e+", "0x1.0", "1_.5", "1._5", "0x1p", "1.5.2", "0b1.0", "0o1p2",
                           "0x.p1", "e5", ".", "1e5x"})
    EXPECT_EQ(floatLit(text), nullptr) << text;
}

TEST(ConstantLiteral, Imaginary) {
  const std::pair<const char*, const char*> cases[] = {
      {"1i", "(0 + 1i)"},     {"0123i", "(0 + 123i)"}, {"1.5i", "(0 + 1.5i)"},
      {"0x1p2i", "(0 + 4i)"}, {"0b101i", "(0 + 5i)"},  {"0o17i", "(0 + 15i)"},
      {"1e2i", "(0 + 100i)"}, {"1_0i", "(0 + 10i)"},
  };
  for (auto [text, want] : cases) {
    const ConstValue* v = lit(LitKind::Imag, text);
    ASSERT_NE(v, nullptr) << text;
    EXPECT_EQ(v->kind(), K::Complex) << text;
    EXPECT_EQ(v->str(), want) << text;
  }
  EXPECT_EQ(lit(LitKind::Imag, "i"), nullptr);
  EXPECT_EQ(lit(LitKind::Imag, "1"), nullptr);
  EXPECT_EQ(lit(LitKind::Imag, "1__0i"), nullptr);
}

TEST(ConstantLiteral, Runes) {
  const std::pair<const char*, int64_t> cases[] = {
      {"'a'", 97},
      {"'\\n'", 10},
      {"'\\x41'", 65},
      {"'\\u00e9'", 233},
      {"'\\U0001F600'", 128512},
      {"'\\377'", 255},
      {"'\\''", 39},
      {"'\xc3\xa9'", 233},
      {"'\\a'", 7},
      {"'\\\\'", 92},
      {"'\\000'", 0},
      {"'\\t'", 9},
      {"'\\v'", 11},
      {"'\\f'", 12},
      {"'\\b'", 8},
      {"'\\r'", 13},
      {"'\xf0\x9f\x98\x80'", 128512},
  };
  for (auto [text, want] : cases) {
    const ConstValue* v = lit(LitKind::Char, text);
    ASSERT_NE(v, nullptr) << text;
    EXPECT_EQ(v->kind(), K::Int) << text;
    EXPECT_EQ(v->int64Val(), want) << text;
  }
}

TEST(ConstantLiteral, MalformedRunes) {
  for (const char* text : {"'\\\"'", "'ab'", "''", "'\\400'", "'\\uD800'", "'\\U00110000'", "'\\0'",
                           "'\\x4'", "'\\q'", "'a", "a'", "'\xff'", "'\n'", "'''"})
    EXPECT_EQ(lit(LitKind::Char, text), nullptr) << text;
}

TEST(ConstantLiteral, InterpretedStrings) {
  const std::pair<const char*, std::string> cases[] = {
      {"\"hello\"", "hello"},
      {"\"a\\tb\\n\"", "a\tb\n"},
      {"\"\\xff\\x00\"", std::string("\xff\0", 2)},
      {"\"\\u00e9\\U0001F600\"", "\xc3\xa9\xf0\x9f\x98\x80"},
      {"\"\\377\"", "\xff"},
      {"\"\\\"\"", "\""},
      {"\"\\a\\b\\f\\v\\r\"", "\a\b\f\v\r"},
      {"\"\"", ""},
  };
  for (const auto& [text, want] : cases) {
    const ConstValue* v = lit(LitKind::String, text);
    ASSERT_NE(v, nullptr) << text;
    EXPECT_EQ(v->kind(), K::String);
    EXPECT_EQ(v->stringVal(), want) << text;
  }
  for (const char* bad :
       {"\"\\'\"", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\uD800\"", "\"a\"b\"", "\"\\"})
    EXPECT_EQ(lit(LitKind::String, bad), nullptr) << bad;
}

TEST(ConstantLiteral, RawStringsKeepBackslashesAndDropCarriageReturns) {
  const ConstValue* v = lit(LitKind::String, "`raw\\n`");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->stringVal(), "raw\\n");
  EXPECT_EQ(v->str(), "\"raw\\\\n\"");
  v = lit(LitKind::String, "`a\r\nb\r`");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->stringVal(), "a\nb");
  EXPECT_EQ(v->str(), "\"a\\nb\"");
  EXPECT_EQ(lit(LitKind::String, "`a`b`"), nullptr);
}

TEST(ConstantString, QuotingAsStrconvQuote) {
  auto s = [](std::string v) { return ConstValue::makeString(std::move(v))->str(); };
  EXPECT_EQ(s("hello"), "\"hello\"");
  EXPECT_EQ(s("a\tb\n"), "\"a\\tb\\n\"");
  EXPECT_EQ(s(std::string("\xff\0", 2)), "\"\\xff\\x00\"");
  EXPECT_EQ(s("\xc3\xa9\xf0\x9f\x98\x80"), "\"\xc3\xa9\xf0\x9f\x98\x80\"");
  EXPECT_EQ(s("\x7f"), "\"\\x7f\"");
  EXPECT_EQ(s("\xc2\xa0\xc2\xad\xe2\x80\x8b"), "\"\\u00a0\\u00ad\\u200b\"");
  EXPECT_EQ(s("\a\b\f\v\r"), "\"\\a\\b\\f\\v\\r\"");
  EXPECT_EQ(s("q\"\\"), "\"q\\\"\\\\\"");
}

TEST(ConstantString, LongStringsAreShortenedTo72Runes) {
  std::string as(95, 'a');
  const ConstValue* v = ConstValue::makeString(as);
  EXPECT_EQ(v->str(), "\"" + std::string(68, 'a') + "...");
  EXPECT_EQ(v->exactString(), "\"" + as + "\"");
  std::string es;
  for (int i = 0; i < 82; i++) es += "\xc3\xa9";
  std::string want = "\"";
  for (int i = 0; i < 68; i++) want += "\xc3\xa9";
  EXPECT_EQ(ConstValue::makeString(es)->str(), want + "...");
  // Exactly 70 runes inside the quotes: 72 with them, not shortened.
  std::string seventy(70, 'x');
  EXPECT_EQ(ConstValue::makeString(seventy)->str(), "\"" + seventy + "\"");
  EXPECT_EQ(ConstValue::makeString(seventy + "x")->str(), "\"" + std::string(68, 'x') + "...");
}

TEST(ConstantArith, DecimalFloatsAreExact) {
  const ConstValue* sum = bin(Op::Add, floatLit("0.1"), floatLit("0.2"));
  ASSERT_NE(sum, nullptr);
  EXPECT_TRUE(ConstValue::compare(Op::Eql, sum, floatLit("0.3")));
  EXPECT_EQ(sum->exactString(), "3/10");
  // 1/3 * 3 == 1 exactly.
  const ConstValue* third = bin(Op::Quo, i64(1), i64(3));
  EXPECT_EQ(third->kind(), K::Float);
  EXPECT_EQ(third->str(), "0.333333");
  EXPECT_EQ(third->exactString(), "1/3");
  EXPECT_TRUE(ConstValue::compare(Op::Eql, bin(Op::Mul, third, i64(3)), i64(1)));
  // 0.1 * 10 - 1 == 0
  const ConstValue* zero = bin(Op::Sub, bin(Op::Mul, floatLit("0.1"), i64(10)), i64(1));
  EXPECT_EQ(zero->sign(), 0);
}

TEST(ConstantArith, IntegerDivisionTruncates) {
  EXPECT_EQ(bin(Op::Quo, i64(-7), i64(2), true)->str(), "-3");
  EXPECT_EQ(bin(Op::Quo, i64(7), i64(-2), true)->str(), "-3");
  EXPECT_EQ(bin(Op::Rem, i64(-7), i64(2), true)->str(), "-1");
  EXPECT_EQ(bin(Op::Rem, i64(7), i64(-2), true)->str(), "1");
  EXPECT_EQ(bin(Op::Quo, i64(7), i64(2), true)->kind(), K::Int);
  EXPECT_EQ(bin(Op::Quo, i64(7), i64(2), false)->str(), "3.5");
}

TEST(ConstantArith, DivisionByZeroIsUndefined) {
  EXPECT_EQ(bin(Op::Quo, i64(1), i64(0), true), nullptr);
  EXPECT_EQ(bin(Op::Quo, i64(1), i64(0), false), nullptr);
  EXPECT_EQ(bin(Op::Rem, i64(1), i64(0), true), nullptr);
  EXPECT_EQ(bin(Op::Quo, floatLit("1.5"), floatLit("0.0")), nullptr);
  EXPECT_EQ(bin(Op::Quo, lit(LitKind::Imag, "1i"), i64(0)), nullptr);
}

TEST(ConstantArith, ShiftsFloorNegativeNumbers) {
  EXPECT_EQ(ConstValue::shift(Op::Shr, i64(-5), 1)->str(), "-3");
  EXPECT_EQ(ConstValue::shift(Op::Shr, i64(-1), 100)->str(), "-1");
  EXPECT_EQ(ConstValue::shift(Op::Shr, i64(-8), 3)->str(), "-1");
  EXPECT_EQ(ConstValue::shift(Op::Shr, i64(-9), 3)->str(), "-2");
  EXPECT_EQ(ConstValue::shift(Op::Shr, i64(5), 100)->str(), "0");
  EXPECT_EQ(shl(i64(1), 100)->str(), "1267650600228229401496703205376");
  EXPECT_EQ(shl(i64(-3), 2)->str(), "-12");
}

TEST(ConstantArith, ShiftCountLimit) {
  EXPECT_NE(shl(i64(1), 1074), nullptr);
  EXPECT_EQ(shl(i64(1), 1075), nullptr);
  EXPECT_EQ(ConstValue::shift(Op::Shr, i64(1), 1075), nullptr);
  EXPECT_EQ(shl(floatLit("1.5"), 1), nullptr);
}

TEST(ConstantArith, ComplementUsesPrecisionForUnsigned) {
  EXPECT_EQ(ConstValue::unaryOp(Op::Xor, i64(0), 8)->str(), "255");
  EXPECT_EQ(ConstValue::unaryOp(Op::Xor, i64(5), 0)->str(), "-6");
  EXPECT_EQ(ConstValue::unaryOp(Op::Xor, i64(5), 64)->str(), "18446744073709551610");
  EXPECT_EQ(ConstValue::unaryOp(Op::Xor, i64(0), 64)->uint64Val(),
            std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(ConstValue::unaryOp(Op::Xor, i64(0x0F), 16)->str(), "65520");
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, i64(5), 0)->str(), "-5");
  EXPECT_EQ(ConstValue::unaryOp(Op::Add, floatLit("1.5"), 0)->str(), "1.5");
  EXPECT_EQ(ConstValue::unaryOp(Op::Not, ConstValue::makeBool(true), 0)->boolVal(), false);
  EXPECT_EQ(ConstValue::unaryOp(Op::Xor, floatLit("1.5"), 0), nullptr);
  EXPECT_EQ(ConstValue::unaryOp(Op::Not, i64(1), 0), nullptr);
}

TEST(ConstantArith, BitwiseOnNegativesIsTwosComplement) {
  EXPECT_EQ(bin(Op::And, i64(-6), i64(3))->str(), "2");
  EXPECT_EQ(bin(Op::Or, i64(-6), i64(3))->str(), "-5");
  EXPECT_EQ(bin(Op::Xor, i64(-6), i64(3))->str(), "-7");
  EXPECT_EQ(bin(Op::AndNot, i64(-6), i64(-3))->str(), "2");
  const ConstValue* big = shl(i64(1), 100);
  EXPECT_EQ(bin(Op::And, big, i64(-1))->str(), big->str());
  EXPECT_EQ(bin(Op::AndNot, bin(Op::Or, big, i64(7)), i64(2))->exactString(),
            "1267650600228229401496703205381");
}

TEST(ConstantArith, BigIntegers) {
  const ConstValue* big = shl(i64(1), 200);
  EXPECT_EQ(big->exactString(), "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, big, 0)->str(),
            "-1606938044258990275541962092341162602522202993782792835301376");
  const ConstValue* sq = bin(Op::Mul, big, big);
  EXPECT_TRUE(ConstValue::compare(Op::Eql, sq, shl(i64(1), 400)));
  EXPECT_EQ(bin(Op::Quo, sq, big, true)->str(), big->str());
  EXPECT_EQ(bin(Op::Rem, bin(Op::Add, sq, i64(5)), big, true)->str(), "5");
  EXPECT_EQ(bin(Op::Sub, big, big)->sign(), 0);
}

TEST(ConstantRepresent, FitsIntForEveryWidth) {
  struct Width {
    int bits;
    bool isSigned;
    const char* min;
    const char* max;
  };
  const Width widths[] = {
      {8, true, "-128", "127"},
      {16, true, "-32768", "32767"},
      {32, true, "-2147483648", "2147483647"},
      {64, true, "-9223372036854775808", "9223372036854775807"},
      {8, false, "0", "255"},
      {16, false, "0", "65535"},
      {32, false, "0", "4294967295"},
      {64, false, "0", "18446744073709551615"},
  };
  for (const Width& w : widths) {
    const ConstValue* min = intLit(w.min[0] == '-' ? w.min + 1 : w.min);
    if (w.min[0] == '-') min = ConstValue::unaryOp(Op::Sub, min, 0);
    const ConstValue* max = intLit(w.max);
    ASSERT_NE(min, nullptr);
    ASSERT_NE(max, nullptr);
    EXPECT_TRUE(min->fitsInt(w.bits, w.isSigned)) << w.bits << w.isSigned;
    EXPECT_TRUE(max->fitsInt(w.bits, w.isSigned)) << w.bits << w.isSigned;
    EXPECT_FALSE(bin(Op::Sub, min, i64(1))->fitsInt(w.bits, w.isSigned)) << w.bits << w.isSigned;
    EXPECT_FALSE(bin(Op::Add, max, i64(1))->fitsInt(w.bits, w.isSigned)) << w.bits << w.isSigned;
  }
  EXPECT_TRUE(floatLit("255.0")->fitsInt(8, false));
  EXPECT_FALSE(floatLit("255.5")->fitsInt(8, false));
  EXPECT_FALSE(floatLit("1e100")->fitsInt(64, true));
}

TEST(ConstantRepresent, MachineValuesAreTwosComplement) {
  EXPECT_EQ(i64(-1)->uint64Val(), std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(i64(std::numeric_limits<int64_t>::min())->int64Val(),
            std::numeric_limits<int64_t>::min());
  EXPECT_EQ(ConstValue::makeUint64(std::numeric_limits<uint64_t>::max())->str(),
            "18446744073709551615");
  EXPECT_EQ(i64(std::numeric_limits<int64_t>::min())->str(), "-9223372036854775808");
  EXPECT_EQ(floatLit("3.0")->int64Val(), 3);
  EXPECT_EQ(floatLit("1e3")->uint64Val(), 1000u);
  // Non-integers truncate toward zero, as a conversion does.
  EXPECT_EQ(floatLit("2.75")->int64Val(), 2);
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, floatLit("2.75"), 0)->int64Val(), -2);
  EXPECT_EQ(floatLit("0.5")->int64Val(), 0);
  EXPECT_EQ(floatLit("0x1p70")->uint64Val(), 0u);  // low 64 bits of 2^70
  EXPECT_EQ(floatLit("0x1.8p64")->uint64Val(), 1ull << 63);
}

TEST(ConstantRepresent, Float64RoundsHalfToEven) {
  const ConstValue* p53 = shl(i64(1), 53);
  EXPECT_EQ(bin(Op::Add, p53, i64(1))->float64Val(), 9007199254740992.0);
  EXPECT_EQ(bin(Op::Add, p53, i64(3))->float64Val(), 9007199254740996.0);
  EXPECT_EQ(bin(Op::Add, p53, i64(2))->float64Val(), 9007199254740994.0);
  // Just above the halfway point rounds up.
  const ConstValue* justAbove = bin(Op::Add, bin(Op::Add, p53, i64(1)), floatLit("0.001"));
  EXPECT_EQ(justAbove->float64Val(), 9007199254740994.0);
  EXPECT_EQ(floatLit("0.1")->float64Val(), 0.1);
  EXPECT_EQ(floatLit("3.14159265358979")->float64Val(), 3.14159265358979);
  EXPECT_EQ(floatLit("2.2250738585072014e-308")->float64Val(), 2.2250738585072014e-308);
  const ConstValue* rounded = bin(Op::Add, p53, i64(1))->roundFloat64();
  ASSERT_NE(rounded, nullptr);
  EXPECT_TRUE(ConstValue::compare(Op::Eql, rounded, p53));
}

TEST(ConstantRepresent, Float32Rounding) {
  float f = floatLit("0.1")->float32Val();
  uint32_t bits;
  std::memcpy(&bits, &f, 4);
  EXPECT_EQ(bits, 0x3dcccccdu);
  EXPECT_EQ(bin(Op::Add, shl(i64(1), 24), i64(1))->float32Val(), 16777216.0f);
  EXPECT_EQ(bin(Op::Add, shl(i64(1), 24), i64(3))->float32Val(), 16777220.0f);
  EXPECT_TRUE(floatLit("3.4028234663852886e38")->fitsFloat32());
  EXPECT_FALSE(floatLit("1e39")->fitsFloat32());
  EXPECT_TRUE(floatLit("1e39")->fitsFloat64());
  const ConstValue* r = floatLit("0.1")->roundFloat32();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->float64Val(), static_cast<double>(0.1f));
  EXPECT_EQ(floatLit("1e39")->roundFloat32(), nullptr);
}

TEST(ConstantRepresent, Float64Range) {
  const ConstValue* max = ConstValue::makeFloat64(std::numeric_limits<double>::max());
  EXPECT_TRUE(max->fitsFloat64());
  EXPECT_EQ(max->float64Val(), std::numeric_limits<double>::max());
  EXPECT_EQ(max->str(), "1.79769e+308");
  EXPECT_TRUE(floatLit("1.7976931348623157e308")->fitsFloat64());
  EXPECT_FALSE(floatLit("1e309")->fitsFloat64());
  EXPECT_FALSE(floatLit("2e308")->fitsFloat64());
  EXPECT_EQ(floatLit("2e308")->str(), "2e+308");
  // MaxFloat64 + half an ulp rounds (to even) to infinity; a hair less does not.
  EXPECT_FALSE(floatLit("0x1.fffffffffffff8p1023")->fitsFloat64());
  EXPECT_TRUE(floatLit("0x1.fffffffffffff7ffp1023")->fitsFloat64());
  EXPECT_EQ(floatLit("0x1.fffffffffffff7ffp1023")->float64Val(),
            std::numeric_limits<double>::max());
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, floatLit("1e309"), 0)->float64Val(), -HUGE_VAL);
}

TEST(ConstantRepresent, Subnormals) {
  EXPECT_EQ(floatLit("0x1p-1074")->float64Val(), 4.9406564584124654e-324);
  EXPECT_EQ(floatLit("0x1p-1074")->str(), "4.94066e-324");
  EXPECT_EQ(floatLit("0x1p-1075")->float64Val(), 0.0);  // halfway to 0: even
  EXPECT_EQ(floatLit("0x1.8p-1075")->float64Val(), 4.9406564584124654e-324);
  EXPECT_EQ(floatLit("4.9406564584124654e-324")->float64Val(), 4.9406564584124654e-324);
  EXPECT_EQ(floatLit("1e-320")->str(), "9.99989e-321");
  EXPECT_TRUE(floatLit("1e-400")->fitsFloat64());  // underflows to 0, which is representable
  EXPECT_EQ(floatLit("1e-400")->str(), "1e-400");
}

TEST(ConstantString, FloatsPrintLikeGoConstantString) {
  const std::pair<const char*, const char*> cases[] = {
      {"1e-7", "1e-07"},
      {"1.0000001", "1"},
      {"123456.5", "123456"},
      {"1234567.5", "1.23457e+06"},
      {"0.000012345", "1.2345e-05"},
      {"1e21", "1e+21"},
      {"100", "100"},
      {"1e300", "1e+300"},
      {"1e-300", "1e-300"},
      {"1e+100", "1e+100"},
      {"1e1000", "1e+1000"},
      {"0.5", "0.5"},
  };
  for (auto [text, want] : cases) EXPECT_EQ(show(floatLit(text)), want) << text;
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, floatLit("2.5"), 0)->str(), "-2.5");
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, floatLit("1e1000"), 0)->str(), "-1e+1000");
  EXPECT_EQ(bin(Op::Mul, floatLit("1e1000"), floatLit("1e1000"))->str(), "1e+2000");
}

TEST(ConstantHuge, LargeExponentsStayExactOrBounded) {
  auto start = std::chrono::steady_clock::now();
  const ConstValue* big = floatLit("1e100000");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->kind(), K::Float);
  EXPECT_EQ(big->str(), "1e+100000");
  EXPECT_EQ(floatLit("1e-100000")->str(), "1e-100000");
  const ConstValue* ten = bin(Op::Quo, big, floatLit("1e99999"));
  EXPECT_EQ(ten->str(), "10");
  const ConstValue* asInt = ten->toInt();
  ASSERT_NE(asInt, nullptr);
  EXPECT_EQ(asInt->str(), "10");
  const ConstValue* r1000 = bin(Op::Quo, floatLit("1e1000"), floatLit("1e999"));
  EXPECT_EQ(r1000->toInt()->str(), "10");
  const ConstValue* squared = bin(Op::Mul, big, big);
  EXPECT_EQ(squared->str(), "1e+200000");
  EXPECT_FALSE(big->fitsFloat64());
  EXPECT_FALSE(big->fitsInt(64, true));
  EXPECT_EQ(floatLit("0x1p-1000000")->sign(), 1);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 5);
}

TEST(ConstantHuge, OutOfRangeLiteralsOverflowOrUnderflow) {
  auto start = std::chrono::steady_clock::now();
  for (const char* text :
       {"1e1000000000", "1e10000000000", "0x1p3000000000", "1e99999999999999999999999"}) {
    const ConstValue* v = floatLit(text);
    ASSERT_NE(v, nullptr) << text;
    EXPECT_EQ(v->kind(), K::Unknown) << text;
  }
  const ConstValue* tiny = floatLit("1e-1000000000");
  ASSERT_NE(tiny, nullptr);
  EXPECT_EQ(tiny->kind(), K::Float);
  EXPECT_EQ(tiny->sign(), 0);
  // Unknown propagates through arithmetic.
  EXPECT_EQ(bin(Op::Add, floatLit("1e1000000000"), i64(1))->kind(), K::Unknown);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 5);
}

TEST(ConstantConvert, ToIntAndToFloat) {
  EXPECT_EQ(floatLit("2.0")->toInt()->str(), "2");
  EXPECT_EQ(floatLit("2.0")->toInt()->kind(), K::Int);
  EXPECT_EQ(floatLit("2.5")->toInt(), nullptr);
  EXPECT_EQ(floatLit("1e20")->toInt()->str(), "100000000000000000000");
  EXPECT_EQ(i64(3)->toFloat()->kind(), K::Float);
  EXPECT_EQ(i64(3)->toFloat()->str(), "3");
  EXPECT_EQ(ConstValue::makeString("x")->toInt(), nullptr);
  EXPECT_EQ(bin(Op::Add, lit(LitKind::Imag, "0i"), i64(4))->toInt()->str(), "4");
  EXPECT_EQ(lit(LitKind::Imag, "1i")->toFloat(), nullptr);
}

TEST(ConstantConvert, MakeFloat64RoundTrips) {
  for (double d : {0.1, -2.5, 1e300, 5e-324, 123456789.125, std::numeric_limits<double>::max()}) {
    const ConstValue* v = ConstValue::makeFloat64(d);
    EXPECT_EQ(v->kind(), K::Float);
    EXPECT_EQ(v->float64Val(), d);
  }
  EXPECT_EQ(ConstValue::makeFloat64(std::nan(""))->kind(), K::Unknown);
  EXPECT_EQ(ConstValue::makeFloat64(HUGE_VAL)->kind(), K::Unknown);
  EXPECT_EQ(ConstValue::makeFloat64(-0.0)->sign(), 0);
  EXPECT_EQ(ConstValue::makeFloat64(0.1)->exactString(), "3602879701896397/36028797018963968");
}

TEST(ConstantCompare, MixedKindsAndStrings) {
  EXPECT_TRUE(ConstValue::compare(Op::Eql, i64(2), floatLit("2.0")));
  EXPECT_TRUE(ConstValue::compare(Op::Lss, i64(2), floatLit("2.5")));
  EXPECT_TRUE(
      ConstValue::compare(Op::Gtr, ConstValue::unaryOp(Op::Sub, floatLit("0.5"), 0), i64(-1)));
  EXPECT_TRUE(ConstValue::compare(Op::Leq, floatLit("1e1000"), floatLit("1e1000")));
  EXPECT_TRUE(ConstValue::compare(Op::Lss, floatLit("1e-1000"), floatLit("1e-999")));
  EXPECT_TRUE(
      ConstValue::compare(Op::Lss, ConstValue::makeString("abc"), ConstValue::makeString("abd")));
  EXPECT_TRUE(
      ConstValue::compare(Op::Gtr, ConstValue::makeString("\xff"), ConstValue::makeString("a")));
  EXPECT_TRUE(
      ConstValue::compare(Op::Neq, ConstValue::makeBool(true), ConstValue::makeBool(false)));
  EXPECT_FALSE(ConstValue::compare(Op::Eql, ConstValue::makeUnknown(), ConstValue::makeUnknown()));
  const ConstValue* r = bin(Op::Lss, i64(1), i64(2));
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->kind(), K::Bool);
  EXPECT_TRUE(r->boolVal());
}

TEST(ConstantArith, StringsBoolsAndMismatches) {
  const ConstValue* s = bin(Op::Add, ConstValue::makeString("foo"), ConstValue::makeString("bar"));
  EXPECT_EQ(s->stringVal(), "foobar");
  EXPECT_EQ(bin(Op::Sub, ConstValue::makeString("a"), ConstValue::makeString("b")), nullptr);
  EXPECT_EQ(bin(Op::LAnd, ConstValue::makeBool(true), ConstValue::makeBool(false))->boolVal(),
            false);
  EXPECT_EQ(bin(Op::LOr, ConstValue::makeBool(true), ConstValue::makeBool(false))->boolVal(), true);
  EXPECT_EQ(bin(Op::Add, ConstValue::makeBool(true), i64(1)), nullptr);
  EXPECT_EQ(bin(Op::Add, ConstValue::makeString("a"), i64(1)), nullptr);
  EXPECT_EQ(bin(Op::Rem, floatLit("1.5"), i64(1)), nullptr);
  EXPECT_EQ(bin(Op::And, floatLit("1.5"), i64(1)), nullptr);
  EXPECT_EQ(bin(Op::Add, ConstValue::makeUnknown(), i64(1))->kind(), K::Unknown);
  EXPECT_EQ(ConstValue::makeUnknown()->str(), "unknown");
  EXPECT_EQ(ConstValue::makeBool(true)->str(), "true");
}

TEST(ConstantArith, IntPlusFloatIsFloat) {
  const ConstValue* v = bin(Op::Add, i64(1), floatLit("0.5"));
  EXPECT_EQ(v->kind(), K::Float);
  EXPECT_EQ(v->str(), "1.5");
  EXPECT_EQ(bin(Op::Mul, floatLit("0.5"), i64(4))->kind(), K::Float);
  EXPECT_EQ(bin(Op::Mul, floatLit("0.5"), i64(4))->str(), "2");
}

TEST(ConstantArith, Complex) {
  EXPECT_EQ(bin(Op::Mul, lit(LitKind::Imag, "2i"), lit(LitKind::Imag, "3i"))->str(), "(-6 + 0i)");
  EXPECT_EQ(bin(Op::Add, i64(1), lit(LitKind::Imag, "1.5i"))->str(), "(1 + 1.5i)");
  const ConstValue* q =
      bin(Op::Quo, bin(Op::Add, i64(1), lit(LitKind::Imag, "1i")), lit(LitKind::Imag, "1i"));
  EXPECT_EQ(q->str(), "(1 + -1i)");
  EXPECT_TRUE(ConstValue::compare(
      Op::Eql, bin(Op::Sub, lit(LitKind::Imag, "1i"), lit(LitKind::Imag, "1i")), i64(0)));
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, lit(LitKind::Imag, "2i"), 0)->str(), "(0 + -2i)");
}

TEST(ConstantArith, SignOfValues) {
  EXPECT_EQ(i64(-3)->sign(), -1);
  EXPECT_EQ(i64(0)->sign(), 0);
  EXPECT_EQ(floatLit("0.001")->sign(), 1);
  EXPECT_EQ(ConstValue::unaryOp(Op::Sub, floatLit("1e-1000"), 0)->sign(), -1);
  EXPECT_NE(lit(LitKind::Imag, "1i")->sign(), 0);
}

TEST(ConstantString, ExactStringTellsApartWhatStrConflates) {
  // str() rounds to 6 digits and cuts long strings; exactString() does not,
  // so it can key duplicate detection (map literal keys, switch cases).
  EXPECT_EQ(floatLit("1.0000001")->str(), floatLit("1.0000002")->str());
  EXPECT_NE(floatLit("1.0000001")->exactString(), floatLit("1.0000002")->exactString());
  EXPECT_EQ(floatLit("1.0000001")->exactString(), "10000001/10000000");
  std::string a(100, 'a'), b = std::string(99, 'a') + "b";
  EXPECT_EQ(ConstValue::makeString(a)->str(), ConstValue::makeString(b)->str());
  EXPECT_NE(ConstValue::makeString(a)->exactString(), ConstValue::makeString(b)->exactString());
  EXPECT_EQ(shl(i64(1), 100)->exactString(), "1267650600228229401496703205376");
  EXPECT_EQ(ConstValue::makeBool(false)->exactString(), "false");
}

}  // namespace
}  // namespace golem
