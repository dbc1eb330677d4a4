package librarytest

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/trail"
)

// occ is what a trail test pins of one occurrence.
type occ struct {
	ref, outlet, speaker string
	variant              int
	change               trail.Change
	changed              int
	kindChanged, other   bool
}

func occs(tr library.Trail) []occ {
	var out []occ
	for _, o := range tr.Occurrences {
		out = append(out, occ{o.Ref.String(), o.Outlet, o.Speaker, o.Variant, o.Diff.Change, o.Diff.Changed, o.KindChanged, o.OtherSpeaker})
	}
	return out
}

func runTrail(t *testing.T, open Opener, aliases *library.Aliases) {
	ctx := context.Background()
	put := func(t *testing.T, s library.Store, es []*library.Entry) map[string]int64 {
		ids := map[string]int64{}
		for _, e := range es {
			id, _, err := s.Put(ctx, e)
			if err != nil {
				t.Fatal(err)
			}
			ids[e.Article.Outlet] = id
		}
		return ids
	}
	altered := func(t *testing.T, s library.Store) []string {
		rows, err := s.List(ctx, library.Filter{Altered: true})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r.Outlet)
		}
		slices.Sort(out)
		return out
	}

	t.Run("Trail", func(t *testing.T) {
		s := open(t, aliases)
		ids := put(t, s, TrailCorpus())
		ref := func(outlet string) string { return library.QuoteRef{ArticleID: ids[outlet], N: 1}.String() }
		want := []occ{
			{ref("Harbour Ledger"), "Harbour Ledger", "Imogen Farrowby", 1, trail.Copy, 0, false, false},
			{ref("Kelder Courier"), "Kelder Courier", "Imogen Farrowby", 2, trail.Altered, 1, false, false},
			{ref("Valbois Post"), "Valbois Post", "Farrowby", 3, trail.Altered, 1, false, false},
			{ref("Saltmere Gazette"), "Saltmere Gazette", "Imogen Farrowby", 4, trail.Fragment, 0, true, false},
			{ref("North Quay Radio"), "North Quay Radio", "Odile Marchetti", 1, trail.Copy, 0, false, true},
		}
		// From the first version, and from the fragment: the same trail.
		for _, from := range []string{TrailQuote, "not sell the Saltmere ferry to anyone"} {
			tr, err := library.FindTrail(ctx, s, from, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := occs(tr); !slices.Equal(got, want) || tr.Total != 5 || tr.Variants != 4 {
				t.Errorf("trail of %q:\n got %+v (total %d, variants %d)\nwant %+v", from, got, tr.Total, tr.Variants, want)
			}
		}
		// Other words, a few shared: a trail of its own.
		tr, err := library.FindTrail(ctx, s, "Nous ne vendrons pas le port de Saltmere cette année", 0)
		if err != nil || len(tr.Occurrences) != 1 || tr.Occurrences[0].Outlet != "Le Courrier du Val" {
			t.Errorf("the French quote's trail: %+v, %v", tr, err)
		}
		// The earliest two only, of five.
		tr, err = library.FindTrail(ctx, s, TrailQuote, 2)
		if err != nil || len(tr.Occurrences) != 2 || tr.Total != 5 || tr.Occurrences[1].Outlet != "Kelder Courier" {
			t.Errorf("a trail cut at two: %+v, %v", tr, err)
		}
		if _, err := library.FindTrail(ctx, s, "a tub", 0); err == nil {
			t.Error("a quote of two words has no trail")
		}
		if got, want := altered(t, s), []string{"Harbour Ledger", "Kelder Courier", "North Quay Radio", "Saltmere Gazette", "Valbois Post"}; !slices.Equal(got, want) {
			t.Errorf("trail:altered lists %v, want %v", got, want)
		}
		qs, err := s.Quotes(ctx, library.Filter{Altered: true, Kind: attrib.Indirect})
		if err != nil || len(qs) != 1 || qs[0].Outlet != "Saltmere Gazette" {
			t.Errorf("altered reported quotes: %+v, %v", qs, err)
		}
		if n, err := s.Count(ctx, library.Filter{Altered: true, Lang: "fr"}); err != nil || n != 0 {
			t.Errorf("altered French articles: %d, %v", n, err)
		}
	})

	t.Run("TrailIncremental", func(t *testing.T) {
		// The marks follow each article as it arrives.
		s := open(t, aliases)
		c := TrailCorpus()
		put(t, s, c[:1])
		if got := altered(t, s); len(got) != 0 {
			t.Errorf("one version alone is altered: %v", got)
		}
		put(t, s, c[5:])
		if got := altered(t, s); len(got) != 0 {
			t.Errorf("an unrelated quote made an alteration: %v", got)
		}
		put(t, s, c[4:5]) // the same words, another speaker
		if got := altered(t, s); !slices.Equal(got, []string{"Harbour Ledger", "North Quay Radio"}) {
			t.Errorf("after the radio: %v", got)
		}
		put(t, s, c[3:4]) // the fragment
		if got := altered(t, s); !slices.Equal(got, []string{"Harbour Ledger", "North Quay Radio", "Saltmere Gazette"}) {
			t.Errorf("after the gazette: %v", got)
		}
		// Stored again (a forced re-extraction), the ledger keeps its trail.
		e := c[0]
		e.Force = true
		if _, st, err := s.Put(ctx, e); err != nil || st != library.Updated {
			t.Fatalf("re-put: %v %v", st, err)
		}
		tr, err := library.FindTrail(ctx, s, TrailQuote, 0)
		if err != nil || len(tr.Occurrences) != 3 || tr.Occurrences[0].Outlet != "Harbour Ledger" {
			t.Errorf("after the re-put: %+v, %v", occs(tr), err)
		}
		// Deleted, it leaves the trail.
		if err := s.Delete(ctx, tr.Occurrences[0].ArticleID); err != nil {
			t.Fatal(err)
		}
		tr, err = library.FindTrail(ctx, s, TrailQuote, 0)
		if err != nil || len(tr.Occurrences) != 2 || tr.Occurrences[0].Outlet != "Saltmere Gazette" {
			t.Errorf("after the delete: %+v, %v", occs(tr), err)
		}
	})
}

