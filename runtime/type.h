// Runtime type descriptors.
//
// Every Go type a program uses at run time has one rt::Type: its kind, size,
// alignment and a pointer bitmap with one bit per 8-byte word (bit set = the
// word holds a pointer the GC must trace). The same descriptor drives
// allocation (mallocgc takes it), GC scanning, interface boxing and type
// assertions, maps (hash and equality), print/println and fmt (%v walks it).
//
// Descriptors are created by the compiler (compiler/typedesc.cpp) and are
// immutable afterwards; two identical Go types share one descriptor, so type
// identity at run time is pointer equality. Descriptors are never freed.
//
// Memory layout of values is Go's amd64 layout:
//   bool, intN, uintN, floatN   N/8 bytes (bool 1)
//   int, uint, uintptr, pointers, map, chan, func   8 bytes
//   string     {const uint8_t* data; int64_t len}
//   slice      {void* data; int64_t len; int64_t cap}
//   interface  {const void* tab; void* data}; tab is an rt::Type* for an
//              empty interface, an rt::Itab* otherwise. data holds the value
//              itself when the dynamic type is pointer-shaped (kind Pointer,
//              Map, Chan, Func, UnsafePointer), else a pointer to a boxed copy.
//   func       pointer to a Closure {const vm::Proto* fn; captured words...}
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace golem::vm {
struct Proto;
}

namespace golem::rt {

// reflect.Kind's numbering, so %v and reflect-like code read the same.
enum class Kind : uint8_t {
  Invalid = 0,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

struct Type;

struct StructField {
  std::string name;
  const Type* type;
  uint64_t offset;
  bool embedded;
  bool exported;
};

struct Method {
  std::string name;          // "String"
  const Type* funcType;      // signature without receiver
  const vm::Proto* fn;       // implementation taking the receiver as first param
  const vm::Proto* ifn = nullptr;  // the same, taking an interface's data word as receiver
                                   // (a wrapper for value methods whose values are boxed)
};

// A type's pointer bits read ahead for the allocator (precomputeHeapBits,
// malloc.h, once gcmask is final; a type without them takes the allocator's
// general path, which computes the same pattern on the spot).
inline constexpr uint8_t kHeapBitsOne = 1;
inline constexpr uint8_t kHeapBitsTiled = 2;
struct HeapBitsPattern {
  uint8_t shape = 0;   // which words below are set: kHeapBitsOne | kHeapBitsTiled
  uint64_t one = 0;    // one value's pointer bits, when they lie in its first 64 words
  uint64_t tiled = 0;  // the first 64 words' bits of an array of values 1, 2, 4, ... or
                       // 64 words long, which repeat every 64 words
};

struct Type {
  Kind kind = Kind::Invalid;
  uint8_t align = 1;
  uint8_t fieldAlign = 1;
  bool comparable = false;
  bool named = false;  // a defined type (has a name and maybe methods)
  uint64_t size = 0;
  uint64_t ptrdata = 0;       // bytes from the start that may hold pointers (0: pointer-free)
  HeapBitsPattern heapBits;   // gcmask read ahead (see HeapBitsPattern)
  std::vector<uint8_t> gcmask;  // one bit per word of the first ptrdata bytes, LSB first
  std::string str;            // Go's %T spelling: "int", "main.T", "[]*main.T", "map[string]int"
  std::string pkgPath;        // for named types: "main"
  std::string name;           // for named types: "T"

  const Type* elem = nullptr;  // Array, Chan, Map (value), Pointer, Slice
  const Type* key = nullptr;   // Map
  uint64_t len = 0;            // Array
  uint8_t chanDir = 3;         // Chan: 1 recv, 2 send, 3 both (reflect.ChanDir)
  std::vector<StructField> fields;  // Struct
  std::vector<const Type*> in, out; // Func
  bool variadic = false;            // Func
  std::vector<Method> imethods;     // Interface: required methods, sorted by name
  std::vector<Method> methods;      // named types: method set, sorted by name
  const Type* ptrToThis = nullptr;  // *T, when the compiler made it

  bool hasPointers() const { return ptrdata != 0; }
  // True when the word at index w (8-byte words from the start) holds a pointer.
  bool wordIsPointer(uint64_t w) const {
    return w / 8 < gcmask.size() && ((gcmask[w / 8] >> (w % 8)) & 1);
  }
  // Pointer-shaped types are stored directly in an interface's data word.
  bool isDirectIface() const {
    return kind == Kind::Pointer || kind == Kind::Map || kind == Kind::Chan ||
           kind == Kind::Func || kind == Kind::UnsafePointer;
  }
  bool isInteger() const { return kind >= Kind::Int && kind <= Kind::Uintptr; }
  bool isSigned() const { return kind >= Kind::Int && kind <= Kind::Int64; }
};

// An interface's method table for one concrete type (Go's itab).
struct Itab {
  const Type* inter;  // the interface type
  const Type* type;   // the dynamic type
  std::vector<const vm::Proto*> fun;  // in the order of inter->imethods
};

// Values as the runtime sees them.
struct String {
  const uint8_t* data;
  int64_t len;
};
struct Slice {
  void* data;
  int64_t len;
  int64_t cap;
};
struct Eface {
  const Type* type;
  void* data;
};
struct Iface {
  const Itab* tab;
  void* data;
};

// Address of an interface's value bytes: the data word itself for
// pointer-shaped types, else the boxed copy it points to.
inline const void* efaceValuePtr(const Eface& e) {
  return e.type && e.type->isDirectIface() ? static_cast<const void*>(&e.data) : e.data;
}

// The descriptors of the predeclared types, shared by the compiler and the
// intrinsics (fmt builds []interface{} values of these).
const Type* basicType(Kind k);
const Type* stringType();
const Type* errorInterfaceType();  // set by the compiler when it creates `error`
void setErrorInterfaceType(const Type* t);

}  // namespace golem::rt
