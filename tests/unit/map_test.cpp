// Unit tests of Go maps (runtime/map.h) and hashing by type descriptor
// (runtime/hash.h). The B values after make(map, hint) and after n inserts
// were printed by Go 1.19.8 reading hmap.B through unsafe:
//   hints 0 1 8 9 13 14 26 27 52 53 100 1000 1<<20 -> B 0 0 0 1 1 2 2 3 3 4 4 8 18
//   inserts growing B: 9->1 14->2 27->3 53->4 105->5 209->6 417->7 833->8 1665->9
// Panic texts are Go's ("hash of unhashable type []int", "main.S").
#include "runtime/map.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/hash.h"
#include "runtime/malloc.h"
#include "runtime/type.h"
#include "stdlib/format.h"

namespace golem::rt {
namespace {

// ---------------------------------------------------------------------------
// Descriptors. They are leaked on purpose: mapTypeFor caches by address.

const Type* intT() {
  return basicType(Kind::Int);
}
const Type* int64T() {
  return basicType(Kind::Int64);
}
const Type* int8T() {
  return basicType(Kind::Int8);
}
const Type* float64T() {
  return basicType(Kind::Float64);
}
const Type* stringT() {
  return stringType();
}

const Type* mapOf(const Type* k, const Type* v) {
  auto* t = new Type;
  t->kind = Kind::Map;
  t->size = t->ptrdata = 8;
  t->align = t->fieldAlign = 8;
  t->gcmask = {1};
  t->key = k;
  t->elem = v;
  t->str = "map[" + k->str + "]" + v->str;
  return t;
}

const Type* arrayOf(const Type* elem, uint64_t len) {
  auto* t = new Type;
  t->kind = Kind::Array;
  t->elem = elem;
  t->len = len;
  t->size = elem->size * len;
  t->align = t->fieldAlign = elem->align;
  t->comparable = elem->comparable;
  t->str = "[" + std::to_string(len) + "]" + elem->str;
  if (elem->hasPointers()) {
    uint64_t words = t->size / 8;
    t->gcmask.assign((words + 7) / 8, 0);
    for (uint64_t i = 0; i < len; i++)
      for (uint64_t w = 0; w < elem->size / 8; w++)
        if (elem->wordIsPointer(w)) {
          uint64_t bit = i * elem->size / 8 + w;
          t->gcmask[bit / 8] |= uint8_t(1u << (bit % 8));
          t->ptrdata = (bit + 1) * 8;
        }
  }
  return t;
}

struct FieldSpec {
  std::string name;
  const Type* type;
};

// A struct laid out with Go's alignment rules (no pointer fields needed here).
const Type* structOf(const std::string& name, const std::vector<FieldSpec>& fields) {
  auto* t = new Type;
  t->kind = Kind::Struct;
  t->named = !name.empty();
  t->str = name.empty() ? "struct {...}" : name;
  t->comparable = true;
  uint64_t offset = 0;
  uint8_t align = 1;
  for (const auto& f : fields) {
    offset = (offset + f.type->align - 1) / f.type->align * f.type->align;
    t->fields.push_back(StructField{f.name, f.type, offset, false, true});
    offset += f.type->size;
    align = std::max(align, f.type->align);
    t->comparable = t->comparable && f.type->comparable;
    EXPECT_FALSE(f.type->hasPointers()) << "structOf builds pointer-free structs only";
  }
  t->align = t->fieldAlign = align;
  t->size = (offset + align - 1) / align * align;
  return t;
}

const Type* emptyInterfaceT() {
  static const Type* t = [] {
    auto* i = new Type;
    i->kind = Kind::Interface;
    i->size = i->ptrdata = 16;
    i->align = i->fieldAlign = 8;
    i->gcmask = {0b11};
    i->comparable = true;
    i->str = "interface {}";
    return i;
  }();
  return t;
}

const Type* intSliceT() {
  static const Type* t = [] {
    auto* s = new Type;
    s->kind = Kind::Slice;
    s->size = 24;
    s->ptrdata = 8;
    s->gcmask = {1};
    s->align = s->fieldAlign = 8;
    s->elem = basicType(Kind::Int);
    s->str = "[]int";
    return s;
  }();
  return t;
}

// ---------------------------------------------------------------------------
// Values.

String goString(const std::string& s) {
  auto* bytes = static_cast<uint8_t*>(mallocgc(s.size() + 1, nullptr, true));
  memcpy(bytes, s.data(), s.size());
  return String{bytes, int64_t(s.size())};
}
std::string asStd(String s) {
  return std::string(reinterpret_cast<const char*>(s.data), size_t(s.len));
}

template <typename T>
Eface box(const Type* t, T v) {
  void* p = mallocgc(sizeof v, t, true);
  memcpy(p, &v, sizeof v);
  return Eface{t, p};
}

// Typed wrappers over the C-like API; failures are test failures.
template <typename K, typename V>
void put(const MapType* t, Hmap* h, const K& k, const V& v) {
  MapError err;
  void* slot = mapassign(t, h, &k, &err);
  ASSERT_NE(slot, nullptr) << mapErrorMessage(err);
  memcpy(slot, &v, sizeof v);
}

template <typename V, typename K>
V get(const MapType* t, Hmap* h, const K& k, bool* ok = nullptr) {
  MapError err;
  bool present = false;
  const void* slot = mapaccess2(t, h, &k, &present, &err);
  EXPECT_NE(slot, nullptr) << mapErrorMessage(err);
  if (ok) *ok = present;
  V v{};
  if (slot) memcpy(&v, slot, sizeof v);
  return v;
}

template <typename K>
bool has(const MapType* t, Hmap* h, const K& k) {
  bool ok = false;
  MapError err;
  mapaccess2(t, h, &k, &ok, &err);
  return ok;
}

template <typename K>
void del(const MapType* t, Hmap* h, const K& k) {
  MapError err;
  ASSERT_TRUE(mapdelete(t, h, &k, &err)) << mapErrorMessage(err);
}

template <typename K, typename V>
std::vector<std::pair<K, V>> entries(const MapType* t, Hmap* h) {
  std::vector<std::pair<K, V>> out;
  MapIter it;
  MapError err;
  mapiterinit(t, h, &it);
  while (mapiternext(&it, &err)) {
    K k;
    V v;
    memcpy(&k, it.key, sizeof k);
    memcpy(&v, it.elem, sizeof v);
    out.emplace_back(k, v);
  }
  EXPECT_EQ(err.code, MapErrorCode::None);
  return out;
}

const MapType* intIntMap() {
  return mapTypeFor(mapOf(intT(), intT()));
}

// ---------------------------------------------------------------------------
// Basic operations per key kind.

TEST(Map, IntInsertLookupOverwrite) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 100; i++) put(t, h, i, i * 10);
  EXPECT_EQ(maplen(h), 100);
  for (int64_t i = 0; i < 100; i++) EXPECT_EQ(get<int64_t>(t, h, i), i * 10);
  put(t, h, int64_t{7}, int64_t{-1});
  EXPECT_EQ(maplen(h), 100);
  EXPECT_EQ(get<int64_t>(t, h, int64_t{7}), -1);
  bool ok = true;
  EXPECT_EQ(get<int64_t>(t, h, int64_t{1000}, &ok), 0);
  EXPECT_FALSE(ok);
}

