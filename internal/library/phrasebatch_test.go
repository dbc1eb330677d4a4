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

// memPhrases as a PhraseStore.

func (m *memPhrases) BucketHeads(_ context.Context, keys []int64, n int) (map[int64][]int64, error) {
	m.reads++
	out := map[int64][]int64{}
	for _, k := range keys {
		if b := m.buckets[k]; len(b) > 0 {
			out[k] = slices.Clone(b[:min(n, len(b))])
		}
	}
	return out, nil
}

func (m *memPhrases) MaxPhraseID(context.Context) (int64, error) {
	m.reads++
	return int64(len(m.phrases)), nil
}

func (m *memPhrases) WritePhrases(_ context.Context, added []NewPhrase, marked []Phrase) error {
	m.reads++
	for _, a := range added {
		if a.ID != int64(len(m.phrases)+1) {
			return fmt.Errorf("phrase %d added after %d", a.ID, len(m.phrases))
		}
		m.phrases[a.ID], m.hashes[a.Hash] = a.Phrase, a.ID
		for _, k := range a.Keys {
			m.buckets[k] = append(m.buckets[k], a.ID)
		}
	}
	for _, p := range marked {
		if _, ok := m.phrases[p.ID]; !ok {
			return fmt.Errorf("phrase %d marked, not stored", p.ID)
		}
		m.phrases[p.ID] = p
	}
	return nil
}

func (m *memPhrases) dump() string {
	var b strings.Builder
	for _, id := range slices.Sorted(maps.Keys(m.phrases)) {
		fmt.Fprintf(&b, "%+v\n", m.phrases[id])
	}
	for _, k := range slices.Sorted(maps.Keys(m.buckets)) {
		fmt.Fprintln(&b, k, m.buckets[k])
	}
	return b.String()
}

// recorder logs every answer a PhraseTx gives.
type recorder struct {
	PhraseTx
	log *strings.Builder
}

func (r recorder) PhrasesByHash(ctx context.Context, hashes []int64) (map[int64]Phrase, error) {
	out, err := r.PhraseTx.PhrasesByHash(ctx, hashes)
	fmt.Fprintf(r.log, "by hash %v: %v\n", hashes, out)
	return out, err
}

func (r recorder) PhrasesByID(ctx context.Context, ids []int64) (map[int64]Phrase, error) {
	out, err := r.PhraseTx.PhrasesByID(ctx, ids)
	fmt.Fprintf(r.log, "by id %v: %v\n", ids, out)
	return out, err
}

func (r recorder) InsertPhrase(ctx context.Context, hash int64, words, speaker string, keys []int64) (int64, bool, error) {
	id, created, err := r.PhraseTx.InsertPhrase(ctx, hash, words, speaker, keys)
	fmt.Fprintf(r.log, "insert %q: %d %v\n", words, id, created)
	return id, created, err
}

func (r recorder) BucketEntries(ctx context.Context, keys []int64, not int64) ([]int64, error) {
	out, err := r.PhraseTx.BucketEntries(ctx, keys, not)
	fmt.Fprintf(r.log, "buckets %v not %d: %v\n", keys, not, out)
	return out, err
}

