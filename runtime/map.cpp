// Go maps (see map.h for the layout, growth and iteration invariants).
//
// The code follows the shape of Go 1.19's runtime/map.go function by
// function (makemap, makeBucketArray, mapaccess1/2/K, mapassign, mapdelete,
// mapclear, hashGrow, growWork, evacuate, advanceEvacuationMark,
// mapiterinit, mapiternext), so the two can be read side by side.
//
// Two points to keep in mind when changing it:
//   * Every store of a word that may be a pointer into map memory (the
//     Hmap, its MapExtra, buckets, the overflow list) goes through the
//     write barrier (mbarrier.h): copyValue and clearValue for keys and
//     values, storePointer and setOverflow for pointer slots, and
//     memclrWithBarrier where pointer-holding memory is cleared. Evacuation
//     copies entries into a new bucket array, black while marking, so the
//     copy must shade what it moves.
//   * Hmap::flags is read and written with relaxed atomic accesses: the
//     kHashWriting check exists to catch goroutines racing on one map, so
//     the race itself must not be undefined behaviour here.
#include "runtime/map.h"

#include <atomic>
#include <cassert>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "runtime/equal.h"
#include "runtime/hash.h"
#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/mheap.h"
#include "runtime/sizeclasses.h"
#include "runtime/slice.h"
#include "stdlib/format.h"

