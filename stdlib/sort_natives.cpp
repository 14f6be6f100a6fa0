// The intrinsics of package sort (stdlib/sort/*.go), bound by name in
// stdlib/natives.cpp.
//
// Ints and Strings sort with std::sort: equal ints and equal strings cannot
// be told apart, so any correct sort leaves the same slice as Go's pdqsort,
// and std::sort on the raw words is far faster than interpreted Go. (Float64s
// stays in Go: -0 and +0 compare equal yet print differently.)
//
// sliceLen and swapElems are what reflect gives Go's Slice: x is an any
// holding a slice; its rt::Eface data points to the boxed slice header, and
// the element size comes from the slice type's descriptor. Elements are
// swapped bytewise through a stack buffer (pointer words move with their
// element).
//
// The write barrier (mbarrier.h): sorting permutes the values already in the
// slice, holding some in C++ locals meanwhile, so shading every value the
// slice holds before it is permuted covers both halves of the barrier (what
// a slot loses and what it gains are among those values).
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/mbarrier.h"
#include "runtime/string.h"
#include "runtime/type.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

// reflect.Kind's names, as reflect's ValueError prints them.
const char* kindName(rt::Kind k) {
  static const char* const names[] = {"invalid", "bool",       "int",     "int8",      "int16",   "int32",
                                      "int64",   "uint",       "uint8",   "uint16",    "uint32",  "uint64",
                                      "uintptr", "float32",    "float64", "complex64", "complex128", "array",
                                      "chan",    "func",       "interface", "map",     "ptr",     "slice",
                                      "string",  "struct",     "unsafe.Pointer"};
  auto i = static_cast<size_t>(k);
  return i < std::size(names) ? names[i] : "invalid";
}

// The slice held by x, or nullptr after starting reflect's panic.
rt::Slice* heldSlice(vm::NativeCall& call, rt::Eface x) {
  if (!x.type || x.type->kind != rt::Kind::Slice) {
    call.panicString(std::string("reflect: call of Swapper on ") + kindName(x.type ? x.type->kind : rt::Kind::Invalid) +
                     " Value");
    return nullptr;
  }
  return static_cast<rt::Slice*>(x.data);
}

}  // namespace

// func Ints(x []int)
void sortInts(vm::NativeCall& call) {
  rt::Slice s = call.slice(0);
  auto* p = static_cast<int64_t*>(s.data);
  std::sort(p, p + s.len);
}

// func Strings(x []string)
void sortStrings(vm::NativeCall& call) {
  rt::Slice s = call.slice(0);
  auto* p = static_cast<rt::String*>(s.data);
  rt::writeBarrierCopy(p, nullptr, static_cast<size_t>(s.len) * sizeof(rt::String));
  std::sort(p, p + s.len, [](const rt::String& a, const rt::String& b) { return rt::cmpstring(a, b) < 0; });
}

// func sliceLen(x any) int
void sortSliceLen(vm::NativeCall& call) {
  rt::Slice* s = heldSlice(call, call.word<rt::Eface>(0));
  call.word<int64_t>(2) = s ? s->len : 0;
}

// func swapElems(x any, i, j int)
void sortSwapElems(vm::NativeCall& call) {
  auto x = call.word<rt::Eface>(0);
  rt::Slice* s = heldSlice(call, x);
  if (!s) return;
  int64_t i = call.word<int64_t>(2), j = call.word<int64_t>(3);
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len) ||
      static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len)) {
    call.panicString("reflect: slice index out of range");
    return;
  }
  if (i == j) return;
  uint64_t size = x.type->elem->size;
  auto* base = static_cast<unsigned char*>(s->data);
  unsigned char* a = base + static_cast<uint64_t>(i) * size;
  unsigned char* b = base + static_cast<uint64_t>(j) * size;
  if (x.type->elem->hasPointers()) rt::writeBarrierCopy(a, b, size);  // shades both elements
  unsigned char buf[256];
  for (uint64_t done = 0; done < size; done += sizeof buf) {
    uint64_t n = std::min<uint64_t>(sizeof buf, size - done);
    std::memcpy(buf, a + done, n);
    std::memcpy(a + done, b + done, n);
    std::memcpy(b + done, buf, n);
  }
}

}  // namespace golem::stdlib