TEST(Map, MapAccess1ReturnsZeroForMissing) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  put(t, h, int64_t{1}, int64_t{5});
  MapError err;
  int64_t missing = 2, present = 1;
  const void* z = mapaccess1(t, h, &missing, &err);
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(*static_cast<const int64_t*>(z), 0);
  EXPECT_EQ(*static_cast<const int64_t*>(mapaccess1(t, h, &present, &err)), 5);
}

TEST(Map, IntDelete) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 50; i++) put(t, h, i, i);
  for (int64_t i = 0; i < 50; i += 2) del(t, h, i);
  del(t, h, int64_t{1000});  // absent: no-op
  EXPECT_EQ(maplen(h), 25);
  for (int64_t i = 0; i < 50; i++) EXPECT_EQ(has(t, h, i), i % 2 == 1) << i;
  // Deleting everything, then reinserting, works (emptyRest marks reset).
  for (int64_t i = 1; i < 50; i += 2) del(t, h, i);
  EXPECT_EQ(maplen(h), 0);
  for (int64_t i = 0; i < 50; i++) put(t, h, i, -i);
  for (int64_t i = 0; i < 50; i++) EXPECT_EQ(get<int64_t>(t, h, i), -i);
}

TEST(Map, DeleteToEmptyReseeds) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  std::set<uint32_t> seeds{h->hash0};
  for (int round = 0; round < 8; round++) {
    put(t, h, int64_t{1}, int64_t{1});
    del(t, h, int64_t{1});
    seeds.insert(h->hash0);
  }
  EXPECT_GT(seeds.size(), 4u);
}

TEST(Map, StringKeysCompareByContent) {
  const MapType* t = mapTypeFor(mapOf(stringT(), intT()));
  Hmap* h = makemap(t, 0);
  for (int i = 0; i < 200; i++) put(t, h, goString("key" + std::to_string(i)), int64_t{i});
  EXPECT_EQ(maplen(h), 200);
  for (int i = 0; i < 200; i++)  // fresh copies: other data pointers
    EXPECT_EQ(get<int64_t>(t, h, goString("key" + std::to_string(i))), i);
  put(t, h, goString(""), int64_t{-5});
  EXPECT_EQ(get<int64_t>(t, h, String{nullptr, 0}), -5);
  del(t, h, goString("key3"));
  EXPECT_FALSE(has(t, h, goString("key3")));
}

TEST(Map, StringKeyUpdatedOnOverwrite) {
  // Go overwrites an equal string key so the map drops the old backing array.
  const MapType* t = mapTypeFor(mapOf(stringT(), intT()));
  EXPECT_TRUE(t->needKeyUpdate);
  Hmap* h = makemap(t, 0);
  String first = goString("same"), second = goString("same");
  put(t, h, first, int64_t{1});
  put(t, h, second, int64_t{2});
  auto e = entries<String, int64_t>(t, h);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].first.data, second.data);
  EXPECT_EQ(e[0].second, 2);
}

TEST(Map, FloatZeroesAreOneKey) {
  const MapType* t = mapTypeFor(mapOf(float64T(), intT()));
  Hmap* h = makemap(t, 0);
  put(t, h, 0.0, int64_t{1});
  put(t, h, -0.0, int64_t{2});
  EXPECT_EQ(maplen(h), 1);
  EXPECT_EQ(get<int64_t>(t, h, 0.0), 2);
  auto e = entries<double, int64_t>(t, h);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(std::signbit(e[0].first)) << "the key is updated to -0, as in Go";
  put(t, h, 1.5, int64_t{3});
  EXPECT_EQ(get<int64_t>(t, h, 1.5), 3);
}

TEST(Map, NaNKeysNeverMatch) {
  const MapType* t = mapTypeFor(mapOf(float64T(), intT()));
  EXPECT_FALSE(t->reflexiveKey);
  Hmap* h = makemap(t, 0);
  double nan = std::numeric_limits<double>::quiet_NaN();
  for (int i = 0; i < 3; i++) put(t, h, nan, int64_t{i});
  EXPECT_EQ(maplen(h), 3);
  EXPECT_FALSE(has(t, h, nan));
  del(t, h, nan);
  EXPECT_EQ(maplen(h), 3);
  auto e = entries<double, int64_t>(t, h);
  ASSERT_EQ(e.size(), 3u);
  std::set<int64_t> values;
  for (auto& [k, v] : e) {
    EXPECT_TRUE(std::isnan(k));
    values.insert(v);
  }
  EXPECT_EQ(values, (std::set<int64_t>{0, 1, 2}));
}

