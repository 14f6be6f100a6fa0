// Package utf8 implements functions and constants to support text encoded
// in UTF-8, with Go 1.19's exact rules: an invalid or overlong sequence, a
// surrogate or a value above MaxRune decodes as (RuneError, 1); an empty
// input decodes as (RuneError, 0); encoding an invalid rune writes
// RuneError's three bytes.
//
// Decoding classifies the first byte (its count of leading ones gives the
// sequence length), then checks that every following byte is a continuation
// byte (10xxxxxx) and that the second byte lies in the range that excludes
// overlong forms, surrogates and values past U+10FFFF (the tighter ranges
// after E0, ED, F0 and F4).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// secondByteRange returns the valid range [lo, hi] of the second byte of a
// sequence that starts with b (a lead byte of 2 to 4 bytes), and the
// sequence's length; size 0 when b cannot start a sequence.
func secondByteRange(b byte) (lo, hi byte, size int) {
	switch {
	case b < 0xC2:
		return 0, 0, 0 // continuation byte, or C0/C1 (always overlong)
	case b < 0xE0:
		return 0x80, 0xBF, 2
	case b == 0xE0:
		return 0xA0, 0xBF, 3 // excludes overlong 3-byte forms
	case b == 0xED:
		return 0x80, 0x9F, 3 // excludes surrogates
	case b < 0xF0:
		return 0x80, 0xBF, 3
	case b == 0xF0:
		return 0x90, 0xBF, 4 // excludes overlong 4-byte forms
	case b < 0xF4:
		return 0x80, 0xBF, 4
	case b == 0xF4:
		return 0x80, 0x8F, 4 // excludes values above U+10FFFF
	}
	return 0, 0, 0
}

func isContinuation(b byte) bool {
	return b&0xC0 == 0x80
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding
// of a rune. An invalid encoding is considered a full Rune since it will
// convert as a width-1 error rune.
func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if s[0] < RuneSelf {
		return true
	}
	lo, hi, size := secondByteRange(s[0])
	if size == 0 || n >= size {
		return true
	}
	// A truncated sequence is full if a byte already present is invalid.
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && !isContinuation(s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	lo, hi, sz := secondByteRange(b0)
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if !isContinuation(b2) {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if !isContinuation(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	lo, hi, sz := secondByteRange(b0)
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if !isContinuation(b2) {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if !isContinuation(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(string(p))
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
// It backs up over at most UTFMax-1 continuation bytes to a start byte and
// decodes from there; the result stands only if it ends exactly at the end.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	r = rune(s[start])
	if r < RuneSelf {
		return r, 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !isContinuation(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes required to encode the rune, or -1
// if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding
// of the rune. If the rune is out of range, it writes the encoding of
// RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if uint32(r) > MaxRune || surrogateMin <= r && r <= surrogateMax {
		r = RuneError
	}
	if uint32(r) < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns
// the extended buffer. If the rune is out of range, it appends the
// encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short encodings
// are treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top
// two bits set to 10.
func RuneStart(b byte) bool { return !isContinuation(b) }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded
// runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points
// that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
