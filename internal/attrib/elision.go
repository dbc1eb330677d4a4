package attrib

import (
	"strings"
	"unicode/utf8"
)

// elisions are the French words that drop their vowel before an apostrophe;
// they become tokens of their own so that "l’ambassadeur" reads as two words.
// Each maps to its folded token form, the word and an ASCII apostrophe.
var elisions = map[string]string{
	"l": "l'", "d": "d'", "j": "j'", "m": "m'", "n": "n'", "s": "s'", "t": "t'", "c": "c'",
	"qu": "qu'", "jusqu": "jusqu'", "lorsqu": "lorsqu'", "puisqu": "puisqu'", "quoiqu": "quoiqu'", "presqu": "presqu'",
}

// elision looks p up in elisions without making a lower-case copy of it
// for the map (elisions are plain ASCII).
func elision(p string) (string, bool) {
	var b [8]byte
	if len(p) > len(b) {
		return "", false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= utf8.RuneSelf {
			low, ok := elisions[strings.ToLower(p)]
			return low, ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	low, ok := elisions[string(b[:len(p)])]
	return low, ok
}
