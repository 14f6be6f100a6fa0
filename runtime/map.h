// Go maps: the hash table behind map[K]V, built as Go 1.19's runtime/map.go.
//
// Layout. A map value is one pointer word: nil, or an Hmap. The table is an
// array of 2^B buckets; a key goes to bucket hash & (2^B - 1). Each bucket
// (a "bmap") holds 8 slots, laid out so that no padding is needed between
// keys and values:
//
//   offset 0                 tophash[8]   one byte per slot (see below)
//   offset 8                 keys[8]      key slots, keySize bytes each
//   offset 8 + 8*keySize     elems[8]     value slots, elemSize bytes each
//   offset bucketSize - 8    overflow     *bmap: the next bucket of the chain
//
// A key or value larger than 128 bytes is stored indirectly: its slot holds a
// pointer to a separately allocated copy (keySize/elemSize are then 8).
// tophash[i] is the top byte of the slot's hash, raised to at least
// kMinTopHash so that small values can mark slot states: kEmptyRest (this
// slot and every later one in the chain are empty; lookups stop there),
// kEmptyOne (empty), kEvacuatedX/Y (moved to the first/second half of the
// grown table), kEvacuatedEmpty (empty, bucket evacuated). Comparing tophash
// first rejects almost every non-matching slot without touching the key.
//
// Buckets are allocated with a per-map-type descriptor (MapType::bucket), as
// Go's compiler builds a bmap type: its pointer bitmap marks the pointer
// words of every key and value slot and the overflow pointer; when neither
// keys nor values hold pointers the whole bucket is pointer-free (ptrdata 0)
// and the overflow buckets are kept alive from Hmap::extra->overflow instead.
//
// Growth. When an insert would make the average load exceed 6.5 entries per
// bucket, the table doubles; when overflow buckets are about as many as main
// buckets (noverflow >= 2^min(B,15), counted exactly below B = 16 and
// approximately above), it is rebuilt at the same size to squeeze out the
// holes deletions left. Either way the old array stays in `oldbuckets` and
// is moved ("evacuated") incrementally: each assign or delete evacuates the
// old bucket it is about to use plus the one at `nevacuate`, so no single
// operation pays for the whole table. A doubled table splits old bucket i
// into new buckets i (X) and i + 2^(B-1) (Y) by hash bit B-1.
// makeBucketArray preallocates 2^(B-4) overflow buckets after the main ones
// for B >= 4; the last of them points back at the array as a sentinel.
//
// Iteration walks buckets from a random start bucket, and within each bucket
// from a random slot offset, so the order differs between runs (Go's
// guarantee that programs cannot rely on it). It works on the bucket array it
// started with: if the table grows meanwhile, entries found in evacuated
// slots are looked up again in the live table, so deleted entries are never
// returned and updated values are seen; if the iterator started during a
// doubling, it reads an old bucket not yet evacuated, returning only the
// entries bound for the new bucket it is visiting. Each surviving entry is
// returned exactly once; entries added during iteration may or may not be.
//
// Hashing (runtime/hash.h) is seeded per map with a random hash0, renewed
// when the map becomes empty; equality is valuesEqual (runtime/equal.h).
//
// Errors are returned, never raised. A function that fails returns nullptr
// (or false) and fills *err; on success *err is left untouched. The VM turns
// codes into Go's behaviour (see mapErrorMessage):
//   AssignToNilMap    panic "assignment to entry in nil map" (a runtime.Error
//                     without the "runtime error: " prefix)
//   UnhashableKey     panic "runtime error: hash of unhashable type T"
//   Concurrent*       "fatal error: concurrent map writes" (and the read and
//                     iteration variants): not recoverable, exit status 2.
// Concurrent misuse is detected as Go detects it: writers set the
// kHashWriting flag for the duration of the write and check it is clear on
// entry; readers check it is clear. It is best effort, as in Go.
//
// Locking: none. A map is not safe for concurrent writes, as in Go; MapType
// creation (mapTypeFor) is locked and MapTypes are never freed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/type.h"

namespace golem::rt {

inline constexpr uint64_t kBucketCntBits = 3;
inline constexpr uint64_t kBucketCnt = 1 << kBucketCntBits;  // slots per bucket
inline constexpr uint64_t kMaxKeySize = 128;                 // larger keys are stored indirectly
inline constexpr uint64_t kMaxElemSize = 128;                // larger values are stored indirectly
inline constexpr uint64_t kLoadFactorNum = 13;               // grow when count > 6.5 * 2^B
inline constexpr uint64_t kLoadFactorDen = 2;
inline constexpr uint64_t kBucketDataOffset = 8;  // keys start after tophash[8]

// tophash values below kMinTopHash mark slot states.
inline constexpr uint8_t kEmptyRest = 0;
inline constexpr uint8_t kEmptyOne = 1;
inline constexpr uint8_t kEvacuatedX = 2;
inline constexpr uint8_t kEvacuatedY = 3;
inline constexpr uint8_t kEvacuatedEmpty = 4;
inline constexpr uint8_t kMinTopHash = 5;

// Hmap::flags.
inline constexpr uint8_t kIteratorFlag = 1;     // there may be an iterator using buckets
inline constexpr uint8_t kOldIteratorFlag = 2;  // there may be an iterator using oldbuckets
inline constexpr uint8_t kHashWriting = 4;      // a goroutine is writing to the map
inline constexpr uint8_t kSameSizeGrow = 8;     // the current growth keeps the size

// Everything the map code needs to know about one Go map type, derived once
// from its descriptor.
struct MapType {
  enum class KeyHash : uint8_t { Memory, String, Generic };

