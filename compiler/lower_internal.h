// Private declarations shared by the lowering files (lower.cpp: program and
// frames; lower_stmt.cpp: statements; lower_expr.cpp: expressions;
// lower_call.cpp: calls, builtins and conversions).
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/constant.h"
#include "compiler/escape.h"
#include "compiler/lower.h"
#include "compiler/typedesc.h"
#include "compiler/types.h"
#include "vm/opcodes.h"
#include "vm/proto.h"

namespace golem::lower {

using vm::Op;
using Slot = uint32_t;
constexpr Slot kNoSlot = UINT32_MAX;


// Program-wide state: which Proto implements each function, where each
// global lives.
// Go's limit for implicit stack allocations (new, &T{}, make, literals):
// ir.MaxImplicitStackVarSize. Escape analysis reports larger sites as
// escaping; the lowering also applies it to variables (Go allows them 10 MB,
// but golem keeps values over kMaxFrameValueWords words out of frames anyway).
constexpr int64_t kMaxStackObjectBytes = 64 * 1024;

struct ProgramLowerer {
  Program& prog;
  Diagnostics& diags;
  vm::Image& image;
  std::unordered_map<const types::Func*, vm::Proto*> funcs;
  std::unordered_map<const ast::FuncLit*, vm::Proto*> literals;
  std::unordered_map<const types::Var*, uint32_t> globals;  // first word in the global segment
  bool failed = false;
  // Escape analysis's decisions (compiler/escape.h), or nullptr: then every
  // address-taken variable and every allocation goes to the heap (the REPL).
  const escape::EscapeResult* escapes = nullptr;
  // Variables captured by a closure that escapes: golem's closures hold
  // cells, so their cells go to the heap even when Go copies the variable
  // into the closure and keeps the variable itself in the frame.
  std::unordered_set<const types::Var*> capturedByEscapingClosure;
  void useEscapes(const escape::EscapeResult* result);

  ProgramLowerer(Program& p, Diagnostics& d, vm::Image& img) : prog(p), diags(d), image(img) {}
  vm::Proto* protoFor(types::Func* fn);
  // The function an itab holds for method m of a value of dynamic type
  // `dyn`: the method itself, or for a value receiver whose values are boxed
  // in interfaces, a wrapper that loads the receiver through the data word.
  vm::Proto* itabMethod(types::Func* m, types::Type* dyn);
  std::unordered_map<const types::Func*, vm::Proto*> valueWrappers;
  // The function behind a method value x.M: a closure whose one captured
  // word points at a copy of the receiver.
  vm::Proto* methodValueWrapper(types::Func* m);
  std::unordered_map<const types::Func*, vm::Proto*> methodValueWrappers;
  // A bytecode function with the intrinsic's parameters and results that
  // calls it (a goroutine's first frame must be bytecode).
  vm::Proto* nativeTrampoline(vm::Proto* native);
  std::unordered_map<const vm::Proto*, vm::Proto*> trampolines;
  // T.M for an interface type T or a promoted method: a function taking the
  // receiver (an interface value, T or *T) first.
  vm::Proto* methodExprWrapper(types::Func* m, types::Type* recvType);
  std::map<std::pair<const types::Func*, std::string>, vm::Proto*> methodExprWrappers;
  // The function behind i.M for an interface i: captures {method func, data word}.
  vm::Proto* interfaceMethodValueWrapper(types::Func* m);
  std::unordered_map<const types::Func*, vm::Proto*> ifaceMethodValueWrappers;
  // Fills rt::Type::methods of every named type T and *T (for fmt and itabs).
  void fillMethodTables();
  void fillMethodTable(types::Named* t);
  // The method set of *T with each method's function taking the pointer
  // (the interface data word) as receiver, promoted methods included.
  struct MethodEntry {
    rt::Method method;
    bool inValueSet;  // also in T's method set (not only *T's)
  };
  std::vector<MethodEntry>& pointerMethodSet(types::Named* t);
  std::unordered_map<const types::Named*, std::vector<MethodEntry>> methodSets;
  std::set<types::Named*> namedWithMethods;
  // Itabs of conversions known at compile time, resolved once every method
  // table is filled: the constant word `constant` of `proto` receives it.
  struct PendingItab {
    vm::Proto* proto;
    uint32_t constant;
    const rt::Type* inter;
    const rt::Type* type;
  };
  std::vector<PendingItab> pendingItabs;
  void resolveItabs();
  vm::Proto* newProto(const std::string& name);
  uint32_t globalWord(types::Var* v);
  void unsupported(Pos pos, const std::string& what);
};

// Lowers packages (imported ones first): their globals, their functions, and
// their initializers, appended to initSequence in the order they run.
void lowerPackages(ProgramLowerer& P, const std::vector<types::Package*>& pkgs,
                   std::vector<const vm::Proto*>& initSequence);

// Tells the VM which of package runtime's types recover() returns for run-time errors.
void registerRuntimeErrorTypes(Program& prog, types::Package* runtimePkg);

// Where a variable's value lives.
struct VarLoc {
  enum Kind : uint8_t { Frame, Boxed, Global } kind = Frame;
  Slot slot = kNoSlot;  // Frame: the value's first word; Boxed: the word holding the cell pointer
  uint32_t global = 0;  // Global: first word in the global segment
};

// An assignable location.
// Element is (a field of) a slice or array element whose index is checked
// only when the assignment is carried out, after the right-hand side is
// evaluated, as Go orders `s[i] = f()`; forming its address
// (addressOfLValue), loading or storing it checks the index.
struct LValue {
  enum Kind : uint8_t { Blank, Frame, Memory, Global, MapIndex, Element } kind = Blank;
  // Frame: first word; Memory: word holding the base address; Element: the slice.
  Slot slot = kNoSlot;
  // Memory, Element: byte offset from the base; Global: word index; MapIndex:
  // the key's first word.
  uint32_t offset = 0;
  types::Type* type = nullptr;
  types::Type* mapType = nullptr;  // MapIndex: the map's type (slot holds the map)
  // Element: the index's word, and the slice's element type (`type` may be a
  // field of it); discard: check the index, store nothing (elementStoresAreDead).
  Slot index = kNoSlot;
  types::Type* elemType = nullptr;
  bool discard = false;

