// Size classes of the small-object allocator (Go 1.19's, generated).
//
// Small objects (up to 32 KiB) are not allocated at their exact size: each
// request is rounded up to one of 67 size classes (class 0 is a dummy), and
// every span (a run of 8 KiB pages) is cut into objects of one class. The
// table is not copied from Go: sizeclasses.cpp computes it with Go's rules
// (mksizeclasses.go), at compile time, into a constinit table, so it exists
// before any static initializer runs and can be used by them.
//
// The rules, for sizes walked upward in steps of `align` (8; 16 from 32 B,
// because heap bitmaps assume 16-byte alignment from there; size/8 at each
// power of two from 128 B; 256 from 2 KiB):
//   * a span holds npages pages, the fewest that leave a tail of at most 1/8
//     of the span (tail waste <= 12.5%);
//   * when a size gets the same npages and the same object count as the
//     previous class, it widens that class instead of adding one;
//   * finally each class grows to the largest multiple of 128 B that still
//     fits the same number of objects in its span (8448 B -> 9472 B: six
//     objects in seven pages either way).
// The result must have exactly 68 entries (checked at compile time), and the
// unit test checks it equals Go 1.19's sizeclasses.go.
//
// Invariants: class_to_size is strictly increasing; class sizes from 1024 B
// up are multiples of 128 B (so the 128-byte-step lookup is exact); below,
// multiples of 8 B; n / size == (n * class_to_divmagic) >> 32 for every
// offset n in a span.
#pragma once

#include <array>
#include <cassert>
#include <cstdint>

namespace golem::rt {

inline constexpr int kNumSizeClasses = 68;
inline constexpr uint64_t kMaxSmallSize = 32 << 10;  // largest small object
inline constexpr uint64_t kPageShift = 13;
inline constexpr uint64_t kPageSize = uint64_t{1} << kPageShift;  // 8 KiB
inline constexpr uint64_t kSmallSizeDiv = 8;     // step of size_to_class8
inline constexpr uint64_t kSmallSizeMax = 1024;  // size_to_class8 covers sizes <= this - 8
inline constexpr uint64_t kLargeSizeDiv = 128;   // step of size_to_class128

// The generated tables, named as in Go's runtime so they can be compared.
struct SizeClassTables {
  std::array<uint16_t, kNumSizeClasses> class_to_size;         // bytes per object
  std::array<uint8_t, kNumSizeClasses> class_to_allocnpages;   // pages per span
  std::array<uint32_t, kNumSizeClasses> class_to_divmagic;     // ~0u/size + 1
  // Class of size s <= 1016: size_to_class8[ceil(s/8)].
  std::array<uint8_t, kSmallSizeMax / kSmallSizeDiv + 1> size_to_class8;
  // Class of size 1016 < s <= 32768: size_to_class128[ceil((s-1024)/128)].
  std::array<uint8_t, (kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1> size_to_class128;
};

extern const SizeClassTables sizeClassTables;

// The size class of an object of `size` bytes (0 < size) into *sizeClass,
// or false for a size over kMaxSmallSize, which is tested only past the
// first table. Inline: it is on mallocgc's fast path.
inline bool smallSizeToClass(uint64_t size, uint8_t* sizeClass) {
  if (__builtin_expect(size <= kSmallSizeMax - 8, 1)) {
    *sizeClass = sizeClassTables.size_to_class8[(size + kSmallSizeDiv - 1) / kSmallSizeDiv];
    return true;
  }
  if (size > kMaxSmallSize) return false;
  *sizeClass =
      sizeClassTables.size_to_class128[(size - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
  return true;
}

// Size class of a small object of `size` bytes (0 < size <= kMaxSmallSize).
inline uint8_t sizeToClass(uint64_t size) {
  uint8_t sizeClass = 0;
  bool small = smallSizeToClass(size, &sizeClass);
  assert(small);
  (void)small;
  return sizeClass;
}

inline uint64_t classToSize(uint8_t sizeClass) { return sizeClassTables.class_to_size[sizeClass]; }
inline uint64_t classToAllocNPages(uint8_t sizeClass) {
  return sizeClassTables.class_to_allocnpages[sizeClass];
}

// The number of bytes mallocgc really allocates for a request of `size`
// bytes: the class size for small objects, whole pages for large ones
// (Go's roundupsize; sizes that would overflow are returned unchanged).
uint64_t roundupsize(uint64_t size);

}  // namespace golem::rt
