// GOLEM_DASSERT: an assertion for per-object paths, checked in Debug and
// sanitizer builds (where GOLEM_DEBUG_CHECKS is defined) only.
//
// assert() stays on in release builds (CMakeLists.txt): most invariants are
// cheap to check and worth checking everywhere. The few on the allocator's
// per-object path (a division, a count of a span's bitmap on every refill)
// would cost more than the work they guard; `make test-asan` still runs them.
#pragma once

#include <cassert>

#ifdef GOLEM_DEBUG_CHECKS
#define GOLEM_DASSERT(cond) assert(cond)
#else
#define GOLEM_DASSERT(cond) static_cast<void>(sizeof(cond))
#endif
