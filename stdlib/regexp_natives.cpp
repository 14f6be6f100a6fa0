// The intrinsics of package regexp (stdlib/regexp/*.go), bound by name in
// stdlib/natives.cpp: compiling a pattern with RE2 and running one match.
//
// The Go side owns everything that is Go's policy (the FindAll and
// ReplaceAll loops, their rule for empty matches, $ expansion, Split); C++
// only answers "the leftmost match at or after pos", which RE2 computes with
// the whole input as context, so ^, \b and \B see the text before pos, as
// Go's regexp does.
//
// Compiled RE2 objects live in a table owned by C++ and are named on the Go
// side by an int handle: the garbage collector never sees a C++ pointer.
// They are never freed; the table is keyed by (syntax, pattern), so a
// program compiling the same pattern in a loop reuses one RE2 object, and
// RE2 objects are safe to share between threads. One mutex guards the
// table; a match holds it only to look its RE2 up.
//
// Frames follow vm/native.h: a string is two words, a slice three, an int
// or bool one (a bool parameter is its low bit).
#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/slice.h"
#include "runtime/string.h"
#include "runtime/utf8.h"
#include "stdlib/regexp_compile.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

class RegexpTable {
 public:
  // The handle of pattern compiled for syntax, or -1 with Go's error.
  int64_t compile(std::string_view pattern, RegexpSyntax syntax, std::string& code, std::string& expr) {
    std::string key;
    key += syntax.posix ? 'P' : 'p';
    key += syntax.longest ? 'L' : 'l';
    key += pattern;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;
    }
    CompiledRegexp compiled = compileGoRegexp(pattern, syntax);  // outside the lock: it may be slow
    if (!compiled.re) {
      code = std::move(compiled.code);
      expr = std::move(compiled.expr);
      return -1;
    }
    std::lock_guard<std::mutex> lock(mu_);
    if (auto it = byKey_.find(key); it != byKey_.end()) return it->second;  // another thread won
    auto handle = static_cast<int64_t>(regexps_.size());
    regexps_.push_back(std::move(compiled.re));
    byKey_.emplace(std::move(key), handle);
    return handle;
  }

  const RE2* lookup(int64_t handle) {
    std::lock_guard<std::mutex> lock(mu_);
    if (handle < 0 || static_cast<size_t>(handle) >= regexps_.size()) return nullptr;
    return regexps_[static_cast<size_t>(handle)].get();
  }

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<RE2>> regexps_;  // indexed by handle
  std::unordered_map<std::string, int64_t> byKey_;
};

RegexpTable& regexpTable() {
  static RegexpTable table;
  return table;
}

// A new []string of the capture names in the result slot `names`: "" for
// the whole match and for unnamed groups, as Regexp.SubexpNames gives them.
// The slice is stored before its strings are allocated, so that it is
// reachable from the frame meanwhile.
void returnSubexpNames(const RE2& re, rt::Slice& names) {
  int64_t count = re.NumberOfCapturingGroups() + 1;
  rt::makeslice(rt::basicType(rt::Kind::String), count, count, names);
  for (const auto& [index, name] : re.CapturingGroupNames()) {
    if (index > 0 && index < count) static_cast<rt::String*>(names.data)[index] = rt::copyString(name);
  }
}

