// Tests of fmt's formatting engine (stdlib/format.h) against Go 1.19.
//
// Every expected string in kGoOutput was printed by real Go: the program
// kept in the comment at the end of this file ran the same
// Sprintf/Sprint/Sprintln calls and printed each result. The tests build
// the same operands by hand: test-local type descriptors with Go's layouts,
// boxed values in Go's memory layout, a fake map representation walked by
// a test MapWalker, and a test MethodCaller standing in for the VM.
#include "stdlib/format.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

using golem::rt::Kind;
namespace rt = golem::rt;
namespace fmtlib = golem::stdlib;

// Outputs of the Go program, by case name.
const std::map<std::string_view, std::string_view> kGoOutput = {
    {"println_basic", "1 -2 200 true hi <nil> 120 -9223372036854775808 18446744073709551615\012"},
    {"println_floats", "1e+20 1e+21 1e+08 3 0.1 0.1 1e-05 123456.789 NaN +Inf -Inf -0 1.6777216e+07 0.3333333333333333\012"},
    {"println_complex", "(1+2i) (-1.5-0.25i) (NaN+Infi)\012"},
    {"print_spacing", "a1 2bc3.5 <nil> true"},
    {"print_empty", ""},
    {"ints", "42|   42|42   |-0042|+42| 42|ff|FF|0xff|010|0o10|101|10|0b101"},
    {"ints2", "007|    -007|-ff||     |     009|+0003|0XBEE|-128|65535"},
    {"chars", "A|\344\270\226|'x'|'\\n'|'\\u00e9'|U+1F600|U+0041 'A'|U+0007|\357\277\275|'\357\277\275'|  U+0061|U+000062"},
    {"strings", "hi|        hi|hi        |h\303\251|\"h\303\251llo\\n\"|\"back`q\"|\"h\\u00e9llo\"|6869|68 69|0x6869|0X68 0X69|  \"h\""},
    {"strings2", "\"\\x00\\x7f\\xff\\u2028\360\237\230\200\"|`a\011b`|plain|\"quo\\\"te\"|000ab|||    6162|6162    |"},
    {"floats", "3.141590|2.67|1.234568e+05|1.230000E-04|1e-07|1E+21|   3.142|3.142   |+1.500000| 1.500000|-003.142|2.000000"},
    {"floats2", "1.00000|1.00|0x1p+00|-0X1.CP+01|4503599627370496p-52|3.4028235e+38|100|1e+21|   NaN|  -Inf|NaN| 2.5|1e+06|0x1.0000p+00"},
    {"floats3", "0.1|0|2|2|1.235e+03|     3.142|1.23e+04  |0.33333334|1e-320|0.10000000000000000555|100.0%|3.|5.e+00"},
    {"complexf", "(1-2i)|(3.14+2.72i)|(+1.0e+00+1.0e+00i)|(    1.00   +2.00i)|(0.1+0.2i)"},
    {"bools", "true|false|  true|false |%!d(bool=true)"},
    {"bad_verb", "%!d(string=hi)|%!s(int=5)|%!t(int=1)|%!z(float64=2.5)|%!x(bool=true)"},
    {"extra", "x%!(EXTRA int=1, string=a, <nil>)"},
    {"missing", "%!s(MISSING) %!d(MISSING)"},
    {"noverb", "abc%!(NOVERB)"},
    {"noverb2", "%!(NOVERB)%!(EXTRA int=1)"},
    {"badwidth", "%!(BADWIDTH)5"},
    {"badprec", "%!(BADPREC)5"},
    {"badindex", "%!d(BADINDEX) %!d(BADINDEX) %!d(BADINDEX)"},
    {"nil_verbs", "%!d(<nil>)|%!s(<nil>)|<nil>|<nil>|%!p(<nil>)|<nil>|"},
    {"percent", "%|%|%|50%"},
    {"indexes", "2 1|1 2|%!f(int=      01)| 8|7    |%!f(int=00007)|%!d(float64=3.14159)"},
    {"indexes2", "2"},
    {"indexes3", "1 2 1 2"},
    {"index_width", "%!d(BADINDEX)|%!d(BADINDEX)"},
    {"star_large", "%!(BADWIDTH)1|"},
    {"unicode_verb", "%!\303\251(int=1)|%!!(int=2)"},
    {"types", "int|string|float64|[]int|map[string]int|main.T|*main.T|main.S"},
    {"struct_v", "{1 x}|{A:1 b:x}|main.T{A:1, b:\"x\"}|{1 %!d(string=x)}|{%!s(int=1) x}"},
    {"struct_ptr", "&{1 x}|&{A:1 b:x}|&main.T{A:1, b:\"x\"}"},
    {"struct_nested", "{{1 2} <nil> []}|{P:{X:3 Y:4}}|struct { P main.P; Q *int; Is []int }{P:main.P{X:1, Y:2}, Q:(*int)(nil), Is:[]int(nil)}"},
    {"struct_empty", "{}|{}|struct {}{}"},
    {"struct_iface", "{<nil> <nil>}|{I:5 E:<nil>}|main.W{I:interface {}(nil), E:error(nil)}|{%!d(string=x) <nil>}"},
    {"slices", "[1 2 3]|[1 2]|[a ff]|[]int{1}|[]|[]int(nil)|[\"a\" \"b\"]|[    1     2]|[7 8 9]"},
    {"bytes", "hi|6869|01AB|01 02|[104 105]|[]byte{0x1, 0x2}|\"a\\n\"|[1 2]|ok|0102|[]byte(nil)|[10 11]"},
    {"bytes_nested", "struct { B []uint8 }{B:[]uint8{0x1}}|main.BB{0x1}|[1 2]|[][]uint8{[]uint8{0x1}}|ok|6f6b"},
    {"slice_ptr", "&[1 2]|&[a b]|&[]int{3}"},
    {"slice_iface", "[1 a <nil> 2.5 true]|[1 %!d(string=a) <nil>]|[]interface {}{1, \"a\", interface {}(nil)}|[<nil>]"},
    {"nested_slices", "[[1] [2 3] []]|[][]string{[]string{\"a\"}, []string(nil)}"},
    {"maps", "map[a:1 b:2 c:3]|map[-1:a 2:b 3:c]|map[]|map[string]int{\"a\":1, \"z\":26}|map[NaN:2 -1:3 2.5:1 +Inf:4]|map[string]int(nil)"},
    {"maps2", "map[false:f true:t]|map[{1 2}:3 {1 9}:2 {2 1}:1]|&map[x:1]|map[k:{X:1 Y:2}]"},
    {"maps3", "map[[1 9]:2 [2 1]:1]|map[6162:a]|map[<nil>:3 1:4 2:1 a:2]"},
    {"pointers", "0xc000012345|0xc000012345|(*int)(0xc000012345)|824633795397|c000012345|c000012345|<nil>|(*int)(nil)|%!p(int=5)|%!p(<nil>)|     <nil>|0xc000012345|"},
    {"pointer_nested", "[<nil>]|{P:0xc000012345}"},
    {"stringer", "S!|S!|1|5321|\"S!\"|1|[S! S!]|{1 S!}|{s:1 X:S!}|main.S"},
    {"stringer_map", "map[S!:S!]"},
    {"error", "E!|E!|{1}|E!|[E! <nil>]"},
    {"println_methods", "S! E! {0 S!} E!\012"},
    {"panics", "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|1"},
    {"nil_receiver", "<nil>|<nil>|7"},
    {"gostringer", "G!|1|[]main.G{G!}"},
    {"errorf", "wrap: E!"},
    {"errorf2", "a E! b %!w(main.E={2})"},
    {"errorf3", "bad %!w(int=5)"},
    {"sprintf_w", "%!w(main.E={1})"},
    {"errorf_plain", "code 7"},
};