  const Type* type = nullptr;  // map[K]V
  const Type* key = nullptr;
  const Type* elem = nullptr;
  Type bucket;           // descriptor of one bucket, for mallocgc
  uint8_t keySize = 0;   // bytes per key slot (8 when indirect)
  uint8_t elemSize = 0;  // bytes per value slot (8 when indirect)
  uint16_t bucketSize = 0;
  bool indirectKey = false;
  bool indirectElem = false;
  bool reflexiveKey = false;   // k == k for every key (no floats or interfaces)
  bool needKeyUpdate = false;  // overwrite the stored key on assign (+0 vs -0, strings)
  bool hashMightFail = false;  // keys hold interfaces
  KeyHash keyHash = KeyHash::Generic;
  const void* zeroElem = nullptr;  // a zero value of elem, for missing keys
};

// The per-type description, made on first use and cached (thread-safe).
// mapDescriptor must be a Kind::Map descriptor with a comparable key.
const MapType* mapTypeFor(const Type* mapDescriptor);

struct MapExtra {
  Slice* overflow;     // *[]*bmap: overflow buckets of buckets, when buckets are pointer-free
  Slice* oldoverflow;  // the same for oldbuckets
  void* nextOverflow;  // next free preallocated overflow bucket
};

// Go's hmap, field for field.
struct Hmap {
  int64_t count;  // live entries: len(m)
  uint8_t flags;
  uint8_t B;            // log2 of the number of buckets
  uint16_t noverflow;   // (approximate) number of overflow buckets
  uint32_t hash0;       // hash seed
  void* buckets;        // 2^B buckets; nil when count == 0 and never written
  void* oldbuckets;     // the previous array while growing, else nil
  uintptr_t nevacuate;  // old buckets below this are all evacuated
  MapExtra* extra;
};
static_assert(sizeof(Hmap) == 48);

// Failures the VM turns into panics or fatal errors.
enum class MapErrorCode : uint8_t {
  None,
  AssignToNilMap,               // panic: assignment to entry in nil map
  UnhashableKey,                // panic: runtime error: hash of unhashable type T
  ConcurrentWrites,             // fatal error: concurrent map writes
  ConcurrentReadAndWrite,       // fatal error: concurrent map read and map write
  ConcurrentIterationAndWrite,  // fatal error: concurrent map iteration and map write
};
struct MapError {
  MapErrorCode code = MapErrorCode::None;
  const Type* unhashableType = nullptr;  // for UnhashableKey
};

// The message of err, without any prefix: "assignment to entry in nil map",
// "hash of unhashable type []int" (the VM adds "runtime error: "),
// "concurrent map writes" (the VM adds "fatal error: ").
std::string mapErrorMessage(const MapError& err);
// True for the Concurrent* codes: Go's fatal errors, not panics.
bool mapErrorIsFatal(MapErrorCode code);

// make(map[K]V, hint): an empty map sized for hint entries (a negative or
// absurd hint counts as 0). Never fails.
Hmap* makemap(const MapType* t, int64_t hint);

// m[key]: the address of the value, or of a zero value when key is absent or
// h is nil. Read only; valid until the next write to the map.
const void* mapaccess1(const MapType* t, Hmap* h, const void* key, MapError* err);
// v, ok := m[key]: as mapaccess1, with *ok telling whether key was present.
const void* mapaccess2(const MapType* t, Hmap* h, const void* key, bool* ok, MapError* err);
// m[key] = ...: the address where the caller stores the value (the old value
// when key was present, else a zeroed slot for the new entry).
void* mapassign(const MapType* t, Hmap* h, const void* key, MapError* err);
// delete(m, key). Returns false on error.
bool mapdelete(const MapType* t, Hmap* h, const void* key, MapError* err);
// Removes every entry, keeping the bucket array. Returns false on error.
bool mapclear(const MapType* t, Hmap* h, MapError* err);
inline int64_t maplen(const Hmap* h) {
  return h ? h->count : 0;
}

// A range loop's state (Go's hiter): 12 words, kept by the VM in frame
// words. Usage:
//   MapIter it; mapiterinit(t, h, &it);
//   while (mapiternext(&it, &err)) { use it.key, it.elem }
// Words 0, 1, 3, 4, 5, 6, 7 (key, elem, h, buckets, bptr, overflow,
// oldoverflow) hold GC pointers (key/elem point inside buckets); word 2 points
// at the MapType, outside the GC heap; the rest are integers.
struct MapIter {
  void* key;   // current entry's key (nullptr: no entry)
  void* elem;  // current entry's value
  const MapType* t;
  Hmap* h;
  void* buckets;    // the bucket array at mapiterinit
  void* bptr;       // current bucket
  Slice* overflow;  // keeps overflow buckets alive (pointer-free buckets)
  Slice* oldoverflow;
  uintptr_t startBucket;  // where iteration started
  uint8_t offset;         // slot offset within each bucket
  bool wrapped;           // passed the last bucket and restarted at 0
  uint8_t B;
  uint8_t i;  // next slot in bptr
  uint32_t padding;
  uintptr_t bucket;       // next bucket to visit
  uintptr_t checkBucket;  // when reading an unevacuated old bucket: the new bucket visited
};
inline constexpr uint64_t kMapIterWords = 12;
inline constexpr uint64_t kMapIterPointerWords = 0b11111011;  // bit w: word w is a GC pointer
static_assert(sizeof(MapIter) == kMapIterWords * 8);

// Prepares it to range over h (nil allowed). Does not move to the first entry.
void mapiterinit(const MapType* t, Hmap* h, MapIter* it);
// Moves to the next entry: true with it->key/it->elem set, false at the end
// (it->key == nullptr) or on a concurrent write (*err filled).
bool mapiternext(MapIter* it, MapError* err);

// fmt's MapWalker (stdlib/format.h) over these maps; installMapWalker
// registers it with fmt (called once at start-up).
void installMapWalker();

}  // namespace golem::rt
