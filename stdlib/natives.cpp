// The table of every intrinsic: the C++ functions that body-less Go
// functions of the stdlib sources are bound to, by full name (vm/native.h).
//
// One table, sorted by name (byte order), searched by binary search when the
// compiler lowers a body-less function. To add intrinsics: declare them in
// their package's block below and add one row each in sorted position; the
// sort is checked (once, at the first lookup) by an assertion.
#include <algorithm>
#include <cassert>
#include <iterator>
#include <string_view>

#include "vm/native.h"

namespace golem::stdlib {

// math/bits (stdlib/bits_natives.cpp)
void bitsDiv64(vm::NativeCall& call);
void bitsLen64(vm::NativeCall& call);
void bitsMul64(vm::NativeCall& call);
void bitsOnesCount64(vm::NativeCall& call);
void bitsPanicDivide(vm::NativeCall& call);
void bitsPanicOverflow(vm::NativeCall& call);
void bitsReverse64(vm::NativeCall& call);
void bitsReverseBytes64(vm::NativeCall& call);
void bitsTrailingZeros64(vm::NativeCall& call);

// bufio (stdlib/bufio_natives.cpp)
void bufioWordBounds(vm::NativeCall& call);

// bytes (stdlib/bytes_natives.cpp; the others are strings' intrinsics)
void bytesOffsetOf(vm::NativeCall& call);

// errors (stdlib/errors_natives.cpp)
void errorsAssignTo(vm::NativeCall& call);
void errorsIsComparable(vm::NativeCall& call);
void errorsTargetKind(vm::NativeCall& call);

// fmt (stdlib/fmt_natives.cpp)
void fmtErrorfText(vm::NativeCall& call);
void fmtPrint(vm::NativeCall& call);
void fmtPrintf(vm::NativeCall& call);
void fmtPrintln(vm::NativeCall& call);
void fmtSprint(vm::NativeCall& call);
void fmtSprintf(vm::NativeCall& call);
void fmtSprintln(vm::NativeCall& call);
void fmtSprintBytes(vm::NativeCall& call);
void fmtSprintfBytes(vm::NativeCall& call);
void fmtSprintlnBytes(vm::NativeCall& call);
// fmt's scanning (stdlib/fmt_scan_natives.cpp)
void fmtPointeeKind(vm::NativeCall& call);
void fmtRetype(vm::NativeCall& call);

// math (stdlib/math_natives.cpp)
void mathAcos(vm::NativeCall& call);
void mathAsin(vm::NativeCall& call);
void mathAtan(vm::NativeCall& call);
void mathAtan2(vm::NativeCall& call);
void mathCbrt(vm::NativeCall& call);
void mathCeil(vm::NativeCall& call);
void mathCos(vm::NativeCall& call);
void mathCosh(vm::NativeCall& call);
void mathExp(vm::NativeCall& call);
void mathExp2(vm::NativeCall& call);
void mathFMA(vm::NativeCall& call);
void mathFloat32bits(vm::NativeCall& call);
void mathFloat32frombits(vm::NativeCall& call);
void mathFloat64bits(vm::NativeCall& call);
void mathFloat64frombits(vm::NativeCall& call);
void mathFloor(vm::NativeCall& call);
void mathFrexp(vm::NativeCall& call);
void mathHypot(vm::NativeCall& call);
void mathLdexp(vm::NativeCall& call);
void mathLog(vm::NativeCall& call);
void mathLog10(vm::NativeCall& call);
void mathLog2(vm::NativeCall& call);
void mathMod(vm::NativeCall& call);
void mathModf(vm::NativeCall& call);
void mathPow(vm::NativeCall& call);
void mathRound(vm::NativeCall& call);
void mathRoundToEven(vm::NativeCall& call);
void mathSin(vm::NativeCall& call);
void mathSinh(vm::NativeCall& call);
void mathSqrt(vm::NativeCall& call);
void mathTan(vm::NativeCall& call);
void mathTanh(vm::NativeCall& call);
void mathTrunc(vm::NativeCall& call);

// os (stdlib/os_natives.cpp)
void osCloseFd(vm::NativeCall& call);
void osEnviron(vm::NativeCall& call);
void osErrnoText(vm::NativeCall& call);
void osExit(vm::NativeCall& call);
void osGetenv(vm::NativeCall& call);
void osMkdir(vm::NativeCall& call);
void osOpenFile(vm::NativeCall& call);
void osPread(vm::NativeCall& call);
void osPwrite(vm::NativeCall& call);
void osRead(vm::NativeCall& call);
void osReadFile(vm::NativeCall& call);
void osRmdir(vm::NativeCall& call);
void osRuntimeArgs(vm::NativeCall& call);
void osSeek(vm::NativeCall& call);
void osSetenv(vm::NativeCall& call);
void osStatDir(vm::NativeCall& call);
void osUnlink(vm::NativeCall& call);
void osUnsetenv(vm::NativeCall& call);
void osWrite(vm::NativeCall& call);

// path/filepath (stdlib/filepath_natives.cpp)
void filepathGetwd(vm::NativeCall& call);
void filepathLstatExists(vm::NativeCall& call);
void filepathReadDirNames(vm::NativeCall& call);

// regexp (stdlib/regexp_natives.cpp)
void regexpCompile(vm::NativeCall& call);
void regexpMatch(vm::NativeCall& call);
void regexpMatchBytes(vm::NativeCall& call);

// runtime's finalizers (vm/finalizer.cpp)
void runtimeFinalizerGoroutineEnded(vm::NativeCall& call);
void runtimeNextFinalizer(vm::NativeCall& call);
void runtimeSetFinalizer(vm::NativeCall& call);

// sort (stdlib/sort_natives.cpp)
void sortInts(vm::NativeCall& call);
void sortSliceLen(vm::NativeCall& call);
void sortStrings(vm::NativeCall& call);
void sortSwapElems(vm::NativeCall& call);

// strconv (stdlib/strconv_natives.cpp)
void strconvFormatDigits(vm::NativeCall& call);
void strconvFormatFloat(vm::NativeCall& call);
void strconvParseFloat(vm::NativeCall& call);

// strings (stdlib/strings_natives.cpp)
void stringsAsciiCase(vm::NativeCall& call);
void stringsBytesString(vm::NativeCall& call);
void stringsCountNonEmpty(vm::NativeCall& call);
void stringsFieldsASCII(vm::NativeCall& call);
void stringsIndex(vm::NativeCall& call);
void stringsIndexByte(vm::NativeCall& call);
void stringsLastIndex(vm::NativeCall& call);
void stringsRepeat(vm::NativeCall& call);

// unicode (stdlib/unicode_natives.cpp)
void unicodeIsDigit(vm::NativeCall& call);
void unicodeIsGraphic(vm::NativeCall& call);
void unicodeIsLetter(vm::NativeCall& call);
void unicodeIsLower(vm::NativeCall& call);
void unicodeIsMark(vm::NativeCall& call);
void unicodeIsNumber(vm::NativeCall& call);
void unicodeIsPrint(vm::NativeCall& call);
void unicodeIsPunct(vm::NativeCall& call);
void unicodeIsSpace(vm::NativeCall& call);
void unicodeIsSymbol(vm::NativeCall& call);
void unicodeIsTitle(vm::NativeCall& call);
void unicodeIsUpper(vm::NativeCall& call);
void unicodeSimpleFold(vm::NativeCall& call);
void unicodeTo(vm::NativeCall& call);

namespace {

constexpr vm::NativeEntry kNatives[] = {
    {"bufio.wordBounds", bufioWordBounds},
    {"bytes.asString", stringsBytesString},
    {"bytes.asciiCase", stringsAsciiCase},
    {"bytes.offsetOf", bytesOffsetOf},
    {"errors.assignTo", errorsAssignTo},
    {"errors.isComparable", errorsIsComparable},
    {"errors.targetKind", errorsTargetKind},
    {"fmt.Print", fmtPrint},
    {"fmt.Printf", fmtPrintf},
    {"fmt.Println", fmtPrintln},
    {"fmt.Sprint", fmtSprint},
    {"fmt.Sprintf", fmtSprintf},
    {"fmt.Sprintln", fmtSprintln},
    {"fmt.errnoText", osErrnoText},
    {"fmt.errorfText", fmtErrorfText},
    {"fmt.ldexp", mathLdexp},
    {"fmt.pointeeKind", fmtPointeeKind},
    {"fmt.read", osRead},
    {"fmt.retype", fmtRetype},
    {"fmt.sprintBytes", fmtSprintBytes},
    {"fmt.sprintfBytes", fmtSprintfBytes},
    {"fmt.sprintlnBytes", fmtSprintlnBytes},
    {"math.Acos", mathAcos},
    {"math.Asin", mathAsin},
    {"math.Atan", mathAtan},
    {"math.Atan2", mathAtan2},
    {"math.Cbrt", mathCbrt},
    {"math.Ceil", mathCeil},
    {"math.Cos", mathCos},
    {"math.Cosh", mathCosh},
    {"math.Exp", mathExp},
    {"math.Exp2", mathExp2},
    {"math.FMA", mathFMA},
    {"math.Float32bits", mathFloat32bits},
    {"math.Float32frombits", mathFloat32frombits},
    {"math.Float64bits", mathFloat64bits},
    {"math.Float64frombits", mathFloat64frombits},
    {"math.Floor", mathFloor},
    {"math.Frexp", mathFrexp},
    {"math.Hypot", mathHypot},
    {"math.Ldexp", mathLdexp},
    {"math.Log", mathLog},
    {"math.Log10", mathLog10},
    {"math.Log2", mathLog2},
    {"math.Mod", mathMod},
    {"math.Modf", mathModf},
    {"math.Pow", mathPow},
    {"math.Round", mathRound},
    {"math.RoundToEven", mathRoundToEven},
    {"math.Sin", mathSin},
    {"math.Sinh", mathSinh},
    {"math.Sqrt", mathSqrt},
    {"math.Tan", mathTan},
    {"math.Tanh", mathTanh},
    {"math.Trunc", mathTrunc},
    {"math/bits.Len64", bitsLen64},
    {"math/bits.Mul64", bitsMul64},
    {"math/bits.OnesCount64", bitsOnesCount64},
    {"math/bits.Reverse64", bitsReverse64},
    {"math/bits.ReverseBytes64", bitsReverseBytes64},
    {"math/bits.TrailingZeros64", bitsTrailingZeros64},
    {"math/bits.div64", bitsDiv64},
    {"math/bits.panicDivide", bitsPanicDivide},
    {"math/bits.panicOverflow", bitsPanicOverflow},
    {"os.Environ", osEnviron},
    {"os.Exit", osExit},
    {"os.closeFd", osCloseFd},
    {"os.errnoText", osErrnoText},
    {"os.getenv", osGetenv},
    {"os.mkdir", osMkdir},
    {"os.openFile", osOpenFile},
    {"os.pread", osPread},
    {"os.pwrite", osPwrite},
    {"os.read", osRead},
    {"os.readFile", osReadFile},
    {"os.rmdir", osRmdir},
    {"os.runtimeArgs", osRuntimeArgs},
    {"os.seek", osSeek},
    {"os.setenv", osSetenv},
    {"os.statDir", osStatDir},
    {"os.unlink", osUnlink},
    {"os.unsetenv", osUnsetenv},
    {"os.write", osWrite},
    {"path/filepath.getwd", filepathGetwd},
    {"path/filepath.lstatExists", filepathLstatExists},
    {"path/filepath.readDirNames", filepathReadDirNames},
    {"regexp.compile", regexpCompile},
    {"regexp.match", regexpMatch},
    {"regexp.matchBytes", regexpMatchBytes},
    {"runtime.finalizerGoroutineEnded", runtimeFinalizerGoroutineEnded},
    {"runtime.nextFinalizer", runtimeNextFinalizer},
    {"runtime.setFinalizer", runtimeSetFinalizer},
    {"sort.Ints", sortInts},
    {"sort.Strings", sortStrings},
    {"sort.sliceLen", sortSliceLen},
    {"sort.swapElems", sortSwapElems},
    {"strconv.formatDigits", strconvFormatDigits},
    {"strconv.formatFloat", strconvFormatFloat},
    {"strconv.parseFloat", strconvParseFloat},
    {"strings.Index", stringsIndex},
    {"strings.IndexByte", stringsIndexByte},
    {"strings.LastIndex", stringsLastIndex},
    {"strings.asciiCase", stringsAsciiCase},
    {"strings.bytesString", stringsBytesString},
    {"strings.countNonEmpty", stringsCountNonEmpty},
    {"strings.fieldsASCII", stringsFieldsASCII},
    {"strings.repeat", stringsRepeat},
    {"time.errnoText", osErrnoText},  // stdlib/time/tzif.go reads zone files with os's intrinsics
    {"time.getenv", osGetenv},
    {"time.readFile", osReadFile},
    {"unicode.IsDigit", unicodeIsDigit},
    {"unicode.IsGraphic", unicodeIsGraphic},
    {"unicode.IsLetter", unicodeIsLetter},
    {"unicode.IsLower", unicodeIsLower},
    {"unicode.IsMark", unicodeIsMark},
    {"unicode.IsNumber", unicodeIsNumber},
    {"unicode.IsPrint", unicodeIsPrint},
    {"unicode.IsPunct", unicodeIsPunct},
    {"unicode.IsSpace", unicodeIsSpace},
    {"unicode.IsSymbol", unicodeIsSymbol},
    {"unicode.IsTitle", unicodeIsTitle},
    {"unicode.IsUpper", unicodeIsUpper},
    {"unicode.SimpleFold", unicodeSimpleFold},
    {"unicode.To", unicodeTo},
};

bool byName(const vm::NativeEntry& a, const vm::NativeEntry& b) {
  return std::string_view(a.name) < std::string_view(b.name);
}

}  // namespace

}  // namespace golem::stdlib

namespace golem::vm {

NativeFn findNative(std::string_view name) {
  using stdlib::kNatives;
  static const bool sorted = std::is_sorted(std::begin(kNatives), std::end(kNatives), stdlib::byName);
  assert(sorted && "stdlib/natives.cpp: kNatives must be sorted by name");
  (void)sorted;
  auto it = std::lower_bound(std::begin(kNatives), std::end(kNatives), name,
                             [](const NativeEntry& e, std::string_view n) { return e.name < n; });
  if (it == std::end(kNatives) || it->name != name) return nullptr;
  return it->fn;
}

}  // namespace golem::vm
