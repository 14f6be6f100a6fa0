// The intrinsics of package math (stdlib/math/math.go), bound by name in
// stdlib/natives.cpp.
//
// golem must print what Go prints, and Go's math functions are not the C
// library's: most are Go code derived from Cephes and FreeBSD's msun whose
// results differ from glibc's in the last bit for a large share of inputs
// (measured: a quarter of Sin/Cos/Atan/Pow results), and on amd64 Exp, Log
// and Hypot are assembly with their own operation order (Exp uses fused
// multiply-adds when the CPU has AVX and FMA). So each function here runs
// Go 1.19's amd64 algorithm, operation for operation in float64: the same
// argument reductions, polynomial coefficients and special cases. Only the
// operations IEEE 754 defines exactly (sqrt, floor, ceil, trunc, round,
// fmod) come from the C library. The C++ must be compiled without
// floating-point contraction across statements, which GCC does not do on
// x86-64 without FMA in the target ISA; the FMA steps of Exp call std::fma
// explicitly.
//
// Frames follow vm/native.h: each float64 parameter and result is one word.
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

#include "vm/native.h"

namespace golem::stdlib {

namespace {

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
// Go folds constant expressions exactly before rounding, so 1/Ln10, 1/Ln2,
// 4/Pi and 3*Pi/4 are written out rather than computed in float64.
constexpr double kLog10E = 0.434294481903251827651128918916605082294397005803666566114453783;
constexpr double kLog2E = 1.44269504088896340735992468100189213742664595415298593413544940;
constexpr double kFourOverPiValue = 1.27323954473516268615107010698011489627567716592365404726;
constexpr double kThreePiOverFour = 2.35619449019234492884698253745962716314787704953132936573120844;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr int kShift = 52;
constexpr int kBias = 1023;
constexpr uint64_t kMask = 0x7FF;

// Go's NaN() and the asm routines' NaN: 0x7FF8000000000001.
double goNaN() { return std::bit_cast<double>(uint64_t{0x7FF8000000000001}); }

// Frexp: x = frac * 2^exp with 0.5 <= |frac| < 1; subnormals normalized first.
double frexp(double x, int* exp) {
  *exp = 0;
  if (x == 0 || std::isinf(x) || std::isnan(x)) return x;
  if (std::fabs(x) < 2.2250738585072014e-308) {  // subnormal: scale into the normal range
    x *= static_cast<double>(uint64_t{1} << 52);
    *exp = -52;
  }
  uint64_t bits = std::bit_cast<uint64_t>(x);
  *exp += static_cast<int>((bits >> kShift) & kMask) - kBias + 1;
  bits &= ~(kMask << kShift);
  bits |= uint64_t{kBias - 1} << kShift;
  return std::bit_cast<double>(bits);
}

// Ldexp: frac * 2^exp, with Go's underflow cut-off and one rounding for
// subnormal results.
double ldexp(double frac, int exp) {
  if (frac == 0 || std::isinf(frac) || std::isnan(frac)) return frac;
  if (std::fabs(frac) < 2.2250738585072014e-308) {
    frac *= static_cast<double>(uint64_t{1} << 52);
    exp -= 52;
  }
  uint64_t bits = std::bit_cast<uint64_t>(frac);
  exp += static_cast<int>((bits >> kShift) & kMask) - kBias;
  if (exp < -1075) return std::copysign(0.0, frac);
  if (exp > 1023) return frac < 0 ? -kInf : kInf;
  double m = 1;
  if (exp < -1022) {  // subnormal result: build it scaled up, then scale down once
    exp += 53;
    m = 1.0 / static_cast<double>(uint64_t{1} << 53);
  }
  bits &= ~(kMask << kShift);
  bits |= static_cast<uint64_t>(exp + kBias) << kShift;
  return m * std::bit_cast<double>(bits);
}

// Modf: integer and fractional parts with the sign of f; Modf(±Inf) has a
// NaN fraction, as Go's.
void modf(double f, double* ipart, double* fpart) {
  if (f < 1) {
    if (f < 0) {
      modf(-f, ipart, fpart);
      *ipart = -*ipart;
      *fpart = -*fpart;
      return;
    }
    if (f == 0) {
      *ipart = f;
      *fpart = f;
      return;
    }
    *ipart = 0;
    *fpart = f;
    return;
  }
  uint64_t bits = std::bit_cast<uint64_t>(f);
  unsigned e = static_cast<unsigned>((bits >> kShift) & kMask) - kBias;
  if (e < 64 - 12) bits &= ~((uint64_t{1} << (64 - 12 - e)) - 1);
  *ipart = std::bit_cast<double>(bits);
  *fpart = f - *ipart;
}

// Exp as exp_amd64.s: x = k*ln2 + r; exp(r/16) by a Taylor polynomial,
// squared four times; times 2^k. With FMA when the CPU has AVX and FMA.
bool cpuHasFMA() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  }();
  return has;
}

