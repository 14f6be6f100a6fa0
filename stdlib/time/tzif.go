package time

// The TZif reader: the binary zone files of the IANA database (tzfile(5)),
// as installed in /usr/share/zoneinfo and /etc/localtime.
//
// A file is a 44-byte header ("TZif", a version, six counts) and the
// tables those counts size: transition times, the zone index of each
// transition, the zones (offset, DST flag, abbreviation index), the
// abbreviations, leap seconds, and two flag tables. Version 2 and later
// repeat header and tables with 64-bit times after the 32-bit ones (which
// are skipped here, as Go does) and end with a newline-framed POSIX TZ rule
// for instants after the last transition. All numbers are big-endian.
//
// Files are read through the intrinsics of package os (the same C++
// functions, bound under this package's names in stdlib/natives.cpp), so
// that time does not import os.

import "errors"

// getenv, readFile and errnoText are os's intrinsics of the same names.
func getenv(key string) (value string, found bool)
func readFile(name string) (data []byte, failedOp int, errno int)
func errnoText(e int) string

// A syscallError is an errno from reading a zone file; its text is Go's
// syscall.Errno text ("is a directory").
type syscallError int

func (e syscallError) Error() string { return errnoText(int(e)) }

const enoent syscallError = 2

func isNotExist(err error) bool { return err == enoent }

// Zone files larger than this are refused, as in Go.
const maxFileSize = 10 << 20

type fileSizeError string

func (f fileSizeError) Error() string { return "time: file " + string(f) + " is too large" }

// readZoneFile returns the bytes of the file name in directory dir ("" for
// a path used as it is).
func readZoneFile(dir, name string) ([]byte, error) {
	if dir != "" {
		name = dir + "/" + name
	}
	data, _, errno := readFile(name)
	if errno != 0 {
		return nil, syscallError(errno)
	}
	if len(data) > maxFileSize {
		return nil, fileSizeError(name)
	}
	return data, nil
}

var errBadData = errors.New("malformed time zone information")

// tzifReader reads big-endian fields from a TZif file; a read past the end
// yields nothing and sets failed.
type tzifReader struct {
	rest   []byte
	failed bool
}

func (r *tzifReader) bytes(n int) []byte {
	if n < 0 || len(r.rest) < n {
		r.rest = nil
		r.failed = true
		return nil
	}
	p := r.rest[:n]
	r.rest = r.rest[n:]
	return p
}

func (r *tzifReader) uint32() (uint32, bool) {
	p := r.bytes(4)
	if p == nil {
		return 0, false
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]), true
}

func (r *tzifReader) uint64() (uint64, bool) {
	hi, ok1 := r.uint32()
	lo, ok2 := r.uint32()
	return uint64(hi)<<32 | uint64(lo), ok1 && ok2
}

func (r *tzifReader) byte() (byte, bool) {
	p := r.bytes(1)
	if p == nil {
		return 0, false
	}
	return p[0], true
}

// The six counts of a TZif header, in file order.
const (
	tzifUTCLocalCount = iota
	tzifStdWallCount
	tzifLeapCount
	tzifTimeCount
	tzifZoneCount
	tzifCharCount
)

// counts reads the six counts of a header.
func (r *tzifReader) counts() (n [6]int, ok bool) {
	for i := range n {
		c, ok := r.uint32()
		if !ok || uint32(int(c)) != c {
			return n, false
		}
		n[i] = int(c)
	}
	return n, true
}

// cString returns p up to its first NUL.
func cString(p []byte) string {
	for i, c := range p {
		if c == 0 {
			return string(p[:i])
		}
	}
	return string(p)
}

