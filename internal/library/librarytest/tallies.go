package librarytest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// More fictional articles for the kept tallies: another outlet under two
// spellings, an undated article without an outlet.
var tallyCorpus = []struct{ path, outlet, published, body string }{
	{"en/depot.txt", "Saltmere Gazette", "2026-04-10",
		"Saltmere tram depot to close\n\n\"We will move the trams to Kelby by winter,\" said Imogen Farrowby, the council leader.\n\nThe union said the move would cost forty jobs.\n"},
	{"en/depot-caps.txt", "SALTMERE GAZETTE", "2026-04-12",
		"Depot workers meet the council\n\n\"Nobody asked us,\" said Corwin Ashdale, a tram driver for nineteen years.\n\n\"The council will listen,\" Imogen Farrowby said.\n"},
	{"en/undated.txt", "", "",
		"Notes from the harbour\n\n\"The tide came in early,\" said Odile Marchetti.\n"},
}

func tallyEntry(t *testing.T, path, outlet, published, body string) *library.Entry {
	t.Helper()
	a, err := article.FromText(path, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	a.Outlet = outlet
	if published != "" {
		a.Published, _ = time.Parse("2006-01-02", published)
	}
	return &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{}), Extractor: attrib.Version}
}

// runKeptTallies checks that what the stats view reads for the whole
// library, kept as articles are written, equals a count made afresh from
// the articles themselves after every kind of write: new articles, an
// article replaced under its path (another outlet, date and quotes), a
// forced re-extraction with another result, removals.
func runKeptTallies(t *testing.T, aliases *library.Aliases, fill func(t *testing.T) (library.Store, []int64)) {
	ctx := context.Background()
	t.Run("KeptTalliesEqualAFreshCount", func(t *testing.T) {
		s, _ := fill(t)
		check := func(step string) library.Stats {
			t.Helper()
			got, err := library.GatherStats(ctx, s, library.Filter{}, 1000)
			if err != nil {
				t.Fatalf("%s: %v", step, err)
			}
			want := freshStats(t, s, aliases)
			if !reflect.DeepEqual(got.Tallies, want.Tallies) {
				t.Errorf("%s: tallies\n got %+v\nwant %+v", step, got.Tallies, want.Tallies)
			}
			if got.AllSpeakers != want.AllSpeakers || got.Gender != want.Gender {
				t.Errorf("%s: %d speakers, gender %+v; fresh count %d, %+v", step, got.AllSpeakers, got.Gender, want.AllSpeakers, want.Gender)
			}
			// The counts the view reads, when the backend keeps them.
			gt, ok := s.(library.GenderTallier)
			if !ok {
				t.Fatalf("%T keeps no gender counts: the stats view would read every speaker", s)
			}
			if g, n, told, err := gt.GenderTallies(ctx); err != nil || !told || g != want.Gender || n != want.AllSpeakers {
				t.Errorf("%s: kept gender counts %+v of %d speakers (told %v, %v); fresh count %+v of %d", step, g, n, told, err, want.Gender, want.AllSpeakers)
			}
			gs, ws := map[string]library.SpeakerStat{}, map[string]library.SpeakerStat{}
			for _, sp := range got.Speakers {
				gs[sp.Key] = library.SpeakerStat{Quotes: sp.Quotes, Articles: sp.Articles}
			}
			for _, sp := range want.Speakers {
				ws[sp.Key] = library.SpeakerStat{Quotes: sp.Quotes, Articles: sp.Articles}
			}
			if !reflect.DeepEqual(gs, ws) {
				t.Errorf("%s: speakers\n got %+v\nwant %+v", step, gs, ws)
			}
			return got
		}
		check("three articles")

		ids := map[string]int64{}
		for _, c := range tallyCorpus {
			id, st, err := s.Put(ctx, tallyEntry(t, c.path, c.outlet, c.published, c.body))
			if err != nil || st != library.New {
				t.Fatalf("Put %s: %v, %v", c.path, st, err)
			}
			ids[c.path] = id
		}
		st := check("six articles")
		if len(st.ByOutlet) != 4 || st.Undated.Articles != 1 || len(st.ByMonth) != 3 {
			t.Fatalf("fixture: want four outlets (one of them none), three months and an undated article; got %+v", st.Tallies)
		}

		// The ferry story again under its path: another outlet, month and
		// text. Its old group (Harbour Ledger, 2026-03) loses it.
		c := corpus[1]
		e := tallyEntry(t, c.path, "Saltmere Gazette", "2026-05-01", c.body+"\n\"The ferry will run at night too,\" said Corwin Ashdale.\n")
		if _, st, err := s.Put(ctx, e); err != nil || st != library.Updated {
			t.Fatalf("Put %s again: %v, %v", c.path, st, err)
		}
		check("an article replaced")

		// A forced re-extraction that finds one quote fewer: same outlet
		// and month, other counts.
		c = corpus[0]
		e = tallyEntry(t, c.path, c.outlet, c.published, c.body)
		if len(e.Result.Quotes) == 0 {
			t.Fatalf("fixture: %s has no quote", c.path)
		}
		e.Result.Quotes, e.Force = e.Result.Quotes[1:], true
		if _, st, err := s.Put(ctx, e); err != nil || st != library.Updated {
			t.Fatalf("forced Put %s: %v, %v", c.path, st, err)
		}
		check("a forced re-extraction")

		for _, p := range []string{"en/undated.txt", "en/depot-caps.txt"} {
			if err := s.Delete(ctx, ids[p]); err != nil {
				t.Fatal(err)
			}
		}
		st = check("two removed")
		if st.Undated.Articles != 0 {
			t.Errorf("the undated article is gone, its tally is not: %+v", st.Undated)
		}
		all, err := s.List(ctx, library.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range all {
			if err := s.Delete(ctx, a.ID); err != nil {
				t.Fatal(err)
			}
		}
		if st := check("all removed"); st.Articles != 0 || len(st.ByOutlet) != 0 || len(st.ByMonth) != 0 || st.AllSpeakers != 0 {
			t.Errorf("an empty library still counts %+v", st)
		}
	})
}

// freshStats counts what GatherStats reports for the whole library from
// the articles themselves: their rows as List gives them and each one's
// extraction as Get gives it, speakers met by their canonical key.
func freshStats(t *testing.T, s library.Store, aliases *library.Aliases) library.Stats {
	t.Helper()
	ctx := context.Background()
	all, err := s.List(ctx, library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var rows []library.TallyRow
	type tally struct {
		name             string
		quotes, articles int
	}
	speakers := map[string]*tally{}
	for _, a := range all {
		month := ""
		if !a.Published.IsZero() {
			month = a.Published.UTC().Format("2006-01")
		}
		rows = append(rows, library.TallyRow{Outlet: a.Outlet, Month: month, Articles: 1, Quotes: a.Quotes + a.Reported})
		e, err := s.Get(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, sp := range e.Result.Speakers {
			name := aliases.Canonical(sp.Name)
			k := library.Key(name)
			if speakers[k] == nil {
				speakers[k] = &tally{name: name}
			}
			speakers[k].quotes += sp.Quotes
			if !seen[k] {
				seen[k] = true
				speakers[k].articles++
			}
		}
	}
	st := library.Stats{Tallies: library.SumTallies(rows)}
	for k, sp := range speakers {
		if sp.quotes == 0 {
			continue
		}
		st.Speakers = append(st.Speakers, library.SpeakerStat{Name: sp.name, Key: k, Quotes: sp.quotes, Articles: sp.articles})
		st.Gender.Add(attrib.GivenNameGender(sp.name), 1, sp.quotes)
	}
	st.AllSpeakers = len(st.Speakers)
	return st
}