TEST(Map, NaNKeysSurviveGrowthAndIteration) {
  const MapType* t = mapTypeFor(mapOf(float64T(), intT()));
  Hmap* h = makemap(t, 0);
  double nan = std::numeric_limits<double>::quiet_NaN();
  for (int i = 0; i < 20; i++) put(t, h, nan, int64_t{i});
  MapIter it;
  MapError err;
  mapiterinit(t, h, &it);
  std::multiset<int64_t> seen;
  int step = 0;
  while (mapiternext(&it, &err)) {
    double k;
    memcpy(&k, it.key, sizeof k);
    if (std::isnan(k)) seen.insert(*static_cast<int64_t*>(it.elem));
    // Grow the map under the iterator, with more NaNs and ordinary keys.
    for (int j = 0; j < 10; j++) put(t, h, double(step * 10 + j + 1000), int64_t{-1});
    step++;
  }
  EXPECT_GT(h->B, 2);
  std::multiset<int64_t> expected;
  for (int i = 0; i < 20; i++) expected.insert(i);
  EXPECT_EQ(seen, expected) << "every NaN entry exactly once";
}

TEST(Map, NaNKeysWithIteratorStartedDuringGrowth) {
  // An iterator that starts mid-doubling reads unevacuated old buckets and
  // must agree with evacuate on where each NaN goes (the low tophash bit).
  const MapType* t = mapTypeFor(mapOf(float64T(), intT()));
  double nan = std::numeric_limits<double>::quiet_NaN();
  for (int trial = 0; trial < 10; trial++) {
    Hmap* h = makemap(t, 0);
    int64_t n = 0;
    while (h->B < 5) {
      put(t, h, n % 2 ? nan : double(n), n);
      n++;
    }
    ASSERT_NE(h->oldbuckets, nullptr);
    MapIter it;
    MapError err;
    mapiterinit(t, h, &it);
    std::multiset<int64_t> seen;
    double extra = 1e9;
    while (mapiternext(&it, &err)) {
      int64_t v = *static_cast<int64_t*>(it.elem);
      if (v >= 0) seen.insert(v);
      put(t, h, extra++, int64_t{-1});
    }
    std::multiset<int64_t> expected;
    for (int64_t i = 0; i < n; i++) expected.insert(i);
    ASSERT_EQ(seen, expected);
  }
}

struct Padded {
  int8_t a;
  int64_t b;
};

TEST(Map, StructKeysIgnorePadding) {
  const Type* st = structOf("main.P", {{"a", int8T()}, {"b", int64T()}});
  ASSERT_EQ(st->size, 16u);
  const MapType* t = mapTypeFor(mapOf(st, intT()));
  EXPECT_EQ(t->keyHash, MapType::KeyHash::Generic);
  Hmap* h = makemap(t, 0);
  for (int i = 0; i < 40; i++) {
    Padded p;
    memset(&p, 0xAA, sizeof p);  // garbage in the padding
    p.a = int8_t(i);
    p.b = i * 1000;
    put(t, h, p, int64_t{i});
  }
  for (int i = 0; i < 40; i++) {
    Padded q;
    memset(&q, 0x55, sizeof q);  // other garbage
    q.a = int8_t(i);
    q.b = i * 1000;
    EXPECT_EQ(get<int64_t>(t, h, q), i);
  }
}

TEST(Map, StructKeysSkipBlankFields) {
  const Type* st = structOf("main.B", {{"x", int64T()}, {"_", int64T()}});
  const MapType* t = mapTypeFor(mapOf(st, intT()));
  Hmap* h = makemap(t, 0);
  int64_t a[2] = {1, 111}, b[2] = {1, 222};
  put(t, h, a, int64_t{5});
  EXPECT_EQ(get<int64_t>(t, h, b), 5);
  EXPECT_EQ(maplen(h), 1);
}

TEST(Map, RegularStructKeysHashAsMemory) {
  const Type* st = structOf("main.R", {{"x", int64T()}, {"y", int64T()}});
  const MapType* t = mapTypeFor(mapOf(st, intT()));
  EXPECT_EQ(t->keyHash, MapType::KeyHash::Memory);
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 100; i++) {
    int64_t k[2] = {i, -i};
    put(t, h, k, i);
  }
  for (int64_t i = 0; i < 100; i++) {
    int64_t k[2] = {i, -i};
    EXPECT_EQ(get<int64_t>(t, h, k), i);
  }
}

TEST(Map, ArrayKeysOfStrings) {
  const MapType* t = mapTypeFor(mapOf(arrayOf(stringT(), 3), intT()));
  Hmap* h = makemap(t, 0);
  for (int i = 0; i < 50; i++) {
    String k[3] = {goString("a"), goString(std::to_string(i)), goString("z")};
    put(t, h, k, int64_t{i});
  }
  for (int i = 0; i < 50; i++) {
    String k[3] = {goString("a"), goString(std::to_string(i)), goString("z")};
    EXPECT_EQ(get<int64_t>(t, h, k), i);
  }
  String other[3] = {goString("a"), goString("1"), goString("y")};
  EXPECT_FALSE(has(t, h, other));
}

TEST(Map, ArrayKeysOfFloats) {
  const MapType* t = mapTypeFor(mapOf(arrayOf(float64T(), 2), intT()));
  Hmap* h = makemap(t, 0);
  double a[2] = {0.0, 1.0}, b[2] = {-0.0, 1.0};
  put(t, h, a, int64_t{1});
  EXPECT_EQ(get<int64_t>(t, h, b), 1);
  double nan[2] = {std::nan(""), 1.0};
  put(t, h, nan, int64_t{2});
  put(t, h, nan, int64_t{3});
  EXPECT_EQ(maplen(h), 3);
}

