// Goroutine interpreter state and running a program image (see thread.h).
#include "vm/thread.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

#include "runtime/godebug.h"
#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/mgcsweep.h"
#include "runtime/output.h"
#include "vm/proc.h"

namespace golem::vm {

const bool kStackStress = rt::godebug("stackstress") > 0;

namespace {

constexpr size_t kInitialStackWords = 8 * 1024;  // 64 KiB

// Small stacks come from malloc (a parked goroutine should cost about what
// Go's does: a 2 KiB stack); large ones are mapped, so growing a deep stack
// does not fragment the C heap.
constexpr size_t kMappedStackBytes = 64 * 1024;

uint64_t* allocateStack(size_t words) {
  if (words * 8 <= kMappedStackBytes) return static_cast<uint64_t*>(malloc(words * 8));
  void* p = mmap(nullptr, words * 8, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  return static_cast<uint64_t*>(p);
}

void freeStack(uint64_t* stack, size_t words) {
  if (words * 8 <= kMappedStackBytes)
    free(stack);
  else
    munmap(stack, words * 8);
}

}  // namespace

Thread::Thread() : Thread(kInitialStackWords) {}

Thread::Thread(size_t initialStackWords) {
  stack = allocateStack(initialStackWords);
  if (!stack) {
    const char msg[] = "fatal error: runtime: out of memory\n";
    rt::writeStderr(msg, sizeof msg - 1);
    _exit(2);
  }
  stackEnd = stack + initialStackWords;
  minStackWords = initialStackWords;
  stackGuard.store(restingGuard(), std::memory_order_relaxed);
}

Thread::~Thread() {
  if (stack) freeStack(stack, stackWords());
}

bool Thread::growStack(uint64_t* top, size_t words) {
  size_t used = size_t(top - stack);
  size_t need = used + words + kFrameHeaderWords;
  size_t size = stackWords();
  while (size < need) size *= 2;
  if (size * 8 > kMaxStackBytes) return false;
  if (kStackStress && size == stackWords() && !stressMoveDue(used)) return true;
  // The whole old stack moves: the callee's arguments already sit above `top`.
  // Under stackstress only what can be live moves (everything up to the end
  // of the frame being made; the rest is never read).
  return moveStack(size, kStackStress ? std::min(need, stackWords()) : stackWords());
}

// Under stackstress a stack with room moves at every call while its used
// part is small (32 KiB); a deeper one every used/kStressCopyWordsPerCall
// calls, so that copying costs about the same per call however deep the
// recursion (moving a deep stack at every call makes recursion quadratic: a
// million-frame golden program would never end).
bool Thread::stressMoveDue(size_t usedWords) {
  constexpr size_t kAlwaysMoveWords = 4096;
  constexpr size_t kStressCopyWordsPerCall = 32;
  if (usedWords <= kAlwaysMoveWords) return true;
  if (++stressCallsSinceMove * kStressCopyWordsPerCall < usedWords) return false;
  stressCallsSinceMove = 0;
  return true;
}

bool Thread::moveStack(size_t size, size_t liveWords) {
  uint64_t* fresh = allocateStack(size);
  if (!fresh) return false;
  memcpy(fresh, stack, liveWords * 8);
  // Under stackstress the old words are poisoned before they are freed, so
  // that a stale pointer reads garbage.
  if (kStackStress) memset(stack, rt::kPoisonByte, liveWords * 8);
  freeStack(stack, stackWords());
  uint64_t* oldEnd = stackEnd;
  stack = fresh;
  stackEnd = fresh + size;
  // The new end replaces the guard unless a poke (nullptr) is pending.
  stackGuard.compare_exchange_strong(oldEnd, stackEnd, std::memory_order_relaxed);
  return true;
}

const rt::Type* closureType(uint32_t captures) {
  static std::mutex mu;
  static std::map<uint32_t, rt::Type*> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& t = cache[captures];
  if (!t) {
    t = new rt::Type();
    t->kind = rt::Kind::Struct;
    t->size = 8 + 8 * uint64_t(captures);
    t->align = 8;
    t->str = "closure";
    // Word 0 is the Proto (not a heap pointer); the captured cells are.
    for (uint32_t w = 1; w <= captures; w++) {
      if (t->gcmask.size() <= w / 8) t->gcmask.resize(w / 8 + 1, 0);
      t->gcmask[w / 8] |= uint8_t(1u << (w % 8));
    }
    t->ptrdata = captures ? t->size : 0;
    rt::precomputeHeapBits(*t);
  }
  return t;
}

int runImage(Image& image) { return runProgram(image); }

}  // namespace golem::vm
