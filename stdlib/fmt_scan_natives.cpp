// The intrinsics of fmt's scanning (stdlib/fmt/scan.go), bound by name in
// stdlib/natives.cpp: the two pieces of reflection Scan needs to store into
// a pointer to a named type (a *Celsius where Celsius is a float64).
//
// Go's fmt asks reflect for the kind of the pointed-to value and sets it
// through reflect.Value. golem's scan.go instead asks pointeeKind, then
// re-types the pointer (retype) to the pointer of the underlying basic
// type and scans that with its ordinary type switch. Only the interface's
// type word changes: the stores themselves happen in Go code, so they go
// through the VM like every other store (nothing here writes to the heap).
//
// Frames follow vm/native.h: an `any` parameter is two words {type, data};
// an int result one word.
#include <cstdint>

#include "runtime/type.h"
#include "vm/native.h"

namespace golem::stdlib {

// func pointeeKind(arg any) int: the reflect.Kind number of *arg's element
// type; -1 when arg is not a pointer (or nil); 0 for a slice whose
// elements are not uint8s, which Scan cannot fill.
void fmtPointeeKind(vm::NativeCall& call) {
  const auto* type = call.word<const rt::Type*>(0);
  int64_t kind = -1;
  if (type != nullptr && type->kind == rt::Kind::Pointer && type->elem != nullptr) {
    const rt::Type* elem = type->elem;
    kind = static_cast<int64_t>(elem->kind);
    if (elem->kind == rt::Kind::Slice && (elem->elem == nullptr || elem->elem->kind != rt::Kind::Uint8)) kind = 0;
  }
  call.word<int64_t>(2) = kind;
}

// func retype(arg, like any) any: arg's pointer, typed as like's.
void fmtRetype(vm::NativeCall& call) {
  call.word<rt::Eface>(4) = rt::Eface{call.word<const rt::Type*>(2), call.word<void*>(1)};
}

}  // namespace golem::stdlib