TEST(Map, InterfaceKeys) {
  const MapType* t = mapTypeFor(mapOf(emptyInterfaceT(), intT()));
  EXPECT_TRUE(t->hashMightFail);
  Hmap* h = makemap(t, 0);
  put(t, h, box(intT(), int64_t{1}), int64_t{10});
  put(t, h, box(int64T(), int64_t{1}), int64_t{20});  // other dynamic type: other key
  put(t, h, box(stringT(), goString("s")), int64_t{30});
  put(t, h, Eface{nullptr, nullptr}, int64_t{40});  // nil interface
  put(t, h, box(float64T(), -0.0), int64_t{50});
  EXPECT_EQ(maplen(h), 5);
  EXPECT_EQ(get<int64_t>(t, h, box(intT(), int64_t{1})), 10);  // other box, same value
  EXPECT_EQ(get<int64_t>(t, h, box(int64T(), int64_t{1})), 20);
  EXPECT_EQ(get<int64_t>(t, h, box(stringT(), goString("s"))), 30);
  EXPECT_EQ(get<int64_t>(t, h, Eface{nullptr, nullptr}), 40);
  EXPECT_EQ(get<int64_t>(t, h, box(float64T(), 0.0)), 50);
  EXPECT_FALSE(has(t, h, box(intT(), int64_t{2})));
  // Pointer-shaped dynamic types are stored in the data word itself.
  const Type* ptrT = [] {
    auto* p = new Type;
    p->kind = Kind::Pointer;
    p->size = p->ptrdata = 8;
    p->align = p->fieldAlign = 8;
    p->gcmask = {1};
    p->comparable = true;
    p->elem = basicType(Kind::Int);
    p->str = "*int";
    return p;
  }();
  static int64_t target;
  put(t, h, Eface{ptrT, &target}, int64_t{60});
  EXPECT_EQ(get<int64_t>(t, h, Eface{ptrT, &target}), 60);
  EXPECT_FALSE(has(t, h, Eface{ptrT, nullptr}));
}

TEST(Map, UnhashableInterfaceKeyFails) {
  const MapType* t = mapTypeFor(mapOf(emptyInterfaceT(), intT()));
  Slice s{nullptr, 0, 0};
  Eface key = box(intSliceT(), s);
  Hmap* h = makemap(t, 0);

  MapError err;
  EXPECT_EQ(mapassign(t, h, &key, &err), nullptr);
  EXPECT_EQ(err.code, MapErrorCode::UnhashableKey);
  EXPECT_EQ(mapErrorMessage(err), "hash of unhashable type []int");
  EXPECT_FALSE(mapErrorIsFatal(err.code));
  EXPECT_EQ(maplen(h), 0);
  EXPECT_EQ(h->flags & kHashWriting, 0) << "a failed hash leaves the map writable";

  // Reads and deletes fail too, even on an empty or nil map (as in Go).
  MapError err2, err3, err4;
  bool ok;
  EXPECT_EQ(mapaccess1(t, h, &key, &err2), nullptr);
  EXPECT_EQ(err2.code, MapErrorCode::UnhashableKey);
  EXPECT_EQ(mapaccess2(t, nullptr, &key, &ok, &err3), nullptr);
  EXPECT_EQ(err3.code, MapErrorCode::UnhashableKey);
  EXPECT_FALSE(mapdelete(t, nullptr, &key, &err4));
  EXPECT_EQ(err4.code, MapErrorCode::UnhashableKey);

  put(t, h, box(intT(), int64_t{1}), int64_t{1});
  MapError err5;
  EXPECT_EQ(mapaccess1(t, h, &key, &err5), nullptr);
  EXPECT_EQ(err5.code, MapErrorCode::UnhashableKey);
}

TEST(Map, UnhashableErrorNamesTheDynamicType) {
  // struct{ a []int } in an interface: Go names the struct, not the slice.
  auto* st = new Type;
  st->kind = Kind::Struct;
  st->named = true;
  st->str = "main.S";
  st->size = 24;
  st->align = st->fieldAlign = 8;
  st->comparable = false;
  st->fields.push_back(StructField{"a", intSliceT(), 0, false, false});
  // A struct key holding an interface, so the failure is found inside.
  const Type* keyT = [] {
    auto* k = new Type;
    k->kind = Kind::Struct;
    k->str = "main.K";
    k->size = 24;
    k->align = k->fieldAlign = 8;
    k->comparable = true;
    k->fields.push_back(StructField{"n", basicType(Kind::Int), 0, false, false});
    k->fields.push_back(StructField{"v", emptyInterfaceT(), 8, false, false});
    return k;
  }();
  const MapType* t = mapTypeFor(mapOf(keyT, intT()));
  EXPECT_TRUE(t->hashMightFail);
  struct {
    int64_t n;
    Eface v;
  } key{1, box(st, Slice{nullptr, 0, 0})};
  MapError err;
  EXPECT_EQ(mapassign(t, makemap(t, 0), &key, &err), nullptr);
  EXPECT_EQ(mapErrorMessage(err), "hash of unhashable type main.S");
}

TEST(Map, NilMapSemantics) {
  const MapType* t = intIntMap();
  int64_t k = 3;
  MapError err;
  const void* z = mapaccess1(t, nullptr, &k, &err);
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(*static_cast<const int64_t*>(z), 0);
  bool ok = true;
  EXPECT_NE(mapaccess2(t, nullptr, &k, &ok, &err), nullptr);
  EXPECT_FALSE(ok);
  EXPECT_EQ(maplen(nullptr), 0);
  EXPECT_TRUE(mapdelete(t, nullptr, &k, &err));
  EXPECT_TRUE(mapclear(t, nullptr, &err));
  MapIter it;
  mapiterinit(t, nullptr, &it);
  EXPECT_FALSE(mapiternext(&it, &err));
  EXPECT_EQ(err.code, MapErrorCode::None);

  EXPECT_EQ(mapassign(t, nullptr, &k, &err), nullptr);
  EXPECT_EQ(err.code, MapErrorCode::AssignToNilMap);
  EXPECT_EQ(mapErrorMessage(err), "assignment to entry in nil map");
}

TEST(Map, ZeroSizeValues) {
  auto* empty = new Type;
  empty->kind = Kind::Struct;
  empty->comparable = true;
  empty->str = "struct {}";
  const MapType* t = mapTypeFor(mapOf(intT(), empty));
  EXPECT_EQ(t->bucketSize, 8 + 8 * 8 + 8);
  Hmap* h = makemap(t, 0);
  MapError err;
  for (int64_t i = 0; i < 100; i++) ASSERT_NE(mapassign(t, h, &i, &err), nullptr);
  EXPECT_EQ(maplen(h), 100);
  for (int64_t i = 0; i < 100; i++) EXPECT_TRUE(has(t, h, i));
  EXPECT_FALSE(has(t, h, int64_t{100}));
}

