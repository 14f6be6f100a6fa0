// Stack objects: chunk management (see stackobj.h).
#include "vm/stackobj.h"

#include <cassert>
#include <cstdlib>
#include <new>

#include "runtime/mheap.h"

namespace golem::vm {

uintptr_t StackObjects::pushInNewChunk(size_t bytes) {
  Chunk* c;
  if (spare_ != nullptr && spare_->bytes >= bytes) {
    c = spare_;
    spare_ = nullptr;
  } else {
    size_t usable = bytes > kChunkBytes ? bytes : kChunkBytes;
    void* memory = std::malloc(sizeof(Chunk) + usable);
    if (memory == nullptr) rt::throwOutOfMemory();
    c = new (memory) Chunk{nullptr, 0, usable};
  }
  if (chunk_ != nullptr) chunk_->usedTop = top_;
  c->prev = chunk_;
  chunk_ = c;
  top_ = c->start() + bytes;
  limit_ = c->end();
  return c->start();
}

void StackObjects::popChunksTo(uintptr_t mark) {
  // The mark lies in an older chunk (or is 0: before the first push).
  while (chunk_ != nullptr && !(mark >= chunk_->start() && mark <= chunk_->end())) {
    Chunk* c = chunk_;
    chunk_ = c->prev;
    if (spare_ == nullptr) spare_ = c;
    else std::free(c);
  }
  assert(chunk_ != nullptr || mark == 0);
  top_ = chunk_ != nullptr ? mark : 0;
  limit_ = chunk_ != nullptr ? chunk_->end() : 0;
}

void StackObjects::release() {
  while (chunk_ != nullptr) {
    Chunk* c = chunk_;
    chunk_ = c->prev;
    std::free(c);
  }
  std::free(spare_);
  spare_ = nullptr;
  top_ = 0;
  limit_ = 0;
}

bool StackObjects::contains(uintptr_t p) const {
  for (const Chunk* c = chunk_; c != nullptr; c = c->prev)
    if (p >= c->start() && p < c->end()) return true;
  return false;
}

}  // namespace golem::vm
