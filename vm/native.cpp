// NativeCall's panic helpers (see native.h).
#include "vm/native.h"

#include "vm/panic.h"

#include <cstring>

#include "runtime/malloc.h"
#include "runtime/string.h"

namespace golem::vm {

void NativeCall::panicString(std::string_view message) {
  auto* box = static_cast<rt::String*>(rt::mallocgc(sizeof(rt::String), rt::stringType(), true));
  *box = rt::copyString(message);
  pendingPanic = rt::Eface{rt::stringType(), box};
  panicking = true;
}

void NativeCall::panicRuntimeError(std::string_view message) {
  // A runtime.Error value prints as "runtime error: ..."; until the error
  // type exists, the text carries the prefix.
  std::string text = "runtime error: ";
  text += message;
  panicString(text);
}

void prunedFunctionCalled(NativeCall& call) {
  fatalErrorAndExit(*call.thread, "golem: internal error: called a library function whose body was pruned as unreachable");
}

}  // namespace golem::vm
