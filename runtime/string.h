// Go string operations: concatenation, comparison and conversions.
//
// A Go string is rt::String {data, len}: immutable bytes, not necessarily
// UTF-8, not NUL-terminated. An empty string may have data == nullptr (or any
// pointer); no operation here reads data when len == 0. String bytes are
// never written after the string is made, which is what lets substrings and
// single-part concatenations share bytes instead of copying.
//
// Where bytes live: in the program's constant pool (literals), or in the
// heap (mallocgc), never in a goroutine stack, so any string may be shared
// and kept (Go's stack tmpBuf optimisation for non-escaping results is not
// done here). Allocation follows Go's runtime (string.go), which sets the
// capacities a program can observe:
//   * string -> []byte gets cap roundupsize(len) (3 bytes -> cap 8) and
//     string -> []rune gets cap roundupsize(4*n)/4 (5 runes -> cap 6), as
//     Go gives them when the result escapes; the tail is zeroed;
//   * []byte -> string of one byte uses a static table, no allocation;
//   * concatenation allocates once, the exact total length; if only one part
//     is non-empty that part is returned as is.
// Byte arrays are allocated with basicType(Uint8), rune arrays with
// basicType(Int32): pointer-free memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/type.h"

namespace golem::rt {

// A string viewing [data, data+len) without copying; the bytes must be
// immutable and outlive it (constant pool or heap).
inline String stringOf(const uint8_t* data, int64_t len) { return String{data, len}; }

inline std::string_view asStringView(String s) {
  return s.len == 0 ? std::string_view()
                    : std::string_view(reinterpret_cast<const char*>(s.data),
                                       static_cast<size_t>(s.len));
}

// s[lo:hi] sharing s's bytes. Bounds are the caller's to check (0 <= lo <=
// hi <= len); an empty result keeps the base pointer, as Go's does.
String substring(String s, int64_t lo, int64_t hi);

// parts[0] + parts[1] + ... in one allocation. The total length must fit an
// int64 (the compiler's and the interpreter's limits guarantee it).
String concatstrings(const String* parts, size_t count);

// A heap copy of the bytes of s (string(b) for a []byte, string(bytes)).
String slicebytetostring(const uint8_t* data, int64_t len);
String copyString(std::string_view s);

// Three-way comparison in byte (memcmp) order: <0, 0, >0.
// Inline: the interpreter's string comparisons call these on its hot path.
inline int cmpstring(String a, String b) {
  int64_t common = a.len < b.len ? a.len : b.len;
  if (common > 0) {
    int c = std::memcmp(a.data, b.data, static_cast<size_t>(common));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (a.len == b.len) return 0;
  return a.len < b.len ? -1 : 1;
}

inline bool eqstring(String a, String b) {
  if (a.len != b.len) return false;
  if (a.len == 0 || a.data == b.data) return true;
  return std::memcmp(a.data, b.data, static_cast<size_t>(a.len)) == 0;
}

// string(v) for an integer v: the UTF-8 encoding of rune v, or "\uFFFD" if v
// is not a valid rune (negative, a surrogate, above U+10FFFF, or out of the
// int32 range).
String intstring(int64_t v);

// []byte(s) and []rune(s): fresh heap slices (capacities as described above).
Slice stringtoslicebyte(String s);
Slice stringtoslicerune(String s);

// string(runes) for a []rune: invalid runes become U+FFFD.
String slicerunetostring(const int32_t* runes, int64_t count);

}  // namespace golem::rt
