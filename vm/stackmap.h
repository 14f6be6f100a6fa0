// Stack maps: which words of a frame are live while it waits on a call.
//
// The collector scans a goroutine's stack frame by frame (gcroots.cpp). A
// caller's frame is suspended at a call instruction, and only the words the
// caller still reads after that call returns can hold its roots; a dead
// temporary's stale pointer must not keep an object alive (a program that
// once built a large tree in a temporary would otherwise keep it for the
// rest of the function). This is Go's stack map at a call site
// (cmd/compile's liveness analysis); the innermost frame, which stopped at
// any safe point, is scanned whole, as Go scans an asynchronously preempted
// frame.
//
// Algorithm: a backward data-flow analysis over the function's bytecode,
// one bit per frame word: live-in(i) = uses(i) ∪ (live-out(i) − defs(i)),
// live-out(i) = ∪ live-in(successors), iterated to a fixed point. Each
// instruction's uses and defs come from its operands (stackmap.cpp). The
// analysis errs only towards liveness:
//   - a use it cannot size exactly covers more words (or all of them);
//   - a write it cannot size exactly kills nothing;
//   - words whose address is taken (FRAMEADDR) are live everywhere, since
//     stores and loads through that address are invisible to it;
//   - in a function with defer, every instruction may continue at its
//     recovery point (a recovered panic resumes there).
// A call kills every word from its call area up: the callee's frame
// overwrites them, so the compiler keeps nothing live there across a call
// (lower.cpp: allocCallArea).
//
// The map of a call at pc is live-out(pc) restricted to the words below the
// call's header: the words from the header up belong to the callee's frame.
//
// The innermost frame of a goroutine that is not running stopped at one of
// a few kinds of instruction (isStopInstr). Its saved pc is either the
// instruction in progress's successor (a blocked send, an intrinsic) or the
// pc it resumes at (a preempted back-edge's target, a call to redo), so
// its scan takes live-in at the saved pc and, when the instruction before
// is a stop instruction, that one's live-in too (vm/gcroots.cpp).
//
// Maps are computed for the functions whose frames a collection met, not
// when the program loads (most functions never wait on a call while a
// collection runs). A scan never computes them: it asks, scans that frame
// whole, and the GC worker computes what was asked after the cycle, with
// the world running; the next cycles use them. (So within one cycle,
// whether a function has maps does not change, and gccheckmark's second
// look at the roots scans each frame as the mark did.) Maps are published
// once with an atomic compare-and-swap; a thread that loses the race frees
// its copy. They are immutable afterwards, so scanners read them without a
// lock; the queue of requests has its own mutex.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/opcodes.h"

namespace golem::vm {

struct Proto;

struct StackMaps {
  uint32_t wordsPerMap = 0;        // 64-bit words of one map
  std::vector<uint32_t> callPcs;   // ascending
  std::vector<uint64_t> bits;      // callPcs.size() maps of wordsPerMap words
  std::vector<uint64_t> addressTaken;  // words live everywhere (FRAMEADDR)
  // Live-in sets (address-taken words included) at the pcs where a
  // goroutine that is not running can have stopped: its stop instructions
  // (calls, channel operations, loop back-edges) and the pcs it resumes at
  // after them.
  std::vector<uint32_t> stopPcs;   // ascending
  std::vector<uint64_t> stopBits;  // stopPcs.size() sets of wordsPerMap words

  // The live words of the frame while the call at pc runs, or nullptr when
  // pc is not one of the function's calls.
  const uint64_t* liveAt(uint32_t pc) const;
  // The words live at pc (those read from pc on), or nullptr when pc is not
  // one of the stop pcs above.
  const uint64_t* liveInAt(uint32_t pc) const;
};

// Whether a goroutine that is not running can be stopped in the middle of
// an instruction with this opcode: it waits in a call, a channel operation
// or an intrinsic, or was preempted at a loop's back-edge.
bool isStopInstr(Op op);

// Whether word w's bit is set in a map (or any set of wordsPerMap words).
inline bool wordInMap(const uint64_t* map, uint32_t w) { return (map[w / 64] >> (w % 64)) & 1; }

// The stack maps of p, computed now if they were not yet.
const StackMaps& stackMapsOf(const Proto& p);
// The stack maps of p if they are computed; else nullptr, and p is queued
// for computeRequestedStackMaps. Scans use this: computing a large
// function's maps takes milliseconds, which must not lengthen a pause or
// keep a goroutine from its safe point (the frame is scanned whole once).
const StackMaps* stackMapsIfReady(const Proto& p);
// Computes the maps stackMapsIfReady asked for (the GC worker, after a
// cycle, the world running).
void computeRequestedStackMaps();

// Whether op is a call whose callee gets a frame of its own (so the caller's
// frame waits at it): CALL, CALLCL, CALLIFACE.
bool isFrameCall(Op op);

}  // namespace golem::vm
