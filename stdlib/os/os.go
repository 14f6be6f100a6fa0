// Package os provides a platform-independent interface to operating system
// functionality. golem's version is minimal: the process's arguments, its
// environment and exit.
//
// The body-less functions are intrinsics bound by name ("os.Exit", ...).
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string
