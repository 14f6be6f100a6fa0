// Hashing of Go values by type descriptor (Go's runtime/alg.go), and the
// runtime's cheap random numbers (Go's fastrand).
//
// typehash(t, p, seed) hashes the value of type t stored at p so that values
// equal under valuesEqual (runtime/equal.h) hash equal for the same seed:
//   * "regular memory" types, whose equality is byte equality and which hold
//     no padding (bools, integers, pointers, channels, unsafe.Pointer, and
//     arrays and structs made only of those, without padding or blank
//     fields), hash their bytes in one XXH3 call;
//   * floats hash their bits, except that +0 and -0 hash as +0 (they are
//     equal) and NaN hashes to a fresh random number each time (NaN != NaN,
//     so a NaN key can never be found again, as in Go); complex numbers hash
//     their two halves;
//   * strings hash their bytes (not the data pointer);
//   * arrays and structs of anything else hash element by element, fields in
//     order, skipping blank fields; each part's hash is the seed of the next,
//     so padding bytes never take part;
//   * interfaces hash their dynamic type and then their value; a nil
//     interface hashes to the seed. A dynamic type that is not comparable
//     (slice, map, func, or a struct/array holding one) cannot be hashed: Go
//     panics with "hash of unhashable type T", naming the dynamic type as it
//     sits in the interface. typehash then stops, stores that type in
//     *unhashable and returns 0; the caller turns it into the panic.
//
// Hashes are 64-bit. The seed is per map (hmap.hash0), so the same key lands
// in different buckets in different maps and different runs.
// XXH3 (libxxhash's header) is compiled inline into hash.cpp
// (XXH_INLINE_ALL), so nothing needs linking against libxxhash.
//
// fastrand is a per-thread wyrand generator (Go 1.19's fastrand on 64-bit
// targets), seeded from the OS on first use in each thread: map seeds,
// iteration start points and NaN hashes need unpredictability, not quality.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace golem::rt {

uint32_t fastrand();
uint64_t fastrand64();

// The hash of the value at p (of type t, which must be comparable) for
// `seed`. On an unhashable dynamic type inside an interface, returns 0 and
// sets *unhashable to that type; otherwise *unhashable is left untouched.
uint64_t typehash(const Type* t, const void* p, uint64_t seed, const Type** unhashable);

// The hash of n bytes at p (Go's memhash), and of a string's contents
// (Go's strhash): the building blocks typehash uses.
uint64_t memhash(const void* p, uint64_t seed, uint64_t n);
uint64_t strhash(const void* stringHeader, uint64_t seed);

// True when values of t are equal exactly when their bytes are equal and t
// has no padding, so t can be hashed and compared as one block of memory
// (Go's tflagRegularMemory).
bool isRegularMemory(const Type* t);

// True when hashing a value of t can fail: t is or contains an interface.
// (Go's hashMightPanic: such maps hash the key even when the map is nil or
// empty, so that m[k] on an empty map panics as on a full one.)
bool hashMightFail(const Type* t);

}  // namespace golem::rt
