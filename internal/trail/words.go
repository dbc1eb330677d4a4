// Package trail finds the same quotation across articles: it normalises a
// quote's words, keys it for locality-sensitive lookup (MinHash over word
// pairs, cut into bands), decides whether two quotes are one, and shows how
// one version differs from another word by word. It knows nothing of the
// library; the backends store its keys and call its decision.
package trail

import (
	"strings"
	"unicode"

	"github.com/dixit-news/dixit/internal/text"
)

// Version changes whenever Words, Keys or the decision change what they
// give: the library then rebuilds the keys it stores.
const Version = "1"

// MinWords is the fewest words a quote needs to have a trail: shorter
// ones ("a tub", « bon sens ») recur in unrelated articles by chance.
const MinWords = 4

// Words returns q's words as quotes are compared: the words a reader sees
// (Markdown markup dropped), case, accents and ligatures folded, and split
// at anything that is not a letter or a digit, so that quote marks of
// either language's typography, the French spaces before « ; : ! ? », and
// apostrophes (l’avis, l'avis) all compare alike.
func Words(q string) []string {
	return strings.FieldsFunc(text.Fold(text.Display(q)), notWord)
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Norm is q's words joined by single spaces: two quotes with the same Norm
// are exact copies.
func Norm(q string) string { return strings.Join(Words(q), " ") }

// Indexable reports whether a quote of these words gets a trail.
func Indexable(words []string) bool { return len(words) >= MinWords }

// Hash is a 63-bit hash of the normalised words, for finding exact copies
// by an index: positive, so that it fits every SQL integer type alike.
func Hash(words []string) int64 {
	h := uint64(offset64)
	for i, w := range words {
		if i > 0 {
			h = fnvByte(h, ' ')
		}
		for j := 0; j < len(w); j++ {
			h = fnvByte(h, w[j])
		}
	}
	return int64(mix(h) >> 1)
}

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * prime64 }

// mix is splitmix64's finaliser: every input bit moves every output bit,
// which FNV alone does not do for the last bytes.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
