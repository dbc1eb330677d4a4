package library

import (
	"context"
	"fmt"
	"maps"
	"slices"
)

// PhraseStore is what a backend reads and writes for a PhraseBatch, each
// call one statement or a few however many phrases it is given.
type PhraseStore interface {
	PhrasesByHash(ctx context.Context, hashes []int64) (map[int64]Phrase, error)
	PhrasesByID(ctx context.Context, ids []int64) (map[int64]Phrase, error)
	// BucketHeads returns, for each of keys whose bucket holds any, the
	// bucket's first n phrase ids in ascending order.
	BucketHeads(ctx context.Context, keys []int64, n int) (map[int64][]int64, error)
	// MaxPhraseID is the largest phrase id stored, 0 when there is none.
	MaxPhraseID(ctx context.Context) (int64, error)
	// WritePhrases stores new phrases with their keys, and the marks and
	// first speakers of stored ones.
	WritePhrases(ctx context.Context, added []NewPhrase, marked []Phrase) error
}

// NewPhrase is a phrase a PhraseBatch stores, with its hash and band keys.
type NewPhrase struct {
	Phrase
	Hash int64
	Keys []int64
}

// PhraseBatch is a PhraseTx over the phrases of one write transaction that
// holds the library's only write lock: what a batch of articles will look
// up is read at its start (Preload), what it stores or marks is kept here
// and written at its end (Flush). A new phrase cost four or five
// statements of the single writer, each tens of microseconds whatever it
// did, and that was most of what trails added to an ingest.
//
// It answers every PhraseTx call as the store would had each write gone to
// it at once (TestPhraseBatchIsPlain): a phrase it adds takes the next id
// after the largest stored, so that a bucket lists the stored entries
// before the batch's, in id order, as the store's (key, phrase id) index
// does.
type PhraseBatch struct {
	st      PhraseStore
	next    int64            // the next phrase's id; 0: the largest not read yet
	known   map[int64]Phrase // every phrase read or added, as the batch leaves it
	hashes  map[int64]int64  // hash → phrase id; 0: read, none stored
	heads   map[int64][]int64
	buckets map[int64][]int64 // the entries the batch added, by key
	added   []NewPhrase       // not yet written; their state is known's
	dirty   map[int64]bool    // stored phrases marked since the last Flush
}

// NewPhraseBatch returns an empty batch over st.
func NewPhraseBatch(st PhraseStore) *PhraseBatch {
	return &PhraseBatch{st: st, known: map[int64]Phrase{}, hashes: map[int64]int64{},
		heads: map[int64][]int64{}, buckets: map[int64][]int64{}, dirty: map[int64]bool{}}
}

// Preload reads the phrases the quotes qs will look up, in a few
// statements: those of their hashes; for the wordings not stored yet, the
// heads of the buckets BucketEntries will read, and the phrases listed
// there. BucketEntries stops at CandidateRows entries, in key order, so a
// wording's buckets are read in that order, one key of every wording a
// statement, until the stored entries alone reach CandidateRows: a wire
// line's variants share full buckets, and reading all of their keys' was
// most of the preload.
func (b *PhraseBatch) Preload(ctx context.Context, qs []PhraseQuote) error {
	var hashes []int64
	byHash := map[int64]*QuoteKey{}
	for _, q := range qs {
		if k := q.key(); k.Words != nil {
			if _, ok := byHash[k.Hash]; !ok {
				byHash[k.Hash] = k
				hashes = append(hashes, k.Hash)
			}
		}
	}
	if _, err := b.PhrasesByHash(ctx, hashes); err != nil {
		return err
	}
	type wording struct {
		keys    []int64
		entries int
	}
	var short []*wording
	keys := 0
	for _, h := range hashes {
		if b.hashes[h] == 0 {
			short = append(short, &wording{keys: distinct(byHash[h].Keys)})
			keys += len(short[len(short)-1].keys)
		}
	}
	if len(b.buckets) == 0 {
		// Sized for the keys the batch will add: growing it was a fifth
		// of storing a new phrase.
		b.buckets = make(map[int64][]int64, keys)
	}
	var ids []int64 // PhrasesByID reads those it does not know, once each
	for len(short) > 0 {
		var ask []int64
		for _, w := range short {
			ask = append(ask, w.keys[0])
		}
		if err := b.readHeads(ctx, ask); err != nil {
			return err
		}
		next := short[:0]
		for _, w := range short {
			head := b.heads[w.keys[0]]
			ids = append(ids, head...)
			w.entries += len(head)
			if w.keys = w.keys[1:]; len(w.keys) > 0 && w.entries < CandidateRows {
				next = append(next, w)
			}
		}
		short = next
	}
	_, err := b.PhrasesByID(ctx, ids)
	return err
}

// distinct returns keys sorted, each once.
func distinct(keys []int64) []int64 {
	return slices.Compact(slices.Sorted(slices.Values(keys)))
}

// unknown lists, sorted and once each, the keys m does not hold.
func unknown[V any](m map[int64]V, keys []int64) []int64 {
	var out []int64
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			out = append(out, k)
		}
	}
	return distinct(out)
}

