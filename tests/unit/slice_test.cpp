// Unit tests of slice growth and make (runtime/slice.h) and of the
// placeholder allocator's statistics (runtime/malloc.h). Expected capacity
// sequences were printed by Go 1.19.8: a loop appending one element at a
// time and printing cap(s) whenever it changed.
#include "runtime/slice.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/type.h"

namespace golem::rt {
namespace {

// The capacities seen while appending one element at a time, up to count.
std::vector<int64_t> appendOneByOne(uint64_t elemSize, int64_t count) {
  std::vector<int64_t> caps;
  int64_t cap = 0;
  for (int64_t len = 0; len < count; len++) {
    if (len == cap) {
      cap = growslice_newcap(cap, len + 1, elemSize);
      caps.push_back(cap);
    }
  }
  return caps;
}

using Caps = std::vector<int64_t>;

TEST(GrowsliceNewcap, IntSequence) {
  EXPECT_EQ(appendOneByOne(8, 20000),
            (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120, 7168,
                  9216, 12288, 16384, 21504}));
}

TEST(GrowsliceNewcap, ByteSequence) {
  EXPECT_EQ(appendOneByOne(1, 20000),
            (Caps{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376, 6912, 9472,
                  12288, 16384, 21760}));
}

TEST(GrowsliceNewcap, Struct24Sequence) {
  EXPECT_EQ(appendOneByOne(24, 2000),
            (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048}));
}

TEST(GrowsliceNewcap, Struct12Sequence) {
  EXPECT_EQ(appendOneByOne(12, 3000),
            (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413}));
}

TEST(GrowsliceNewcap, Struct40Sequence) {
  EXPECT_EQ(appendOneByOne(40, 3000),
            (Caps{1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252, 3072}));
}

TEST(GrowsliceNewcap, Struct1000Sequence) {
  EXPECT_EQ(appendOneByOne(1000, 300), (Caps{1, 2, 4, 8, 16, 32, 65, 131, 262, 524}));
}

TEST(GrowsliceNewcap, Struct3Sequence) {
  EXPECT_EQ(appendOneByOne(3, 3000),
            (Caps{2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261, 3157}));
}

TEST(GrowsliceNewcap, StringSequence) {
  EXPECT_EQ(appendOneByOne(16, 3000),
            (Caps{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584}));
}