// ---------------------------------------------------------------------------
// Layout.

TEST(Map, BucketLayoutAndDescriptor) {
  const MapType* si = mapTypeFor(mapOf(stringT(), intT()));
  EXPECT_EQ(si->keySize, 16);
  EXPECT_EQ(si->elemSize, 8);
  EXPECT_EQ(si->bucketSize, 8 + 8 * 16 + 8 * 8 + 8);
  EXPECT_EQ(si->bucket.size, si->bucketSize);
  EXPECT_EQ(si->bucket.ptrdata, si->bucketSize);
  EXPECT_EQ(si->bucket.str, "map.bucket[string]int");
  // Words: 0 tophash, 1..16 keys (data words 1,3,5,...), 17..24 elems, 25 overflow.
  for (uint64_t w = 0; w < si->bucketSize / 8; w++) {
    bool expected = (w >= 1 && w <= 16 && w % 2 == 1) || w == 25;
    EXPECT_EQ(si->bucket.wordIsPointer(w), expected) << "word " << w;
  }
  const MapType* ii = intIntMap();
  EXPECT_EQ(ii->bucketSize, 8 + 64 + 64 + 8);
  EXPECT_EQ(ii->bucket.ptrdata, 0u) << "pointer-free buckets, overflow included";
  const MapType* is = mapTypeFor(mapOf(intT(), stringT()));
  EXPECT_TRUE(is->bucket.wordIsPointer(9));    // first elem's data word
  EXPECT_FALSE(is->bucket.wordIsPointer(10));  // its length
  EXPECT_TRUE(is->bucket.wordIsPointer(25));
}

TEST(Map, MapTypeIsCached) {
  const Type* d = mapOf(intT(), stringT());
  EXPECT_EQ(mapTypeFor(d), mapTypeFor(d));
}

TEST(Map, LargeKeysAndValuesAreIndirect) {
  const Type* bigKey = arrayOf(int64T(), 20);    // 160 B
  const Type* bigElem = arrayOf(int64T(), 200);  // 1600 B: beyond the shared zero block
  const MapType* t = mapTypeFor(mapOf(bigKey, bigElem));
  EXPECT_TRUE(t->indirectKey);
  EXPECT_TRUE(t->indirectElem);
  EXPECT_EQ(t->keySize, 8);
  EXPECT_EQ(t->elemSize, 8);
  for (uint64_t w = 1; w <= 16; w++) EXPECT_TRUE(t->bucket.wordIsPointer(w));
  const MapType* exact = mapTypeFor(mapOf(arrayOf(int64T(), 16), intT()));  // 128 B: inline
  EXPECT_FALSE(exact->indirectKey);

  Hmap* h = makemap(t, 0);
  struct Key {
    int64_t w[20];
  };
  struct Elem {
    int64_t w[200];
  };
  for (int64_t i = 0; i < 300; i++) {
    Key k{};
    k.w[19] = i;
    Elem e{};
    e.w[0] = i;
    e.w[199] = -i;
    put(t, h, k, e);
  }
  EXPECT_EQ(maplen(h), 300);
  for (int64_t i = 0; i < 300; i += 7) {
    Key k{};
    k.w[19] = i;
    auto e = get<Elem>(t, h, k);
    EXPECT_EQ(e.w[0], i);
    EXPECT_EQ(e.w[199], -i);
  }
  Key missing{};
  missing.w[0] = 1;
  MapError err;
  const auto* z = static_cast<const Elem*>(mapaccess1(t, h, &missing, &err));
  for (int64_t x : z->w) ASSERT_EQ(x, 0);
  for (int64_t i = 0; i < 300; i += 2) {
    Key k{};
    k.w[19] = i;
    del(t, h, k);
  }
  EXPECT_EQ(maplen(h), 150);
  EXPECT_EQ((entries<Key, Elem>(t, h).size()), 150u);
}

// ---------------------------------------------------------------------------
// Growth.

TEST(Map, MakemapHintSizes) {
  const MapType* t = intIntMap();
  std::vector<std::pair<int64_t, uint8_t>> goValues = {
      {0, 0},  {1, 0},  {8, 0},  {9, 1},   {13, 1},   {14, 2},       {26, 2},
      {27, 3}, {52, 3}, {53, 4}, {100, 4}, {1000, 8}, {1 << 20, 18}, {-5, 0}};
  for (auto [hint, b] : goValues) {
    Hmap* h = makemap(t, hint);
    EXPECT_EQ(h->B, b) << "hint " << hint;
    EXPECT_EQ(h->count, 0);
    EXPECT_EQ(h->buckets == nullptr, b == 0);
  }
  // B >= 4 preallocates overflow buckets after the main array.
  Hmap* h = makemap(t, 100);
  ASSERT_NE(h->extra, nullptr);
  EXPECT_EQ(h->extra->nextOverflow, static_cast<char*>(h->buckets) + 16 * t->bucketSize);
  EXPECT_EQ(makemap(t, 40)->extra, nullptr);
}

TEST(Map, GrowthDoublesAtLoadFactor) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  std::vector<std::pair<int64_t, uint8_t>> growthPoints;
  uint8_t last = 0;
  for (int64_t i = 0; i < 2000; i++) {
    put(t, h, i, i);
    if (h->B != last) {
      growthPoints.emplace_back(i + 1, h->B);
      last = h->B;
    }
  }
  EXPECT_EQ(
      growthPoints,
      (std::vector<std::pair<int64_t, uint8_t>>{
          {9, 1}, {14, 2}, {27, 3}, {53, 4}, {105, 5}, {209, 6}, {417, 7}, {833, 8}, {1665, 9}}));
  for (int64_t i = 0; i < 2000; i++) ASSERT_EQ(get<int64_t>(t, h, i), i);
}