std::string go(std::string_view name) {
  auto it = kGoOutput.find(name);
  EXPECT_NE(it, kGoOutput.end()) << name;
  return it == kGoOutput.end() ? std::string() : std::string(it->second);
}

// ---------------------------------------------------------------------------
// Test-local descriptors (the real ones come from the compiler).

std::deque<rt::Type>& typeStore() {
  static std::deque<rt::Type> store;
  return store;
}

rt::Type* newType(Kind k, uint64_t size, uint8_t align, std::string str) {
  rt::Type& t = typeStore().emplace_back();
  t.kind = k;
  t.size = size;
  t.align = t.fieldAlign = align;
  t.str = std::move(str);
  return &t;
}

rt::Type* basic(Kind k, uint64_t size, std::string str) {
  return newType(k, size, static_cast<uint8_t>(size > 8 ? 8 : size), std::move(str));
}

// Laid out in this order so that interface keys sort int before string, as
// Go's descriptors happened to for the Go program.
const rt::Type* intT = basic(Kind::Int, 8, "int");
const rt::Type* stringT = basic(Kind::String, 16, "string");
const rt::Type* int8T = basic(Kind::Int8, 1, "int8");
const rt::Type* int32T = basic(Kind::Int32, 4, "int32");
const rt::Type* int64T = basic(Kind::Int64, 8, "int64");
const rt::Type* uint8T = basic(Kind::Uint8, 1, "uint8");
const rt::Type* uint16T = basic(Kind::Uint16, 2, "uint16");
const rt::Type* uint64T = basic(Kind::Uint64, 8, "uint64");
const rt::Type* boolT = basic(Kind::Bool, 1, "bool");
const rt::Type* float32T = basic(Kind::Float32, 4, "float32");
const rt::Type* float64T = basic(Kind::Float64, 8, "float64");
const rt::Type* complex64T = basic(Kind::Complex64, 8, "complex64");
const rt::Type* complex128T = basic(Kind::Complex128, 16, "complex128");
const rt::Type* anyT = newType(Kind::Interface, 16, 8, "interface {}");

const rt::Type* stringMethodSig() {
  static rt::Type* sig = [] {
    rt::Type* t = newType(Kind::Func, 8, 8, "func() string");
    t->out.push_back(stringT);
    return t;
  }();
  return sig;
}

const rt::Type* errorT = [] {
  rt::Type* t = newType(Kind::Interface, 16, 8, "error");
  t->imethods.push_back({"Error", stringMethodSig(), nullptr});
  return t;
}();

rt::Type* sliceOf(const rt::Type* elem) {
  rt::Type* t = newType(Kind::Slice, 24, 8, "[]" + elem->str);
  t->elem = elem;
  return t;
}
const rt::Type* arrayOf(const rt::Type* elem, uint64_t n) {
  rt::Type* t = newType(Kind::Array, elem->size * n, elem->align,
                        "[" + std::to_string(n) + "]" + elem->str);
  t->elem = elem;
  t->len = n;
  return t;
}
const rt::Type* mapOf(const rt::Type* key, const rt::Type* elem) {
  rt::Type* t = newType(Kind::Map, 8, 8, "map[" + key->str + "]" + elem->str);
  t->key = key;
  t->elem = elem;
  return t;
}
rt::Type* ptrTo(const rt::Type* elem) {
  rt::Type* t = newType(Kind::Pointer, 8, 8, "*" + elem->str);
  t->elem = elem;
  return t;
}
struct FieldSpec {
  std::string name;
  const rt::Type* type;
};
// A struct with Go's field alignment; a lower-case name is unexported.
rt::Type* structOf(std::string str, std::vector<FieldSpec> specs) {
  rt::Type* t = newType(Kind::Struct, 0, 1, std::move(str));
  uint64_t offset = 0;
  for (FieldSpec& f : specs) {
    offset = (offset + f.type->align - 1) / f.type->align * f.type->align;
    bool exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
    t->fields.push_back({f.name, f.type, offset, false, exported});
    offset += f.type->size;
    t->align = std::max(t->align, f.type->align);
  }
  t->size = (offset + t->align - 1) / t->align * t->align;
  return t;
}
rt::Type* named(rt::Type* t, std::string name, std::vector<std::string> stringMethods = {}) {
  t->named = true;
  t->str = "main." + name;
  t->pkgPath = "main";
  t->name = std::move(name);
  for (std::string& m : stringMethods) t->methods.push_back({m, stringMethodSig(), nullptr});
  return t;
}

// ---------------------------------------------------------------------------
// Values in Go's memory layout.

// Word-aligned storage that lives until the end of the test program.
void* storage(size_t bytes) {
  static std::deque<std::unique_ptr<uint64_t[]>> blocks;
  blocks.push_back(std::make_unique<uint64_t[]>(bytes / 8 + 1));
  return blocks.back().get();
}

template <typename T>
void* box(const T& v) {
  void* p = storage(sizeof v);
  std::memcpy(p, &v, sizeof v);
  return p;
}

rt::String str(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
}

template <typename T>
rt::Slice sliceData(const std::vector<T>& elems) {
  if (elems.empty()) return {storage(8), 0, 0};
  void* p = storage(sizeof(T) * elems.size());
  std::memcpy(p, elems.data(), sizeof(T) * elems.size());
  return {p, static_cast<int64_t>(elems.size()), static_cast<int64_t>(elems.size())};
}

rt::Eface eface(const rt::Type* t, void* boxed) {
  if (t->isDirectIface()) return {t, *static_cast<void**>(boxed)};
  return {t, boxed};
}

// A struct value assembled field by field.
class StructValue {
 public:
  explicit StructValue(const rt::Type* t) : t_(t), mem_(storage(t->size)) {}
  template <typename T>
  StructValue& set(size_t field, const T& v) {
    std::memcpy(static_cast<char*>(mem_) + t_->fields[field].offset, &v, sizeof v);
    return *this;
  }
  void* addr() const { return mem_; }

