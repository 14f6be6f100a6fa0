// Channels and select, as Go's runtime/chan.go and select.go build them.
//
// An Hchan is a ring buffer of dataqsiz elements plus two wait queues of
// sudogs (blocked senders and receivers), all under one lock. Invariants
// (Go's): at least one of sendq and recvq is empty, except for an
// unbuffered channel with both a blocked select sender and receiver; for a
// buffered channel, qcount > 0 implies recvq is empty and qcount < dataqsiz
// implies sendq is empty.
//
// A send to a channel with a waiting receiver copies the value straight into
// the receiver's destination (a word of its parked frame; parked stacks do
// not move) and readies it; a receive from a waiting sender does the
// converse (through the buffer's head when the channel is buffered). close
// wakes everyone: receivers get zero values and ok=false, senders panic.
//
// select (selectgo) locks every channel involved in address order, polls the
// cases in a random order, and if none is ready and there is no default,
// enqueues a sudog on every channel and parks. The first waker wins the
// G's selectDone flag; on resume the G dequeues its other sudogs.
//
// These functions run on the interpreter's thread for the G `self`. A result
// of Parked means self was put on a wait queue and the channel lock(s) are
// still held: the interpreter saves self's state and the scheduler then
// releases them (Thread::parkUnlock).
#pragma once

#include <cstdint>
#include <mutex>

#include "runtime/type.h"
#include "vm/thread.h"

namespace golem::vm {

struct Hchan;

enum class ChanResult : uint8_t {
  Done,
  Parked,
  SendOnClosed,    // panic: send on closed channel
  CloseOfNil,      // panic: close of nil channel
  CloseOfClosed,   // panic: close of closed channel
};

// make(chan T, size): nullptr with *outOfRange when size is negative or too big.
Hchan* makechan(const rt::Type* elem, int64_t size, bool* outOfRange);
ChanResult chansend(Hchan* c, const void* elem, Thread& self);
// Receives into elem (may be null to discard); *ok is written when the
// receive completes now, or by the waker (through okSlot) when it parks.
ChanResult chanrecv(Hchan* c, void* elem, uint64_t* okSlot, Thread& self);
ChanResult closechan(Hchan* c);
int64_t chanlen(Hchan* c);
int64_t chancap(Hchan* c);

// One select case as the interpreter lays it out in frame words.
struct SelectCase {
  Hchan* c;         // nil: never ready
  uint64_t isSend;  // 1 send, 0 receive
  void* elem;       // value to send, or destination (may be null)
  uint64_t* ok;     // receive's ok destination, or null
};

// Runs select over n cases. Returns the chosen case index in *chosen (-1 for
// default) when it completes now; Parked when it blocked (then the chosen
// index is written to *chosenSlot by the resume hook).
ChanResult selectgo(SelectCase* cases, int n, bool block, int64_t* chosen, uint64_t* chosenSlot,
                    Thread& self);

}  // namespace golem::vm