TEST(Map, EvacuationIsIncremental) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  int64_t n = 0;
  while (h->B < 6) put(t, h, n, n), n++;  // the insert that doubled to 64 buckets
  ASSERT_NE(h->oldbuckets, nullptr);
  EXPECT_FALSE(h->flags & kSameSizeGrow);
  // Each write evacuates at most two of the 32 old buckets.
  uintptr_t before = h->nevacuate;
  EXPECT_LE(before, 2u);
  int writes = 0;
  while (h->oldbuckets) {
    // Lookups during growth find every key, old bucket or new.
    for (int64_t i = 0; i < n; i++) ASSERT_EQ(get<int64_t>(t, h, i), i);
    put(t, h, int64_t{1} << 40 | writes, int64_t{0});
    writes++;
    ASSERT_LE(writes, 32);
  }
  EXPECT_GE(writes, 8) << "growth done in steps, not at once";
  EXPECT_EQ(h->nevacuate, 32u);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(get<int64_t>(t, h, i), i);
}

TEST(Map, DeletesDriveEvacuationToo) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  int64_t n = 0;
  while (h->B < 5) put(t, h, n, n), n++;
  ASSERT_NE(h->oldbuckets, nullptr);
  int64_t next = 0;
  while (h->oldbuckets) del(t, h, int64_t{1'000'000} + next++);  // absent keys
  EXPECT_LE(next, 16);
  EXPECT_EQ(maplen(h), n);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(get<int64_t>(t, h, i), i);
}

TEST(Map, SameSizeGrowthUnderChurn) {
  // Keep the count constant below the load factor while replacing keys:
  // full buckets grow overflow chains, deletions leave holes, and when the
  // overflow count reaches 2^B the table is rebuilt at the same size.
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  const int64_t live = 200;  // B = 5 holds up to 208
  for (int64_t i = 0; i < live; i++) put(t, h, i, i);
  uint8_t b = h->B;
  ASSERT_EQ(b, 5);
  bool sawSameSize = false;
  for (int64_t i = live; i < 200000 && !sawSameSize; i++) {
    del(t, h, i - live);
    put(t, h, i, i);
    if (h->oldbuckets && (h->flags & kSameSizeGrow)) sawSameSize = true;
  }
  EXPECT_TRUE(sawSameSize);
  EXPECT_EQ(h->B, b) << "same-size growth keeps B";
  EXPECT_EQ(maplen(h), live);
}

TEST(Map, OverflowBucketsOfPointerFreeMapsAreListed) {
  // Pointer-free buckets are not scanned, so overflow buckets are kept in
  // extra->overflow, one entry per overflow bucket (B < 16: exact count).
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 3000; i++) {
    put(t, h, i, i);
    if (h->noverflow > 0 && !h->oldbuckets && h->B < 4) {
      ASSERT_NE(h->extra, nullptr);
      ASSERT_NE(h->extra->overflow, nullptr);
      EXPECT_EQ(h->extra->overflow->len, h->noverflow);
    }
  }
}

TEST(Map, Clear) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 500; i++) put(t, h, i, i);
  uint8_t b = h->B;
  MapError err;
  ASSERT_TRUE(mapclear(t, h, &err));
  EXPECT_EQ(maplen(h), 0);
  EXPECT_EQ(h->B, b) << "the bucket array is kept";
  EXPECT_EQ(h->oldbuckets, nullptr);
  for (int64_t i = 0; i < 500; i++) ASSERT_FALSE(has(t, h, i));
  EXPECT_TRUE((entries<int64_t, int64_t>(t, h).empty()));
  for (int64_t i = 0; i < 500; i++) put(t, h, i, -i);
  for (int64_t i = 0; i < 500; i++) ASSERT_EQ(get<int64_t>(t, h, i), -i);
}

// ---------------------------------------------------------------------------
// Iteration.

TEST(Map, IterationVisitsEachEntryOnce) {
  const MapType* t = intIntMap();
  for (int64_t n : {0, 1, 7, 8, 9, 100, 1000}) {
    Hmap* h = makemap(t, 0);
    for (int64_t i = 0; i < n; i++) put(t, h, i, i * 3);
    auto e = entries<int64_t, int64_t>(t, h);
    ASSERT_EQ(int64_t(e.size()), n);
    std::set<int64_t> keys;
    for (auto& [k, v] : e) {
      EXPECT_EQ(v, k * 3);
      keys.insert(k);
    }
    EXPECT_EQ(int64_t(keys.size()), n);
  }
}

TEST(Map, IterationOrderIsRandom) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 100; i++) put(t, h, i, i);
  auto first = entries<int64_t, int64_t>(t, h);
  int differing = 0;
  for (int round = 0; round < 10; round++)
    if (entries<int64_t, int64_t>(t, h) != first) differing++;
  EXPECT_GE(differing, 5);
  // Even an 8-entry map (one bucket) starts at a random slot.
  Hmap* small = makemap(t, 0);
  for (int64_t i = 0; i < 8; i++) put(t, small, i, i);
  std::set<int64_t> firstKeys;
  for (int round = 0; round < 50; round++)
    firstKeys.insert(entries<int64_t, int64_t>(t, small)[0].first);
  EXPECT_GT(firstKeys.size(), 3u);
}

TEST(Map, IterationWithDeletes) {
  const MapType* t = intIntMap();
  for (int trial = 0; trial < 20; trial++) {
    Hmap* h = makemap(t, 0);
    const int64_t n = 500;
    for (int64_t i = 0; i < n; i++) put(t, h, i, i);
    std::set<int64_t> deleted, seen;
    std::mt19937_64 rng(trial);
    MapIter it;
    MapError err;
    mapiterinit(t, h, &it);
    while (mapiternext(&it, &err)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      EXPECT_FALSE(deleted.count(k)) << "deleted before being reached: " << k;
      EXPECT_TRUE(seen.insert(k).second) << "seen twice: " << k;
      // Delete the current key sometimes, and a random other key.
      if (rng() % 3 == 0) {
        del(t, h, k);
        deleted.insert(k);
      }
      int64_t victim = int64_t(rng() % n);
      if (!seen.count(victim)) {
        del(t, h, victim);
        deleted.insert(victim);
      }
    }
    for (int64_t i = 0; i < n; i++)
      if (!deleted.count(i)) {
        ASSERT_TRUE(seen.count(i)) << "survivor not seen: " << i;
      }
  }
}

