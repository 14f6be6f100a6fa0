// Compile-time constants: exact integers, exact binary-scaled rationals,
// strings and booleans, with the arithmetic of Go's go/constant.
//
// Representation. Every value handed out is a ConstImpl (the only subclass of
// ConstValue) allocated in a process-wide arena and never freed before exit:
// constants are immutable and shared freely between AST nodes, objects and
// the code generator, so nobody has to own them.
//
//  - Int: a BigInt, sign and magnitude over llvm::APInt. The magnitude's bit
//    width grows and shrinks with the value (always a multiple of 64, at least
//    64), so every operation first widens its operands to a width where the
//    exact result fits, then trims. Untyped integers are capped by the checker
//    at 512 bits (Go's "constant overflow"); as a safety net any result wider
//    than kMaxIntBits becomes Unknown.
//
//  - Float: a Rational, num/den * 2^exp, kept normalized: den > 0 and odd,
//    num odd (or zero, then den = 1 and exp = 0), gcd(num, den) = 1. Pulling
//    the powers of two out into exp keeps 0x1p-1000000 or 2^-1074 tiny, and
//    makes "is an integer" a check of den == 1 && exp >= 0. Values are exact
//    (0.1 + 0.2 == 0.3) while num and den stay within kMaxExactBits (Go's
//    maxExp); past that they are rounded to a kRoundedPrecision-bit mantissa
//    (den = 1), as go/constant switches from big.Rat to a 512-bit big.Float.
//    The binary exponent is limited to big.Float's range (int32): beyond it a
//    value overflows to Unknown (Go's "malformed constant" for 1e1000000000)
//    or underflows to zero (1e-1000000000), so no literal or product can ask
//    for gigabytes.
//
//  - Complex: two Rationals. Kept minimal: + - * /, == and !=.
//
// Rounding. Every conversion to a narrower precision goes through
// roundToPrecision: it finds floor(log2 |v|) exactly, divides once to get the
// mantissa plus a half bit, and rounds to nearest even using the remainder as
// the sticky bit. float64/float32 use it with their subnormal floors, so the
// rational is rounded exactly once, as Go does (1<<53 + 1 -> 1<<53).
//
// Messages. str() follows go/constant's String: ints in full decimal, floats
// with "%.6g" (and a manual mantissa/exponent for values outside float64's
// range, "1e+1000"), strings quoted by strconv.Quote's rules and cut to 72
// runes.
#include "compiler/constant.h"

#include <llvm/ADT/APInt.h>
#include <llvm/ADT/SmallString.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <mutex>
#include <vector>

namespace golem {
namespace {

using llvm::APInt;

constexpr unsigned kWordBits = 64;
// Fractions with components this wide stay exact (go/constant's maxExp).
constexpr unsigned kMaxExactBits = 4096;
// Mantissa precision once a value is too large for an exact fraction.
constexpr unsigned kRoundedPrecision = 512;
// Integers past this are Unknown (the checker stops them at 512 bits).
constexpr unsigned kMaxIntBits = 1u << 16;
// A Float converted to an Int may have at most this many bits.
constexpr unsigned kMaxIntFromFloatBits = 2 * kMaxExactBits;
// Go's shiftBound: 1<<1074 still expresses the smallest float64.
constexpr uint64_t kMaxShiftCount = 1023 - 1 + 52;
// big.Float's exponent range, for |v| = 0.mant * 2^e.
constexpr int64_t kMaxMantExp = std::numeric_limits<int32_t>::max();
constexpr int64_t kMinMantExp = std::numeric_limits<int32_t>::min();
// An ulp floor low enough that no representable value reaches it.
constexpr int64_t kNoSubnormals = std::numeric_limits<int64_t>::min() / 4;

unsigned roundUpToWords(unsigned bits) {
  return std::max(kWordBits, (bits + kWordBits - 1) / kWordBits * kWordBits);
}

// ---------------------------------------------------------------------------
// BigInt: sign and magnitude over APInt.

class BigInt {
 public:
  BigInt() : mag_(kWordBits, 0) {}
  static BigInt fromUint64(uint64_t v, bool negative = false) {
    BigInt r;
    r.mag_ = APInt(kWordBits, v);
    r.neg_ = negative && v != 0;
    return r;
  }
  static BigInt fromInt64(int64_t v) {
    uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return fromUint64(mag, v < 0);
  }
  static BigInt fromMagnitude(const APInt& m, bool negative) {
    BigInt r;
    r.mag_ = m;
    r.neg_ = negative;
    r.trim();
    return r;
  }
  static BigInt powerOfTwo(uint64_t n) { return fromUint64(1).shl(n); }

  bool isZero() const { return mag_.isZero(); }
  bool isNegative() const { return neg_; }
  bool isOne() const { return !neg_ && mag_.isOne(); }
  bool isOdd() const { return mag_[0]; }
  int sign() const { return isZero() ? 0 : neg_ ? -1 : 1; }
  // Bits of |x|; 0 for zero.
  unsigned bitLen() const { return mag_.getActiveBits(); }
  unsigned trailingZeros() const { return isZero() ? 0 : mag_.countTrailingZeros(); }
  bool bit(unsigned i) const { return i < mag_.getBitWidth() && mag_[i]; }
  const APInt& magnitude() const { return mag_; }

  BigInt negated() const { return fromMagnitude(mag_, !neg_ && !isZero()); }
  BigInt abs() const { return fromMagnitude(mag_, false); }

  static int compareAbs(const BigInt& a, const BigInt& b) {
    unsigned w = std::max(a.mag_.getBitWidth(), b.mag_.getBitWidth());
    APInt x = a.mag_.zext(w), y = b.mag_.zext(w);
    return x.ult(y) ? -1 : x == y ? 0 : 1;
  }
  static int compare(const BigInt& a, const BigInt& b) {
    if (a.sign() != b.sign()) return a.sign() < b.sign() ? -1 : 1;
    int c = compareAbs(a, b);
    return a.neg_ ? -c : c;
  }

