// A hand-built type descriptor for the heap and collector unit tests: a
// struct of one pointer word and scalar words (40 bytes, so its own size
// class of 48, and the slots after a test's objects stay free).
#pragma once

#include "runtime/malloc.h"
#include "runtime/type.h"

namespace golem::rt {

inline Type makeLinkType() {
  Type t;
  t.kind = Kind::Struct;
  t.size = 40;
  t.align = 8;
  t.ptrdata = 8;
  t.gcmask = {0b1};
  precomputeHeapBits(t);
  return t;
}

}  // namespace golem::rt
