// The finalizer registry and the collector's hook (runtime/mfinal.h): an
// unreachable object's finalizer is queued and the object resurrected, a
// reachable one's is not; what a finalizable object references stays live
// (Go's ordering: of A -> B, only A is finalized first); queued finalizers
// keep their objects and funcs alive until they have run.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mfinal.h"
#include "runtime/mgcmark.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "runtime/type.h"
#include "tests/unit/link_type.h"

namespace golem::rt {
namespace {

uintptr_t addressOf(const void* p) { return reinterpret_cast<uintptr_t>(p); }

void clearMark(const void* object) {
  MSpan* span = mheap().spanOf(object);
  uint32_t index = span->isLarge() ? 0 : span->objectIndex(addressOf(object));
  span->gcmarkBits[index / 64] &= ~(uint64_t{1} << (index % 64));
}

// Test objects: every one is unmarked again when the test ends, and the
// registry and queue are left empty (they are process-wide).
class FinalizerTest : public testing::Test {
 protected:
  void** newLink() {
    static Type link = makeLinkType();
    auto** p = static_cast<void**>(mallocgc(40, &link));
    objects_.push_back(p);
    return p;
  }
  // A stand-in for a func value: any heap object does for marking.
  uintptr_t newFunc() {
    void* p = mallocgc(16, nullptr);
    objects_.push_back(p);
    return addressOf(p);
  }
  void clearMarks() {
    for (void* p : objects_) clearMark(p);
  }
  // One collection's mark: the roots, then the hook, then the drain.
  size_t collect(const std::vector<void*>& roots) {
    clearMarks();
    GCMarker marker;
    for (void* r : roots) marker.markPointer(addressOf(r));
    marker.drain();
    size_t queued = finalizersAtMarkTermination(marker);
    marker.drain();
    return queued;
  }
  void TearDown() override {
    Finalizer f;
    while (takeQueuedFinalizer(&f)) {
    }
    for (void* p : objects_) removeFinalizer(addressOf(p));
    clearMarks();
    EXPECT_EQ(registeredFinalizerCount(), 0u);
  }
  std::vector<void*> objects_;
};

TEST_F(FinalizerTest, UnreachableObjectIsQueuedAndResurrected) {
  void** obj = newLink();
  void** child = newLink();
  obj[0] = child;
  uintptr_t fn = newFunc();
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(obj), fn}));
  EXPECT_EQ(registeredFinalizerCount(), 1u);
  EXPECT_FALSE(anyFinalizerQueued());

  EXPECT_EQ(collect({}), 1u);
  EXPECT_TRUE(isMarked(obj));    // resurrected
  EXPECT_TRUE(isMarked(child));  // with what it references
  EXPECT_TRUE(isMarked(reinterpret_cast<void*>(fn)));
  EXPECT_EQ(registeredFinalizerCount(), 0u);  // a finalizer runs once
  EXPECT_TRUE(anyFinalizerQueued());

  // Still queued at the next cycle: object and func stay alive.
  EXPECT_EQ(collect({}), 0u);
  EXPECT_TRUE(isMarked(obj));
  EXPECT_TRUE(isMarked(reinterpret_cast<void*>(fn)));

  Finalizer f;
  ASSERT_TRUE(takeQueuedFinalizer(&f));
  EXPECT_EQ(f.object, addressOf(obj));
  EXPECT_EQ(f.fn, fn);
  EXPECT_FALSE(takeQueuedFinalizer(&f));
  EXPECT_FALSE(anyFinalizerQueued());

  // Run and dropped: nothing keeps it any more.
  EXPECT_EQ(collect({}), 0u);
  EXPECT_FALSE(isMarked(obj));
}

TEST_F(FinalizerTest, ReachableObjectIsNotQueuedButItsFuncIsKept) {
  void** root = newLink();
  void** obj = newLink();
  root[0] = obj;
  uintptr_t fn = newFunc();
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(obj), fn}));
  EXPECT_EQ(collect({root}), 0u);
  EXPECT_TRUE(isMarked(obj));
  EXPECT_TRUE(isMarked(reinterpret_cast<void*>(fn)));  // the registry is not scanned
  EXPECT_EQ(registeredFinalizerCount(), 1u);
  EXPECT_FALSE(anyFinalizerQueued());
}

TEST_F(FinalizerTest, OnlyTheFirstOfAChainIsFinalized) {
  void** a = newLink();
  void** b = newLink();
  a[0] = b;
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(a), newFunc()}));
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(b), newFunc()}));
  EXPECT_EQ(collect({}), 1u);
  Finalizer f;
  ASSERT_TRUE(takeQueuedFinalizer(&f));
  EXPECT_EQ(f.object, addressOf(a));
  EXPECT_EQ(registeredFinalizerCount(), 1u);

  // a's finalizer has run and a is gone: b's turn.
  a[0] = nullptr;
  EXPECT_EQ(collect({}), 1u);
  ASSERT_TRUE(takeQueuedFinalizer(&f));
  EXPECT_EQ(f.object, addressOf(b));
}

TEST_F(FinalizerTest, SelfReferenceKeepsTheObject) {
  void** obj = newLink();
  obj[0] = obj;
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(obj), newFunc()}));
  EXPECT_EQ(collect({}), 0u);  // Go's cycle caveat: never finalized
  EXPECT_TRUE(isMarked(obj));
  obj[0] = nullptr;
}

TEST_F(FinalizerTest, UnreachableObjectsQueueInAddressOrder) {
  void** x = newLink();
  void** y = newLink();
  void** first = addressOf(x) < addressOf(y) ? x : y;
  void** second = first == x ? y : x;
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(second), newFunc()}));
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(first), newFunc()}));
  EXPECT_EQ(collect({}), 2u);
  Finalizer f;
  ASSERT_TRUE(takeQueuedFinalizer(&f));
  EXPECT_EQ(f.object, addressOf(first));
  ASSERT_TRUE(takeQueuedFinalizer(&f));
  EXPECT_EQ(f.object, addressOf(second));
}

TEST_F(FinalizerTest, SetTwiceFailsAndRemoveClears) {
  void** obj = newLink();
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(obj), newFunc()}));
  EXPECT_FALSE(addFinalizer(Finalizer{addressOf(obj), newFunc()}));
  removeFinalizer(addressOf(obj));
  EXPECT_EQ(registeredFinalizerCount(), 0u);
  EXPECT_EQ(collect({}), 0u);
  EXPECT_FALSE(isMarked(obj));
  removeFinalizer(addressOf(obj));  // none set: nothing happens
}

int wakeCalls = 0;

TEST_F(FinalizerTest, WakeOnlyWhenQueued) {
  wakeFinalizerGoroutine();  // no hook installed: nothing happens
  setFinalizerWakeHook([] { wakeCalls++; });
  wakeFinalizerGoroutine();
  EXPECT_EQ(wakeCalls, 0);
  void** obj = newLink();
  ASSERT_TRUE(addFinalizer(Finalizer{addressOf(obj), newFunc()}));
  EXPECT_EQ(collect({}), 1u);
  wakeFinalizerGoroutine();
  EXPECT_EQ(wakeCalls, 1);
  setFinalizerWakeHook(nullptr);
}

}  // namespace
}  // namespace golem::rt
