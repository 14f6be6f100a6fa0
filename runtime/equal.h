// Equality of Go values by type descriptor (Go's runtime/alg.go).
//
// Used for == on arrays, structs and interfaces, and (later) by maps. Floats
// compare as floats (NaN != NaN, +0 == -0), strings by content, interfaces by
// dynamic type then value; padding bytes are never compared.
#pragma once

#include "runtime/type.h"

namespace golem::rt {

bool valuesEqual(const Type* t, const void* a, const void* b);
// The same; when an interface inside holds an uncomparable dynamic type,
// sets *uncomparable to it (Go panics: "comparing uncomparable type T").
bool valuesEqual(const Type* t, const void* a, const void* b, const Type** uncomparable);

}  // namespace golem::rt
