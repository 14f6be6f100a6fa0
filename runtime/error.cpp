// Texts of Go's runtime errors (see error.h).
//
// Bounds messages are expanded from format strings as Go's boundsError does:
// %x is the failing index, %y the bound; a negative signed index selects the
// short format, which has no %y. Panic values reuse print.cpp's formatting,
// since Go prints them with the same builtin print.
#include "runtime/error.h"

#include <array>
#include <cassert>

#include "runtime/print.h"

namespace golem::rt {
namespace {

constexpr size_t kBoundsCodeCount = static_cast<size_t>(BoundsCode::Convert) + 1;

constexpr std::array<const char*, kBoundsCodeCount> kBoundsFormats = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

// Used instead when x is negative (a conversion length is never negative).
constexpr std::array<const char*, kBoundsCodeCount> kBoundsNegativeFormats = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    nullptr,
};

// True for the predeclared type of its kind, whose values printany prints
// bare; false for defined types such as main.MyInt.
bool isPredeclared(const Type* t) {
  if (t->pkgPath.size() != 0) return false;
  switch (t->kind) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Float32:
    case Kind::Float64:
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::String:
      return t == basicType(t->kind) || t->str == basicType(t->kind)->str;
    default:
      return false;
  }
}

}  // namespace

std::string boundsErrorMessage(BoundsCode code, int64_t x, int64_t y, bool xSigned) {
  size_t index = static_cast<size_t>(code);
  assert(index < kBoundsCodeCount);
  bool negative = xSigned && x < 0;
  const char* format = negative ? kBoundsNegativeFormats[index] : kBoundsFormats[index];
  assert(format != nullptr);
  std::string out;
  for (const char* p = format; *p != '\0'; p++) {
    if (*p != '%') {
      out += *p;
      continue;
    }
    p++;
    if (*p == 'x') {
      if (xSigned) {
        printInt(out, x);
      } else {
        printUint(out, static_cast<uint64_t>(x));
      }
    } else {
      assert(*p == 'y');
      printInt(out, y);
    }
  }
  return out;
}

std::string divideErrorMessage() { return "integer divide by zero"; }
std::string nilDereferenceMessage() { return "invalid memory address or nil pointer dereference"; }
std::string negativeShiftMessage() { return "negative shift amount"; }
std::string nilMapAssignmentMessage() { return "assignment to entry in nil map"; }

std::string sliceErrorMessage(SliceError error) {
  switch (error) {
    case SliceError::GrowCapOutOfRange: return "growslice: cap out of range";
    case SliceError::MakeLenOutOfRange: return "makeslice: len out of range";
    case SliceError::MakeCapOutOfRange: return "makeslice: cap out of range";
    case SliceError::None: break;
  }
  assert(false && "sliceErrorMessage: no error");
  return "";
}

std::string formatPanicValue(const Type* type, const void* value) {
  std::string out;
  if (type == nullptr) {
    out = "nil";
    return out;
  }
  if (isPredeclared(type)) {
    printValue(out, type, value);
    return out;
  }
  switch (type->kind) {
    case Kind::String:
      out += type->str;
      out += "(\"";
      printValue(out, type, value);
      out += "\")";
      return out;
    case Kind::Complex64:
    case Kind::Complex128:
      out += type->str;  // the complex format brings its own parentheses
      printValue(out, type, value);
      return out;
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Float32:
    case Kind::Float64:
      out += type->str;
      out += '(';
      printValue(out, type, value);
      out += ')';
      return out;
    default: {
      // Go prints the interface's data word: the pointer itself for
      // pointer-shaped types, else the address of the boxed copy.
      const void* dataWord =
          type->isDirectIface() ? *static_cast<const void* const*>(value) : value;
      out += '(';
      out += type->str;
      out += ") ";
      printPointer(out, dataWord);
      return out;
    }
  }
}

}  // namespace golem::rt