// Ranges over h while inserting `perStep` new keys (and deleting some old
// ones) after each entry; checks every surviving original key is seen once.
void checkIterationUnderGrowth(const MapType* t, Hmap* h, int64_t originals, int perStep,
                               bool alsoDelete, uint64_t seed) {
  std::set<int64_t> seen, deleted;
  std::mt19937_64 rng(seed);
  int64_t next = 1'000'000;
  MapIter it;
  MapError err;
  mapiterinit(t, h, &it);
  while (mapiternext(&it, &err)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    int64_t v = *static_cast<int64_t*>(it.elem);
    if (k < originals) {
      ASSERT_FALSE(deleted.count(k)) << k;
      ASSERT_TRUE(seen.insert(k).second) << "seen twice: " << k;
      ASSERT_EQ(v, k) << "value of the live table";
    }
    for (int j = 0; j < perStep; j++) put(t, h, next, next), next++;
    if (alsoDelete) {
      int64_t victim = int64_t(rng() % originals);
      if (!seen.count(victim) && !deleted.count(victim)) {
        del(t, h, victim);
        deleted.insert(victim);
      }
    }
  }
  ASSERT_EQ(err.code, MapErrorCode::None);
  for (int64_t i = 0; i < originals; i++)
    if (!deleted.count(i)) {
      ASSERT_TRUE(seen.count(i)) << "missed " << i;
    }
}

TEST(Map, IterationWhileMapGrows) {
  const MapType* t = intIntMap();
  for (uint64_t trial = 0; trial < 10; trial++) {
    Hmap* h = makemap(t, 0);
    for (int64_t i = 0; i < 100; i++) put(t, h, i, i);
    uint8_t b = h->B;
    checkIterationUnderGrowth(t, h, 100, 5, false, trial);
    EXPECT_GE(h->B, b + 2) << "several doublings happened during the range";
  }
}

TEST(Map, IterationStartedDuringGrowth) {
  const MapType* t = intIntMap();
  for (uint64_t trial = 0; trial < 10; trial++) {
    Hmap* h = makemap(t, 0);
    int64_t n = 0;
    while (h->B < 7) put(t, h, n, n), n++;  // just started doubling to 128 buckets
    ASSERT_NE(h->oldbuckets, nullptr);
    checkIterationUnderGrowth(t, h, n, 1, trial % 2 == 1, trial);
  }
}

TEST(Map, IterationDuringGrowthWithDeletes) {
  const MapType* t = intIntMap();
  for (uint64_t trial = 0; trial < 10; trial++) {
    Hmap* h = makemap(t, 0);
    for (int64_t i = 0; i < 300; i++) put(t, h, i, i);
    checkIterationUnderGrowth(t, h, 300, 3, true, trial);
  }
}

TEST(Map, IterationSeesUpdatedValuesAfterGrowth) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 50; i++) put(t, h, i, i);
  MapIter it;
  MapError err;
  mapiterinit(t, h, &it);
  ASSERT_TRUE(mapiternext(&it, &err));
  // Force the table through a full doubling, then update every original.
  for (int64_t i = 100; i < 400; i++) put(t, h, i, i);
  for (int64_t i = 0; i < 50; i++) put(t, h, i, -i);
  int updated = 0;
  while (mapiternext(&it, &err)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    int64_t v = *static_cast<int64_t*>(it.elem);
    if (k < 50) {
      EXPECT_EQ(v, -k);
      updated++;
    }
  }
  EXPECT_GE(updated, 40);
}

TEST(Map, IteratorOverPointerFreeMapPinsOverflowLists) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  for (int64_t i = 0; i < 100; i++) put(t, h, i, i);
  MapIter it;
  mapiterinit(t, h, &it);
  EXPECT_EQ(it.overflow, h->extra->overflow);
  EXPECT_NE(it.overflow, nullptr);
  EXPECT_EQ(h->flags & (kIteratorFlag | kOldIteratorFlag), kIteratorFlag | kOldIteratorFlag);
  EXPECT_EQ(kMapIterWords, 12u);
  EXPECT_EQ(offsetof(MapIter, startBucket), 64u);
  EXPECT_EQ(offsetof(MapIter, bucket), 80u);
}

// ---------------------------------------------------------------------------
// Misuse detection.

TEST(Map, ConcurrentWritesDetected) {
  const MapType* t = intIntMap();
  Hmap* h = makemap(t, 0);
  put(t, h, int64_t{1}, int64_t{1});
  MapIter it;
  mapiterinit(t, h, &it);
  h->flags |= kHashWriting;  // another goroutine is in the middle of a write
  int64_t k = 1;
  MapError e1, e2, e3, e4, e5;
  bool ok;
  EXPECT_EQ(mapassign(t, h, &k, &e1), nullptr);
  EXPECT_EQ(mapErrorMessage(e1), "concurrent map writes");
  EXPECT_TRUE(mapErrorIsFatal(e1.code));
  EXPECT_EQ(mapaccess2(t, h, &k, &ok, &e2), nullptr);
  EXPECT_EQ(mapErrorMessage(e2), "concurrent map read and map write");
  EXPECT_FALSE(mapdelete(t, h, &k, &e3));
  EXPECT_EQ(e3.code, MapErrorCode::ConcurrentWrites);
  EXPECT_FALSE(mapiternext(&it, &e4));
  EXPECT_EQ(mapErrorMessage(e4), "concurrent map iteration and map write");
  EXPECT_FALSE(mapclear(t, h, &e5));
  h->flags &= ~kHashWriting;
  EXPECT_EQ(get<int64_t>(t, h, k), 1);
}

// ---------------------------------------------------------------------------
// Hashing.

