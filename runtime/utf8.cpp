// UTF-8 decoding and encoding (see utf8.h for the rules).
//
// Decoding checks the lead byte for the sequence length, checks each
// continuation byte is 10xxxxxx, assembles the value, and then rejects the
// value if a shorter form exists (overlong), if it is a surrogate, or if it
// is above U+10FFFF. Every rejection gives RuneError of width 1.
#include "runtime/utf8.h"

#include <cassert>

namespace golem::rt {
namespace {

constexpr int32_t kMaxOneByte = 0x7F;
constexpr int32_t kMaxTwoBytes = 0x7FF;
constexpr int32_t kMaxThreeBytes = 0xFFFF;
constexpr int32_t kSurrogateMin = 0xD800;
constexpr int32_t kSurrogateMax = 0xDFFF;

constexpr bool isContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

constexpr DecodedRune kInvalid{kRuneError, 1};

}  // namespace

bool isValidRune(int32_t r) {
  return (r >= 0 && r < kSurrogateMin) || (r > kSurrogateMax && r <= kMaxRune);
}

DecodedRune decodeRune(const uint8_t* p, int64_t size) {
  if (size <= 0) return DecodedRune{kRuneError, 0};
  uint8_t lead = p[0];
  if (lead < kRuneSelf) return DecodedRune{lead, 1};

  if (lead >= 0xC0 && lead < 0xE0) {  // 110xxxxx: U+0080..U+07FF
    if (size < 2 || !isContinuation(p[1])) return kInvalid;
    int32_t r = (int32_t{lead} & 0x1F) << 6 | (p[1] & 0x3F);
    return r > kMaxOneByte ? DecodedRune{r, 2} : kInvalid;
  }
  if (lead >= 0xE0 && lead < 0xF0) {  // 1110xxxx: U+0800..U+FFFF
    if (size < 3 || !isContinuation(p[1]) || !isContinuation(p[2])) return kInvalid;
    int32_t r = (int32_t{lead} & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    if (r <= kMaxTwoBytes || (r >= kSurrogateMin && r <= kSurrogateMax)) return kInvalid;
    return DecodedRune{r, 3};
  }
  if (lead >= 0xF0 && lead < 0xF8) {  // 11110xxx: U+10000..U+10FFFF
    if (size < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3])) {
      return kInvalid;
    }
    int32_t r = (int32_t{lead} & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 |
                (p[3] & 0x3F);
    if (r <= kMaxThreeBytes || r > kMaxRune) return kInvalid;
    return DecodedRune{r, 4};
  }
  return kInvalid;  // a continuation byte or F8..FF as lead
}

int encodedRuneLength(int32_t r) {
  if (!isValidRune(r)) return 3;  // encoded as RuneError
  if (r <= kMaxOneByte) return 1;
  if (r <= kMaxTwoBytes) return 2;
  if (r <= kMaxThreeBytes) return 3;
  return 4;
}

int encodeRune(uint8_t* out, int32_t r) {
  if (!isValidRune(r)) r = kRuneError;
  uint32_t u = static_cast<uint32_t>(r);
  switch (encodedRuneLength(r)) {
    case 1:
      out[0] = static_cast<uint8_t>(u);
      return 1;
    case 2:
      out[0] = static_cast<uint8_t>(0xC0 | (u >> 6));
      out[1] = static_cast<uint8_t>(0x80 | (u & 0x3F));
      return 2;
    case 3:
      out[0] = static_cast<uint8_t>(0xE0 | (u >> 12));
      out[1] = static_cast<uint8_t>(0x80 | ((u >> 6) & 0x3F));
      out[2] = static_cast<uint8_t>(0x80 | (u & 0x3F));
      return 3;
    default:
      out[0] = static_cast<uint8_t>(0xF0 | (u >> 18));
      out[1] = static_cast<uint8_t>(0x80 | ((u >> 12) & 0x3F));
      out[2] = static_cast<uint8_t>(0x80 | ((u >> 6) & 0x3F));
      out[3] = static_cast<uint8_t>(0x80 | (u & 0x3F));
      return 4;
  }
}

int64_t countRunes(const uint8_t* p, int64_t size) {
  int64_t count = 0;
  for (int64_t i = 0; i < size; count++) {
    if (p[i] < kRuneSelf) {
      i++;
      continue;
    }
    DecodedRune d = decodeRune(p + i, size - i);
    assert(d.width > 0);
    i += d.width;
  }
  return count;
}

}  // namespace golem::rt
