package librarytest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/benchgen"
	"github.com/dixit-news/dixit/internal/library"
)

// Populate stores n generated articles (internal/benchgen) with the
// extraction the generator wrote, in batches when s is a library.Batcher.
func Populate(t testing.TB, s library.Store, n int) {
	t.Helper()
	ctx := context.Background()
	all := Generated(0, n)
	for len(all) > 0 {
		batch := all[:min(500, len(all))]
		all = all[len(batch):]
		if b, ok := s.(library.Batcher); ok {
			if _, err := b.PutAll(ctx, batch); err != nil {
				t.Fatal(err)
			}
			continue
		}
		for _, e := range batch {
			if _, _, err := s.Put(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// Generated returns the generated articles from, from+1, … (n of them),
// as Populate stores them: wire copy, the same lines carried by many
// outlets with other speakers. (The generator makes them in turn: those
// before from are made too, and dropped.)
func Generated(from, n int) []*library.Entry {
	g := benchgen.New(1)
	var out []*library.Entry
	for i := 0; i < from+n; i++ {
		d := g.Doc(i)
		if i < from {
			continue
		}
		h := sha256.Sum256([]byte(d.Name + "\x00" + d.Body))
		out = append(out, &library.Entry{
			Article: article.Article{Path: "gen/" + d.Name, Title: d.Title, Outlet: d.Outlet, Lang: d.Lang, Body: d.Body,
				Hash: hex.EncodeToString(h[:]), Published: d.Published, URL: d.URL},
			Result:    attrib.Result{Lang: d.Lang, Quotes: d.Quotes, Speakers: d.Speakers, Sources: d.Sources},
			Extractor: attrib.Version, Added: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		})
	}
	return out
}

// Workload makes every call the reader and the command line make of a
// library, with the filters people type, on a library Populate filled:
// the list's page and capped count, the speaker view and a speaker's
// quotes, an article opened, found, re-extracted and removed, the
// open-time check for stale extractions, and ls, quotes, speakers and
// sources with their flags.
func Workload(t testing.TB, s library.Store) {
	t.Helper()
	ctx := context.Background()
	since := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	filters := []library.Filter{
		{}, {Text: "tram"}, {Text: "tram line"}, {Text: "ha"}, {Text: "harbo"}, {Speaker: "marta"}, {Speaker: "ma"},
		{Source: "northwind"}, {Outlet: "ostwick"}, {Lang: "fr"}, {Since: since}, {Until: since},
		{Lang: "fr", Since: since}, {Speaker: "marta", Text: "ferry"}, {Outlet: "ostwick", Lang: "en"},
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range filters {
		for _, page := range []struct{ limit, offset int }{{200, 0}, {200, 400}} {
			lf := f
			lf.Limit, lf.Offset = page.limit, page.offset
			_, err := s.List(ctx, lf)
			must(err)
		}
		cf := f
		cf.Limit = 1001 // the reader's capped count
		_, err := s.Count(ctx, cf)
		must(err)
		qf := f
		qf.Limit = 500
		_, err = s.Quotes(ctx, qf)
		must(err)
		sf := f
		sf.Limit = 100
		_, err = s.Speakers(ctx, sf)
		must(err)
		_, err = s.Sources(ctx, sf)
		must(err)
	}
	for _, o := range library.Orders { // S, and ls --sort
		for _, f := range []library.Filter{{}, {Lang: "fr"}, {Text: "harbo"}} {
			f.Order, f.Limit = o, 200
			_, err := s.List(ctx, f)
			must(err)
		}
	}
	for _, f := range []library.Filter{{}, {Lang: "fr"}, {Since: since}} { // the stats view, dixit stats
		_, err := s.Tallies(ctx, f)
		must(err)
	}
	for _, k := range []attrib.Kind{attrib.Direct, attrib.Indirect} { // the Quotes view's kind:
		_, err := s.Quotes(ctx, library.Filter{Kind: k, Limit: 200, Offset: 200})
		must(err)
	}
	_, err := s.Speakers(ctx, library.Filter{}) // the speaker view
	must(err)
	_, err = s.Quotes(ctx, library.Filter{Speaker: "Marta Quillfeather", Limit: 500}) // the side pane
	must(err)
	_, err = s.Stale(ctx, attrib.Version)
	must(err)
	rows, err := s.List(ctx, library.Filter{Limit: 3})
	must(err)
	if len(rows) < 3 {
		t.Fatalf("the library holds %d articles; Populate it first", len(rows))
	}
	e, err := s.Get(ctx, rows[0].ID)
	must(err)
	_, err = s.Find(ctx, e.Article.Path)
	must(err)
	_, err = s.Find(ctx, e.Article.URL)
	must(err)
	e.Force = true // dixit reindex
	_, _, err = s.Put(ctx, e)
	must(err)
	must(s.Delete(ctx, rows[1].ID))
}
