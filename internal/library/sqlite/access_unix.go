//go:build unix

package sqlite

import sys "golang.org/x/sys/unix"

// writable reports whether this process may write path, as the kernel
// decides it: owner, group, mode, ACLs and read-only mounts included.
func writable(path string) bool { return sys.Access(path, sys.W_OK) == nil }
