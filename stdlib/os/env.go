package os

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true. Otherwise the returned
// value will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}

func getenv(key string) (value string, found bool)

// validEnv reports whether key (and value) can be stored in the
// environment: a non-empty key without '=' or NUL, a value without NUL.
func validEnv(key, value string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return false
		}
	}
	return true
}

// Setenv sets the value of the environment variable named by the key. It
// returns an error, if any.
func Setenv(key, value string) error {
	if !validEnv(key, value) {
		return NewSyscallError("setenv", einval)
	}
	setenv(key, value)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func setenv(key, value string)
func unsetenv(key string)

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string
