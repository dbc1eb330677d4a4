//go:build !unix

package sqlite

// writable cannot ask the system here: the mode bits, which the caller
// checks, are all there is to go on.
func writable(string) bool { return true }
