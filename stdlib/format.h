// fmt's formatting engine: Go 1.19's Print, Println and Printf over runtime
// type descriptors, byte for byte.
//
// Values are read through their rt::Type (runtime/type.h) the way Go's fmt
// reads them through reflect: the descriptor's kind says how to print, its
// elem/key/fields say how to walk inside. Arguments arrive as the elements of
// a []any, rt::Eface {type, data}; a nil type is a nil interface.
//
// Two things the engine cannot do alone are hooks that other parts of golem
// install at start-up:
//   - MethodCaller runs a Go method (Error, String, GoString: `func() string`)
//     on a value, for the error/Stringer/GoStringer dispatch of Go's
//     handleMethods. The VM installs it; it enters a nested interpreter loop.
//     Without it, values are printed structurally.
//   - FormatterCaller runs a Format(fmt.State, rune) method, for the
//     Formatter dispatch that comes before all the others; the VM installs
//     it (vm/invoke_formatter.cpp) and it runs fmt's Go helper
//     formatOperand (stdlib/fmt/state.go). Without it, Format is ignored.
//   - MapWalker lists a map's entries (the map's layout belongs to the
//     runtime's map). Without it, maps print as if empty.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace golem::stdlib {

// One directive's verb, flags, width and precision, as Go's fmt keeps them.
// For %v, '#' and '+' are recorded as sharpV and plusV instead of sharp and
// plus (as Go's doPrintf does).
struct Directive {
  char32_t verb = 'v';
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plusV = false;
  bool sharpV = false;
  int wid = 0;
  int prec = 0;
};

// What running a Go method from fmt produced.
struct MethodResult {
  enum class Status { NotCalled, Returned, Panicked };
  Status status = Status::NotCalled;
  // The result, when Returned; for Format, what the method wrote, also
  // when it Panicked (Go keeps that output before the panic's report).
  std::string text;
  rt::Eface panicValue{nullptr, nullptr};   // the panic's value, when Panicked
};

// Calls `method` (a method of receiverType with signature `func() string`)
// on the value stored at `receiver`. `context` is what the caller of the
// printing function passed (the intrinsic passes its vm::Thread*).
using MethodCaller = MethodResult (*)(void* context, const rt::Type* receiverType,
                                      const void* receiver, const rt::Method& method);
void setMethodCaller(MethodCaller caller);

// The State a Format method receives: the flag bits below (the constants
// of stdlib/fmt/state.go mirror them), the verb, and the printer's width
// and precision, which Go reports even when the directive gave none (they
// are then left from an earlier directive).
enum StateFlag : int64_t {
  kStateMinus = 1 << 0,
  kStatePlus = 1 << 1,   // '+' or %+v
  kStateSharp = 1 << 2,  // '#' or %#v
  kStateSpace = 1 << 3,
  kStateZero = 1 << 4,
  kStateWidPresent = 1 << 5,
  kStatePrecPresent = 1 << 6,
};
struct FormatterCall {
  char32_t verb;
  int64_t wid;
  int64_t prec;
  int64_t flags;  // StateFlag bits
};

// Calls the Format method of `type` on the value stored at `value`.
using FormatterCaller = MethodResult (*)(void* context, const rt::Type* type, const void* value,
                                         const FormatterCall& call);
void setFormatterCaller(FormatterCaller caller);

// Calls visit(key address, value address) once for each entry of `map`
// (the map's pointer word; never null) of type mapType.
using MapEntryVisitor = std::function<void(const void* key, const void* value)>;
using MapWalker = void (*)(const rt::Type* mapType, const void* map,
                           const MapEntryVisitor& visit);
void setMapWalker(MapWalker walker);

// The outcome of a print call besides its text: a panic that must escape
// from fmt (a method panicked while fmt was already reporting a panic).
struct PrintStatus {
  bool panicking = false;
  rt::Eface panicValue{nullptr, nullptr};
};

// Prints one operand as Go's fmt prints an argument for directive d: `type`
// is its dynamic type (nullptr for a nil interface) and `value` the address
// of its bytes.
PrintStatus formatValue(std::string& out, const rt::Type* type, const void* value,
                        const Directive& d, void* context = nullptr);

// Sprint, Sprintln and Sprintf, appending to out. wrapErrors enables %w
// (Errorf's mode).
PrintStatus appendPrint(std::string& out, const rt::Eface* args, size_t count,
                        void* context = nullptr);
PrintStatus appendPrintln(std::string& out, const rt::Eface* args, size_t count,
                          void* context = nullptr);
PrintStatus appendPrintf(std::string& out, std::string_view format, const rt::Eface* args,
                         size_t count, bool wrapErrors = false, void* context = nullptr);

}  // namespace golem::stdlib
