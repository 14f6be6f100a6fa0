// Runtime type descriptors for the checker's types.
//
// descriptorOf(t) returns the one rt::Type for t: identical types share a
// descriptor (canonicalized by their full type string, so two spellings of
// []int meet), named types get their name and package path, and every
// descriptor carries size, alignment and the GC pointer mask computed from
// Go's layout (sizes.cpp). Descriptors live for the whole process.
#pragma once

#include "compiler/types.h"
#include "runtime/type.h"

namespace golem {

const rt::Type* descriptorOf(types::Type* t);

// Values larger than this many words never live in frame words: a frame
// word holds a pointer to a private heap copy instead ("large" values).
constexpr uint32_t kMaxFrameValueWords = 256;
bool isLargeValue(types::Type* t);

// Words a value of t occupies in a frame: max(1, ceil(size/8)), or 1 (the
// pointer to its copy) for a large value.
uint32_t wordsOf(types::Type* t);

}  // namespace golem