namespace golem::rt {

namespace {

// The checkBucket value meaning "not reading an unevacuated old bucket".
constexpr uintptr_t kNoCheck = ~uintptr_t{0};

// A zero value for mapaccess of a missing key (Go's zeroVal); larger value
// types get their own zero block in their MapType.
constexpr size_t kZeroValSize = 1024;
alignas(16) const uint8_t zeroVal[kZeroValSize] = {};

// The zero block of a larger value type, kept as long as its MapType (for
// ever). C++ memory, not the GC heap: nothing the collector scans points to
// it, so a heap block would be freed by the first collection and reused.
const void* largeZeroValue(uint64_t size) {
  void* zero = std::calloc(1, size);
  if (!zero) throwOutOfMemory();
  return zero;
}

// ---------------------------------------------------------------------------
// Descriptors of the map's own heap objects, so the GC can scan them.

Type makeRecordType(const char* name, uint64_t words, uint8_t pointerMask) {
  Type t;
  t.kind = Kind::Struct;
  t.align = t.fieldAlign = 8;
  t.size = words * 8;
  t.gcmask = {pointerMask};
  uint64_t lastPointerWord = 0;
  for (uint64_t w = 0; w < words; w++)
    if ((pointerMask >> w) & 1) lastPointerWord = w + 1;
  t.ptrdata = lastPointerWord * 8;
  precomputeHeapBits(t);
  t.str = name;
  return t;
}

// Hmap: buckets (word 2), oldbuckets (3), extra (5).
const Type* hmapType() {
  static const Type t = makeRecordType("runtime.hmap", 6, 0b101100);
  return &t;
}
// MapExtra: three pointers.
const Type* mapExtraType() {
  static const Type t = makeRecordType("runtime.mapextra", 3, 0b111);
  return &t;
}
// The header of a []*bmap allocated on its own (Go's new([]*bmap)).
const Type* overflowSliceHeaderType() {
  static const Type t = makeRecordType("[]*runtime.bmap", 3, 0b001);
  return &t;
}
const Type* bucketPointerType() {
  return basicType(Kind::UnsafePointer);
}

// ---------------------------------------------------------------------------
// Small helpers over the bucket layout.

uintptr_t bucketShift(uint8_t b) {
  return uintptr_t{1} << (b & 63);
}
uintptr_t bucketMask(uint8_t b) {
  return bucketShift(b) - 1;
}

uint8_t tophash(uint64_t hash) {
  auto top = static_cast<uint8_t>(hash >> 56);
  if (top < kMinTopHash) top += kMinTopHash;
  return top;
}

bool isEmpty(uint8_t top) {
  return top <= kEmptyOne;
}

char* bucketAt(const MapType* t, void* array, uintptr_t index) {
  return static_cast<char*>(array) + index * t->bucketSize;
}
uint8_t* tophashesOf(char* b) {
  return reinterpret_cast<uint8_t*>(b);
}
char* keySlot(const MapType* t, char* b, uint64_t i) {
  return b + kBucketDataOffset + i * t->keySize;
}
char* elemSlot(const MapType* t, char* b, uint64_t i) {
  return b + kBucketDataOffset + kBucketCnt * t->keySize + i * t->elemSize;
}
char* overflowOf(const MapType* t, char* b) {
  char* next;
  memcpy(&next, b + t->bucketSize - 8, sizeof next);
  return next;
}
void setOverflow(const MapType* t, char* b, void* next) {
  writeWordWithBarrier(b + t->bucketSize - 8, reinterpret_cast<uint64_t>(next));
}

// A slot's address is its value's address, or for an indirect slot the
// address stored in it.
char* derefSlot(char* slot) {
  char* target;
  memcpy(&target, slot, sizeof target);
  return target;
}
void storePointer(void* slot, const void* target) {
  writeWordWithBarrier(slot, reinterpret_cast<uint64_t>(target));
}
char* keyOf(const MapType* t, char* slot) {
  return t->indirectKey ? derefSlot(slot) : slot;
}
char* elemOf(const MapType* t, char* slot) {
  return t->indirectElem ? derefSlot(slot) : slot;
}

bool evacuated(char* b) {
  uint8_t top = tophashesOf(b)[0];
  return top > kEmptyOne && top < kMinTopHash;
}

// Stores a value of type `type` into map memory, with the write barrier
// when the type may hold pointers (Go's typedmemmove).
void copyValue(const Type* type, void* dst, const void* src) { typedMemmove(type, dst, src, type->size); }

// Zeroes a value of type `type` in map memory, so the GC does not keep
// what it referenced alive (with the barrier: the old words are shaded).
void clearValue(const Type* type, void* dst) { typedMemclr(type, dst, type->size); }

// ---------------------------------------------------------------------------
// Flags (relaxed atomics; see the file comment).

uint8_t loadFlags(const Hmap* h) {
  return std::atomic_ref<uint8_t>(const_cast<uint8_t&>(h->flags)).load(std::memory_order_relaxed);
}
void storeFlags(Hmap* h, uint8_t flags) {
  std::atomic_ref<uint8_t>(h->flags).store(flags, std::memory_order_relaxed);
}
bool isWriting(const Hmap* h) {
  return loadFlags(h) & kHashWriting;
}
void setWriting(Hmap* h) {
  storeFlags(h, loadFlags(h) ^ kHashWriting);
}
// Clears kHashWriting at the end of a write; false when someone else
// already cleared it (a concurrent write).
bool finishWriting(Hmap* h) {
  uint8_t flags = loadFlags(h);
  if (!(flags & kHashWriting)) return false;
  storeFlags(h, flags & ~kHashWriting);
  return true;
}

bool fail(MapError* err, MapErrorCode code, const Type* unhashable = nullptr) {
  err->code = code;
  err->unhashableType = unhashable;
  return false;
}

// ---------------------------------------------------------------------------
// Hashing and equality of keys, with the fast paths chosen per map type.

uint64_t hashKey(const MapType* t, const void* key, uint64_t seed, const Type** unhashable) {
  switch (t->keyHash) {
    case MapType::KeyHash::Memory:
      return memhash(key, seed, t->key->size);
    case MapType::KeyHash::String:
      return strhash(key, seed);
    case MapType::KeyHash::Generic:
      break;
  }
  return typehash(t->key, key, seed, unhashable);
}

bool keysEqual(const MapType* t, const void* a, const void* b) {
  switch (t->keyHash) {
    case MapType::KeyHash::Memory:
      if (t->key->size == 8) {  // int, pointer, chan: the common keys
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        return x == y;
      }
      return memcmp(a, b, t->key->size) == 0;
    case MapType::KeyHash::String: {
      String sa, sb;
      memcpy(&sa, a, sizeof sa);
      memcpy(&sb, b, sizeof sb);
      return sa.len == sb.len && (sa.len == 0 || memcmp(sa.data, sb.data, size_t(sa.len)) == 0);
    }
    case MapType::KeyHash::Generic:
      break;
  }
  return valuesEqual(t->key, a, b);
}

// Hashes key for h, or fills *err and returns false when it is unhashable.
bool hashOrFail(const MapType* t, const Hmap* h, const void* key, uint64_t* hash, MapError* err) {
  const Type* unhashable = nullptr;
  *hash = hashKey(t, key, h ? h->hash0 : 0, &unhashable);
  if (unhashable) return fail(err, MapErrorCode::UnhashableKey, unhashable);
  return true;
}

// ---------------------------------------------------------------------------
// Properties of key types (Go's reflectdata: isreflexive, needkeyupdate).

bool isReflexive(const Type* t) {
  switch (t->kind) {
    case Kind::Float32:
    case Kind::Float64:
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::Interface:
      return false;
    case Kind::Array:
      return isReflexive(t->elem);
    case Kind::Struct:
      for (const auto& f : t->fields)
        if (!isReflexive(f.type)) return false;
      return true;
    default:
      return true;
  }
}

// Keys equal but not identical (+0/-0, strings with other backing arrays,
// interfaces holding those) must be overwritten on assign, as Go does.
bool needsKeyUpdate(const Type* t) {
  switch (t->kind) {
    case Kind::Float32:
    case Kind::Float64:
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::Interface:
    case Kind::String:
      return true;
    case Kind::Array:
      return needsKeyUpdate(t->elem);
    case Kind::Struct:
      for (const auto& f : t->fields)
        if (needsKeyUpdate(f.type)) return true;
      return false;
    default:
      return false;
  }
}

void markPointerWord(Type& bucket, uint64_t byteOffset) {
  assert(byteOffset % 8 == 0);
  uint64_t w = byteOffset / 8;
  bucket.gcmask[w / 8] |= uint8_t(1u << (w % 8));
}

// Marks the pointer words of one slot (a pointer when indirect).
void markSlot(Type& bucket, uint64_t slotOffset, const Type* value, bool indirect) {
  if (indirect) {
    markPointerWord(bucket, slotOffset);
    return;
  }
  for (uint64_t w = 0; w * 8 < value->ptrdata; w++)
    if (value->wordIsPointer(w)) markPointerWord(bucket, slotOffset + w * 8);
}

// The descriptor of one bucket: tophash[8], keys[8], elems[8], overflow.
void buildBucketType(MapType& mt) {
  Type& b = mt.bucket;
  b.kind = Kind::Struct;
  b.align = b.fieldAlign = 8;
  b.size = mt.bucketSize;
  b.str = "map.bucket[" + mt.key->str + "]" + mt.elem->str;
  bool keysHavePointers = mt.indirectKey || mt.key->hasPointers();
  bool elemsHavePointers = mt.indirectElem || mt.elem->hasPointers();
  if (!keysHavePointers && !elemsHavePointers) return;  // pointer-free, overflow included
  b.ptrdata = b.size;
  b.gcmask.assign((b.size / 8 + 7) / 8, 0);
  for (uint64_t i = 0; i < kBucketCnt; i++) {
    if (keysHavePointers) markSlot(b, kBucketDataOffset + i * mt.keySize, mt.key, mt.indirectKey);
    if (elemsHavePointers)
      markSlot(b, kBucketDataOffset + kBucketCnt * mt.keySize + i * mt.elemSize, mt.elem,
               mt.indirectElem);
  }
  markPointerWord(b, b.size - 8);
  precomputeHeapBits(b);
}

std::unique_ptr<MapType> buildMapType(const Type* mapDescriptor) {
  assert(mapDescriptor->kind == Kind::Map && mapDescriptor->key->comparable);
  auto mt = std::make_unique<MapType>();
  mt->type = mapDescriptor;
  mt->key = mapDescriptor->key;
  mt->elem = mapDescriptor->elem;
  mt->indirectKey = mt->key->size > kMaxKeySize;
  mt->indirectElem = mt->elem->size > kMaxElemSize;
  mt->keySize = static_cast<uint8_t>(mt->indirectKey ? 8 : mt->key->size);
  mt->elemSize = static_cast<uint8_t>(mt->indirectElem ? 8 : mt->elem->size);
  mt->bucketSize =
      static_cast<uint16_t>(kBucketDataOffset + kBucketCnt * (mt->keySize + mt->elemSize) + 8);
  mt->reflexiveKey = isReflexive(mt->key);
  mt->needKeyUpdate = needsKeyUpdate(mt->key);
  mt->hashMightFail = hashMightFail(mt->key);
  if (mt->key->kind == Kind::String)
    mt->keyHash = MapType::KeyHash::String;
  else if (isRegularMemory(mt->key))
    mt->keyHash = MapType::KeyHash::Memory;
  else
    mt->keyHash = MapType::KeyHash::Generic;
  mt->zeroElem = mt->elem->size <= kZeroValSize ? zeroVal : largeZeroValue(mt->elem->size);
  buildBucketType(*mt);
  return mt;
}

// ---------------------------------------------------------------------------
// Table sizing and allocation.

bool overLoadFactor(int64_t count, uint8_t b) {
  return count > int64_t(kBucketCnt) &&
         uint64_t(count) > kLoadFactorNum * (bucketShift(b) / kLoadFactorDen);
}

bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t b) {
  if (b > 15) b = 15;
  return noverflow >= uint16_t(1u << b);
}

bool growing(const Hmap* h) {
  return h->oldbuckets != nullptr;
}
bool sameSizeGrow(const Hmap* h) {
  return loadFlags(h) & kSameSizeGrow;
}
uintptr_t noldbuckets(const Hmap* h) {
  uint8_t oldB = h->B;
  if (!sameSizeGrow(h)) oldB--;
  return bucketShift(oldB);
}
uintptr_t oldbucketmask(const Hmap* h) {
  return noldbuckets(h) - 1;
}

MapExtra* extraOf(Hmap* h) {
  if (!h->extra) storePointer(&h->extra, mallocgc(sizeof(MapExtra), mapExtraType(), true));
  return h->extra;
}

// Allocates (or, given dirty, clears) a bucket array of 2^b buckets plus,
// for b >= 4, about 2^(b-4) preallocated overflow buckets; *nextOverflow is
// the first of those (nullptr if none). The last preallocated bucket's
// overflow pointer is set to the array itself: a non-nil sentinel meaning
// "no more preallocated buckets after this one".
void* makeBucketArray(const MapType* t, uint8_t b, void* dirty, char** nextOverflow) {
  uintptr_t base = bucketShift(b);
  uintptr_t nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    uint64_t size = uint64_t(t->bucketSize) * nbuckets;
    uint64_t rounded = roundupsize(size);
    if (rounded != size) nbuckets = rounded / t->bucketSize;
  }
  size_t bytes = size_t(t->bucketSize) * nbuckets;
  void* buckets = dirty;
  if (!buckets)
    buckets = mallocgc(bytes, &t->bucket, true);
  else if (t->bucket.ptrdata != 0)
    memclrWithBarrier(buckets, bytes);
  else
    memset(buckets, 0, bytes);
  *nextOverflow = nullptr;
  if (base != nbuckets) {
    *nextOverflow = bucketAt(t, buckets, base);
    setOverflow(t, bucketAt(t, buckets, nbuckets - 1), buckets);
  }
  return buckets;
}

