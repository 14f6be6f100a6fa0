// Calls from C++ back into Go (see callGo in thread.h), and the method caller
// fmt uses for Error and String methods.
//
// The nested frame goes above the whole frame of the bytecode function that
// called the running intrinsic (thread.base is that function's frame, saved
// by the interpreter before the native call), so nothing live is clobbered.
// The nested loop may grow the stack; the intrinsic's argument pointer is
// then rebased, since it points into the old stack.
#include <cstring>
#include <vector>

#include "stdlib/format.h"
#include "vm/thread.h"

namespace golem::vm {

bool callGo(Thread& thread, const Proto* fn, const uint64_t* args, size_t argWords,
            uint64_t* results, size_t resultWords) {
  const Instr* savedPc = thread.pc;
  size_t savedBase = size_t(thread.base - thread.stack);
  uint64_t* oldStack = thread.stack;
  auto* caller = reinterpret_cast<const Closure*>(thread.base[-1]);
  size_t callerWords = caller ? caller->fn->frameWords : 0;
  uint64_t* base = thread.base + callerWords + kFrameHeaderWords;
  if (thread.mustMoveStack(base + fn->frameWords)) {
    if (!thread.growStack(base, fn->frameWords)) return false;
    base = thread.stack + savedBase + callerWords + kFrameHeaderWords;
  }
  memcpy(base, args, argWords * 8);
  memset(base + argWords, 0, (fn->frameWords - argWords) * 8);
  size_t baseOffset = size_t(base - thread.stack);  // the nested loop may move the stack
  thread.outerLoops.push_back({savedPc, savedBase, reinterpret_cast<uintptr_t>(thread.activeNative)});
  bool ok = executeAt(thread, fn, base);
  thread.outerLoops.pop_back();
  base = thread.stack + baseOffset;
  memcpy(results, base + fn->paramWords, resultWords * 8);
  thread.pc = savedPc;
  thread.base = thread.stack + savedBase;
  if (thread.stack != oldStack && thread.activeNative)
    thread.activeNative->args = thread.stack + (thread.activeNative->args - oldStack);
  return ok;
}

namespace {

// fmt's hook: run `func() string` method m on the value at `receiver`.
stdlib::MethodResult callStringMethod(void* context, const rt::Type* receiverType,
                                      const void* receiver, const rt::Method& m) {
  stdlib::MethodResult result;
  auto* thread = static_cast<Thread*>(context);
  const Proto* fn = m.fn;
  if (!thread || !fn || !fn->receiverType) return result;
  // The receiver words: a pointer receiver is the pointer itself; a value
  // receiver is the value, read through the pointer when the dynamic type
  // is a pointer to it.
  std::vector<uint64_t> args(fn->paramWords ? fn->paramWords : 1, 0);
  const rt::Type* want = fn->receiverType;
  if (want == receiverType) {
    memcpy(args.data(), receiver, want->size);
  } else if (want->kind == rt::Kind::Pointer && want->elem == receiverType) {
    // A function taking a pointer to the value (a promoted method's wrapper).
    args[0] = reinterpret_cast<uint64_t>(receiver);
  } else if (receiverType->kind == rt::Kind::Pointer && receiverType->elem == want) {
    const void* p = *static_cast<const void* const*>(receiver);
    if (!p) {
      result.status = stdlib::MethodResult::Status::Returned;
      result.text = "<nil>";
      return result;
    }
    memcpy(args.data(), p, want->size);
  } else {
    return result;
  }
  rt::String s{nullptr, 0};
  if (!callGo(*thread, fn, args.data(), fn->paramWords, reinterpret_cast<uint64_t*>(&s), 2)) {
    // A Goexit stays pending: the outer loop goes on with it when the
    // intrinsic returns (fmt's recover sees nil in Go).
    if (thread->nestedPanic && !thread->nestedPanicInfo.isGoexit()) {
      // fmt catches a panicking method and prints it (%!v(PANIC=...)).
      thread->nestedPanic = false;
      const PanicInfo& p = thread->nestedPanicInfo;
      result.status = stdlib::MethodResult::Status::Panicked;
      result.panicValue = p.kind == RuntimeErrorKind::None ? p.value : runtimeErrorValue(p);
    }
    return result;
  }
  result.status = stdlib::MethodResult::Status::Returned;
  result.text.assign(reinterpret_cast<const char*>(s.data), size_t(s.len));
  return result;
}

}  // namespace

void installFormatterCaller();  // vm/invoke_formatter.cpp

void installGoCallbacks() {
  stdlib::setMethodCaller(callStringMethod);
  installFormatterCaller();
}

bool describeWithMethods(Thread& thread, rt::Eface v, std::string& out) {
  if (!v.type) return false;
  for (const char* name : {"Error", "String"}) {
    for (const rt::Method& m : v.type->methods) {
      if (m.name != name) continue;
      stdlib::MethodResult r = callStringMethod(&thread, v.type, rt::efaceValuePtr(v), m);
      if (r.status != stdlib::MethodResult::Status::Returned) return false;
      out = r.text;
      return true;
    }
  }
  return false;
}

}  // namespace golem::vm
