// The calling convention between the interpreter and C++ intrinsics.
//
// A stdlib function declared without a body in its Go source (for example
// `func Sprintf(format string, a ...any) string` in stdlib/fmt/fmt.go) is an
// intrinsic: the compiler binds it by its full name ("fmt.Sprintf") to a
// NativeFn registered in stdlib/natives.cpp.
//
// An intrinsic receives the callee frame exactly as a bytecode function
// would: `args` points at the first parameter word; parameters follow one
// another, each taking (size+7)/8 words in Go's memory layout of its type
// (a string is 2 words {data,len}, a slice 3 {data,len,cap}, an interface 2
// {type or itab, data}); the results follow the parameters in the same way.
// The intrinsic reads its parameters and writes every result word.
//
// Intrinsics never throw. To panic, they call NativeCall::panicWith*; the
// interpreter starts the panic when the intrinsic returns. Allocation goes
// through rt::mallocgc with a type descriptor, like all allocation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace golem::vm {

struct Thread;

struct NativeCall {
  uint64_t* args;          // first parameter word; results follow the parameters
  Thread* thread;          // the calling goroutine's interpreter state
  // Set by the intrinsic to start a panic with this value when it returns.
  rt::Eface pendingPanic{nullptr, nullptr};
  bool panicking = false;

  template <typename T>
  T& word(size_t i) { return *reinterpret_cast<T*>(args + i); }
  rt::String string(size_t i) const { return *reinterpret_cast<rt::String*>(args + i); }
  rt::Slice slice(size_t i) const { return *reinterpret_cast<rt::Slice*>(args + i); }

  // panic(errors.New-like runtime error text) with "runtime error: " prefix.
  void panicRuntimeError(std::string_view message);
  // panic(v) with a string value, as panic("msg") does.
  void panicString(std::string_view message);
};

using NativeFn = void (*)(NativeCall& call);

struct NativeEntry {
  const char* name;  // "fmt.Sprintf"
  NativeFn fn;
};

// All registered intrinsics (stdlib/natives.cpp); nullptr if not found.
NativeFn findNative(std::string_view name);
// The scheduler's intrinsics (runtime, time, sync, sync/atomic): vm/sched_natives.cpp.
NativeFn findSchedNative(std::string_view name);
// What a library function whose body pruning dropped is bound to
// (compiler/prune.h): reaching it means the pruning was wrong, a fatal error.
void prunedFunctionCalled(NativeCall& call);

}  // namespace golem::vm
