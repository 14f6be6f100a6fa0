// Channels and select (see chan.h for the algorithm and invariants).
//
// Elements travel as frame-word images (words(T)*8 bytes, narrow integers
// normalized as in frames), because every send reads a frame and every
// receive writes one.
//
// Every element copy that may carry pointers goes through the write barrier
// (mbarrier.h): into and out of the buffer (heap memory), and straight into
// or out of a parked goroutine's frame, which that goroutine's stack scan
// may already have passed (Go's sendDirect and recvDirect). Copies into the
// running goroutine's own frame would need none; one rule for all is simpler.
#include "vm/chan.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <new>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "vm/proc.h"

namespace golem::vm {

namespace {

struct Sudog {
  Thread* g = nullptr;
  void* elem = nullptr;
  uint64_t* ok = nullptr;
  bool isSelect = false;
  bool success = false;
  int caseIndex = 0;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  Hchan* c = nullptr;
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;

  void enqueue(Sudog* s) {
    s->next = nullptr;
    s->prev = last;
    if (last)
      last->next = s;
    else
      first = s;
    last = s;
  }
  void remove(Sudog* s) {
    if (s->prev)
      s->prev->next = s->next;
    else if (first == s)
      first = s->next;
    else
      return;  // not queued
    if (s->next)
      s->next->prev = s->prev;
    else
      last = s->prev;
    s->next = s->prev = nullptr;
  }
  // The first waiter still willing to be woken (a select's other cases may
  // already have won its G).
  Sudog* dequeue() {
    while (Sudog* s = first) {
      first = s->next;
      if (first)
        first->prev = nullptr;
      else
        last = nullptr;
      s->next = s->prev = nullptr;
      if (s->isSelect) {
        uint32_t expected = 0;
        if (!s->g->selectDone.compare_exchange_strong(expected, 1)) continue;
      }
      return s;
    }
    return nullptr;
  }
};

}  // namespace

struct Hchan {
  std::mutex lock;
  uint64_t qcount = 0;
  uint64_t dataqsiz = 0;
  char* buf = nullptr;
  uint64_t elemsize = 0;  // bytes per element: a whole number of words
  const rt::Type* elemtype = nullptr;
  bool closed = false;
  uint64_t sendx = 0;
  uint64_t recvx = 0;
  WaitQ recvq;
  WaitQ sendq;

  void* slot(uint64_t i) { return buf + i * elemsize; }
};

namespace {

void copyElem(Hchan* c, void* dst, const void* src) {
  if (!dst || !c->elemsize) return;
  rt::typedMemmove(c->elemtype, dst, src, c->elemsize);
}

void zeroElem(Hchan* c, void* dst) {
  if (!dst || !c->elemsize) return;
  rt::typedMemclr(c->elemtype, dst, c->elemsize);
}

void unlockChan(void* p) { static_cast<Hchan*>(p)->lock.unlock(); }

const rt::Type* hchanType() {
  static rt::Type* t = [] {
    auto* d = new rt::Type();
    d->kind = rt::Kind::Struct;
    d->size = sizeof(Hchan);
    d->align = 8;
    d->str = "runtime.hchan";
    // The buffer is the one heap object an hchan points to (the sudogs and
    // the waiting Gs are the scheduler's, not the collector's).
    constexpr uint64_t bufWord = offsetof(Hchan, buf) / 8;
    static_assert(offsetof(Hchan, buf) % 8 == 0);
    d->gcmask.assign(bufWord / 8 + 1, 0);
    d->gcmask[bufWord / 8] = uint8_t(1u << (bufWord % 8));
    d->ptrdata = (bufWord + 1) * 8;
    rt::precomputeHeapBits(*d);
    return d;
  }();
  return t;
}

// Completes a send to a waiting receiver: copy straight into its frame.
void sendDirect(Hchan* c, Sudog* s, const void* elem) {
  copyElem(c, s->elem, elem);
  if (s->ok) *s->ok = 1;
  s->success = true;
  s->g->param = s;
  sched::goready(s->g);
}

// Completes a receive from a waiting sender.
void recvDirect(Hchan* c, Sudog* s, void* elem, uint64_t* ok) {
  if (c->dataqsiz == 0) {
    copyElem(c, elem, s->elem);
  } else {
    // The buffer is full: take its head, put the sender's value at the tail.
    void* head = c->slot(c->recvx);
    copyElem(c, elem, head);
    copyElem(c, head, s->elem);
    c->recvx = (c->recvx + 1) % c->dataqsiz;
    c->sendx = c->recvx;
  }
  if (ok) *ok = 1;
  s->success = true;
  s->g->param = s;
  sched::goready(s->g);
}

void raiseSendOnClosed(Thread& g) {
  g.resumePanicking = true;
  g.resumePanic = PanicInfo::withMessage("send on closed channel");
}

void afterSendWake(Thread& g) {
  auto* s = static_cast<Sudog*>(g.resumeData);
  bool closed = !s->success;
  delete s;
  g.resumeData = nullptr;
  if (closed) raiseSendOnClosed(g);
}

void afterRecvWake(Thread& g) {
  delete static_cast<Sudog*>(g.resumeData);
  g.resumeData = nullptr;
}

}  // namespace

Hchan* makechan(const rt::Type* elem, int64_t size, bool* outOfRange) {
  uint64_t words = elem->size ? (elem->size + 7) / 8 : 0;
  if (size < 0 || (words && uint64_t(size) > (uint64_t(1) << 40) / (words * 8))) {
    *outOfRange = true;
    return nullptr;
  }
  void* mem = rt::mallocgc(sizeof(Hchan), hchanType(), true);
  auto* c = new (mem) Hchan();
  c->elemsize = words * 8;
  c->elemtype = elem;
  c->dataqsiz = uint64_t(size);
  // Buffered elements keep their memory layout, so the element type describes
  // the buffer's pointers (an element with pointers is a multiple of 8 bytes).
  if (size > 0 && c->elemsize)
    c->buf = static_cast<char*>(
        rt::mallocgc(c->elemsize * uint64_t(size), elem->hasPointers() ? elem : nullptr, true));
  return c;
}

ChanResult chansend(Hchan* c, const void* elem, Thread& self) {
  if (!c) {
    sched::parkCurrent(self, "chan send (nil chan)", nullptr, nullptr);
    return ChanResult::Parked;
  }
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return ChanResult::SendOnClosed;
  }
  if (Sudog* s = c->recvq.dequeue()) {
    sendDirect(c, s, elem);
    c->lock.unlock();
    return ChanResult::Done;
  }
  if (c->qcount < c->dataqsiz) {
    copyElem(c, c->slot(c->sendx), elem);
    c->sendx = (c->sendx + 1) % c->dataqsiz;
    c->qcount++;
    c->lock.unlock();
    return ChanResult::Done;
  }
  auto* s = new Sudog();
  s->g = &self;
  s->elem = const_cast<void*>(elem);
  s->c = c;
  c->sendq.enqueue(s);
  self.resumeHook = afterSendWake;
  self.resumeData = s;
  sched::parkCurrent(self, "chan send", unlockChan, c);
  return ChanResult::Parked;
}

