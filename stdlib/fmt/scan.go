package fmt

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// Scanning: Scan, Scanf, Scanln and their F (io.Reader) and S (string)
// forms, with Go 1.19's rules and error texts.
//
// A scan reads runes through an io.RuneScanner: the reader itself when it
// is one (bufio.Reader, strings.Reader, the string of Sscan), otherwise a
// readRune adapter that reads one byte per Read call, as Go's does, so that
// Fscan consumes no more input than it scans (plus at most one rune it
// could not push back). Operands are pointers to basic types, matched by a
// type switch; a pointer to a named basic type (*Celsius) is re-typed to
// the pointer of its underlying type (intrinsics in
// stdlib/fmt_scan_natives.cpp stand in for reflect), and an operand with a
// Scan method (Scanner) scans itself through the ScanState.
//
// Errors travel by panic(scanError{...}) from deep inside the token readers
// to errorHandler, deferred by the entry points, which turns them into the
// returned error; running out of input panics with io.EOF itself.
// Complex operands are not supported (golem has no complex numbers).
//
// Unlike Go's, this fmt does not import os or math: every program that
// prints would compile them too, and golem compiles the stdlib it loads at
// each start. Scan, Scanln and Scanf read file descriptor 0 through os's
// read intrinsic (so they do not follow a reassigned os.Stdin), and a read
// error is a plain error with os's text ("read /dev/stdin: ...").

// ScanState represents the scanner state passed to custom scanners.
// Scanners may do rune-at-a-time scanning or ask the ScanState to discover
// the next space-delimited token.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns
	// the run of Unicode code points c satisfying f(c).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been
	// set.
	Width() (wid int, ok bool)
	// Read is only there to make ScanState an io.Reader; scanners must use
	// ReadRune.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in
// the receiver, which must be a pointer to be useful.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space. It returns the number of items successfully scanned. If that is
// less than the number of arguments, err will report why.
func Scan(a ...any) (n int, err error) { return Fscan(stdin{}, a...) }

// Scanln is similar to Scan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(stdin{}, a...) }

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the
// format. Newlines in the input must match newlines in the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(stdin{}, format, a...) }

// stdin reads standard input as os.Stdin.Read does.
type stdin struct{}

func (stdin) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(0, b)
	if errno != 0 {
		return 0, errors.New("read /dev/stdin: " + errnoText(errno))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// os's intrinsics (stdlib/os_natives.cpp), bound under fmt's names too.
func read(fd int, b []byte) (n int, errno int)
func errnoText(e int) string

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after
// the final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after
// the final item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

// Fscanf scans text read from r, storing successive space-separated values
// into successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

// stringReader is the input of Sscan*: a RuneScanner over the string.
type stringReader struct {
	s        string
	at       int
	lastSize int // width of the rune last read, 0 if none
}

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, r.s[r.at:])
	r.at += n
	r.lastSize = 0
	if n == 0 {
		err = io.EOF
	}
	return n, err
}

func (r *stringReader) ReadRune() (ch rune, size int, err error) {
	if r.at >= len(r.s) {
		r.lastSize = 0
		return 0, 0, io.EOF
	}
	ch, size = rune(r.s[r.at]), 1
	if ch >= utf8.RuneSelf {
		ch, size = utf8.DecodeRuneInString(r.s[r.at:])
	}
	r.at += size
	r.lastSize = size
	return ch, size, nil
}

func (r *stringReader) UnreadRune() error {
	if r.lastSize == 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.at -= r.lastSize
	r.lastSize = 0
	return nil
}

// readRune reads runes from a reader that is not an io.RuneScanner, one
// byte per Read. The bytes of an invalid sequence after its first are kept
// in pending for the next runes; peekRune holds the rune to give again
// after UnreadRune (when >= 0), or the complement of the last rune read.
type readRune struct {
	reader   io.Reader
	buf      [utf8.UTFMax]byte
	pending  int
	pendBuf  [utf8.UTFMax]byte
	peekRune rune
}