func (b *PhraseBatch) PhrasesByHash(ctx context.Context, hashes []int64) (map[int64]Phrase, error) {
	if ask := unknown(b.hashes, hashes); len(ask) > 0 {
		got, err := b.st.PhrasesByHash(ctx, ask)
		if err != nil {
			return nil, err
		}
		for _, h := range ask {
			p, ok := got[h]
			b.hashes[h] = p.ID
			if _, seen := b.known[p.ID]; ok && !seen {
				b.known[p.ID] = p
			}
		}
	}
	out := map[int64]Phrase{}
	for _, h := range hashes {
		if id := b.hashes[h]; id != 0 {
			out[h] = b.known[id]
		}
	}
	return out, nil
}

func (b *PhraseBatch) PhrasesByID(ctx context.Context, ids []int64) (map[int64]Phrase, error) {
	if ask := unknown(b.known, ids); len(ask) > 0 {
		got, err := b.st.PhrasesByID(ctx, ask)
		if err != nil {
			return nil, err
		}
		for id, p := range got {
			b.known[id] = p
		}
	}
	out := map[int64]Phrase{}
	for _, id := range ids {
		if p, ok := b.known[id]; ok {
			out[id] = p
		}
	}
	return out, nil
}

// InsertPhrase adds a phrase to the batch; a hash the batch or the store
// already holds returns that phrase, created false.
func (b *PhraseBatch) InsertPhrase(ctx context.Context, hash int64, words, speaker string, keys []int64) (int64, bool, error) {
	if have, err := b.PhrasesByHash(ctx, []int64{hash}); err != nil {
		return 0, false, err
	} else if p, ok := have[hash]; ok {
		return p.ID, false, nil
	}
	if b.next == 0 {
		max, err := b.st.MaxPhraseID(ctx)
		if err != nil {
			return 0, false, err
		}
		b.next = max + 1
	}
	ks := distinct(keys)
	p := Phrase{ID: b.next, Words: words, Speaker: speaker}
	b.next++
	for _, k := range ks {
		b.buckets[k] = append(b.buckets[k], p.ID)
	}
	b.known[p.ID], b.hashes[hash] = p, p.ID
	b.added = append(b.added, NewPhrase{Phrase: p, Hash: hash, Keys: ks})
	return p.ID, true, nil
}

// BucketEntries lists the first CandidateRows entries of keys' buckets in
// (key, phrase id) order, the stored ones before the batch's, reading the
// stored heads of those it reaches that it has not read. A head read after
// a Flush holds the batch's entries that Flush wrote: they are listed
// once, as the stored entries they now are.
func (b *PhraseBatch) BucketEntries(ctx context.Context, keys []int64, not int64) ([]int64, error) {
	var out []int64
	add := func(id int64) bool {
		if id != not {
			out = append(out, id)
		}
		return len(out) == CandidateRows
	}
	for _, k := range distinct(keys) {
		if _, ok := b.heads[k]; !ok {
			if err := b.readHeads(ctx, []int64{k}); err != nil {
				return nil, err
			}
		}
		head, last := b.heads[k], int64(0)
		for _, id := range head {
			if add(id) {
				return out, nil
			}
			last = id
		}
		for _, id := range b.buckets[k] {
			if id > last && add(id) {
				return out, nil
			}
		}
	}
	return out, nil
}

// readHeads reads the stored heads of the buckets not read yet: the
// phrase BucketEntries leaves out is the one just added, never stored
// before the batch, so CandidateRows are enough.
func (b *PhraseBatch) readHeads(ctx context.Context, keys []int64) error {
	ask := unknown(b.heads, keys)
	if len(ask) == 0 {
		return nil
	}
	got, err := b.st.BucketHeads(ctx, ask, CandidateRows)
	if err != nil {
		return err
	}
	for _, k := range ask {
		b.heads[k] = got[k] // nil: read, empty
	}
	return nil
}

func (b *PhraseBatch) MarkPhrase(_ context.Context, id int64, altered int, speaker string) error {
	p, ok := b.known[id]
	if !ok {
		return fmt.Errorf("marking phrase %d, which the batch has not read", id)
	}
	p.Altered, p.Speaker = altered, speaker
	b.known[id] = p
	if !b.isAdded(id) {
		b.dirty[id] = true
	}
	return nil
}

// isAdded reports whether id is one of the phrases not written yet: the
// latest ids.
func (b *PhraseBatch) isAdded(id int64) bool {
	return len(b.added) > 0 && id >= b.added[0].ID
}

// Flush writes the phrases added and the marks made since the last Flush.
func (b *PhraseBatch) Flush(ctx context.Context) error {
	if len(b.added) == 0 && len(b.dirty) == 0 {
		return nil
	}
	added := make([]NewPhrase, len(b.added))
	for i, a := range b.added {
		a.Phrase = b.known[a.ID]
		added[i] = a
	}
	marked := make([]Phrase, 0, len(b.dirty))
	for _, id := range slices.Sorted(maps.Keys(b.dirty)) {
		marked = append(marked, b.known[id])
	}
	if err := b.st.WritePhrases(ctx, added, marked); err != nil {
		return err
	}
	b.added, b.dirty = b.added[:0], map[int64]bool{}
	return nil
}