double exp(double x) {
    constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double kTaylor[] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                                8.3333333333333333333e-3, 1.3888888888888888889e-3,
                                1.9841269841269841270e-4, 2.4801587301587301587e-5};
  uint64_t bits = std::bit_cast<uint64_t>(x);
  if ((bits & ~(uint64_t{1} << 63)) >= 0x7FF0000000000000) {  // not finite
    if (bits == 0xFFF0000000000000) return 0;                  // -Inf
    return x;                                                   // NaN or +Inf
  }
  if (x > kOverflow) return kInf;
  // CVTSD2SL: round to nearest int32 (the argument is bounded, no overflow).
  int32_t k = static_cast<int32_t>(std::nearbyint(kLog2E * x));
  double fk = static_cast<double>(k);
  double r, p;
  if (cpuHasFMA()) {
    r = std::fma(-kLn2U, fk, x);
    r = std::fma(-kLn2L, fk, r);
    r *= 0.0625;
    p = kTaylor[8];
    p = std::fma(p, r, kTaylor[7]);
    p = std::fma(p, r, kTaylor[6]);
    p = std::fma(p, r, kTaylor[5]);
    p = std::fma(p, r, kTaylor[4]);
    p = std::fma(p, r, kTaylor[3]);
    p = std::fma(p, r, kTaylor[0]);
    p = std::fma(p, r, kTaylor[1]);
    r *= p;
    for (int i = 0; i < 3; i++) {
      p = r + kTaylor[2];
      r *= p;
    }
    p = r + kTaylor[2];
    r = std::fma(r, p, kTaylor[1]);
  } else {
    r = x - kLn2U * fk;
    r = r - kLn2L * fk;
    r *= 0.0625;
    p = kTaylor[8] * r;
    p = (p + kTaylor[7]) * r;
    p = (p + kTaylor[6]) * r;
    p = (p + kTaylor[5]) * r;
    p = (p + kTaylor[4]) * r;
    p = (p + kTaylor[3]) * r;
    p = (p + kTaylor[0]) * r;
    p = p + kTaylor[1];
    r *= p;
    for (int i = 0; i < 4; i++) {
      p = r + kTaylor[2];
      r *= p;
    }
    r += kTaylor[1];
  }
  // r * 2^k, with the assembly's handling of subnormal and overflowing k.
  int32_t biased = k + 0x3FF;
  if (biased <= 0) {
    if (biased < -52) return 0;
    biased += 0x3FE;
    r *= std::bit_cast<double>(static_cast<uint64_t>(static_cast<uint32_t>(biased)) << 52);
    biased = 1;
  } else if (biased >= 0x7FF) {
    return kInf;
  }
  return r * std::bit_cast<double>(static_cast<uint64_t>(biased) << 52);
}

// Log as log_amd64.s (FreeBSD's e_log.c reduction; no subnormal scaling):
// x = 2^k * (1+f) with sqrt(2)/2 <= 1+f < sqrt(2), then a polynomial in
// s = f/(2+f).
double log(double x) {
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                   L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                   L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  uint64_t bits = std::bit_cast<uint64_t>(x);
  if ((bits & ~(uint64_t{1} << 63)) == 0) return -kInf;
  if (static_cast<int64_t>(bits) < 0) return goNaN();
  if (bits >= 0x7FF0000000000000) return x;
  double f1 = std::bit_cast<double>((bits & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = static_cast<double>(static_cast<int32_t>((bits >> 52) & 0x7FF) - 0x3FE);
  if (f1 < kHSqrt2) {
    k -= 1;
    f1 *= 2;
  } else {
    f1 *= 1;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (hfsq + R) + k * kLn2Lo)) - f);
}

