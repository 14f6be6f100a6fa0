// Unit tests of print/println formatting, runtime error texts and panic
// values (runtime/print.h, runtime/error.h) and of stdout/stderr output
// (runtime/output.h). Every expected string was printed by Go 1.19.8
// (go run of small programs using println and panic).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

#include "runtime/error.h"
#include "runtime/output.h"
#include "runtime/print.h"
#include "runtime/type.h"

namespace golem::rt {
namespace {

template <typename F>
std::string printed(F f) {
  std::string out;
  f(out);
  return out;
}

String str(const char* s) { return String{reinterpret_cast<const uint8_t*>(s), (int64_t)strlen(s)}; }

TEST(Print, Integers) {
  // println(1, -1, 0, MinInt64, MaxInt64, MaxUint64, int8(-128), uint8(255))
  std::string out;
  printInt(out, 1);
  printSpace(out);
  printInt(out, -1);
  printSpace(out);
  printInt(out, 0);
  printSpace(out);
  printInt(out, std::numeric_limits<int64_t>::min());
  printSpace(out);
  printInt(out, std::numeric_limits<int64_t>::max());
  printSpace(out);
  printUint(out, std::numeric_limits<uint64_t>::max());
  printSpace(out);
  printInt(out, -128);
  printSpace(out);
  printUint(out, 255);
  printNewline(out);
  EXPECT_EQ(out,
            "1 -1 0 -9223372036854775808 9223372036854775807 18446744073709551615 -128 255\n");
}

TEST(Print, Bools) {
  EXPECT_EQ(printed([](std::string& o) { printBool(o, true); printSpace(o); printBool(o, false); }),
            "true false");
}

TEST(Print, FloatSpecialValues) {
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, NAN); }), "NaN");
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, INFINITY); }), "+Inf");
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, -INFINITY); }), "-Inf");
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, 0.0); }), "+0.000000e+000");
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, -0.0); }), "-0.000000e+000");
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, 1.5); }), "+1.500000e+000");
  EXPECT_EQ(printed([](std::string& o) { printFloat(o, -1.5); }), "-1.500000e+000");
}

struct FloatCase {
  uint64_t bits;
  const char* expected;
};

// {math.Float64bits(v), println(v)} from Go, including random bit patterns.
const FloatCase kFloatCases[] = {
    {0x0000000000000000, "+0.000000e+000"},
    {0x8000000000000000, "-0.000000e+000"},
    {0x3ff0000000000000, "+1.000000e+000"},
    {0xbff0000000000000, "-1.000000e+000"},
    {0x3ff8000000000000, "+1.500000e+000"},
    {0x3fb999999999999a, "+1.000000e-001"},
    {0x3fd3333333333333, "+3.000000e-001"},
    {0x3fe5555555555555, "+6.666667e-001"},
    {0x7e37e43c8800759c, "+1.000000e+300"},
    {0x01a56e1fc2f8f359, "+1.000000e-300"},
    {0x0000000000000001, "+4.940656e-324"},
    {0x7fefffffffffffff, "+1.797693e+308"},
    {0x4023fffffca501ad, "+1.000000e+001"},
    {0x4023fffffdfc9a9b, "+1.000000e+001"},
    {0x4023fffffe5280d6, "+1.000000e+001"},
    {0x4197d783ec000000, "+1.000000e+008"},
    {0x3fe0000000000000, "+5.000000e-001"},
    {0x419d6f3454000000, "+1.234568e+008"},
    {0x444b1ae4d6e2ef50, "+1.000000e+021"},
    {0x3e7ad7f29abcaf48, "+1.000000e-007"},
    {0x0008d83aff3e96b1, "+1.230000e-308"},
    {0x400921fb54442d11, "+3.141593e+000"},
    {0x3fb99999a0000000, "+1.000000e-001"},
    {0x3fd5555560000000, "+3.333333e-001"},
    {0x3e5ad7f29abcaf48, "+2.500000e-008"},
    {0x3ff000008637bd06, "+1.000001e+000"},
    {0x3ff0000083888b29, "+1.000000e+000"},
    {0x4023ffffef39085f, "+1.000000e+001"},
    {0x4013ffffde7210bf, "+5.000000e+000"},
    {0x4d65822107fcfd52, "+7.078407e+064"},
    {0x78629a0f5f3f164f, "+7.861782e+271"},
    {0xd5104dc76695721d, "-5.705688e+101"},
    {0xb80704bb7b4d7c03, "-8.455656e-039"},
    {0x365a858149c6e2d1, "+7.258700e-047"},
    {0x57e9d1860d1d68d8, "+3.179059e+115"},
    {0x8866cb397916001e, "-3.451688e-268"},
    {0x9408d2ac22c4d294, "-3.686772e-212"},
    {0x0c697f48392907a0, "+7.122394e-249"},
    {0xa68447a4189deb99, "-3.834745e-123"},
    {0x41f27cc6f3875d04, "+4.962677e+009"},
    {0x68255aaf95e94627, "+4.871373e+193"},
    {0x9b6cffa2ba517936, "-1.431229e-176"},
    {0x30b95ff183c471d4, "+5.610006e-074"},
    {0xa8b621587cb3ad0b, "-1.437832e-112"},
    {0x3c04951aa42655d9, "+1.394720e-019"},
    {0xa43a768b7c4e0b68, "-3.640844e-134"},
    {0xa5845c95d4491d1b, "-5.874962e-128"},
    {0x56ec3f2525632186, "+5.307079e+110"},
    {0x9bf98be2a9d78d73, "-6.455542e-174"},
    {0x1a02070f169c1121, "+2.121338e-183"},
    {0x2e3108dabb158644, "+3.425255e-086"},
    {0xc90bd268b68e6a3f, "-7.755617e+043"},
    {0x6e661e92759805f5, "+6.396473e+223"},
    {0xa584c47f2cdf5b8a, "-5.992078e-128"},
    {0x2606cd2b57d29245, "+1.684202e-125"},
    {0x6054502fc5d6d268, "+1.089423e+156"},
    {0x1a714cf86b83d0e2, "+2.605826e-181"},
    {0xeec34c367674cb74, "-3.571515e+225"},
    {0xd92e17f7b068d9db, "-3.885463e+121"},
    {0xbd82ec9acf04cd0b, "-2.151437e-012"},
    {0x42249edb695d5036, "+4.428226e+010"},
    {0xc3078821afe87a9f, "-8.279503e+014"},
    {0xc240e331b5f08608, "-1.450623e+011"},
    {0xc13a889a65d6c701, "-1.738906e+006"},
    {0x3dc30778cd90f805, "+3.461389e-011"},
    {0xbc6336a6af1fc1d8, "-8.332519e-018"},
    {0x4170a61095159fee, "+1.745742e+007"},
    {0x3c95d0309810aed6, "+7.567988e-017"},
    {0xc2aa79ba2317e6b5, "-1.455506e+013"},
};