// readByte returns the next byte: a pending one, or one read from reader.
func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[0:], r.pendBuf[1:])
		r.pending--
		return b, nil
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		return rr, utf8.RuneLen(rr), nil
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		r.peekRune = ^rr
		return rr, 1, nil
	}
	n := 1
	for ; !utf8.FullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err != io.EOF {
				return 0, 0, err
			}
			err = nil
			break
		}
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n {
		// Keep the bytes after an invalid first byte for the next runes.
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return rr, size, nil
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

// scanError carries an error from the scanning code to errorHandler.
type scanError struct {
	err error
}

const eof = -1

// hugeWid is the width of an operand without an explicit width.
const hugeWid = 1 << 30

// ss is the scan state, and the ScanState custom scanners see. count is the
// number of runes read; argLimit the count at which the current operand's
// width runs out (limit when it has none).
type ss struct {
	rs        io.RuneScanner
	buf       []byte
	count     int
	atEOF     bool
	nlIsEnd   bool // a newline ends the scan (Scanln)
	nlIsSpace bool // a newline is space (Scan)
	argLimit  int
	limit     int
	maxWid    int
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: hugeWid, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	return s
}

// Read is in ScanState only to make it an io.Reader.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return r, size, err
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// getRune returns the next rune, or eof at the end of the input; a read
// error aborts the scan.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where the end of the input is a syntax error.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) error(err error) { panic(scanError{err}) }

func (s *ss) errorString(err string) { panic(scanError{errors.New(err)}) }

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

// isSpace reports whether r is Unicode White_Space (unicode.IsSpace's set).
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || '\t' <= r && r <= '\r'
	case r <= 0xff:
		return r == 0x85 || r == 0xa0
	case 0x2000 <= r && r <= 0x200a:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// SkipSpace skips spaces; a newline is one only for Scan (nlIsSpace), and
// elsewhere is an error, except that "\r\n" counts as the newline.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// token returns the run of runes satisfying f, after the spaces if
// skipSpace, in s.buf.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

var boolError = errors.New("syntax error scanning boolean")

// indexRune is strings.IndexRune (fmt does not import strings).
func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune and reports whether it is in ok; accepted
// runes go into s.buf. A rune not in ok is pushed back only if accept.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is in ok, without consuming it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF panics with io.EOF when the input is exhausted.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

// okVerb checks that verb is one of okVerbs for an operand of type typ.
func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) >= 0 {
		return true
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

// scanBool accepts 0, 1, t, true, f, false in any case.
func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
	floatVerbs        = "beEfFgGv"
)

// getBase returns the base and the digits of an integer verb.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// scanNumber accepts a run of digits (at least one unless haveDigits).
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune is %c: the next rune, whatever it is.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	if x := (int64(r) << (64 - n)) >> (64 - n); x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads the 0b, 0o, 0x or 0 prefix %v allows; base 0 lets
// strconv read the prefix again.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// scanInteger reads the digits of an integer for verb, after an optional
// sign when signed; %U wants a "U+" prefix, %v accepts base prefixes.
func (s *ss) scanInteger(verb rune, signed bool) (tok string, base int) {
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		if signed {
			s.accept(sign)
		}
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	return s.scanNumber(digits, haveDigits), base
}

// scanInt returns the signed integer of the next token, checking it fits
// bitSize bits.
func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	tok, base := s.scanInteger(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

// scanUint returns the unsigned integer of the next token, checking it fits
// bitSize bits.
func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	tok, base := s.scanInteger(verb, false)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads what looks like a floating-point number; strconv checks
// the syntax.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool { return indexRune(s, 'x') >= 0 || indexRune(s, 'X') >= 0 }

// convertFloat parses str with n bits of precision; a decimal mantissa with
// a binary exponent ("1.5p3") is fmt's own syntax.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			s.error(withNum(err, str))
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			s.error(withNum(err, str))
		}
		return ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

// ldexp is math.Ldexp (its intrinsic, bound under fmt's name).
func ldexp(frac float64, exp int) float64

// withNum reports the whole token in a strconv error about part of it.
func withNum(err error, str string) error {
	if e, ok := err.(*strconv.NumError); ok {
		e.Num = str
	}
	return err
}

// scanFloat reads a float operand of n bits.
func (s *ss) scanFloat(verb rune, n int, typ string) (f float64, ok bool) {
	if !s.okVerb(verb, floatVerbs, typ) {
		return 0, false
	}
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), n), true
}

// convertString reads a string operand: a word for %s and %v, a quoted
// string for %q, hex pairs for %x.
func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a back-quoted string, or a double-quoted one that
// strconv.Unquote decodes.
func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				return string(s.buf)
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// The rune after a backslash cannot end the string.
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return 10 + int(d-'a'), true
	case 'A' <= d && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

// hexByte reads two hex digits; ok is false (nothing consumed) when the
// next rune is not one.
func (s *ss) hexByte() (b byte, ok bool) {
	r := s.getRune()
	if r == eof {
		return 0, false
	}
	high, ok := hexDigit(r)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	low, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return 0, false
	}
	return byte(high<<4 | low), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanPercent reads a literal % (the %% directive).
