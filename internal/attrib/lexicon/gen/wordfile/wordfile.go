// Package wordfile reads the word lists of packaged sources (Debian's
// dictionaries, iso-codes' tables) for the lexicon's generators.
package wordfile

import (
	"bufio"
	"os"
	"strings"
)

// EachLine calls fn with every non-blank line of the file at path, trimmed.
func EachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			fn(line)
		}
	}
	return sc.Err()
}
