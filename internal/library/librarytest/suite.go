// Package librarytest is the behaviour every library backend must show. Each
// backend's tests call Run with a function that opens an empty store.
package librarytest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// Opener returns an empty store, with aliases tying "Vladimir Poutine" to
// "Vladimir Putin", closed by the test's cleanup.
type Opener func(t *testing.T, aliases *library.Aliases) library.Store

// Fictional articles: every person and outlet is invented.
var corpus = []struct{ path, outlet, published, body string }{
	{"fr/piscine.txt", "Le Courrier du Val", "2026-03-02",
		"La piscine de Valbois rouvrira en juin\n\nLa nouvelle maire de Valbois, Odile Marchetti, a présenté le calendrier des travaux mardi.\n\n« Nous rouvrirons la piscine en juin », a déclaré Mme Marchetti.\n\nSelon le Wall Street Journal, le chantier coûtera deux millions d'euros.\n\nLe Wall Street Journal ajoute que la ville empruntera la moitié de la somme.\n"},
	{"en/ferry.txt", "Harbour Ledger", "2026-03-05",
		"Saltmere approves ferry plan\n\n\"The crossing will be free for children,\" said Odile Marchetti, the mayor of Valbois, on a visit to Saltmere.\n\n\"We have waited ten years for this,\" council leader Imogen Farrowby told CNN.\n"},
	{"en/elysee.txt", "Harbour Ledger", "2026-02-01",
		"Talks at the Élysée\n\n\"Nothing is decided,\" Vladimir Poutine said after meeting Imogen Farrowby at the Élysée.\n\n\"We will meet again,\" said Vladimir Putin.\n"},
}

func entries(t *testing.T) []*library.Entry {
	t.Helper()
	var out []*library.Entry
	for _, c := range corpus {
		a, err := article.FromText(c.path, []byte(c.body))
		if err != nil {
			t.Fatal(err)
		}
		a.Outlet = c.outlet
		a.Published, _ = time.Parse("2006-01-02", c.published)
		out = append(out, &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{}), Extractor: attrib.Version})
	}
	return out
}

