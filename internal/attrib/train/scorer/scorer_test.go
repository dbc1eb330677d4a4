package scorer

import (
	"slices"
	"testing"
)

// TestNormName checks the port of score.py's norm_name on invented names;
// the expected values are what score.py prints for them.
func TestNormName(t *testing.T) {
	for in, want := range map[string]string{
		"M. Jean-Luc Dépré":     "jean luc depre",
		"the Harbour Authority": "harbour authority",
		"Mme Ãngela  O’Brien":   "angela o brien",
		"Dr. Zoë Straße":        "zoe strasse",
		"L’Office du port":      "office du port",
	} {
		if got := NormName(in); got != want {
			t.Errorf("NormName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMatch checks the port of score.py's match: one to one, best
// overlap first, at least 80% of the longer quote's words.
func TestMatch(t *testing.T) {
	got := Match([]string{"we will not sell the mill", "not this year"}, []string{"Not this year.", "We will not sell the mill, ever"}, 0.8)
	if want := [][2]int{{1, 0}, {0, 1}}; !slices.Equal(got, want) {
		t.Errorf("match = %v, want %v", got, want)
	}
}