void incrnoverflow(Hmap* h) {
  // Exact below B = 16; above, incremented with probability 1/2^(B-15), so
  // that reaching 2^15 means about as many overflow buckets as buckets.
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t{1} << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0) h->noverflow++;
}

void createOverflow(Hmap* h) {
  MapExtra* extra = extraOf(h);
  if (!extra->overflow)
    storePointer(&extra->overflow, mallocgc(sizeof(Slice), overflowSliceHeaderType(), true));
}

void appendOverflow(Slice* list, char* bucket) {
  if (list->len == list->cap) {
    Slice grown;
    SliceError e = growslice(bucketPointerType(), *list, list->len + 1, grown);
    assert(e == SliceError::None);
    (void)e;
    memmoveWithBarrier(list, &grown, sizeof grown);
  }
  storePointer(static_cast<char*>(list->data) + list->len * 8, bucket);
  list->len++;
}

// Chains a new overflow bucket after b: a preallocated one if any is left.
char* newoverflow(const MapType* t, Hmap* h, char* b) {
  char* ovf;
  if (h->extra && h->extra->nextOverflow) {
    ovf = static_cast<char*>(h->extra->nextOverflow);
    if (!overflowOf(t, ovf)) {
      storePointer(&h->extra->nextOverflow, ovf + t->bucketSize);
    } else {
      setOverflow(t, ovf, nullptr);  // the last one: drop the sentinel
      storePointer(&h->extra->nextOverflow, nullptr);
    }
  } else {
    ovf = static_cast<char*>(mallocgc(t->bucketSize, &t->bucket, true));
  }
  incrnoverflow(h);
  if (t->bucket.ptrdata == 0) {
    // The GC does not look inside pointer-free buckets: keep ovf reachable.
    createOverflow(h);
    appendOverflow(h->extra->overflow, ovf);
  }
  setOverflow(t, b, ovf);
  return ovf;
}

