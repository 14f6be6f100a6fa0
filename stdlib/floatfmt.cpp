// Floating-point formatting exactly as Go 1.19's strconv.FormatFloat.
//
// Algorithm. Every decimal format ('e', 'f', 'g') is done in two steps, as
// Go does:
//   1. Find the decimal digits of the value: a Decimal 0.d1d2...dn × 10^dp
//      whose digit string has no trailing zeros (zero has no digits, dp 0).
//      - shortest (prec < 0): the fewest digits that read back as the same
//        float of the given bitSize. std::to_chars without a precision gives
//        exactly these (shortest round-trip, nearest to the value when there
//        is a choice), like Go's Ryū; for bitSize 32 it runs on the float.
//      - fixed precision: the digits correctly rounded (round half to even
//        on the exact binary value) to a count of significant digits ('e',
//        'g') or of fraction digits ('f'); to_chars with a precision is
//        exact, as Go's Ryū-fixed and big-decimal paths are.
//      The to_chars text is parsed back into a Decimal, trimming the zeros.
//   2. Lay the digits out by Go's rules (formatDigits below): %e pads the
//      fraction with zeros up to prec and writes at least two exponent
//      digits; %g picks %e when the exponent is < -4 or >= the precision
//      (6 when shortest), with the precision lowered to the digit count
//      when the digits are an integer.
// 'b' (mantissa p exponent) and 'x' (hex mantissa, p exponent) work on the
// raw bits. NaN and infinities print as NaN, +Inf, -Inf whatever the format.
#include "stdlib/floatfmt.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

namespace golem::stdlib {
namespace {

// A decimal number 0.d1d2...dn × 10^dp; no trailing zero digit; zero is
// the empty digit string with dp 0.
struct Decimal {
  std::string digits;
  int dp = 0;
  int nd() const { return static_cast<int>(digits.size()); }
};

// Parses to_chars' output ("-1.25e+03", "1250.00", "0.0012") into a Decimal.
Decimal decimalFromChars(const char* begin, const char* end) {
  if (begin != end && *begin == '-') ++begin;
  Decimal d;
  int pointIndex = -1;  // digits before the '.'
  const char* p = begin;
  for (; p != end && *p != 'e'; ++p) {
    if (*p == '.') {
      pointIndex = d.nd();
    } else {
      d.digits.push_back(*p);
    }
  }
  int exponent = 0;
  if (p != end) {
    ++p;
    if (p != end && *p == '+') ++p;  // from_chars accepts '-' but not '+'
    std::from_chars(p, end, exponent);
  }
  d.dp = (pointIndex < 0 ? d.nd() : pointIndex) + exponent;
  size_t leadingZeros = d.digits.find_first_not_of('0');
  if (leadingZeros == std::string::npos) return Decimal{};
  d.digits.erase(0, leadingZeros);
  d.dp -= static_cast<int>(leadingZeros);
  d.digits.erase(d.digits.find_last_not_of('0') + 1);
  return d;
}

// The shortest digits that read back as v (as a float32 when bitSize is 32).
Decimal shortestDigits(double v, int bitSize) {
  char buf[64];
  std::to_chars_result r = bitSize == 32
      ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::scientific)
      : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  assert(r.ec == std::errc());
  return decimalFromChars(buf, r.ptr);
}

// v correctly rounded to `significant` (>= 1) significant digits.
Decimal significantDigits(double v, int significant) {
  std::vector<char> buf(static_cast<size_t>(significant) + 32);
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v,
                         std::chars_format::scientific, significant - 1);
  assert(r.ec == std::errc());
  return decimalFromChars(buf.data(), r.ptr);
}

// v correctly rounded to `fraction` (>= 0) digits after the decimal point.
Decimal fractionDigits(double v, int fraction) {
  std::vector<char> buf(static_cast<size_t>(fraction) + 340);  // 309 integer digits at most
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed,
                         fraction);
  assert(r.ec == std::errc());
  return decimalFromChars(buf.data(), r.ptr);
}

// %e: d.ddddde±dd with exactly prec fraction digits.
void appendExponentForm(std::string& out, bool neg, const Decimal& d, int prec, char expChar) {
  if (neg) out += '-';
  out += d.nd() == 0 ? '0' : d.digits[0];
  if (prec > 0) {
    out += '.';
    int shown = std::min(d.nd(), prec + 1);
    if (shown > 1) out.append(d.digits, 1, static_cast<size_t>(shown - 1));
    for (int i = std::max(shown, 1); i <= prec; ++i) out += '0';
  }
  out += expChar;
  int exp = d.nd() == 0 ? 0 : d.dp - 1;  // zero has exponent 0
  out += exp < 0 ? '-' : '+';
  exp = std::abs(exp);
  if (exp < 10) out += '0';
  out += std::to_string(exp);
}

// %f: ddd.ddd with exactly prec fraction digits.
void appendFixedForm(std::string& out, bool neg, const Decimal& d, int prec) {
  if (neg) out += '-';
  if (d.dp > 0) {
    int shown = std::min(d.nd(), d.dp);
    out.append(d.digits, 0, static_cast<size_t>(shown));
    out.append(static_cast<size_t>(d.dp - shown), '0');
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; ++i) {
      int j = d.dp + i;
      out += j >= 0 && j < d.nd() ? d.digits[static_cast<size_t>(j)] : '0';
    }
  }
}

