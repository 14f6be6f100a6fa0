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

// fmt (stdlib/fmt_natives.cpp)
void fmtErrorfText(vm::NativeCall& call);
void fmtPrint(vm::NativeCall& call);
void fmtPrintf(vm::NativeCall& call);
void fmtPrintln(vm::NativeCall& call);
void fmtSprint(vm::NativeCall& call);
void fmtSprintf(vm::NativeCall& call);
void fmtSprintln(vm::NativeCall& call);

namespace {

constexpr vm::NativeEntry kNatives[] = {
    {"fmt.Print", fmtPrint},
    {"fmt.Printf", fmtPrintf},
    {"fmt.Println", fmtPrintln},
    {"fmt.Sprint", fmtSprint},
    {"fmt.Sprintf", fmtSprintf},
    {"fmt.Sprintln", fmtSprintln},
    {"fmt.errorfText", fmtErrorfText},
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