func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}

// pointeeKind returns the reflect.Kind of what arg points to, -1 when arg
// is not a pointer; a slice is reported (Slice) only when its elements are
// uint8s, other slices as 0 (an intrinsic).
func pointeeKind(arg any) int

// retype returns arg's pointer with the type of like (a nil pointer of the
// underlying basic type); an intrinsic, where Go uses reflect.
func retype(arg, like any) any

// underlyingPointers holds, by reflect.Kind (Bool = 1 ... Float64 = 14,
// Slice = 23, String = 24), a nil pointer to each type a named type can
// scan as.
var underlyingPointers = [...]any{
	1: (*bool)(nil), 2: (*int)(nil), 3: (*int8)(nil), 4: (*int16)(nil), 5: (*int32)(nil),
	6: (*int64)(nil), 7: (*uint)(nil), 8: (*uint8)(nil), 9: (*uint16)(nil), 10: (*uint32)(nil),
	11: (*uint64)(nil), 12: (*uintptr)(nil), 13: (*float32)(nil), 14: (*float64)(nil),
	23: (*[]byte)(nil), 24: (*string)(nil),
}

// scanOne scans one operand with the verb.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, strconv.IntSize))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, strconv.IntSize))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		// Parsed at float32 precision, so that overflow is float32's.
		if f, ok := s.scanFloat(verb, 32, "float32"); ok {
			*v = float32(f)
		}
	case *float64:
		if f, ok := s.scanFloat(verb, 64, "float64"); ok {
			*v = f
		}
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		// A copy: the scanned bytes live in s.buf.
		*v = []byte(s.convertString(verb))
	default:
		s.scanNamed(verb, arg)
	}
}

// scanNamed scans into a pointer to a named type whose underlying type is
// basic (or []byte): as the pointer to that underlying type.
func (s *ss) scanNamed(verb rune, arg any) {
	kind := pointeeKind(arg)
	if kind < 0 {
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
		return
	}
	if kind >= len(underlyingPointers) || underlyingPointers[kind] == nil {
		s.errorString("can't scan type: " + Sprintf("%T", arg))
		return
	}
	s.scanOne(verb, retype(arg, underlyingPointers[kind]))
}

// errorHandler turns the scanning panics into the returned error.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

// doScan scans the operands of Scan, Scanln and their kin.
func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		// Scanln: only spaces may remain before the newline or the end.
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return numProcessed, nil
}

// advance matches the input against the literal text at the start of
// format, up to its first verb. It returns the bytes of format consumed: 0
// when format starts with a verb (or the input is exhausted), negative when
// the input does not match. Runs of spaces match runs of spaces; newlines
// must match newlines (with spaces around them optional); %% matches %.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			i = s.advanceSpace(format, i)
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return i
			}
			i += w // the first % of %%; the second matches below
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// advanceSpace matches the run of spaces starting at format[i] and returns
// where it ends. Each newline in the run needs a newline (or the end) in
// the input, after optional spaces; spaces after the last newline, or a run
// without newlines, take the input's spaces (a run without newlines needs
// at least one, or the end of the input).
func (s *ss) advanceSpace(format string, i int) int {
	newlines := 0
	trailingSpace := false
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if !isSpace(fmtc) {
			break
		}
		if fmtc == '\n' {
			newlines++
			trailingSpace = false
		} else {
			trailingSpace = true
		}
		i += w
	}
	for j := 0; j < newlines; j++ {
		inputc := s.getRune()
		for isSpace(inputc) && inputc != '\n' {
			inputc = s.getRune()
		}
		if inputc != '\n' && inputc != eof {
			s.errorString("newline in format does not match input")
		}
	}
	if trailingSpace {
		inputc := s.getRune()
		if newlines == 0 {
			if !isSpace(inputc) && inputc != eof {
				s.errorString("expected space in input to match format")
			}
			if inputc == '\n' {
				s.errorString("newline in input does not match format")
			}
		}
		for isSpace(inputc) && inputc != '\n' {
			inputc = s.getRune()
		}
		if inputc != eof {
			s.UnreadRune()
		}
	}
	return i
}

// doScanf scans the operands of Scanf and its kin: one operand per verb.
func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			// The input is exhausted: "too many operands" below.
			break
		}
		i++ // the %
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return numProcessed, nil
}

// parsenum reads a decimal number at s[start:], up to end; isnum is false
// when there is none.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > 1e6 {
			return 0, false, end // overflow: treat as no number
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return num, isnum, newi
}