// Run runs the suite against the backend open returns.
func Run(t *testing.T, open Opener) {
	aliases := &library.Aliases{}
	aliases.Add("Vladimir Putin", "Vladimir Poutine")
	ctx := context.Background()
	fill := func(t *testing.T) (library.Store, []int64) {
		s := open(t, aliases)
		var ids []int64
		for _, e := range entries(t) {
			id, st, err := s.Put(ctx, e)
			if err != nil || st != library.New {
				t.Fatalf("Put %s: %v, %v", e.Article.Path, st, err)
			}
			ids = append(ids, id)
		}
		return s, ids
	}

	runOrders(t, fill)
	runTallies(t, fill)
	runKeptTallies(t, aliases, fill)
	runQuotesByKind(t, fill)
	runPages(t, open)
	runTrail(t, open, aliases)
	runSpellings(t, open)

	t.Run("PutGetRoundTrip", func(t *testing.T) {
		s, ids := fill(t)
		want := entries(t)[0]
		got, err := s.Get(ctx, ids[0])
		if err != nil {
			t.Fatal(err)
		}
		if got.Article.Body != want.Article.Body || got.Article.Title != want.Article.Title || got.Article.Outlet != "Le Courrier du Val" {
			t.Errorf("article: got %+v", got.Article)
		}
		if len(got.Result.Quotes) != len(want.Result.Quotes) || len(got.Result.Sources) != len(want.Result.Sources) {
			t.Fatalf("result: got %d quotes %d sources, want %d and %d", len(got.Result.Quotes), len(got.Result.Sources), len(want.Result.Quotes), len(want.Result.Sources))
		}
		for i, q := range got.Result.Quotes {
			if q != want.Result.Quotes[i] {
				t.Errorf("quote %d: got %+v, want %+v", i, q, want.Result.Quotes[i])
			}
		}
		for i, src := range got.Result.Sources {
			if !reflect.DeepEqual(src, want.Result.Sources[i]) {
				t.Errorf("source %d: got %+v, want %+v", i, src, want.Result.Sources[i])
			}
		}
		// Without the engine's account in the fixture, the comparisons
		// above would pass on a backend that drops it.
		if q := want.Result.Quotes[0]; q.Rule == "" || q.Resolved == "" || q.Mention == q.Speaker {
			t.Errorf("fixture: quote 0 %+v should carry a rule, a resolution and a mention other than the name", q)
		}
		if len(want.Result.Sources) == 0 || want.Result.Sources[0].Rule == "" {
			t.Errorf("fixture: want a source with a rule, got %+v", want.Result.Sources)
		}
		several := false
		for _, src := range want.Result.Sources {
			several = several || len(src.Mentions) > 1
		}
		if !several {
			t.Errorf("fixture: want a source cited twice, so that a backend keeping one mention fails; got %+v", want.Result.Sources)
		}
		if got.Extractor != attrib.Version {
			t.Errorf("extractor %q, want %q", got.Extractor, attrib.Version)
		}
	})

	t.Run("QuotesListingCarriesAttribution", func(t *testing.T) {
		s, ids := fill(t)
		for _, id := range ids {
			e, err := s.Get(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			qs, err := s.Quotes(ctx, library.Filter{ArticleID: id})
			if err != nil || len(qs) != len(e.Result.Quotes) {
				t.Fatalf("quotes of %d: %d (%v), want %d", id, len(qs), err, len(e.Result.Quotes))
			}
			for i, q := range qs {
				// The listing names the speaker canonically (aliases):
				// compare the rest.
				w := e.Result.Quotes[i]
				if q.Rule != w.Rule || q.Resolved != w.Resolved || q.Mention != w.Mention || q.Cue != w.Cue || q.Rule == "" {
					t.Errorf("article %d quote %d: listing %+v, stored %+v", id, i, q.Quote, w)
				}
				// Each quote carries its article's sources with every
				// citation, as the article holds them.
				if !reflect.DeepEqual(q.Cited, e.Result.Sources) {
					t.Errorf("article %d quote %d: cited %+v, article's sources %+v", id, i, q.Cited, e.Result.Sources)
				}
				if len(q.Sources) != len(q.Cited) {
					t.Errorf("article %d quote %d: sources %v for %d cited", id, i, q.Sources, len(q.Cited))
				}
			}
		}
	})

	t.Run("UnchangedAndUpdated", func(t *testing.T) {
		s, ids := fill(t)
		e := entries(t)[0]
		if id, st, err := s.Put(ctx, e); err != nil || st != library.Unchanged || id != ids[0] {
			t.Fatalf("re-put: id %d status %v err %v, want %d unchanged", id, st, err, ids[0])
		}
		copyOf := *e
		copyOf.Article.Path = "elsewhere/piscine-copy.txt"
		if _, st, _ := s.Put(ctx, &copyOf); st != library.Unchanged {
			t.Errorf("same text under another path: %v, want unchanged", st)
		}
		before, _ := s.Speakers(ctx, library.Filter{Speaker: "Odile Marchetti"})
		e.Article.Body += "\n« Le bassin sera chauffé », a ajouté Odile Marchetti.\n"
		e.Article.Hash = article.Hash(e.Article.Body)
		e.Result = attrib.Extract(e.Article.Body, attrib.Options{})
		id, st, err := s.Put(ctx, e)
		if err != nil || st != library.Updated || id != ids[0] {
			t.Fatalf("update: id %d status %v err %v", id, st, err)
		}
		got, _ := s.Get(ctx, id)
		if len(got.Result.Quotes) != len(e.Result.Quotes) {
			t.Errorf("after update: %d quotes, want %d", len(got.Result.Quotes), len(e.Result.Quotes))
		}
		after, _ := s.Speakers(ctx, library.Filter{Speaker: "Odile Marchetti"})
		if len(before) != 1 || len(after) != 1 || after[0].Quotes != before[0].Quotes+1 || after[0].Articles != before[0].Articles {
			t.Errorf("speaker totals after an update: before %+v, after %+v", before, after)
		}
		if n, _ := s.Count(ctx, library.Filter{}); n != len(corpus) {
			t.Errorf("count %d, want %d", n, len(corpus))
		}
	})

	// The list counts both kinds of quotation, as the side pane does: the
	// direct ones and reported speech, kept right through an update.
	t.Run("ListCountsBothKinds", func(t *testing.T) {
		s := open(t, aliases)
		body := "Quay works\n\n\"We start Monday,\" said Wendeline Ossory.\n\nOssory said the quay would close. She added that boats would moor upstream. Tarrant Vell said fees would not rise.\n"
		a, err := article.FromText("en/quay.txt", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		q := func(kind attrib.Kind, text, speaker string) attrib.Quote {
			i := strings.Index(body, text)
			return attrib.Quote{Text: text, Start: i, End: i + len(text), Speaker: speaker, Kind: kind}
		}
		e := &library.Entry{Article: *a, Extractor: attrib.Version, Result: attrib.Result{Lang: "en", Quotes: []attrib.Quote{
			q(attrib.Direct, "We start Monday,", "Wendeline Ossory"),
			q(attrib.Indirect, "the quay would close", "Wendeline Ossory"),
			q(attrib.Indirect, "boats would moor upstream", "Wendeline Ossory"),
			q(attrib.Indirect, "fees would not rise", "Tarrant Vell"),
		}, Speakers: []attrib.Speaker{{Name: "Wendeline Ossory", Quotes: 3}, {Name: "Tarrant Vell", Quotes: 1}}}}
		id, _, err := s.Put(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		counts := func() [2]int {
			list, err := s.List(ctx, library.Filter{ArticleID: id})
			if err != nil || len(list) != 1 {
				t.Fatalf("List: %+v, %v", list, err)
			}
			return [2]int{list[0].Quotes, list[0].Reported}
		}
		if got := counts(); got != [2]int{1, 3} {
			t.Errorf("direct and reported counts %v, want [1 3]", got)
		}
		e.Result.Quotes = e.Result.Quotes[:2]
		e.Result.Quotes[0].Kind = attrib.Indirect
		e.Force = true
		if _, st, err := s.Put(ctx, e); err != nil || st != library.Updated {
			t.Fatalf("update: %v, %v", st, err)
		}
		if got := counts(); got != [2]int{0, 2} {
			t.Errorf("after an update: direct and reported counts %v, want [0 2]", got)
		}
	})

	t.Run("SpeakersAcrossArticles", func(t *testing.T) {
		s, _ := fill(t)
		stats, err := s.Speakers(ctx, library.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string]library.SpeakerStat{}
		for _, st := range stats {
			byName[st.Name] = st
		}
		if st := byName["Odile Marchetti"]; st.Articles != 2 {
			t.Errorf("Odile Marchetti: %+v, want quoted in 2 articles", st)
		}
		if st := byName["Vladimir Putin"]; st.Quotes != 2 || st.Articles != 1 {
			t.Errorf("Vladimir Putin (aliased from Poutine): %+v, want 2 quotes in 1 article; all: %+v", st, stats)
		}
		if _, ok := byName["Vladimir Poutine"]; ok {
			t.Errorf("alias listed as its own speaker: %+v", stats)
		}
	})

	// The speaker view shows a description of each speaker taken from its
	// articles: it follows them as they are added, replaced and deleted.
	t.Run("SpeakerDescriptionFollowsArticles", func(t *testing.T) {
		s := open(t, aliases)
		put := func(path, desc string) int64 {
			t.Helper()
			body := "“The quay will reopen,” said Imogen Testwell."
			e := &library.Entry{Article: article.Article{Path: path, Title: path, Body: body, Hash: article.Hash(body + desc)},
				Result: attrib.Result{Lang: "en",
					Quotes:   []attrib.Quote{{Text: "The quay will reopen", Start: 3, End: 23, Speaker: "Imogen Testwell", Kind: attrib.Direct}},
					Speakers: []attrib.Speaker{{Name: "Imogen Testwell", Mentions: []string{"Imogen Testwell"}, Description: desc, Quotes: 1}}},
				Extractor: attrib.Version, Force: true}
			id, _, err := s.Put(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		described := func(want string, articles int) {
			t.Helper()
			for _, f := range []library.Filter{{}, {Speaker: "testwell"}} {
				st, err := s.Speakers(ctx, f)
				if err != nil || len(st) != 1 || st[0].Description != want || st[0].Articles != articles {
					t.Fatalf("speakers(%+v) = %+v, %v; want one described %q in %d articles", f, st, err, want, articles)
				}
			}
		}
		put("desc/1", "")
		described("", 1)
		id := put("desc/2", "the harbour master")
		described("the harbour master", 2)
		put("desc/2", "the ferry captain")
		described("the ferry captain", 2)
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		described("", 1)
	})

	t.Run("DatesLeaveUndatedOut", func(t *testing.T) {
		// An article without a publication date was not published since
		// or until any date: --since must not match it because it was
		// added today.
		s, ids := fill(t)
		a, err := article.FromText("en/undated.txt", []byte("Saltmere ferry fares frozen\n\n\"Fares stay where they are,\" said Imogen Farrowby.\n"))
		if err != nil {
			t.Fatal(err)
		}
		undated, _, err := s.Put(ctx, &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{}), Extractor: attrib.Version, Added: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		day := func(d string) time.Time { t, _ := time.Parse("2006-01-02", d); return t }
		for _, c := range []struct {
			name string
			f    library.Filter
			want []int64
		}{
			{"none", library.Filter{}, []int64{undated, ids[1], ids[0], ids[2]}},
			{"since", library.Filter{Since: day("2026-03-01")}, []int64{ids[1], ids[0]}},
			{"since long ago", library.Filter{Since: day("1990-01-01")}, []int64{ids[1], ids[0], ids[2]}},
			{"until", library.Filter{Until: day("2026-03-03")}, []int64{ids[0], ids[2]}},
			{"until far ahead", library.Filter{Until: time.Now().AddDate(10, 0, 0)}, []int64{ids[1], ids[0], ids[2]}},
			{"since and until", library.Filter{Since: day("2026-03-01"), Until: day("2026-03-03")}, []int64{ids[0]}},
			{"since and speaker", library.Filter{Since: day("1990-01-01"), Speaker: "farrowby"}, []int64{ids[1]}},
		} {
			got, err := s.List(ctx, c.f)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var gotIDs []int64
			for _, sm := range got {
				gotIDs = append(gotIDs, sm.ID)
			}
			if fmt.Sprint(gotIDs) != fmt.Sprint(c.want) {
				t.Errorf("%s: got %v, want %v", c.name, gotIDs, c.want)
			}
			if n, err := s.Count(ctx, c.f); err != nil || n != len(c.want) {
				t.Errorf("%s: Count %d (%v), want %d", c.name, n, err, len(c.want))
			}
			qs, err := s.Quotes(ctx, c.f)
			if err != nil {
				t.Fatalf("%s: Quotes: %v", c.name, err)
			}
			for _, q := range qs {
				if q.ArticleID == undated && c.name != "none" {
					t.Errorf("%s: Quotes lists the undated article's quote", c.name)
				}
			}
		}
	})

	t.Run("Filters", func(t *testing.T) {
		s, ids := fill(t)
		cases := []struct {
			name string
			f    library.Filter
			want []int64
		}{
			{"speaker folded and partial", library.Filter{Speaker: "marchetti"}, []int64{ids[1], ids[0]}},
			{"speaker alias", library.Filter{Speaker: "Poutine"}, []int64{ids[2]}},
			{"source alias", library.Filter{Source: "wsj"}, []int64{ids[0]}},
			{"source told", library.Filter{Source: "cnn"}, []int64{ids[1]}},
			{"lang", library.Filter{Lang: "fr"}, []int64{ids[0]}},
			{"outlet", library.Filter{Outlet: "harbour ledger"}, []int64{ids[1], ids[2]}},
			{"since", library.Filter{Since: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}, []int64{ids[1], ids[0]}},
			{"search without accents", library.Filter{Text: "Elysee"}, []int64{ids[2]}},
			{"search in quotes", library.Filter{Text: "chauffe piscine"}, nil},
			{"search prefix", library.Filter{Text: "ferr"}, []int64{ids[1]}},
		}
		for _, c := range cases {
			got, err := s.List(ctx, c.f)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var gotIDs []int64
			for _, sm := range got {
				gotIDs = append(gotIDs, sm.ID)
			}
			if len(gotIDs) != len(c.want) {
				t.Errorf("%s: got %v, want %v", c.name, gotIDs, c.want)
				continue
			}
			for i := range gotIDs {
				if gotIDs[i] != c.want[i] {
					t.Errorf("%s: got %v, want %v", c.name, gotIDs, c.want)
					break
				}
			}
		}
		// Pages and capped counts take other query plans (walking the date
		// index, counting from the speaker index): same answers.
		for _, c := range cases {
			for _, n := range []int{1, 2, 200} {
				f := c.f
				f.Limit = n
				got, err := s.List(ctx, f)
				if err != nil {
					t.Fatalf("%s, limit %d: %v", c.name, n, err)
				}
				want := c.want[:min(n, len(c.want))]
				if len(got) != len(want) {
					t.Errorf("%s, limit %d: %d rows, want %d", c.name, n, len(got), len(want))
					continue
				}
				for i := range got {
					if got[i].ID != want[i] {
						t.Errorf("%s, limit %d: row %d is %d, want %d", c.name, n, i, got[i].ID, want[i])
					}
				}
				if total, err := s.Count(ctx, f); err != nil || total != len(want) {
					t.Errorf("%s: count capped at %d = %d (%v), want %d", c.name, n, total, err, len(want))
				}
			}
		}
		qs, err := s.Quotes(ctx, library.Filter{Speaker: "Farrowby"})
		if err != nil || len(qs) != 1 || qs[0].Speaker != "Imogen Farrowby" || len(qs[0].Sources) == 0 {
			t.Errorf("quotes by Farrowby: %+v, %v", qs, err)
		}
		srcs, err := s.Sources(ctx, library.Filter{})
		if err != nil || len(srcs) < 2 {
			t.Errorf("sources: %+v, %v", srcs, err)
		}
	})

	t.Run("DeleteAndStale", func(t *testing.T) {
		s, ids := fill(t)
		if err := s.Delete(ctx, ids[2]); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Get(ctx, ids[2]); !errors.Is(err, library.ErrNotFound) {
			t.Errorf("get deleted: %v, want ErrNotFound", err)
		}
		if err := s.Delete(ctx, ids[2]); !errors.Is(err, library.ErrNotFound) {
			t.Errorf("delete twice: %v, want ErrNotFound", err)
		}
		if st, _ := s.Speakers(ctx, library.Filter{Speaker: "Putin"}); len(st) != 0 {
			t.Errorf("speaker totals keep a deleted article: %+v", st)
		}
		if qs, _ := s.Quotes(ctx, library.Filter{Speaker: "Putin"}); len(qs) != 0 {
			t.Errorf("quotes of a deleted article remain: %+v", qs)
		}
		if got, _ := s.List(ctx, library.Filter{Text: "Elysee"}); len(got) != 0 {
			t.Errorf("search still finds the deleted article: %+v", got)
		}
		stale, err := s.Stale(ctx, "another-version")
		if err != nil || len(stale) != 2 {
			t.Errorf("stale: %v, %v, want the 2 remaining articles", stale, err)
		}
		if stale, _ := s.Stale(ctx, attrib.Version); len(stale) != 0 {
			t.Errorf("stale at the current version: %v", stale)
		}
		if id, err := s.Find(ctx, "en/ferry.txt"); err != nil || id != ids[1] {
			t.Errorf("find: %d, %v", id, err)
		}
	})

	// A zero-width space inside a name must not make a second, look-alike
	// speaker that a search for the name misses.
	t.Run("InvisibleCharactersInNames", func(t *testing.T) {
		s := open(t, aliases)
		for i, name := range []string{"Nora Quill", "Nora Qu\u200bill", "\u2060Nora\u00ad Quill"} {
			body := fmt.Sprintf("Tide report %d\n\n“The tide is early this week,” said %s.\n", i, name)
			start := strings.Index(body, "The tide")
			q := attrib.Quote{Text: "The tide is early this week,", Start: start, End: start + len("The tide is early this week,"),
				Speaker: name, Mention: name, Cue: "said", Kind: attrib.Direct}
			a := article.Article{Path: fmt.Sprintf("en/tide-%d.txt", i), Title: fmt.Sprintf("Tide report %d", i), Body: body, Lang: "en"}
			a.Hash = article.Hash(body)
			e := &library.Entry{Article: a, Extractor: attrib.Version, Result: attrib.Result{Lang: "en", Quotes: []attrib.Quote{q},
				Speakers: []attrib.Speaker{{Name: name, Mentions: []string{name}, Quotes: 1}}}}
			if _, _, err := s.Put(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		stats, err := s.Speakers(ctx, library.Filter{})
		if err != nil || len(stats) != 1 || stats[0].Name != "Nora Quill" || stats[0].Articles != 3 {
			t.Errorf("speakers: %+v (%v), want Nora Quill alone, in 3 articles", stats, err)
		}
		qs, err := s.Quotes(ctx, library.Filter{Speaker: "quill"})
		if err != nil || len(qs) != 3 {
			t.Fatalf("quotes by quill: %d (%v), want 3", len(qs), err)
		}
		for _, q := range qs {
			if q.Speaker != "Nora Quill" || q.Mention != "Nora Quill" {
				t.Errorf("quote stored with speaker %q, mention %q: want them without invisible characters", q.Speaker, q.Mention)
			}
		}
		if qs, _ := s.Quotes(ctx, library.Filter{Speaker: "Qu\u200bill"}); len(qs) != 3 {
			t.Errorf("a filter with the invisible character finds %d quotes, want 3", len(qs))
		}
	})

	// A batch that fails on its last entry stores none of the others.
	t.Run("PutAllIsAllOrNothing", func(t *testing.T) {
		s := open(t, aliases)
		b, ok := s.(library.Batcher)
		if !ok {
			t.Skip("the backend stores one entry at a time")
		}
		es := entries(t)
		es = append(es, &library.Entry{Article: article.Article{Title: "No path", Body: "x", Hash: article.Hash("x")}})
		if _, err := b.PutAll(ctx, es); err == nil {
			t.Fatal("a batch with an entry without a path was stored")
		}
		if n, err := s.Count(ctx, library.Filter{}); err != nil || n != 0 {
			t.Errorf("after a failed batch: %d articles (%v), want none", n, err)
		}
		sts, err := b.PutAll(ctx, es[:len(es)-1])
		if err != nil || len(sts) != len(es)-1 || sts[0] != library.New {
			t.Fatalf("PutAll: %v, %v", sts, err)
		}
		if n, _ := s.Count(ctx, library.Filter{}); n != len(es)-1 {
			t.Errorf("after a batch of %d: %d articles", len(es)-1, n)
		}
	})

	t.Run("Samples", func(t *testing.T) { runSamples(t, open, aliases) })
	t.Run("Feeds", func(t *testing.T) { runFeeds(t, open, aliases) })
	t.Run("MergeAndUndo", func(t *testing.T) { runMerge(t, open) })
	t.Run("BatchIsOneByOne", func(t *testing.T) { runBatchIsOneByOne(t, open, aliases) })
}
