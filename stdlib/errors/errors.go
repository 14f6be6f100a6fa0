// Package errors: Go's errors package, as golem compiles it.
package errors

// New returns an error whose Error method returns text. Each call returns a
// distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}