ChanResult chanrecv(Hchan* c, void* elem, uint64_t* okSlot, Thread& self) {
  if (!c) {
    sched::parkCurrent(self, "chan receive (nil chan)", nullptr, nullptr);
    return ChanResult::Parked;
  }
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    zeroElem(c, elem);
    if (okSlot) *okSlot = 0;
    return ChanResult::Done;
  }
  if (Sudog* s = c->sendq.dequeue()) {
    recvDirect(c, s, elem, okSlot);
    c->lock.unlock();
    return ChanResult::Done;
  }
  if (c->qcount > 0) {
    void* head = c->slot(c->recvx);
    copyElem(c, elem, head);
    zeroElem(c, head);
    c->recvx = (c->recvx + 1) % c->dataqsiz;
    c->qcount--;
    c->lock.unlock();
    if (okSlot) *okSlot = 1;
    return ChanResult::Done;
  }
  auto* s = new Sudog();
  s->g = &self;
  s->elem = elem;
  s->ok = okSlot;
  s->c = c;
  c->recvq.enqueue(s);
  self.resumeHook = afterRecvWake;
  self.resumeData = s;
  sched::parkCurrent(self, "chan receive", unlockChan, c);
  return ChanResult::Parked;
}

ChanResult closechan(Hchan* c) {
  if (!c) return ChanResult::CloseOfNil;
  std::vector<Sudog*> wake;
  {
    std::lock_guard<std::mutex> lock(c->lock);
    if (c->closed) return ChanResult::CloseOfClosed;
    c->closed = true;
    while (Sudog* s = c->recvq.dequeue()) {
      zeroElem(c, s->elem);
      if (s->ok) *s->ok = 0;
      s->success = false;
      wake.push_back(s);
    }
    while (Sudog* s = c->sendq.dequeue()) {
      s->success = false;
      wake.push_back(s);
    }
    for (Sudog* s : wake) s->g->param = s;
  }
  for (Sudog* s : wake) sched::goready(s->g);
  return ChanResult::Done;
}

int64_t chanlen(Hchan* c) {
  if (!c) return 0;
  std::lock_guard<std::mutex> lock(c->lock);
  return int64_t(c->qcount);
}

int64_t chancap(Hchan* c) { return c ? int64_t(c->dataqsiz) : 0; }

// ---------------------------------------------------------------------------
// select

