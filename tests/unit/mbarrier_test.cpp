// The write barrier on the C++ runtime's stores (runtime/mbarrier.h): with
// the barrier on, each runtime operation that stores, copies or clears words
// of heap memory shades what the memory held and what it receives. Objects
// are allocated with the barrier off, so that they start unmarked; each test
// then turns the barrier on around one operation and checks the marks.
//
// No collection runs here: the tests only set mark bits and queue grey
// objects, and the fixture discards both afterwards (mark bits must be clear
// between cycles).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/mbarrier.h"
#include "runtime/mgcmark.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "runtime/slice.h"
#include "runtime/string.h"
#include "runtime/type.h"
#include "vm/chan.h"
#include "vm/native.h"
#include "vm/thread.h"

namespace golem::rt {
namespace {

// A struct of one pointer word and one scalar word.
const Type* nodeType() {
  static const Type t = [] {
    Type n;
    n.kind = Kind::Struct;
    n.size = 16;
    n.align = n.fieldAlign = 8;
    n.ptrdata = 8;
    n.gcmask = {0b1};
    n.str = "main.node";
    return n;
  }();
  return &t;
}

const Type* pointerToNode() {
  static const Type t = [] {
    Type p;
    p.kind = Kind::Pointer;
    p.size = p.ptrdata = 8;
    p.align = p.fieldAlign = 8;
    p.gcmask = {0b1};
    p.comparable = true;
    p.elem = nodeType();
    p.str = "*main.node";
    return p;
  }();
  return &t;
}

const Type* mapType(const Type* key, const Type* elem) {
  auto* t = new Type;  // leaked: mapTypeFor caches by address
  t->kind = Kind::Map;
  t->size = t->ptrdata = 8;
  t->align = t->fieldAlign = 8;
  t->gcmask = {1};
  t->key = key;
  t->elem = elem;
  t->str = "map[" + key->str + "]" + elem->str;
  return t;
}

const Type* sliceOf(const Type* elem) {
  auto* t = new Type;
  t->kind = Kind::Slice;
  t->size = 24;
  t->ptrdata = 8;
  t->align = t->fieldAlign = 8;
  t->gcmask = {1};
  t->elem = elem;
  t->str = "[]" + elem->str;
  return t;
}

void* newNode() { return mallocgc(16, nodeType(), true); }

uint64_t word(const void* p) { return reinterpret_cast<uint64_t>(p); }

void callNative(const char* name, std::vector<uint64_t>& frame) {
  vm::NativeFn fn = vm::findNative(name);
  if (!fn) fn = vm::findSchedNative(name);
  ASSERT_NE(fn, nullptr) << name;
  vm::NativeCall call{frame.data(), nullptr};
  fn(call);
  ASSERT_FALSE(call.panicking) << name;
}

class WriteBarrier : public testing::Test {
 protected:
  void TearDown() override {
    writeBarrierEnabled.store(false);
    discardMarkWorkForTesting();
    std::vector<MSpan*> spans;
    mheap().snapshotInUseSpans(spans);
    for (MSpan* span : spans) std::memset(span->gcmarkBits, 0, sizeof span->gcmarkBits);
  }

  // Runs f with the barrier on.
  template <typename F>
  void withBarrier(F f) {
    writeBarrierEnabled.store(true);
    f();
    writeBarrierEnabled.store(false);
  }

