// Unit tests of the generated size classes (runtime/sizeclasses.h).
//
// The expected arrays are data read from Go 1.19's
// $GOROOT/src/runtime/sizeclasses.go (the output of Go's generator); the
// table under test is computed by golem's own implementation of the rules.
#include "runtime/sizeclasses.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace golem::rt {
namespace {

const std::vector<uint16_t> kGoClassToSize = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
};
const std::vector<uint8_t> kGoClassToAllocNPages = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
};
const std::vector<uint8_t> kGoSizeToClass8 = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
    10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18,
    18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22,
    22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26,
    26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28,
    28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30,
    30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
    32,
};
const std::vector<uint8_t> kGoSizeToClass128 = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41,
    41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46,
    46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
    51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52,
    52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56,
    56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60,
    60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66,
    66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
};

template <typename T, size_t N>
std::vector<T> asVector(const std::array<T, N>& a) {
  return std::vector<T>(a.begin(), a.end());
}

TEST(SizeClasses, ClassToSizeEqualsGo119) {
  EXPECT_EQ(asVector(sizeClassTables.class_to_size), kGoClassToSize);
}

TEST(SizeClasses, ClassToAllocNPagesEqualsGo119) {
  EXPECT_EQ(asVector(sizeClassTables.class_to_allocnpages), kGoClassToAllocNPages);
}

TEST(SizeClasses, SizeToClassLookupsEqualGo119) {
  EXPECT_EQ(asVector(sizeClassTables.size_to_class8), kGoSizeToClass8);
  EXPECT_EQ(asVector(sizeClassTables.size_to_class128), kGoSizeToClass128);
}

// Go's class_to_divmagic is ^uint32(0)/size + 1; the runtime divides span
// offsets with it, so check the property it exists for, by brute force as
// Go's generator does.
TEST(SizeClasses, DivMagicDividesEverySpanOffset) {
  for (int c = 1; c < kNumSizeClasses; c++) {
    uint64_t size = classToSize(c);
    uint32_t magic = sizeClassTables.class_to_divmagic[c];
    ASSERT_EQ(magic, ~uint32_t{0} / size + 1) << "class " << c;
    uint64_t spanBytes = classToAllocNPages(c) * kPageSize;
    for (uint64_t n = 0; n <= spanBytes; n++) {
      ASSERT_EQ((n * magic) >> 32, n / size) << "class " << c << " offset " << n;
    }
  }
}

TEST(SizeClasses, SizeToClassPicksSmallestFittingClass) {
  for (uint64_t size = 1; size <= kMaxSmallSize; size++) {
    uint8_t c = sizeToClass(size);
    ASSERT_GE(classToSize(c), size) << size;
    ASSERT_LT(classToSize(c - 1), size) << size;
    uint8_t fastPathClass = 0;
    ASSERT_TRUE(smallSizeToClass(size, &fastPathClass)) << size;
    ASSERT_EQ(fastPathClass, c) << size;
  }
  uint8_t none = 0;
  EXPECT_FALSE(smallSizeToClass(kMaxSmallSize + 1, &none));
  EXPECT_FALSE(smallSizeToClass(uint64_t{1} << 40, &none));
}

TEST(SizeClasses, RoundupsizeSmallAndLarge) {
  EXPECT_EQ(roundupsize(0), 0u);
  EXPECT_EQ(roundupsize(1), 8u);
  EXPECT_EQ(roundupsize(8), 8u);
  EXPECT_EQ(roundupsize(9), 16u);
  EXPECT_EQ(roundupsize(33), 48u);
  EXPECT_EQ(roundupsize(1016), 1024u);
  EXPECT_EQ(roundupsize(1017), 1024u);
  EXPECT_EQ(roundupsize(1025), 1152u);
  EXPECT_EQ(roundupsize(8449), 9472u);
  EXPECT_EQ(roundupsize(32767), 32768u);
  EXPECT_EQ(roundupsize(32768), 32768u);
  EXPECT_EQ(roundupsize(32769), 40960u);  // large: whole 8 KiB pages
  EXPECT_EQ(roundupsize(81920), 81920u);
  EXPECT_EQ(roundupsize(UINT64_MAX - 5), UINT64_MAX - 5);  // overflow: unchanged
}

}  // namespace
}  // namespace golem::rt