namespace {

struct SelectState {
  std::vector<SelectCase> cases;
  std::vector<Hchan*> lockorder;  // distinct non-nil channels, by address
  std::vector<Sudog*> sudogs;     // one per case (null for nil channels)
  uint64_t* chosenSlot;
};

void lockAll(const std::vector<Hchan*>& order) {
  for (Hchan* c : order) c->lock.lock();
}
// `order` is not touched after the last unlock: the parked select's G may
// run at once on another M and free it (Go's selunlock).
void unlockAll(const std::vector<Hchan*>& order) {
  for (size_t k = order.size(); k-- > 0;) order[k]->lock.unlock();
}
void unlockSelect(void* p) { unlockAll(static_cast<SelectState*>(p)->lockorder); }

void afterSelectWake(Thread& g) {
  auto* st = static_cast<SelectState*>(g.resumeData);
  auto* won = static_cast<Sudog*>(g.param);
  lockAll(st->lockorder);
  for (size_t k = 0; k < st->sudogs.size(); k++) {
    Sudog* s = st->sudogs[k];
    if (!s || s == won) continue;
    if (st->cases[k].isSend)
      s->c->sendq.remove(s);
    else
      s->c->recvq.remove(s);
  }
  unlockAll(st->lockorder);
  int index = won ? won->caseIndex : -1;
  *st->chosenSlot = uint64_t(int64_t(index));
  bool sendClosed = won && st->cases[size_t(index)].isSend && !won->success;
  for (Sudog* s : st->sudogs) delete s;
  delete st;
  g.resumeData = nullptr;
  g.param = nullptr;
  g.selectDone.store(0);
  if (sendClosed) raiseSendOnClosed(g);
}

}  // namespace

ChanResult selectgo(SelectCase* cases, int n, bool block, int64_t* chosen, uint64_t* chosenSlot,
                    Thread& self) {
  // Poll order: a random permutation; lock order: by channel address.
  std::vector<int> pollorder(static_cast<size_t>(n));
  for (int k = 0; k < n; k++) pollorder[static_cast<size_t>(k)] = k;
  for (int k = n - 1; k > 0; k--) std::swap(pollorder[static_cast<size_t>(k)], pollorder[static_cast<size_t>(rand() % (k + 1))]);
  std::vector<Hchan*> lockorder;
  for (int k = 0; k < n; k++)
    if (cases[k].c) lockorder.push_back(cases[k].c);
  std::sort(lockorder.begin(), lockorder.end());
  lockorder.erase(std::unique(lockorder.begin(), lockorder.end()), lockorder.end());
  if (lockorder.empty() && block) {
    sched::parkCurrent(self, n == 0 ? "select (no cases)" : "select", nullptr, nullptr);
    return ChanResult::Parked;
  }
  lockAll(lockorder);
  // Pass 1: a case that can proceed now.
  for (int k : pollorder) {
    SelectCase& sc = cases[k];
    Hchan* c = sc.c;
    if (!c) continue;
    if (sc.isSend) {
      if (c->closed) {
        unlockAll(lockorder);
        *chosen = k;
        return ChanResult::SendOnClosed;
      }
      if (Sudog* s = c->recvq.dequeue()) {
        sendDirect(c, s, sc.elem);
        unlockAll(lockorder);
        *chosen = k;
        return ChanResult::Done;
      }
      if (c->qcount < c->dataqsiz) {
        copyElem(c, c->slot(c->sendx), sc.elem);
        c->sendx = (c->sendx + 1) % c->dataqsiz;
        c->qcount++;
        unlockAll(lockorder);
        *chosen = k;
        return ChanResult::Done;
      }
    } else {
      if (Sudog* s = c->sendq.dequeue()) {
        recvDirect(c, s, sc.elem, sc.ok);
        unlockAll(lockorder);
        *chosen = k;
        return ChanResult::Done;
      }
      if (c->qcount > 0) {
        void* head = c->slot(c->recvx);
        copyElem(c, sc.elem, head);
        zeroElem(c, head);
        c->recvx = (c->recvx + 1) % c->dataqsiz;
        c->qcount--;
        if (sc.ok) *sc.ok = 1;
        unlockAll(lockorder);
        *chosen = k;
        return ChanResult::Done;
      }
      if (c->closed) {
        zeroElem(c, sc.elem);
        if (sc.ok) *sc.ok = 0;
        unlockAll(lockorder);
        *chosen = k;
        return ChanResult::Done;
      }
    }
  }
  if (!block) {
    unlockAll(lockorder);
    *chosen = -1;
    return ChanResult::Done;
  }
  // Pass 2: wait on every channel.
  auto* st = new SelectState();
  st->cases.assign(cases, cases + n);
  st->lockorder = lockorder;
  st->chosenSlot = chosenSlot;
  st->sudogs.assign(size_t(n), nullptr);
  self.selectDone.store(0);
  self.param = nullptr;
  for (int k = 0; k < n; k++) {
    SelectCase& sc = cases[k];
    if (!sc.c) continue;
    auto* s = new Sudog();
    s->g = &self;
    s->elem = sc.elem;
    s->ok = sc.ok;
    s->isSelect = true;
    s->caseIndex = k;
    s->c = sc.c;
    st->sudogs[size_t(k)] = s;
    if (sc.isSend)
      sc.c->sendq.enqueue(s);
    else
      sc.c->recvq.enqueue(s);
  }
  self.resumeHook = afterSelectWake;
  self.resumeData = st;
  sched::parkCurrent(self, "select", unlockSelect, st);
  return ChanResult::Parked;
}

}  // namespace golem::vm
