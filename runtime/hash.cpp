// Hashing of Go values by type descriptor, and fastrand (see hash.h).
#include "runtime/hash.h"

// Inlined: the hash of a map key is on every map operation's path.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cassert>
#include <cstring>
#include <random>

namespace golem::rt {

namespace {

// wyrand's constants (Go's fastrand uses the same generator).
constexpr uint64_t kWyAdd = 0xa0761d6478bd642full;
constexpr uint64_t kWyXor = 0xe7037ed1a0b428dbull;

uint64_t osRandomSeed() {
  std::random_device device;
  return (uint64_t{device()} << 32) ^ device();
}

thread_local uint64_t randomState = 0;
thread_local bool randomSeeded = false;

template <typename T>
T loadAs(const void* p) {
  T v;
  memcpy(&v, p, sizeof v);
  return v;
}

const char* at(const void* p, uint64_t offset) {
  return static_cast<const char*>(p) + offset;
}

// A float that is neither zero nor NaN hashes its bits; ±0 hash as +0; each
// NaN hashes to a fresh random value so it never matches an existing entry.
template <typename F>
uint64_t floathash(const void* p, uint64_t seed) {
  F f = loadAs<F>(p);
  if (f == 0) {
    F zero = 0;
    return memhash(&zero, seed, sizeof zero);
  }
  if (f != f) return XXH3_64bits_withSeed(&f, 0, seed ^ fastrand64());
  return memhash(p, seed, sizeof(F));
}

uint64_t interfacehash(bool empty, const void* p, uint64_t seed, const Type** unhashable) {
  auto e = loadAs<Eface>(p);
  const Type* dynamic = e.type;
  if (dynamic && !empty) dynamic = reinterpret_cast<const Itab*>(dynamic)->type;
  if (!dynamic) return seed;
  if (!dynamic->comparable) {
    *unhashable = dynamic;
    return 0;
  }
  // Mixing in the type's identity separates equal bytes of different types
  // (int(1) and int64(1)); descriptors are unique per type, so this is stable.
  uintptr_t identity = reinterpret_cast<uintptr_t>(dynamic);
  uint64_t typed = memhash(&identity, seed, sizeof identity);
  return typehash(dynamic, efaceValuePtr(Eface{dynamic, e.data}), typed, unhashable);
}

}  // namespace

uint32_t fastrand() {
  return static_cast<uint32_t>(fastrand64());
}

uint64_t fastrand64() {
  if (!randomSeeded) {
    randomState = osRandomSeed();
    randomSeeded = true;
  }
  randomState += kWyAdd;
  unsigned __int128 product = static_cast<unsigned __int128>(randomState) * (randomState ^ kWyXor);
  return static_cast<uint64_t>(product >> 64) ^ static_cast<uint64_t>(product);
}

uint64_t memhash(const void* p, uint64_t seed, uint64_t n) {
  return XXH3_64bits_withSeed(p, n, seed);
}

uint64_t strhash(const void* stringHeader, uint64_t seed) {
  auto s = loadAs<String>(stringHeader);
  return XXH3_64bits_withSeed(s.data, static_cast<size_t>(s.len), seed);
}

bool isRegularMemory(const Type* t) {
  switch (t->kind) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Chan:
    case Kind::Pointer:
    case Kind::UnsafePointer:
      return true;
    case Kind::Array:
      return t->len == 0 || isRegularMemory(t->elem);
    case Kind::Struct: {
      uint64_t expectedOffset = 0;
      for (const auto& f : t->fields) {
        if (f.name == "_" || f.offset != expectedOffset || !isRegularMemory(f.type)) return false;
        expectedOffset = f.offset + f.type->size;
      }
      return expectedOffset == t->size;
    }
    default:
      return false;
  }
}

bool hashMightFail(const Type* t) {
  switch (t->kind) {
    case Kind::Interface:
      return true;
    case Kind::Array:
      return hashMightFail(t->elem);
    case Kind::Struct:
      for (const auto& f : t->fields)
        if (hashMightFail(f.type)) return true;
      return false;
    default:
      return false;
  }
}

uint64_t typehash(const Type* t, const void* p, uint64_t seed, const Type** unhashable) {
  assert(t->comparable && "typehash of a type that is not comparable");
  switch (t->kind) {
    case Kind::Float32:
      return floathash<float>(p, seed);
    case Kind::Float64:
      return floathash<double>(p, seed);
    case Kind::Complex64:
      return floathash<float>(at(p, 4), floathash<float>(p, seed));
    case Kind::Complex128:
      return floathash<double>(at(p, 8), floathash<double>(p, seed));
    case Kind::String:
      return strhash(p, seed);
    case Kind::Interface:
      return interfacehash(t->imethods.empty(), p, seed, unhashable);
    case Kind::Array:
      if (isRegularMemory(t)) return memhash(p, seed, t->size);
      for (uint64_t i = 0; i < t->len; i++) {
        const Type* failed = nullptr;
        seed = typehash(t->elem, at(p, i * t->elem->size), seed, &failed);
        if (failed) {
          *unhashable = failed;
          return 0;
        }
      }
      return seed;
    case Kind::Struct:
      if (isRegularMemory(t)) return memhash(p, seed, t->size);
      for (const auto& f : t->fields) {
        if (f.name == "_") continue;
        const Type* failed = nullptr;
        seed = typehash(f.type, at(p, f.offset), seed, &failed);
        if (failed) {
          *unhashable = failed;
          return 0;
        }
      }
      return seed;
    default:
      assert(isRegularMemory(t));
      return memhash(p, seed, t->size);
  }
}

}  // namespace golem::rt