TEST(Print, FloatsMatchGoDigitForDigit) {
  for (const FloatCase& c : kFloatCases) {
    double v;
    std::memcpy(&v, &c.bits, sizeof v);
    EXPECT_EQ(printed([&](std::string& o) { printFloat(o, v); }), c.expected) << std::hex << c.bits;
  }
}

TEST(Print, Float32IsWidened) {
  // println(float32(0.1), float32(1)/3, float32(16777217), float32(3.4e38))
  float values[] = {0.1f, 1.0f / 3, 16777217.0f, 3.4e38f};
  const char* expected[] = {"+1.000000e-001", "+3.333333e-001", "+1.677722e+007", "+3.400000e+038"};
  for (int i = 0; i < 4; i++) {
    EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Float32), &values[i]); }),
              expected[i]);
  }
}

TEST(Print, Complex) {
  EXPECT_EQ(printed([](std::string& o) { printComplex(o, 1, 2); }), "(+1.000000e+000+2.000000e+000i)");
  EXPECT_EQ(printed([](std::string& o) { printComplex(o, -1.5, INFINITY); }), "(-1.500000e+000+Infi)");
  float c64[2] = {3, -4};
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Complex64), c64); }),
            "(+3.000000e+000-4.000000e+000i)");
}

TEST(Print, StringsAreRaw) {
  EXPECT_EQ(printed([](std::string& o) { printString(o, str("a\nb")); }), "a\nb");
  EXPECT_EQ(printed([](std::string& o) { printString(o, String{nullptr, 0}); }), "");
}

TEST(Print, PointersAndNil) {
  EXPECT_EQ(printed([](std::string& o) { printPointer(o, nullptr); }), "0x0");
  EXPECT_EQ(printed([](std::string& o) { printPointer(o, reinterpret_cast<void*>(0xc000016090)); }),
            "0xc000016090");
  EXPECT_EQ(printed([](std::string& o) { printHex(o, 0xDEADBEEF); }), "0xdeadbeef");
  EXPECT_EQ(printed([](std::string& o) { printHex(o, ~uint64_t{0}); }), "0xffffffffffffffff");
}