  friend BigInt operator+(const BigInt& a, const BigInt& b) {
    unsigned w = std::max(a.mag_.getBitWidth(), b.mag_.getBitWidth()) + kWordBits;
    APInt x = a.mag_.zext(w), y = b.mag_.zext(w);
    if (a.neg_ == b.neg_) return fromMagnitude(x + y, a.neg_);
    // Opposite signs: subtract the smaller magnitude from the larger.
    if (x.uge(y)) return fromMagnitude(x - y, a.neg_ && x != y);
    return fromMagnitude(y - x, b.neg_);
  }
  friend BigInt operator-(const BigInt& a, const BigInt& b) { return a + b.negated(); }
  friend BigInt operator*(const BigInt& a, const BigInt& b) {
    unsigned w = a.mag_.getBitWidth() + b.mag_.getBitWidth();
    APInt p = a.mag_.zext(w) * b.mag_.zext(w);
    return fromMagnitude(p, a.neg_ != b.neg_ && !p.isZero());
  }
  // Truncated division (Go's / and % on integers); b must not be zero.
  static void divModTruncated(const BigInt& a, const BigInt& b, BigInt& quo, BigInt& rem) {
    assert(!b.isZero());
    unsigned w = std::max(a.mag_.getBitWidth(), b.mag_.getBitWidth());
    APInt q, r;
    APInt::udivrem(a.mag_.zext(w), b.mag_.zext(w), q, r);
    quo = fromMagnitude(q, a.neg_ != b.neg_ && !q.isZero());
    rem = fromMagnitude(r, a.neg_ && !r.isZero());
  }
  BigInt shl(uint64_t n) const {
    if (isZero() || n == 0) return *this;
    assert(n <= std::numeric_limits<unsigned>::max() - bitLen() - kWordBits);
    unsigned w = roundUpToWords(bitLen() + static_cast<unsigned>(n));
    return fromMagnitude(mag_.zext(w).shl(static_cast<unsigned>(n)), neg_);
  }
  // Shifts |x| right, dropping bits (used on magnitudes only).
  BigInt shrMagnitude(uint64_t n) const {
    if (n >= bitLen()) return BigInt();
    return fromMagnitude(mag_.lshr(static_cast<unsigned>(n)), neg_);
  }
  // Arithmetic shift: floor(x / 2^n), Go's >> on negative constants.
  BigInt shrFloor(uint64_t n) const {
    BigInt q = shrMagnitude(n);
    if (neg_) {
      bool inexact = n >= bitLen() ? !isZero() : trailingZeros() < n;
      if (inexact) q = q - fromUint64(1);
    }
    return q;
  }
  static BigInt gcd(const BigInt& a, const BigInt& b) {
    unsigned w = std::max(a.mag_.getBitWidth(), b.mag_.getBitWidth());
    return fromMagnitude(llvm::APIntOps::GreatestCommonDivisor(a.mag_.zext(w), b.mag_.zext(w)),
                         false);
  }
  // Bitwise operations with the two's complement meaning Go gives negative
  // constants (x & -1 == x, ^x == -x-1).
  enum class Bitwise { And, Or, Xor, AndNot };
  static BigInt bitwise(Bitwise op, const BigInt& a, const BigInt& b) {
    unsigned w = roundUpToWords(std::max(a.bitLen(), b.bitLen()) + 1);
    APInt x = a.twosComplement(w), y = b.twosComplement(w);
    APInt r(w, 0);
    switch (op) {
      case Bitwise::And:
        r = x & y;
        break;
      case Bitwise::Or:
        r = x | y;
        break;
      case Bitwise::Xor:
        r = x ^ y;
        break;
      case Bitwise::AndNot:
        r = x & ~y;
        break;
    }
    return fromTwosComplement(r);
  }
  BigInt complemented() const { return negated() - fromUint64(1); }

  // Whether the value lies in the range of a bits-wide integer.
  bool fitsBits(unsigned bits, bool isSigned) const {
    if (!isSigned) return !neg_ && bitLen() <= bits;
    if (!neg_) return bitLen() < bits;
    // -2^(bits-1) is the one negative value with bitLen == bits.
    return bitLen() < bits || (bitLen() == bits && trailingZeros() == bits - 1);
  }
  uint64_t low64() const {
    uint64_t m = mag_.extractBitsAsZExtValue(kWordBits, 0);
    return neg_ ? 0 - m : m;
  }
  std::string decimal() const {
    llvm::SmallString<64> s;
    mag_.toStringUnsigned(s, 10);
    return (neg_ ? "-" : "") + std::string(s.str());
  }

 private:
  void trim() {
    unsigned w = roundUpToWords(mag_.getActiveBits());
    if (w != mag_.getBitWidth()) mag_ = mag_.trunc(w);
    if (mag_.isZero()) neg_ = false;
  }
  APInt twosComplement(unsigned w) const {
    APInt v = mag_.zext(w);
    if (neg_) v.negate();
    return v;
  }
  static BigInt fromTwosComplement(APInt v) {
    bool negative = v.isNegative();
    if (negative) v.negate();
    return fromMagnitude(v, negative);
  }

  APInt mag_;
  bool neg_ = false;
};

// ---------------------------------------------------------------------------
// Rational: num / den * 2^exp, normalized as described above.

struct Rational {
  BigInt num;
  BigInt den = BigInt::fromUint64(1);
  int64_t exp = 0;
  // Some rounding happened on the way here (a 512-bit approximation).
  bool rounded = false;