// ---------------------------------------------------------------------------
// Growth and evacuation.

void hashGrow(const MapType* t, Hmap* h) {
  uint8_t bigger = 1;
  uint8_t flags = loadFlags(h);
  if (!overLoadFactor(h->count + 1, h->B)) {
    bigger = 0;
    flags |= kSameSizeGrow;
  }
  void* oldbuckets = h->buckets;
  char* nextOverflow;
  void* newbuckets = makeBucketArray(t, uint8_t(h->B + bigger), nullptr, &nextOverflow);

  // Iterators over the current array now iterate over the old one.
  uint8_t newFlags = flags & ~(kIteratorFlag | kOldIteratorFlag);
  if (flags & kIteratorFlag) newFlags |= kOldIteratorFlag;
  h->B += bigger;
  storeFlags(h, newFlags);
  storePointer(&h->oldbuckets, oldbuckets);
  storePointer(&h->buckets, newbuckets);
  h->nevacuate = 0;
  h->noverflow = 0;

  if (h->extra && h->extra->overflow) {
    assert(!h->extra->oldoverflow && "oldoverflow is not nil");
    storePointer(&h->extra->oldoverflow, h->extra->overflow);
    storePointer(&h->extra->overflow, nullptr);
  }
  if (nextOverflow) storePointer(&extraOf(h)->nextOverflow, nextOverflow);
}

void advanceEvacuationMark(const MapType* t, Hmap* h, uintptr_t newbit) {
  h->nevacuate++;
  // Skip buckets already evacuated by writes, looking at most 1024 ahead
  // to keep each step O(1).
  uintptr_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && evacuated(bucketAt(t, h->oldbuckets, h->nevacuate)))
    h->nevacuate++;
  if (h->nevacuate == newbit) {  // growth done
    storePointer(&h->oldbuckets, nullptr);
    if (h->extra) storePointer(&h->extra->oldoverflow, nullptr);
    storeFlags(h, loadFlags(h) & ~kSameSizeGrow);
  }
}

