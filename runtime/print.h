// The formatting of Go's builtin print and println (Go's runtime/print.go).
//
// These are not fmt's formats: the builtins print what the runtime's own
// debug printer prints, and panics print their values the same way:
//   integers     decimal (uintptr too); bools true/false; strings raw bytes
//   floats       sign, one digit, '.', six digits, 'e', sign, three exponent
//                digits: +1.500000e+000, -0.000000e+000, NaN, +Inf, -Inf
//                (float32 is widened to float64 first)
//   complex      (re im i) with both parts as floats: (+1.000000e+000+2.000000e+000i)
//   pointers, maps, chans, funcs, unsafe.Pointer   0x-prefixed lower-case hex
//                of the word, so nil is 0x0
//   interfaces   (0xTYPEWORD,0xDATAWORD)
//   slices       [len/cap]0xARRAY
// The float digits come from Go's algorithm, reproduced step by step in
// IEEE double arithmetic (normalise by repeated *10 or /10, add half a unit
// of the seventh digit, peel digits), so rounding matches Go's to the last
// digit, including its inexact cases (float32(0.1) prints +1.000000e-001).
//
// Each function appends to a std::string; the interpreter decides where the
// spaces and the newline of println go, builds the whole line, and writes it
// with writePrinted, which sends it to standard error as Go does, in one
// write so that lines from concurrent goroutines do not interleave.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace golem::rt {

void printBool(std::string& out, bool v);
void printInt(std::string& out, int64_t v);
void printUint(std::string& out, uint64_t v);
void printHex(std::string& out, uint64_t v);  // 0x..., no leading zeros
void printFloat(std::string& out, double v);
void printComplex(std::string& out, double re, double im);
void printString(std::string& out, String s);
void printPointer(std::string& out, const void* p);
void printEface(std::string& out, const void* typeOrItab, const void* data);
void printSlice(std::string& out, Slice s);
inline void printSpace(std::string& out) { out += ' '; }
inline void printNewline(std::string& out) { out += '\n'; }

// One operand of print/println: the value of type t stored at `value` (in
// Go's memory layout: for an interface, its two words). The kind decides the
// format, so named types print like their underlying type. Arrays and
// structs are not printable (the type checker rejects them).
void printValue(std::string& out, const Type* t, const void* value);

// Writes a finished print/println output to standard error.
void writePrinted(std::string_view text);

}  // namespace golem::rt
