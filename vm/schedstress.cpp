// The random choices of the scheduler's torture mode (see schedstress.h).
#include "vm/schedstress.h"

#include <atomic>
#include <chrono>

#include "runtime/godebug.h"

namespace golem::vm::schedstress {

const bool kEnabled = rt::godebug("schedstress") > 0;

namespace {

uint64_t seedFromSettings() {
  if (int64_t seed = rt::godebug("schedseed"); seed != 0) return uint64_t(seed);
  return uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
}

const uint64_t kSeed = seedFromSettings();
std::atomic<uint64_t> nextStream{0};

// splitmix64: a good 64-bit mixer, so that neighbouring streams differ.
uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

uint32_t randn(uint32_t n) {
  // xorshift64*: each thread's stream starts from (seed, the thread's number).
  thread_local uint64_t state = mix(kSeed ^ mix(nextStream.fetch_add(1) + 1)) | 1;
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return uint32_t(((state * 0x2545f4914f6cdd1dull) >> 32) % n);
}

}  // namespace golem::vm::schedstress