  // Fresh unmarked nodes.
  std::vector<void*> nodes(int n) {
    std::vector<void*> out;
    for (int i = 0; i < n; i++) {
      out.push_back(newNode());
      EXPECT_FALSE(isMarked(out.back()));
    }
    return out;
  }
};

TEST_F(WriteBarrier, IsANoOpWhenOff) {
  auto v = nodes(2);
  uint64_t slot = word(v[0]);
  writeWordWithBarrier(&slot, word(v[1]));
  EXPECT_FALSE(isMarked(v[0]));
  EXPECT_FALSE(isMarked(v[1]));
}

TEST_F(WriteBarrier, MapAssignShadesTheKeyItStores) {
  const MapType* t = mapTypeFor(mapType(pointerToNode(), basicType(Kind::Int)));
  Hmap* h = makemap(t, 0);
  auto v = nodes(1);
  MapError err;
  withBarrier([&] { ASSERT_NE(mapassign(t, h, &v[0], &err), nullptr); });
  EXPECT_TRUE(isMarked(v[0]));
}

TEST_F(WriteBarrier, MapDeleteShadesWhatItClears) {
  const MapType* t = mapTypeFor(mapType(pointerToNode(), pointerToNode()));
  Hmap* h = makemap(t, 0);
  auto v = nodes(2);  // v[0] -> v[1]
  MapError err;
  void* elem = mapassign(t, h, &v[0], &err);
  ASSERT_NE(elem, nullptr);
  std::memcpy(elem, &v[1], 8);
  withBarrier([&] { ASSERT_TRUE(mapdelete(t, h, &v[0], &err)); });
  EXPECT_TRUE(isMarked(v[0]));
  EXPECT_TRUE(isMarked(v[1]));
}

TEST_F(WriteBarrier, MapClearShadesTheEntries) {
  const MapType* t = mapTypeFor(mapType(pointerToNode(), pointerToNode()));
  Hmap* h = makemap(t, 0);
  auto v = nodes(2);
  MapError err;
  void* elem = mapassign(t, h, &v[0], &err);
  std::memcpy(elem, &v[1], 8);
  withBarrier([&] { ASSERT_TRUE(mapclear(t, h, &err)); });
  EXPECT_TRUE(isMarked(v[0]));
  EXPECT_TRUE(isMarked(v[1]));
}

// A full bucket (8 entries) makes the 9th insert grow the table and
// evacuate the old bucket into the new array: every entry it moves is shaded.
// An iterator keeps the old bucket from being cleared, so only the copy can
// shade the entries.
TEST_F(WriteBarrier, MapEvacuationShadesTheEntriesItMoves) {
  const MapType* t = mapTypeFor(mapType(pointerToNode(), pointerToNode()));
  Hmap* h = makemap(t, 0);
  auto keys = nodes(9);
  auto elems = nodes(8);
  MapError err;
  for (int i = 0; i < 8; i++) {
    void* elem = mapassign(t, h, &keys[size_t(i)], &err);
    ASSERT_NE(elem, nullptr);
    std::memcpy(elem, &elems[size_t(i)], 8);
  }
  ASSERT_EQ(h->B, 0);
  MapIter it;
  mapiterinit(t, h, &it);
  withBarrier([&] { ASSERT_NE(mapassign(t, h, &keys[8], &err), nullptr); });
  ASSERT_EQ(h->B, 1);
  for (void* k : keys) EXPECT_TRUE(isMarked(k));
  for (void* e : elems) EXPECT_TRUE(isMarked(e));
}

// Large values are stored indirectly: the pointer slot's store is shaded.
TEST_F(WriteBarrier, MapIndirectValuesAreShaded) {
  auto* big = new Type;
  big->kind = Kind::Array;
  big->elem = pointerToNode();
  big->len = 20;
  big->size = 160;
  big->align = big->fieldAlign = 8;
  big->ptrdata = 160;
  big->gcmask = {0xff, 0xff, 0x0f};
  big->str = "[20]*main.node";
  const MapType* t = mapTypeFor(mapType(basicType(Kind::Int), big));
  ASSERT_TRUE(t->indirectElem);
  Hmap* h = makemap(t, 0);
  MapError err;
  int64_t key = 1;
  void* elem = nullptr;
  withBarrier([&] { elem = mapassign(t, h, &key, &err); });
  ASSERT_NE(elem, nullptr);
  EXPECT_TRUE(isMarked(elem));  // the indirect value object
}

TEST_F(WriteBarrier, GrowsliceShadesTheElementsItCopies) {
  auto v = nodes(3);
  Slice old{nullptr, 0, 0};
  ASSERT_EQ(makeslice(pointerToNode(), 3, 3, old), SliceError::None);
  std::memcpy(old.data, v.data(), 24);
  Slice grown;
  withBarrier([&] { ASSERT_EQ(growslice(pointerToNode(), old, 4, grown), SliceError::None); });
  for (void* n : v) EXPECT_TRUE(isMarked(n));
  EXPECT_EQ(std::memcmp(grown.data, v.data(), 24), 0);
}

TEST_F(WriteBarrier, ChannelBufferCopiesShadeBothWays) {
  bool outOfRange = false;
  vm::Hchan* c = vm::makechan(pointerToNode(), 2, &outOfRange);
  ASSERT_NE(c, nullptr);
  vm::Thread self;
  auto v = nodes(2);
  withBarrier([&] { ASSERT_EQ(vm::chansend(c, &v[0], self), vm::ChanResult::Done); });
  EXPECT_TRUE(isMarked(v[0]));  // what the buffer receives

  ASSERT_EQ(vm::chansend(c, &v[1], self), vm::ChanResult::Done);
  void* second = nullptr;
  uint64_t ok = 0;
  ASSERT_EQ(vm::chanrecv(c, &second, &ok, self), vm::ChanResult::Done);  // takes v[0]
  withBarrier([&] { ASSERT_EQ(vm::chanrecv(c, &second, &ok, self), vm::ChanResult::Done); });
  EXPECT_EQ(second, v[1]);
  EXPECT_TRUE(isMarked(v[1]));  // what the buffer loses
}

TEST_F(WriteBarrier, AtomicStoresShadeOldAndNewWords) {
  auto v = nodes(4);
  auto* slot = static_cast<uint64_t*>(newNode());
  *slot = word(v[0]);
  std::vector<uint64_t> frame = {word(slot), word(v[1]), 0, 0};
  withBarrier([&] { callNative("sync/atomic.StoreUintptr", frame); });
  EXPECT_TRUE(isMarked(v[0]));
  EXPECT_TRUE(isMarked(v[1]));

  frame = {word(slot), word(v[1]), word(v[2]), 0};
  withBarrier([&] { callNative("sync/atomic.CompareAndSwapUintptr", frame); });
  EXPECT_EQ(frame[3], 1u);
  EXPECT_TRUE(isMarked(v[2]));

  frame = {word(slot), word(v[3]), 0};
  withBarrier([&] { callNative("sync/atomic.SwapUintptr", frame); });
  EXPECT_EQ(frame[2], word(v[2]));
  EXPECT_TRUE(isMarked(v[3]));
}

// Sorting permutes what the slice holds: every string's bytes are shaded.
// (Strings of 16 bytes or more: shorter ones may share a tiny block.)
TEST_F(WriteBarrier, SortStringsShadesTheSortedStrings) {
  std::vector<String> strings = {copyString("pear pear pear pear"), copyString("apple apple apple"),
                                 copyString("fig fig fig fig fig")};
  Slice s{nullptr, 0, 0};
  ASSERT_EQ(makeslice(stringType(), 3, 3, s), SliceError::None);
  std::memcpy(s.data, strings.data(), 3 * sizeof(String));
  for (const String& str : strings) ASSERT_FALSE(isMarked(str.data));
  std::vector<uint64_t> frame = {word(s.data), uint64_t(s.len), uint64_t(s.cap)};
  withBarrier([&] { callNative("sort.Strings", frame); });
  for (const String& str : strings) EXPECT_TRUE(isMarked(str.data));
  EXPECT_EQ(asStringView(static_cast<String*>(s.data)[0]), "apple apple apple");
}

TEST_F(WriteBarrier, SwapElemsShadesBothElements) {
  auto v = nodes(2);
  const Type* sliceType = sliceOf(pointerToNode());
  auto* header = static_cast<Slice*>(mallocgc(sizeof(Slice), sliceType, true));
  ASSERT_EQ(makeslice(pointerToNode(), 2, 2, *header), SliceError::None);
  std::memcpy(header->data, v.data(), 16);
  std::vector<uint64_t> frame = {word(sliceType), word(header), 0, 1};
  withBarrier([&] { callNative("sort.swapElems", frame); });
  EXPECT_TRUE(isMarked(v[0]));
  EXPECT_TRUE(isMarked(v[1]));
  EXPECT_EQ(static_cast<void**>(header->data)[0], v[1]);
}

// Fields of s go into a new (black while marking) slice: s is shaded.
TEST_F(WriteBarrier, FieldsShadesTheStringItSlices) {
  String s = copyString("a bb ccc dddd eeeee");
  ASSERT_FALSE(isMarked(s.data));
  std::vector<uint64_t> frame = {word(s.data), uint64_t(s.len), 0, 0, 0, 0};
  withBarrier([&] { callNative("strings.fieldsASCII", frame); });
  EXPECT_EQ(frame[5], 1u);
  EXPECT_EQ(frame[3], 5u);
  EXPECT_TRUE(isMarked(s.data));
}

}  // namespace
}  // namespace golem::rt
