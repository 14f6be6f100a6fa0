// fmt's Formatter hook (stdlib/format.h's FormatterCaller): runs an
// operand's Format(fmt.State, rune) method for the formatting engine.
//
// The engine knows the operand only as a type descriptor and an address;
// building a fmt.State needs Go types the C++ side does not have. So the
// call goes through fmt's Go helper
//   func formatOperand(arg any, verb rune, wid, prec, flags int)
//       (out []byte, panicked bool, panicValue any)
// (stdlib/fmt/state.go), which makes the State, asserts arg to Formatter,
// calls Format, and recovers a panic so that what was written before it is
// kept. The operand is boxed into `arg` as an interface conversion boxes
// it: a pointer-shaped value is the data word itself, any other is copied
// into a new heap object, which the helper's frame then keeps reachable.
// The new object is black while the collector marks, so the copy goes
// through the write barrier (mbarrier.h) to shade what the value references.
//
// The helper is found by name in the running image (its body is kept from
// pruning by a package variable naming it) and remembered per image.
#include <cstring>
#include <mutex>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "stdlib/format.h"
#include "vm/panic.h"
#include "vm/proc.h"
#include "vm/thread.h"

namespace golem::vm {

namespace {

constexpr std::string_view kHelperName = "fmt.formatOperand";
// The helper's frame: arg (2 words), verb, wid, prec, flags; then out (3),
// panicked, panicValue (2).
constexpr uint32_t kHelperParamWords = 6;
constexpr uint32_t kHelperResultWords = 6;

const Proto* findFormatHelper() {
  static std::mutex mu;
  static const Image* cachedImage = nullptr;
  static const Proto* cachedHelper = nullptr;
  const Image* image = sched::runningImage();
  if (!image) return nullptr;
  std::lock_guard<std::mutex> lock(mu);
  if (image == cachedImage && cachedHelper) return cachedHelper;
  for (const auto& proto : image->protos) {
    if (proto->name != kHelperName) continue;
    if (proto->paramWords != kHelperParamWords || proto->resultWords != kHelperResultWords)
      return nullptr;
    cachedImage = image;
    cachedHelper = proto.get();
    return cachedHelper;
  }
  return nullptr;
}

// The interface data word for the value of type t at `value`.
void* boxedDataWord(const rt::Type* t, const void* value) {
  if (t->isDirectIface()) return *static_cast<void* const*>(value);
  // Zeroed when it holds pointers: the barrier shades the old words too.
  void* box = rt::mallocgc(t->size, t, /*needzero=*/t->hasPointers());
  rt::typedMemmove(t, box, value, t->size);
  return box;
}

stdlib::MethodResult callFormatMethod(void* context, const rt::Type* type, const void* value,
                                      const stdlib::FormatterCall& call) {
  stdlib::MethodResult result;
  auto* thread = static_cast<Thread*>(context);
  const Proto* helper = thread ? findFormatHelper() : nullptr;
  if (!helper) return result;
  uint64_t args[kHelperParamWords] = {
      reinterpret_cast<uint64_t>(type),
      reinterpret_cast<uint64_t>(boxedDataWord(type, value)),
      static_cast<uint64_t>(call.verb),
      static_cast<uint64_t>(call.wid),
      static_cast<uint64_t>(call.prec),
      static_cast<uint64_t>(call.flags),
  };
  struct {
    rt::Slice out;
    uint64_t panicked;  // a bool in its low byte
    rt::Eface panicValue;
  } results{};
  static_assert(sizeof results == kHelperResultWords * 8);
  if (!callGo(*thread, helper, args, kHelperParamWords, reinterpret_cast<uint64_t*>(&results),
              kHelperResultWords)) {
    // A panic the helper could not recover (it recovers Format's own).
    if (thread->nestedPanic) {
      thread->nestedPanic = false;
      const PanicInfo& p = thread->nestedPanicInfo;
      result.status = stdlib::MethodResult::Status::Panicked;
      result.panicValue = p.kind == RuntimeErrorKind::None ? p.value : runtimeErrorValue(p);
    }
    return result;
  }
  result.text.assign(static_cast<const char*>(results.out.data), size_t(results.out.len));
  if (results.panicked & 0xFF) {
    result.status = stdlib::MethodResult::Status::Panicked;
    result.panicValue = results.panicValue;
  } else {
    result.status = stdlib::MethodResult::Status::Returned;
  }
  return result;
}

}  // namespace

void installFormatterCaller() { stdlib::setFormatterCaller(callFormatMethod); }

}  // namespace golem::vm