// spellingEntry is an article quoting one speaker, its extraction
// written out.
func spellingEntry(path, lang, speaker, quote string) *library.Entry {
	body := "Title\n\n“" + quote + "”, said " + speaker + ".\n"
	start := strings.Index(body, quote)
	a := article.Article{Path: path, Title: "Title", Lang: lang, Body: body, Hash: article.Hash(body)}
	q := attrib.Quote{Text: quote, Start: start, End: start + len(quote), Speaker: speaker, Mention: speaker, Kind: attrib.Direct, Cue: "said"}
	return &library.Entry{Article: a, Extractor: attrib.Version, Result: attrib.Result{Lang: lang, Quotes: []attrib.Quote{q},
		Speakers: []attrib.Speaker{{Name: speaker, Mentions: []string{speaker}, Quotes: 1}}}}
}

func runSpellings(t *testing.T, open Opener) {
	ctx := context.Background()
	t.Run("SpellingsAcrossLanguages", func(t *testing.T) {
		// No aliases: the two spellings are one speaker, under the first
		// stored; a surname alone stays apart; each quote keeps the name
		// its article gives.
		aliases := &library.Aliases{}
		aliases.Add("Ivan Petrof") // listed: the file alone decides
		s := open(t, aliases)
		for _, e := range []*library.Entry{
			spellingEntry("fr/a.txt", "fr", "Vladimir Poutine", "Nous signerons l'accord la semaine prochaine à Minsk"),
			spellingEntry("en/b.txt", "en", "Vladimir Putin", "We will sign the agreement next week in Minsk"),
			spellingEntry("en/c.txt", "en", "Putin", "The agreement is ready for signing"),
			spellingEntry("en/d.txt", "en", "Ivan Petrov", "The port will open on the first of May"),
			spellingEntry("en/e.txt", "en", "Ivan Petrof", "The port will open in the spring"),
		} {
			if _, _, err := s.Put(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		sp, err := s.Speakers(ctx, library.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, x := range sp {
			got[x.Name] = x.Articles
		}
		want := map[string]int{"Vladimir Poutine": 2, "Putin": 1, "Ivan Petrov": 1, "Ivan Petrof": 1}
		if !maps.Equal(got, want) {
			t.Errorf("speakers %v, want %v", got, want)
		}
		for _, q := range []string{"putin", "Poutine", "vladimir putin"} {
			qs, err := s.Quotes(ctx, library.Filter{Speaker: q})
			var credited []string
			for _, x := range qs {
				credited = append(credited, x.Credited)
			}
			slices.Sort(credited)
			if err != nil || len(qs) < 2 || !slices.Contains(credited, "Vladimir Putin") || !slices.Contains(credited, "Vladimir Poutine") {
				t.Errorf("speaker:%s finds %v, %v", q, credited, err)
			}
		}
	})
}
