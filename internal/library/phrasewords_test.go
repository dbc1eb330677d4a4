package library

import (
	"slices"
	"testing"
)

// TestPhraseWords checks that the cache gives back the words it was
// given, names the ids it lacks, and never holds more than Max.
func TestPhraseWords(t *testing.T) {
	c := PhraseWords{Max: 3}
	if have, missing := c.Lookup([]int64{1, 2}); len(have) != 0 || !slices.Equal(missing, []int64{1, 2}) {
		t.Fatalf("empty cache: have %v, missing %v", have, missing)
	}
	c.Add([]Phrase{{ID: 1, Words: "we will not pay"}, {ID: 2, Words: "the quay reopens in june", Speaker: "Rowan Pike"}})
	have, missing := c.Lookup([]int64{2, 3, 1})
	want := []Phrase{{ID: 2, Words: "the quay reopens in june"}, {ID: 1, Words: "we will not pay"}}
	if !slices.Equal(have, want) || !slices.Equal(missing, []int64{3}) {
		t.Errorf("have %v, missing %v; want %v and [3]", have, missing, want)
	}
	// Two more pass Max: the cache starts again with them.
	c.Add([]Phrase{{ID: 3, Words: "nous ne céderons pas"}, {ID: 4, Words: "la criée rouvrira"}})
	if have, missing := c.Lookup([]int64{1, 2, 3, 4}); len(have) != 2 || !slices.Equal(missing, []int64{1, 2}) {
		t.Errorf("after passing Max: have %v, missing %v", have, missing)
	}
	// More than Max at once: Max kept.
	c.Add([]Phrase{{ID: 5}, {ID: 6}, {ID: 7}, {ID: 8}, {ID: 9}})
	if have, _ := c.Lookup([]int64{5, 6, 7, 8, 9}); len(have) != 3 {
		t.Errorf("%d kept of 5 added at once, want Max (3)", len(have))
	}
}