struct EvacuationTarget {
  char* b;     // current destination bucket
  uint64_t i;  // next slot in b
  char* k;     // its key slot
  char* e;     // its value slot
};

EvacuationTarget evacuationTarget(const MapType* t, char* b) {
  char* k = b + kBucketDataOffset;
  return EvacuationTarget{b, 0, k, k + kBucketCnt * t->keySize};
}

// Moves every entry of old bucket `oldbucket` (and its chain) to the new
// array: to the same index (X) or, when doubling, to index + 2^(B-1) (Y) if
// hash bit B-1 is set. Old slots are marked evacuatedX/Y/Empty.
void evacuate(const MapType* t, Hmap* h, uintptr_t oldbucket) {
  char* b = bucketAt(t, h->oldbuckets, oldbucket);
  uintptr_t newbit = noldbuckets(h);
  bool sameSize = sameSizeGrow(h);
  if (!evacuated(b)) {
    EvacuationTarget xy[2];
    xy[0] = evacuationTarget(t, bucketAt(t, h->buckets, oldbucket));
    if (!sameSize) xy[1] = evacuationTarget(t, bucketAt(t, h->buckets, oldbucket + newbit));

    for (; b; b = overflowOf(t, b)) {
      uint8_t* tops = tophashesOf(b);
      for (uint64_t i = 0; i < kBucketCnt; i++) {
        uint8_t top = tops[i];
        if (isEmpty(top)) {
          tops[i] = kEvacuatedEmpty;
          continue;
        }
        assert(top >= kMinTopHash && "bad map state");
        char* kslot = keySlot(t, b, i);
        char* eslot = elemSlot(t, b, i);
        char* k = keyOf(t, kslot);
        uint8_t useY = 0;
        if (!sameSize) {
          const Type* unhashable = nullptr;
          uint64_t hash = hashKey(t, k, h->hash0, &unhashable);
          assert(!unhashable);
          if ((loadFlags(h) & kIteratorFlag) && !t->reflexiveKey && !keysEqual(t, k, k)) {
            // k != k (NaN): its hash is random, yet an iterator must agree
            // with this choice, so the low tophash bit decides; a new
            // random tophash spreads such keys over later growths.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        static_assert(kEvacuatedX + 1 == kEvacuatedY);
        tops[i] = uint8_t(kEvacuatedX + useY);
        EvacuationTarget& dst = xy[useY];
        if (dst.i == kBucketCnt) {
          dst = evacuationTarget(t, newoverflow(t, h, dst.b));
        }
        tophashesOf(dst.b)[dst.i] = top;
        if (t->indirectKey)
          storePointer(dst.k, k);
        else
          copyValue(t->key, dst.k, k);
        if (t->indirectElem)
          storePointer(dst.e, derefSlot(eslot));
        else
          copyValue(t->elem, dst.e, eslot);
        dst.i++;
        dst.k += t->keySize;
        dst.e += t->elemSize;
      }
    }
    // Without iterators on the old array, drop its references (keeping
    // tophash, which records the evacuation state).
    if (!(loadFlags(h) & kOldIteratorFlag) && t->bucket.ptrdata != 0) {
      char* first = bucketAt(t, h->oldbuckets, oldbucket);
      memclrWithBarrier(first + kBucketDataOffset, t->bucketSize - kBucketDataOffset);
    }
  }
  if (oldbucket == h->nevacuate) advanceEvacuationMark(t, h, newbit);
}

// Evacuates the old bucket behind `bucket`, plus one more for progress.
void growWork(const MapType* t, Hmap* h, uintptr_t bucket) {
  evacuate(t, h, bucket & oldbucketmask(h));
  if (growing(h)) evacuate(t, h, h->nevacuate);
}

// ---------------------------------------------------------------------------
// Lookup.

struct Entry {
  char* key;  // nullptr: not found
  char* elem;
};

// Finds key (whose hash is `hash`) in the live table; reads the old bucket
// when it is not evacuated yet.
Entry findEntry(const MapType* t, Hmap* h, const void* key, uint64_t hash) {
  uintptr_t mask = bucketMask(h->B);
  char* b = bucketAt(t, h->buckets, hash & mask);
  if (void* old = h->oldbuckets) {
    if (!sameSizeGrow(h)) mask >>= 1;  // the old array had half as many buckets
    char* oldb = bucketAt(t, old, hash & mask);
    if (!evacuated(oldb)) b = oldb;
  }
  uint8_t top = tophash(hash);
  for (; b; b = overflowOf(t, b)) {
    uint8_t* tops = tophashesOf(b);
    for (uint64_t i = 0; i < kBucketCnt; i++) {
      if (tops[i] != top) {
        if (tops[i] == kEmptyRest) return Entry{nullptr, nullptr};
        continue;
      }
      char* k = keyOf(t, keySlot(t, b, i));
      if (keysEqual(t, key, k)) return Entry{k, elemOf(t, elemSlot(t, b, i))};
    }
  }
  return Entry{nullptr, nullptr};
}

// The shared part of mapaccess1/2: nullptr elem means absent, and *failed
// reports an error.
Entry mapaccess(const MapType* t, Hmap* h, const void* key, MapError* err, bool* failed) {
  *failed = false;
  uint64_t hash;
  if (!h || h->count == 0) {
    // Hash anyway when that can fail, so m[k] panics on any map alike.
    if (t->hashMightFail && !hashOrFail(t, h, key, &hash, err)) *failed = true;
    return Entry{nullptr, nullptr};
  }
  if (isWriting(h)) {
    *failed = true;
    fail(err, MapErrorCode::ConcurrentReadAndWrite);
    return Entry{nullptr, nullptr};
  }
  if (!hashOrFail(t, h, key, &hash, err)) {
    *failed = true;
    return Entry{nullptr, nullptr};
  }
  return findEntry(t, h, key, hash);
}

void walkMap(const Type* mapType, const void* map, const stdlib::MapEntryVisitor& visit) {
  const MapType* t = mapTypeFor(mapType);
  MapIter it;
  mapiterinit(t, static_cast<Hmap*>(const_cast<void*>(map)), &it);
  MapError err;
  while (mapiternext(&it, &err)) visit(it.key, it.elem);
}

}  // namespace

// ---------------------------------------------------------------------------
// Public API.

const MapType* mapTypeFor(const Type* mapDescriptor) {
  static std::mutex mutex;
  static std::unordered_map<const Type*, std::unique_ptr<MapType>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[mapDescriptor];
  if (!slot) slot = buildMapType(mapDescriptor);
  return slot.get();
}

std::string mapErrorMessage(const MapError& err) {
  switch (err.code) {
    case MapErrorCode::None:
      return "";
    case MapErrorCode::AssignToNilMap:
      return "assignment to entry in nil map";
    case MapErrorCode::UnhashableKey:
      return "hash of unhashable type " + (err.unhashableType ? err.unhashableType->str : "?");
    case MapErrorCode::ConcurrentWrites:
      return "concurrent map writes";
    case MapErrorCode::ConcurrentReadAndWrite:
      return "concurrent map read and map write";
    case MapErrorCode::ConcurrentIterationAndWrite:
      return "concurrent map iteration and map write";
  }
  return "";
}

bool mapErrorIsFatal(MapErrorCode code) {
  return code == MapErrorCode::ConcurrentWrites || code == MapErrorCode::ConcurrentReadAndWrite ||
         code == MapErrorCode::ConcurrentIterationAndWrite;
}

Hmap* makemap(const MapType* t, int64_t hint) {
  if (hint < 0 || uint64_t(hint) > kMaxAlloc / t->bucketSize) hint = 0;
  auto* h = static_cast<Hmap*>(mallocgc(sizeof(Hmap), hmapType(), true));
  h->hash0 = fastrand();
  uint8_t b = 0;
  while (overLoadFactor(hint, b)) b++;
  h->B = b;
  if (b != 0) {  // for B == 0 the bucket is allocated by the first assign
    char* nextOverflow;
    storePointer(&h->buckets, makeBucketArray(t, b, nullptr, &nextOverflow));
    if (nextOverflow) storePointer(&extraOf(h)->nextOverflow, nextOverflow);
  }
  return h;
}

const void* mapaccess1(const MapType* t, Hmap* h, const void* key, MapError* err) {
  bool failed;
  Entry e = mapaccess(t, h, key, err, &failed);
  if (failed) return nullptr;
  return e.elem ? e.elem : t->zeroElem;
}

const void* mapaccess2(const MapType* t, Hmap* h, const void* key, bool* ok, MapError* err) {
  bool failed;
  Entry e = mapaccess(t, h, key, err, &failed);
  if (failed) return nullptr;
  *ok = e.elem != nullptr;
  return e.elem ? e.elem : t->zeroElem;
}

void* mapassign(const MapType* t, Hmap* h, const void* key, MapError* err) {
  if (!h) {
    fail(err, MapErrorCode::AssignToNilMap);
    return nullptr;
  }
  if (isWriting(h)) {
    fail(err, MapErrorCode::ConcurrentWrites);
    return nullptr;
  }
  uint64_t hash;
  if (!hashOrFail(t, h, key, &hash, err)) return nullptr;  // before any change
  setWriting(h);
  if (!h->buckets) storePointer(&h->buckets, mallocgc(t->bucketSize, &t->bucket, true));

  char* elem = nullptr;
  for (;;) {  // restarted once if the table starts growing
    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h)) growWork(t, h, bucket);
    char* b = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);

    uint8_t* insertTop = nullptr;
    char* insertKey = nullptr;
    char* insertElem = nullptr;
    bool found = false;
    for (;;) {
      uint8_t* tops = tophashesOf(b);
      bool chainEnds = false;
      for (uint64_t i = 0; i < kBucketCnt; i++) {
        if (tops[i] != top) {
          if (isEmpty(tops[i]) && !insertTop) {
            insertTop = &tops[i];
            insertKey = keySlot(t, b, i);
            insertElem = elemSlot(t, b, i);
          }
          if (tops[i] == kEmptyRest) {
            chainEnds = true;
            break;
          }
          continue;
        }
        char* k = keyOf(t, keySlot(t, b, i));
        if (!keysEqual(t, key, k)) continue;
        if (t->needKeyUpdate) copyValue(t->key, k, key);
        elem = elemSlot(t, b, i);
        found = true;
        break;
      }
      if (found || chainEnds) break;
      char* next = overflowOf(t, b);
      if (!next) break;
      b = next;
    }
    if (found) break;

    if (!growing(h) &&
        (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
      hashGrow(t, h);
      continue;  // growing invalidates everything: search again
    }
    if (!insertTop) {  // the whole chain is full
      char* ovf = newoverflow(t, h, b);
      insertTop = &tophashesOf(ovf)[0];
      insertKey = keySlot(t, ovf, 0);
      insertElem = elemSlot(t, ovf, 0);
    }
    if (t->indirectKey) {
      void* kmem = mallocgc(t->key->size, t->key, true);
      storePointer(insertKey, kmem);
      insertKey = static_cast<char*>(kmem);
    }
    if (t->indirectElem) storePointer(insertElem, mallocgc(t->elem->size, t->elem, true));
    copyValue(t->key, insertKey, key);
    *insertTop = top;
    h->count++;
    elem = insertElem;
    break;
  }

  if (!finishWriting(h)) {
    fail(err, MapErrorCode::ConcurrentWrites);
    return nullptr;
  }
  return elemOf(t, elem);
}

