// Stack objects (vm/stackobj.h): blocks pushed and popped as frames are,
// across chunk boundaries, with the used ranges the collector scans.
#include "vm/stackobj.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace golem::vm {
namespace {

size_t usedBytes(const StackObjects& s) {
  size_t total = 0;
  s.forEachUsedRange([&](uintptr_t lo, uintptr_t hi) { total += hi - lo; });
  return total;
}

TEST(StackObjects, BlocksAreContiguousAndPopRestoresTheTop) {
  StackObjects s;
  EXPECT_EQ(s.top(), 0u);
  uintptr_t mark0 = s.top();
  uintptr_t a = s.push(64);
  uintptr_t mark1 = s.top();
  uintptr_t b = s.push(32);
  EXPECT_EQ(b, a + 64);
  EXPECT_EQ(usedBytes(s), 96u);
  EXPECT_TRUE(s.contains(a) && s.contains(b + 31));
  s.popTo(mark1);
  EXPECT_EQ(s.top(), a + 64);
  EXPECT_EQ(s.push(32), b);  // the popped block is reused
  s.popTo(mark1);
  s.popTo(mark0);
  EXPECT_EQ(usedBytes(s), 0u);
}

TEST(StackObjects, DeepFramesSpanChunksAndPopBackAcrossThem) {
  // 1000 frames of 1 KiB each: several chunks; every block stays writable
  // and keeps its contents while newer ones come and go.
  StackObjects s;
  std::vector<uintptr_t> marks, blocks;
  for (int depth = 0; depth < 1000; depth++) {
    marks.push_back(s.top());
    uintptr_t block = s.push(1024);
    std::memset(reinterpret_cast<void*>(block), depth & 0xff, 1024);
    blocks.push_back(block);
  }
  EXPECT_EQ(usedBytes(s), 1000u * 1024);
  for (int depth = 999; depth >= 0; depth--) {
    auto* bytes = reinterpret_cast<const unsigned char*>(blocks[size_t(depth)]);
    ASSERT_EQ(bytes[0], depth & 0xff);
    ASSERT_EQ(bytes[1023], depth & 0xff);
    s.popTo(marks[size_t(depth)]);
  }
  EXPECT_EQ(s.top(), 0u);
  EXPECT_EQ(usedBytes(s), 0u);
}

TEST(StackObjects, PoppingSeveralFramesAtOnceAsARecoveredPanicDoes) {
  StackObjects s;
  s.push(100 * 8);
  uintptr_t recoverMark = s.top();
  for (int depth = 0; depth < 200; depth++) s.push(512);
  s.popTo(recoverMark);  // frames discarded together
  EXPECT_EQ(s.top(), recoverMark);
  EXPECT_EQ(usedBytes(s), 800u);
}

TEST(StackObjects, ABlockLargerThanAChunkGetsItsOwnChunk) {
  StackObjects s;
  uintptr_t small = s.push(64);
  uintptr_t mark = s.top();
  uintptr_t big = s.push(64 * 1024);
  std::memset(reinterpret_cast<void*>(big), 1, 64 * 1024);
  EXPECT_TRUE(s.contains(big + 64 * 1024 - 1));
  s.popTo(mark);
  EXPECT_EQ(s.top(), small + 64);
  // Calls at the chunk edge in a loop reuse the spare chunk.
  for (int i = 0; i < 100; i++) {
    uintptr_t m = s.top();
    s.push(20 * 1024);
    s.popTo(m);
  }
  EXPECT_EQ(usedBytes(s), 64u);
}

}  // namespace
}  // namespace golem::vm
