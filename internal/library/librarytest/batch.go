package librarytest

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/library"
)

// runBatchIsOneByOne is the plain twin of a backend's batched write
// (PutAll, which looks up the articles and speakers of a whole batch before
// writing it): a batch stores what the same entries stored one at a time
// store, with the same statuses, when the batch holds the cases a look-up
// made ahead can get wrong: an article stored twice in it (the second
// replaces the first), one replaced whose old text another entry of the
// batch then carries, the same text under a second name, and speakers new
// to the library whose names the batch gives in two spellings.
func runBatchIsOneByOne(t *testing.T, open Opener, aliases *library.Aliases) {
	ctx := context.Background()
	base := entries(t)
	older := spellingEntry("en/older.txt", "en", "Imogen Farrowby", "The harbour wall will be finished before the winter storms")
	batch := []*library.Entry{
		spellingEntry("fr/a.txt", "fr", "Vladimir Poutine", "Nous signerons l'accord la semaine prochaine à Minsk"),
		spellingEntry("en/b.txt", "en", "Vladimir Putin", "We will sign the agreement next week in Minsk"),
		spellingEntry("en/c.txt", "en", "Ivan Petrov", "The port will open on the first of May"),
		spellingEntry("en/d.txt", "en", "Ivan Petrof", "The port will open in the spring"),
		// fr/a.txt again, changed: an update of an article the batch stored.
		spellingEntry("fr/a.txt", "fr", "Vladimir Poutine", "Nous signerons l'accord le mois prochain à Minsk"),
		// The same text as en/b.txt under another name.
		spellingEntry("en/b-copy.txt", "en", "Vladimir Putin", "We will sign the agreement next week in Minsk"),
		// en/older.txt replaced, then its old text under another name:
		// a new article, not a copy of the one that no longer has it.
		spellingEntry("en/older.txt", "en", "Imogen Farrowby", "The harbour wall will be finished in the spring"),
		spellingEntry("en/older-moved.txt", "en", "Imogen Farrowby", "The harbour wall will be finished before the winter storms"),
		// A base article again, unchanged.
		base[1],
	}
	// One quote carried five times, altered on the way: the batch marks
	// the trail as the articles one at a time do.
	batch = append(batch, TrailCorpus()...)
	stamp := func(es []*library.Entry) {
		for i, e := range es {
			e.Added = time.Date(2026, 5, 1, 8, i, 0, 0, time.UTC)
		}
	}
	stamp(batch)
	fill := func(t *testing.T) library.Store {
		s := open(t, aliases)
		for _, e := range append(base, older) {
			if _, _, err := s.Put(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}

	one := fill(t)
	var want []library.PutStatus
	for _, e := range batch {
		_, st, err := one.Put(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, st)
	}
	many := fill(t)
	b, ok := many.(library.Batcher)
	if !ok {
		t.Skip("the backend stores one entry at a time")
	}
	got, err := b.PutAll(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PutAll statuses %v, one at a time %v", got, want)
	}
	if g, w := snapshot(t, many), snapshot(t, one); g != w {
		t.Errorf("PutAll stored\n%s\none at a time\n%s", g, w)
	}
	// Prepared ahead, as ingest's workers prepare them.
	ahead := fill(t)
	pr, ok := ahead.(library.Preparer)
	if !ok {
		return
	}
	var ps []library.Prepared
	for _, e := range batch {
		ps = append(ps, pr.Prepare(e))
	}
	if got, err = pr.PutPrepared(ctx, ps); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PutPrepared statuses %v, one at a time %v", got, want)
	}
	if g, w := snapshot(t, ahead), snapshot(t, one); g != w {
		t.Errorf("PutPrepared stored\n%s\none at a time\n%s", g, w)
	}
}

// snapshot prints what a library holds: its articles, speakers and quotes.
func snapshot(t *testing.T, s library.Store) string {
	t.Helper()
	ctx := context.Background()
	rows, err := s.List(ctx, library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// Ids are left out: a backend may number a batch's articles in
	// another order than it stores them.
	out := ""
	path := map[int64]string{}
	for _, r := range rows {
		path[r.ID] = r.Path
		out += fmt.Sprintf("article %s %q quotes=%d speakers=%v\n", r.Path, r.Title, r.Quotes, r.Speakers)
	}
	sp, err := s.Speakers(ctx, library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range sp {
		out += fmt.Sprintf("speaker %+v\n", x)
	}
	qs, err := s.Quotes(ctx, library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		out += fmt.Sprintf("quote %s %q %q %q\n", path[q.ArticleID], q.Speaker, q.Credited, q.Text)
	}
	altered, err := s.List(ctx, library.Filter{Altered: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range altered {
		out += fmt.Sprintf("altered %s\n", r.Path)
	}
	return out
}
