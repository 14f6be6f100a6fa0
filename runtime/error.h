// The texts of Go's runtime errors and of the "panic: " line's value.
//
// Go's run-time panics carry runtime.Error values; their Error() texts are
// fixed by the runtime (runtime/error.go, panic.go) and programs print and
// compare them, so golem produces them byte for byte. The functions here
// return the message WITHOUT the "runtime error: " prefix, so they pass
// straight to vm::NativeCall::panicRuntimeError, which adds it. The one
// exception is noted: the nil-map message is a runtime.Error whose text has
// no prefix at all.
//
// Bounds errors (index and slice expressions) follow Go's boundsError: a
// code names which check failed, x is the offending index (signed, or
// unsigned when the index expression had an unsigned type) and y the length,
// capacity or other bound it was checked against. A negative signed x gets
// the short form without y ("index out of range [-1]").
//
// formatPanicValue renders a panic's value for the "panic: " line the way
// Go's printany does, after the caller has already replaced error values by
// their Error() text and Stringers by their String() text.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/slice.h"
#include "runtime/type.h"

namespace golem::rt {

enum class BoundsCode : uint8_t {
  Index,       // s[x]: 0 <= x < len(s) failed                 (y = len)
  SliceAlen,   // s[?:x]: 0 <= x <= len(s) failed (strings)    (y = len)
  SliceAcap,   // s[?:x]: 0 <= x <= cap(s) failed              (y = cap)
  SliceB,      // s[x:y]: 0 <= x <= y failed                    (y = high)
  Slice3Alen,  // s[?:?:x]: 0 <= x <= len(s) failed (arrays)   (y = len)
  Slice3Acap,  // s[?:?:x]: 0 <= x <= cap(s) failed            (y = cap)
  Slice3B,     // s[?:x:y]: 0 <= x <= y failed                  (y = max)
  Slice3C,     // s[x:y:?]: 0 <= x <= y failed                  (y = high)
  Convert,     // (*[x]T)(s): 0 <= x <= len(s) failed          (y = len)
};

// "index out of range [5] with length 3", "slice bounds out of range [:-1]", ...
std::string boundsErrorMessage(BoundsCode code, int64_t x, int64_t y, bool xSigned = true);

std::string divideErrorMessage();       // "integer divide by zero"
std::string nilDereferenceMessage();    // "invalid memory address or nil pointer dereference"
std::string negativeShiftMessage();     // "negative shift amount"
// "assignment to entry in nil map": a runtime.Error printed WITHOUT the
// "runtime error: " prefix (Go's plainError).
std::string nilMapAssignmentMessage();
// "growslice: cap out of range", "makeslice: len out of range",
// "makeslice: cap out of range" (error must not be SliceError::None).
std::string sliceErrorMessage(SliceError error);

// The value of `panic(v)` as the "panic: " line shows it, given v's dynamic
// type and the address of its value bytes (efaceValuePtr: for pointer-shaped
// types, the address of the interface's data word). A nil type is panic(nil):
// "nil". Predeclared basic types print bare (3, +1.500000e+000, true, the
// raw string); named basic types print as main.MyInt(3), main.MyStr("hi")
// (quotes added, no escaping, as Go 1.19 does) and main.MyC(+1.0e+000...i);
// every other type prints as "(T) 0xADDR", ADDR being the interface's data
// word (the boxed copy, or the pointer itself).
std::string formatPanicValue(const Type* type, const void* value);

}  // namespace golem::rt
