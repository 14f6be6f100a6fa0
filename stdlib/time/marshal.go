package time

// Time's serialized forms, as Go 1.19 writes them. Text and JSON are
// RFC 3339 with the fraction when there is one (years 0 to 9999 only).
// The binary form is 15 bytes: version 1, the seconds since year 1 and the
// nanoseconds big-endian, and the zone offset in minutes (-1 for UTC);
// version 2 adds a byte of offset seconds for zones such as LMT. None of
// them keep the zone's name: decoding gives UTC, Local if the offset is
// Local's at that instant, or an unnamed fixed zone.

import "errors"

const (
	timeBinaryVersionV1 byte = iota + 1
	timeBinaryVersionV2      // offsets with seconds
)

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16 // -1 for UTC
	var offsetSec int8
	version := timeBinaryVersionV1
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}

	sec, nsec := t.sec(), t.nsec()
	enc := []byte{version}
	for shift := 56; shift >= 0; shift -= 8 {
		enc = append(enc, byte(sec>>shift))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		enc = append(enc, byte(nsec>>shift))
	}
	enc = append(enc, byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		enc = append(enc, byte(offsetSec))
	}
	return enc, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	wantLen := 1 + 8 + 4 + 2
	if version == timeBinaryVersionV2 {
		wantLen++
	}
	if len(data) != wantLen {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}

	var sec int64
	for _, b := range data[1:9] {
		sec = sec<<8 | int64(b)
	}
	var nsec int32
	for _, b := range data[9:13] {
		nsec = nsec<<8 | int32(b)
	}
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == timeBinaryVersionV2 {
		offset += int(data[15])
	}

	*t = Time{wall: uint64(nsec), ext: sec}
	if offset == -1*60 {
		t.setLoc(&utcLoc)
	} else if _, localOffset, _, _, _ := Local.lookup(t.unixSec()); offset == localOffset {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }

// MarshalJSON implements the json.Marshaler interface: the time as a
// quoted RFC 3339 string, with the fraction if there is one.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON implements the json.Unmarshaler interface: a quoted RFC
// 3339 string; null leaves t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}

// MarshalText implements the encoding.TextMarshaler interface: the time in
// RFC 3339 format, with the fraction if there is one.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface: the
// time in RFC 3339 format.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}
