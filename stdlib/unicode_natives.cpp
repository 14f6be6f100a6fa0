// The intrinsics of package unicode (stdlib/unicode/unicode.go), bound by
// name in stdlib/natives.cpp, and the lookups of stdlib/unicode_tables.h.
//
// Each class test is one binary search over its generated range table. The
// package's Go source keeps the ASCII fast paths and everything that is
// plain logic; only what needs the Unicode tables is here. Frames follow
// vm/native.h: a rune parameter is one word (the low 32 bits are the
// int32), a bool or rune result is one word.
#include <algorithm>
#include <cstdint>

#include "stdlib/unicode_tables.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace unicode_tables {

bool contains(const RuneTable& table, int32_t r) {
  if (r < 0) return false;
  auto u = static_cast<uint32_t>(r);
  const RuneRange* end = table.ranges + table.count;
  // The first range whose hi is >= u; it holds u if it starts at or before u.
  const RuneRange* it = std::lower_bound(table.ranges, end, u,
                                         [](const RuneRange& rr, uint32_t v) { return rr.hi < v; });
  if (it == end || u < it->lo) return false;
  return (u - it->lo) % it->stride == 0;
}

int32_t toCase(CaseIndex c, int32_t r) {
  if (c < kUpperCase || c > kTitleCase) return kReplacementChar;
  if (r < 0) return r;
  auto u = static_cast<uint32_t>(r);
  const CaseRange* end = kCaseRanges.ranges + kCaseRanges.count;
  const CaseRange* it = std::lower_bound(kCaseRanges.ranges, end, u,
                                         [](const CaseRange& cr, uint32_t v) { return cr.hi < v; });
  if (it == end || u < it->lo) return r;
  int32_t delta = it->delta[c];
  if (delta > kMaxRune) {
    // Alternating pairs: even offsets from lo are upper case, odd ones lower;
    // title case is upper case. Go computes lo + ((r-lo) &^ 1 | c&1).
    int32_t lo = static_cast<int32_t>(it->lo);
    return lo + (((r - lo) & ~1) | (static_cast<int32_t>(c) & 1));
  }
  return r + delta;
}

int32_t simpleFold(int32_t r) {
  if (r < 0 || r > kMaxRune) return r;
  auto u = static_cast<uint32_t>(r);
  const FoldPair* end = kFoldOrbits.pairs + kFoldOrbits.count;
  const FoldPair* it = std::lower_bound(kFoldOrbits.pairs, end, u,
                                        [](const FoldPair& p, uint32_t v) { return p.from < v; });
  if (it != end && it->from == u) return static_cast<int32_t>(it->to);
  int32_t lower = toCase(kLowerCase, r);
  if (lower != r) return lower;
  return toCase(kUpperCase, r);
}

}  // namespace unicode_tables

namespace {

int32_t runeAt(vm::NativeCall& call, size_t word) { return call.word<int32_t>(word); }

void returnBool(vm::NativeCall& call, size_t word, bool b) { call.word<uint64_t>(word) = b ? 1 : 0; }

void returnRune(vm::NativeCall& call, size_t word, int32_t r) {
  call.word<int64_t>(word) = r;  // sign-extended, as a rune slot holds it
}

void classTest(vm::NativeCall& call, const unicode_tables::RuneTable& table) {
  returnBool(call, 1, unicode_tables::contains(table, runeAt(call, 0)));
}

}  // namespace

// func IsLetter(r rune) bool, and the other class tests alike.
void unicodeIsLetter(vm::NativeCall& call) { classTest(call, unicode_tables::kLetter); }
void unicodeIsDigit(vm::NativeCall& call) { classTest(call, unicode_tables::kDigit); }
void unicodeIsNumber(vm::NativeCall& call) { classTest(call, unicode_tables::kNumber); }
void unicodeIsSpace(vm::NativeCall& call) { classTest(call, unicode_tables::kSpace); }
void unicodeIsUpper(vm::NativeCall& call) { classTest(call, unicode_tables::kUpper); }
void unicodeIsLower(vm::NativeCall& call) { classTest(call, unicode_tables::kLower); }
void unicodeIsTitle(vm::NativeCall& call) { classTest(call, unicode_tables::kTitle); }
void unicodeIsPunct(vm::NativeCall& call) { classTest(call, unicode_tables::kPunct); }
void unicodeIsMark(vm::NativeCall& call) { classTest(call, unicode_tables::kMark); }
void unicodeIsSymbol(vm::NativeCall& call) { classTest(call, unicode_tables::kSymbol); }
void unicodeIsPrint(vm::NativeCall& call) { classTest(call, unicode_tables::kPrint); }
void unicodeIsGraphic(vm::NativeCall& call) { classTest(call, unicode_tables::kGraphic); }

// func To(_case int, r rune) rune
void unicodeTo(vm::NativeCall& call) {
  int64_t c = call.word<int64_t>(0);
  int32_t r = runeAt(call, 1);
  if (c < 0 || c > unicode_tables::kTitleCase) {
    returnRune(call, 2, unicode_tables::kReplacementChar);
    return;
  }
  returnRune(call, 2, unicode_tables::toCase(static_cast<unicode_tables::CaseIndex>(c), r));
}

// func SimpleFold(r rune) rune
void unicodeSimpleFold(vm::NativeCall& call) { returnRune(call, 1, unicode_tables::simpleFold(runeAt(call, 0))); }

}  // namespace golem::stdlib