bool mapdelete(const MapType* t, Hmap* h, const void* key, MapError* err) {
  uint64_t hash;
  if (!h || h->count == 0) {
    if (t->hashMightFail && !hashOrFail(t, h, key, &hash, err)) return false;
    return true;
  }
  if (isWriting(h)) return fail(err, MapErrorCode::ConcurrentWrites);
  if (!hashOrFail(t, h, key, &hash, err)) return false;
  setWriting(h);

  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  char* first = bucketAt(t, h->buckets, bucket);
  uint8_t top = tophash(hash);
  bool done = false;
  for (char* b = first; b && !done; b = overflowOf(t, b)) {
    uint8_t* tops = tophashesOf(b);
    for (uint64_t i = 0; i < kBucketCnt; i++) {
      if (tops[i] != top) {
        if (tops[i] == kEmptyRest) {
          done = true;
          break;
        }
        continue;
      }
      char* kslot = keySlot(t, b, i);
      if (!keysEqual(t, key, keyOf(t, kslot))) continue;
      // Clear references the GC would otherwise keep alive.
      if (t->indirectKey)
        storePointer(kslot, nullptr);
      else if (t->key->hasPointers())
        clearValue(t->key, kslot);
      char* eslot = elemSlot(t, b, i);
      if (t->indirectElem)
        storePointer(eslot, nullptr);
      else
        clearValue(t->elem, eslot);
      tops[i] = kEmptyOne;
      // If the chain now ends in empty slots from here on, turn this run of
      // kEmptyOne into kEmptyRest, walking backwards (across buckets).
      bool lastInChain;
      if (i == kBucketCnt - 1) {
        char* next = overflowOf(t, b);
        lastInChain = !next || tophashesOf(next)[0] == kEmptyRest;
      } else {
        lastInChain = tops[i + 1] == kEmptyRest;
      }
      if (lastInChain) {
        char* cur = b;
        uint64_t j = i;
        for (;;) {
          tophashesOf(cur)[j] = kEmptyRest;
          if (j == 0) {
            if (cur == first) break;
            char* prev = first;
            while (overflowOf(t, prev) != cur) prev = overflowOf(t, prev);
            cur = prev;
            j = kBucketCnt - 1;
          } else {
            j--;
          }
          if (tophashesOf(cur)[j] != kEmptyOne) break;
        }
      }
      h->count--;
      // A new seed makes repeated collision attacks harder (Go issue 25237).
      if (h->count == 0) h->hash0 = fastrand();
      done = true;
      break;
    }
  }
  if (!finishWriting(h)) return fail(err, MapErrorCode::ConcurrentWrites);
  return true;
}