  // Element `index` of the slice in `slice` (three words), whole.
  static LValue element(Slot slice, Slot index, types::Type* elem) {
    LValue lv{Element, slice, 0, elem};
    lv.index = index;
    lv.elemType = elem;
    return lv;
  }
};

// Where a value of type t held in frame words from v (a temporary, a call
// result) is: those words, or the copy a large value's one word points to.
inline LValue frameValueLValue(Slot v, types::Type* t) {
  return isLargeValue(t) ? LValue{LValue::Memory, v, 0, t} : LValue{LValue::Frame, v, 0, t};
}

// Jump targets of an enclosing for/switch/select, for break and continue.
struct BranchTarget {
  const ast::Stmt* stmt;
  std::vector<size_t> breaks;
  std::vector<size_t> continues;
  bool isLoop;
};

class FuncLowerer {
 public:
  FuncLowerer(ProgramLowerer& program, vm::Proto* proto);

  // A declared function or method (fn->decl has the body).
  void lowerFuncDecl(types::Func* fn);
  // A function literal: captures arrive as box pointers in the closure.
  void lowerFuncLit(ast::FuncLit* lit);
  // A package's variable initializers, in initialization order.
  void lowerPackageInit(types::Package* pkg);
  // (*T).M calling the value method T.M: the receiver arrives as a pointer.
  void lowerValueMethodWrapper(types::Func* m, bool receiverCaptured);
  void lowerInterfaceMethodValueWrapper(types::Func* m);
  void lowerNativeTrampoline(vm::Proto* native);
  struct WrapperFrame {
    std::vector<Slot> params;
    Slot results = 0;
    uint32_t paramWords = 0, resultWords = 0;
  };
  WrapperFrame wrapperFrame(types::Signature* sig);
  void lowerMethodExprWrapper(types::Func* m, types::Type* recvType);
  // A promoted method: the receiver pointer is moved to the embedded field.
  void lowerPromotedInterfaceWrapper(types::Func* m, uint32_t methodIndex, uint32_t fieldOffset,
                                     const rt::Type* receiverType);
  void lowerPromotedWrapper(const rt::Method& target, uint32_t fieldOffset, bool viaPointer,
                            const rt::Type* receiverType);

 private:
  friend struct TempScope;

