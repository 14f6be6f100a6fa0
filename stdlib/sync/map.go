package sync

import "sync/atomic"

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines without additional locking or coordination. The zero Map is
// empty and ready for use; a Map must not be copied after first use.
//
// The design is Go's: a read-mostly map in two layers, so that the common
// cases (keys written once and read many times, or goroutines working on
// disjoint keys) never take the mutex.
//
//   - read is an immutable snapshot, a *readOnly published through an
//     atomic.Value: a map from key to *entry plus amended, which says that
//     dirty holds keys the snapshot lacks. The snapshot's map is never
//     written after publication, so any goroutine may index it without the
//     lock; only the pointer to it is replaced, and only with mu held.
//   - dirty, guarded by mu, holds every live key: the snapshot's entries
//     (the same *entry objects, not copies) plus the keys added since. It
//     is nil right after a promotion, until the next new key rebuilds it.
//   - Each entry holds its value through an atomic.Value containing a
//     *any, swapped by compare-and-swap. Since read and dirty share the
//     entry, storing to a key present in the snapshot, loading it, or
//     deleting it is one atomic operation on the entry, with no lock.
//
// An entry's pointer is in one of three states:
//
//   - a value: the key is present, in read (if the snapshot has it) and in
//     dirty (if dirty exists);
//   - nil: the key was deleted; the entry stays in read and, if dirty
//     exists, in dirty, so a later Store can revive it without the lock;
//   - expunged (a sentinel *any): the key was deleted, dirty exists and
//     does not hold the entry. Rebuilding dirty from the snapshot turns each
//     nil entry into expunged and leaves it out, so deleted keys do not
//     survive forever. An expunged entry must not be revived without the
//     lock: Store first puts it back into dirty under mu, then stores,
//     otherwise the next promotion would lose the key.
//
// A lookup that misses the snapshot while amended is set takes the lock
// and looks in dirty, counting a miss. When the misses reach len(dirty),
// copying is paid for: dirty becomes the new snapshot (not amended) and
// is dropped; the next new key copies the snapshot's live entries into a
// fresh dirty map. Range promotes at once, as it is O(n) anyway.
type Map struct {
	mu Mutex

	// read holds a *readOnly. Loading it is always safe; storing it
	// requires mu.
	read atomic.Value

	// dirty is guarded by mu; see the invariants above.
	dirty map[any]*entry

	// misses counts, since the last promotion, the lookups that missed
	// read and had to lock mu to search dirty.
	misses int
}

// readOnly is the snapshot published in Map.read; it is never mutated.
type readOnly struct {
	m       map[any]*entry
	amended bool // dirty holds some key that m does not
}

// expunged marks an entry deleted and left out of the dirty map.
var expunged = new(any)

// An entry is the shared slot of one key in both read and dirty.
type entry struct {
	// p holds a *any: the value, nil (deleted) or expunged.
	p atomic.Value
}

func newEntry(value any) *entry {
	e := &entry{}
	e.p.Store(&value)
	return e
}

// pointer returns the entry's current *any (value, nil or expunged).
func (e *entry) pointer() *any {
	p, _ := e.p.Load().(*any)
	return p
}

func (e *entry) compareAndSwap(old, new *any) bool {
	return e.p.CompareAndSwap(old, new)
}

func (m *Map) loadReadOnly() readOnly {
	if read, _ := m.read.Load().(*readOnly); read != nil {
		return *read
	}
	return readOnly{}
}

func (m *Map) publishLocked(read readOnly) { m.read.Store(&read) }

// Load returns the value stored in the map for a key, or nil if no value
// is present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	e, ok := m.findEntry(key, false)
	if !ok {
		return nil, false
	}
	return e.load()
}

// findEntry returns key's entry, looking in dirty (and counting a miss)
// only when the snapshot lacks the key and says dirty has more. With
// removeFromDirty, a key found in dirty only is also deleted from it.
func (m *Map) findEntry(key any, removeFromDirty bool) (e *entry, ok bool) {
	read := m.loadReadOnly()
	e, ok = read.m[key]
	if ok || !read.amended {
		return e, ok
	}
	m.mu.Lock()
	// dirty may have been promoted while this goroutine waited for mu;
	// looking again avoids a spurious miss.
	read = m.loadReadOnly()
	e, ok = read.m[key]
	if !ok && read.amended {
		e, ok = m.dirty[key]
		if removeFromDirty {
			delete(m.dirty, key)
		}
		// A miss whether or not the key exists: until the next promotion
		// this key keeps taking the locked path.
		m.missLocked()
	}
	m.mu.Unlock()
	return e, ok
}

func (e *entry) load() (value any, ok bool) {
	p := e.pointer()
	if p == nil || p == expunged {
		return nil, false
	}
	return *p, true
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	read := m.loadReadOnly()
	if e, ok := read.m[key]; ok && e.tryStore(&value) {
		return
	}

	m.mu.Lock()
	read = m.loadReadOnly()
	if e, ok := read.m[key]; ok {
		if e.unexpungeLocked() {
			// An expunged entry is missing from the (non-nil) dirty map.
			m.dirty[key] = e
		}
		e.storeLocked(&value)
	} else if e, ok := m.dirty[key]; ok {
		e.storeLocked(&value)
	} else {
		m.addLocked(read, key, value)
	}
	m.mu.Unlock()
}

