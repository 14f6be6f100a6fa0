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
#include "vm/opcodes.h"

namespace golem {

const rt::Type* descriptorOf(types::Type* t);

// Values larger than vm::kMaxFrameValueWords words never live in frame
// words: a frame word holds a pointer to a private heap copy instead
// ("large" values). Where the value itself is stored (the global segment,
// heap objects) it is inline, as any other.
bool isLargeValue(types::Type* t);

// The x flags of a map or channel instruction (vm/opcodes.h) whose key (null
// for channels) and value operands have these types: which are large.
uint8_t indirectFlags(types::Type* key, types::Type* value);

// Words a value of t occupies in a frame: storageWordsOf(t), or 1 (the
// pointer to its copy) for a large value.
uint32_t wordsOf(types::Type* t);

// Words a value of t occupies where it is stored inline, large or not: in the
// global segment, in a heap object: max(1, ceil(size/8)).
uint32_t storageWordsOf(types::Type* t);

}  // namespace golem
