// The intrinsics of package strconv (stdlib/strconv/*.go), bound by name in
// stdlib/natives.cpp: the float conversions and integer formatting.
//
// parseFloat receives a literal that the Go side has already checked
// against Go's syntax (optional sign, decimal or 0x-prefixed hex mantissa,
// exponent, underscores removed), so the C library's strtod/strtof, which
// round correctly (IEEE 754 round-half-even, hex included), give Go's value.
// Overflow is a result that rounded to infinity from a finite literal; an
// underflow to zero or a subnormal is not an error, as in Go. The "C"
// locale's '.' is the decimal point (golem never calls setlocale).
//
// formatFloat is the formatter fmt uses (stdlib/floatfmt.h).
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/malloc.h"
#include "runtime/string.h"
#include "stdlib/floatfmt.h"
#include "vm/native.h"

namespace golem::stdlib {

// func parseFloat(s string, bitSize int) (f float64, overflow bool)
void strconvParseFloat(vm::NativeCall& call) {
  std::string text(rt::asStringView(call.string(0)));  // NUL-terminated for strtod
  int64_t bitSize = call.word<int64_t>(2);
  double f;
  if (bitSize == 32) {
    f = static_cast<double>(std::strtof(text.c_str(), nullptr));
  } else {
    f = std::strtod(text.c_str(), nullptr);
  }
  call.word<double>(3) = f;
  call.word<uint64_t>(4) = std::isinf(f) ? 1 : 0;
}

// func formatFloat(f float64, fmt byte, prec, bitSize int) string
void strconvFormatFloat(vm::NativeCall& call) {
  double f = call.word<double>(0);
  auto fmt = static_cast<char>(call.word<uint64_t>(1) & 0xFF);
  auto prec = static_cast<int>(call.word<int64_t>(2));
  auto bitSize = static_cast<int>(call.word<int64_t>(3));
  std::string out;
  formatFloat(out, f, fmt, prec, bitSize);
  call.word<rt::String>(4) = rt::copyString(out);
}

// func formatDigits(u uint64, base int, neg bool) string: digits produced
// least significant first into a 65-byte buffer (64 binary digits and a
// sign); base is 2..36 (the Go side checks it).
void strconvFormatDigits(vm::NativeCall& call) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  uint64_t u = call.word<uint64_t>(0);
  auto base = static_cast<uint64_t>(call.word<int64_t>(1));
  bool neg = call.word<uint64_t>(2) & 1;
  if (neg) u = 0 - u;
  char buf[65];
  size_t i = sizeof buf;
  do {
    buf[--i] = kDigits[u % base];
    u /= base;
  } while (u != 0);
  if (neg) buf[--i] = '-';
  call.word<rt::String>(3) = rt::copyString(std::string_view(buf + i, sizeof buf - i));
}

}  // namespace golem::stdlib