  bool isZero() const { return num.isZero(); }
  int sign() const { return num.sign(); }
  bool isInteger() const { return isZero() || (den.isOne() && exp >= 0); }
};

// floor(log2 |r|), exactly; r must not be zero.
int64_t floorLog2(const Rational& r) {
  assert(!r.isZero());
  int64_t k = static_cast<int64_t>(r.num.bitLen()) - r.den.bitLen();
  // |num| >= den * 2^k ?
  bool atLeast = k >= 0 ? BigInt::compareAbs(r.num, r.den.shl(k)) >= 0
                        : BigInt::compareAbs(r.num.shl(-k), r.den) >= 0;
  return r.exp + k - (atLeast ? 0 : 1);
}

// A rounded magnitude: |v| ~ mantissa * 2^ulpExp.
struct Rounded {
  BigInt mantissa;  // non-negative, < 2^precision (== 2^precision never survives)
  int64_t ulpExp = 0;
};

// Rounds |r| to precision bits, to nearest even, with no ulp below minUlpExp
// (a binary floating-point format's subnormal floor).
Rounded roundToPrecision(const Rational& r, unsigned precision, int64_t minUlpExp) {
  Rounded out;
  if (r.isZero()) return out;
  int64_t top = floorLog2(r);
  // |v| < 2^(minUlpExp-1): below half the smallest step, rounds to zero.
  if (top < minUlpExp - 1) return out;
  int64_t ulp = std::max<int64_t>(top - precision + 1, minUlpExp);
  // twice = floor(|v| / 2^(ulp-1)): the mantissa and one more (half) bit.
  int64_t shift = r.exp - ulp + 1;
  BigInt numerator = r.num.abs(), denominator = r.den;
  if (shift >= 0)
    numerator = numerator.shl(shift);
  else
    denominator = denominator.shl(-shift);
  BigInt twice, rem;
  BigInt::divModTruncated(numerator, denominator, twice, rem);
  bool half = twice.isOdd();
  out.mantissa = twice.shrMagnitude(1);
  out.ulpExp = ulp;
  if (half && (!rem.isZero() || out.mantissa.isOdd()))
    out.mantissa = out.mantissa + BigInt::fromUint64(1);
  if (out.mantissa.bitLen() > precision) {  // carried into a new top bit
    out.mantissa = out.mantissa.shrMagnitude(1);
    out.ulpExp++;
  }
  return out;
}

void normalize(Rational& r);

// r rounded to a precision-bit mantissa (den = 1).
Rational roundedRational(const Rational& r, unsigned precision) {
  Rounded rd = roundToPrecision(r, precision, kNoSubnormals);
  Rational out;
  out.num = BigInt::fromMagnitude(rd.mantissa.magnitude(), r.sign() < 0);
  out.exp = rd.ulpExp;
  out.rounded = true;
  normalize(out);
  return out;
}

void normalize(Rational& r) {
  if (r.num.isZero()) {
    r.den = BigInt::fromUint64(1);
    r.exp = 0;
    return;
  }
  if (r.den.isNegative()) {
    r.den = r.den.negated();
    r.num = r.num.negated();
  }
  unsigned tz = r.num.trailingZeros();
  r.num = r.num.shrMagnitude(tz);
  r.exp += tz;
  tz = r.den.trailingZeros();
  r.den = r.den.shrMagnitude(tz);
  r.exp -= tz;
  if (!r.den.isOne()) {
    BigInt g = BigInt::gcd(r.num, r.den);
    if (!g.isOne()) {
      BigInt q, rem;
      BigInt::divModTruncated(r.num, g, q, rem);
      r.num = q;
      BigInt::divModTruncated(r.den, g, q, rem);
      r.den = q;
    }
  }
  if (r.num.bitLen() > kMaxExactBits || r.den.bitLen() > kMaxExactBits)
    r = roundedRational(r, kRoundedPrecision);
}

Rational rationalFromInt(const BigInt& i) {
  Rational r;
  r.num = i;
  normalize(r);
  return r;
}

Rational negate(Rational r) {
  r.num = r.num.negated();
  return r;
}

Rational add(const Rational& a, const Rational& b) {
  if (a.isZero()) return b;
  if (b.isZero()) return a;
  // Exponents so far apart that the exact sum would need far more bits than
  // we keep: the smaller addend is below the rounding precision.
  const int64_t gap = a.exp > b.exp ? a.exp - b.exp : b.exp - a.exp;
  if (gap > 4 * static_cast<int64_t>(kMaxExactBits)) {
    int64_t ta = floorLog2(a), tb = floorLog2(b);
    if (ta - tb > 2 * static_cast<int64_t>(kRoundedPrecision))
      return roundedRational(a, kRoundedPrecision);
    if (tb - ta > 2 * static_cast<int64_t>(kRoundedPrecision))
      return roundedRational(b, kRoundedPrecision);
  }
  int64_t e = std::min(a.exp, b.exp);
  Rational r;
  r.num = (a.num * b.den).shl(a.exp - e) + (b.num * a.den).shl(b.exp - e);
  r.den = a.den * b.den;
  r.exp = e;
  r.rounded = a.rounded || b.rounded;
  normalize(r);
  return r;
}

Rational sub(const Rational& a, const Rational& b) {
  return add(a, negate(b));
}

Rational mul(const Rational& a, const Rational& b) {
  Rational r;
  r.num = a.num * b.num;
  r.den = a.den * b.den;
  r.exp = a.exp + b.exp;
  r.rounded = a.rounded || b.rounded;
  normalize(r);
  return r;
}

// b must not be zero.
Rational quo(const Rational& a, const Rational& b) {
  assert(!b.isZero());
  Rational r;
  r.num = a.num * b.den;
  r.den = a.den * b.num;  // normalize moves the sign to num
  r.exp = a.exp - b.exp;
  r.rounded = a.rounded || b.rounded;
  normalize(r);
  return r;
}

int compareRational(const Rational& a, const Rational& b) {
  if (a.sign() != b.sign()) return a.sign() < b.sign() ? -1 : 1;
  return sub(a, b).sign();
}

// The integer value of an integral r (r.isInteger()).
BigInt integerValue(const Rational& r) {
  assert(r.isInteger());
  return r.isZero() ? BigInt() : r.num.shl(r.exp);
}

// Whether r is within big.Float's exponent range; Unknown otherwise.
enum class Range { Ok, Overflow, Underflow };
Range floatRange(const Rational& r) {
  if (r.isZero()) return Range::Ok;
  int64_t mantExp = floorLog2(r) + 1;  // |r| = 0.mant * 2^mantExp
  if (mantExp > kMaxMantExp) return Range::Overflow;
  if (mantExp < kMinMantExp) return Range::Underflow;
  return Range::Ok;
}

// IEEE binary formats.
struct BinaryFormat {
  unsigned precision;   // mantissa bits including the implicit one
  int64_t minUlpExp;    // the smallest subnormal is 2^minUlpExp
  int64_t overflowExp;  // values >= 2^overflowExp are infinite
};
constexpr BinaryFormat kFloat64{53, -1074, 1024};
constexpr BinaryFormat kFloat32{24, -149, 128};

// r rounded to the format; nullopt when it overflows to infinity.
std::optional<double> roundToFormat(const Rational& r, const BinaryFormat& f) {
  Rounded rd = roundToPrecision(r, f.precision, f.minUlpExp);
  if (rd.mantissa.isZero()) return r.sign() < 0 ? -0.0 : 0.0;
  if (rd.ulpExp + static_cast<int64_t>(rd.mantissa.bitLen()) > f.overflowExp) return std::nullopt;
  double m = static_cast<double>(rd.mantissa.low64());  // < 2^53: exact
  double v = std::ldexp(m, static_cast<int>(rd.ulpExp));
  return r.sign() < 0 ? -v : v;
}

Rational rationalFromDouble(double d) {
  assert(std::isfinite(d));
  Rational r;
  if (d == 0) return r;
  int e = 0;
  double m = std::frexp(std::fabs(d), &e);  // 0.5 <= m < 1
  auto mant = static_cast<uint64_t>(std::ldexp(m, 64 - 11));
  r.num = BigInt::fromUint64(mant, d < 0);
  r.exp = e - (64 - 11);
  normalize(r);
  return r;
}

// 5^n: exact while it fits an exact fraction, otherwise computed by squaring
// with every step rounded to a precision well above kRoundedPrecision (the
// accumulated error stays far below the final rounding).
Rational powerOfFive(uint64_t n) {
  constexpr uint64_t kMaxExactPower = kMaxExactBits * 100 / 233;  // log2(5) > 2.32
  const unsigned kGuardPrecision = n <= kMaxExactPower ? kMaxExactBits : kRoundedPrecision + 128;
  Rational result = rationalFromInt(BigInt::fromUint64(1));
  Rational base = rationalFromInt(BigInt::fromUint64(5));
  while (n != 0) {
    if (n & 1) {
      result = mul(result, base);
      if (result.num.bitLen() > kGuardPrecision) result = roundedRational(result, kGuardPrecision);
    }
    n >>= 1;
    if (n != 0) {
      base = mul(base, base);
      if (base.num.bitLen() > kGuardPrecision) base = roundedRational(base, kGuardPrecision);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// The one concrete ConstValue.

struct ConstImpl final : ConstValue {
  Kind k = Kind::Unknown;
  bool boolean = false;
  std::string string;
  BigInt integer;
  Rational real;  // Float, or the real part of a Complex
  Rational imag;  // Complex only
  ConstImpl() = default;
};

const ConstImpl& impl(const ConstValue* v) {
  assert(v);
  return *static_cast<const ConstImpl*>(v);
}

// The arena: values live until the process exits, in blocks of
// kArenaBlock values. Compiling allocates them between syntax trees that are
// freed before the program runs; one at a time, they would keep a page of
// the freed compiler heap resident each (malloc cannot give back a page
// that still holds a live value).
ConstImpl* allocate(ConstValue::Kind k) {
  constexpr size_t kArenaBlock = 256;
  static std::mutex mu;
  static std::vector<std::unique_ptr<ConstImpl[]>> blocks;
  static size_t usedInLastBlock = kArenaBlock;
  std::lock_guard<std::mutex> lock(mu);
  if (usedInLastBlock == kArenaBlock) {
    blocks.push_back(std::make_unique<ConstImpl[]>(kArenaBlock));
    usedInLastBlock = 0;
  }
  ConstImpl* v = &blocks.back()[usedInLastBlock++];
  v->k = k;
  return v;
}

const ConstValue* unknownValue() {
  static const ConstValue* unknown = allocate(ConstValue::Kind::Unknown);
  return unknown;
}

const ConstValue* boolValue(bool b) {
  static const ConstValue* values[2] = {
      [] {
        ConstImpl* v = allocate(ConstValue::Kind::Bool);
        v->boolean = false;
        return v;
      }(),
      [] {
        ConstImpl* v = allocate(ConstValue::Kind::Bool);
        v->boolean = true;
        return v;
      }(),
  };
  return values[b ? 1 : 0];
}

const ConstValue* intValue(BigInt i) {
  if (i.bitLen() > kMaxIntBits) return unknownValue();
  ConstImpl* v = allocate(ConstValue::Kind::Int);
  v->integer = std::move(i);
  return v;
}

const ConstValue* floatValue(Rational r) {
  switch (floatRange(r)) {
    case Range::Overflow:
      return unknownValue();
    case Range::Underflow:
      r = Rational();
      break;
    case Range::Ok:
      break;
  }
  ConstImpl* v = allocate(ConstValue::Kind::Float);
  v->real = std::move(r);
  return v;
}

const ConstValue* complexValue(Rational re, Rational im) {
  if (floatRange(re) == Range::Overflow || floatRange(im) == Range::Overflow) return unknownValue();
  if (floatRange(re) == Range::Underflow) re = Rational();
  if (floatRange(im) == Range::Underflow) im = Rational();
  ConstImpl* v = allocate(ConstValue::Kind::Complex);
  v->real = std::move(re);
  v->imag = std::move(im);
  return v;
}

// Int or Float as a Rational; the caller checked the kind.
Rational asRational(const ConstImpl& v) {
  if (v.k == ConstValue::Kind::Int) return rationalFromInt(v.integer);
  assert(v.k == ConstValue::Kind::Float || v.k == ConstValue::Kind::Complex);
  return v.real;
}

bool isNumeric(ConstValue::Kind k) {
  return k == ConstValue::Kind::Int || k == ConstValue::Kind::Float ||
         k == ConstValue::Kind::Complex;
}

// ---------------------------------------------------------------------------
// Literal syntax.

bool isDecimalDigit(char c) {
  return c >= '0' && c <= '9';
}
int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}
char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Go's rule for '_' in number literals: it may only separate two digits, or
// a base prefix and a digit.
bool underscoresWellPlaced(const std::string& s) {
  enum class Saw { Start, Digit, Underscore, Other } saw = Saw::Start;
  size_t i = 0;
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = Saw::Digit;
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if (isDecimalDigit(c) || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = Saw::Digit;
      continue;
    }
    if (c == '_') {
      if (saw != Saw::Digit) return false;
      saw = Saw::Underscore;
      continue;
    }
    if (saw == Saw::Underscore) return false;
    saw = Saw::Other;
  }
  return saw != Saw::Underscore;
}

std::string withoutUnderscores(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

// Digits in the given base, nothing else, at least one.
std::optional<BigInt> parseDigits(const std::string& digits, unsigned base) {
  if (digits.empty()) return std::nullopt;
  for (char c : digits)
    if (digitValue(c) >= static_cast<int>(base)) return std::nullopt;
  // Bits needed: at most 4 per digit (base <= 16).
  unsigned width = roundUpToWords(static_cast<unsigned>(digits.size()) * 4 + 1);
  APInt v(width, llvm::StringRef(digits), static_cast<uint8_t>(base));
  return BigInt::fromMagnitude(v, false);
}

// An integer literal without underscores: decimal, 0x, 0o, 0b, or legacy 0-octal.
std::optional<BigInt> parseIntegerText(const std::string& s) {
  if (s.size() >= 2 && s[0] == '0') {
    switch (lower(s[1])) {
      case 'x':
        return parseDigits(s.substr(2), 16);
      case 'o':
        return parseDigits(s.substr(2), 8);
      case 'b':
        return parseDigits(s.substr(2), 2);
      default:
        return parseDigits(s.substr(1), 8);
    }
  }
  return parseDigits(s, 10);
}

// A signed decimal exponent, saturated far beyond any usable value.
std::optional<int64_t> parseExponent(const std::string& s) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (i == s.size()) return std::nullopt;
  int64_t v = 0;
  for (; i < s.size(); i++) {
    if (!isDecimalDigit(s[i])) return std::nullopt;
    v = std::min<int64_t>(v * 10 + (s[i] - '0'), int64_t{1} << 50);
  }
  return negative ? -v : v;
}

// mantissa * 10^exp10, exact when 5^|exp10| is of reasonable size.
const ConstValue* decimalFloat(const BigInt& mantissa, int64_t exp10) {
  if (mantissa.isZero()) return floatValue(Rational());
  // log2(mantissa * 10^exp10) is within a few bits of this.
  double approxLog2 = mantissa.bitLen() + static_cast<double>(exp10) * 3.321928094887362;
  if (approxLog2 > static_cast<double>(kMaxMantExp) + 64) return unknownValue();
  if (approxLog2 < static_cast<double>(kMinMantExp) - 64) return floatValue(Rational());
  Rational m = rationalFromInt(mantissa);
  Rational p5 = powerOfFive(static_cast<uint64_t>(exp10 < 0 ? -exp10 : exp10));
  Rational r = exp10 >= 0 ? mul(m, p5) : quo(m, p5);
  r.exp += exp10;  // the 2^exp10 half of 10^exp10
  return floatValue(std::move(r));
}

// A float literal's text without underscores: decimal or hexadecimal.
const ConstValue* parseFloatText(const std::string& s) {
  bool hex = s.size() >= 2 && s[0] == '0' && lower(s[1]) == 'x';
  size_t i = hex ? 2 : 0;
  std::string digits;
  int64_t fractionDigits = 0;
  bool sawPoint = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '.') {
      if (sawPoint) return nullptr;
      sawPoint = true;
    } else if (hex ? digitValue(c) < 16 : isDecimalDigit(c)) {
      digits += c;
      if (sawPoint) fractionDigits++;
    } else {
      break;
    }
  }
  if (digits.empty()) return nullptr;
  int64_t exponent = 0;
  if (i < s.size()) {
    char marker = lower(s[i]);
    if (marker != (hex ? 'p' : 'e')) return nullptr;
    std::optional<int64_t> e = parseExponent(s.substr(i + 1));
    if (!e) return nullptr;
    exponent = *e;
  } else if (hex) {
    return nullptr;  // a hexadecimal mantissa requires a 'p' exponent
  }
  std::optional<BigInt> mantissa = parseDigits(digits, hex ? 16 : 10);
  if (!mantissa) return nullptr;
  if (!hex) return decimalFloat(*mantissa, exponent - fractionDigits);
  // Exponents are saturated at 2^50, so this sum cannot overflow; floatValue
  // then checks the range.
  Rational r = rationalFromInt(*mantissa);
  if (!r.isZero()) r.exp += exponent - 4 * fractionDigits;
  return floatValue(std::move(r));
}

bool looksLikeFloat(const std::string& s) {
  bool hex = s.size() >= 2 && s[0] == '0' && lower(s[1]) == 'x';
  for (char c : s) {
    if (c == '.') return true;
    if (hex ? lower(c) == 'p' : lower(c) == 'e') return true;
  }
  return false;
}

// Numeric literal text of any LitKind::Int/Float/Imag form.
const ConstValue* parseNumber(const std::string& text, bool asFloat) {
  if (text.empty() || !(isDecimalDigit(text[0]) || text[0] == '.')) return nullptr;
  if (!underscoresWellPlaced(text)) return nullptr;
  std::string s = withoutUnderscores(text);
  if (asFloat || looksLikeFloat(s)) {
    if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o')) return nullptr;
    return parseFloatText(s);
  }
  std::optional<BigInt> i = parseIntegerText(s);
  if (!i) return nullptr;
  return intValue(std::move(*i));
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

constexpr uint32_t kRuneError = 0xFFFD;

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid
// (then *rune is kRuneError and one byte should be consumed).
size_t decodeUtf8(const std::string& s, size_t i, uint32_t* rune) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  *rune = kRuneError;
  if (b0 < 0x80) {
    *rune = b0;
    return 1;
  }
  size_t n;
  uint32_t r, min;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, r = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, r = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, r = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; k++) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    r = (r << 6) | (byte(i + k) & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0;
  *rune = r;
  return n;
}

// One character of a quoted literal body at s[i], Go's strconv.UnquoteChar:
// appends its bytes to out (a \x or octal escape is a single byte, anything
// else is UTF-8) and advances i. quote is the enclosing quote character.
bool unquoteChar(const std::string& s, size_t& i, char quote, std::string& out, uint32_t* rune) {
  char c = s[i];
  if (c == quote && quote != '`') return false;
  if (c == '\n') return false;
  if (c != '\\') {
    uint32_t r;
    size_t n = decodeUtf8(s, i, &r);
    if (n == 0) return false;
    out.append(s, i, n);
    i += n;
    *rune = r;
    return true;
  }
  if (++i >= s.size()) return false;
  c = s[i++];
  auto simple = [&](char v) {
    out += v;
    *rune = static_cast<unsigned char>(v);
    return true;
  };
  switch (c) {
    case 'a':
      return simple('\a');
    case 'b':
      return simple('\b');
    case 'f':
      return simple('\f');
    case 'n':
      return simple('\n');
    case 'r':
      return simple('\r');
    case 't':
      return simple('\t');
    case 'v':
      return simple('\v');
    case '\\':
      return simple('\\');
    case '\'':
    case '"':
      if (c != quote) return false;
      return simple(c);
    case 'x':
    case 'u':
    case 'U': {
      size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (i + n > s.size()) return false;
      uint32_t v = 0;
      for (size_t k = 0; k < n; k++) {
        int d = digitValue(s[i + k]);
        if (d >= 16) return false;
        v = v * 16 + static_cast<uint32_t>(d);
      }
      i += n;
      if (c == 'x') {
        out += static_cast<char>(v);
      } else {
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
        appendUtf8(out, v);
      }
      *rune = v;
      return true;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      if (i + 2 > s.size()) return false;
      uint32_t v = static_cast<uint32_t>(c - '0');
      for (size_t k = 0; k < 2; k++) {
        char d = s[i + k];
        if (d < '0' || d > '7') return false;
        v = v * 8 + static_cast<uint32_t>(d - '0');
      }
      i += 2;
      if (v > 255) return false;
      out += static_cast<char>(v);
      *rune = v;
      return true;
    }
    default:
      return false;
  }
}

const ConstValue* parseRune(const std::string& text) {
  if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return nullptr;
  std::string body = text.substr(1, text.size() - 2);
  size_t i = 0;
  std::string bytes;
  uint32_t rune = 0;
  if (!unquoteChar(body, i, '\'', bytes, &rune) || i != body.size()) return nullptr;
  return intValue(BigInt::fromUint64(rune));
}

const ConstValue* parseString(const std::string& text) {
  if (text.size() < 2) return nullptr;
  char quote = text.front();
  if (text.back() != quote || (quote != '"' && quote != '`')) return nullptr;
  std::string body = text.substr(1, text.size() - 2);
  std::string out;
  if (quote == '`') {
    if (body.find('`') != std::string::npos) return nullptr;
    for (char c : body)
      if (c != '\r') out += c;  // the spec drops carriage returns from raw strings
    return ConstValue::makeString(std::move(out));
  }
  for (size_t i = 0; i < body.size();) {
    uint32_t rune;
    if (!unquoteChar(body, i, '"', out, &rune)) return nullptr;
  }
  return ConstValue::makeString(std::move(out));
}

// ---------------------------------------------------------------------------
// Printing.

// An approximation of unicode.IsPrint for runes beyond ASCII: everything but
// controls, format characters, separators other than ' ', surrogates,
// private use and noncharacters. (Unassigned code points would need
// Unicode's tables; they print as themselves here.)
bool isPrintable(uint32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r < 0x7F) return true;
  if (r <= 0xA0 || r == 0xAD) return false;
  if (r == 0x061C || r == 0x1680 || r == 0x180E || r == 0x3000 || r == 0xFEFF) return false;
  if (r >= 0x2000 && r <= 0x200F) return false;
  if (r >= 0x2028 && r <= 0x202F) return false;
  if (r >= 0x205F && r <= 0x206F) return false;
  if (r >= 0xD800 && r <= 0xF8FF) return false;  // surrogates and private use
  if (r >= 0xFFF9 && r <= 0xFFFB) return false;
  if ((r & 0xFFFE) == 0xFFFE) return false;  // U+xxFFFE, U+xxFFFF
  if (r >= 0xE0000 && r <= 0xE0FFF) return false;
  if (r >= 0xF0000) return false;
  return true;
}