// TestPhraseBatchIsPlain: batches of articles given their phrases through
// a PhraseBatch, preloaded or not and flushed once or twice, get the
// phrases, and leave the phrases, marks and buckets, that they get and
// leave with each write going to the store at once, every call answered
// alike; and they make a few calls to the store, not several per new
// phrase.
func TestPhraseBatchIsPlain(t *testing.T) {
	ctx := context.Background()
	arts := wireCopy(1500, 3)
	r := rand.New(rand.NewPCG(5, 9))
	var batches [][][]PhraseQuote
	for len(arts) > 0 {
		n := min(len(arts), 1+r.IntN(80))
		batches = append(batches, arts[:n])
		arts = arts[n:]
	}
	plain := newMemPhrases()
	var want strings.Builder
	for _, batch := range batches {
		c := &PhraseCache{}
		for _, a := range batch {
			ids, err := AssignPhrases(ctx, recorder{plain, &want}, c, a)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&want, ids)
		}
	}
	batched := newMemPhrases()
	var got strings.Builder
	for i, batch := range batches {
		pb, c, reads := NewPhraseBatch(batched), &PhraseCache{}, batched.reads
		if i%3 != 2 { // every third batch reads as it goes
			var qs []PhraseQuote
			for _, a := range batch {
				for j, q := range a {
					// Their words worked out ahead, as a backend's
					// preparation does.
					a[j].Key = KeyQuote(q.Text)
					qs = append(qs, a[j])
				}
			}
			if err := pb.Preload(ctx, qs); err != nil {
				t.Fatal(err)
			}
			// By hash, by id, and the buckets a round of keys at a time.
			if calls := batched.reads - reads; calls > 2+trail.MaxKeys {
				t.Errorf("batch %d: Preload called the store %d times", i, calls)
			}
			reads = batched.reads
		}
		for j, a := range batch {
			if i%2 == 1 && j == len(batch)/2 { // a write midway (a replaced article's)
				if err := pb.Flush(ctx); err != nil {
					t.Fatal(err)
				}
			}
			ids, err := AssignPhrases(ctx, recorder{pb, &got}, c, a)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&got, ids)
		}
		if err := pb.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		// Once preloaded: the largest id, a write midway and one at
		// the end, and no read.
		if calls := batched.reads - reads; i%3 != 2 && calls > 3 {
			t.Errorf("batch %d called the store %d times after Preload", i, calls)
		}
	}
	if g, w := got.String()+batched.dump(), want.String()+plain.dump(); g != w {
		t.Errorf("through a batch:\n%s\none write at a time:\n%s", g, w)
	}
	full, marked := 0, 0
	for _, b := range plain.buckets {
		if len(b) > CandidateRows+1 {
			full++
		}
	}
	for _, p := range plain.phrases {
		if p.Altered == AlteredWords|AlteredSpeaker {
			marked++
		}
	}
	if full == 0 || marked == 0 {
		t.Errorf("%d buckets past CandidateRows, %d phrases with both marks: the corpus does not test what a batch reads ahead", full, marked)
	}
	t.Logf("%d batches, %d phrases: %d calls to the store through a batch, %d without", len(batches), len(plain.phrases), batched.reads, plain.reads)
}

// TestPhraseBatchKeepsItsMarks: a stored phrase the batch marked is
// answered marked however it is asked for next, by id or by hash, before
// the batch writes the mark and after.
func TestPhraseBatchKeepsItsMarks(t *testing.T) {
	ctx := context.Background()
	m := newMemPhrases()
	id, _, _ := m.InsertPhrase(ctx, 77, "the ferry will run all winter", "Imogen Farrowby", []int64{1, 2})
	pb := NewPhraseBatch(m)
	if _, err := pb.PhrasesByID(ctx, []int64{id}); err != nil {
		t.Fatal(err)
	}
	if err := pb.MarkPhrase(ctx, id, AlteredWords, "Imogen Farrowby"); err != nil {
		t.Fatal(err)
	}
	for _, flushed := range []bool{false, true} {
		byHash, _ := pb.PhrasesByHash(ctx, []int64{77})
		byID, _ := pb.PhrasesByID(ctx, []int64{id})
		if byHash[77].Altered != AlteredWords || byID[id].Altered != AlteredWords {
			t.Errorf("flushed %v: by hash %+v, by id %+v; want both marked", flushed, byHash[77], byID[id])
		}
		if err := pb.Flush(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if m.phrases[id].Altered != AlteredWords {
		t.Errorf("stored %+v after Flush; want it marked", m.phrases[id])
	}
	if err := pb.MarkPhrase(ctx, 99, AlteredWords, ""); err == nil {
		t.Error("a phrase the batch never read was marked")
	}
}