// LoadLocationFromTZData returns a Location with the given name
// initialized from the IANA Time Zone database-formatted data (for example,
// the content of /etc/localtime on Unix systems).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := tzifReader{rest: data}
	if magic := r.bytes(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	header := r.bytes(16)
	if header == nil {
		return nil, errBadData
	}
	if v := header[0]; v != 0 && v != '2' && v != '3' {
		return nil, errBadData
	}
	n, ok := r.counts()
	if !ok {
		return nil, errBadData
	}

	timeSize := 4
	if header[0] != 0 {
		// Skip the 32-bit tables and the second header's magic and
		// version; its counts follow.
		r.bytes(n[tzifTimeCount]*5 + n[tzifZoneCount]*6 + n[tzifCharCount] +
			n[tzifLeapCount]*8 + n[tzifStdWallCount] + n[tzifUTCLocalCount] + 4 + 16)
		if n, ok = r.counts(); !ok {
			return nil, errBadData
		}
		timeSize = 8
	}

	txTimes := tzifReader{rest: r.bytes(n[tzifTimeCount] * timeSize)}
	txZones := r.bytes(n[tzifTimeCount])
	zoneData := tzifReader{rest: r.bytes(n[tzifZoneCount] * 6)}
	abbrevs := r.bytes(n[tzifCharCount])
	r.bytes(n[tzifLeapCount] * (timeSize + 4))
	isStd := r.bytes(n[tzifStdWallCount])
	isUTC := r.bytes(n[tzifUTCLocalCount])
	if r.failed {
		return nil, errBadData
	}

	var extend string
	if rest := r.rest; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	if n[tzifZoneCount] == 0 {
		return nil, errBadData
	}
	zones := make([]zone, n[tzifZoneCount])
	for i := range zones {
		offset, ok := zoneData.uint32()
		if !ok || uint32(int(offset)) != offset {
			return nil, errBadData
		}
		zones[i].offset = int(int32(offset))
		dst, ok := zoneData.byte()
		if !ok {
			return nil, errBadData
		}
		zones[i].isDST = dst != 0
		abbrev, ok := zoneData.byte()
		if !ok || int(abbrev) >= len(abbrevs) {
			return nil, errBadData
		}
		zones[i].name = cString(abbrevs[abbrev:])
	}

	tx := make([]zoneTrans, n[tzifTimeCount])
	for i := range tx {
		if timeSize == 4 {
			when, ok := txTimes.uint32()
			if !ok {
				return nil, errBadData
			}
			tx[i].when = int64(int32(when))
		} else {
			when, ok := txTimes.uint64()
			if !ok {
				return nil, errBadData
			}
			tx[i].when = int64(when)
		}
		if int(txZones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txZones[i]
		if i < len(isStd) {
			tx[i].isstd = isStd[i] != 0
		}
		if i < len(isUTC) {
			tx[i].isutc = isUTC[i] != 0
		}
	}
	if len(tx) == 0 {
		// A fixed zone such as Etc/GMT+3: one transition at the
		// beginning of time.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}

	l := &Location{zone: zones, tx: tx, name: name, extend: extend}
	l.cacheNow()
	return l, nil
}

// cacheNow fills l's cache with the zone in force now.
func (l *Location) cacheNow() {
	sec, _, _ := now()
	tx := l.tx
	for i := range tx {
		if tx[i].when > sec || i+1 < len(tx) && sec >= tx[i+1].when {
			continue
		}
		l.cacheStart = tx[i].when
		l.cacheEnd = omega
		l.cacheZone = &l.zone[tx[i].index]
		if i+1 < len(tx) {
			l.cacheEnd = tx[i+1].when
		} else if l.extend != "" {
			if name, offset, start, end, isDST, ok := tzset(l.extend, l.cacheStart, sec); ok {
				l.cacheStart = start
				l.cacheEnd = end
				l.cacheZone = l.findZone(name, offset, isDST)
			}
		}
		return
	}
}

// findZone returns l's zone with these fields, or a new one if it has none.
func (l *Location) findZone(name string, offset int, isDST bool) *zone {
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name && z.offset == offset && z.isDST == isDST {
			return z
		}
	}
	return &zone{name: name, offset: offset, isDST: isDST}
}
