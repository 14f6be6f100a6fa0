// The intrinsics of package fmt (stdlib/fmt/fmt.go), bound by name in
// stdlib/natives.cpp.
//
// Each reads its frame as vm/native.h lays it out: a string parameter is two
// words {data, len}, the variadic `a ...any` three words {data, len, cap}
// of a []any whose elements are rt::Eface; results follow the parameters.
// The text is built by the formatting engine (stdlib/format.h), then either
// copied into a new Go string (Sprint*, allocated pointer-free with
// rt::mallocgc), into a new []byte (the sprint*Bytes behind Fprint*, which
// hand it to the writer's Write), or written to standard output (Print*: n
// is the byte count, err is always nil, as os.Stdout's writes report no
// error to fmt here).
// The calling goroutine's thread is passed to the engine as the context its
// method-call hook needs. A panic that escapes formatting (a String method
// panicking while fmt reports another panic) is raised when the intrinsic
// returns, through NativeCall::pendingPanic.
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/malloc.h"
#include "runtime/output.h"
#include "runtime/slice.h"
#include "stdlib/format.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

struct Operands {
  const rt::Eface* data;
  size_t count;
};

// The []any of a variadic parameter at word `word`.
Operands operandsAt(vm::NativeCall& call, size_t word) {
  rt::Slice s = call.slice(word);
  return {static_cast<const rt::Eface*>(s.data), static_cast<size_t>(s.len)};
}

std::string_view stringAt(vm::NativeCall& call, size_t word) {
  rt::String s = call.string(word);
  return {reinterpret_cast<const char*>(s.data), static_cast<size_t>(s.len)};
}

// Starts the panic that escaped formatting, if any.
void raiseEscapedPanic(vm::NativeCall& call, const PrintStatus& status) {
  if (!status.panicking) return;
  call.pendingPanic = status.panicValue;
  call.panicking = true;
}

// Stores text as a new Go string in the result words at `word`.
void returnString(vm::NativeCall& call, size_t word, const std::string& text) {
  rt::String result{nullptr, static_cast<int64_t>(text.size())};
  if (!text.empty()) {
    auto* bytes = static_cast<uint8_t*>(rt::mallocgc(text.size(), nullptr, false));
    std::memcpy(bytes, text.data(), text.size());
    result.data = bytes;
  }
  call.word<rt::String>(word) = result;
}

// Stores text as a new []byte of exactly its length at `word`.
void returnBytes(vm::NativeCall& call, size_t word, const std::string& text) {
  rt::Slice made{nullptr, 0, 0};
  auto n = static_cast<int64_t>(text.size());
  rt::makeslice(rt::basicType(rt::Kind::Uint8), n, n, made);
  if (n > 0) std::memcpy(made.data, text.data(), text.size());
  call.word<rt::Slice>(word) = made;
}

// Writes text to standard output and stores (n int, err error) at `word`.
void writeAndReturnCount(vm::NativeCall& call, size_t word, const std::string& text) {
  rt::writeStdout(text.data(), text.size());
  call.word<int64_t>(word) = static_cast<int64_t>(text.size());
  call.word<uint64_t>(word + 1) = 0;  // err: a nil interface
  call.word<uint64_t>(word + 2) = 0;
}

// The text of each family, from the operands of the native's frame (`a
// ...any` at word 0, or `format string, a ...any` at words 0 and 2); a panic
// that escaped a String or Format method is raised on `call`.
std::string printText(vm::NativeCall& call) {
  Operands a = operandsAt(call, 0);
  std::string text;
  raiseEscapedPanic(call, appendPrint(text, a.data, a.count, call.thread));
  return text;
}

std::string printlnText(vm::NativeCall& call) {
  Operands a = operandsAt(call, 0);
  std::string text;
  raiseEscapedPanic(call, appendPrintln(text, a.data, a.count, call.thread));
  return text;
}

std::string printfText(vm::NativeCall& call, bool allowWrap) {
  Operands a = operandsAt(call, 2);
  std::string text;
  raiseEscapedPanic(call, appendPrintf(text, stringAt(call, 0), a.data, a.count, allowWrap, call.thread));
  return text;
}

}  // namespace

// func Println(a ...any) (n int, err error)
void fmtPrintln(vm::NativeCall& call) { writeAndReturnCount(call, 3, printlnText(call)); }

// func Print(a ...any) (n int, err error)
void fmtPrint(vm::NativeCall& call) { writeAndReturnCount(call, 3, printText(call)); }

// func Printf(format string, a ...any) (n int, err error)
void fmtPrintf(vm::NativeCall& call) { writeAndReturnCount(call, 5, printfText(call, false)); }

// func Sprintf(format string, a ...any) string
void fmtSprintf(vm::NativeCall& call) { returnString(call, 5, printfText(call, false)); }

// func Sprint(a ...any) string
void fmtSprint(vm::NativeCall& call) { returnString(call, 3, printText(call)); }

// func Sprintln(a ...any) string
void fmtSprintln(vm::NativeCall& call) { returnString(call, 3, printlnText(call)); }

// func errorfText(format string, a ...any) string: Sprintf with %w.
void fmtErrorfText(vm::NativeCall& call) { returnString(call, 5, printfText(call, true)); }

// func sprintfBytes(format string, a ...any) []byte: Fprintf's text.
void fmtSprintfBytes(vm::NativeCall& call) { returnBytes(call, 5, printfText(call, false)); }

// func sprintBytes(a ...any) []byte: Fprint's text.
void fmtSprintBytes(vm::NativeCall& call) { returnBytes(call, 3, printText(call)); }

// func sprintlnBytes(a ...any) []byte: Fprintln's text.
void fmtSprintlnBytes(vm::NativeCall& call) { returnBytes(call, 3, printlnText(call)); }

}  // namespace golem::stdlib
