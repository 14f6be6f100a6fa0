// Reporting an unrecovered panic, as the Go runtime's printpanics and
// traceback do (see panic.h).
#include "vm/panic.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/malloc.h"
#include "runtime/output.h"
#include "runtime/string.h"
#include "vm/thread.h"

namespace golem::vm {

PanicInfo PanicInfo::makeSlice(rt::SliceError err) {
  PanicInfo p;
  switch (err) {
    case rt::SliceError::MakeLenOutOfRange: p.kind = RuntimeErrorKind::MakeSliceLen; break;
    case rt::SliceError::MakeCapOutOfRange: p.kind = RuntimeErrorKind::MakeSliceCap; break;
    default: p.kind = RuntimeErrorKind::GrowSliceCap; break;
  }
  return p;
}

std::string PanicInfo::message() const {
  switch (kind) {
    case RuntimeErrorKind::None:
      return rt::formatPanicValue(value.type, rt::efaceValuePtr(value));
    case RuntimeErrorKind::DivideByZero:
      return "runtime error: " + rt::divideErrorMessage();
    case RuntimeErrorKind::NilDereference:
      return "runtime error: " + rt::nilDereferenceMessage();
    case RuntimeErrorKind::NegativeShift:
      return "runtime error: " + rt::negativeShiftMessage();
    case RuntimeErrorKind::IndexOutOfRange:
      return "runtime error: " + rt::boundsErrorMessage(rt::BoundsCode::Index, x, y);
    case RuntimeErrorKind::SliceBounds:
      return "runtime error: " + rt::boundsErrorMessage(boundsCode, x, y);
    case RuntimeErrorKind::MakeSliceLen:
      return "runtime error: " + rt::sliceErrorMessage(rt::SliceError::MakeLenOutOfRange);
    case RuntimeErrorKind::MakeSliceCap:
      return "runtime error: " + rt::sliceErrorMessage(rt::SliceError::MakeCapOutOfRange);
    case RuntimeErrorKind::GrowSliceCap:
      return "runtime error: " + rt::sliceErrorMessage(rt::SliceError::GrowCapOutOfRange);
    case RuntimeErrorKind::StackOverflow:
      return "stack overflow";
    case RuntimeErrorKind::TypeAssertion:
    case RuntimeErrorKind::Message:
      return text;
    case RuntimeErrorKind::Goexit:
      return "runtime.Goexit";
  }
  return "unknown panic";
}

namespace {

// The innermost-first list of (proto, pc) pairs of the thread's frames.
template <typename F>
void forEachFrame(const Thread& thread, F&& visit) {
  const Instr* pc = thread.pc;
  uint64_t* base = thread.base;
  while (base && pc) {
    auto* cl = reinterpret_cast<const Closure*>(base[-1]);
    if (!cl) break;
    visit(cl->fn, pc);
    const Instr* ret = reinterpret_cast<const Instr*>(base[-3]);
    if (!ret) break;
    pc = ret;
    base = thread.stack + base[-2];
  }
}

}  // namespace

void appendTraceback(const Thread& thread, std::string& out) {
  // Go prints at most 100 frames (_TracebackMaxFrames), then a note.
  constexpr int kMaxFrames = 100;
  int frames = 0;
  forEachFrame(thread, [&](const Proto* fn, const Instr* pc) {
    if (++frames > kMaxFrames) {
      if (frames == kMaxFrames + 1) out += "...additional frames elided...\n";
      return;
    }
    // pc points after the executing instruction.
    size_t index = size_t(pc - fn->code.data());
    if (index > 0) index--;
    int line = index < fn->lines.size() ? fn->lines[index] : fn->line;
    char buf[64];
    snprintf(buf, sizeof buf, ":%d +0x%zx\n", line, index * sizeof(Instr));
    out += fn->name + "(...)\n\t" + fn->file + buf;
  });
}

namespace {
RuntimeErrorTypes runtimeErrorTypes;

// A boxed one-string value ({data,len}) of type t.
rt::Eface stringValue(const rt::Type* t, const std::string& text) {
  auto* box = static_cast<rt::String*>(rt::mallocgc(sizeof(rt::String), t, true));
  *box = rt::copyString(text);
  return rt::Eface{t, box};
}

std::string withoutPrefix(const std::string& s) {
  static const std::string prefix = "runtime error: ";
  return s.rfind(prefix, 0) == 0 ? s.substr(prefix.size()) : s;
}
}  // namespace

void setRuntimeErrorTypes(const RuntimeErrorTypes& types) { runtimeErrorTypes = types; }

rt::Eface runtimeErrorValue(const PanicInfo& panic) {
  const RuntimeErrorTypes& t = runtimeErrorTypes;
  std::string text = panic.message();
  if (panic.kind == RuntimeErrorKind::None) return panic.value;
  if (!t.errorString) return stringValue(rt::stringType(), text);  // no package runtime
  switch (panic.kind) {
    case RuntimeErrorKind::IndexOutOfRange:
    case RuntimeErrorKind::SliceBounds:
      return stringValue(t.boundsError, withoutPrefix(text));
    case RuntimeErrorKind::TypeAssertion: {
      // *TypeAssertionError: a pointer (stored directly) to {msg string}.
      auto* obj = static_cast<rt::String*>(rt::mallocgc(sizeof(rt::String), t.typeAssertionErrorPtr->elem, true));
      *obj = rt::copyString(text);
      return rt::Eface{t.typeAssertionErrorPtr, obj};
    }
    case RuntimeErrorKind::Message:
      if (text.rfind("runtime error: ", 0) == 0) return stringValue(t.errorString, withoutPrefix(text));
      return stringValue(t.plainError, text);
    default:
      return stringValue(t.errorString, withoutPrefix(text));
  }
}

namespace {

void (*goroutineFailureHook)(Thread& thread) = nullptr;

std::string panicLine(Thread& thread, const PanicInfo& panic) {
  std::string text;
  if (panic.kind == RuntimeErrorKind::None && describeWithMethods(thread, panic.value, text))
    return text;
  return panic.message();
}

[[noreturn]] void finish(Thread& thread, std::string out, bool nilDereference) {
  if (nilDereference) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += "\ngoroutine " + std::to_string(thread.goid) + " [running]:\n";
  appendTraceback(thread, out);
  rt::writeStderr(out.data(), out.size());
  rt::flushStdout();
  if (goroutineFailureHook) goroutineFailureHook(thread);
  _exit(2);
}

}  // namespace

void setGoroutineFailureHook(void (*hook)(Thread& thread)) { goroutineFailureHook = hook; }

void fatalErrorAndExit(Thread& thread, const std::string& message) {
  std::string out = "fatal error: " + message + "\n";
  finish(thread, out, false);
}

void reportPanicsAndExit(Thread& thread) {
  std::string out;
  for (size_t k = 0; k < thread.panics.size(); k++) {
    const PanicRecord& p = thread.panics[k];
    // A Goexit under a panic prints nothing itself, and the panic after it
    // is not indented (as Go's printpanics).
    if (k > 0 && !thread.panics[k - 1].info.isGoexit()) out += "\t";
    if (p.info.isGoexit()) continue;
    out += "panic: " + panicLine(thread, p.info);
    if (p.recovered) out += " [recovered]";
    out += "\n";
  }
  bool nilDeref = !thread.panics.empty() &&
                  thread.panics.back().info.kind == RuntimeErrorKind::NilDereference;
  finish(thread, out, nilDeref);
}

void reportPanicAndExit(Thread& thread, const PanicInfo& panic) {
  if (panic.kind == RuntimeErrorKind::StackOverflow) {
    std::string out = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
    out += "fatal error: stack overflow\n\nruntime stack:\n";
    finish(thread, out, false);
  }
  finish(thread, "panic: " + panicLine(thread, panic) + "\n",
         panic.kind == RuntimeErrorKind::NilDereference);
}

}  // namespace golem::vm
