package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
)

// S cycles the list through the orders, from its first row, says so on the
// status line and keeps saying it on the count while the order holds.
func TestKeysSortCycles(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 40)
	byDate := d.m.list.rows
	for _, c := range []struct {
		order  library.Order
		status string
		sorted func(a, b library.Summary) bool
	}{
		{library.ByOutlet, "sorted by outlet, A to Z · S sorts by quotes", func(a, b library.Summary) bool {
			ka, kb := library.Key(a.Outlet), library.Key(b.Outlet)
			return kb == "" || ka != "" && ka <= kb
		}},
		{library.ByQuotes, "sorted by most quotes first · S sorts by title", func(a, b library.Summary) bool {
			return a.Quotes+a.Reported >= b.Quotes+b.Reported
		}},
		{library.ByTitle, "sorted by title, A to Z · S sorts by date", func(a, b library.Summary) bool {
			return strings.ToLower(a.Title) <= strings.ToLower(b.Title)
		}},
		{library.ByDate, "sorted by newest first · S sorts by outlet", func(a, b library.Summary) bool {
			return !a.Published.Before(b.Published) || b.Published.IsZero()
		}},
	} {
		d.key("j") // the cursor goes back to the first row
		d.key("S")
		if d.m.list.order != c.order || d.m.status != c.status {
			t.Fatalf("S: order %q, status %q; want %q, %q", d.m.list.order, d.m.status, c.order, c.status)
		}
		rows := d.m.list.rows
		if len(rows) != len(byDate) || d.m.list.cursor != 0 {
			t.Fatalf("by %s: %d rows, cursor %d", c.order, len(rows), d.m.list.cursor)
		}
		for i := 1; i < len(rows); i++ {
			if !c.sorted(rows[i-1], rows[i]) {
				t.Errorf("by %s: %q before %q", c.order, rows[i-1].Title, rows[i].Title)
			}
		}
		d.m.status = "" // the status expires; the count keeps the order
		frame := ansi.Strip(d.frame())
		if by := "15 articles · by " + c.order.String(); (c.order != library.ByDate) != strings.Contains(frame, by) {
			t.Errorf("by %s: the status line and %q:\n%s", c.order, by, frame)
		}
		if title := oneLine(rows[0].Title)[:20]; !strings.Contains(frame, "│ "+title) {
			t.Errorf("by %s: the list does not start with %q:\n%s", c.order, title, frame)
		}
	}
	// The order stays with a filter typed after it.
	d.key("S", "S") // by quotes
	d.key("/")
	d.typeText("lang:en")
	d.key("enter")
	rows := d.m.list.rows
	if len(rows) < 2 || d.m.list.order != library.ByQuotes {
		t.Fatalf("lang:en by quotes: %d rows, order %q", len(rows), d.m.list.order)
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].Lang != "en" || rows[i-1].Quotes+rows[i-1].Reported < rows[i].Quotes+rows[i].Reported {
			t.Errorf("lang:en by quotes: %+v before %+v", rows[i-1], rows[i])
		}
	}
}