// addLocked puts a key that neither read nor dirty holds into dirty,
// creating dirty and marking the snapshot amended for the first new key.
func (m *Map) addLocked(read readOnly, key, value any) {
	if !read.amended {
		m.dirtyLocked()
		m.publishLocked(readOnly{m: read.m, amended: true})
	}
	m.dirty[key] = newEntry(value)
}

// tryStore stores a value unless the entry is expunged, which needs the
// lock (see Map); it reports whether it stored.
func (e *entry) tryStore(value *any) bool {
	for {
		p := e.pointer()
		if p == expunged {
			return false
		}
		if e.compareAndSwap(p, value) {
			return true
		}
	}
}

// unexpungeLocked turns an expunged entry into a deleted one and reports
// whether it was expunged, in which case the caller must add it to dirty
// before releasing mu.
func (e *entry) unexpungeLocked() (wasExpunged bool) {
	return e.compareAndSwap(expunged, nil)
}

// storeLocked stores a value into an entry known not to be expunged.
func (e *entry) storeLocked(value *any) { e.p.Store(value) }

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value. The loaded result is
// true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	read := m.loadReadOnly()
	if e, ok := read.m[key]; ok {
		if actual, loaded, ok := e.tryLoadOrStore(value); ok {
			return actual, loaded
		}
	}

	m.mu.Lock()
	read = m.loadReadOnly()
	if e, ok := read.m[key]; ok {
		if e.unexpungeLocked() {
			m.dirty[key] = e
		}
		actual, loaded, _ = e.tryLoadOrStore(value)
	} else if e, ok := m.dirty[key]; ok {
		actual, loaded, _ = e.tryLoadOrStore(value)
		m.missLocked()
	} else {
		m.addLocked(read, key, value)
		actual, loaded = value, false
	}
	m.mu.Unlock()
	return actual, loaded
}

// tryLoadOrStore loads the entry's value, or stores value into a deleted
// entry, unless the entry is expunged (ok is then false and nothing
// changed).
func (e *entry) tryLoadOrStore(value any) (actual any, loaded, ok bool) {
	p := e.pointer()
	if p == expunged {
		return nil, false, false
	}
	if p != nil {
		return *p, true, true
	}
	// Copied only now, so the load path does not move value to the heap.
	stored := value
	for {
		if e.compareAndSwap(nil, &stored) {
			return value, false, true
		}
		p = e.pointer()
		if p == expunged {
			return nil, false, false
		}
		if p != nil {
			return *p, true, true
		}
	}
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	e, ok := m.findEntry(key, true)
	if !ok {
		return nil, false
	}
	return e.delete()
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) { m.LoadAndDelete(key) }

// delete marks the entry deleted (nil) and returns the value it held.
func (e *entry) delete() (value any, ok bool) {
	for {
		p := e.pointer()
		if p == nil || p == expunged {
			return nil, false
		}
		if e.compareAndSwap(p, nil) {
			return *p, true
		}
	}
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
//
// Range is not a consistent snapshot: no key is visited twice, but a key
// stored or deleted during the call (by f too, which may call any method
// of m) may be seen with any of its values from that period. Range holds
// no lock while f runs. It may take O(n) even if f stops early.
func (m *Map) Range(f func(key, value any) bool) {
	// The keys present when Range starts must all be visited. A snapshot
	// that is not amended has them all; otherwise dirty is promoted now,
	// its copying cost being covered by the O(n) iteration.
	read := m.loadReadOnly()
	if read.amended {
		m.mu.Lock()
		read = m.loadReadOnly()
		if read.amended {
			m.promoteLocked()
			read = m.loadReadOnly()
		}
		m.mu.Unlock()
	}

	for k, e := range read.m {
		v, ok := e.load()
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// missLocked counts a miss and promotes dirty once the misses have cost
// as much as copying it.
func (m *Map) missLocked() {
	m.misses++
	if m.misses < len(m.dirty) {
		return
	}
	m.promoteLocked()
}

// promoteLocked publishes dirty as the new, complete snapshot.
func (m *Map) promoteLocked() {
	m.publishLocked(readOnly{m: m.dirty})
	m.dirty = nil
	m.misses = 0
}

// dirtyLocked creates dirty, if it does not exist, from the snapshot's
// live entries, expunging the deleted ones.
func (m *Map) dirtyLocked() {
	if m.dirty != nil {
		return
	}
	read := m.loadReadOnly()
	m.dirty = make(map[any]*entry, len(read.m))
	for k, e := range read.m {
		if !e.tryExpungeLocked() {
			m.dirty[k] = e
		}
	}
}

// tryExpungeLocked marks a deleted entry expunged and reports whether the
// entry is now expunged. A concurrent store may revive a deleted entry
// first, in which case it stays live.
func (e *entry) tryExpungeLocked() (isExpunged bool) {
	p := e.pointer()
	for p == nil {
		if e.compareAndSwap(nil, expunged) {
			return true
		}
		p = e.pointer()
	}
	return p == expunged
}
