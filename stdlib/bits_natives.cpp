// The intrinsics of package math/bits (stdlib/math/bits/bits.go), bound by
// name in stdlib/natives.cpp: the 64-bit primitives as GCC builtins (one
// instruction each where the CPU has it) and 128-bit arithmetic, plus the
// runtime-error panics of Div64. Frames follow vm/native.h: each uint64
// parameter and result is one word.
#include <cstdint>

#include "vm/native.h"

namespace golem::stdlib {

// func Len64(x uint64) (n int)
void bitsLen64(vm::NativeCall& call) {
  uint64_t x = call.word<uint64_t>(0);
  call.word<int64_t>(1) = x == 0 ? 0 : 64 - __builtin_clzll(x);
}

// func TrailingZeros64(x uint64) int
void bitsTrailingZeros64(vm::NativeCall& call) {
  uint64_t x = call.word<uint64_t>(0);
  call.word<int64_t>(1) = x == 0 ? 64 : __builtin_ctzll(x);
}

// func OnesCount64(x uint64) int
void bitsOnesCount64(vm::NativeCall& call) { call.word<int64_t>(1) = __builtin_popcountll(call.word<uint64_t>(0)); }

// func Reverse64(x uint64) uint64: swap ever larger groups of bits.
void bitsReverse64(vm::NativeCall& call) {
  uint64_t x = call.word<uint64_t>(0);
  x = (x >> 1 & 0x5555555555555555) | (x & 0x5555555555555555) << 1;
  x = (x >> 2 & 0x3333333333333333) | (x & 0x3333333333333333) << 2;
  x = (x >> 4 & 0x0F0F0F0F0F0F0F0F) | (x & 0x0F0F0F0F0F0F0F0F) << 4;
  call.word<uint64_t>(1) = __builtin_bswap64(x);
}

// func ReverseBytes64(x uint64) uint64
void bitsReverseBytes64(vm::NativeCall& call) { call.word<uint64_t>(1) = __builtin_bswap64(call.word<uint64_t>(0)); }

// func Mul64(x, y uint64) (hi, lo uint64)
void bitsMul64(vm::NativeCall& call) {
  unsigned __int128 p = static_cast<unsigned __int128>(call.word<uint64_t>(0)) * call.word<uint64_t>(1);
  call.word<uint64_t>(2) = static_cast<uint64_t>(p >> 64);
  call.word<uint64_t>(3) = static_cast<uint64_t>(p);
}

// func div64(hi, lo, y uint64) (quo, rem uint64): y != 0 and y > hi, so
// the quotient fits 64 bits.
void bitsDiv64(vm::NativeCall& call) {
  unsigned __int128 n = static_cast<unsigned __int128>(call.word<uint64_t>(0)) << 64 | call.word<uint64_t>(1);
  uint64_t y = call.word<uint64_t>(2);
  call.word<uint64_t>(3) = static_cast<uint64_t>(n / y);
  call.word<uint64_t>(4) = static_cast<uint64_t>(n % y);
}

// func panicDivide(), func panicOverflow()
void bitsPanicDivide(vm::NativeCall& call) { call.panicRuntimeError("integer divide by zero"); }
void bitsPanicOverflow(vm::NativeCall& call) { call.panicRuntimeError("integer overflow"); }

}  // namespace golem::stdlib
