// Unit tests of UTF-8 (runtime/utf8.h), string operations
// (runtime/string.h) and the predeclared type descriptors (runtime/type.h).
// Expected bytes, runes and capacities were printed by Go 1.19.8: string(r)
// for each rune, a for-range over invalid inputs, utf8.RuneCountInString,
// []rune(s) and string([]rune{...}), and len/cap of []byte(s) and []rune(s)
// for a non-constant, escaping s.
#include "runtime/string.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/utf8.h"

namespace golem::rt {
namespace {

String str(const std::string& s) {
  return String{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
}
std::string bytesOf(String s) { return std::string(asStringView(s)); }

// ---- UTF-8 ----

// (position, rune) pairs of `for i, r := range s`.
std::vector<std::pair<int64_t, int32_t>> rangeOver(const std::string& s) {
  std::vector<std::pair<int64_t, int32_t>> out;
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    DecodedRune d = decodeRune(p + i, n - i);
    out.emplace_back(i, d.rune);
    i += d.width;
  }
  return out;
}

using Ranged = std::vector<std::pair<int64_t, int32_t>>;

TEST(Utf8, DecodesValidSequences) {
  EXPECT_EQ(rangeOver("a\xe2\x82\xac" "b"), (Ranged{{0, 'a'}, {1, 0x20AC}, {4, 'b'}}));
  EXPECT_EQ(rangeOver("\xf0\x9f\x98\x80"), (Ranged{{0, 0x1F600}}));
  EXPECT_EQ(rangeOver("\xef\xbf\xbd"), (Ranged{{0, 0xFFFD}}));
  EXPECT_EQ(rangeOver("\xed\x9f\xbf"), (Ranged{{0, 0xD7FF}}));
  EXPECT_EQ(rangeOver("\xee\x80\x80"), (Ranged{{0, 0xE000}}));
  EXPECT_EQ(rangeOver("\xf4\x8f\xbf\xbf"), (Ranged{{0, 0x10FFFF}}));
  EXPECT_EQ(rangeOver("\xc2\x80"), (Ranged{{0, 0x80}}));
}

TEST(Utf8, InvalidBytesDecodeAsRuneErrorOfWidthOne) {
  EXPECT_EQ(rangeOver("\xc0\x80"), (Ranged{{0, 0xFFFD}, {1, 0xFFFD}}));              // overlong
  EXPECT_EQ(rangeOver("\xc1\xbf"), (Ranged{{0, 0xFFFD}, {1, 0xFFFD}}));              // overlong
  EXPECT_EQ(rangeOver("\xe0\x80\x80"), (Ranged{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}}));
  EXPECT_EQ(rangeOver("\xed\xa0\x80"), (Ranged{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}}));  // surrogate
  EXPECT_EQ(rangeOver("\xf0\x8f\xbf\xbf"),
            (Ranged{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}, {3, 0xFFFD}}));  // overlong
  EXPECT_EQ(rangeOver("\xf4\x90\x80\x80"),
            (Ranged{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}, {3, 0xFFFD}}));  // > U+10FFFF
  EXPECT_EQ(rangeOver("\xf5\x80\x80\x80"),
            (Ranged{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}, {3, 0xFFFD}}));
  EXPECT_EQ(rangeOver("\x80"), (Ranged{{0, 0xFFFD}}));
  EXPECT_EQ(rangeOver("\xe2\x82"), (Ranged{{0, 0xFFFD}, {1, 0xFFFD}}));  // truncated
  EXPECT_EQ(rangeOver("\xff\xfe"), (Ranged{{0, 0xFFFD}, {1, 0xFFFD}}));
  EXPECT_EQ(rangeOver("\xc2"), (Ranged{{0, 0xFFFD}}));
}

TEST(Utf8, DecodingNothingGivesWidthZero) {
  DecodedRune d = decodeRune(nullptr, 0);
  EXPECT_EQ(d.rune, kRuneError);
  EXPECT_EQ(d.width, 0);
}

TEST(Utf8, EncodeMatchesGo) {
  // string(rune(v)) from Go, as hex bytes.
  const std::pair<int32_t, std::string> cases[] = {
      {65, "A"},
      {-1, "\xef\xbf\xbd"},
      {0xD800, "\xef\xbf\xbd"},
      {0xDFFF, "\xef\xbf\xbd"},
      {0x10FFFF, "\xf4\x8f\xbf\xbf"},
      {0x110000, "\xef\xbf\xbd"},
      {0xE9, "\xc3\xa9"},
      {0x20AC, "\xe2\x82\xac"},
      {0x1F600, "\xf0\x9f\x98\x80"},
      {0x7F, "\x7f"},
      {0x80, "\xc2\x80"},
      {0x7FF, "\xdf\xbf"},
      {0x800, "\xe0\xa0\x80"},
      {0xFFFF, "\xef\xbf\xbf"},
      {0x10000, "\xf0\x90\x80\x80"},
  };
  for (const auto& [r, expected] : cases) {
    uint8_t buf[kUTFMax];
    int n = encodeRune(buf, r);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(buf), n), expected) << r;
    EXPECT_EQ(encodedRuneLength(r), n) << r;
  }
}

