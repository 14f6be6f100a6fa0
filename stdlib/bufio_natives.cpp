// The intrinsic of package bufio (stdlib/bufio/*.go), bound by name in
// stdlib/natives.cpp: the scan behind bufio.ScanWords, which decodes the
// buffered input rune by rune; in interpreted Go that loop is the whole
// cost of reading words, in C++ it runs at memchr-like speed.
//
// Words are separated by the runes unicode.IsSpace accepts (bufio's own
// isSpace list is the same set, Unicode's White_Space); an invalid byte
// decodes as RuneError of width 1 (runtime/utf8.h), which is not a space.
#include <cstdint>

#include "runtime/utf8.h"
#include "stdlib/unicode_tables.h"
#include "vm/native.h"

namespace golem::stdlib {

namespace {

bool isWordSpace(int32_t r) {
  if (r < rt::kRuneSelf) return r == ' ' || (r >= '\t' && r <= '\r');
  return unicode_tables::contains(unicode_tables::kSpace, r);
}

}  // namespace

// func wordBounds(data []byte) (start, end, after int): the first word of
// data starts at start (len(data) when there is none) and ends at end, the
// index of the space rune after it, which ends at after; end and after are
// -1 when data ends inside the word.
void bufioWordBounds(vm::NativeCall& call) {
  rt::Slice data = call.slice(0);
  const auto* p = static_cast<const uint8_t*>(data.data);
  int64_t n = data.len;
  int64_t i = 0;
  while (i < n) {
    rt::DecodedRune d = p[i] < rt::kRuneSelf ? rt::DecodedRune{p[i], 1} : rt::decodeRune(p + i, n - i);
    if (!isWordSpace(d.rune)) break;
    i += d.width;
  }
  int64_t start = i;
  int64_t end = -1, after = -1;
  while (i < n) {
    rt::DecodedRune d = p[i] < rt::kRuneSelf ? rt::DecodedRune{p[i], 1} : rt::decodeRune(p + i, n - i);
    if (isWordSpace(d.rune)) {
      end = i;
      after = i + d.width;
      break;
    }
    i += d.width;
  }
  call.word<int64_t>(3) = start;
  call.word<int64_t>(4) = end;
  call.word<int64_t>(5) = after;
}

}  // namespace golem::stdlib
