// Generation of the size-class tables (see sizeclasses.h for the rules).
//
// makeSizeClassTables() runs at compile time: sizeClassTables is constinit,
// so the tables are plain data in the binary and valid before any static
// initializer. Any rule violation Go's generator would panic on (a class count
// other than 68, an alignment that is not a power of two, a class needing more
// than 32 bits of reciprocal precision) makes the constant evaluation fail,
// i.e. the build fails.
#include "runtime/sizeclasses.h"

#include <bit>
#include <cassert>

namespace golem::rt {
namespace {

struct SizeClass {
  uint64_t size;
  uint64_t npages;
};

constexpr bool isPowerOfTwo(uint64_t x) { return x != 0 && (x & (x - 1)) == 0; }

// The fewest pages whose tail, after cutting objects of `size`, is at most
// 1/8 of the span.
constexpr uint64_t spanPagesFor(uint64_t size) {
  uint64_t allocSize = kPageSize;
  while (allocSize % size > allocSize / 8) allocSize += kPageSize;
  return allocSize / kPageSize;
}

// The classes in order (index 0 is the dummy class); valid is false when a
// rule Go's generator asserts was broken.
struct ClassList {
  std::array<SizeClass, kNumSizeClasses> classes{};
  int count = 0;
  bool valid = true;
};

constexpr ClassList makeClasses() {
  ClassList list;
  list.classes[list.count++] = SizeClass{0, 0};
  uint64_t align = 8;
  for (uint64_t size = align; size <= kMaxSmallSize; size += align) {
    if (isPowerOfTwo(size)) {  // bump the alignment at powers of two
      if (size >= 2048) {
        align = 256;
      } else if (size >= 128) {
        align = size / 8;
      } else if (size >= 32) {
        align = 16;  // heap bitmaps assume 16-byte alignment from 32 B on
      }
    }
    if (!isPowerOfTwo(align)) list.valid = false;

    uint64_t npages = spanPagesFor(size);
    uint64_t allocSize = npages * kPageSize;
    SizeClass& previous = list.classes[list.count - 1];
    if (list.count > 1 && npages == previous.npages &&
        allocSize / size == allocSize / previous.size) {
      previous.size = size;  // same span, same object count: widen the class
      continue;
    }
    if (list.count == kNumSizeClasses) {  // more classes than Go's 68
      list.valid = false;
      return list;
    }
    list.classes[list.count++] = SizeClass{size, npages};
  }
  // Grow each class to the largest 128-byte multiple fitting as many objects.
  for (int i = 1; i < list.count; i++) {
    SizeClass& c = list.classes[i];
    uint64_t spanBytes = c.npages * kPageSize;
    uint64_t grown = (spanBytes / (spanBytes / c.size)) & ~(kLargeSizeDiv - 1);
    if (grown > c.size) c.size = grown;
  }
  if (list.count != kNumSizeClasses) list.valid = false;
  return list;
}

// Lemire, Kaser and Kurz's bound ("Faster Remainder by Direct Computation",
// algorithm 2): the fractional bits F needed so that n / d equals
// (n * ceil(2^F / d)) >> F for every n up to the span size. Go requires
// F <= 32 so that a 32-bit reciprocal (class_to_divmagic) always works.
constexpr bool divisionFitsIn32Bits(const SizeClass& c) {
  uint64_t d = c.size;
  uint64_t maxOffset = c.npages * kPageSize;
  int n = std::bit_width(maxOffset);
  if (isPowerOfTwo(d)) return std::countr_zero(d) <= 32;
  for (int l = 0;; l++) {
    uint64_t twoToNPlusL = uint64_t{1} << (n + l);
    if (d <= (twoToNPlusL % d) + (uint64_t{1} << l)) return n + l <= 32;
  }
}

// The first class whose size is at least `size`.
constexpr uint8_t firstClassHolding(const ClassList& list, uint64_t size) {
  for (int j = 0; j < list.count; j++) {
    if (list.classes[j].size >= size) return static_cast<uint8_t>(j);
  }
  return 0;
}

struct Generated {
  SizeClassTables tables{};
  bool valid = false;
};

constexpr Generated makeSizeClassTables() {
  Generated out;
  ClassList list = makeClasses();
  if (!list.valid) return out;
  SizeClassTables& t = out.tables;
  for (int i = 0; i < kNumSizeClasses; i++) {
    const SizeClass& c = list.classes[i];
    t.class_to_size[i] = static_cast<uint16_t>(c.size);
    t.class_to_allocnpages[i] = static_cast<uint8_t>(c.npages);
    t.class_to_divmagic[i] = c.size == 0 ? 0 : static_cast<uint32_t>(~uint32_t{0} / c.size + 1);
    if (i > 0 && !divisionFitsIn32Bits(c)) return out;
  }
  for (uint64_t i = 0; i < t.size_to_class8.size(); i++) {
    t.size_to_class8[i] = firstClassHolding(list, i * kSmallSizeDiv);
  }
  for (uint64_t i = 0; i < t.size_to_class128.size(); i++) {
    t.size_to_class128[i] = firstClassHolding(list, kSmallSizeMax + i * kLargeSizeDiv);
  }
  out.valid = true;
  return out;
}

constexpr Generated kGenerated = makeSizeClassTables();
static_assert(kGenerated.valid, "size-class rules produced a table other than Go's 68 classes");
static_assert(kGenerated.tables.class_to_size[kNumSizeClasses - 1] == kMaxSmallSize);

}  // namespace

constinit const SizeClassTables sizeClassTables = kGenerated.tables;


uint64_t roundupsize(uint64_t size) {
  if (size < kMaxSmallSize) {
    if (size == 0) return 0;  // class 0, the dummy of size 0, as in Go
    return classToSize(sizeToClass(size));
  }
  if (size + kPageSize < size) return size;  // would overflow: leave it to the caller
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

}  // namespace golem::rt