 private:
  const rt::Type* t_;
  void* mem_;
};

// The test's maps: the map word points to a TestMap listing its entries in
// an arbitrary (unsorted) order.
struct TestMap {
  std::vector<std::pair<const void*, const void*>> entries;
};
// Maps live until the end of the test program, as heap objects would.
TestMap* newTestMap() {
  static std::deque<TestMap> maps;
  return &maps.emplace_back();
}
void walkTestMap(const rt::Type*, const void* map, const fmtlib::MapEntryVisitor& visit) {
  for (auto& [k, v] : static_cast<const TestMap*>(map)->entries) visit(k, v);
}

// Operands of one print call.
class Args {
 public:
  template <typename T>
  Args& v(const rt::Type* t, const T& value) {
    e_.push_back(eface(t, box(value)));
    return *this;
  }
  Args& at(const rt::Type* t, void* addr) {
    e_.push_back(eface(t, addr));
    return *this;
  }
  Args& i(int64_t x) { return v(intT, x); }
  Args& s(std::string_view x) { return v(stringT, str(x)); }
  Args& f(double x) { return v(float64T, x); }
  Args& b(bool x) { return v(boolT, x); }
  Args& nil() {
    e_.push_back({nullptr, nullptr});
    return *this;
  }
  const std::vector<rt::Eface>& efaces() const { return e_; }

 private:
  std::vector<rt::Eface> e_;
};

std::string sprintf(std::string_view format, const Args& a, bool wrapErrors = false) {
  std::string out;
  fmtlib::appendPrintf(out, format, a.efaces().data(), a.efaces().size(), wrapErrors);
  return out;
}
std::string sprint(const Args& a) {
  std::string out;
  fmtlib::appendPrint(out, a.efaces().data(), a.efaces().size());
  return out;
}
std::string sprintln(const Args& a) {
  std::string out;
  fmtlib::appendPrintln(out, a.efaces().data(), a.efaces().size());
  return out;
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
void* const kFakePointer = reinterpret_cast<void*>(uintptr_t{0xc000012345});

class FormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fmtlib::setMapWalker(walkTestMap);
    fmtlib::setMethodCaller(nullptr);
  }
};

// ---------------------------------------------------------------------------
// Print and Println.

TEST_F(FormatTest, PrintlnBasic) {
  Args a;
  a.i(1).i(-2).v(uint8T, uint8_t{200}).b(true).s("hi").nil().v(int32T, int32_t{'x'});
  a.v(int64T, std::numeric_limits<int64_t>::min()).v(uint64T, ~uint64_t{0});
  EXPECT_EQ(sprintln(a), go("println_basic"));
}

TEST_F(FormatTest, PrintlnFloats) {
  Args a;
  a.f(1e20).f(1e21).f(100000000.0).f(3.0).f(0.1).v(float32T, 0.1f).f(1e-5).f(123456.789);
  a.f(kNaN).f(kInf).f(-kInf).f(-0.0).v(float32T, 16777216.0f).f(1.0 / 3);
  EXPECT_EQ(sprintln(a), go("println_floats"));
}

TEST_F(FormatTest, PrintlnComplex) {
  Args a;
  a.v(complex128T, std::array<double, 2>{1, 2});
  a.v(complex64T, std::array<float, 2>{-1.5f, -0.25f});
  a.v(complex128T, std::array<double, 2>{kNaN, kInf});
  EXPECT_EQ(sprintln(a), go("println_complex"));
}

TEST_F(FormatTest, PrintSpacesBetweenNonStrings) {
  EXPECT_EQ(sprint(Args().s("a").i(1).i(2).s("b").s("c").f(3.5).nil().b(true)),
            go("print_spacing"));
  EXPECT_EQ(sprint(Args()), go("print_empty"));
}

// ---------------------------------------------------------------------------
// Printf verbs and flags on basic types.

TEST_F(FormatTest, Integers) {
  EXPECT_EQ(sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%O|%b|%o|%#b",
                    Args().i(42).i(42).i(42).i(-42).i(42).i(42).i(255).i(255).i(255).i(8).i(8)
                        .i(5).i(8).i(5)),
            go("ints"));
  EXPECT_EQ(sprintf("%.3d|%8.3d|%x|%.0d|%5.0d|%08.3d|%+05d|%#X|%d|%d",
                    Args().i(7).i(-7).i(-255).i(0).i(0).i(9).i(3).i(3054)
                        .v(int8T, int8_t{-128}).v(uint16T, uint16_t{65535})),
            go("ints2"));
}

TEST_F(FormatTest, Characters) {
  Args a;
  a.v(int32T, int32_t{'A'}).i(0x4E16).v(int32T, int32_t{'x'}).v(int32T, int32_t{'\n'});
  a.v(int32T, int32_t{0xE9}).i(0x1F600).v(int32T, int32_t{'A'}).i(7).i(-1).i(0x110000);
  a.v(int32T, int32_t{'a'}).v(int32T, int32_t{'b'});
  EXPECT_EQ(sprintf("%c|%c|%q|%q|%+q|%U|%#U|%#U|%c|%q|%08U|%.6U", a), go("chars"));
}

TEST_F(FormatTest, Strings) {
  Args a;
  a.s("hi").s("hi").s("hi").s("h\xC3\xA9llo").s("h\xC3\xA9llo\n").s("back`q").s("h\xC3\xA9llo");
  a.s("hi").s("hi").s("hi").s("hi").s("h\xC3\xA9llo");
  EXPECT_EQ(sprintf("%s|%10s|%-10s|%.2s|%q|%#q|%+q|%x|% x|%#x|% #X|%5.1q", a), go("strings"));
  Args b;
  b.s(std::string_view("\x00\x7f\xff\xE2\x80\xA8\xF0\x9F\x98\x80", 10)).s("a\tb").s("plain");
  b.s("quo\"te").s("ab").s("abc").s("").s("ab").s("ab");
  EXPECT_EQ(sprintf("%q|%#q|%v|%#v|%05s|%.0s|%x|%8x|%-8X|", b), go("strings2"));
}

TEST_F(FormatTest, Floats) {
  EXPECT_EQ(sprintf("%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.3f|%+f|% f|%08.3f|%F",
                    Args().f(3.14159).f(2.675).f(123456.789).f(0.000123).f(1e-7).f(1e21)
                        .f(3.14159).f(3.14159).f(1.5).f(1.5).f(-3.14159).f(2.0)),
            go("floats"));
  EXPECT_EQ(sprintf("%#g|%#.3g|%x|%X|%b|%v|%.3g|%g|%6.2f|%06.2f|%+v|% v|%#v|%#x",
                    Args().f(1.0).f(1.0).f(1.0).f(-3.5).f(1.0).v(float32T, 3.4028235e38f)
                        .f(100.0).f(1e21).f(kNaN).f(-kInf).f(kNaN).f(2.5).f(1e6).f(1.0)),
            go("floats2"));
  EXPECT_EQ(sprintf("%.1f|%.0f|%.0f|%.0f|%.3e|%10.4g|%-10.2e|%g|%g|%.20f|%5.1f%%|%#.0f|%#.0e",
                    Args().f(0.05).f(0.5).f(1.5).f(2.5).f(1234.5678).f(3.14159265).f(12345.678)
                        .v(float32T, 1.0f / 3).f(1e-320).f(0.1).f(99.95).f(3.0).f(5.0)),
            go("floats3"));
}