double log10(double x) { return log(x) * kLog10E; }

double log2(double x) {
  int e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return static_cast<double>(e - 1);
  return log(frac) * kLog2E + static_cast<double>(e);
}

// Trigonometric reduction (Cephes): j = the octant of x, z = x - j*Pi/4 in
// three-part extended precision; Payne-Hanek with 4/Pi's bits for x >= 2^29.
constexpr double kPI4A = 7.85398125648498535156e-1;
constexpr double kPI4B = 3.77489470793079817668e-8;
constexpr double kPI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

// The binary expansion of 4/Pi, 64 bits a word, the first word holding the
// integer part (checked against a 450-digit computation of Pi).
constexpr uint64_t kFourOverPi[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Payne-Hanek: multiply x's mantissa by the 192 bits of 4/Pi that matter at
// x's exponent; the top 3 bits of the product are the octant, the rest the
// fraction, rebuilt as a float64 and scaled by Pi/4.
void trigReduce(double x, uint64_t* octant, double* z) {
  constexpr double kPI4 = kPi / 4;
  if (x < kPI4) {
    *octant = 0;
    *z = x;
    return;
  }
  uint64_t ix = std::bit_cast<uint64_t>(x);
  int exp = static_cast<int>((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= uint64_t{1} << kShift;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  auto word = [&](unsigned i) {
    // (a << s) | (b >> (64 - s)), where Go's shift by 64 gives 0.
    uint64_t hiPart = kFourOverPi[i] << bitshift;
    uint64_t loPart = bitshift == 0 ? 0 : kFourOverPi[i + 1] >> (64 - bitshift);
    return hiPart | loPart;
  };
  uint64_t z0 = word(digit), z1 = word(digit + 1), z2 = word(digit + 2);
  unsigned __int128 p2 = static_cast<unsigned __int128>(z2) * ix;
  unsigned __int128 p1 = static_cast<unsigned __int128>(z1) * ix;
  uint64_t z2hi = static_cast<uint64_t>(p2 >> 64);
  uint64_t z1hi = static_cast<uint64_t>(p1 >> 64), z1lo = static_cast<uint64_t>(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = hi == 0 ? 64 : static_cast<unsigned>(__builtin_clzll(hi));
  uint64_t e = static_cast<uint64_t>(kBias - (lz + 1));
  hi = (lz + 1 >= 64 ? 0 : hi << (lz + 1)) | (lo >> (64 - (lz + 1)));
  hi >>= 64 - kShift;
  hi |= e << kShift;
  double zz = std::bit_cast<double>(hi);
  if (j & 1) {
    j++;
    j &= 7;
    zz--;
  }
  *octant = j;
  *z = zz * kPI4;
}

void reduce(double x, uint64_t* octant, double* z, bool wrapOctant) {
  if (x >= kReduceThreshold) {
    trigReduce(x, octant, z);
    return;
  }
  uint64_t j = static_cast<uint64_t>(x * kFourOverPiValue);
  double y = static_cast<double>(j);
  if (j & 1) {
    j++;
    y++;
  }
  if (wrapOctant) j &= 7;
  *octant = j;
  *z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;
}

constexpr double kSin[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                           -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
constexpr double kCos[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                           2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};

double sinPoly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

double cos(double x) {
  if (std::isnan(x) || std::isinf(x)) return goNaN();
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double sin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double tan(double x) {
  constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  constexpr double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                          -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, false);  // tan keeps the unwrapped octant for its j&2 test
  double zz = z * z;
  double y;
  if (zz > 1e-14) {
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  } else {
    y = z;
  }
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

// Arctangent (Cephes atan.c): xatan on [0, 0.66], reduced otherwise.
double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

double satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17;
  constexpr double kTan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > kTan3pio8) return kPi / 2 - xatan(1 / x) + kMorebits;
  return kPi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * kMorebits;
}

double atan(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return goNaN();
  double temp = std::sqrt(1 - x * x);
  temp = x > 0.7 ? kPi / 2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

double acos(double x) { return kPi / 2 - asin(x); }

double atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return goNaN();
  if (y == 0) {
    if (x >= 0 && !std::signbit(x)) return std::copysign(0.0, y);
    return std::copysign(kPi, y);
  }
  if (x == 0) return std::copysign(kPi / 2, y);
  if (std::isinf(x)) {
    if (x > 0) return std::isinf(y) ? std::copysign(kPi / 4, y) : std::copysign(0.0, y);
    return std::isinf(y) ? std::copysign(kThreePiOverFour, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPi / 2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

// Hypot as hypot_amd64.s: max * sqrt(1 + (min/max)^2).
double hypot(double p, double q) {
  p = std::fabs(p);
  q = std::fabs(q);
  if (std::isinf(p) || std::isinf(q)) return kInf;
  if (std::isnan(p) || std::isnan(q)) return goNaN();
  if (p == 0 && q == 0) return 0;
  double big = p > q ? p : q;  // MAXSD/MINSD on non-NaN operands
  double small = p > q ? q : p;
  double r = small / big;
  r *= r;
  r += 1.0;
  return big * std::sqrt(r);
}

bool isOddInt(double x) {
  double xi, xf;
  modf(x, &xi, &xf);
  return xf == 0 && (static_cast<int64_t>(xi) & 1) == 1;
}

// Pow (Go's pow.go): special cases, then x^yi by repeated squaring on
// Frexp's mantissa and exponent kept apart, times Exp(yf*Log(x)).
double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return goNaN();
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(kInf, x) : kInf;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return kInf;
  }
  if (std::isinf(x)) {
    if (x < 0) return pow(1 / x, -y);  // Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return kInf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);
  double yi, yf;
  modf(std::fabs(y), &yi, &yf);
  if (yf != 0 && x < 0) return goNaN();
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return kInf;
  }
  double a1 = 1.0;
  int ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int xe;
  double x1 = frexp(x, &xe);
  for (auto i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

// Cbrt (FreeBSD's s_cbrt.c): a 5-bit estimate from the exponent bits
// divided by 3, one step of a rational approximation, rounding to 23 bits,
// then one Newton step.
double cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01, kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = std::bit_cast<double>(std::bit_cast<uint64_t>(x) / 3 + (B1 << 32));
  if (x < kSmallestNormal) {
    t = static_cast<double>(uint64_t{1} << 54);
    t *= x;
    t = std::bit_cast<double>(std::bit_cast<uint64_t>(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = std::bit_cast<double>((std::bit_cast<uint64_t>(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// Sinh (Cephes): a rational series below 0.5, Exp above.
double sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

// Tanh (Cephes): a rational function below 0.625, from Exp above.
double tanh(double x) {
  constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  constexpr double kMaxLog = 8.8029691931113054295988e+01;
  double z = std::fabs(x);
  if (z > 0.5 * kMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

// Exp2 (FreeBSD's e_exp.c reduction, base 2): 2^x = 2^k * e^(t*ln2).
double exp2(double x) {
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  constexpr double kOverflow = 1.0239999999999999e+03, kUnderflow = -1.0740e+03;
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  if (std::isnan(x) || x == kInf) return x;
  if (x == -kInf) return 0;
  if (x > kOverflow) return kInf;
  if (x < kUnderflow) return 0;
  int k = 0;
  if (x > 0) {
    k = static_cast<int>(x + 0.5);
  } else if (x < 0) {
    k = static_cast<int>(x - 0.5);
  }
  double t = x - static_cast<double>(k);
  double hi = t * kLn2Hi;
  double lo = -t * kLn2Lo;
  double r = hi - lo;
  double tt = r * r;
  double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

double argAt(vm::NativeCall& call, size_t word) { return call.word<double>(word); }

template <double (*F)(double)>
void unary(vm::NativeCall& call) {
  call.word<double>(1) = F(argAt(call, 0));
}

template <double (*F)(double, double)>
void binary(vm::NativeCall& call) {
  call.word<double>(2) = F(argAt(call, 0), argAt(call, 1));
}

double sqrtExact(double x) { return std::sqrt(x); }
double floorExact(double x) { return std::floor(x); }
double ceilExact(double x) { return std::ceil(x); }
double truncExact(double x) { return std::trunc(x); }
double roundExact(double x) { return std::round(x); }
double roundToEvenExact(double x) { return std::nearbyint(x); }  // the default mode rounds half to even
double fmodExact(double x, double y) { return std::fmod(x, y); }

}  // namespace

void mathAcos(vm::NativeCall& call) { unary<acos>(call); }
void mathAsin(vm::NativeCall& call) { unary<asin>(call); }
void mathAtan(vm::NativeCall& call) { unary<atan>(call); }
void mathAtan2(vm::NativeCall& call) { binary<atan2>(call); }
void mathCbrt(vm::NativeCall& call) { unary<cbrt>(call); }
void mathCeil(vm::NativeCall& call) { unary<ceilExact>(call); }
void mathCosh(vm::NativeCall& call) { unary<cosh>(call); }
void mathCos(vm::NativeCall& call) { unary<cos>(call); }
void mathExp(vm::NativeCall& call) { unary<exp>(call); }
void mathExp2(vm::NativeCall& call) { unary<exp2>(call); }
void mathFloor(vm::NativeCall& call) { unary<floorExact>(call); }
void mathHypot(vm::NativeCall& call) { binary<hypot>(call); }
void mathLog(vm::NativeCall& call) { unary<log>(call); }
void mathLog10(vm::NativeCall& call) { unary<log10>(call); }
void mathLog2(vm::NativeCall& call) { unary<log2>(call); }
void mathMod(vm::NativeCall& call) { binary<fmodExact>(call); }
void mathPow(vm::NativeCall& call) { binary<pow>(call); }
void mathRound(vm::NativeCall& call) { unary<roundExact>(call); }
void mathRoundToEven(vm::NativeCall& call) { unary<roundToEvenExact>(call); }
void mathSin(vm::NativeCall& call) { unary<sin>(call); }
void mathSinh(vm::NativeCall& call) { unary<sinh>(call); }
void mathSqrt(vm::NativeCall& call) { unary<sqrtExact>(call); }
void mathTan(vm::NativeCall& call) { unary<tan>(call); }
void mathTanh(vm::NativeCall& call) { unary<tanh>(call); }
void mathTrunc(vm::NativeCall& call) { unary<truncExact>(call); }

// func FMA(x, y, z float64) float64: x*y+z rounded once, which IEEE 754
// defines exactly, so the C library's fma gives Go's result.
void mathFMA(vm::NativeCall& call) {
  call.word<double>(3) = std::fma(argAt(call, 0), argAt(call, 1), argAt(call, 2));
}

// func Frexp(f float64) (frac float64, exp int)
void mathFrexp(vm::NativeCall& call) {
  int e;
  call.word<double>(1) = frexp(argAt(call, 0), &e);
  call.word<int64_t>(2) = e;
}

// func Ldexp(frac float64, exp int) float64
void mathLdexp(vm::NativeCall& call) {
  int64_t e = call.word<int64_t>(1);
  // Beyond ±2^12 every result is 0 or ±Inf already; clamp so int holds it.
  if (e > 1 << 12) e = 1 << 12;
  if (e < -(1 << 12)) e = -(1 << 12);
  call.word<double>(2) = ldexp(argAt(call, 0), static_cast<int>(e));
}

// func Modf(f float64) (int float64, frac float64)
void mathModf(vm::NativeCall& call) {
  double ip, fp;
  modf(argAt(call, 0), &ip, &fp);
  call.word<double>(1) = ip;
  call.word<double>(2) = fp;
}

}  // namespace golem::stdlib

namespace golem::stdlib {

// func Float64bits(f float64) uint64, Float64frombits and the float32 pair:
// the same bits reinterpreted; a float32 or uint32 is the low half of its
// word, the high half is written as zero.
void mathFloat64bits(vm::NativeCall& call) { call.word<uint64_t>(1) = call.word<uint64_t>(0); }
void mathFloat64frombits(vm::NativeCall& call) { call.word<uint64_t>(1) = call.word<uint64_t>(0); }
void mathFloat32bits(vm::NativeCall& call) { call.word<uint64_t>(1) = call.word<uint64_t>(0) & 0xFFFFFFFF; }
void mathFloat32frombits(vm::NativeCall& call) { call.word<uint64_t>(1) = call.word<uint64_t>(0) & 0xFFFFFFFF; }

}  // namespace golem::stdlib
