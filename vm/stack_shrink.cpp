// Goroutine stack shrinking at each collection (see stack_shrink.h).
#include "vm/stack_shrink.h"

#include "vm/gcroots.h"
#include "vm/proc.h"
#include "vm/thread.h"

namespace golem::vm {

namespace {

// Room counted above the innermost frame when measuring use, as Go adds its
// _StackLimit: a stack whose frames nearly fill a quarter is left alone.
constexpr size_t kUseSlackWords = 100;

bool stateAllSaved(const Thread& g) {
  auto status = GStatus(g.status.load(std::memory_order_relaxed));
  if (status != GStatus::Runnable && status != GStatus::Waiting) return false;
  return g.started && g.base != nullptr && g.resumeHook == nullptr && g.resumeData == nullptr &&
         g.nestedDepth() == 0 && g.activeNative == nullptr;
}

}  // namespace

bool shrinkStackIfUnused(Thread& g) {
  if (!stateAllSaved(g)) return false;
  size_t size = g.stackWords();
  size_t half = size / 2;
  if (half < g.minStackWords) return false;
  size_t used = size_t(stackTop(g) - g.stack) + kUseSlackWords;
  if (used >= size / 4) return false;
  size_t baseOffset = size_t(g.base - g.stack);
  if (!g.moveStack(half, used)) return false;
  g.base = g.stack + baseOffset;
  return true;
}

}  // namespace golem::vm
