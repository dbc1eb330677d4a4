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
	// Counted and ranked over small keys in slices, not maps of phrases:
	// this runs at every new phrase of an ingest, on the single writer.
	type rank struct {
		marked, shared int32
		id             int64
	}
	ids := slices.Sorted(slices.Values(entries))
	var ranks []rank
	var ask []int64
	for i, id := range ids {
		if i > 0 && id == ids[i-1] {
			ranks[len(ranks)-1].shared++
			continue
		}
		ranks = append(ranks, rank{shared: 1, id: id})
		if _, ok := c.byID[id]; !ok {
			ask = append(ask, id)
		}
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
	known := ranks[:0]
	for _, r := range ranks {
		if p, ok := c.byID[r.id]; ok {
			r.marked = int32(p.Altered & AlteredWords)
			known = append(known, r)
		}
	}
	ranks = known
	slices.SortFunc(ranks, func(a, b rank) int {
		return cmp.Or(cmp.Compare(a.marked, b.marked), cmp.Compare(b.shared, a.shared), cmp.Compare(a.id, b.id))
	})
	out := make([]Phrase, min(limit, len(ranks)))
	for i := range out {
		out[i] = c.byID[ranks[i].id]
	}
	return out, nil
}

// ByID indexes phrases by id, as PhraseTx.PhrasesByID returns them.
func ByID(ps []Phrase) map[int64]Phrase {
	out := make(map[int64]Phrase, len(ps))
	for _, p := range ps {
		out[p.ID] = p
	}
	return out
}
