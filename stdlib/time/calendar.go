package time

// The proleptic Gregorian calendar: Month and Weekday, the conversion of an
// instant to year, month, day and clock, and Date, the conversion back.
//
// Presentation works on "absolute" seconds: seconds since January 1 of the
// year -292277022399, an epoch so early that every Time (and every zone
// offset applied to it) is a non-negative uint64, so that divisions round
// down without sign fixes. That year is 1 mod 400, so each 400-year cycle
// from it starts like 2001: its leap years come as late as possible (the
// 4th, the 100th is skipped, the 400th kept), and its first day is a
// Monday. Three clocks are in use:
//
//	internal: int64 seconds since January 1 of year 1 (Time's seconds)
//	unix:     int64 seconds since January 1 1970
//	absolute: uint64 seconds since the absolute zero year
//
// and the offsets between them are the constants below.

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97
	daysPer100Years  = 365*100 + 24
	daysPer4Years    = 365*4 + 1

	absoluteZeroYear = -292277022399

	absoluteToInternal int64 = (absoluteZeroYear - 1) * 365.2425 * secondsPerDay
	internalToAbsolute       = -absoluteToInternal

	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	// January 1 1885, the start of the packed wall-clock window.
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// daysBefore[m] is the number of days of a non-leap year before month m+1
// (0-based m); daysBefore[12] is the length of the year.
var daysBefore = [...]int32{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// abs returns t's absolute seconds with its zone's offset applied: the
// wall clock of its location.
func (t Time) abs() uint64 {
	_, _, abs := t.locabs()
	return abs
}

// locabs returns the zone name and offset in effect at t, and t's
// absolute wall-clock seconds, with one zone lookup.
func (t Time) locabs() (name string, offset int, abs uint64) {
	loc := t.loc.get()
	sec := t.unixSec()
	if loc == &utcLoc {
		name = "UTC"
	} else {
		name, offset, _, _, _ = loc.lookup(sec)
		sec += int64(offset)
	}
	return name, offset, uint64(sec + (unixToInternal + internalToAbsolute))
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = absDate(t.abs(), true)
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	year, _, _, _ := absDate(t.abs(), false)
	return year
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, month, _, _ := absDate(t.abs(), true)
	return month
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, day, _ := absDate(t.abs(), true)
	return day
}

// YearDay returns the day of the year specified by t, in the range
// [1,365] for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	_, _, _, yday := absDate(t.abs(), false)
	return yday + 1
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday { return absWeekday(t.abs()) }

// absWeekday: day 0 of the absolute calendar is a Monday.
func absWeekday(abs uint64) Weekday {
	sec := (abs + uint64(Monday)*secondsPerDay) % secondsPerWeek
	return Weekday(int(sec) / secondsPerDay)
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// An ISO week (Monday to Sunday) belongs to the year of its Thursday,
	// and weeks are numbered from the first week holding a Thursday; so
	// move to this week's Thursday and count its day of the year in weeks.
	abs := t.abs()
	toThursday := int(Thursday - absWeekday(abs))
	if toThursday == 4 { // Sunday ends the week
		toThursday = -3
	}
	abs += uint64(toThursday) * secondsPerDay
	year, _, _, yday := absDate(abs, false)
	return year, yday/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) { return absClock(t.abs()) }

func absClock(abs uint64) (hour, min, sec int) {
	sec = int(abs % secondsPerDay)
	hour = sec / secondsPerHour
	sec -= hour * secondsPerHour
	min = sec / secondsPerMinute
	sec -= min * secondsPerMinute
	return
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { return int(t.abs()%secondsPerDay) / secondsPerHour }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { return int(t.abs()%secondsPerHour) / secondsPerMinute }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { return int(t.abs() % secondsPerMinute) }

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec()) }

// absDate splits absolute seconds into the year and the 0-based day of the
// year and, when full, the month and day of the month.
func absDate(abs uint64, full bool) (year int, month Month, day int, yday int) {
	days := abs / secondsPerDay

	// Peel off whole cycles, longest first. The last 100-year cycle of a
	// 400 and the last year of a 4-year cycle are one day longer, so on
	// their last day the quotient reaches 4: clamp it to 3.
	cycles := days / daysPer400Years
	years := 400 * cycles
	days -= daysPer400Years * cycles

	cycles = days / daysPer100Years
	cycles -= cycles >> 2
	years += 100 * cycles
	days -= daysPer100Years * cycles

	cycles = days / daysPer4Years
	years += 4 * cycles
	days -= daysPer4Years * cycles

	cycles = days / 365
	cycles -= cycles >> 2
	years += cycles
	days -= 365 * cycles

	year = int(int64(years) + absoluteZeroYear)
	yday = int(days)
	if !full {
		return
	}

	day = yday
	if isLeap(year) {
		const leapDay = 31 + 29 - 1
		if day == leapDay {
			return year, February, 29, yday
		}
		if day > leapDay {
			day--
		}
	}
	// Every month has at most 31 days, so day/31 is the month or the one
	// before it.
	m := day / 31
	if day >= int(daysBefore[m+1]) {
		m++
	}
	return year, Month(m + 1), day - int(daysBefore[m]) + 1, yday
}

// daysSinceEpoch returns the number of days from the absolute epoch to
// January 1 of year.
func daysSinceEpoch(year int) uint64 {
	years := uint64(int64(year) - absoluteZeroYear)
	days := daysPer400Years * (years / 400)
	years %= 400
	days += daysPer100Years * (years / 100)
	years %= 100
	days += daysPer4Years * (years / 4)
	years %= 4
	return days + 365*years
}

// norm carries lo's excess over [0, base) into hi:
// hi*base + lo == nhi*base + nlo with 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		borrow := (-lo-1)/base + 1
		hi -= borrow
		lo += borrow * base
	}
	if lo >= base {
		carry := lo / base
		hi += carry
		lo -= carry * base
	}
	return hi, lo
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location. Values out
// of their usual ranges are normalized (October 32 is November 1). In a
// zone transition that skips or repeats times, Date returns a time that is
// correct in one of the two zones. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}

	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1

	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysSinceEpoch(year) + uint64(daysBefore[month-1])
	if isLeap(year) && month >= March {
		days++
	}
	days += uint64(day - 1)
	abs := days*secondsPerDay + uint64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix := int64(abs) + (absoluteToInternal + internalToUnix)

	// The zone is found from a UTC instant, which is not known yet: try
	// the wall clock as if it were UTC; if the offset found moves the
	// instant out of that zone's span, look again at the moved instant.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}

	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized as Date does: adding one month
// to October 31 yields December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}
