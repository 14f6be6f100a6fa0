// Formatting of the builtin print/println (see print.h for the formats).
//
// printFloat follows the steps of Go's printfloat exactly; the arithmetic
// must stay plain IEEE double (no extended precision, no fused multiply-add
// across the steps), which is what amd64 SSE code gives.
#include "runtime/print.h"

#include <array>
#include <cassert>
#include <cmath>
#include <cstring>

#include "runtime/output.h"

namespace golem::rt {
namespace {

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t addressOf(const void* p) { return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p)); }

}  // namespace

void printBool(std::string& out, bool v) { out += v ? "true" : "false"; }

void printUint(std::string& out, uint64_t v) {
  char digits[20];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0) out += digits[--n];
}

void printInt(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    // Negate in unsigned arithmetic: -INT64_MIN does not fit an int64.
    printUint(out, 0 - static_cast<uint64_t>(v));
    return;
  }
  printUint(out, static_cast<uint64_t>(v));
}

void printHex(std::string& out, uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char digits[16];
  int n = 0;
  do {
    digits[n++] = kDigits[v % 16];
    v /= 16;
  } while (v != 0);
  out += "0x";
  while (n > 0) out += digits[--n];
}

void printFloat(std::string& out, double v) {
  if (std::isnan(v)) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v > 0 ? "+Inf" : "-Inf";
    return;
  }

  constexpr int kDigits = 7;
  char sign = '+';
  int exponent = 0;
  if (v == 0) {
    if (std::signbit(v)) sign = '-';
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    // Normalise to 1 <= v < 10.
    while (v >= 10) {
      exponent++;
      v /= 10;
    }
    while (v < 1) {
      exponent--;
      v *= 10;
    }
    // Round at the last printed digit; half is 5e-7, built as Go builds it.
    double half = 5.0;
    for (int i = 0; i < kDigits; i++) half /= 10;
    v += half;
    if (v >= 10) {
      exponent++;
      v /= 10;
    }
  }

  char digits[kDigits];
  for (int i = 0; i < kDigits; i++) {
    int d = static_cast<int>(v);
    digits[i] = static_cast<char>('0' + d);
    v -= d;
    v *= 10;
  }

  out += sign;
  out += digits[0];
  out += '.';
  out.append(digits + 1, kDigits - 1);
  out += 'e';
  out += exponent < 0 ? '-' : '+';
  if (exponent < 0) exponent = -exponent;
  out += static_cast<char>('0' + exponent / 100);
  out += static_cast<char>('0' + exponent / 10 % 10);
  out += static_cast<char>('0' + exponent % 10);
}

void printComplex(std::string& out, double re, double im) {
  out += '(';
  printFloat(out, re);
  printFloat(out, im);
  out += "i)";
}

void printString(std::string& out, String s) {
  if (s.len > 0) out.append(reinterpret_cast<const char*>(s.data), static_cast<size_t>(s.len));
}

void printPointer(std::string& out, const void* p) { printHex(out, addressOf(p)); }

void printEface(std::string& out, const void* typeOrItab, const void* data) {
  out += '(';
  printPointer(out, typeOrItab);
  out += ',';
  printPointer(out, data);
  out += ')';
}

void printSlice(std::string& out, Slice s) {
  out += '[';
  printInt(out, s.len);
  out += '/';
  printInt(out, s.cap);
  out += ']';
  printPointer(out, s.data);
}

void printValue(std::string& out, const Type* t, const void* value) {
  assert(t != nullptr && value != nullptr);
  switch (t->kind) {
    case Kind::Bool: return printBool(out, load<bool>(value));
    case Kind::Int: return printInt(out, load<int64_t>(value));
    case Kind::Int8: return printInt(out, load<int8_t>(value));
    case Kind::Int16: return printInt(out, load<int16_t>(value));
    case Kind::Int32: return printInt(out, load<int32_t>(value));
    case Kind::Int64: return printInt(out, load<int64_t>(value));
    case Kind::Uint: return printUint(out, load<uint64_t>(value));
    case Kind::Uint8: return printUint(out, load<uint8_t>(value));
    case Kind::Uint16: return printUint(out, load<uint16_t>(value));
    case Kind::Uint32: return printUint(out, load<uint32_t>(value));
    case Kind::Uint64: return printUint(out, load<uint64_t>(value));
    case Kind::Uintptr: return printUint(out, load<uint64_t>(value));
    case Kind::Float32: return printFloat(out, load<float>(value));
    case Kind::Float64: return printFloat(out, load<double>(value));
    case Kind::Complex64: {
      auto parts = load<std::array<float, 2>>(value);
      return printComplex(out, parts[0], parts[1]);
    }
    case Kind::Complex128: {
      auto parts = load<std::array<double, 2>>(value);
      return printComplex(out, parts[0], parts[1]);
    }
    case Kind::String: return printString(out, load<String>(value));
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer: return printPointer(out, load<const void*>(value));
    case Kind::Interface: {
      auto words = load<std::array<const void*, 2>>(value);
      return printEface(out, words[0], words[1]);
    }
    case Kind::Slice: return printSlice(out, load<Slice>(value));
    case Kind::Invalid:
    case Kind::Array:
    case Kind::Struct: break;
  }
  assert(false && "printValue: type not printable by print/println");
}

void writePrinted(std::string_view text) { writeStderr(text.data(), text.size()); }

}  // namespace golem::rt
