// Stack objects: where a goroutine keeps the variables and allocations that
// escape analysis proved never outlive their frame.
//
// Go puts a non-escaping variable whose address is taken (and a
// non-escaping &T{}, new(T), constant-size make or slice literal) in the
// frame of its function. golem's frames live in a word array that stack
// growth copies to a new place, and golem cannot yet adjust every pointer
// into it (that needs exact pointer maps of every frame, temporaries
// included). So these objects get their own region per goroutine that never
// moves: a stack of chunks, each frame taking one contiguous block of it.
//
// The block of a frame is pushed by the frame's first stack object (the
// interpreter's STACKNEW: the frame words that record it are zero until
// then) and popped when the frame returns (RET restores the mark taken at
// the push). It is a strict stack, like the frames themselves:
//   * each stack-object site of a function has a fixed offset in its block,
//     so a site run again (in a loop) reuses its memory, zeroed anew: escape
//     analysis moves to the heap any object whose address outlives the loop
//     iteration that made it (Go's loop-depth rule);
//   * frames discarded by a recovered panic are popped together: the
//     recovering frame goes back to its own block's end, or to the mark its
//     deferred call recorded when it has no block (DeferRecord::stackTop);
//   * a goroutine's chunks are freed when it ends.
// Invariant (checked by debug builds' collector): no heap object points
// into stack objects, since only frames and other stack objects of the
// same goroutine may hold their addresses.
//
// The collector scans the used part of every chunk as a root range, like
// the goroutine's frames (vm/gcroots.cpp).
//
// Locks: none. Only the goroutine's own M pushes and pops; the collector
// reads the chunks while the world is stopped.
#pragma once

#include <cstddef>
#include <cstdint>

namespace golem::vm {

class StackObjects {
 public:
  StackObjects() = default;
  StackObjects(const StackObjects&) = delete;
  StackObjects& operator=(const StackObjects&) = delete;
  ~StackObjects() { release(); }

  // The current top: the mark a block pushed now would restore.
  uintptr_t top() const { return top_; }
  // A zeroed block of `bytes` (a multiple of 8) above the top. Zeroed,
  // although each STACKNEW zeroes its own object again, because the
  // collector scans the whole block: an object not made yet must not show
  // it a stale pointer from a popped frame.
  uintptr_t push(size_t bytes) {
    uintptr_t block;
    if (bytes <= limit_ - top_) {
      block = top_;
      top_ += bytes;
    } else {
      block = pushInNewChunk(bytes);
    }
    __builtin_memset(reinterpret_cast<void*>(block), 0, bytes);
    return block;
  }
  // Pops every block pushed after `mark` was the top.
  void popTo(uintptr_t mark) {
    if (mark >= chunkStart() && mark <= limit_) top_ = mark;
    else popChunksTo(mark);
  }
  // Frees every chunk (the goroutine ended).
  void release();

  // Calls fn(lo, hi) for the used part of each chunk.
  template <typename Fn>
  void forEachUsedRange(Fn fn) const {
    for (const Chunk* c = chunk_; c != nullptr; c = c->prev)
      fn(c->start(), c == chunk_ ? top_ : c->usedTop);
  }
  // Whether p points into one of this goroutine's chunks.
  bool contains(uintptr_t p) const;

 private:
  struct Chunk {
    Chunk* prev;
    uintptr_t usedTop;  // the top when a newer chunk was pushed on it
    size_t bytes;       // usable bytes after the header
    uintptr_t start() const { return reinterpret_cast<uintptr_t>(this + 1); }
    uintptr_t end() const { return start() + bytes; }
  };
  static constexpr size_t kChunkBytes = 16 * 1024;

  uintptr_t chunkStart() const { return chunk_ != nullptr ? chunk_->start() : 0; }
  uintptr_t pushInNewChunk(size_t bytes);
  void popChunksTo(uintptr_t mark);

  Chunk* chunk_ = nullptr;  // the newest chunk
  Chunk* spare_ = nullptr;  // one popped chunk kept, so a call at a chunk edge in a loop does not thrash
  uintptr_t top_ = 0;
  uintptr_t limit_ = 0;
};

}  // namespace golem::vm