TEST(Utf8, CountRunes) {
  auto count = [](const std::string& s) {
    return countRunes(reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()));
  };
  EXPECT_EQ(count(""), 0);
  EXPECT_EQ(count("h\xc3\xa9llo"), 5);
  EXPECT_EQ(count("\xe0\x80\x80"), 3);
  EXPECT_EQ(count("\xf4\x90\x80\x80"), 4);
  EXPECT_EQ(count("a\xe2\x82\xac" "b"), 3);
  EXPECT_EQ(count("\xe2\x82"), 2);
}

TEST(Utf8, RoundTripsEveryValidRune) {
  for (int32_t r = 0; r <= kMaxRune; r++) {
    if (!isValidRune(r)) continue;
    uint8_t buf[kUTFMax];
    int n = encodeRune(buf, r);
    DecodedRune d = decodeRune(buf, n);
    ASSERT_EQ(d.rune, r);
    ASSERT_EQ(d.width, n);
  }
}

// ---- strings ----

TEST(String, IntstringMatchesGo) {
  EXPECT_EQ(bytesOf(intstring(65)), "A");
  EXPECT_EQ(bytesOf(intstring(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(bytesOf(intstring(0xD800)), "\xef\xbf\xbd");
  EXPECT_EQ(bytesOf(intstring(0x110000)), "\xef\xbf\xbd");
  EXPECT_EQ(bytesOf(intstring(0x100000041)), "\xef\xbf\xbd");  // string(int64) beyond int32
  EXPECT_EQ(bytesOf(intstring(0x20AC)), "\xe2\x82\xac");
  EXPECT_EQ(bytesOf(intstring(0)), std::string(1, '\0'));
}

TEST(String, ConcatAllocatesOnceAndSharesSinglePart) {
  std::string a = "foo", b = "", c = "bar!";
  String parts[] = {str(a), str(b), str(c)};
  AllocStats before = allocStats();
  String joined = concatstrings(parts, 3);
  EXPECT_EQ(allocStats().mallocs - before.mallocs, 1u);
  EXPECT_EQ(bytesOf(joined), "foobar!");

  String single[] = {str(b), str(c), String{nullptr, 0}};
  String shared = concatstrings(single, 3);
  EXPECT_EQ(shared.data, parts[2].data);
  EXPECT_EQ(shared.len, 4);

  String empties[] = {String{nullptr, 0}, str(b)};
  EXPECT_EQ(concatstrings(empties, 2).len, 0);
  EXPECT_EQ(concatstrings(nullptr, 0).len, 0);
}

TEST(String, CompareInByteOrder) {
  EXPECT_EQ(cmpstring(str("abc"), str("abd")), -1);
  EXPECT_EQ(cmpstring(str("abc"), str("ab")), 1);
  EXPECT_EQ(cmpstring(str(""), String{nullptr, 0}), 0);
  EXPECT_EQ(cmpstring(str("\xff"), str("a")), 1);  // bytes compare unsigned
  EXPECT_EQ(cmpstring(str("a"), str("a")), 0);
  EXPECT_TRUE(eqstring(str("hello"), copyString("hello")));
  EXPECT_FALSE(eqstring(str("hello"), str("hellO")));
  EXPECT_TRUE(eqstring(String{nullptr, 0}, str("")));
}

TEST(String, SubstringSharesBytes) {
  std::string s = "hello, world";
  String whole = str(s);
  String sub = substring(whole, 7, 12);
  EXPECT_EQ(bytesOf(sub), "world");
  EXPECT_EQ(sub.data, whole.data + 7);
  String empty = substring(whole, 12, 12);
  EXPECT_EQ(empty.len, 0);
  EXPECT_EQ(empty.data, whole.data);
}

TEST(String, BytesToStringCopies) {
  uint8_t bytes[] = {'h', 'i', '!'};
  String s = slicebytetostring(bytes, 3);
  bytes[0] = 'X';
  EXPECT_EQ(bytesOf(s), "hi!");
  AllocStats before = allocStats();
  String one = slicebytetostring(bytes + 1, 1);  // one byte: static table, no allocation
  EXPECT_EQ(bytesOf(one), "i");
  EXPECT_EQ(allocStats().mallocs, before.mallocs);
  EXPECT_EQ(slicebytetostring(bytes, 0).len, 0);
}

TEST(String, StringToBytesCapacityMatchesGo) {
  // []byte(s) for an escaping, non-constant s: len/cap 3/8, 6/8, 0/0, 36/48.
  const std::pair<std::string, int64_t> cases[] = {
      {"abc", 8}, {"h\xc3\xa9llo", 8}, {"", 0}, {"abcdefghijklmnopqrstuvwxyz0123456789", 48}};
  for (const auto& [text, expectedCap] : cases) {
    Slice b = stringtoslicebyte(str(text));
    EXPECT_EQ(b.len, static_cast<int64_t>(text.size()));
    EXPECT_EQ(b.cap, expectedCap) << text;
    EXPECT_EQ(std::string(static_cast<char*>(b.data), b.len), text);
    for (int64_t i = b.len; i < b.cap; i++) EXPECT_EQ(static_cast<uint8_t*>(b.data)[i], 0);
  }
}

TEST(String, StringToRunesCapacityMatchesGo) {
  // []rune(s): len/cap 3/4, 5/6, 0/0, 36/36.
  const std::pair<std::string, int64_t> cases[] = {
      {"abc", 4}, {"h\xc3\xa9llo", 6}, {"", 0}, {"abcdefghijklmnopqrstuvwxyz0123456789", 36}};
  for (const auto& [text, expectedCap] : cases) {
    Slice r = stringtoslicerune(str(text));
    EXPECT_EQ(r.cap, expectedCap) << text;
  }
  Slice r = stringtoslicerune(str("h\xc3\xa9\xffo"));
  ASSERT_EQ(r.len, 4);
  auto* runes = static_cast<int32_t*>(r.data);
  EXPECT_EQ(runes[0], 'h');
  EXPECT_EQ(runes[1], 0xE9);
  EXPECT_EQ(runes[2], kRuneError);
  EXPECT_EQ(runes[3], 'o');
}

TEST(String, RunesToStringReplacesInvalidRunes) {
  // string([]rune{-1, 0x41, 0xD800, 0x110000, 0x1F600}) from Go.
  int32_t runes[] = {-1, 0x41, 0xD800, 0x110000, 0x1F600};
  EXPECT_EQ(bytesOf(slicerunetostring(runes, 5)),
            "\xef\xbf\xbd" "A" "\xef\xbf\xbd\xef\xbf\xbd\xf0\x9f\x98\x80");
  EXPECT_EQ(slicerunetostring(nullptr, 0).len, 0);
}

// ---- predeclared type descriptors ----

TEST(BasicTypes, LayoutAndNames) {
  EXPECT_EQ(basicType(Kind::Int)->str, "int");
  EXPECT_EQ(basicType(Kind::Int)->size, 8u);
  EXPECT_EQ(basicType(Kind::Bool)->size, 1u);
  EXPECT_EQ(basicType(Kind::Complex64)->size, 8u);
  EXPECT_EQ(basicType(Kind::Complex64)->align, 4);
  EXPECT_EQ(basicType(Kind::Complex128)->size, 16u);
  EXPECT_EQ(basicType(Kind::Uint8)->str, "uint8");
  EXPECT_EQ(basicType(Kind::UnsafePointer)->str, "unsafe.Pointer");
  EXPECT_EQ(stringType(), basicType(Kind::String));
  EXPECT_EQ(stringType()->size, 16u);
  EXPECT_TRUE(basicType(Kind::Float64)->comparable);
  EXPECT_EQ(basicType(Kind::Int), basicType(Kind::Int));  // identity is pointer identity
}

TEST(BasicTypes, OnlyStringAndUnsafePointerHoldPointers) {
  for (Kind k : {Kind::Bool, Kind::Int, Kind::Uint64, Kind::Float32, Kind::Complex128}) {
    EXPECT_FALSE(basicType(k)->hasPointers()) << basicType(k)->str;
  }
  EXPECT_TRUE(stringType()->hasPointers());
  EXPECT_TRUE(stringType()->wordIsPointer(0));
  EXPECT_FALSE(stringType()->wordIsPointer(1));
  EXPECT_TRUE(basicType(Kind::UnsafePointer)->wordIsPointer(0));
}

TEST(BasicTypes, ErrorInterfaceIsRegistered) {
  const Type* saved = errorInterfaceType();
  Type errorType;
  errorType.kind = Kind::Interface;
  errorType.str = "error";
  setErrorInterfaceType(&errorType);
  EXPECT_EQ(errorInterfaceType(), &errorType);
  setErrorInterfaceType(saved);
}

}  // namespace
}  // namespace golem::rt