bool mapclear(const MapType* t, Hmap* h, MapError* err) {
  if (!h || h->count == 0) return true;
  if (isWriting(h)) return fail(err, MapErrorCode::ConcurrentWrites);
  setWriting(h);
  storeFlags(h, loadFlags(h) & ~kSameSizeGrow);
  storePointer(&h->oldbuckets, nullptr);
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = fastrand();
  if (h->extra) memclrWithBarrier(h->extra, sizeof(MapExtra));
  char* nextOverflow;
  makeBucketArray(t, h->B, h->buckets, &nextOverflow);
  if (nextOverflow) storePointer(&h->extra->nextOverflow, nextOverflow);
  if (!finishWriting(h)) return fail(err, MapErrorCode::ConcurrentWrites);
  return true;
}

void mapiterinit(const MapType* t, Hmap* h, MapIter* it) {
  *it = MapIter{};
  it->t = t;
  it->checkBucket = kNoCheck;
  if (!h || h->count == 0) return;
  it->h = h;
  it->B = h->B;
  it->buckets = h->buckets;
  if (t->bucket.ptrdata == 0) {
    // Keep the overflow buckets of both arrays alive while iterating.
    createOverflow(h);
    it->overflow = h->extra->overflow;
    it->oldoverflow = h->extra->oldoverflow;
  }
  uint64_t r = h->B > 31 - kBucketCntBits ? fastrand64() : fastrand();
  it->startBucket = r & bucketMask(h->B);
  it->offset = uint8_t((r >> h->B) & (kBucketCnt - 1));
  it->bucket = it->startBucket;
  uint8_t both = kIteratorFlag | kOldIteratorFlag;
  if ((loadFlags(h) & both) != both)
    std::atomic_ref<uint8_t>(h->flags).fetch_or(both, std::memory_order_relaxed);
}

