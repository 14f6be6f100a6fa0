// Goroutine stack shrinking, as Go's shrinkstack: at each collection, a
// goroutine that uses less than a quarter of its stack gets one half the
// size, so a goroutine that once recursed deeply does not keep its big
// stack for the rest of its life.
//
// When. The collector calls shrinkStackIfUnused for every goroutine while
// the world is stopped (vm/proc.cpp, collectGarbage), after the mark.
//
// What may be moved. A stack moves as growStack moves it (thread.h: frame
// headers hold offsets, and no heap object points into a stack), so the
// only pointers to fix are the goroutine's saved frame pointer (Thread::base)
// and its stack guard. That holds only for a goroutine whose state is all
// saved in its Thread, which is why some are left alone:
//   * a running goroutine (status Running: an M stopped at a safe point, or
//     inside an intrinsic such as runtime.GC) holds frame pointers in the
//     interpreter's C++ locals;
//   * one in a blocking call (Syscall) is still running its intrinsic;
//   * one blocked in a channel operation or a select (a resume hook or data
//     is set): its sudogs point at the element and ok words of its frame,
//     which the waker writes into (Go adjusts those sudogs instead; golem
//     skips the goroutine, as Go does while it is still parking on a chan);
//   * one inside a callback from C++ (nested loops hold pointers);
//   * one that has not started (its stack is the initial one anyway).
// Shrinking stops at the goroutine's initial size.
#pragma once

namespace golem::vm {

struct Thread;

// Halves g's stack when it uses less than a quarter of it and it may be
// moved (see above). The world is stopped. True when it shrank.
bool shrinkStackIfUnused(Thread& g);

}  // namespace golem::vm
