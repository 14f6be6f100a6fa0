// Go string operations (see string.h for layout, sharing and allocation).
//
// Every function that makes a string computes the exact byte count first and
// allocates once with mallocgc; the bytes are written before the String is
// returned and never again.
#include "runtime/string.h"

#include <array>
#include <cassert>
#include <cstring>
#include <limits>

#include "runtime/malloc.h"
#include "runtime/sizeclasses.h"
#include "runtime/utf8.h"

namespace golem::rt {
namespace {

// One byte per value 0..255, backing every one-byte string made at run time
// (Go uses its staticuint64s table the same way).
constexpr std::array<uint8_t, 256> kSingleBytes = [] {
  std::array<uint8_t, 256> bytes{};
  for (int i = 0; i < 256; i++) bytes[i] = static_cast<uint8_t>(i);
  return bytes;
}();

// Uninitialised (caller fills every byte) pointer-free memory for n bytes.
uint8_t* allocateStringBytes(int64_t n) {
  assert(n > 0);
  return static_cast<uint8_t*>(mallocgc(static_cast<size_t>(n), basicType(Kind::Uint8), false));
}

}  // namespace

String substring(String s, int64_t lo, int64_t hi) {
  assert(0 <= lo && lo <= hi && hi <= s.len);
  if (lo == hi) return String{s.data, 0};
  return String{s.data + lo, hi - lo};
}

String concatstrings(const String* parts, size_t count) {
  int64_t total = 0;
  size_t nonEmpty = 0;
  size_t lastNonEmpty = 0;
  for (size_t i = 0; i < count; i++) {
    if (parts[i].len == 0) continue;
    assert(parts[i].len <= std::numeric_limits<int64_t>::max() - total &&
           "string concatenation too long");
    total += parts[i].len;
    nonEmpty++;
    lastNonEmpty = i;
  }
  if (nonEmpty == 0) return String{nullptr, 0};
  if (nonEmpty == 1) return parts[lastNonEmpty];  // bytes are immutable: share them
  uint8_t* out = allocateStringBytes(total);
  int64_t at = 0;
  for (size_t i = 0; i < count; i++) {
    if (parts[i].len == 0) continue;
    std::memcpy(out + at, parts[i].data, static_cast<size_t>(parts[i].len));
    at += parts[i].len;
  }
  return String{out, total};
}

String slicebytetostring(const uint8_t* data, int64_t len) {
  if (len == 0) return String{nullptr, 0};
  if (len == 1) return String{&kSingleBytes[data[0]], 1};
  uint8_t* out = allocateStringBytes(len);
  std::memcpy(out, data, static_cast<size_t>(len));
  return String{out, len};
}

String copyString(std::string_view s) {
  return slicebytetostring(reinterpret_cast<const uint8_t*>(s.data()),
                           static_cast<int64_t>(s.size()));
}

String intstring(int64_t v) {
  int32_t r = static_cast<int32_t>(v);
  if (r != v) r = kRuneError;  // outside int32: not a rune at all
  if (r >= 0 && r < kRuneSelf) return String{&kSingleBytes[r], 1};
  uint8_t encoded[kUTFMax];
  int n = encodeRune(encoded, r);
  uint8_t* out = allocateStringBytes(n);
  std::memcpy(out, encoded, static_cast<size_t>(n));
  return String{out, n};
}

Slice stringtoslicebyte(String s) {
  uint64_t capBytes = roundupsize(static_cast<uint64_t>(s.len));
  auto* out = static_cast<uint8_t*>(
      mallocgc(static_cast<size_t>(capBytes), basicType(Kind::Uint8), false));
  if (s.len > 0) std::memcpy(out, s.data, static_cast<size_t>(s.len));
  std::memset(out + s.len, 0, static_cast<size_t>(capBytes - s.len));
  return Slice{out, s.len, static_cast<int64_t>(capBytes)};
}

Slice stringtoslicerune(String s) {
  int64_t n = countRunes(s.data, s.len);
  uint64_t capBytes = roundupsize(static_cast<uint64_t>(n) * sizeof(int32_t));
  auto* out = static_cast<int32_t*>(
      mallocgc(static_cast<size_t>(capBytes), basicType(Kind::Int32), false));
  int64_t i = 0;
  for (int64_t at = 0; at < s.len; i++) {
    DecodedRune d = decodeRune(s.data + at, s.len - at);
    out[i] = d.rune;
    at += d.width;
  }
  assert(i == n);
  int64_t capRunes = static_cast<int64_t>(capBytes / sizeof(int32_t));
  std::memset(out + n, 0, static_cast<size_t>(capRunes - n) * sizeof(int32_t));
  return Slice{out, n, capRunes};
}

String slicerunetostring(const int32_t* runes, int64_t count) {
  int64_t total = 0;
  for (int64_t i = 0; i < count; i++) total += encodedRuneLength(runes[i]);
  if (total == 0) return String{nullptr, 0};
  uint8_t* out = allocateStringBytes(total);
  int64_t at = 0;
  for (int64_t i = 0; i < count; i++) at += encodeRune(out + at, runes[i]);
  assert(at == total);
  return String{out, total};
}

}  // namespace golem::rt