// Go's strconv.Quote.
std::string quote(const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    uint32_t r;
    size_t n = decodeUtf8(s, i, &r);
    if (n == 0) {  // an invalid byte
      auto b = static_cast<unsigned char>(s[i++]);
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 15];
      continue;
    }
    if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
    } else if (isPrintable(r)) {
      out.append(s, i, n);
    } else {
      switch (r) {
        case '\a':
          out += "\\a";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\v':
          out += "\\v";
          break;
        default: {
          int digits = r < ' ' || r == 0x7F ? 2 : r < 0x10000 ? 4 : 8;
          out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
          for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(r >> shift) & 15];
        }
      }
    }
    i += n;
  }
  out += '"';
  return out;
}

// go/constant's stringVal.String: quoted, at most 72 runes.
std::string shortQuote(const std::string& s) {
  constexpr size_t kMaxRunes = 72;
  std::string q = quote(s);
  size_t runes = 0;
  for (size_t i = 0; i < q.size();) {
    uint32_t r;
    size_t n = decodeUtf8(q, i, &r);
    i += n ? n : 1;
    runes++;
  }
  if (runes <= kMaxRunes) return q;
  size_t i = 0;
  for (size_t k = 0; k < kMaxRunes - 3; k++) {
    uint32_t r;
    size_t n = decodeUtf8(q, i, &r);
    i += n ? n : 1;
  }
  return q.substr(0, i) + "...";
}