  // --- emission (lower.cpp)
  size_t emit(Op op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0, uint8_t x = 0);
  size_t emitBx(Op op, uint32_t a, uint32_t bx, uint8_t x = 0);
  void emitExtra(uint32_t bx);
  size_t here() const { return proto_->code.size(); }
  void patchJumpTo(size_t at, size_t target);
  void patchJumpsHere(std::vector<size_t>& jumps);
  size_t emitJump(Op op, uint32_t a = 0);  // JMP/JT/JF with a 32-bit offset patched later
  void emitLoopJump(size_t target);
  void setLine(Pos pos) {
    if (pos.valid()) {
      line_ = pos.line;
      curPos_ = pos;
    }
  }
  uint32_t constIndex(uint64_t v);
  uint32_t stringConst(const std::string& s);  // index of {data,len} pair in the pool
  uint32_t typeIndex(const rt::Type* t);
  uint32_t typeIndex(types::Type* t) { return typeIndex(descriptorOf(t)); }
  uint32_t protoIndex(const vm::Proto* p);
  uint32_t mapTypeConst(types::Type* mapType);  // K index of its rt::MapType*

  // --- frame words (lower.cpp)
  Slot allocFresh(uint32_t words, const std::vector<bool>& pointerBits);
  Slot allocTemp(types::Type* t);
  Slot allocTempWithBits(const std::vector<bool>& pointerBits);
  Slot allocScalarTemp();   // one non-pointer word
  // One word holding an address: a heap object's (or its field's), a global's
  // or a frame word's. Typed as a pointer, so that precise stack scanning
  // sees it (vm/stackmap.h).
  Slot allocPointerTemp();
  Slot allocVar(types::Type* t);  // a permanent slot run for a named variable
  Slot allocCallArea(uint32_t words);
  std::vector<bool> pointerBitsOf(types::Type* t);
  // Types the frame words from s as holding a value of type t.
  void markValueWords(Slot s, types::Type* t);
  // Types a call area's parameter and result words, from `at` (after any
  // receiver words), for a callee of signature sig.
  void markSignatureWords(Slot at, types::Signature* sig);
  void releaseTemps(size_t mark);
  size_t tempMark() const { return liveTemps_.size(); }

  // --- variables (lower.cpp)
  bool mustBox(const types::Var* v) const;
  // Stack placement (vm/stackobj.h) of what escape analysis proved never
  // outlives the frame: a boxed variable, or the allocation at `site`
  // (&T{...}, new, make, slice literal) of `bytes` bytes.
  bool varOnStack(const types::Var* v) const;
  bool siteOnStack(const ast::Expr* site, int64_t bytes) const;
  // R[target] = a new zeroed object of type t: a stack object when
  // `onStack` (and the frame's block has room), else a heap one (NEW).
  void emitNew(Slot target, types::Type* t, bool onStack);
  // R[target] = a closure of P[protoIdx] over R[captures:count], on the
  // stack when `onStack` (and the block has room), else on the heap.
  void emitClosure(Slot target, Slot captures, uint32_t count, uint32_t protoIdx, bool onStack);
  // STACKNEW of `bytes` into R[target]; false when the frame has no block
  // record or the block would outgrow STACKNEW's 16-bit offsets.
  bool emitStackObject(Slot target, uint64_t bytes);
  // The two frame words that record the frame's block of stack objects
  // (reserved at the start of a function body, dropped at its end if unused).
  void reserveStackObjectRecord();
  void finishStackObjects();
  void declareVar(types::Var* v);             // allocates its location and zeroes it
  void declareVarNoInit(types::Var* v);       // allocates only
  VarLoc& locOf(types::Var* v);
  void bindParam(types::Var* v, Slot slot);   // params and results at fixed slots
  void emitReturn();

  // --- statements (lower_stmt.cpp)
  void block(const std::vector<ast::Stmt*>& stmts);
  void stmt(ast::Stmt* s);
  void assign(ast::AssignStmt* s);
  void assignOp(ast::AssignStmt* s);
  void incDec(ast::IncDecStmt* s);
  void declStmt(ast::DeclStmt* s);
  void ifStmt(ast::IfStmt* s);
  void forStmt(ast::ForStmt* s, const ast::LabeledStmt* label);
  void rangeStmt(ast::RangeStmt* s, const ast::LabeledStmt* label);
  void rangeMap(ast::RangeStmt* s);
  void switchStmt(ast::SwitchStmt* s, const ast::LabeledStmt* label);
  void returnStmt(ast::ReturnStmt* s);
  void branchStmt(ast::BranchStmt* s);
  BranchTarget* findTarget(const ast::Stmt* target, bool forContinue);
  void defineOrAssign(ast::Expr* lhs, bool define, Slot value, types::Type* valueType);

