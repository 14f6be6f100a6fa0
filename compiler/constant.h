// Compile-time constant values with Go's arbitrary precision.
//
// Go's untyped constants are exact: integers of any size, and floats kept as
// exact rationals while they are representable that way (go/constant uses
// big.Int, big.Rat and big.Float). golem follows the same model: Int is an
// arbitrary-precision integer (llvm::APInt, widened as needed), Float is an
// exact rational of two such integers (so 0.1 + 0.2 == 0.3 holds for
// constants, as in Go), Bool and String are what they say. Conversions to a
// machine type round exactly once, to nearest even, as Go does.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "compiler/ast.h"

namespace golem {

class ConstValue {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

  static const ConstValue* makeBool(bool b);
  static const ConstValue* makeString(std::string s);
  static const ConstValue* makeInt64(int64_t v);
  static const ConstValue* makeUint64(uint64_t v);
  static const ConstValue* makeFloat64(double v);
  static const ConstValue* makeUnknown();
  // From a literal's source text (Go's syntax: 0x, 0o, 0b, _ separators,
  // hex floats, exponents, rune and string escapes). nullptr if malformed.
  static const ConstValue* fromLiteral(ast::LitKind kind, const std::string& text);

  Kind kind() const;

  // Arithmetic; nullptr when not defined (e.g. division by zero: the checker
  // reports "invalid operation: division by zero"). For integer Quo pass
  // intDivision=true (truncated division), otherwise Quo is exact.
  static const ConstValue* binaryOp(ast::Op op, const ConstValue* x, const ConstValue* y,
                                    bool intDivision);
  static const ConstValue* unaryOp(ast::Op op, const ConstValue* x, int precBits /*0 = unbounded; for ^ on unsigned*/);
  static const ConstValue* shift(ast::Op op, const ConstValue* x, uint64_t count);
  static bool compare(ast::Op op, const ConstValue* x, const ConstValue* y);

  // Representation checks and conversions (used for typed constants).
  const ConstValue* toInt() const;    // nullptr if not an exact integer
  const ConstValue* toFloat() const;  // Int -> Float
  bool isInt() const { return kind() == Kind::Int; }
  // Whether the value fits the integer range of a type with this many bits.
  bool fitsInt(int bits, bool isSigned) const;
  // Rounds a Float or Int to float32/float64; false if it overflows to infinity.
  bool fitsFloat32() const;
  bool fitsFloat64() const;
  const ConstValue* roundFloat32() const;
  const ConstValue* roundFloat64() const;

  // Machine values (the value must fit; the checker has ensured it).
  bool boolVal() const;
  const std::string& stringVal() const;
  int64_t int64Val() const;
  uint64_t uint64Val() const;  // two's complement for negative values
  double float64Val() const;
  float float32Val() const;
  int sign() const;  // -1, 0, 1 for numbers

  // Go's rendering in messages: "1", "1.5", "1e+100", "\"s\"", "true". Long
  // values are shortened as go/types shortens them.
  std::string str() const;
  // The exact decimal integer, for "constant 300 overflows byte".
  std::string exactString() const;

  virtual ~ConstValue() = default;

 protected:
  ConstValue() = default;
};

}  // namespace golem