bool isASCII(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Where the rune holding byte `at` of text ends, when `at` is inside a
// valid multi-byte UTF-8 sequence and not at its start; else `at` itself.
size_t endOfRuneAround(std::string_view text, size_t at) {
  auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  for (size_t back = 1; back <= 3 && back <= at && at < text.size(); back++) {
    size_t lead = at - back;
    rt::DecodedRune decoded = rt::decodeRune(bytes + lead, static_cast<int64_t>(text.size() - lead));
    bool valid = !(decoded.rune == rt::kRuneError && decoded.width == 1);
    if (valid && static_cast<size_t>(decoded.width) > back) return lead + static_cast<size_t>(decoded.width);
  }
  return at;
}

// The leftmost match in text at or after pos: fills dst (a []int of
// 2*groups offsets, -1 for a group that did not take part) and says whether
// there was one. dst may be shorter than the regexp's groups need; an empty
// dst asks only whether there is a match.
//
// Go only tries positions at rune boundaries; RE2 may report an empty match
// (\B, x*) between the bytes of one rune, so such a match is skipped and
// the search goes on from the end of that rune.
bool matchAt(int64_t handle, std::string_view text, int64_t pos, rt::Slice dst) {
  const RE2* re = regexpTable().lookup(handle);
  if (re == nullptr || pos < 0 || static_cast<size_t>(pos) > text.size()) return false;
  // RE2 marks a group that did not match with a null data pointer, so an
  // empty text must still point somewhere.
  static const char kEmptyText[1] = "";
  const char* base = text.empty() ? kEmptyText : text.data();
  re2::StringPiece input(base, text.size());
  int wanted = static_cast<int>(dst.len / 2);
  auto from = static_cast<size_t>(pos);
  if (wanted == 0) {
    // A yes/no answer needs no offsets unless a match could start inside a rune.
    if (!re->Match(input, from, text.size(), RE2::UNANCHORED, nullptr, 0)) return false;
    if (isASCII(text.substr(from))) return true;
  }
  int groups = std::max(1, std::min(wanted, re->NumberOfCapturingGroups() + 1));
  re2::StringPiece fewGroups[8];
  std::vector<re2::StringPiece> manyGroups;
  re2::StringPiece* found = fewGroups;
  if (groups > 8) {
    manyGroups.resize(static_cast<size_t>(groups));
    found = manyGroups.data();
  }
  for (;;) {
    if (!re->Match(input, from, text.size(), RE2::UNANCHORED, found, groups)) return false;
    auto start = static_cast<size_t>(found[0].data() - base);
    size_t boundary = endOfRuneAround(text, start);
    if (boundary == start) break;
    from = boundary;
  }
  auto* offsets = static_cast<int64_t*>(dst.data);
  for (int i = 0; i < wanted; i++) {
    bool took = i < groups && found[i].data() != nullptr;
    offsets[2 * i] = took ? found[i].data() - base : -1;
    offsets[2 * i + 1] = took ? offsets[2 * i] + static_cast<int64_t>(found[i].size()) : -1;
  }
  return true;
}

std::string_view bytesOf(rt::Slice b) {
  return b.len == 0 ? std::string_view() : std::string_view(static_cast<const char*>(b.data), static_cast<size_t>(b.len));
}

}  // namespace

// func compile(expr string, posix, longest bool) (handle int, names []string, code, errExpr string)
void regexpCompile(vm::NativeCall& call) {
  std::string_view pattern = rt::asStringView(call.string(0));
  RegexpSyntax syntax{(call.word<uint64_t>(2) & 1) != 0, (call.word<uint64_t>(3) & 1) != 0};
  std::string code, expr;
  int64_t handle = regexpTable().compile(pattern, syntax, code, expr);
  call.word<int64_t>(4) = handle;
  call.word<rt::Slice>(5) = rt::Slice{nullptr, 0, 0};
  if (handle >= 0) returnSubexpNames(*regexpTable().lookup(handle), call.word<rt::Slice>(5));
  call.word<rt::String>(8) = rt::copyString(code);
  call.word<rt::String>(10) = rt::copyString(expr);
}

// func match(handle int, s string, pos int, dst []int) bool
void regexpMatch(vm::NativeCall& call) {
  bool found = matchAt(call.word<int64_t>(0), rt::asStringView(call.string(1)), call.word<int64_t>(3), call.slice(4));
  call.word<uint64_t>(7) = found ? 1 : 0;
}

// func matchBytes(handle int, b []byte, pos int, dst []int) bool
void regexpMatchBytes(vm::NativeCall& call) {
  bool found = matchAt(call.word<int64_t>(0), bytesOf(call.slice(1)), call.word<int64_t>(4), call.slice(5));
  call.word<uint64_t>(8) = found ? 1 : 0;
}

}  // namespace golem::stdlib
