// The mark checker of GODEBUG=gccheckmark=1 (see mgccheckmark.h).
#include "runtime/mgccheckmark.h"

#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/godebug.h"
#include "runtime/mgcmark.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "runtime/output.h"
#include "runtime/type.h"

namespace golem::rt {
namespace {

std::string hex(uintptr_t v) {
  char buf[32];
  snprintf(buf, sizeof buf, "0x%" PRIxPTR, v);
  return buf;
}

[[noreturn]] void fail(const std::string& details, const char* what) {
  std::string out = details + "fatal error: " + what + "\n";
  writeStderr(out.data(), out.size());
  flushStdout();
  _exit(2);
}

class CheckMarker {
 public:
  // A root word: conservative, so anything that is not an allocated object
  // is ignored.
  void visitRoot(uintptr_t p) {
    uintptr_t base;
    MSpan* span = objectAt(p, &base);
    if (span != nullptr && base != 0) visit(base, span, 0, 0);
  }

  // Scans until every reached object has been checked.
  void drain() {
    while (!pending_.empty()) {
      auto [base, span] = pending_.back();
      pending_.pop_back();
      scan(base, span);
    }
  }

 private:
  // The in-use span holding p and, in *base, the start of the allocated
  // object containing p (0 when p falls in a free slot); nullptr when p is
  // not inside any in-use span's objects.
  static MSpan* objectAt(uintptr_t p, uintptr_t* base) {
    MSpan* span = mheap().spanOf(reinterpret_cast<const void*>(p));
    if (span == nullptr || span->state != SpanState::InUse || p < span->base || p >= span->limit)
      return nullptr;
    if (span->isLarge()) {
      *base = span->base;
      return span;
    }
    uint32_t index = uint32_t((p - span->base) / span->elemsize);
    *base = span->isAllocated(index) ? span->base + index * span->elemsize : 0;
    return span;
  }

  static bool markedByCollector(uintptr_t base, const MSpan* span) {
    uint32_t index = span->isLarge() ? 0 : uint32_t((base - span->base) / span->elemsize);
    return (span->gcmarkBits[index / 64] >> (index % 64)) & 1;
  }

  // A pointer word at from+offset (from == 0: a root) reached `base`.
  void visit(uintptr_t base, MSpan* span, uintptr_t from, uintptr_t offset) {
    if (!visited_.insert(base).second) return;
    if (!markedByCollector(base, span)) {
      std::string details = "runtime: checkmarks found unexpected unmarked object obj=" + hex(base) + "\n";
      if (from != 0)
        details += "runtime: found obj at *(" + hex(from) + "+" + hex(offset) + ")\n";
      else
        details += "runtime: found obj from a root\n";
      details += "runtime: span base=" + hex(span->base) + " elemsize=" + std::to_string(span->elemsize) + "\n";
      fail(details, "checkmark found unmarked object");
    }
    if (!span->noscan()) pending_.push_back({base, span});
  }

  // A heap object's pointer word: it must be nil, outside the heap, or
  // inside an allocated object.
  void visitHeapWord(uintptr_t from, uintptr_t offset) {
    uintptr_t p = *reinterpret_cast<const uintptr_t*>(from + offset);
    if (p == 0) return;
    uintptr_t base;
    MSpan* span = objectAt(p, &base);
    if (span == nullptr) return;
    if (base == 0) {
      std::string details = "runtime: pointer " + hex(p) + " to a free object at *(" + hex(from) + "+" +
                            hex(offset) + ")\nruntime: span base=" + hex(span->base) +
                            " elemsize=" + std::to_string(span->elemsize) + "\n";
      fail(details, "found pointer to free object");
    }
    visit(base, span, from, offset);
  }

  void scan(uintptr_t base, const MSpan* span) {
    if (!span->isLarge()) {
      for (uintptr_t off = 0; off < span->elemsize; off += 8)
        if (heapBitsIsPointer(span, base + off)) visitHeapWord(base, off);
      return;
    }
    const Type* type = span->largeType;
    if (type == nullptr || type->size == 0) return;
    for (uint64_t elem = 0; elem < span->largeDataSize; elem += type->size)
      for (uint64_t w = 0; w * 8 < type->ptrdata; w++)
        if (type->wordIsPointer(w)) visitHeapWord(base, elem + w * 8);
  }

  std::unordered_set<uintptr_t> visited_;
  std::vector<std::pair<uintptr_t, MSpan*>> pending_;
};

}  // namespace

bool gcCheckmarkEnabled() {
  static const bool enabled = godebug("gccheckmark") > 0;
  return enabled;
}

void verifyMarks(const GCMarker& marker) {
  CheckMarker checker;
  for (uintptr_t root : marker.roots()) checker.visitRoot(root);
  checker.drain();
}

}  // namespace golem::rt