TEST(Print, InterfacesAndSlices) {
  EXPECT_EQ(printed([](std::string& o) { printEface(o, nullptr, nullptr); }), "(0x0,0x0)");
  EXPECT_EQ(printed([](std::string& o) { printSlice(o, Slice{nullptr, 0, 0}); }), "[0/0]0x0");
  EXPECT_EQ(printed([](std::string& o) {
              printSlice(o, Slice{reinterpret_cast<void*>(0xc000010018), 3, 10});
            }),
            "[3/10]0xc000010018");
}

TEST(Print, PrintValueDispatchesOnKind) {
  int64_t i = -7;
  uint8_t b = 'a';
  int32_t r = 'x';
  uint64_t u = 255;
  bool t = true;
  String s = str("hi");
  void* p = nullptr;
  const void* iface[2] = {nullptr, nullptr};
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Int), &i); }), "-7");
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Uint8), &b); }), "97");
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Int32), &r); }), "120");
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Uintptr), &u); }), "255");
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::Bool), &t); }), "true");
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, stringType(), &s); }), "hi");
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, basicType(Kind::UnsafePointer), &p); }), "0x0");
  Type mapType;
  mapType.kind = Kind::Map;
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, &mapType, &p); }), "0x0");
  Type ifaceType;
  ifaceType.kind = Kind::Interface;
  EXPECT_EQ(printed([&](std::string& o) { printValue(o, &ifaceType, iface); }), "(0x0,0x0)");
}

// ---- runtime error texts (panic: runtime error: ... from Go) ----

TEST(RuntimeErrors, IndexOutOfRange) {
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Index, 5, 3), "index out of range [5] with length 3");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Index, -1, 3), "index out of range [-1]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Index, 10, 3, /*xSigned=*/false),
            "index out of range [10] with length 3");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Index, -1, 3, /*xSigned=*/false),
            "index out of range [18446744073709551615] with length 3");
}

TEST(RuntimeErrors, SliceBounds) {
  EXPECT_EQ(boundsErrorMessage(BoundsCode::SliceAcap, 5, 3), "slice bounds out of range [:5] with capacity 3");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::SliceAlen, 5, 3), "slice bounds out of range [:5] with length 3");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::SliceB, 2, 1), "slice bounds out of range [2:1]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3Acap, 5, 3), "slice bounds out of range [::5] with capacity 3");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3Alen, 5, 3), "slice bounds out of range [::5] with length 3");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3B, 3, 2), "slice bounds out of range [:3:2]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3C, 2, 1), "slice bounds out of range [2:1:]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Convert, 4, 2),
            "cannot convert slice with length 2 to pointer to array with length 4");
}

TEST(RuntimeErrors, NegativeSliceBoundsUseShortForms) {
  EXPECT_EQ(boundsErrorMessage(BoundsCode::SliceAcap, -1, 3), "slice bounds out of range [:-1]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::SliceB, -1, 3), "slice bounds out of range [-1:]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3Acap, -1, 3), "slice bounds out of range [::-1]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3B, -1, 2), "slice bounds out of range [:-1:]");
  EXPECT_EQ(boundsErrorMessage(BoundsCode::Slice3C, -1, 1), "slice bounds out of range [-1::]");
}

TEST(RuntimeErrors, FixedMessages) {
  EXPECT_EQ(divideErrorMessage(), "integer divide by zero");
  EXPECT_EQ(nilDereferenceMessage(), "invalid memory address or nil pointer dereference");
  EXPECT_EQ(negativeShiftMessage(), "negative shift amount");
  EXPECT_EQ(nilMapAssignmentMessage(), "assignment to entry in nil map");
  EXPECT_EQ(sliceErrorMessage(SliceError::GrowCapOutOfRange), "growslice: cap out of range");
  EXPECT_EQ(sliceErrorMessage(SliceError::MakeLenOutOfRange), "makeslice: len out of range");
  EXPECT_EQ(sliceErrorMessage(SliceError::MakeCapOutOfRange), "makeslice: cap out of range");
}

// ---- panic values (panic: ... lines from Go) ----

Type namedBasic(Kind kind, const char* name) {
  Type t = *basicType(kind);
  t.named = true;
  t.pkgPath = "main";
  t.name = name;
  t.str = std::string("main.") + name;
  return t;
}

