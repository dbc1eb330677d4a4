package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// filterQuotes types a filter into the Quotes view and leaves the line.
func filterQuotes(d *driver, q string) {
	d.key("/")
	d.typeText(q)
	d.key("enter")
}

func TestKeysQuotesView(t *testing.T) {
	store := corpus(t)
	all, err := store.Quotes(context.Background(), library.Filter{})
	if err != nil || len(all) < 100 {
		t.Fatalf("the corpus has %d quotes (%v)", len(all), err)
	}
	d := newDriver(t, newTestModel(t, store, "dark", false), 120, 40)
	d.key("Q")
	qv := d.m.quotes
	if d.m.overlay != overlayQuotes || len(qv.rows) != len(all) || qv.more {
		t.Fatalf("Q: overlay %d, %d quotes (more %v), want all %d", d.m.overlay, len(qv.rows), qv.more, len(all))
	}
	// Newest article first, in text order: the list's first article.
	if qv.rows[0].ArticleID != d.m.list.rows[0].ID || qv.rows[0].Start > qv.rows[1].Start && qv.rows[1].ArticleID == qv.rows[0].ArticleID {
		t.Errorf("the first quotes are not the newest article's in text order: %+v, %+v", qv.rows[0], qv.rows[1])
	}
	frame := ansi.Strip(d.frame())
	// The test library is the bundled samples alone: the view says so.
	if !strings.Contains(frame, text.Plural(len(all), "quote", "quotes")+" · from the sample articles · enter opens it in its article · esc closes") ||
		!strings.Contains(frame, "/ filter") || !strings.Contains(frame, "esc clear / back") {
		t.Errorf("the Quotes view lacks its count or its keys:\n%s", frame)
	}

	count := func(keep func(library.Quote) bool) int {
		n := 0
		for _, q := range all {
			if keep(q) {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		query string
		keep  func(library.Quote) bool
	}{
		{"kind:reported", func(q library.Quote) bool { return q.Kind == attrib.Indirect }},
		{"kind:direct speaker:marchetti", func(q library.Quote) bool {
			return q.Kind == attrib.Direct && strings.Contains(library.Key(q.Speaker), "marchetti")
		}},
		{"since:2025-06-01", func(q library.Quote) bool { return !q.Published.Before(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)) }},
		// The words are the quote's own, not its article's: "ferries"
		// is in more articles than quotes.
		{"ferries", func(q library.Quote) bool { return strings.Contains(strings.ToLower(q.Text), "ferries") }},
		{"lang:en outlet:ledger", func(q library.Quote) bool { return q.Lang == "en" && strings.Contains(q.Outlet, "Ledger") }},
	} {
		filterQuotes(d, c.query)
		got := d.m.quotes.rows
		want := count(c.keep)
		if want == 0 || want == len(all) {
			t.Fatalf("%q: %d of %d quotes match: the check would prove nothing", c.query, want, len(all))
		}
		if len(got) != want {
			t.Errorf("%q: %d quotes, want %d", c.query, len(got), want)
		}
		for _, q := range got {
			if !c.keep(q) {
				t.Errorf("%q: shows %+v", c.query, q)
			}
		}
		if f := ansi.Strip(d.frame()); !strings.Contains(f, "/ "+c.query) || !strings.Contains(f, text.Plural(want, "quote", "quotes")+" match") {
			t.Errorf("%q: the view does not say its filter and count:\n%s", c.query, f)
		}
		d.key("esc") // clears the filter, the view stays
		if d.m.overlay != overlayQuotes || d.m.quotes.query != "" || len(d.m.quotes.rows) != len(all) {
			t.Fatalf("%q: esc left overlay %d, query %q, %d quotes", c.query, d.m.overlay, d.m.quotes.query, len(d.m.quotes.rows))
		}
	}
	// The "ferries" check above needs an article that holds the word
	// outside its quotes.
	arts, err := store.List(context.Background(), library.Filter{Text: "ferries"})
	if err != nil {
		t.Fatal(err)
	}
	inArticles := 0
	for _, a := range arts {
		qs, _ := store.Quotes(context.Background(), library.Filter{ArticleID: a.ID})
		inArticles += len(qs)
	}
	if inArticles <= count(func(q library.Quote) bool { return strings.Contains(strings.ToLower(q.Text), "ferries") }) {
		t.Errorf("fixture: the articles holding ferries have no quote without it")
	}

	// y copies the quote under the cursor as a citation.
	d.key("j", "j", "y")
	if len(d.clipboard) != 1 || !strings.Contains(d.clipboard[0], text.Display(all[2].Text)) {
		t.Errorf("y copied %q, want the third quote %q", d.clipboard, all[2].Text)
	}
}

// enter opens the quote in its article, scrolled to it and flashed, with
// the reader focused; again from an article already rendered (the cache
// sends no rendering to wait for).
func TestKeysQuotesViewOpensTheQuote(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	d.key("Q")
	filterQuotes(d, "speaker:konovalov")
	if len(d.m.quotes.rows) < 2 {
		t.Fatalf("speaker:konovalov: %d quotes", len(d.m.quotes.rows))
	}
	for round := range 2 {
		d.key("g", "j")
		want := d.m.quotes.rows[1]
		d.key("enter")
		r := d.m.reader
		if d.m.overlay != overlayNone || d.m.focus != paneReader || r.entry == nil || r.entry.Article.ID != want.ArticleID {
			t.Fatalf("round %d: enter left overlay %d, focus %d, article %v", round, d.m.overlay, d.m.focus, r.entry != nil)
		}
		if r.flashQ < 0 || r.entry.Result.Quotes[r.flashQ].Start != want.Start {
			t.Fatalf("round %d: flashed quote %d, want the one at %d", round, r.flashQ, want.Start)
		}
		if l := r.doc.QuoteLine[r.flashQ]; l < r.offset || l >= r.offset+r.bodyHeight() {
			t.Errorf("round %d: the quote's line %d is not in view (%d..%d)", round, l, r.offset, r.offset+r.bodyHeight())
		}
		if f := ansi.Strip(d.frame()); !strings.Contains(f, oneLine(text.Display(want.Text))[:24]) {
			t.Errorf("round %d: the quote is not on screen:\n%s", round, f)
		}
		d.key("Q") // the filter is kept
		if d.m.quotes.query != "speaker:konovalov" {
			t.Fatalf("Q again: filter %q", d.m.quotes.query)
		}
	}
}

func TestKeysStatsView(t *testing.T) {
	store := corpus(t)
	tallies, err := store.Tallies(context.Background(), library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, newTestModel(t, store, "dark", false), 120, 40)
	d.key("W")
	st := d.m.stats.st
	if d.m.overlay != overlayStats || st == nil || st.Articles != 15 || st.Quotes != tallies.Quotes || len(st.Speakers) != statsTop {
		t.Fatalf("W: overlay %d, stats %+v", d.m.overlay, st)
	}
	frame := ansi.Strip(d.frame())
	for _, want := range []string{
		"Who is quoted", "15 articles · " + text.Plural(tallies.Quotes, "quote", "quotes"),
		"Quotes by speaker", st.Speakers[0].Name, "Speakers by gender, where the given name tells it",
		"Quotes by outlet", "Le Courrier du Val", "Quotes by month", "2025-06", "without a date",
		"↓/j down", "Q all quotes", "esc clear / back", "in the sample articles, all fictional",
	} {
		if !strings.Contains(frame, want) {
			t.Errorf("the stats view lacks %q:\n%s", want, frame)
		}
	}
	// The bars are drawn to scale: the most quoted speaker's is the
	// longest, twice the one of a speaker quoted half as often.
	bars := map[string]int{}
	for _, l := range strings.Split(frame, "\n") {
		for _, sp := range st.Speakers {
			if strings.HasPrefix(l, "│"+sp.Name+" ") {
				bars[sp.Name] = strings.Count(l, "█")
			}
		}
	}
	top, last := st.Speakers[0], st.Speakers[len(st.Speakers)-1]
	if bars[top.Name] == 0 || bars[last.Name] == 0 || bars[top.Name]*last.Quotes/top.Quotes-bars[last.Name] > 1 {
		t.Errorf("bars %v for quotes %d and %d", bars, top.Quotes, last.Quotes)
	}
	d.key("Q")
	if d.m.overlay != overlayQuotes {
		t.Errorf("Q from the stats view: overlay %d", d.m.overlay)
	}
	d.key("W", "esc")
	if d.m.overlay != overlayNone {
		t.Errorf("esc did not close the stats view")
	}

	// At 80×24 the charts are one column and scroll.
	d = newDriver(t, newTestModel(t, store, "dark", false), 80, 24)
	d.key("W")
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "↑↓ more charts") || strings.Contains(f, "Quotes by month") {
		t.Fatalf("80×24: the charts do not scroll:\n%s", f)
	}
	d.key("G")
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "Quotes by month") || !strings.Contains(f, "↑ the charts above") {
		t.Errorf("80×24, G: the last chart is not in view:\n%s", f)
	}
}
