package library

import "sync"

// PhraseWords keeps phrases' words by id for the trail lookups of one
// open library. A line of wire copy shares a bucket with tens of
// thousands of phrases: their ids come from the key index in a few
// milliseconds, their words (a row each) took 50-100 ms at 100,000
// articles, and the trails a reader opens one after another meet the
// same crowded buckets. A phrase's words never change and a phrase is
// never removed (docs/trail.md), so an entry is never stale; the cache is
// emptied when it would pass Max entries, which bounds its memory (some
// 100 bytes a phrase).
type PhraseWords struct {
	mu    sync.Mutex
	words map[int64]string
	Max   int // 0: DefaultPhraseWords
}

// DefaultPhraseWords bounds a PhraseWords: about 10 MB.
const DefaultPhraseWords = 100_000

// Lookup returns the candidates with ids it holds, and the ids it does not.
func (c *PhraseWords) Lookup(ids []int64) (have []Phrase, missing []int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		if w, ok := c.words[id]; ok {
			have = append(have, Phrase{ID: id, Words: w})
		} else {
			missing = append(missing, id)
		}
	}
	return have, missing
}

// Add keeps the words of ps.
func (c *PhraseWords) Add(ps []Phrase) {
	c.mu.Lock()
	defer c.mu.Unlock()
	max := c.Max
	if max <= 0 {
		max = DefaultPhraseWords
	}
	if c.words == nil || len(c.words)+len(ps) > max {
		c.words = make(map[int64]string, min(len(ps), max))
	}
	for _, p := range ps {
		if len(c.words) >= max {
			break
		}
		c.words[p.ID] = p.Words
	}
}
