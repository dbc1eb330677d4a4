package librarytest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
)

// sampleFS stands in for the bundled corpus: two fictional articles.
var sampleFS = fstest.MapFS{
	"a_lanterne.txt": {Data: []byte("Lanterne festival returns to Ostrel\n\n\"We expect ten thousand visitors,\" said Perrin Vasquez, who runs the festival.\n")},
	"b_marais.txt":   {Data: []byte("Le marais de Grenelot rouvre\n\n« Les sentiers sont prêts », a déclaré Maëlle Ronsard, garde du parc.\n")},
}

func listPaths(t *testing.T, s library.Store) []string {
	t.Helper()
	sums, err := s.List(context.Background(), library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, sm := range sums {
		out = append(out, sm.Path)
	}
	slices.Sort(out)
	return out
}

// ownFile ingests one article of the user's own, as dixit ingest does.
func ownFile(t *testing.T, s library.Store) ingest.Summary {
	t.Helper()
	p := filepath.Join(t.TempDir(), "own.txt")
	body := "Harbour fees rise in Saltmere\n\n\"The fees will rise in May,\" said Imogen Farrowby, the council leader.\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := ingest.Run(context.Background(), s, &article.Loader{}, []string{p}, ingest.Options{})
	if sum.New != 1 || len(sum.Failed) > 0 {
		t.Fatalf("ingesting %s: %v %v", p, sum, sum.Failed)
	}
	return sum
}

// runSamples is the life of the bundled samples in a library: loaded once
// into an empty one, told apart by their path, gone when the user's own
// articles arrive or when refused, and never back.
func runSamples(t *testing.T, open Opener, aliases *library.Aliases) {
	ctx := context.Background()
	keeper := func(t *testing.T) (library.Store, library.SampleKeeper) {
		s := open(t, aliases)
		k, ok := s.(library.SampleKeeper)
		if !ok {
			t.Fatal("the backend keeps no sample state (library.SampleKeeper)")
		}
		return s, k
	}
	wantSamples := []string{"bundled/a_lanterne.txt", "bundled/b_marais.txt"}

	t.Run("StateAndIDs", func(t *testing.T) {
		s, k := keeper(t)
		if st, err := k.SampleState(ctx); err != nil || st != library.SamplesNever {
			t.Fatalf("new library: state %q, %v", st, err)
		}
		for _, st := range []library.SampleState{library.SamplesLoaded, library.SamplesOff} {
			if err := k.SetSampleState(ctx, st); err != nil {
				t.Fatal(err)
			}
			if got, err := k.SampleState(ctx); err != nil || got != st {
				t.Errorf("state %q after setting %q (%v)", got, st, err)
			}
		}
		// Paths on either side of the prefix in sort order are not samples.
		var want []int64
		for _, p := range []string{"bundled/x.txt", "bundled0/y.txt", "bundle/z.txt", "/home/u/bundled/w.txt", "bundled/feed.rss#e1"} {
			a, err := article.FromText(p, []byte("Title "+p+"\n\n\"Words,\" said Perrin Vasquez.\n"))
			if err != nil {
				t.Fatal(err)
			}
			id, _, err := s.Put(ctx, &library.Entry{Article: *a, Extractor: "test"})
			if err != nil {
				t.Fatal(err)
			}
			if library.IsSample(p) {
				want = append(want, id)
			}
		}
		if got, err := k.SampleIDs(ctx); err != nil || !slices.Equal(got, want) {
			t.Errorf("SampleIDs %v (%v), want %v", got, err, want)
		}
	})

	t.Run("LoadedOnceGoneWithOwnArticles", func(t *testing.T) {
		s, k := keeper(t)
		rep, err := ingest.Samples(ctx, s, sampleFS, false)
		if err != nil || rep != (ingest.SampleReport{Loaded: 2}) {
			t.Fatalf("empty library: %+v, %v", rep, err)
		}
		if got := listPaths(t, s); !slices.Equal(got, wantSamples) {
			t.Fatalf("after loading: %q", got)
		}
		sums, _ := s.List(ctx, library.Filter{})
		for _, sm := range sums {
			if !sm.IsSample() {
				t.Errorf("%s is not marked a sample", sm.Path)
			}
		}
		// Opened again, nothing changes.
		if rep, err := ingest.Samples(ctx, s, sampleFS, false); err != nil || rep != (ingest.SampleReport{}) {
			t.Errorf("second open: %+v, %v", rep, err)
		}
		sum := ownFile(t, s)
		if sum.SamplesRemoved != 2 {
			t.Errorf("ingest removed %d samples, want 2", sum.SamplesRemoved)
		}
		got := listPaths(t, s)
		if len(got) != 1 || library.IsSample(got[0]) {
			t.Fatalf("after the user's ingest: %q, want their article alone", got)
		}
		for _, name := range []string{"Perrin Vasquez", "Maëlle Ronsard"} {
			if sp, _ := s.Speakers(ctx, library.Filter{Speaker: name}); len(sp) != 0 {
				t.Errorf("the samples' speaker %s is still listed: %+v", name, sp)
			}
		}
		if qs, _ := s.Quotes(ctx, library.Filter{}); len(qs) != 1 || qs[0].Speaker != "Imogen Farrowby" {
			t.Errorf("quotes (exports) after the user's ingest: %+v", qs)
		}
		if st, _ := k.SampleState(ctx); st != library.SamplesOff {
			t.Errorf("state %q after removal, want off", st)
		}
		// Emptied, the library stays empty.
		id, err := s.Find(ctx, got[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
		if rep, err := ingest.Samples(ctx, s, sampleFS, false); err != nil || rep.Loaded != 0 {
			t.Errorf("emptied library: %+v, %v", rep, err)
		}
		if n, _ := s.Count(ctx, library.Filter{}); n != 0 {
			t.Errorf("emptied library holds %d articles again", n)
		}
	})

	t.Run("EmptiedBySamplesRemovalStaysEmpty", func(t *testing.T) {
		s, _ := keeper(t)
		if _, err := ingest.Samples(ctx, s, sampleFS, false); err != nil {
			t.Fatal(err)
		}
		n, err := ingest.RemoveSamples(ctx, s)
		if err != nil || n != 2 {
			t.Fatalf("RemoveSamples: %d, %v", n, err)
		}
		if rep, err := ingest.Samples(ctx, s, sampleFS, false); err != nil || rep.Loaded != 0 || len(listPaths(t, s)) != 0 {
			t.Errorf("reopened after rm --samples: %+v, %v, %q", rep, err, listPaths(t, s))
		}
	})

	t.Run("RefusedAtFirstUse", func(t *testing.T) {
		s, k := keeper(t)
		if rep, err := ingest.Samples(ctx, s, sampleFS, true); err != nil || rep != (ingest.SampleReport{}) {
			t.Fatalf("refused: %+v, %v", rep, err)
		}
		if st, _ := k.SampleState(ctx); st != library.SamplesOff {
			t.Errorf("state %q after --no-samples, want off", st)
		}
		// A later open without the flag does not bring them.
		if rep, err := ingest.Samples(ctx, s, sampleFS, false); err != nil || rep.Loaded != 0 || len(listPaths(t, s)) != 0 {
			t.Errorf("later open: %+v, %v, %q", rep, err, listPaths(t, s))
		}
	})

	// A library an older dixit filled: samples beside the user's articles,
	// and no state. Opening it leaves the user's alone.
	t.Run("OlderLibraryMixed", func(t *testing.T) {
		s, k := keeper(t)
		if _, err := ingest.Bundled(ctx, s, sampleFS); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries(t) {
			if _, _, err := s.Put(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := ingest.Samples(ctx, s, sampleFS, false)
		if err != nil || rep != (ingest.SampleReport{Removed: 2}) {
			t.Fatalf("older mixed library: %+v, %v", rep, err)
		}
		want := []string{"en/elysee.txt", "en/ferry.txt", "fr/piscine.txt"}
		if got := listPaths(t, s); !slices.Equal(got, want) {
			t.Errorf("left %q, want %q", got, want)
		}
		if st, _ := k.SampleState(ctx); st != library.SamplesOff {
			t.Errorf("state %q, want off", st)
		}
	})

	// An older library of the samples alone keeps them, and is marked as
	// having had them: emptied, it stays empty.
	t.Run("OlderLibrarySamplesOnly", func(t *testing.T) {
		s, k := keeper(t)
		if _, err := ingest.Bundled(ctx, s, sampleFS); err != nil {
			t.Fatal(err)
		}
		if rep, err := ingest.Samples(ctx, s, sampleFS, false); err != nil || rep != (ingest.SampleReport{}) {
			t.Fatalf("older samples-only library: %+v, %v", rep, err)
		}
		if got := listPaths(t, s); !slices.Equal(got, wantSamples) {
			t.Errorf("left %q", got)
		}
		if st, _ := k.SampleState(ctx); st != library.SamplesLoaded {
			t.Errorf("state %q, want loaded", st)
		}
	})
}

// runFeeds: the feeds a library's entries came from, once each; a page
// stored by its URL, a file's feed and standard input are no feeds.
func runFeeds(t *testing.T, open Opener, aliases *library.Aliases) {
	ctx := context.Background()
	s := open(t, aliases)
	if _, ok := s.(library.Feeder); !ok {
		t.Fatal("the backend lists no feeds (library.Feeder)")
	}
	for _, p := range []string{
		"https://ledger.example/feed.xml#https://ledger.example/a", "https://ledger.example/feed.xml#guid-2",
		"http://courrier.example/rss#3", "https://ledger.example/page.html", "/home/u/feed.rss#1",
		"stdin:0123456789abcdef", "bundled/011_courrier-du-val.rss#x",
	} {
		a, err := article.FromText(p, []byte("Title\n\n\"Words,\" said Perrin Vasquez.\n"))
		if err != nil {
			t.Fatal(err)
		}
		a.Hash = article.Hash(p) // each its own article
		if _, _, err := s.Put(ctx, &library.Entry{Article: *a, Extractor: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := library.Feeds(ctx, s)
	want := []string{"http://courrier.example/rss", "https://ledger.example/feed.xml"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Feeds %q (%v), want %q", got, err, want)
	}
}

// runMerge: two speakers merged while the library is open (the reader's
// speaker view), the merge saved as LoadAliases reads it, and undone.
func runMerge(t *testing.T, open Opener) {
	ctx := context.Background()
	al := &library.Aliases{}
	al.Add("Vladimir Putin", "Vladimir Poutine")
	s := open(t, al)
	m, ok := s.(library.AliasMerger)
	if !ok {
		t.Fatal("the backend cannot merge while open (library.AliasMerger)")
	}
	for _, e := range entries(t) {
		if _, _, err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.Speakers(ctx, library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	stat := func(ss []library.SpeakerStat, name string) (library.SpeakerStat, bool) {
		for _, st := range ss {
			if st.Name == name {
				return st, true
			}
		}
		return library.SpeakerStat{}, false
	}
	odile, ok1 := stat(before, "Odile Marchetti")
	imogen, ok2 := stat(before, "Imogen Farrowby")
	if !ok1 || !ok2 {
		t.Fatalf("fixture: want Odile Marchetti and Imogen Farrowby quoted, got %+v", before)
	}
	snap := al.Snapshot()
	al.Merge("Imogen Farrowby", "Odile Marchetti")
	if err := m.MergeAliases(ctx); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Speakers(ctx, library.Filter{})
	if _, ok := stat(after, "Imogen Farrowby"); ok || len(after) != len(before)-1 {
		t.Errorf("merged: Imogen Farrowby still listed, or %d speakers for %d", len(after), len(before))
	}
	if got, _ := stat(after, "Odile Marchetti"); got.Quotes != odile.Quotes+imogen.Quotes {
		t.Errorf("merged Odile Marchetti: %d quotes, want %d", got.Quotes, odile.Quotes+imogen.Quotes)
	}
	path := filepath.Join(t.TempDir(), "conf", "aliases.toml")
	if err := al.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := library.LoadAliases(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Imogen Farrowby": "Odile Marchetti", "Vladimir Poutine": "Vladimir Putin", "imogen farrowby": "Odile Marchetti"} {
		if got := back.Canonical(name); got != want {
			t.Errorf("saved aliases: %s is %q, want %q", name, got, want)
		}
	}

	// Undo: the aliases as they were, the merged speaker's articles tied
	// again.
	qs, _ := s.Quotes(ctx, library.Filter{Speaker: "Odile Marchetti"})
	var ids []int64
	for _, q := range qs {
		if !slices.Contains(ids, q.ArticleID) {
			ids = append(ids, q.ArticleID)
		}
	}
	al.Restore(snap)
	if err := library.Retie(ctx, s, ids); err != nil {
		t.Fatal(err)
	}
	undone, _ := s.Speakers(ctx, library.Filter{})
	// Which of a speaker's descriptions the listing shows is any one of
	// them (SQLite: the first row it meets), and re-storing moves rows.
	for _, ss := range [][]library.SpeakerStat{undone, before} {
		for i := range ss {
			ss[i].Description = ""
		}
	}
	if !slices.Equal(undone, before) {
		t.Errorf("undone: speakers\n%+v\nwant\n%+v", undone, before)
	}
}
