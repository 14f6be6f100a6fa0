// UTF-8 decoding and encoding with Go's exact error behaviour.
//
// Go strings are arbitrary bytes; UTF-8 matters where the language decodes
// them (for-range over a string, []rune(s), utf8.DecodeRuneInString) or
// encodes runes (string(r), string([]rune), utf8.EncodeRune). The rules, as
// in Go's runtime/utf8.go and unicode/utf8:
//   * Decoding: a byte sequence that is not the shortest encoding of a scalar
//     value is invalid: stray continuation bytes, truncated sequences,
//     overlong forms (C0 80, E0 80 80, ...), surrogates U+D800..U+DFFF
//     (ED A0 80 ...) and values above U+10FFFF (F4 90 ..., F5..FF). An
//     invalid sequence decodes as RuneError (U+FFFD) of width 1, so decoding
//     always makes progress and resynchronises on the next byte.
//   * Encoding: a rune that is negative, a surrogate or above U+10FFFF is
//     encoded as RuneError (3 bytes EF BF BD).
// Decoding at the end of the input (no bytes left) gives RuneError width 0,
// as utf8.DecodeRune("") does.
#pragma once

#include <cstdint>

namespace golem::rt {

inline constexpr int32_t kRuneError = 0xFFFD;  // the replacement character
inline constexpr int32_t kRuneSelf = 0x80;     // runes below are one byte, as is
inline constexpr int32_t kMaxRune = 0x10FFFF;
inline constexpr int kUTFMax = 4;              // maximum bytes of one encoded rune

struct DecodedRune {
  int32_t rune;
  int32_t width;  // bytes consumed: 1..4, or 0 only when size == 0
};

// Decodes the first rune of [p, p+size).
DecodedRune decodeRune(const uint8_t* p, int64_t size);

// True for the Unicode scalar values: 0..0x10FFFF without the surrogates.
bool isValidRune(int32_t r);

// Bytes encodeRune writes for r (1..4; 3 for an invalid rune).
int encodedRuneLength(int32_t r);

// Writes r's UTF-8 encoding (RuneError's for an invalid rune) to out, which
// has room for kUTFMax bytes; returns the number of bytes written.
int encodeRune(uint8_t* out, int32_t r);

// Runes in [p, p+size), counting each invalid byte as one rune (the length
// of []rune(s) and utf8.RuneCountInString(s)).
int64_t countRunes(const uint8_t* p, int64_t size);

}  // namespace golem::rt
