// GODEBUG=gccheckmark=1's checker (runtime/mgccheckmark.h): it accepts a
// correct mark and reports, in Go's words, an unmarked reachable object and
// a heap pointer to a free slot.
#include <gtest/gtest.h>

#include <cstdint>

#include "runtime/malloc.h"
#include "runtime/mgccheckmark.h"
#include "runtime/mgcmark.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "runtime/type.h"
#include "tests/unit/link_type.h"

namespace golem::rt {
namespace {

void clearMark(void* object) {
  MSpan* span = mheap().spanOf(object);
  uint32_t index = span->isLarge() ? 0 : span->objectIndex(reinterpret_cast<uintptr_t>(object));
  span->gcmarkBits[index / 64] &= ~(uint64_t{1} << (index % 64));
}

TEST(Checkmark, FindsWhatTheMarkerMissedAndPointersToFreeSlots) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  static Type link = makeLinkType();
  auto** a = static_cast<void**>(mallocgc(40, &link));
  auto** b = static_cast<void**>(mallocgc(40, &link));
  a[0] = b;
  b[0] = nullptr;

  GCMarker marker(/*recordRoots=*/true);
  marker.markPointer(reinterpret_cast<uintptr_t>(a));
  marker.drain();
  EXPECT_TRUE(isMarked(a));
  EXPECT_TRUE(isMarked(b));
  verifyMarks(marker);  // a correct mark passes

  clearMark(b);  // as if the marker had missed b
  EXPECT_EXIT(verifyMarks(marker), testing::ExitedWithCode(2), "fatal error: checkmark found unmarked object");

  // b points at the slot after it, which nothing has allocated.
  MSpan* span = mheap().spanOf(b);
  uintptr_t next = reinterpret_cast<uintptr_t>(b) + span->elemsize;
  ASSERT_LT(next, span->limit);
  ASSERT_FALSE(span->isAllocated(span->objectIndex(next)));
  b[0] = reinterpret_cast<void*>(next);
  GCMarker again(true);
  clearMark(a);
  again.markPointer(reinterpret_cast<uintptr_t>(a));
  again.drain();
  EXPECT_EXIT(verifyMarks(again), testing::ExitedWithCode(2), "fatal error: found pointer to free object");

  // Leave no mark bits behind: they must be clear between cycles.
  b[0] = nullptr;
  clearMark(a);
  clearMark(b);
}

}  // namespace
}  // namespace golem::rt