TEST_F(FormatTest, ComplexNumbers) {
  Args a;
  a.v(complex128T, std::array<double, 2>{1, -2});
  a.v(complex128T, std::array<double, 2>{3.14159, 2.71828});
  a.v(complex128T, std::array<double, 2>{1, 1});
  a.v(complex128T, std::array<double, 2>{1, 2});
  a.v(complex64T, std::array<float, 2>{0.1f, 0.2f});
  EXPECT_EQ(sprintf("%v|%.2f|%+.1e|%8.2f|%g", a), go("complexf"));
}

TEST_F(FormatTest, Booleans) {
  EXPECT_EQ(sprintf("%t|%v|%6t|%-6v|%d", Args().b(true).b(false).b(true).b(false).b(true)),
            go("bools"));
}

// ---------------------------------------------------------------------------
// Printf's error reports.

TEST_F(FormatTest, BadVerb) {
  EXPECT_EQ(sprintf("%d|%s|%t|%z|%x", Args().s("hi").i(5).i(1).f(2.5).b(true)), go("bad_verb"));
}

TEST_F(FormatTest, ExtraAndMissingOperands) {
  EXPECT_EQ(sprintf("x", Args().i(1).s("a").nil()), go("extra"));
  EXPECT_EQ(sprintf("%s %d", Args()), go("missing"));
}

TEST_F(FormatTest, NoVerb) {
  EXPECT_EQ(sprintf("abc%", Args()), go("noverb"));
  EXPECT_EQ(sprintf("%-", Args().i(1)), go("noverb2"));
}

TEST_F(FormatTest, BadWidthPrecisionIndex) {
  EXPECT_EQ(sprintf("%*d", Args().s("x").i(5)), go("badwidth"));
  EXPECT_EQ(sprintf("%.*d", Args().s("x").i(5)), go("badprec"));
  EXPECT_EQ(sprintf("%[3]d %[0]d %[x]d", Args().i(1).i(2)), go("badindex"));
  EXPECT_EQ(sprintf("%[1]2d|%[1].2d", Args().i(5)), go("index_width"));
  EXPECT_EQ(sprintf("%*d|", Args().i(10000000).i(1)), go("star_large"));
}

TEST_F(FormatTest, NilOperand) {
  EXPECT_EQ(sprintf("%d|%s|%v|%T|%p|%5v|", Args().nil().nil().nil().nil().nil().nil()),
            go("nil_verbs"));
}

TEST_F(FormatTest, Percent) { EXPECT_EQ(sprintf("%%|%5%|%-5%|%d%%", Args().i(50)), go("percent")); }

TEST_F(FormatTest, MultiByteVerb) {
  EXPECT_EQ(sprintf("%\xC3\xA9|%!", Args().i(1).i(2)), go("unicode_verb"));
}

TEST_F(FormatTest, ArgumentIndexesAndStars) {
  EXPECT_EQ(sprintf("%[2]d %[1]d|%[1]d %d|%[3]*.[2]*[1]f|%*d|%-*d|%.*f|%*d",
                    Args().i(1).i(2).i(8).i(5).i(7).i(5).i(7).i(2).f(3.14159).i(-4).i(9)),
            go("indexes"));
  EXPECT_EQ(sprintf("%[2]d", Args().i(1).i(2).i(3)), go("indexes2"));
  EXPECT_EQ(sprintf("%d %d %[1]d %d", Args().i(1).i(2)), go("indexes3"));
}

// ---------------------------------------------------------------------------
// Composite values.

const rt::Type* tT = named(structOf("", {{"A", intT}, {"b", stringT}}), "T");
const rt::Type* pT = named(structOf("", {{"X", intT}, {"Y", intT}}), "P");

void* makeT(int64_t a, std::string_view b) {
  return StructValue(tT).set(0, a).set(1, str(b)).addr();
}
void* makeP(int64_t x, int64_t y) { return StructValue(pT).set(0, x).set(1, y).addr(); }

TEST_F(FormatTest, TypeVerb) {
  rt::Type* sT = named(basic(Kind::Int, 8, ""), "S");
  Args a;
  a.i(1).s("s").f(2.5).v(sliceOf(intT), sliceData<int64_t>({}));
  a.v(mapOf(stringT, intT), static_cast<void*>(newTestMap()));
  a.at(tT, makeT(0, "")).v(ptrTo(tT), makeT(0, "")).v(sT, int64_t{1});
  EXPECT_EQ(sprintf("%T|%T|%T|%T|%T|%T|%T|%T", a), go("types"));
}

TEST_F(FormatTest, Structs) {
  void* t = makeT(1, "x");
  EXPECT_EQ(sprintf("%v|%+v|%#v|%d|%s", Args().at(tT, t).at(tT, t).at(tT, t).at(tT, t).at(tT, t)),
            go("struct_v"));
  const rt::Type* ptrT = ptrTo(tT);
  EXPECT_EQ(sprintf("%v|%+v|%#v", Args().v(ptrT, t).v(ptrT, t).v(ptrT, t)), go("struct_ptr"));
}

TEST_F(FormatTest, NestedStructs) {
  const rt::Type* s1 = structOf("struct { P main.P; Q *main.P; Is []int }",
                                {{"P", pT}, {"Q", ptrTo(pT)}, {"Is", sliceOf(intT)}});
  const rt::Type* s2 = structOf("struct { P main.P }", {{"P", pT}});
  const rt::Type* s3 = structOf("struct { P main.P; Q *int; Is []int }",
                                {{"P", pT}, {"Q", ptrTo(intT)}, {"Is", sliceOf(intT)}});
  auto withP = [](const rt::Type* t, int64_t x, int64_t y) {
    StructValue v(t);
    std::memcpy(v.addr(), makeP(x, y), 16);
    return v.addr();
  };
  Args a;
  a.at(s1, withP(s1, 1, 2)).at(s2, withP(s2, 3, 4)).at(s3, withP(s3, 1, 2));
  EXPECT_EQ(sprintf("%v|%+v|%#v", a), go("struct_nested"));
  const rt::Type* empty = structOf("struct {}", {});
  EXPECT_EQ(sprintf("%v|%+v|%#v", Args().at(empty, storage(0)).at(empty, storage(0))
                                      .at(empty, storage(0))),
            go("struct_empty"));
}

