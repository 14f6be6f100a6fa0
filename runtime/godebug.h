// GODEBUG settings: the runtime's debugging switches, read from the
// environment as Go's runtime reads them (a comma-separated list of
// name=value pairs, e.g. GODEBUG=gctrace=1,schedstress=1,schedseed=7).
//
// golem's torture modes live here with Go's own switches (README.md lists
// them): gcstress (runtime/mgc.h), gccheckmark (runtime/mgcmark.h),
// stackstress (vm/thread.h) and schedstress (vm/proc.cpp).
#pragma once

#include <cstdint>

namespace golem::rt {

// The value of GODEBUG's setting `name` as a number; 0 when it is absent or
// not a number. Read from the environment at each call: callers that sit on
// a hot path keep the answer.
int64_t godebug(const char* name);

}  // namespace golem::rt
