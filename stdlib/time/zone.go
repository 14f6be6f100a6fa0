package time

// Locations: what offset from UTC is in force at an instant.
//
// A Location is a list of zones (an abbreviation, an offset east of UTC, a
// DST flag) and a sorted list of transitions (from this instant on, zone
// i applies). Instants after the last transition follow the POSIX TZ rule
// in extend when there is one (tzrule.go). Instants before the first
// transition use the zone tzcode's localtime.c picks (lookupFirstZone).
//
// UTC is a Location with no zones at all; FixedZone has one zone and one
// transition at the beginning of time. Local is read on first use, under
// a sync.Once, from $TZ or /etc/localtime (as Go does on Unix), and
// LoadLocation reads the IANA database from $ZONEINFO or the system
// directories, through the TZif reader in tzif.go.
//
// Each Location caches the zone in force at the instant it was loaded,
// with the span where it holds, since most lookups are for "now".

import (
	"errors"
	"sync"
)

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string // POSIX TZ rule for instants after the last transition

	// The zone in force for cacheStart <= unix seconds < cacheEnd.
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone represents a single time zone such as CET.
type zone struct {
	name   string // abbreviation, "CET"
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans represents a single time zone transition.
type zoneTrans struct {
	when         int64 // unix seconds
	index        uint8 // the zone in force from when on
	isstd, isutc bool  // as read from the TZif file; not used
}

// The beginning and end of time for zone spans.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// utcLoc is separate from UTC so that get never returns nil, even if a
// program assigns to UTC.
var utcLoc = Location{name: "UTC"}

// Local represents the system's local time zone: $TZ if set ("" meaning
// UTC, a name meaning a file of the zoneinfo directory, an absolute path
// meaning that file), otherwise /etc/localtime.
var Local *Location = &localLoc

var localLoc Location
var localOnce sync.Once

// get resolves the nil Location to UTC and loads Local on first use.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// lookup returns the zone in force at unix seconds sec: its name, offset
// and DST flag, and the span [start, end) of unix seconds where it holds.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if z := l.cacheZone; z != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return z.name, z.offset, l.cacheStart, l.cacheEnd, z.isDST
	}

	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}

	// The last transition at or before sec; end is the one after it.
	tx := l.tx
	end = omega
	lo, hi := 0, len(tx)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if sec < tx[mid].when {
			end = tx[mid].when
			hi = mid
		} else {
			lo = mid
		}
	}
	z := &l.zone[tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, tx[lo].when, z.isDST

	if lo == len(tx)-1 && l.extend != "" {
		if rname, roffset, rstart, rend, risDST, ok := tzset(l.extend, start, sec); ok {
			return rname, roffset, rstart, rend, risDST
		}
	}
	return
}

// lookupFirstZone returns the zone for instants before the first
// transition, by tzcode's rules: the first zone if no transition uses it;
// else, if the first transition enters DST, the closest standard zone
// listed before that one; else the first standard zone; else the first.
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns the offset of the zone called name, preferring one
// in force at the given pseudo-Unix time (the wall clock read as UTC):
// Sydney calls both its standard and its summer zone "EST".
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			inForce, zoneOffset, _, _, _ := l.lookup(unix - int64(z.offset))
			if inForce == z.name {
				return zoneOffset, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// The directories searched for IANA zone files, in order.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

// initLocal sets localLoc from $TZ or /etc/localtime, falling back to UTC.
func initLocal() {
	tz, set := getenv("TZ")
	switch {
	case !set:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

var errLocation = errors.New("time: invalid location name")

var zoneinfoDir string
var zoneinfoOnce sync.Once

// LoadLocation returns the Location with the given name: UTC for "" and
// "UTC", Local for "Local", otherwise the IANA zone of that name (such as
// "America/New_York") from the directory named by $ZONEINFO or the
// system's zoneinfo directories.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	zoneinfoOnce.Do(func() { zoneinfoDir, _ = getenv("ZONEINFO") })
	var firstErr error
	if zoneinfoDir != "" {
		data, err := readZoneFile(zoneinfoDir, name)
		if err == nil {
			z, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return z, nil
			}
			firstErr = err
		} else if !isNotExist(err) {
			firstErr = err
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadLocation returns the zone called name from the first of dirs that
// has a valid file for it; the error is the first one other than a
// missing file, or "unknown time zone".
func loadLocation(name string, dirs []string) (*Location, error) {
	var firstErr error
	for _, dir := range dirs {
		data, err := readZoneFile(dir, name)
		if err == nil {
			var z *Location
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if firstErr == nil && !isNotExist(err) {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}