TEST_F(FormatTest, InterfaceFields) {
  const rt::Type* wT = named(structOf("", {{"I", anyT}, {"E", errorT}}), "W");
  void* zero = StructValue(wT).addr();
  void* withInt = StructValue(wT).set(0, rt::Eface{intT, box(int64_t{5})}).addr();
  void* withString = StructValue(wT).set(0, rt::Eface{stringT, box(str("x"))}).addr();
  EXPECT_EQ(sprintf("%v|%+v|%#v|%d", Args().at(wT, zero).at(wT, withInt).at(wT, zero)
                                         .at(wT, withString)),
            go("struct_iface"));
}

TEST_F(FormatTest, SlicesAndArrays) {
  const rt::Type* ints = sliceOf(intT);
  Args a;
  a.v(ints, sliceData<int64_t>({1, 2, 3})).v(ints, sliceData<int64_t>({1, 2}));
  a.v(ints, sliceData<int64_t>({10, 255})).v(ints, sliceData<int64_t>({1}));
  a.v(ints, rt::Slice{nullptr, 0, 0}).v(ints, rt::Slice{nullptr, 0, 0});
  a.v(sliceOf(stringT), sliceData<rt::String>({str("a"), str("b")}));
  a.v(ints, sliceData<int64_t>({1, 2})).v(arrayOf(intT, 3), std::array<int64_t, 3>{7, 8, 9});
  EXPECT_EQ(sprintf("%v|%d|%x|%#v|%v|%#v|%q|%5d|%v", a), go("slices"));
}

TEST_F(FormatTest, ByteSlices) {
  const rt::Type* bytes = sliceOf(uint8T);
  const rt::Type* bytes2 = arrayOf(uint8T, 2);
  auto b = [](std::vector<uint8_t> v) { return sliceData(v); };
  Args a;
  a.v(bytes, b({'h', 'i'})).v(bytes, b({'h', 'i'})).v(bytes, b({1, 171})).v(bytes, b({1, 2}));
  a.v(bytes, b({'h', 'i'})).v(bytes, b({1, 2})).v(bytes, b({'a', '\n'})).v(bytes, b({1, 2}));
  a.v(bytes2, std::array<uint8_t, 2>{'o', 'k'}).v(bytes2, std::array<uint8_t, 2>{1, 2});
  a.v(bytes, rt::Slice{nullptr, 0, 0}).v(bytes, b({8, 9}));
  EXPECT_EQ(sprintf("%s|%x|%X|% x|%v|%#v|%q|%d|%s|%x|%#v|%o", a), go("bytes"));
}

TEST_F(FormatTest, ByteSlicesNestedOrNamed) {
  const rt::Type* bytes = sliceOf(uint8T);
  const rt::Type* holder = structOf("struct { B []uint8 }", {{"B", bytes}});
  const rt::Type* bbT = named(sliceOf(uint8T), "BB");
  Args a;
  a.at(holder, StructValue(holder).set(0, sliceData<uint8_t>({1})).addr());
  a.v(bbT, sliceData<uint8_t>({1})).v(bbT, sliceData<uint8_t>({1, 2}));
  a.v(sliceOf(bytes), sliceData<rt::Slice>({sliceData<uint8_t>({1})}));
  a.v(bbT, sliceData<uint8_t>({'o', 'k'})).v(bbT, sliceData<uint8_t>({'o', 'k'}));
  EXPECT_EQ(sprintf("%#v|%#v|%v|%#v|%s|%x", a), go("bytes_nested"));
}

TEST_F(FormatTest, PointersToCompositesAtTopLevel) {
  const rt::Type* ints = sliceOf(intT);
  Args a;
  a.v(ptrTo(ints), box(sliceData<int64_t>({1, 2})));
  a.v(ptrTo(arrayOf(stringT, 2)), box(std::array<rt::String, 2>{str("a"), str("b")}));
  a.v(ptrTo(ints), box(sliceData<int64_t>({3})));
  EXPECT_EQ(sprintf("%v|%v|%#v", a), go("slice_ptr"));
}

TEST_F(FormatTest, SlicesOfInterfaces) {
  const rt::Type* anys = sliceOf(anyT);
  auto list = [](bool long_) {
    std::vector<rt::Eface> v = {{intT, box(int64_t{1})}, {stringT, box(str("a"))}, {nullptr, nullptr}};
    if (long_) {
      v.push_back({float64T, box(2.5)});
      v.push_back({boolT, box(true)});
    }
    return sliceData(v);
  };
  Args a;
  a.v(anys, list(true)).v(anys, list(false)).v(anys, list(false));
  a.v(anys, sliceData<rt::Eface>({{nullptr, nullptr}}));
  EXPECT_EQ(sprintf("%v|%d|%#v|%s", a), go("slice_iface"));
}

TEST_F(FormatTest, NestedSlices) {
  const rt::Type* ints = sliceOf(intT);
  const rt::Type* strs = sliceOf(stringT);
  Args a;
  a.v(sliceOf(ints), sliceData<rt::Slice>({sliceData<int64_t>({1}), sliceData<int64_t>({2, 3}),
                                           rt::Slice{nullptr, 0, 0}}));
  a.v(sliceOf(strs), sliceData<rt::Slice>({sliceData<rt::String>({str("a")}),
                                           rt::Slice{nullptr, 0, 0}}));
  EXPECT_EQ(sprintf("%v|%#v", a), go("nested_slices"));
}

// ---------------------------------------------------------------------------
// Maps: keys sorted as internal/fmtsort sorts them.

template <typename K, typename V>
TestMap* testMap(std::vector<std::pair<K, V>> entries) {
  TestMap* m = newTestMap();
  for (auto& [k, v] : entries) m->entries.push_back({box(k), box(v)});
  return m;
}

TEST_F(FormatTest, Maps) {
  const rt::Type* si = mapOf(stringT, intT);
  Args a;
  a.v(si, testMap<rt::String, int64_t>({{str("b"), 2}, {str("a"), 1}, {str("c"), 3}}));
  a.v(mapOf(intT, stringT),
      testMap<int64_t, rt::String>({{3, str("c")}, {-1, str("a")}, {2, str("b")}}));
  a.v(si, static_cast<TestMap*>(nullptr));
  a.v(si, testMap<rt::String, int64_t>({{str("z"), 26}, {str("a"), 1}}));
  a.v(mapOf(float64T, intT),
      testMap<double, int64_t>({{2.5, 1}, {kNaN, 2}, {-1.0, 3}, {kInf, 4}}));
  a.v(si, static_cast<TestMap*>(nullptr));
  EXPECT_EQ(sprintf("%v|%v|%v|%#v|%v|%#v", a), go("maps"));
}