TEST(PanicValue, PredeclaredTypesPrintBare) {
  int64_t i = 3;
  uint8_t u = 200;
  double f = 1.5;
  float f32 = 0.1f;
  bool b = true;
  double c[2] = {1, -2};
  String s = str("plain\nstring");
  EXPECT_EQ(formatPanicValue(nullptr, nullptr), "nil");
  EXPECT_EQ(formatPanicValue(basicType(Kind::Int), &i), "3");
  EXPECT_EQ(formatPanicValue(basicType(Kind::Uint8), &u), "200");
  EXPECT_EQ(formatPanicValue(basicType(Kind::Float64), &f), "+1.500000e+000");
  EXPECT_EQ(formatPanicValue(basicType(Kind::Float32), &f32), "+1.000000e-001");
  EXPECT_EQ(formatPanicValue(basicType(Kind::Bool), &b), "true");
  EXPECT_EQ(formatPanicValue(basicType(Kind::Complex128), c), "(+1.000000e+000-2.000000e+000i)");
  EXPECT_EQ(formatPanicValue(stringType(), &s), "plain\nstring");
}

TEST(PanicValue, NamedBasicTypesShowTheirName) {
  Type myInt = namedBasic(Kind::Int, "MyInt");
  Type myStr = namedBasic(Kind::String, "MyStr");
  Type myF = namedBasic(Kind::Float64, "MyF");
  Type myB = namedBasic(Kind::Bool, "MyB");
  Type myC = namedBasic(Kind::Complex128, "MyC");
  Type myU8 = namedBasic(Kind::Uint8, "MyU8");
  int64_t i = 3;
  String hi = str("hi");
  String quoted = str("a\"b\nc\\");
  double f = 1.5;
  bool b = true;
  double c[2] = {1, 2};
  uint8_t u = 7;
  EXPECT_EQ(formatPanicValue(&myInt, &i), "main.MyInt(3)");
  EXPECT_EQ(formatPanicValue(&myStr, &hi), "main.MyStr(\"hi\")");
  EXPECT_EQ(formatPanicValue(&myStr, &quoted), "main.MyStr(\"a\"b\nc\\\")");  // no escaping in 1.19
  EXPECT_EQ(formatPanicValue(&myF, &f), "main.MyF(+1.500000e+000)");
  EXPECT_EQ(formatPanicValue(&myB, &b), "main.MyB(true)");
  EXPECT_EQ(formatPanicValue(&myC, c), "main.MyC(+1.000000e+000+2.000000e+000i)");
  EXPECT_EQ(formatPanicValue(&myU8, &u), "main.MyU8(7)");
}

TEST(PanicValue, OtherTypesShowTypeAndAddress) {
  Type structType;
  structType.kind = Kind::Struct;
  structType.size = 8;
  structType.str = "main.T";
  Type pointerType;
  pointerType.kind = Kind::Pointer;
  pointerType.size = 8;
  pointerType.str = "*main.T";
  Type sliceType;
  sliceType.kind = Kind::Slice;
  sliceType.str = "[]int";
  // A boxed value is printed by its address; a pointer by its own value.
  auto* boxed = reinterpret_cast<const void*>(0x4d9dc8);
  void* pointerWord = reinterpret_cast<void*>(0xc000016090);
  EXPECT_EQ(formatPanicValue(&structType, boxed), "(main.T) 0x4d9dc8");
  EXPECT_EQ(formatPanicValue(&pointerType, &pointerWord), "(*main.T) 0xc000016090");
  EXPECT_EQ(formatPanicValue(&sliceType, reinterpret_cast<const void*>(0xc000010018)),
            "([]int) 0xc000010018");
}

// ---- stdout/stderr ----

// Runs f with fd 1 and fd 2 redirected into one pipe; returns what was written.
template <typename F>
std::string captureOutput(F f) {
  std::fflush(stdout);
  std::fflush(stderr);
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  int savedOut = dup(1), savedErr = dup(2);
  dup2(fds[1], 1);
  dup2(fds[1], 2);
  f();
  flushStdout();
  dup2(savedOut, 1);
  dup2(savedErr, 2);
  close(savedOut);
  close(savedErr);
  close(fds[1]);
  std::string got;
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) got.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  return got;
}

TEST(Output, StderrFlushesStdoutFirst) {
  std::string got = captureOutput([] {
    writeStdout("out1\n", 5);
    writeStderr("err1\n", 5);
    writeStdout("out2\n", 5);
    std::string printedLine;
    printInt(printedLine, 42);
    printNewline(printedLine);
    writePrinted(printedLine);
  });
  EXPECT_EQ(got, "out1\nerr1\nout2\n42\n");
}

TEST(Output, LargeWritesKeepOrder) {
  std::string big(20000, 'x');
  std::string got = captureOutput([&] {
    writeStdout("a", 1);
    writeStdout(big.data(), big.size());
    for (int i = 0; i < 3000; i++) writeStdout("0123456789", 10);
    writeStderr("!", 1);
  });
  std::string expected = "a" + big;
  for (int i = 0; i < 3000; i++) expected += "0123456789";
  expected += "!";
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace golem::rt
