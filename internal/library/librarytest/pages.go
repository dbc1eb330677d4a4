package librarytest

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// runPages checks that a page of a filtered listing, as the reader asks for
// it on each keystroke (a few rows from an offset), is exactly that slice
// of the whole listing, in the same order: backends read pages by other
// plans than whole listings (an index walked in order and stopped, the
// full-text index read newest first), and the two must agree. Counts
// capped as the reader caps them must agree too.
func runPages(t *testing.T, open Opener) {
	t.Run("PagesAreSlicesOfTheWhole", func(t *testing.T) {
		ctx := context.Background()
		s := open(t, &library.Aliases{})
		Populate(t, s, 300)
		since := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
		until := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
		filters := []library.Filter{
			{}, {Text: "tr"}, {Text: "tra"}, {Text: "tram"}, {Text: "harbo"}, {Text: "harbour"}, {Text: "tram li"},
			{Text: "zzqx"}, {Text: "harbozq"}, {Speaker: "ma"}, {Speaker: "marta"}, {Speaker: "zzqx"},
			{Outlet: "ostwick"}, {Outlet: "os"}, {Outlet: "zzqx"}, {Source: "agence"}, {Source: "northwind"}, {Source: "zzqx"},
			{Text: "ha", Outlet: "ostwick"}, {Text: "harbo", Outlet: "ostwick"}, {Text: "ha", Speaker: "marta"},
			{Text: "tr", Source: "agence"}, {Text: "tr", Since: since, Until: until}, {Text: "tr", Lang: "fr"},
			{Speaker: "ma", Outlet: "os"}, {Speaker: "marta", Source: "northwind"}, {Outlet: "os", Since: since},
		}
		nonEmpty := 0
		for _, f := range filters {
			whole, err := s.List(ctx, f)
			if err != nil {
				t.Fatalf("%+v: %v", f, err)
			}
			if len(whole) > 20 {
				nonEmpty++
			}
			for _, pg := range []struct{ off, n int }{{0, 1}, {0, 61}, {7, 13}, {61, 200}} {
				pf := f
				pf.Offset, pf.Limit = pg.off, pg.n
				got, err := s.List(ctx, pf)
				if err != nil {
					t.Fatalf("%+v: %v", pf, err)
				}
				want := whole[min(pg.off, len(whole)):min(pg.off+pg.n, len(whole))]
				if !reflect.DeepEqual(ids(got), ids(want)) {
					t.Errorf("List(%s) page %d+%d:\n got %v\nwant %v", desc(f), pg.off, pg.n, ids(got), ids(want))
				}
			}
			for _, limit := range []int{1, 61, 1001} {
				cf := f
				cf.Limit = limit
				n, err := s.Count(ctx, cf)
				if err != nil {
					t.Fatal(err)
				}
				if n != min(limit, len(whole)) {
					t.Errorf("Count(%s) up to %d = %d, want %d", desc(f), limit, n, min(limit, len(whole)))
				}
			}
			for _, k := range []attrib.Kind{"", attrib.Indirect} {
				qf := f
				qf.Kind = k
				all, err := s.Quotes(ctx, qf)
				if err != nil {
					t.Fatal(err)
				}
				for _, pg := range []struct{ off, n int }{{0, 200}, {13, 29}} {
					pf := qf
					pf.Offset, pf.Limit = pg.off, pg.n
					got, err := s.Quotes(ctx, pf)
					if err != nil {
						t.Fatal(err)
					}
					want := all[min(pg.off, len(all)):min(pg.off+pg.n, len(all))]
					if !reflect.DeepEqual(quoteKeys(got), quoteKeys(want)) {
						t.Errorf("Quotes(%s, kind %q) page %d+%d differs from the whole listing's:\n got %v\nwant %v", desc(f), k, pg.off, pg.n, quoteKeys(got), quoteKeys(want))
					}
				}
			}
		}
		if nonEmpty < len(filters)/2 {
			t.Fatalf("only %d of %d filters match more than 20 articles: the test proves little", nonEmpty, len(filters))
		}
	})

	t.Run("SearchFollowsEveryWrite", func(t *testing.T) {
		ctx := context.Background()
		s := open(t, &library.Aliases{})
		Populate(t, s, 60)
		put := func(path, body string, published time.Time) int64 {
			t.Helper()
			a, err := article.FromText(path, []byte(body))
			if err != nil {
				t.Fatal(err)
			}
			a.Published = published
			id, _, err := s.Put(ctx, &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{}), Extractor: attrib.Version})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		find := func(q string) []int64 {
			t.Helper()
			rows, err := s.List(ctx, library.Filter{Text: q, Limit: 61})
			if err != nil {
				t.Fatal(err)
			}
			return ids(rows)
		}
		old := time.Date(2001, 1, 2, 0, 0, 0, 0, time.UTC)
		id := put("x/quillon.txt", "Quillonnade on the quay\n\nThe quillonnade opened on Tuesday.\n", old)
		if got := find("quillon"); !reflect.DeepEqual(got, []int64{id}) {
			t.Fatalf("search for a new article's word: %v, want [%d]", got, id)
		}
		// Read once: a backend may keep what a prefix matched.
		if got := find("quillonn"); !reflect.DeepEqual(got, []int64{id}) {
			t.Fatalf("longer prefix: %v, want [%d]", got, id)
		}
		// The same article, newer and with other words: it is found by
		// the new ones, once, in its new place, and no longer by the old.
		id2 := put("x/quillon.txt", "Quillonneur at the quay\n\nThe quillonneur spoke on Friday.\n", time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC))
		if id2 != id {
			t.Fatalf("the update stored a new article %d (was %d)", id2, id)
		}
		if got := find("quillonne"); !reflect.DeepEqual(got, []int64{id}) {
			t.Errorf("after the update, a word only the new text holds: %v, want [%d]", got, id)
		}
		if got := find("quillonna"); len(got) != 0 {
			t.Errorf("after the update, a word only the old text held still finds %v", got)
		}
		if got := find("quay"); len(got) == 0 || got[0] != id {
			t.Errorf("the updated article, now the newest, is not first: %v", got)
		}
		other := put("x/quillon2.txt", "Quillonnette\n\nA quillonnette was sold.\n", old)
		if got := find("quillonn"); !reflect.DeepEqual(got, []int64{id, other}) {
			t.Errorf("a word added after a prefix was read: %v, want [%d %d]", got, id, other)
		}
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		if got := find("quillonn"); !reflect.DeepEqual(got, []int64{other}) {
			t.Errorf("after the delete: %v, want [%d]", got, other)
		}
	})
}

func ids(rows []library.Summary) []int64 {
	out := []int64{}
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

func quoteKeys(qs []library.Quote) []string {
	out := []string{}
	for _, q := range qs {
		out = append(out, fmt.Sprintf("%d@%d", q.ArticleID, q.Start))
	}
	return out
}

func desc(f library.Filter) string {
	return fmt.Sprintf("text %q speaker %q outlet %q source %q lang %q since %v until %v", f.Text, f.Speaker, f.Outlet, f.Source, f.Lang, f.Since.Format("2006-01-02"), f.Until.Format("2006-01-02"))
}
