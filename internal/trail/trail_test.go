package trail

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
)

// Every quote here is invented.
func TestWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"« Nous ne céderons pas ! »", "nous ne cederons pas"},
		{"“We won’t give up,” she", "we won t give up she"},
		{"l’avis des usagers", "l avis des usagers"},
		{"l'avis des usagers", "l avis des usagers"},
		{"It took *eight years*", "it took eight years"},
		{"ÉLYSÉE\u00a0: œuvre", "elysee oeuvre"},
	} {
		if got := Norm(c.in); got != c.want {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// sharesKey reports whether two quotes meet in at least one bucket.
func sharesKey(a, b []string) bool {
	ka := map[int64]bool{}
	for _, k := range Keys(a) {
		ka[k] = true
	}
	for _, k := range Keys(b) {
		if ka[k] {
			return true
		}
	}
	return false
}

var pairs = []struct {
	name  string
	a, b  string
	match bool
	// change is how b differs from a as Compute sees it.
	change Change
}{
	// Copies across typography and markup.
	{"fr copy, other marks", "« La piscine rouvrira en juin, quoi qu'il arrive »", "\"La piscine rouvrira en juin, quoi qu’il arrive\"", true, Copy},
	{"en copy, case and accents", "The Élysée has not called us back since Tuesday", "the elysee has not called us back since tuesday", true, Copy},
	// A word changed in a quote of six words or more.
	{"fr one word changed", "Nous ne pouvons plus attendre pour le pont de Valbois", "Nous ne pouvons plus patienter pour le pont de Valbois", true, Altered},
	{"en one word changed", "We cannot keep waiting for the harbour bridge to open", "We cannot keep waiting for the harbour bridge to reopen", true, Altered},
	{"en two words changed", "The crossing will be free for every child in Saltmere this summer", "The crossing will be cheap for every pupil in Saltmere this summer", true, Altered},
	{"fr a word added", "La ville empruntera la moitié de la somme", "La ville empruntera sans doute la moitié de la somme", true, Altered},
	// Fragments.
	{"en fragment", "We have waited ten years for this crossing and we will not wait another", "waited ten years for this crossing", true, Fragment},
	{"fr fragment", "Ce projet se financera en dix ans, et personne ne paiera un centime de plus", "se financera en dix ans, et personne", true, Fragment},
	{"en longer", "the council will decide in May", "Nothing is settled: the council will decide in May, not before", true, Longer},
	// Not the same quote.
	{"en short, one word differs", "we will not pay", "we will not stay", false, Altered},
	{"fr short, one word differs", "nous ne céderons pas", "nous ne viendrons pas", false, Altered},
	{"en same little words scattered", "We think that the plan is good for the town and for the port",
		"We know that the mayor is wrong about the town, the port and the plan", false, Altered},
	{"fr half the words", "Le conseil votera le budget en mars prochain sans attendre la région",
		"Le conseil refusera de voter quoi que ce soit avant la fin de l'été", false, Altered},
	{"en too short", "a tub", "a tub", false, Copy},
	{"en other quote, one shared run", "Nobody asked the people who actually use the ferry what they wanted",
		"The people who actually use the ferry were never consulted by anyone at the council", false, Altered},
}

func TestMatch(t *testing.T) {
	for _, c := range pairs {
		a, b := Words(c.a), Words(c.b)
		cmp := Compare(a, b)
		if cmp.Same != c.match {
			t.Errorf("%s: Match = %v, want %v (%+v)", c.name, cmp.Same, c.match, cmp)
		}
		if Match(b, a) != c.match {
			t.Errorf("%s: Match is not symmetric", c.name)
		}
		if c.match && !sharesKey(a, b) {
			t.Errorf("%s: the two share no bucket", c.name)
		}
		if d := Compute(c.a, c.b); d.Change != c.change {
			t.Errorf("%s: change %v, want %v (%+v)", c.name, d.Change, c.change, d)
		}
	}
}

func TestThresholds(t *testing.T) {
	// The numbers docs/trail.md states.
	if MinWords != 4 || MinChanged != 6 || Agree != 0.75 || Pairs != 0.4 || Bands != 8 || Rows != 2 || Window != 10 || Step != 5 {
		t.Fatal("a threshold changed: update docs/trail.md and Version")
	}
	// Six words, one changed: five of six agree and three of five pairs.
	six := Compare(Words("the bridge will open in June"), Words("the bridge will open in July"))
	if !six.Same || six.Common != 5 || six.Pairs != 0.8 {
		t.Errorf("six words, last changed: %+v", six)
	}
	// Six words, two changed apart: four of six agree (0.67 < 0.75).
	two := Compare(Words("the bridge will open in June"), Words("the road will open in July"))
	if two.Same || two.Common != 4 {
		t.Errorf("six words, two changed: %+v", two)
	}
}

func TestDiff(t *testing.T) {
	d := Compute("Nous ne pouvons plus attendre pour le pont", "« Nous ne pouvons plus patienter pour le pont »")
	want := []Piece{{Same, "« Nous ne pouvons plus"}, {Dropped, "attendre"}, {Added, "patienter"}, {Same, "pour le pont »"}}
	if !equalPieces(d.Pieces, want) || d.Changed != 1 || d.Added != 0 || d.Dropped != 0 || d.Change != Altered {
		t.Errorf("changed word: %+v", d)
	}
	d = Compute("We have waited ten years for this, and we will not wait another", "waited ten years for this")
	want = []Piece{{Dropped, "We have"}, {Same, "waited ten years for this"}, {Dropped, "and we will not wait another"}}
	if !equalPieces(d.Pieces, want) || d.Dropped != 8 || d.Change != Fragment {
		t.Errorf("fragment: %+v", d)
	}
	d = Compute("La ville empruntera la moitié", "La ville empruntera sans doute la moitié")
	want = []Piece{{Same, "La ville empruntera"}, {Added, "sans doute"}, {Same, "la moitié"}}
	if !equalPieces(d.Pieces, want) || d.Added != 2 || d.Change != Altered {
		t.Errorf("added: %+v", d)
	}
	d = Compute("It will be free for children.", "it will be free for children")
	if len(d.Pieces) != 1 || d.Change != Copy {
		t.Errorf("copy: %+v", d)
	}
}

func equalPieces(a, b []Piece) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestKeys(t *testing.T) {
	if Keys(Words("a tub of paint")) == nil || Keys(Words("a tub")) != nil {
		t.Error("a quote of four words is keyed, one of two is not")
	}
	if n := len(Keys(Words("one two three four five six"))); n != Bands {
		t.Errorf("a short quote has %d keys, want %d", n, Bands)
	}
	var long []string
	for i := range 23 {
		long = append(long, "w"+strconv.Itoa(i))
	}
	// 23 words: windows at 0, 5, 10 and 13 (the last ending the quote);
	// two windows may share a band's values, and then its key.
	if w := windows(23); !slices.Equal(w, []int{0, 5, 10, 13}) {
		t.Errorf("windows(23) = %v", w)
	}
	if w := windows(200); len(w) != MaxKeys/Bands || w[len(w)-1] != 35 {
		t.Errorf("windows(200) = %v", w)
	}
	if n := len(Keys(long)); n > 4*Bands || n < 3*Bands {
		t.Errorf("23 words have %d keys, want about %d", n, 4*Bands)
	}
	// A fragment of nine words from inside matches one of the windows.
	if !sharesKey(long, long[8:14]) {
		t.Error("a fragment of the long quote shares no bucket")
	}
	if Hash(Words("« Oui, vraiment »")) != Hash(Words("oui vraiment")) || Hash(Words("oui vraiment")) < 0 {
		t.Error("Hash follows the normalised words and is positive")
	}
}

func TestSamePerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Vladimir Putin", "Vladimir Poutine", true},
		{"Piotr Tchaïkovski", "Pyotr Tchaikovsky", true},
		{"Dmitri Chostakovitch", "Dmitri Shostakovich", true},
		{"Ievgueni Smirnoff", "Yevgeny Smirnov", true},
		{"Mikhaïl Gorbatchev", "Mikhail Gorbachev", true},
		{"Xi", "Xi Jinping", true},
		{"Marchetti", "Odile Marchetti", true},
		{"M. Marchetti", "Odile Marchetti", true},
		{"O. Marchetti", "Odile Marchetti", true},
		{"Djamel Benali", "Jamel Benali", true},
		{"Odile Marchetti", "Odile Marchand", false},
		{"Odile Marchetti", "Imogen Farrowby", false},
		{"Farrowby", "Odile Marchetti", false},
		{"Odile Marchetti", "", false},
	} {
		if got := SamePerson(c.a, c.b); got != c.same {
			t.Errorf("SamePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if SamePerson(c.b, c.a) != c.same {
			t.Errorf("SamePerson(%q, %q) is not symmetric", c.b, c.a)
		}
	}
}

// TestRecall measures how often the buckets bring two versions together,
// over generated quotes of distinct invented words: the figures
// docs/trail.md gives, within a few points of 1-(1-J^2)^8.
func TestRecall(t *testing.T) {
	word := func(i, j int) string { return fmt.Sprintf("w%dx%d", i, j) }
	const n = 400
	var frag6, frag4, changed int
	for i := range n {
		var q []string
		for j := range 20 {
			q = append(q, word(i, j))
		}
		// Six words from inside the first window: J = 5/9.
		if sharesKey(q, q[2:8]) {
			frag6++
		}
		// Four words: J = 3/9.
		if sharesKey(q, q[3:7]) {
			frag4++
		}
		// One word changed in the middle of twenty.
		c := slices.Clone(q)
		c[10] = "other"
		if sharesKey(q, c) {
			changed++
		}
	}
	rate := func(k int) float64 { return float64(k) / n }
	t.Logf("recall: 6-word fragment %.2f, 4-word fragment %.2f, one word changed in 20 %.2f", rate(frag6), rate(frag4), rate(changed))
	if rate(frag6) < 0.88 || rate(frag4) < 0.5 || rate(changed) < 0.97 {
		t.Errorf("recall below what docs/trail.md states: %.2f %.2f %.2f", rate(frag6), rate(frag4), rate(changed))
	}
}