TEST_F(FormatTest, MapsWithCompositeKeys) {
  Args a;
  a.v(mapOf(boolT, stringT), testMap<bool, rt::String>({{true, str("t")}, {false, str("f")}}));
  TestMap* byP = newTestMap();
  byP->entries = {{makeP(2, 1), box(int64_t{1})}, {makeP(1, 9), box(int64_t{2})},
                  {makeP(1, 2), box(int64_t{3})}};
  a.v(mapOf(pT, intT), byP);
  a.v(ptrTo(mapOf(stringT, intT)), box(testMap<rt::String, int64_t>({{str("x"), 1}})));
  TestMap* toP = newTestMap();
  toP->entries = {{box(str("k")), makeP(1, 2)}};
  a.v(mapOf(stringT, pT), toP);
  EXPECT_EQ(sprintf("%v|%v|%v|%+v", a), go("maps2"));

  using Pair = std::array<int64_t, 2>;
  Args b;
  b.v(mapOf(arrayOf(intT, 2), intT), testMap<Pair, int64_t>({{{2, 1}, 1}, {{1, 9}, 2}}));
  b.v(mapOf(stringT, intT), testMap<rt::String, int64_t>({{str("ab"), 10}}));
  b.v(mapOf(anyT, intT),
      testMap<rt::Eface, int64_t>({{{intT, box(int64_t{2})}, 1}, {{stringT, box(str("a"))}, 2},
                                   {{nullptr, nullptr}, 3}, {{intT, box(int64_t{1})}, 4}}));
  EXPECT_EQ(sprintf("%v|%x|%v", b), go("maps3"));
}

TEST_F(FormatTest, MapsWithoutWalkerPrintEmpty) {
  fmtlib::setMapWalker(nullptr);
  Args a;
  a.v(mapOf(stringT, intT), testMap<rt::String, int64_t>({{str("a"), 1}}));
  EXPECT_EQ(sprintf("%v", a), "map[]");
}

// ---------------------------------------------------------------------------
// Pointers.

TEST_F(FormatTest, Pointers) {
  const rt::Type* pint = ptrTo(intT);
  Args a;
  for (int i = 0; i < 6; ++i) a.v(pint, kFakePointer);
  a.v(pint, static_cast<void*>(nullptr)).v(pint, static_cast<void*>(nullptr)).i(5).nil();
  a.v(pint, static_cast<void*>(nullptr)).v(pint, kFakePointer);
  EXPECT_EQ(sprintf("%v|%p|%#v|%d|%x|%#p|%v|%#v|%p|%p|%10v|%-12p|", a), go("pointers"));
}

TEST_F(FormatTest, NestedPointersPrintAddresses) {
  const rt::Type* pint = ptrTo(intT);
  const rt::Type* holder = structOf("struct { P *int }", {{"P", pint}});
  Args a;
  a.v(sliceOf(pint), sliceData<void*>({nullptr}));
  a.at(holder, StructValue(holder).set(0, kFakePointer).addr());
  EXPECT_EQ(sprintf("%v|%+v", a), go("pointer_nested"));
}

// ---------------------------------------------------------------------------
// Methods: Error, String and GoString through the VM's hook.

const rt::Type* sT = named(basic(Kind::Int, 8, ""), "S", {"String"});
const rt::Type* eT = named(structOf("", {{"code", intT}}), "E", {"Error"});
const rt::Type* ePtrT = [] {
  rt::Type* t = ptrTo(eT);
  t->methods.push_back({"Error", stringMethodSig(), nullptr});
  return t;
}();
const rt::Type* boomT = named(basic(Kind::Int, 8, ""), "Boom", {"String"});
const rt::Type* nilST = named(structOf("", {{"n", intT}}), "NilS");
const rt::Type* nilSPtrT = [] {
  rt::Type* t = ptrTo(nilST);
  t->methods.push_back({"String", stringMethodSig(), nullptr});
  return t;
}();
const rt::Type* gT = named(basic(Kind::Int, 8, ""), "G", {"GoString"});
const rt::Type* hiddenT = named(structOf("", {{"s", sT}, {"X", sT}}), "Hidden");
const rt::Itab eErrorItab{errorT, eT, {}};

// Plays the VM: runs the Go program's methods.
fmtlib::MethodResult callTestMethod(void*, const rt::Type* t, const void* receiver,
                                    const rt::Method& m) {
  fmtlib::MethodResult r;
  r.status = fmtlib::MethodResult::Status::Returned;
  if (t == sT && m.name == "String") {
    r.text = "S!";
  } else if ((t == eT || t == ePtrT) && m.name == "Error") {
    r.text = "E!";
  } else if (t == gT && m.name == "GoString") {
    r.text = "G!";
  } else if (t == boomT) {
    r.status = fmtlib::MethodResult::Status::Panicked;
    static rt::String boom = str("boom");
    r.panicValue = {stringT, &boom};
  } else if (t == nilSPtrT) {
    const int64_t* self = *static_cast<const int64_t* const*>(receiver);
    if (!self) {
      r.status = fmtlib::MethodResult::Status::Panicked;  // nil dereference
      static rt::String msg = str("runtime error: invalid memory address or nil pointer dereference");
      r.panicValue = {stringT, &msg};
    } else {
      r.text = std::to_string(*self);
    }
  } else {
    r.status = fmtlib::MethodResult::Status::NotCalled;
  }
  return r;
}

class MethodTest : public FormatTest {
 protected:
  void SetUp() override {
    FormatTest::SetUp();
    fmtlib::setMethodCaller(callTestMethod);
  }
};

TEST_F(MethodTest, Stringer) {
  Args a;
  for (int i = 0; i < 6; ++i) a.v(sT, int64_t{1});
  a.v(sliceOf(sT), sliceData<int64_t>({1, 2}));
  void* hidden = StructValue(hiddenT).set(0, int64_t{1}).set(1, int64_t{2}).addr();
  a.at(hiddenT, hidden).at(hiddenT, hidden).v(sT, int64_t{3});
  EXPECT_EQ(sprintf("%v|%s|%d|%x|%q|%#v|%v|%v|%+v|%T", a), go("stringer"));
  EXPECT_EQ(sprint(Args().v(mapOf(sT, sT), testMap<int64_t, int64_t>({{1, 2}}))),
            go("stringer_map"));
}

TEST_F(MethodTest, Error) {
  Args a;
  for (int i = 0; i < 4; ++i) a.v(eT, int64_t{1});
  a.v(sliceOf(errorT), sliceData<rt::Iface>({{&eErrorItab, box(int64_t{2})}, {nullptr, nullptr}}));
  EXPECT_EQ(sprintf("%v|%s|%d|%+v|%v", a), go("error"));
  Args b;
  b.v(sT, int64_t{1}).v(eT, int64_t{1}).at(hiddenT, StructValue(hiddenT).addr());
  b.v(ePtrT, box(int64_t{0}));
  EXPECT_EQ(sprintln(b), go("println_methods"));
}