std::string formatG6(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

// 10^y for |y| < 1 computed as Go's math.Pow does it (exp of the fraction
// nearest zero, times 10^(0 or 1) by frexp'd squaring), so the approximate
// rendering of out-of-range floats lands on Go's digits.
double goPow10(double y) {
  double yi = 0, yf = std::fabs(y);
  if (yf > 0.5) {
    yf -= 1;
    yi = 1;
  }
  double a1 = yf != 0 ? std::exp(yf * std::log(10.0)) : 1.0;
  int ae = 0;
  if (yi != 0) {
    int xe;
    double x1 = std::frexp(10.0, &xe);
    a1 *= x1;
    ae += xe;
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return std::ldexp(a1, ae);
}

// go/constant's floatVal.String.
std::string floatString(const Rational& r) {
  std::optional<double> d = roundToFormat(r, kFloat64);
  if (d && (r.isZero() == (*d == 0))) return formatG6(*d);
  // Outside float64's range: |r| = mant * 2^exp with 0.5 <= mant < 1, then
  // an approximate decimal mantissa and exponent.
  int64_t exp = floorLog2(r) + 1;
  Rounded rd = roundToPrecision(r, 53, kNoSubnormals);
  double m =
      std::ldexp(static_cast<double>(rd.mantissa.low64()), static_cast<int>(rd.ulpExp - exp));
  if (r.sign() < 0) m = -m;
  // log10(2) rounded once, as Go's constant expression Ln2/Ln10 is.
  constexpr double kLog10Of2 = 0.301029995663981195213738894724493026768189881462108541310;
  double decimalExp = static_cast<double>(exp) * kLog10Of2;
  auto e = static_cast<int64_t>(decimalExp);
  m *= goPow10(decimalExp - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
  return buf;
}

// The exact value of a Rational: an integer, or "num/den" as big.Rat prints.
std::string exactRationalString(const Rational& r) {
  if (r.num.bitLen() + static_cast<uint64_t>(std::abs(r.exp)) > kMaxIntFromFloatBits)
    return floatString(r);
  if (r.isInteger()) return integerValue(r).decimal();
  BigInt num = r.num, den = r.den;
  if (r.exp >= 0)
    num = num.shl(r.exp);
  else
    den = den.shl(-r.exp);
  return num.decimal() + "/" + den.decimal();
}

// ---------------------------------------------------------------------------
// Operations on operands of matching kinds.

enum class Rank { Int, Float, Complex };

Rank rankOf(ConstValue::Kind k) {
  return k == ConstValue::Kind::Int     ? Rank::Int
         : k == ConstValue::Kind::Float ? Rank::Float
                                        : Rank::Complex;
}

struct ComplexParts {
  Rational re, im;
};

ComplexParts asComplex(const ConstImpl& v) {
  if (v.k == ConstValue::Kind::Complex) return {v.real, v.imag};
  return {asRational(v), Rational()};
}

const ConstValue* complexOp(ast::Op op, const ComplexParts& a, const ComplexParts& b) {
  switch (op) {
    case ast::Op::Add:
      return complexValue(add(a.re, b.re), add(a.im, b.im));
    case ast::Op::Sub:
      return complexValue(sub(a.re, b.re), sub(a.im, b.im));
    case ast::Op::Mul:
      return complexValue(sub(mul(a.re, b.re), mul(a.im, b.im)),
                          add(mul(a.re, b.im), mul(a.im, b.re)));
    case ast::Op::Quo: {
      // (a.re + a.im i)(b.re - b.im i) / (b.re^2 + b.im^2)
      Rational denominator = add(mul(b.re, b.re), mul(b.im, b.im));
      if (denominator.isZero()) return nullptr;
      Rational re = add(mul(a.re, b.re), mul(a.im, b.im));
      Rational im = sub(mul(a.im, b.re), mul(a.re, b.im));
      return complexValue(quo(re, denominator), quo(im, denominator));
    }
    default:
      return nullptr;
  }
}

const ConstValue* floatOp(ast::Op op, const Rational& a, const Rational& b) {
  switch (op) {
    case ast::Op::Add:
      return floatValue(add(a, b));
    case ast::Op::Sub:
      return floatValue(sub(a, b));
    case ast::Op::Mul:
      return floatValue(mul(a, b));
    case ast::Op::Quo:
      if (b.isZero()) return nullptr;
      return floatValue(quo(a, b));
    default:
      return nullptr;
  }
}

const ConstValue* intOp(ast::Op op, const BigInt& a, const BigInt& b, bool intDivision) {
  switch (op) {
    case ast::Op::Add:
      return intValue(a + b);
    case ast::Op::Sub:
      return intValue(a - b);
    case ast::Op::Mul:
      if (a.bitLen() + b.bitLen() > kMaxIntBits + 1) return unknownValue();
      return intValue(a * b);
    case ast::Op::Quo:
      if (b.isZero()) return nullptr;
      if (!intDivision) return floatOp(op, rationalFromInt(a), rationalFromInt(b));
      [[fallthrough]];
    case ast::Op::Rem: {
      if (b.isZero()) return nullptr;
      BigInt q, r;
      BigInt::divModTruncated(a, b, q, r);
      return intValue(op == ast::Op::Quo ? q : r);
    }
    case ast::Op::And:
      return intValue(BigInt::bitwise(BigInt::Bitwise::And, a, b));
    case ast::Op::Or:
      return intValue(BigInt::bitwise(BigInt::Bitwise::Or, a, b));
    case ast::Op::Xor:
      return intValue(BigInt::bitwise(BigInt::Bitwise::Xor, a, b));
    case ast::Op::AndNot:
      return intValue(BigInt::bitwise(BigInt::Bitwise::AndNot, a, b));
    default:
      return nullptr;
  }
}

bool isComparison(ast::Op op) {
  switch (op) {
    case ast::Op::Eql:
    case ast::Op::Neq:
    case ast::Op::Lss:
    case ast::Op::Leq:
    case ast::Op::Gtr:
    case ast::Op::Geq:
      return true;
    default:
      return false;
  }
}

bool orderedResult(ast::Op op, int cmp) {
  switch (op) {
    case ast::Op::Eql:
      return cmp == 0;
    case ast::Op::Neq:
      return cmp != 0;
    case ast::Op::Lss:
      return cmp < 0;
    case ast::Op::Leq:
      return cmp <= 0;
    case ast::Op::Gtr:
      return cmp > 0;
    case ast::Op::Geq:
      return cmp >= 0;
    default:
      assert(false && "not a comparison");
      return false;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Factories

const ConstValue* ConstValue::makeBool(bool b) {
  return boolValue(b);
}

const ConstValue* ConstValue::makeString(std::string s) {
  ConstImpl* v = allocate(Kind::String);
  v->string = std::move(s);
  return v;
}

const ConstValue* ConstValue::makeInt64(int64_t v) {
  return intValue(BigInt::fromInt64(v));
}
const ConstValue* ConstValue::makeUint64(uint64_t v) {
  return intValue(BigInt::fromUint64(v));
}

const ConstValue* ConstValue::makeFloat64(double v) {
  if (!std::isfinite(v)) return unknownValue();
  return floatValue(rationalFromDouble(v));
}

const ConstValue* ConstValue::makeUnknown() {
  return unknownValue();
}

const ConstValue* ConstValue::fromLiteral(ast::LitKind kind, const std::string& text) {
  switch (kind) {
    case ast::LitKind::Int: {
      const ConstValue* v = parseNumber(text, false);
      return v && v->kind() == Kind::Int ? v : nullptr;
    }
    case ast::LitKind::Float:
      return parseNumber(text, true);
    case ast::LitKind::Imag: {
      if (text.size() < 2 || text.back() != 'i') return nullptr;
      std::string body = text.substr(0, text.size() - 1);
      // For backward compatibility an all-decimal integer part is decimal
      // even with a leading 0: 0123i == 123i.
      bool allDecimal = std::all_of(body.begin(), body.end(),
                                    [](char c) { return isDecimalDigit(c) || c == '_'; });
      const ConstValue* v;
      if (allDecimal) {
        if (!underscoresWellPlaced(body) || !isDecimalDigit(body[0])) return nullptr;
        std::optional<BigInt> i = parseDigits(withoutUnderscores(body), 10);
        if (!i) return nullptr;
        v = intValue(*i);
      } else {
        v = parseNumber(body, false);
      }
      if (!v || v->kind() == Kind::Unknown) return v;
      return complexValue(Rational(), asRational(impl(v)));
    }
    case ast::LitKind::Char:
      return parseRune(text);
    case ast::LitKind::String:
      return parseString(text);
  }
  return nullptr;
}

ConstValue::Kind ConstValue::kind() const {
  return impl(this).k;
}

// ---------------------------------------------------------------------------
// Arithmetic

const ConstValue* ConstValue::binaryOp(ast::Op op, const ConstValue* x, const ConstValue* y,
                                       bool intDivision) {
  const ConstImpl& a = impl(x);
  const ConstImpl& b = impl(y);
  if (a.k == Kind::Unknown || b.k == Kind::Unknown) return unknownValue();
  if (isComparison(op)) {
    if (a.k != b.k && !(isNumeric(a.k) && isNumeric(b.k))) return nullptr;
    if (a.k == Kind::Bool && op != ast::Op::Eql && op != ast::Op::Neq) return nullptr;
    if (a.k == Kind::Complex || b.k == Kind::Complex)
      if (op != ast::Op::Eql && op != ast::Op::Neq) return nullptr;
    return boolValue(compare(op, x, y));
  }
  if (a.k == Kind::Bool && b.k == Kind::Bool) {
    if (op == ast::Op::LAnd) return boolValue(a.boolean && b.boolean);
    if (op == ast::Op::LOr) return boolValue(a.boolean || b.boolean);
    return nullptr;
  }
  if (a.k == Kind::String && b.k == Kind::String) {
    if (op != ast::Op::Add) return nullptr;
    return makeString(a.string + b.string);
  }
  if (!isNumeric(a.k) || !isNumeric(b.k)) return nullptr;
  switch (std::max(rankOf(a.k), rankOf(b.k))) {
    case Rank::Int:
      return intOp(op, a.integer, b.integer, intDivision);
    case Rank::Float:
      return floatOp(op, asRational(a), asRational(b));
    case Rank::Complex:
      return complexOp(op, asComplex(a), asComplex(b));
  }
  return nullptr;
}

const ConstValue* ConstValue::unaryOp(ast::Op op, const ConstValue* x, int precBits) {
  const ConstImpl& a = impl(x);
  if (a.k == Kind::Unknown) return unknownValue();
  switch (op) {
    case ast::Op::Add:
      return isNumeric(a.k) ? x : nullptr;
    case ast::Op::Sub:
      switch (a.k) {
        case Kind::Int:
          return intValue(a.integer.negated());
        case Kind::Float:
          return floatValue(negate(a.real));
        case Kind::Complex:
          return complexValue(negate(a.real), negate(a.imag));
        default:
          return nullptr;
      }
    case ast::Op::Xor: {
      if (a.k != Kind::Int) return nullptr;
      BigInt r = a.integer.complemented();
      // For an unsigned type ^x is x with its precBits bits flipped, not a
      // negative number: keep only those bits.
      if (precBits > 0) {
        BigInt outside = BigInt::fromInt64(-1).shl(static_cast<uint64_t>(precBits));
        r = BigInt::bitwise(BigInt::Bitwise::AndNot, r, outside);
      }
      return intValue(std::move(r));
    }
    case ast::Op::Not:
      return a.k == Kind::Bool ? boolValue(!a.boolean) : nullptr;
    default:
      return nullptr;
  }
}

const ConstValue* ConstValue::shift(ast::Op op, const ConstValue* x, uint64_t count) {
  const ConstImpl& a = impl(x);
  if (a.k == Kind::Unknown) return unknownValue();
  if (a.k != Kind::Int || count > kMaxShiftCount) return nullptr;
  if (op == ast::Op::Shl) return intValue(a.integer.shl(count));
  if (op == ast::Op::Shr) return intValue(a.integer.shrFloor(count));
  return nullptr;
}

bool ConstValue::compare(ast::Op op, const ConstValue* x, const ConstValue* y) {
  const ConstImpl& a = impl(x);
  const ConstImpl& b = impl(y);
  if (a.k == Kind::Unknown || b.k == Kind::Unknown) return false;
  if (isNumeric(a.k) && isNumeric(b.k)) {
    if (a.k == Kind::Int && b.k == Kind::Int)
      return orderedResult(op, BigInt::compare(a.integer, b.integer));
    if (a.k == Kind::Complex || b.k == Kind::Complex) {
      ComplexParts p = asComplex(a), q = asComplex(b);
      bool equal = compareRational(p.re, q.re) == 0 && compareRational(p.im, q.im) == 0;
      if (op == ast::Op::Eql) return equal;
      if (op == ast::Op::Neq) return !equal;
      return false;
    }
    return orderedResult(op, compareRational(asRational(a), asRational(b)));
  }
  if (a.k != b.k) return false;
  if (a.k == Kind::Bool) {
    if (op == ast::Op::Eql) return a.boolean == b.boolean;
    if (op == ast::Op::Neq) return a.boolean != b.boolean;
    return false;
  }
  assert(a.k == Kind::String);
  return orderedResult(op, a.string.compare(b.string));
}

// ---------------------------------------------------------------------------
// Representation and conversions

const ConstValue* ConstValue::toInt() const {
  const ConstImpl& a = impl(this);
  switch (a.k) {
    case Kind::Int:
      return this;
    case Kind::Complex:
      if (!a.imag.isZero()) return nullptr;
      [[fallthrough]];
    case Kind::Float: {
      Rational r = a.real;
      if (!r.isInteger() && r.rounded) {
        // A value that went through 512-bit rounding may miss an integer by
        // an ulp or so; go/constant accepts it when a slightly coarser
        // rounding lands on one.
        Rational coarse = roundedRational(r, kRoundedPrecision - 4);
        if (coarse.isInteger()) r = coarse;
      }
      if (!r.isInteger()) return nullptr;
      if (r.num.bitLen() + static_cast<uint64_t>(r.exp) > kMaxIntFromFloatBits) return nullptr;
      return intValue(integerValue(r));
    }
    default:
      return nullptr;
  }
}

const ConstValue* ConstValue::toFloat() const {
  const ConstImpl& a = impl(this);
  switch (a.k) {
    case Kind::Int:
      return floatValue(rationalFromInt(a.integer));
    case Kind::Float:
      return this;
    case Kind::Complex:
      return a.imag.isZero() ? floatValue(a.real) : nullptr;
    default:
      return nullptr;
  }
}

bool ConstValue::fitsInt(int bits, bool isSigned) const {
  const ConstValue* i = toInt();
  if (!i) return false;
  return impl(i).integer.fitsBits(static_cast<unsigned>(bits), isSigned);
}

namespace {
std::optional<Rational> realValue(const ConstImpl& a) {
  if (a.k == ConstValue::Kind::Int || a.k == ConstValue::Kind::Float) return asRational(a);
  if (a.k == ConstValue::Kind::Complex && a.imag.isZero()) return a.real;
  return std::nullopt;
}
}  // namespace

bool ConstValue::fitsFloat32() const {
  std::optional<Rational> r = realValue(impl(this));
  return r && roundToFormat(*r, kFloat32).has_value();
}

bool ConstValue::fitsFloat64() const {
  std::optional<Rational> r = realValue(impl(this));
  return r && roundToFormat(*r, kFloat64).has_value();
}

const ConstValue* ConstValue::roundFloat32() const {
  std::optional<Rational> r = realValue(impl(this));
  if (!r) return nullptr;
  std::optional<double> d = roundToFormat(*r, kFloat32);
  return d ? makeFloat64(*d) : nullptr;
}

const ConstValue* ConstValue::roundFloat64() const {
  std::optional<Rational> r = realValue(impl(this));
  if (!r) return nullptr;
  std::optional<double> d = roundToFormat(*r, kFloat64);
  return d ? makeFloat64(*d) : nullptr;
}

// ---------------------------------------------------------------------------
// Machine values

bool ConstValue::boolVal() const {
  assert(kind() == Kind::Bool);
  return impl(this).boolean;
}

const std::string& ConstValue::stringVal() const {
  assert(kind() == Kind::String);
  return impl(this).string;
}

namespace {
// The low 64 bits of r truncated toward zero, without building a huge integer.
uint64_t truncatedLow64(const Rational& r) {
  if (r.isZero()) return 0;
  if (r.exp >= 64) return 0;                                    // a multiple of 2^64
  if (r.exp < -static_cast<int64_t>(r.num.bitLen())) return 0;  // |r| < 1
  BigInt q, rem;
  if (r.exp >= 0)
    BigInt::divModTruncated(r.num.shl(r.exp), r.den, q, rem);
  else
    BigInt::divModTruncated(r.num, r.den.shl(-r.exp), q, rem);
  return q.low64();
}
}  // namespace

// A Float that is not an integer (which the checker never asks for) is
// truncated toward zero, as a conversion would, rather than trapping.
uint64_t ConstValue::uint64Val() const {
  const ConstImpl& a = impl(this);
  if (a.k == Kind::Int) return a.integer.low64();
  std::optional<Rational> r = realValue(a);
  assert(r && "uint64Val of a non-numeric constant");
  return r ? truncatedLow64(*r) : 0;
}

int64_t ConstValue::int64Val() const {
  return static_cast<int64_t>(uint64Val());
}

double ConstValue::float64Val() const {
  std::optional<Rational> r = realValue(impl(this));
  assert(r && "float64Val of a non-numeric constant");
  if (!r) return 0;
  std::optional<double> d = roundToFormat(*r, kFloat64);
  return d ? *d : r->sign() < 0 ? -HUGE_VAL : HUGE_VAL;
}

float ConstValue::float32Val() const {
  std::optional<Rational> r = realValue(impl(this));
  assert(r && "float32Val of a non-numeric constant");
  if (!r) return 0;
  std::optional<double> d = roundToFormat(*r, kFloat32);
  return d ? static_cast<float>(*d) : r->sign() < 0 ? -HUGE_VALF : HUGE_VALF;
}

int ConstValue::sign() const {
  const ConstImpl& a = impl(this);
  switch (a.k) {
    case Kind::Int:
      return a.integer.sign();
    case Kind::Float:
      return a.real.sign();
    case Kind::Complex:
      return a.real.sign() | a.imag.sign();
    default:
      return 1;  // as go/constant: Unknown is treated as non-zero
  }
}

// ---------------------------------------------------------------------------
// Printing

std::string ConstValue::str() const {
  const ConstImpl& a = impl(this);
  switch (a.k) {
    case Kind::Unknown:
      return "unknown";
    case Kind::Bool:
      return a.boolean ? "true" : "false";
    case Kind::String:
      return shortQuote(a.string);
    case Kind::Int:
      return a.integer.decimal();
    case Kind::Float:
      return floatString(a.real);
    case Kind::Complex:
      return "(" + floatString(a.real) + " + " + floatString(a.imag) + "i)";
  }
  return "unknown";
}

std::string ConstValue::exactString() const {
  const ConstImpl& a = impl(this);
  switch (a.k) {
    case Kind::String:
      return quote(a.string);
    case Kind::Float:
      return exactRationalString(a.real);
    case Kind::Complex:
      return "(" + exactRationalString(a.real) + " + " + exactRationalString(a.imag) + "i)";
    default:
      return str();
  }
}

}  // namespace golem