  // --- expressions (lower_expr.cpp)
  // Evaluates e; returns the first word of its value. With target != kNoSlot
  // the value is left in target (which is returned).
  Slot expr(ast::Expr* e, Slot target = kNoSlot);
  // Evaluates e converted to dst (interface boxing, nil) into target.
  void exprTo(ast::Expr* e, types::Type* dst, Slot target);
  // The value of e as a t, read in place when no conversion is needed (a
  // frame variable or a call result is not copied).
  Slot operand(ast::Expr* e, types::Type* t);
  Slot constant(ast::Expr* e, Slot target);
  Slot loadConst(const ConstValue* v, types::Type* t, Slot target);
  Slot ident(ast::Ident* id, Slot target);
  Slot binary(ast::BinaryExpr* e, Slot target);
  Slot arith(ast::Op op, types::Type* t, Slot x, Slot y, Slot target, Pos pos);
  Slot compare(ast::Op op, types::Type* t, Slot x, Slot y, Slot target);
  Slot logical(ast::BinaryExpr* e, Slot target);
  Slot unary(ast::UnaryExpr* e, Slot target);
  // &x; `site` is the expression escape analysis keys &T{...} by.
  Slot addressOf(ast::Expr* x, Slot target, const ast::Expr* site);
  Slot compositeLit(ast::CompositeLit* e, Slot target);
  void fillComposite(ast::CompositeLit* e, const LValue& dst);
  Slot funcLit(ast::FuncLit* e, Slot target);
  // x.(T): panics on failure.
  Slot typeAssert(ast::TypeAssertExpr* e, Slot target);
  // v, ok forms (x.(T), m[k], <-c): the value's words then one ok word;
  // valueType receives the value's type.
  Slot commaOk(ast::Expr* e, types::Type*& valueType);
  // The value of type t held by interface words `iface` (checked already).
  void extractFromInterface(Slot iface, types::Type* t, Slot target);
  void typeSwitchStmt(ast::TypeSwitchStmt* s, const ast::LabeledStmt* label);
  Slot indexExpr(ast::IndexExpr* e, Slot target);
  Slot sliceExpr(ast::SliceExpr* e, Slot target);
  Slot selector(ast::SelectorExpr* e, Slot target);
  // Normalizes a 64-bit integer result to the width of t (wraparound).
  void normalize(types::Type* t, Slot s);
  void move(Slot dst, Slot src, uint32_t words);
  // Branches: emits code that jumps (patch list) when cond == jumpIf.
  void condJump(ast::Expr* cond, bool jumpIf, std::vector<size_t>& jumps);

  // --- locations (lower_expr.cpp)
  // The location e names. With deferIndexCheck (a single assignment's or a
  // parallel assignment's target), a slice or array element target comes back
  // as an Element: its index is checked at the store, after the right-hand side.
  LValue lvalue(ast::Expr* e, bool deferIndexCheck = false);
  LValue varLValue(types::Var* v);
  void load(const LValue& lv, Slot target);
  void store(const LValue& lv, Slot src);
  void zeroLValue(const LValue& lv);
  // Address of the value at lv in a scratch word (FRAMEADDR for frame values).
  Slot addressOfLValue(const LValue& lv);
  LValue fieldOf(const LValue& base, int64_t offset, types::Type* fieldType);
  // The element of an array lvalue (an Element if deferCheck, see LValue).
  LValue elemOfArray(const LValue& base, const ast::IndexExpr* site, types::Array* at,
                     bool deferCheck = false);
  // x names a local array or slice whose elements nothing reads (escape.h's
  // writeOnlyArrays): a store into it is evaluated and checked, then dropped.
  bool elementStoresAreDead(const ast::Expr* x) const;

