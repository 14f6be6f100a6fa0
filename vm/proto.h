// Function prototypes, closures and the loaded program image.
//
// A Proto is one compiled function: its bytecode, constant pool, the tables
// its instructions index (types, callees), and its frame shape:
//
//   frame word:  0 .. paramWords-1        parameters, in declaration order
//                paramWords .. +resultWords  results
//                .. frameWords-1           locals and temporaries
//
// The three words below the frame (base[-3..-1]) are the call header written by
// the caller: return pc, caller's frame offset from the stack bottom (an
// offset, not a pointer, so that stacks can move), and the running func value
// (Closure*). `pointerMap` has one bit per frame word: set when that word
// holds a pointer in the whole function (DESIGN.md: each slot has one static
// type). `stackMaps` says which words are live at each call (stackmap.h).
//
// A Closure is a func value: {proto, captured words...}. A plain function has
// one static Closure (`staticClosure`) that lives as long as the program.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/type.h"
#include "vm/native.h"
#include "vm/opcodes.h"
#include "vm/stackmap.h"

namespace golem::vm {

struct Proto;

struct Closure {
  const Proto* fn;
  uint64_t captures[];  // pointers to the heap cells of captured variables
};

struct Proto {
  std::string name;      // "main.f", "main.main.func1", as Go's tracebacks print
  std::string file;      // absolute path, for tracebacks
  int32_t line = 0;      // line of the declaration
  uint32_t paramWords = 0;
  uint32_t resultWords = 0;
  uint32_t frameWords = 0;  // including params and results; at least their sum
  NativeFn native = nullptr;  // set for intrinsics; then there is no code
  const rt::Type* receiverType = nullptr;  // methods: the receiver parameter's type
  // For functions with defer statements: where a recovered panic resumes
  // (the epilogue that runs the remaining deferred calls and returns).
  int32_t recoverPc = -1;
  // Functions with stack objects (vm/stackobj.h): the bytes of the block
  // each of their frames takes, and the first of the two frame words that
  // record it (the top before the push, then the block; both 0 until the
  // frame's first STACKNEW). kNoStackObjects for the others.
  static constexpr uint32_t kNoStackObjects = UINT32_MAX;
  uint32_t stackObjectBytes = 0;
  uint32_t stackObjectSlot = kNoStackObjects;

  std::vector<Instr> code;
  std::vector<int32_t> lines;  // source line per instruction
  std::vector<uint64_t> constants;
  std::vector<const rt::Type*> types;
  std::vector<const Proto*> protos;
  std::vector<uint8_t> pointerMap;  // one bit per frame word
  // Storage for string constants referenced by LOADK2 (stable addresses).
  std::vector<std::unique_ptr<std::string>> strings;

  Closure* staticClosure = nullptr;

  // Liveness of the frame at each call (stackmap.h), made on first use.
  mutable std::atomic<StackMaps*> stackMaps{nullptr};
  mutable std::atomic<bool> stackMapsRequested{false};

  Proto() = default;
  Proto(const Proto&) = delete;
  Proto& operator=(const Proto&) = delete;
  ~Proto() { delete stackMaps.load(std::memory_order_relaxed); }

  bool wordIsPointer(uint32_t w) const {
    return w / 8 < pointerMap.size() && ((pointerMap[w / 8] >> (w % 8)) & 1);
  }
};

// A program ready to run: every function, the global data segment and the
// order in which package initialization runs.
struct Image {
  std::vector<std::unique_ptr<Proto>> protos;
  uint32_t globalWords = 0;
  std::vector<uint8_t> globalPointerMap;  // one bit per global word
  uint64_t* globals = nullptr;            // allocated when the image is loaded
  std::vector<const Proto*> initSequence;  // package var initializers and init()s, in order
  const Proto* mainFn = nullptr;
  std::vector<std::unique_ptr<Closure, void (*)(Closure*)>> staticClosures{};

  Proto* newProto() {
    protos.push_back(std::make_unique<Proto>());
    return protos.back().get();
  }
};

// Runs the image: package initialization, then main.main. Returns the process
// exit status (0, or 2 after an unrecovered panic or fatal error).
int runImage(Image& image);

// Prints the bytecode of every function (golem build -gcflags=-S).
void disassemble(const Image& image, std::string& out);
void disassembleProto(const Proto& p, std::string& out);

}  // namespace golem::vm