// Go's formatDigits: lays out the digits for 'e', 'E', 'f', 'g', 'G'.
void appendDigits(std::string& out, bool shortest, bool neg, const Decimal& d, int prec,
                  char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      appendExponentForm(out, neg, d, prec, fmt);
      return;
    case 'f':
      appendFixedForm(out, neg, d, prec);
      return;
    case 'g':
    case 'G': {
      int exponentPrecision = prec;
      // An integer shown with fewer digits than prec would need %e's
      // exponent only past its own digit count.
      if (exponentPrecision > d.nd() && d.nd() >= d.dp) exponentPrecision = d.nd();
      if (shortest) exponentPrecision = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= exponentPrecision) {
        appendExponentForm(out, neg, d, std::min(prec, d.nd()) - 1, fmt == 'g' ? 'e' : 'E');
        return;
      }
      if (prec > d.dp) prec = d.nd();
      appendFixedForm(out, neg, d, std::max(prec - d.dp, 0));
      return;
    }
  }
  out += '%';
  out += fmt;
}

// The parts of an IEEE float: value = mant × 2^(exp - mantBits), with the
// implicit leading bit already in mant for normal numbers.
struct FloatParts {
  bool neg;
  uint64_t mant;
  int exp;
  int mantBits;
  bool special;  // NaN or infinity
};

FloatParts splitFloat(double v, int bitSize) {
  uint64_t bits;
  int mantBits, expBits, bias;
  if (bitSize == 32) {
    bits = std::bit_cast<uint32_t>(static_cast<float>(v));
    mantBits = 23, expBits = 8, bias = -127;
  } else {
    bits = std::bit_cast<uint64_t>(v);
    mantBits = 52, expBits = 11, bias = -1023;
  }
  FloatParts p;
  p.neg = (bits >> (expBits + mantBits)) != 0;
  p.mantBits = mantBits;
  int biasedExp = static_cast<int>((bits >> mantBits) & ((uint64_t{1} << expBits) - 1));
  p.mant = bits & ((uint64_t{1} << mantBits) - 1);
  p.special = biasedExp == (1 << expBits) - 1;
  if (biasedExp == 0) {
    biasedExp = 1;  // denormal
  } else {
    p.mant |= uint64_t{1} << mantBits;
  }
  p.exp = biasedExp + bias;
  return p;
}

// %b: decimal mantissa 'p' binary exponent, e.g. 4503599627370496p-52.
void appendBinaryForm(std::string& out, const FloatParts& p) {
  if (p.neg) out += '-';
  out += std::to_string(p.mant);
  out += 'p';
  int exp = p.exp - p.mantBits;
  if (exp >= 0) out += '+';
  out += std::to_string(exp);
}

// %x: 0x1.hhhhp±dd, the mantissa normalized to a leading 1 (0x0p+00 for
// zero), rounded half to even to prec hex digits when 0 <= prec < 15.
void appendHexForm(std::string& out, FloatParts p, int prec, char fmt) {
  uint64_t mant = p.mant;
  int exp = mant == 0 ? 0 : p.exp;
  constexpr uint64_t kOne = uint64_t{1} << 60;  // mant's leading bit position
  mant <<= 60 - p.mantBits;
  while (mant != 0 && (mant & kOne) == 0) {
    mant <<= 1;
    --exp;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t dropped = (mant << shift) & (kOne - 1);
    mant >>= 60 - shift;
    if ((dropped | (mant & 1)) > (kOne >> 1)) ++mant;
    mant <<= 60 - shift;
    if (mant & (kOne << 1)) {  // rounding carried into a new leading bit
      mant >>= 1;
      ++exp;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (p.neg) out += '-';
  out += '0';
  out += fmt;
  out += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    out += '.';
    for (; mant != 0; mant <<= 4) out += hex[(mant >> 60) & 15];
  } else if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; ++i, mant <<= 4) out += hex[(mant >> 60) & 15];
  }
  out += fmt == 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  exp = std::abs(exp);
  if (exp < 10) out += '0';
  out += std::to_string(exp);
}

}  // namespace

void formatFloat(std::string& out, double v, char fmt, int prec, int bitSize) {
  assert(bitSize == 32 || bitSize == 64);
  FloatParts parts = splitFloat(v, bitSize);
  if (parts.special) {
    out += parts.mant != (uint64_t{1} << parts.mantBits) ? "NaN" : parts.neg ? "-Inf" : "+Inf";
    return;
  }
  if (fmt == 'b') return appendBinaryForm(out, parts);
  if (fmt == 'x' || fmt == 'X') return appendHexForm(out, parts, prec, fmt);
  if (bitSize == 32) v = static_cast<float>(v);

  bool shortest = prec < 0;
  Decimal digits;
  if (shortest) {
    digits = shortestDigits(v, bitSize);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(digits.nd() - 1, 0);
        break;
      case 'f':
        prec = std::max(digits.nd() - digits.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digits.nd();
        break;
    }
  } else {
    switch (fmt) {
      case 'e':
      case 'E':
        digits = significantDigits(v, prec + 1);
        break;
      case 'f':
        digits = fractionDigits(v, prec);
        break;
      case 'g':
      case 'G':
        if (prec == 0) prec = 1;
        digits = significantDigits(v, prec);
        break;
    }
  }
  appendDigits(out, shortest, parts.neg, digits, prec, fmt);
}

}  // namespace golem::stdlib