TEST_F(MethodTest, PanickingMethods) {
  EXPECT_EQ(sprintf("%v|%s|%d", Args().v(boomT, int64_t{1}).v(boomT, int64_t{1})
                                    .v(boomT, int64_t{1})),
            go("panics"));
  Args a;
  a.v(nilSPtrT, static_cast<void*>(nullptr)).v(nilSPtrT, static_cast<void*>(nullptr));
  a.v(nilSPtrT, box(int64_t{7}));
  EXPECT_EQ(sprintf("%v|%s|%v", a), go("nil_receiver"));
}

TEST_F(MethodTest, GoStringer) {
  EXPECT_EQ(sprintf("%#v|%v|%#v", Args().v(gT, int64_t{1}).v(gT, int64_t{1})
                                      .v(sliceOf(gT), sliceData<int64_t>({1}))),
            go("gostringer"));
}

TEST_F(MethodTest, WrapVerb) {
  EXPECT_EQ(sprintf("wrap: %w", Args().v(eT, int64_t{1}), true), go("errorf"));
  EXPECT_EQ(sprintf("a %w b %w", Args().v(eT, int64_t{1}).v(eT, int64_t{2}), true),
            go("errorf2"));
  EXPECT_EQ(sprintf("bad %w", Args().i(5), true), go("errorf3"));
  EXPECT_EQ(sprintf("%w", Args().v(eT, int64_t{1})), go("sprintf_w"));
  EXPECT_EQ(sprintf("code %d", Args().i(7), true), go("errorf_plain"));
}

TEST_F(FormatTest, WithoutMethodCallerPrintsStructurally) {
  EXPECT_EQ(sprintf("%v|%v", Args().v(sT, int64_t{1}).v(eT, int64_t{4})), "1|{4}");
}

TEST_F(FormatTest, FormatValueAppliesOneDirective) {
  fmtlib::Directive d;
  d.verb = 'x';
  d.sharp = true;
  d.widPresent = true;
  d.wid = 8;
  int64_t v = 255;
  std::string out;
  fmtlib::formatValue(out, intT, &v, d);
  EXPECT_EQ(out, "    0xff");  // Sprintf("%#8x", 255)
}

}  // namespace