bool mapiternext(MapIter* it, MapError* err) {
  Hmap* h = it->h;
  it->key = it->elem = nullptr;
  if (!h) return false;
  if (isWriting(h)) return fail(err, MapErrorCode::ConcurrentIterationAndWrite);
  const MapType* t = it->t;
  uintptr_t bucket = it->bucket;
  auto* b = static_cast<char*>(it->bptr);
  uint64_t i = it->i;
  uintptr_t checkBucket = it->checkBucket;

  for (;;) {
    if (!b) {
      if (bucket == it->startBucket && it->wrapped) return false;  // done
      if (growing(h) && it->B == h->B) {
        // Started during a growth that is not finished: an old bucket not
        // yet evacuated holds this new bucket's entries (among others).
        b = bucketAt(t, h->oldbuckets, bucket & oldbucketmask(h));
        if (!evacuated(b)) {
          checkBucket = bucket;
        } else {
          b = bucketAt(t, it->buckets, bucket);
          checkBucket = kNoCheck;
        }
      } else {
        b = bucketAt(t, it->buckets, bucket);
        checkBucket = kNoCheck;
      }
      bucket++;
      if (bucket == bucketShift(it->B)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    for (; i < kBucketCnt; i++) {
      uint64_t slot = (i + it->offset) & (kBucketCnt - 1);
      uint8_t top = tophashesOf(b)[slot];
      if (isEmpty(top) || top == kEvacuatedEmpty) continue;
      char* k = keyOf(t, keySlot(t, b, slot));
      char* eslot = elemSlot(t, b, slot);
      bool keyIsSelfEqual = t->reflexiveKey || keysEqual(t, k, k);
      if (checkBucket != kNoCheck && !sameSizeGrow(h)) {
        // Reading an unevacuated old bucket of a doubling table: return
        // only the entries that will move to the new bucket visited now.
        if (keyIsSelfEqual) {
          const Type* unhashable = nullptr;
          uint64_t hash = hashKey(t, k, h->hash0, &unhashable);
          assert(!unhashable);
          if ((hash & bucketMask(it->B)) != checkBucket) continue;
        } else if ((checkBucket >> (it->B - 1)) != uintptr_t(top & 1)) {
          continue;  // NaN-like keys go where the low tophash bit sends them
        }
      }
      if ((top != kEvacuatedX && top != kEvacuatedY) || !keyIsSelfEqual) {
        // The entry lives here (or, k != k, can never change or be deleted).
        it->key = k;
        it->elem = elemOf(t, eslot);
      } else {
        // Moved by a growth since the iteration started: the live table has
        // the truth (the entry may have been updated or deleted).
        const Type* unhashable = nullptr;
        uint64_t hash = hashKey(t, k, h->hash0, &unhashable);
        assert(!unhashable);
        Entry live = findEntry(t, h, k, hash);
        if (!live.key) continue;  // deleted
        it->key = live.key;
        it->elem = live.elem;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = uint8_t(i + 1);
      it->checkBucket = checkBucket;
      return true;
    }
    b = overflowOf(t, b);
    i = 0;
  }
}

void installMapWalker() {
  stdlib::setMapWalker(&walkMap);
}

}  // namespace golem::rt
