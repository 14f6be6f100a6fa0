// The intrinsic of package bytes (stdlib/bytes/*.go), bound by name in
// stdlib/natives.cpp. Package bytes runs strings' algorithms on a string
// view of a []byte (the view itself, asString, and the ASCII case mapping
// are strings' intrinsics, registered a second time under bytes' names);
// the one native of its own maps a substring that strings returned back to
// its offset in the view, so that the result can be re-sliced from the
// []byte and share its bytes, as Go's bytes functions return subslices.
//
// Frames follow vm/native.h: a string parameter is two words {data, len},
// an int result one word.
#include <cstdint>

#include "runtime/string.h"
#include "vm/native.h"

namespace golem::stdlib {

// func offsetOf(sub, text string) int: where the non-empty substring sub
// starts in text, by address; -1 when sub does not lie inside text (a
// caller's mistake, turned into Go's slice-bounds panic by the caller's
// slicing rather than into a wild pointer difference).
void bytesOffsetOf(vm::NativeCall& call) {
  rt::String sub = call.string(0);
  rt::String text = call.string(2);
  auto at = reinterpret_cast<uintptr_t>(sub.data);
  auto begin = reinterpret_cast<uintptr_t>(text.data);
  bool inside = sub.data != nullptr && text.data != nullptr && at >= begin &&
                at - begin + static_cast<uintptr_t>(sub.len) <= static_cast<uintptr_t>(text.len);
  call.word<int64_t>(4) = inside ? static_cast<int64_t>(at - begin) : -1;
}

}  // namespace golem::stdlib
