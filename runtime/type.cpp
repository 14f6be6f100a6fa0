// Descriptors of Go's predeclared types (see runtime/type.h).
//
// basicType(kind) returns one shared, immutable descriptor per basic kind
// (bool, the integer, float and complex kinds, string, unsafe.Pointer), built
// once on first use (a function-local static, so thread-safe) and never freed.
// Type identity at run time is pointer identity, so the compiler must hand
// out these same descriptors for the predeclared types.
//
// Layouts are Go's on amd64: size and alignment as unsafe.Sizeof/Alignof
// (complex64 is two float32s, so 8 bytes aligned to 4). Only two of them hold
// pointers the collector must trace: a string's data word and an
// unsafe.Pointer; their gcmask has bit 0 set and ptrdata is one word. All
// basic types are comparable. They are not "named" in type.h's sense (the
// go/types view: Basic, not Named); their str is Go's spelling ("int",
// "unsafe.Pointer").
//
// The `error` interface's descriptor is made by the compiler, which
// registers it with setErrorInterfaceType; it is an atomic pointer so that
// intrinsics on other threads read it safely.
#include "runtime/type.h"

#include <array>
#include <atomic>
#include <cassert>

#include "runtime/malloc.h"

namespace golem::rt {
namespace {

constexpr size_t kKindCount = static_cast<size_t>(Kind::UnsafePointer) + 1;

Type makeBasic(Kind kind, const char* str, uint64_t size, uint8_t align, bool pointer) {
  Type t;
  t.kind = kind;
  t.size = size;
  t.align = align;
  t.fieldAlign = align;
  t.comparable = true;
  t.str = str;
  if (pointer) {
    t.ptrdata = 8;
    t.gcmask = {1};
    precomputeHeapBits(t);
  }
  return t;
}

using BasicTable = std::array<Type, kKindCount>;

BasicTable makeBasicTable() {
  BasicTable table{};
  auto add = [&](Kind kind, const char* str, uint64_t size, uint8_t align, bool pointer = false) {
    table[static_cast<size_t>(kind)] = makeBasic(kind, str, size, align, pointer);
  };
  add(Kind::Bool, "bool", 1, 1);
  add(Kind::Int, "int", 8, 8);
  add(Kind::Int8, "int8", 1, 1);
  add(Kind::Int16, "int16", 2, 2);
  add(Kind::Int32, "int32", 4, 4);
  add(Kind::Int64, "int64", 8, 8);
  add(Kind::Uint, "uint", 8, 8);
  add(Kind::Uint8, "uint8", 1, 1);
  add(Kind::Uint16, "uint16", 2, 2);
  add(Kind::Uint32, "uint32", 4, 4);
  add(Kind::Uint64, "uint64", 8, 8);
  add(Kind::Uintptr, "uintptr", 8, 8);
  add(Kind::Float32, "float32", 4, 4);
  add(Kind::Float64, "float64", 8, 8);
  add(Kind::Complex64, "complex64", 8, 4);
  add(Kind::Complex128, "complex128", 16, 8);
  add(Kind::String, "string", 16, 8, /*pointer=*/true);
  add(Kind::UnsafePointer, "unsafe.Pointer", 8, 8, /*pointer=*/true);
  return table;
}

bool isBasicKind(Kind k) {
  return (k >= Kind::Bool && k <= Kind::Complex128) || k == Kind::String ||
         k == Kind::UnsafePointer;
}

std::atomic<const Type*> errorInterface{nullptr};

}  // namespace

const Type* basicType(Kind k) {
  static const BasicTable table = makeBasicTable();
  assert(isBasicKind(k) && "basicType: not a predeclared basic kind");
  if (!isBasicKind(k)) return nullptr;
  return &table[static_cast<size_t>(k)];
}

const Type* stringType() { return basicType(Kind::String); }

const Type* errorInterfaceType() { return errorInterface.load(std::memory_order_acquire); }

void setErrorInterfaceType(const Type* t) {
  assert(t == nullptr || t->kind == Kind::Interface);
  errorInterface.store(t, std::memory_order_release);
}

}  // namespace golem::rt
