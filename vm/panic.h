// Panics raised by the interpreter and how an unrecovered one is reported.
//
// A PanicInfo describes the value being panicked with: either a Go value (an
// interface {type, data}) from panic(v) or an intrinsic, or one of the
// runtime's own errors (index out of range, nil dereference, ...), whose
// message is built from the operands as Go's runtime/error.go builds it.
//
// Until defer and recover exist, raising a panic prints Go's report to
// stderr -- "panic: <value>", a blank line, "goroutine 1 [running]:" and one
// "function(...)\n\tfile:line" pair per frame, innermost first -- flushes
// stdout and exits with status 2, as the Go runtime's fatalpanic does.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/error.h"
#include "runtime/type.h"

namespace golem::vm {

struct Thread;

enum class RuntimeErrorKind : uint8_t {
  None,
  DivideByZero,
  NilDereference,
  NegativeShift,
  IndexOutOfRange,
  SliceBounds,
  MakeSliceLen,
  MakeSliceCap,
  GrowSliceCap,
  StackOverflow,
  TypeAssertion,  // text holds the message (a runtime.TypeAssertionError)
  Message,        // text holds the whole message (e.g. assignment to entry in nil map)
  Goexit,         // runtime.Goexit: not a panic, but it unwinds the same way (Go's _panic.goexit)
};

struct PanicInfo {
  RuntimeErrorKind kind = RuntimeErrorKind::None;
  rt::BoundsCode boundsCode = rt::BoundsCode::Index;
  int64_t x = 0, y = 0;
  rt::Eface value{nullptr, nullptr};  // for kind == None
  std::string text;                   // for kind == TypeAssertion

  static PanicInfo runtimeError(RuntimeErrorKind k) {
    PanicInfo p;
    p.kind = k;
    return p;
  }
  static PanicInfo nilDereference() { return runtimeError(RuntimeErrorKind::NilDereference); }
  static PanicInfo stackOverflow() { return runtimeError(RuntimeErrorKind::StackOverflow); }
  static PanicInfo indexOutOfRange(int64_t index, int64_t length) {
    PanicInfo p = runtimeError(RuntimeErrorKind::IndexOutOfRange);
    p.x = index;
    p.y = length;
    return p;
  }
  static PanicInfo sliceBounds(rt::BoundsCode k, int64_t x, int64_t y) {
    PanicInfo p = runtimeError(RuntimeErrorKind::SliceBounds);
    p.boundsCode = k;
    p.x = x;
    p.y = y;
    return p;
  }
  static PanicInfo typeAssertion(std::string message) {
    PanicInfo p = runtimeError(RuntimeErrorKind::TypeAssertion);
    p.text = std::move(message);
    return p;
  }
  static PanicInfo withMessage(std::string message) {
    PanicInfo p = runtimeError(RuntimeErrorKind::Message);
    p.text = std::move(message);
    return p;
  }
  static PanicInfo makeSlice(rt::SliceError err);
  // runtime.Goexit: the deferred calls run, recover returns nil, and when
  // none is left the goroutine ends instead of the program.
  static PanicInfo goexit() { return runtimeError(RuntimeErrorKind::Goexit); }
  bool isGoexit() const { return kind == RuntimeErrorKind::Goexit; }
  static PanicInfo withValue(rt::Eface v) {
    PanicInfo p;
    p.value = v;
    return p;
  }

  // The text after "panic: ", e.g. "runtime error: index out of range [5] with length 3".
  std::string message() const;
};

// Prints the report of an unrecovered panic for `thread` and exits(2).
[[noreturn]] void reportPanicAndExit(Thread& thread, const PanicInfo& panic);
// The same for the thread's chain of panics (Go's printpanics: oldest first,
// later ones indented, recovered ones marked " [recovered]").
[[noreturn]] void reportPanicsAndExit(Thread& thread);

// Go's fatal errors (not recoverable): "fatal error: <message>", exit 2.
[[noreturn]] void fatalErrorAndExit(Thread& thread, const std::string& message);

// A REPL session keeps the process alive when a goroutine dies of a panic or
// a fatal error: once set, the hook runs after the report is printed,
// instead of the exit, and ends only that goroutine (it does not return).
void setGoroutineFailureHook(void (*hook)(Thread& thread));

// The Go value recover() returns for a panic: for a run-time error, a value
// of package runtime's error types (runtime.errorString, runtime.boundsError,
// *runtime.TypeAssertionError, runtime.plainError), as Go's runtime makes.
rt::Eface runtimeErrorValue(const PanicInfo& panic);

// The descriptors of package runtime's error types (set once the program is
// compiled; package runtime is always loaded).
struct RuntimeErrorTypes {
  const rt::Type* errorString = nullptr;
  const rt::Type* plainError = nullptr;
  const rt::Type* boundsError = nullptr;
  const rt::Type* typeAssertionErrorPtr = nullptr;
};
void setRuntimeErrorTypes(const RuntimeErrorTypes& types);

// Appends Go's traceback of the thread's frames: "main.f(...)\n\t/path/x.go:12 +0x0\n" per frame.
void appendTraceback(const Thread& thread, std::string& out);

}  // namespace golem::vm
