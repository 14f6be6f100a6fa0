// A goroutine's entry in Go's dump of all goroutines (see goroutine_dump.h).
#include "vm/goroutine_dump.h"

#include "vm/panic.h"
#include "vm/proc.h"

namespace golem::vm {

const char* goroutineState(const Thread& g) {
  switch (GStatus(g.status.load(std::memory_order_relaxed))) {
    case GStatus::Running: return "running";
    case GStatus::Runnable: return "runnable";
    case GStatus::Syscall: return "syscall";
    case GStatus::Idle: return "idle";
    case GStatus::Dead: return "dead";
    case GStatus::Waiting: break;
  }
  return g.waitReason;
}

void appendGoroutine(const Thread& g, const char* state, std::string& out) {
  out += "\ngoroutine " + std::to_string(g.goid) + " [" + state + "]:\n";
  appendTraceback(g, out);
  if (!g.createdBy.empty()) out += "created by " + g.createdBy + "\n";
}

}  // namespace golem::vm
