// The intrinsics of package strings (stdlib/strings/*.go), bound by name in
// stdlib/natives.cpp: the byte-searching and copying loops, which are far
// faster as memchr/memmem-style C++ than as interpreted Go, and the ASCII
// fast paths of Fields, ToUpper and ToLower.
//
// Frames follow vm/native.h: a string parameter is two words {data, len}, a
// byte one word; an int result one word, a string result two. Searches are
// std::string_view's, whose results are Go's (the first or last occurrence;
// an empty pattern is found at 0 by find and at len(s) by rfind, as Go's
// Index and LastIndex find it). A new string's bytes come from
// rt::mallocgc, pointer-free. Fields' substrings of s go into a new slice,
// black while the collector marks, through the write barrier (mbarrier.h):
// s may be referenced only from a stack not scanned yet.
#include <cstring>
#include <string_view>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/slice.h"
#include "runtime/string.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

std::string_view viewAt(vm::NativeCall& call, size_t word) { return rt::asStringView(call.string(word)); }

void returnIndex(vm::NativeCall& call, size_t word, size_t pos) {
  call.word<int64_t>(word) = pos == std::string_view::npos ? -1 : static_cast<int64_t>(pos);
}

}  // namespace

// func IndexByte(s string, c byte) int
void stringsIndexByte(vm::NativeCall& call) {
  std::string_view s = viewAt(call, 0);
  auto c = static_cast<unsigned char>(call.word<uint64_t>(2));
  const void* hit = s.empty() ? nullptr : std::memchr(s.data(), c, s.size());
  call.word<int64_t>(3) = hit ? static_cast<const char*>(hit) - s.data() : -1;
}

// func Index(s, substr string) int
void stringsIndex(vm::NativeCall& call) { returnIndex(call, 4, viewAt(call, 0).find(viewAt(call, 2))); }

// func LastIndex(s, substr string) int
void stringsLastIndex(vm::NativeCall& call) { returnIndex(call, 4, viewAt(call, 0).rfind(viewAt(call, 2))); }

// func countNonEmpty(s, substr string) int: non-overlapping occurrences.
void stringsCountNonEmpty(vm::NativeCall& call) {
  std::string_view s = viewAt(call, 0);
  std::string_view sub = viewAt(call, 2);
  int64_t n = 0;
  if (!sub.empty()) {
    for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size())) n++;
  }
  call.word<int64_t>(4) = n;
}

// func repeat(s string, count int) string: count > 0 and len(s)*count fits
// (Repeat has checked both).
void stringsRepeat(vm::NativeCall& call) {
  std::string_view s = viewAt(call, 0);
  auto count = static_cast<size_t>(call.word<int64_t>(2));
  size_t total = s.size() * count;
  rt::String result{nullptr, static_cast<int64_t>(total)};
  if (total != 0) {
    auto* bytes = static_cast<uint8_t*>(rt::mallocgc(total, nullptr, false));
    // Double the copied prefix each round: log2(count) memcpy calls.
    std::memcpy(bytes, s.data(), s.size());
    size_t done = s.size();
    while (done < total) {
      size_t chunk = done < total - done ? done : total - done;
      std::memcpy(bytes + done, bytes, chunk);
      done += chunk;
    }
    result.data = bytes;
  }
  call.word<rt::String>(3) = result;
}

// func bytesString(b []byte) string: a string sharing b's bytes, for
// Builder, whose bytes below len are never written again.
void stringsBytesString(vm::NativeCall& call) {
  rt::Slice b = call.slice(0);
  call.word<rt::String>(3) = rt::String{static_cast<const uint8_t*>(b.data), b.len};
}

namespace {

bool isASCIISpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

// func fieldsASCII(s string) (fields []string, isASCII bool): Fields for an
// all-ASCII s, as substrings of s in a slice of exactly their count; false
// (and no slice) when s has a non-ASCII byte, for the Go side to fall back
// to FieldsFunc(s, unicode.IsSpace).
void stringsFieldsASCII(vm::NativeCall& call) {
  rt::String str = call.string(0);
  std::string_view s = rt::asStringView(str);
  call.word<rt::Slice>(2) = rt::Slice{nullptr, 0, 0};
  int64_t n = 0;
  bool inField = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      call.word<uint64_t>(5) = 0;
      return;
    }
    bool wasInField = inField;
    inField = !isASCIISpace(c);
    if (inField && !wasInField) n++;
  }
  rt::Slice made{nullptr, 0, 0};
  rt::makeslice(rt::basicType(rt::Kind::String), n, n, made);
  auto* out = static_cast<rt::String*>(made.data);
  int64_t k = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && isASCIISpace(static_cast<unsigned char>(s[i]))) i++;
    size_t start = i;
    while (i < s.size() && !isASCIISpace(static_cast<unsigned char>(s[i]))) i++;
    if (i > start) {
      rt::String field = rt::substring(str, static_cast<int64_t>(start), static_cast<int64_t>(i));
      rt::memmoveWithBarrier(&out[k++], &field, sizeof field);
    }
  }
  call.word<rt::Slice>(2) = made;
  call.word<uint64_t>(5) = 1;
}

// func asciiCase(s string, upper bool) (result string, isASCII bool): s
// with its ASCII letters mapped to upper (or lower) case (s itself when
// none changes); false when s has a non-ASCII byte, for the Go side to use
// Map with unicode's mapping.
void stringsAsciiCase(vm::NativeCall& call) {
  rt::String str = call.string(0);
  std::string_view s = rt::asStringView(str);
  bool upper = call.word<uint64_t>(2) & 1;
  char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
  bool change = false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      call.word<rt::String>(3) = rt::String{nullptr, 0};
      call.word<uint64_t>(5) = 0;
      return;
    }
    if (c >= lo && c <= hi) change = true;
  }
  call.word<uint64_t>(5) = 1;
  if (!change) {
    call.word<rt::String>(3) = str;
    return;
  }
  auto* bytes = static_cast<uint8_t*>(rt::mallocgc(s.size(), nullptr, false));
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c >= lo && c <= hi) c = static_cast<char>(c ^ 0x20);
    bytes[i] = static_cast<uint8_t>(c);
  }
  call.word<rt::String>(3) = rt::String{bytes, static_cast<int64_t>(s.size())};
}

}  // namespace golem::stdlib
