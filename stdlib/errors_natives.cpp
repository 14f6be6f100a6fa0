// The intrinsics of package errors (stdlib/errors/errors.go), bound by name
// in stdlib/natives.cpp: the reflection that Is and As need, done on the
// runtime type descriptors (runtime/type.h).
//
// An error value is an rt::Iface {itab, data}: its dynamic type is
// itab->type. As's target is an rt::Eface whose type is a pointer type *E
// and whose data word is that pointer (pointers are stored directly).
// Storing into *E follows E's kind: an interface E gets {type, data} (empty
// interface) or {itab for E, data} (the itab is getitab's, which fails when
// the dynamic type lacks one of E's methods); a concrete E equal to the
// dynamic type gets the value itself: the data word for a pointer-shaped
// type, else a copy of the boxed value. Assignability is Go's for these
// cases; the rarer rule for identical underlying types with an unnamed side
// is not applied (errors are named types in practice). *E may be anywhere,
// the heap included, so the stores go through the write barrier.
#include <cstring>

#include "runtime/iface.h"
#include "runtime/mbarrier.h"
#include "runtime/type.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

// The values of errors.go's targetNotPointer, ... constants.
enum TargetKind : int64_t { kNotPointer = 0, kInterface = 1, kError = 2, kNotError = 3 };

// Whether t's method set has Error() string.
bool implementsError(const rt::Type* t) {
  for (const rt::Method& m : t->methods) {
    if (m.name != "Error") continue;
    const rt::Type* f = m.funcType;
    return f && f->in.empty() && f->out.size() == 1 && f->out[0]->kind == rt::Kind::String &&
           !f->out[0]->named && !f->variadic;
  }
  return false;
}

}  // namespace

// func isComparable(err error) bool
void errorsIsComparable(vm::NativeCall& call) {
  auto iface = call.word<rt::Iface>(0);
  call.word<uint64_t>(2) = iface.tab && iface.tab->type->comparable ? 1 : 0;
}

// func targetKind(target any) int
void errorsTargetKind(vm::NativeCall& call) {
  auto target = call.word<rt::Eface>(0);
  int64_t kind = kNotPointer;
  if (target.type && target.type->kind == rt::Kind::Pointer && target.data) {
    const rt::Type* elem = target.type->elem;
    if (elem->kind == rt::Kind::Interface) {
      kind = kInterface;
    } else {
      kind = implementsError(elem) ? kError : kNotError;
    }
  }
  call.word<int64_t>(2) = kind;
}

// func assignTo(err error, target any) bool
void errorsAssignTo(vm::NativeCall& call) {
  auto err = call.word<rt::Iface>(0);
  auto target = call.word<rt::Eface>(2);
  bool assigned = false;
  const rt::Type* dynamic = err.tab ? err.tab->type : nullptr;
  const rt::Type* elem = target.type->elem;
  if (dynamic && elem->kind == rt::Kind::Interface) {
    if (elem->imethods.empty()) {
      rt::Eface value{dynamic, err.data};
      rt::memmoveWithBarrier(target.data, &value, sizeof value);
      assigned = true;
    } else if (const rt::Itab* tab = rt::getitab(elem, dynamic)) {
      rt::Iface value{tab, err.data};
      rt::memmoveWithBarrier(target.data, &value, sizeof value);
      assigned = true;
    }
  } else if (dynamic == elem) {
    if (elem->isDirectIface()) {
      rt::writeWordWithBarrier(target.data, reinterpret_cast<uint64_t>(err.data));
    } else {
      rt::typedMemmove(elem, target.data, err.data, elem->size);
    }
    assigned = true;
  }
  call.word<uint64_t>(4) = assigned ? 1 : 0;
}

}  // namespace golem::stdlib
