// Goroutine interpreter state and running a program image (see thread.h).
#include "vm/thread.h"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/output.h"

namespace golem::vm {

namespace {

constexpr size_t kInitialStackWords = 8 * 1024;  // 64 KiB

uint64_t* allocateStack(size_t words) {
  void* p = mmap(nullptr, words * 8, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  return static_cast<uint64_t*>(p);
}

}  // namespace

Thread::Thread() {
  stack = allocateStack(kInitialStackWords);
  if (!stack) {
    const char msg[] = "fatal error: runtime: out of memory\n";
    rt::writeStderr(msg, sizeof msg - 1);
    _exit(2);
  }
  stackEnd = stack + kInitialStackWords;
}

Thread::~Thread() {
  if (stack) munmap(stack, stackWords() * 8);
}

bool Thread::growStack(uint64_t* top, size_t words) {
  size_t used = size_t(top - stack);
  size_t need = used + words + kFrameHeaderWords;
  size_t size = stackWords();
  while (size < need) size *= 2;
  if (size * 8 > kMaxStackBytes) return false;
  uint64_t* fresh = allocateStack(size);
  if (!fresh) return false;
  // The whole old stack moves: the callee's arguments already sit above `top`.
  memcpy(fresh, stack, stackWords() * 8);
  munmap(stack, stackWords() * 8);
  stack = fresh;
  stackEnd = fresh + size;
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
  }
  return t;
}

int runImage(Image& image) {
  installGoCallbacks();
  rt::installMapWalker();
  image.globals = static_cast<uint64_t*>(calloc(image.globalWords + 1, sizeof(uint64_t)));
  Thread thread;
  thread.globals = image.globals;
  for (const Proto* init : image.initSequence) {
    if (!execute(thread, init)) return 2;
  }
  if (image.mainFn && !execute(thread, image.mainFn)) return 2;
  rt::flushStdout();
  return 0;
}

}  // namespace golem::vm