TEST(Hash, EqualValuesHashEqual) {
  const Type* unhashable = nullptr;
  double pz = 0.0, nz = -0.0;
  EXPECT_EQ(typehash(float64T(), &pz, 42, &unhashable), typehash(float64T(), &nz, 42, &unhashable));
  String a = goString("hello"), b = goString("hello");
  EXPECT_EQ(typehash(stringT(), &a, 7, &unhashable), typehash(stringT(), &b, 7, &unhashable));
  EXPECT_NE(typehash(stringT(), &a, 7, &unhashable), typehash(stringT(), &a, 8, &unhashable))
      << "the seed matters";
  Eface i1 = box(intT(), int64_t{5}), i2 = box(intT(), int64_t{5});
  EXPECT_EQ(typehash(emptyInterfaceT(), &i1, 1, &unhashable),
            typehash(emptyInterfaceT(), &i2, 1, &unhashable));
  Eface nilIface{nullptr, nullptr};
  EXPECT_EQ(typehash(emptyInterfaceT(), &nilIface, 99, &unhashable), 99u);
  EXPECT_EQ(unhashable, nullptr);
}

TEST(Hash, NaNHashesDifferEachTime) {
  const Type* unhashable = nullptr;
  double nan = std::numeric_limits<double>::quiet_NaN();
  std::set<uint64_t> hashes;
  for (int i = 0; i < 10; i++) hashes.insert(typehash(float64T(), &nan, 1, &unhashable));
  EXPECT_EQ(hashes.size(), 10u);
}

TEST(Hash, RegularMemoryClassification) {
  EXPECT_TRUE(isRegularMemory(intT()));
  EXPECT_TRUE(isRegularMemory(basicType(Kind::Bool)));
  EXPECT_FALSE(isRegularMemory(float64T()));
  EXPECT_FALSE(isRegularMemory(stringT()));
  EXPECT_FALSE(isRegularMemory(emptyInterfaceT()));
  EXPECT_TRUE(isRegularMemory(arrayOf(intT(), 4)));
  EXPECT_FALSE(isRegularMemory(structOf("", {{"a", int8T()}, {"b", int64T()}})));  // padding
  EXPECT_TRUE(isRegularMemory(structOf("", {{"a", int64T()}, {"b", int8T()}, {"c", int8T()}})) ==
              false);  // trailing padding
  EXPECT_TRUE(isRegularMemory(structOf("", {{"a", int64T()}, {"b", int64T()}})));
  EXPECT_FALSE(hashMightFail(stringT()));
  EXPECT_TRUE(hashMightFail(arrayOf(emptyInterfaceT(), 2)));
}

// ---------------------------------------------------------------------------
// fmt's walker.

TEST(Map, MapWalkerFeedsFmt) {
  installMapWalker();
  const Type* mt = mapOf(stringT(), intT());
  const MapType* t = mapTypeFor(mt);
  Hmap* h = makemap(t, 0);
  put(t, h, goString("b"), int64_t{2});
  put(t, h, goString("a"), int64_t{1});
  put(t, h, goString("c"), int64_t{3});
  std::string out;
  stdlib::formatValue(out, mt, &h, stdlib::Directive{});
  EXPECT_EQ(out, "map[a:1 b:2 c:3]");
  stdlib::setMapWalker(nullptr);
}

// ---------------------------------------------------------------------------
// Differential stress tests against std containers.

TEST(MapStress, IntKeysAgainstUnorderedMap) {
  const MapType* t = intIntMap();
  std::mt19937_64 rng(12345);
  for (int round = 0; round < 4; round++) {
    Hmap* h = makemap(t, int64_t(rng() % 64));
    std::unordered_map<int64_t, int64_t> ref;
    int64_t keyRange = round == 0 ? 50 : round == 1 ? 2000 : 20000;
    for (int op = 0; op < 60000; op++) {
      int64_t k = int64_t(rng() % uint64_t(keyRange)) - keyRange / 2;
      switch (rng() % 10) {
        case 0:
        case 1:
        case 2:
        case 3: {
          int64_t v = int64_t(rng());
          put(t, h, k, v);
          ref[k] = v;
          break;
        }
        case 4:
        case 5: {
          del(t, h, k);
          ref.erase(k);
          break;
        }
        default: {
          bool ok;
          int64_t v = get<int64_t>(t, h, k, &ok);
          auto found = ref.find(k);
          ASSERT_EQ(ok, found != ref.end()) << "op " << op;
          if (ok) {
            ASSERT_EQ(v, found->second);
          }
        }
      }
      ASSERT_EQ(maplen(h), int64_t(ref.size()));
      if (op % 5000 == 0) {
        auto e = entries<int64_t, int64_t>(t, h);
        std::unordered_map<int64_t, int64_t> got(e.begin(), e.end());
        ASSERT_EQ(got.size(), e.size()) << "no duplicates";
        ASSERT_EQ(got, ref);
      }
    }
    if (round == 3) {
      MapError err;
      ASSERT_TRUE(mapclear(t, h, &err));
      ref.clear();
      ASSERT_EQ(maplen(h), 0);
    }
  }
}

TEST(MapStress, StringKeysAgainstStdMapWithIteration) {
  const MapType* t = mapTypeFor(mapOf(stringT(), intT()));
  std::mt19937_64 rng(777);
  Hmap* h = makemap(t, 0);
  std::map<std::string, int64_t> ref;
  for (int op = 0; op < 40000; op++) {
    std::string k = "k" + std::to_string(rng() % 3000);
    uint64_t what = rng() % 8;
    if (what < 4) {
      int64_t v = int64_t(rng() % 1000);
      put(t, h, goString(k), v);
      ref[k] = v;
    } else if (what < 6) {
      del(t, h, goString(k));
      ref.erase(k);
    } else {
      bool ok;
      int64_t v = get<int64_t>(t, h, goString(k), &ok);
      ASSERT_EQ(ok, ref.count(k) == 1);
      if (ok) {
        ASSERT_EQ(v, ref[k]);
      }
    }
    if (op % 4000 == 0) {
      std::map<std::string, int64_t> got;
      for (auto& [ks, v] : entries<String, int64_t>(t, h))
        ASSERT_TRUE(got.emplace(asStd(ks), v).second);
      ASSERT_EQ(got, ref);
    }
  }
}

}  // namespace
}  // namespace golem::rt