  // --- calls (lower_call.cpp)
  Slot call(ast::CallExpr* e, Slot target);
  // Returns the first result word (or kNoSlot). Defer and Go emit DEFER or GO
  // with the evaluated function and arguments instead of the call.
  enum class CallMode { Call, Defer, Go };
  // The implicit slice of a variadic call, unless the call is a go or defer
  // statement (their arguments outlive the statement).
  bool variadicOnStack(const ast::CallExpr* call, CallMode mode) const;
  Slot callFunction(ast::CallExpr* e, CallMode mode = CallMode::Call);
  // ifaceType/recv: the interface value to call through (default: sel->x).
  Slot interfaceCall(ast::CallExpr* e, ast::SelectorExpr* sel, CallMode mode,
                     types::Type* ifaceType = nullptr, Slot recv = kNoSlot);
  void goStmt(ast::GoStmt* s);
  void builtinCallLater(ast::CallExpr* call, CallMode mode);
  friend void finishProtoFor(FuncLowerer& f);
  void sendStmt(ast::SendStmt* s);
  void selectStmt(ast::SelectStmt* s, const ast::LabeledStmt* label);
  void rangeChan(ast::RangeStmt* s);
  Slot receive(ast::UnaryExpr* e, Slot target);
  void deferStmt(ast::DeferStmt* s);
  // Functions with defer statements return through one epilogue.
  bool hasDefer_ = false;
  std::vector<size_t> epilogueJumps_;
  void emitEpilogue();
  void receiverInto(types::Selection* method, ast::Expr* recvExpr, types::Type* recvType, Slot at);
  Slot methodValue(ast::SelectorExpr* e, Slot target);  // returns the first result word (or kNoSlot)
  Slot builtinCall(ast::CallExpr* e, Slot target);
  Slot conversion(ast::CallExpr* e, Slot target);
  Slot convertValue(Slot src, types::Type* from, types::Type* to, Slot target);
  Slot makeInterface(Slot src, types::Type* from, types::Type* to, Slot target);
  // The expression exprTo is converting to an interface, while it does: the
  // key of escape analysis's decision for the boxed copy (makeInterface).
  const ast::Expr* conversionSite_ = nullptr;
  // Whether that conversion's box is only read while the statement runs (a
  // map lookup's or delete's key), so it may live in the frame whatever the
  // analysis says; nextConversionTransient_ asks it of the next exprTo, and
  // mapKeyTransient_ of the next map lvalue (an rvalue m[k], not a store).
  bool conversionTransient_ = false;
  bool nextConversionTransient_ = false;
  bool mapKeyTransient_ = false;
  // The element `index` of `slice` (a slice, or a slice view of an array)
  // in the assignment to `site`: an Element if deferCheck, else its address
  // checked now; dropped stores become Blank.
  LValue elementLValue(Slot slice, Slot index, types::Type* elem, const ast::IndexExpr* site,
                       bool deferCheck);
  // make([]T, len, cap) in stack objects when escape analysis allows;
  // kNoSlot when it must go to the heap.
  Slot makeSliceOnStack(ast::CallExpr* e, Slot target);
  Slot variadicSlice(const std::vector<ast::Expr*>& args, size_t from, types::Type* sliceType,
                     Slot target,
                     bool onStack);
  Slot appendCall(ast::CallExpr* e, Slot target);
  void printCall(ast::CallExpr* e, bool newline);
  // Words from the start of a call area to its results.
  uint32_t resultOffset(types::Signature* sig) const;

  ProgramLowerer& P;
  vm::Proto* proto_;
  int32_t line_ = 0;
  Pos curPos_;  // the source position being lowered, for diagnostics
  uint32_t top_ = 0;  // words in use
  std::vector<bool> pointerWords_;
  std::map<std::vector<bool>, std::vector<Slot>> freeTemps_;
  std::vector<std::pair<std::vector<bool>, Slot>> liveTemps_;
  std::unordered_map<const types::Var*, VarLoc> vars_;
  std::unordered_map<uint64_t, uint32_t> constIndex_;
  std::unordered_map<std::string, uint32_t> stringIndex_;
  std::vector<BranchTarget> targets_;
  std::unordered_map<const ast::LabeledStmt*, size_t> labelPcs_;
  std::vector<std::pair<size_t, const ast::LabeledStmt*>> gotoPatches_;
  std::vector<types::Var*> namedResults_;
  std::vector<Slot> resultSlots_;
  types::Signature* sig_ = nullptr;
  ast::FuncLit* currentLit_ = nullptr;
  // Cases of the switch being lowered, for fallthrough.
  std::vector<size_t>* fallthroughJumps_ = nullptr;
};

// Releases the temporaries allocated during its lifetime (one statement).
struct TempScope {
  FuncLowerer& f;
  size_t mark;
  explicit TempScope(FuncLowerer& fl) : f(fl), mark(fl.tempMark()) {}
  ~TempScope() { f.releaseTemps(mark); }
};

// Memory kind of a scalar type for LOAD/STORE, or -1 for multiword values.
int memKindOf(types::Type* t);
bool isScalar(types::Type* t);
types::Basic* basicOf(types::Type* t);

}  // namespace golem::lower