TEST(GrowsliceNewcap, ZeroSizeElementsGetExactlyTheNeededLength) {
  EXPECT_EQ(appendOneByOne(0, 10), (Caps{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
}

TEST(GrowsliceNewcap, AppendingManyAtOnce) {
  EXPECT_EQ(growslice_newcap(3, 7, 8), 8);            // append([]int{1,2,3}, 4,5,6,7)
  EXPECT_EQ(growslice_newcap(5, 31, 1), 32);          // append([]byte("hello"), 26 bytes...)
  EXPECT_EQ(growslice_newcap(300, 700, 8), 768);      // append(make([]int,300), 400 more)
  EXPECT_EQ(growslice_newcap(300, 310, 8), 608);      // append(make([]int,300), 10 more)
  EXPECT_EQ(growslice_newcap(5, 7, 1), 16);           // append(make([]byte,0,5), 7 bytes)
  EXPECT_EQ(growslice_newcap(0, 1, 4), 2);            // append([]int32(nil), 1)
  EXPECT_EQ(growslice_newcap(5000, 5001, 24), 6485);  // []S24 with cap 5000, 5001 elements
}

TEST(GrowsliceNewcap, OutOfRange) {
  EXPECT_EQ(growslice_newcap(10, 5, 8), -1);                // needed below old cap
  EXPECT_EQ(growslice_newcap(1, (int64_t{1} << 40) + 1, 1 << 20), -1);  // 2^60 bytes
  EXPECT_EQ(growslice_newcap(0, int64_t{1} << 62, 8), -1);
  EXPECT_EQ(growslice_newcap(0, (int64_t{1} << 48) + 1, 1), -1);
  EXPECT_EQ(growslice_newcap(0, int64_t{1} << 47, 1), int64_t{1} << 47);
  // Capacities whose doubling overflows int64 (possible only in theory).
  EXPECT_EQ(growslice_newcap(INT64_MAX / 2 + 10, INT64_MAX - 1, 1), -1);
  EXPECT_EQ(growslice_newcap(INT64_MAX - 10, INT64_MAX, 1), -1);
}

TEST(Growslice, CopiesElementsAndZeroesTheRest) {
  const Type* intType = basicType(Kind::Int);
  int64_t old[3] = {1, 2, 3};
  Slice grown{nullptr, 0, 0};
  ASSERT_EQ(growslice(intType, Slice{old, 3, 3}, 7, grown), SliceError::None);
  EXPECT_EQ(grown.len, 3);
  EXPECT_EQ(grown.cap, 8);
  ASSERT_NE(grown.data, nullptr);
  auto* elems = static_cast<int64_t*>(grown.data);
  EXPECT_EQ(elems[0], 1);
  EXPECT_EQ(elems[2], 3);
  for (int i = 3; i < 8; i++) EXPECT_EQ(elems[i], 0);
}

TEST(Growslice, PointerElementsAndNilSlice) {
  const Type* strType = stringType();
  Slice grown{nullptr, 0, 0};
  ASSERT_EQ(growslice(strType, Slice{nullptr, 0, 0}, 1, grown), SliceError::None);
  EXPECT_EQ(grown.len, 0);
  EXPECT_EQ(grown.cap, 1);
  String zero;
  std::memcpy(&zero, grown.data, sizeof zero);
  EXPECT_EQ(zero.len, 0);
}

TEST(Growslice, ZeroSizeElementsNeedNoMemory) {
  Type empty;
  empty.kind = Kind::Struct;
  empty.size = 0;
  AllocStats before = allocStats();
  Slice grown{nullptr, 0, 0};
  ASSERT_EQ(growslice(&empty, Slice{nullptr, 4, 4}, 5, grown), SliceError::None);
  EXPECT_NE(grown.data, nullptr);
  EXPECT_EQ(grown.len, 4);
  EXPECT_EQ(grown.cap, 5);
  EXPECT_EQ(allocStats().mallocs, before.mallocs);
}

TEST(Growslice, ErrorLeavesResultUntouched) {
  Slice grown{nullptr, -7, -7};
  EXPECT_EQ(growslice(basicType(Kind::Int), Slice{nullptr, 0, 10}, 5, grown),
            SliceError::GrowCapOutOfRange);
  EXPECT_EQ(grown.len, -7);
}

TEST(Makeslice, Checks) {
  EXPECT_EQ(checkMakeslice(8, 3, 10), SliceError::None);
  EXPECT_EQ(checkMakeslice(8, -1, 10), SliceError::MakeLenOutOfRange);   // make([]int, -1)
  EXPECT_EQ(checkMakeslice(8, 1, -1), SliceError::MakeCapOutOfRange);    // make([]int, 1, -1)
  EXPECT_EQ(checkMakeslice(8, 2, 1), SliceError::MakeCapOutOfRange);     // len > cap
  EXPECT_EQ(checkMakeslice(8, int64_t{1} << 62, int64_t{1} << 62),
            SliceError::MakeLenOutOfRange);                               // make([]int, 1<<62)
  EXPECT_EQ(checkMakeslice(8, 2, int64_t{1} << 62), SliceError::MakeCapOutOfRange);
  EXPECT_EQ(checkMakeslice(0, 5, int64_t{1} << 62), SliceError::None);  // zero-size elements
}

TEST(Makeslice, AllocatesZeroedElements) {
  Slice made{nullptr, 0, 0};
  ASSERT_EQ(makeslice(basicType(Kind::Int), 3, 10, made), SliceError::None);
  EXPECT_EQ(made.len, 3);
  EXPECT_EQ(made.cap, 10);
  auto* elems = static_cast<int64_t*>(made.data);
  for (int i = 0; i < 10; i++) EXPECT_EQ(elems[i], 0);
}

TEST(Malloc, CountsRoundedBytesAndSkipsZeroSize) {
  AllocStats before = allocStats();
  void* a = mallocgc(17, nullptr);
  void* b = mallocgc(1025, nullptr);
  void* zero1 = mallocgc(0, nullptr);
  void* zero2 = mallocgc(0, nullptr);
  AllocStats after = allocStats();
  EXPECT_EQ(after.mallocs - before.mallocs, 2u);
  EXPECT_EQ(after.totalAlloc - before.totalAlloc, 24u + 1152u);
  EXPECT_EQ(zero1, zero2);
  // Objects are aligned to their class size's largest power of two up to 16:
  // 8 for the 24-byte class (as in Go), 16 for the 1152-byte one.
  EXPECT_EQ(reinterpret_cast<uintptr_t>(a) % 8, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(b) % 16, 0u);
  EXPECT_EQ(static_cast<uint8_t*>(b)[1024], 0);
}

}  // namespace
}  // namespace golem::rt
