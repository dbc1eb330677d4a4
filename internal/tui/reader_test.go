package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/text"
)

// TestReaderShowsOutletAndDateOnce: the reader's header names the outlet
// and the date of the article, and the byline under the title does not
// again; it keeps the author and the language.
func TestReaderShowsOutletAndDateOnce(t *testing.T) {
	store := corpus(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		d := newDriver(t, newTestModel(t, store, "dark", false), size[0], size[1])
		d.key("j", "enter", "f") // the second article, full screen: the byline on one line
		e := d.m.reader.entry
		if e == nil || d.m.reader.doc == nil {
			t.Fatalf("%dx%d: no article open", size[0], size[1])
		}
		a := e.Article
		if a.Outlet == "" || a.Published.IsZero() || a.Author == "" || a.URL == "" {
			t.Fatalf("fixture: want an article with outlet, date, author and address, got %+v", a)
		}
		view := ansi.Strip(d.m.reader.View())
		lines := strings.Split(view, "\n")
		date := a.Published.Format("2006-01-02")
		if !strings.HasPrefix(lines[0], a.Outlet+" · "+date+" · ") {
			t.Errorf("%dx%d: header %q, want the outlet, the date and the address", size[0], size[1], lines[0])
		}
		if n := strings.Count(view, a.Outlet); n != 1 {
			t.Errorf("%dx%d: the outlet %q shows %d times:\n%s", size[0], size[1], a.Outlet, n, view)
		}
		if n := strings.Count(view, date); n != 1 {
			t.Errorf("%dx%d: the date %s shows %d times:\n%s", size[0], size[1], date, n, view)
		}
		if !strings.Contains(view, a.Author+" · "+strings.ToUpper(a.Lang)) {
			t.Errorf("%dx%d: the byline lacks %q:\n%s", size[0], size[1], a.Author+" · "+strings.ToUpper(a.Lang), view)
		}
	}
}

// TestQuoteOpenedFromQuotesViewIsSelected: enter on a quote of the Quotes
// view opens its article at it, and the side pane's cursor is on that
// quote, in its Quotes tab, whatever tab and row it was on before.
func TestQuoteOpenedFromQuotesViewIsSelected(t *testing.T) {
	store := corpus(t)
	d := newDriver(t, newTestModel(t, store, "dark", false), 120, 40)
	d.key("tab", "tab", "]", "]") // the side pane, on its Sources tab
	if d.m.focus != paneSide || d.m.side.tab != tabSources {
		t.Fatalf("side pane: focus %d, tab %d", d.m.focus, d.m.side.tab)
	}
	d.key("Q")
	rows := d.m.quotes.rows
	// A quote well into an article that is not the one open: not the
	// first of its article, so that a cursor left at 0 fails.
	pick := -1
	for i := range rows {
		if i > 0 && rows[i].ArticleID == rows[i-1].ArticleID && rows[i].ArticleID != d.m.reader.entry.Article.ID &&
			i >= 2 && rows[i-2].ArticleID == rows[i].ArticleID {
			pick = i
			break
		}
	}
	if pick < 0 {
		t.Fatalf("fixture: no article with three quotes besides the open one in %d quotes", len(rows))
	}
	want := rows[pick]
	for range pick {
		d.key("j")
	}
	d.key("enter")
	if d.m.overlay != overlayNone || d.m.reader.entry == nil || d.m.reader.entry.Article.ID != want.ArticleID {
		t.Fatalf("enter: overlay %d, article %v, want %d", d.m.overlay, d.m.reader.entry, want.ArticleID)
	}
	q, _, _, ok := d.m.side.selectedQuote()
	if d.m.side.tab != tabQuotes || !ok || q.Start != want.Start || q.Text != want.Text {
		t.Errorf("side pane: tab %d, selected %+v (%v), want %q at %d", d.m.side.tab, q, ok, want.Text, want.Start)
	}
	if c := d.m.side.cursor[tabQuotes]; c == 0 || c < d.m.side.top[tabQuotes] || c >= d.m.side.top[tabQuotes]+d.m.side.visible() {
		t.Errorf("side pane: cursor %d not in view (top %d, %d rows)", c, d.m.side.top[tabQuotes], d.m.side.visible())
	}
	if !strings.Contains(ansi.Strip(d.m.side.View(false)), firstWords(text.Display(want.Text), 3)) {
		t.Errorf("the side pane does not show the quote %q:\n%s", want.Text, ansi.Strip(d.m.side.View(false)))
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
