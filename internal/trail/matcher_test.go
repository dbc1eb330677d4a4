package trail

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMatcherIsMatch checks the Matcher's shortcut against its plain twin,
// Match: on the pairs that must and must not match, both ways round, and
// on many random pairs of a small vocabulary, cut, changed, lengthened and
// shuffled, short and past 64 words, where the bound comes close to the
// thresholds. The shortcut
// must reject the pairs the decision rejects, and only those.
func TestMatcherIsMatch(t *testing.T) {
	check := func(a, b []string) {
		t.Helper()
		got := NewMatcher(a).Match(strings.Join(b, " "))
		if want := Match(a, b); got != want {
			t.Fatalf("Matcher(%q).Match(%q) = %v, Match = %v", a, b, got, want)
		}
	}
	for _, c := range pairs {
		a, b := Words(c.a), Words(c.b)
		check(a, b)
		check(b, a)
	}
	vocab := strings.Fields("the ferry will run twice a day from the quay and the pier la navette partira deux fois par jour du port")
	r := rand.New(rand.NewPCG(1, 2))
	agreed, matched := 0, 0
	for range 20000 {
		a := make([]string, 3+r.IntN(18))
		if r.IntN(10) == 0 { // past the Matcher's buffers
			a = make([]string, 60+r.IntN(20))
		}
		for i := range a {
			a[i] = vocab[r.IntN(len(vocab))]
		}
		b := append([]string(nil), a...)
		switch r.IntN(4) {
		case 0: // a fragment
			i := r.IntN(len(b))
			b = b[i : i+r.IntN(len(b)-i)+1]
		case 1: // words changed
			for range 1 + r.IntN(4) {
				b[r.IntN(len(b))] = vocab[r.IntN(len(vocab))]
			}
		case 2: // words added
			for range 1 + r.IntN(4) {
				i := r.IntN(len(b) + 1)
				b = append(b[:i], append([]string{vocab[r.IntN(len(vocab))]}, b[i:]...)...)
			}
		case 3: // the same words in another order
			r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		}
		check(a, b)
		check(b, a)
		agreed++
		if Match(a, b) {
			matched++
		}
	}
	if matched < agreed/10 || matched > agreed*9/10 {
		t.Errorf("%d of %d random pairs match: the test no longer tries both sides of the thresholds", matched, agreed)
	}
}

func BenchmarkMatcher(b *testing.B) {
	q := Words("We have waited ten years for this crossing and we will not wait another")
	cands := []string{
		Norm("We have waited ten years for this crossing and we will not wait another day"),
		Norm("The people who actually use the ferry were never consulted by anyone at the council"),
		Norm("waited ten years for this crossing"),
		Norm("Nobody asked the people who actually use the ferry what they wanted"),
	}
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			for _, c := range cands {
				Match(q, strings.Fields(c))
			}
		}
	})
	b.Run("matcher", func(b *testing.B) {
		m := NewMatcher(q)
		for b.Loop() {
			for _, c := range cands {
				m.Match(c)
			}
		}
	})
}
