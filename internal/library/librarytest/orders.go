package librarytest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// runOrders checks List's orders on the corpus: each the whole result, in
// pages of one row that neither overlap nor skip, and with a filter.
func runOrders(t *testing.T, fill func(t *testing.T) (library.Store, []int64)) {
	ctx := context.Background()
	t.Run("ListOrders", func(t *testing.T) {
		s, _ := fill(t)
		es := entries(t)
		total := map[string]int{}
		direct := map[string]int{}
		for _, e := range es {
			total[e.Article.Path] = len(e.Result.Quotes)
			direct[e.Article.Path] = e.DirectQuotes()
		}
		// The quote counts come from the engine: order the corpus by them
		// (more, then more direct, then newer: the dates are distinct).
		byQuotes := []string{"en/ferry.txt", "fr/piscine.txt", "en/elysee.txt"}
		slices.SortStableFunc(byQuotes, func(a, b string) int {
			if total[a] != total[b] {
				return total[b] - total[a]
			}
			return direct[b] - direct[a]
		})
		for _, c := range []struct {
			order library.Order
			want  []string
		}{
			{library.ByDate, []string{"en/ferry.txt", "fr/piscine.txt", "en/elysee.txt"}},
			// Outlets sort as their keys, without a leading article, as a
			// library's catalogue does: (Le) Courrier du Val before
			// Harbour Ledger; newest first within an outlet.
			{library.ByOutlet, []string{"fr/piscine.txt", "en/ferry.txt", "en/elysee.txt"}},
			{library.ByQuotes, byQuotes},
			// "La piscine…", "Saltmere approves…", "Talks at the Élysée".
			{library.ByTitle, []string{"fr/piscine.txt", "en/ferry.txt", "en/elysee.txt"}},
		} {
			rows, err := s.List(ctx, library.Filter{Order: c.order})
			if err != nil {
				t.Fatal(err)
			}
			if got := paths(rows); !slices.Equal(got, c.want) {
				t.Errorf("by %s: %q, want %q", c.order, got, c.want)
			}
			var paged []string
			for off := range 4 {
				page, err := s.List(ctx, library.Filter{Order: c.order, Limit: 1, Offset: off})
				if err != nil {
					t.Fatal(err)
				}
				paged = append(paged, paths(page)...)
			}
			if !slices.Equal(paged, c.want) {
				t.Errorf("by %s, a row a page: %q, want %q", c.order, paged, c.want)
			}
		}
		rows, err := s.List(ctx, library.Filter{Outlet: "harbour", Order: library.ByTitle})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := paths(rows), []string{"en/ferry.txt", "en/elysee.txt"}; !slices.Equal(got, want) {
			t.Errorf("outlet:harbour by title: %q, want %q", got, want)
		}
	})
}

// runTallies checks the quote tallies by outlet and month, and who is
// quoted, on the corpus.
func runTallies(t *testing.T, fill func(t *testing.T) (library.Store, []int64)) {
	ctx := context.Background()
	t.Run("Tallies", func(t *testing.T) {
		s, _ := fill(t)
		n := map[string]int{}
		for _, e := range entries(t) {
			n[e.Article.Path] = len(e.Result.Quotes)
		}
		ledger, courrier := n["en/ferry.txt"]+n["en/elysee.txt"], n["fr/piscine.txt"]
		got, err := s.Tallies(ctx, library.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		outlets := []library.Tally{{Name: "Harbour Ledger", Articles: 2, Quotes: ledger}, {Name: "Le Courrier du Val", Articles: 1, Quotes: courrier}}
		if courrier > ledger {
			outlets[0], outlets[1] = outlets[1], outlets[0]
		}
		want := library.Tallies{
			Articles: 3, Quotes: ledger + courrier, ByOutlet: outlets,
			ByMonth: []library.Tally{{Name: "2026-02", Articles: 1, Quotes: n["en/elysee.txt"]}, {Name: "2026-03", Articles: 2, Quotes: n["en/ferry.txt"] + courrier}},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tallies:\n got %+v\nwant %+v", got, want)
		}
		fr, err := s.Tallies(ctx, library.Filter{Lang: "fr"})
		if err != nil {
			t.Fatal(err)
		}
		if want := (library.Tallies{Articles: 1, Quotes: courrier, ByOutlet: []library.Tally{{Name: "Le Courrier du Val", Articles: 1, Quotes: courrier}},
			ByMonth: []library.Tally{{Name: "2026-03", Articles: 1, Quotes: courrier}}}); !reflect.DeepEqual(fr, want) {
			t.Errorf("lang:fr tallies:\n got %+v\nwant %+v", fr, want)
		}

		st, err := library.GatherStats(ctx, s, library.Filter{}, 2)
		if err != nil {
			t.Fatal(err)
		}
		all, err := s.Speakers(ctx, library.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(st.Tallies, got) || st.AllSpeakers != len(all) || !reflect.DeepEqual(st.Speakers, all[:2]) {
			t.Errorf("stats: %+v; speakers %+v", st, all)
		}
		// Imogen and Vladimir are in the engine's lists; Odile is not, and
		// the Wall Street Journal, reported as speaking, has no given name.
		names := map[string]bool{}
		for _, sp := range all {
			names[sp.Name] = true
		}
		if !names["Imogen Farrowby"] || !names["Vladimir Putin"] || !names["Odile Marchetti"] || !names["Wall Street Journal"] || len(all) != 4 {
			t.Fatalf("fixture: speakers %+v, want Imogen Farrowby, Vladimir Putin, Odile Marchetti and the Wall Street Journal", all)
		}
		quotes := map[string]int{}
		for _, sp := range all {
			quotes[sp.Name] = sp.Quotes
		}
		if g := (library.Gender{Women: 1, Men: 1, Unknown: 2, WomenQuotes: quotes["Imogen Farrowby"], MenQuotes: quotes["Vladimir Putin"],
			UnknownQuotes: quotes["Odile Marchetti"] + quotes["Wall Street Journal"]}); st.Gender != g {
			t.Errorf("gender %+v, want %+v", st.Gender, g)
		}
	})
}

// runQuotesByKind checks the library's quotes filtered by kind alone, as
// the Quotes view's kind: asks for them, a page at a time too.
func runQuotesByKind(t *testing.T, fill func(t *testing.T) (library.Store, []int64)) {
	ctx := context.Background()
	t.Run("QuotesByKind", func(t *testing.T) {
		s, _ := fill(t)
		want := map[attrib.Kind]int{}
		for _, e := range entries(t) {
			for _, q := range e.Result.Quotes {
				want[q.Kind]++
			}
		}
		if want[attrib.Direct] == 0 || want[attrib.Indirect] == 0 {
			t.Fatalf("fixture: want both kinds, got %v", want)
		}
		for k, n := range want {
			qs, err := s.Quotes(ctx, library.Filter{Kind: k})
			if err != nil {
				t.Fatal(err)
			}
			paged, err := s.Quotes(ctx, library.Filter{Kind: k, Limit: 1, Offset: n - 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(qs) != n || len(paged) != 1 || paged[0].Quote != qs[n-1].Quote {
				t.Errorf("kind %s: %d quotes, want %d; the last a page of one: %+v", k, len(qs), n, paged)
			}
			for _, q := range qs {
				if q.Kind != k {
					t.Errorf("kind %s: %+v", k, q.Quote)
				}
			}
		}
	})
}

func paths(rows []library.Summary) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.Path)
	}
	return out
}
