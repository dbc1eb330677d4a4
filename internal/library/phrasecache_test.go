package library

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/trail"
)

// memPhrases is a PhraseTx in memory, as the backends store phrases: their
// bucket entries in (key, phrase id) order.
type memPhrases struct {
	phrases map[int64]Phrase
	hashes  map[int64]int64
	buckets map[int64][]int64
	reads   int
}

func newMemPhrases() *memPhrases {
	return &memPhrases{phrases: map[int64]Phrase{}, hashes: map[int64]int64{}, buckets: map[int64][]int64{}}
}

func (m *memPhrases) PhrasesByHash(_ context.Context, hashes []int64) (map[int64]Phrase, error) {
	m.reads++
	out := map[int64]Phrase{}
	for _, h := range hashes {
		if id, ok := m.hashes[h]; ok {
			out[h] = m.phrases[id]
		}
	}
	return out, nil
}

func (m *memPhrases) PhrasesByID(_ context.Context, ids []int64) (map[int64]Phrase, error) {
	m.reads++
	out := map[int64]Phrase{}
	for _, id := range ids {
		if p, ok := m.phrases[id]; ok {
			out[id] = p
		}
	}
	return out, nil
}

func (m *memPhrases) InsertPhrase(_ context.Context, hash int64, words, speaker string, keys []int64) (int64, bool, error) {
	id := int64(len(m.phrases) + 1)
	m.phrases[id] = Phrase{ID: id, Words: words, Speaker: speaker}
	m.hashes[hash] = id
	for _, k := range keys {
		if !slices.Contains(m.buckets[k], id) {
			m.buckets[k] = append(m.buckets[k], id)
		}
	}
	return id, true, nil
}

func (m *memPhrases) BucketEntries(_ context.Context, keys []int64, not int64) ([]int64, error) {
	m.reads++
	ks := slices.Clone(keys)
	slices.Sort(ks)
	var out []int64
	for _, k := range slices.Compact(ks) {
		for _, id := range m.buckets[k] {
			if id != not && len(out) < CandidateRows {
				out = append(out, id)
			}
		}
	}
	return out, nil
}

func (m *memPhrases) MarkPhrase(_ context.Context, id int64, altered int, speaker string) error {
	p := m.phrases[id]
	p.Altered, p.Speaker = altered, speaker
	m.phrases[id] = p
	return nil
}

// wireCopy makes n articles that carry a few of so many lines each,
// copied, with a word changed, cut, or credited to someone else, as wire
// copy is.
func wireCopy(n, lines int) [][]PhraseQuote {
	r := rand.New(rand.NewPCG(7, 11))
	vocab := strings.Fields("harbour ferry council budget school bridge tram river winter market tax vote plan port road clinic library")
	people := []string{"Imogen Farrowby", "Odile Marchetti", "Farrowby", "Tobias Wrenfield"}
	var wire [][]string
	for range lines {
		var w []string
		for range 8 + r.IntN(14) {
			w = append(w, vocab[r.IntN(len(vocab))])
		}
		wire = append(wire, w)
	}
	var out [][]PhraseQuote
	for range n {
		var art []PhraseQuote
		for range 1 + r.IntN(4) {
			w := slices.Clone(wire[r.IntN(len(wire))])
			switch r.IntN(4) {
			case 0:
				w[r.IntN(len(w))] = vocab[r.IntN(len(vocab))]
			case 1:
				w = w[r.IntN(3):]
			}
			art = append(art, PhraseQuote{Text: strings.Join(w, " "), Speaker: people[r.IntN(len(people))]})
		}
		out = append(out, art)
	}
	return out
}

// TestPhraseCacheIsPlain: articles assigned their phrases with one cache
// for the whole batch get the phrases, and leave the marks, that they get
// and leave one at a time without one, and read the store less.
func TestPhraseCacheIsPlain(t *testing.T) {
	ctx := context.Background()
	arts := wireCopy(300, 12)
	run := func(shared bool) (string, *memPhrases) {
		m := newMemPhrases()
		var c *PhraseCache
		if shared {
			c = &PhraseCache{}
		}
		var b strings.Builder
		for _, a := range arts {
			ids, err := AssignPhrases(ctx, m, c, a)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, ids)
		}
		for _, id := range slices.Sorted(maps.Keys(m.phrases)) {
			fmt.Fprintf(&b, "%+v\n", m.phrases[id])
		}
		return b.String(), m
	}
	plain, pm := run(false)
	cached, cm := run(true)
	if plain != cached {
		t.Errorf("with a cache:\n%s\nwithout:\n%s", cached, plain)
	}
	marked := 0
	for _, p := range pm.phrases {
		if p.Altered == AlteredWords|AlteredSpeaker {
			marked++
		}
	}
	if marked == 0 {
		t.Error("no phrase has both marks: the corpus does not test the marks a cache keeps")
	}
	if cm.reads >= pm.reads {
		t.Errorf("the cache read the store %d times, without it %d", cm.reads, pm.reads)
	}
}

// TestMatchingPhrasesOnEveryCore: candidates compared on every core are
// kept as one loop keeps them, in their order.
func TestMatchingPhrasesOnEveryCore(t *testing.T) {
	words := strings.Fields("we will not sell the saltmere ferry to anyone not this year and not next year")
	r := rand.New(rand.NewPCG(3, 5))
	var cands []Phrase
	for i := range 3 * parallelMatch {
		w := slices.Clone(words)
		for range r.IntN(6) {
			w[r.IntN(len(w))] = fmt.Sprint("x", r.IntN(50))
		}
		cands = append(cands, Phrase{ID: int64(i + 1), Words: strings.Join(w, " ")})
	}
	var want []int64
	for _, c := range cands {
		if trail.Match(words, strings.Fields(c.Words)) {
			want = append(want, c.ID)
		}
	}
	got := MatchingPhrases(words, cands)
	if len(want) == 0 || len(want) == len(cands) {
		t.Fatalf("%d of %d match: the candidates do not test the decision", len(want), len(cands))
	}
	if !slices.Equal(got, want) {
		t.Errorf("kept %d phrases, one loop keeps %d", len(got), len(want))
	}
}

// TestCandidatesRank pins the order a new phrase meets its candidates in:
// those not yet marked altered first, then those sharing the most bucket
// entries with it, then the oldest; and the limit.
func TestCandidatesRank(t *testing.T) {
	ctx := context.Background()
	m := newMemPhrases()
	for i, keys := range [][]int64{{1, 2, 3}, {1}, {1, 2}, {2, 3, 4}, {9}} {
		m.InsertPhrase(ctx, int64(100+i), fmt.Sprint("phrase ", i+1), "", keys)
	}
	m.MarkPhrase(ctx, 1, AlteredWords, "")
	for limit, want := range map[int][]int64{3: {4, 3, 2}, 4: {4, 3, 2, 1}, 9: {4, 3, 2, 1}} {
		got, err := candidates(ctx, m, &PhraseCache{}, []int64{4, 1, 3, 2}, 0, limit)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, p := range got {
			ids = append(ids, p.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("limit %d: candidates %v, want %v", limit, ids, want)
		}
	}
	got, _ := candidates(ctx, m, &PhraseCache{}, []int64{1, 2}, 3, 9)
	if len(got) != 3 || got[0].ID != 2 || got[1].ID != 4 || got[2].ID != 1 {
		t.Errorf("leaving phrase 3 out: %+v, want phrases 2, 4, 1 (one entry each but 1, marked)", got)
	}
}