/* The Go program that printed kGoOutput (go run main.go; go 1.19).

package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"unsafe"
)

type T struct {
	A int
	b string
}

type P struct{ X, Y int }

type S int

func (S) String() string { return "S!" }

type E struct{ code int }

func (e E) Error() string { return "E!" }

type Boom int

func (Boom) String() string { panic("boom") }

type NilS struct{ n int }

func (p *NilS) String() string { return strconv.Itoa(p.n) }

type Hidden struct {
	s S
	X S
}

type G int

func (G) GoString() string { return "G!" }

type W struct {
	I any
	E error
}

var out [][2]string

func add(name, s string) { out = append(out, [2]string{name, s}) }

func cquote(s string) string {
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c >= 0x20 && c < 0x7f && c != '?':
			b = append(b, c)
		default:
			b = append(b, []byte(fmt.Sprintf("\\%03o", c))...)
		}
	}
	return string(append(b, '"'))
}

func main() {
	fptr := (*int)(unsafe.Pointer(uintptr(0xc000012345)))
	nan := math.NaN()
	// Println / Print
	add("println_basic", fmt.Sprintln(1, -2, uint8(200), true, "hi", nil, 'x', int64(-9223372036854775808), uint64(18446744073709551615)))
	add("println_floats", fmt.Sprintln(1e20, 1e21, 100000000.0, 3.0, 0.1, float32(0.1), 1e-5, 123456.789, nan, math.Inf(1), math.Inf(-1), math.Copysign(0, -1), float32(16777216.0), 1.0/3))
	add("println_complex", fmt.Sprintln(complex(1, 2), complex64(complex(-1.5, -0.25)), complex(nan, math.Inf(1))))
	add("print_spacing", fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	add("print_empty", fmt.Sprint())
	// integers
	add("ints", fmt.Sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%O|%b|%o|%#b", 42, 42, 42, -42, 42, 42, 255, 255, 255, 8, 8, 5, 8, 5))
	add("ints2", fmt.Sprintf("%.3d|%8.3d|%x|%.0d|%5.0d|%08.3d|%+05d|%#X|%d|%d", 7, -7, -255, 0, 0, 9, 3, 3054, int8(-128), uint16(65535)))
	add("chars", fmt.Sprintf("%c|%c|%q|%q|%+q|%U|%#U|%#U|%c|%q|%08U|%.6U", 'A', 0x4E16, 'x', '\n', 'é', 0x1F600, 'A', 0x7, -1, 0x110000, 'a', 'b'))
	// strings
	add("strings", fmt.Sprintf("%s|%10s|%-10s|%.2s|%q|%#q|%+q|%x|% x|%#x|% #X|%5.1q", "hi", "hi", "hi", "héllo", "héllo\n", "back`q", "héllo", "hi", "hi", "hi", "hi", "héllo"))
	add("strings2", fmt.Sprintf("%q|%#q|%v|%#v|%05s|%.0s|%x|%8x|%-8X|", "\x00\x7f\xff\u2028\U0001F600", "a\tb", "plain", "quo\"te", "ab", "abc", "", "ab", "ab"))
	// floats
	add("floats", fmt.Sprintf("%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.3f|%+f|% f|%08.3f|%F", 3.14159, 2.675, 123456.789, 0.000123, 1e-7, 1e21, 3.14159, 3.14159, 1.5, 1.5, -3.14159, 2.0))
	add("floats2", fmt.Sprintf("%#g|%#.3g|%x|%X|%b|%v|%.3g|%g|%6.2f|%06.2f|%+v|% v|%#v|%#x", 1.0, 1.0, 1.0, -3.5, 1.0, float32(3.4028235e38), 100.0, 1e21, nan, math.Inf(-1), nan, 2.5, 1e6, 1.0))
	add("floats3", fmt.Sprintf("%.1f|%.0f|%.0f|%.0f|%.3e|%10.4g|%-10.2e|%g|%g|%.20f|%5.1f%%|%#.0f|%#.0e", 0.05, 0.5, 1.5, 2.5, 1234.5678, 3.14159265, 12345.678, float32(1)/3, 1e-320, 0.1, 99.95, 3.0, 5.0))
	add("complexf", fmt.Sprintf("%v|%.2f|%+.1e|%8.2f|%g", complex(1, -2), complex(3.14159, 2.71828), complex(1, 1), complex(1, 2), complex64(complex(0.1, 0.2))))
	// bools, %v %t
	add("bools", fmt.Sprintf("%t|%v|%6t|%-6v|%d", true, false, true, false, true))
	// errors
	add("bad_verb", fmt.Sprintf("%d|%s|%t|%z|%x", "hi", 5, 1, 2.5, true))
	add("extra", fmt.Sprintf("x", 1, "a", nil))
	add("missing", fmt.Sprintf("%s %d"))
	add("noverb", fmt.Sprintf("abc%"))
	add("noverb2", fmt.Sprintf("%-", 1))
	add("badwidth", fmt.Sprintf("%*d", "x", 5))
	add("badprec", fmt.Sprintf("%.*d", "x", 5))
	add("badindex", fmt.Sprintf("%[3]d %[0]d %[x]d", 1, 2))
	add("nil_verbs", fmt.Sprintf("%d|%s|%v|%T|%p|%5v|", nil, nil, nil, nil, nil, nil))
	add("percent", fmt.Sprintf("%%|%5%|%-5%|%d%%", 50))
	// indexes, stars
	add("indexes", fmt.Sprintf("%[2]d %[1]d|%[1]d %d|%[3]*.[2]*[1]f|%*d|%-*d|%.*f|%*d", 1, 2, 8, 5, 7, 5, 7, 2, 3.14159, -4, 9))
	add("indexes2", fmt.Sprintf("%[2]d", 1, 2, 3))
	add("indexes3", fmt.Sprintf("%d %d %[1]d %d", 1, 2))
	add("index_width", fmt.Sprintf("%[1]2d|%[1].2d", 5))
	add("star_large", fmt.Sprintf("%*d|", 10000000, 1))
	add("unicode_verb", fmt.Sprintf("%é|%!", 1, 2))
	// %T
	add("types", fmt.Sprintf("%T|%T|%T|%T|%T|%T|%T|%T", 1, "s", 2.5, []int{}, map[string]int{}, T{}, &T{}, S(1)))
	// structs
	t := T{1, "x"}
	add("struct_v", fmt.Sprintf("%v|%+v|%#v|%d|%s", t, t, t, t, t))
	add("struct_ptr", fmt.Sprintf("%v|%+v|%#v", &t, &t, &t))
	add("struct_nested", fmt.Sprintf("%v|%+v|%#v", struct {
		P  P
		Q  *P
		Is []int
	}{P{1, 2}, nil, nil}, struct{ P P }{P{3, 4}}, struct {
		P  P
		Q  *int
		Is []int
	}{P{1, 2}, nil, nil}))
	add("struct_empty", fmt.Sprintf("%v|%+v|%#v", struct{}{}, struct{}{}, struct{}{}))
	add("struct_iface", fmt.Sprintf("%v|%+v|%#v|%d", W{}, W{I: 5}, W{}, W{I: "x"}))
	// slices, arrays
	add("slices", fmt.Sprintf("%v|%d|%x|%#v|%v|%#v|%q|%5d|%v", []int{1, 2, 3}, []int{1, 2}, []int{10, 255}, []int{1}, []int(nil), []int(nil), []string{"a", "b"}, []int{1, 2}, [3]int{7, 8, 9}))
	add("bytes", fmt.Sprintf("%s|%x|%X|% x|%v|%#v|%q|%d|%s|%x|%#v|%o", []byte("hi"), []byte("hi"), []byte{1, 171}, []byte{1, 2}, []byte("hi"), []byte{1, 2}, []byte("a\n"), []byte{1, 2}, [2]byte{'o', 'k'}, [2]byte{1, 2}, []byte(nil), []byte{8, 9}))
	add("slice_ptr", fmt.Sprintf("%v|%v|%#v", &[]int{1, 2}, &[2]string{"a", "b"}, &[]int{3}))
	add("slice_iface", fmt.Sprintf("%v|%d|%#v|%s", []any{1, "a", nil, 2.5, true}, []any{1, "a", nil}, []any{1, "a", nil}, []any{nil}))
	add("nested_slices", fmt.Sprintf("%v|%#v", [][]int{{1}, {2, 3}, nil}, [][]string{{"a"}, nil}))
	// maps
	add("maps", fmt.Sprintf("%v|%v|%v|%#v|%v|%#v", map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "a", 2: "b"}, map[string]int(nil), map[string]int{"z": 26, "a": 1}, map[float64]int{2.5: 1, nan: 2, -1: 3, math.Inf(1): 4}, map[string]int(nil)))
	add("maps2", fmt.Sprintf("%v|%v|%v|%+v", map[bool]string{true: "t", false: "f"}, map[P]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3}, &map[string]int{"x": 1}, map[string]P{"k": {1, 2}}))
	add("maps3", fmt.Sprintf("%v|%x|%v", map[[2]int]int{{2, 1}: 1, {1, 9}: 2}, map[string]int{"ab": 10}, map[any]int{2: 1, "a": 2, nil: 3, 1: 4}))
	// pointers
	add("pointers", fmt.Sprintf("%v|%p|%#v|%d|%x|%#p|%v|%#v|%p|%p|%10v|%-12p|", fptr, fptr, fptr, fptr, fptr, fptr, (*int)(nil), (*int)(nil), 5, nil, (*int)(nil), fptr))
	add("pointer_nested", fmt.Sprintf("%v|%+v", []*int{nil}, struct{ P *int }{fptr}))
	// methods
	add("stringer", fmt.Sprintf("%v|%s|%d|%x|%q|%#v|%v|%v|%+v|%T", S(1), S(1), S(1), S(1), S(1), S(1), []S{1, 2}, Hidden{1, 2}, Hidden{1, 2}, S(3)))
	add("stringer_map", fmt.Sprint(map[S]S{1: 2}))
	add("error", fmt.Sprintf("%v|%s|%d|%+v|%v", E{1}, E{1}, E{1}, E{1}, []error{E{2}, nil}))
	add("println_methods", fmt.Sprintln(S(1), E{1}, Hidden{}, &E{}))
	add("panics", fmt.Sprintf("%v|%s|%d", Boom(1), Boom(1), Boom(1)))
	add("nil_receiver", fmt.Sprintf("%v|%s|%v", (*NilS)(nil), (*NilS)(nil), &NilS{7}))
	add("gostringer", fmt.Sprintf("%#v|%v|%#v", G(1), G(1), []G{1}))
	add("errorf", fmt.Errorf("wrap: %w", E{1}).Error())
	add("errorf2", fmt.Errorf("a %w b %w", E{1}, E{2}).Error())
	add("errorf3", fmt.Errorf("bad %w", 5).Error())
	add("sprintf_w", fmt.Sprintf("%w", E{1}))
	add("errorf_plain", fmt.Errorf("code %d", 7).Error())
	_ = errors.New
	for _, c := range out {
		fmt.Printf("    {%s, %s},\n", cquote(c[0]), cquote(c[1]))
	}
	fmt.Fprintln(os.Stderr, len(out))
}

func init() {
	type BB []byte
	add("bytes_nested", fmt.Sprintf("%#v|%#v|%v|%#v|%s|%x", struct{ B []byte }{[]byte{1}}, BB{1}, BB{1, 2}, [][]byte{{1}}, BB("ok"), BB("ok")))
}
*/
