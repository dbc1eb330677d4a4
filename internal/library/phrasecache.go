package library

import (
	"cmp"
	"context"
	"slices"
)

// PhraseCache holds the phrases one write transaction has read or written,
// as they now stand: AssignPhrases keeps it up to date with every phrase it
// stores or marks. Its lifetime is the transaction's: another writer's
// marks are read by the next one.
type PhraseCache struct {
	hashes map[int64]int64 // hash → phrase id; 0: none stored
	byID   map[int64]Phrase
}

func (c *PhraseCache) init() {
	if c.hashes == nil {
		c.hashes, c.byID = map[int64]int64{}, map[int64]Phrase{}
	}
}

// loadHashes reads the phrases of the hashes c does not know yet.
func (c *PhraseCache) loadHashes(ctx context.Context, tx PhraseTx, hashes []int64) error {
	c.init()
	var ask []int64
	for _, h := range hashes {
		if _, ok := c.hashes[h]; !ok {
			ask = append(ask, h)
			c.hashes[h] = 0
		}
	}
	if len(ask) == 0 {
		return nil
	}
	got, err := tx.PhrasesByHash(ctx, ask)
	if err != nil {
		for _, h := range ask {
			delete(c.hashes, h)
		}
		return err
	}
	for h, p := range got {
		c.put(h, p)
	}
	return nil
}

// byHash is the phrase of a hash loadHashes asked for, if one is stored.
func (c *PhraseCache) byHash(h int64) (Phrase, bool) {
	id := c.hashes[h]
	if id == 0 {
		return Phrase{}, false
	}
	return c.byID[id], true
}

func (c *PhraseCache) put(h int64, p Phrase) {
	c.init()
	if p.ID == 0 {
		return
	}
	c.hashes[h] = p.ID
	c.byID[p.ID] = p
}

func (c *PhraseCache) update(p Phrase) {
	c.init()
	c.byID[p.ID] = p
}

// candidates returns at most limit phrases holding any of keys, but not
// id, from the first CandidateRows entries of their buckets: those not yet
// marked AlteredWords first, then those holding the most keys, then the
// oldest.
func candidates(ctx context.Context, tx PhraseTx, c *PhraseCache, keys []int64, not int64, limit int) ([]Phrase, error) {
	entries, err := tx.BucketEntries(ctx, keys, not)
	if err != nil || len(entries) == 0 {
		return nil, err
	}
	shared := map[int64]int{}
	var ask []int64
	for _, id := range entries {
		if shared[id] == 0 {
			if _, ok := c.byID[id]; !ok {
				ask = append(ask, id)
			}
		}
		shared[id]++
	}
	if len(ask) > 0 {
		got, err := tx.PhrasesByID(ctx, ask)
		if err != nil {
			return nil, err
		}
		for _, p := range got {
			c.update(p)
		}
	}
	out := make([]Phrase, 0, len(shared))
	for id := range shared {
		if p, ok := c.byID[id]; ok {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b Phrase) int {
		return cmp.Or(cmp.Compare(a.Altered&AlteredWords, b.Altered&AlteredWords),
			cmp.Compare(shared[b.ID], shared[a.ID]), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(limit, len(out))], nil
}

// ByID indexes phrases by id, as PhraseTx.PhrasesByID returns them.
func ByID(ps []Phrase) map[int64]Phrase {
	out := make(map[int64]Phrase, len(ps))
	for _, p := range ps {
		out[p.ID] = p
	}
	return out
}
