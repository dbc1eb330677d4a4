package tui

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/export"
)

// Space picks quotes in the side pane; y copies the picked ones, each as
// export.Cite writes one, a line each, in the pane's order.
func TestPickQuotesCopy(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", true), 120, 30)
	openSeed(t, d)
	d.key("tab", "space", "j", "space")
	e := d.m.reader.entry
	if n := strings.Count(ansi.Strip(d.frame()), "✓ "); n != 2 {
		t.Fatalf("%d quotes marked picked, want 2\n%s", n, ansi.Strip(d.frame()))
	}
	d.key("y")
	var want []string
	for _, i := range []int{0, 2} {
		q := e.Result.Quotes[i]
		a := e.Article
		want = append(want, export.Cite(q, export.Origin{Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published},
			export.TiedSources(a.Body, q, e.Result.Sources)))
	}
	if len(d.clipboard) != 1 || d.clipboard[0] != strings.Join(want, "\n") {
		t.Fatalf("clipboard %q\nwant %q", d.clipboard, strings.Join(want, "\n"))
	}
	if d.m.status != "copied 2 quotes picked" {
		t.Errorf("status %q", d.m.status)
	}
	// esc unpicks; y then copies the quote under the cursor alone.
	d.key("esc")
	if d.m.side.pickCount() != 0 || strings.Contains(ansi.Strip(d.frame()), "✓ ") || d.m.focus != paneSide {
		t.Fatalf("esc: %d picks, focus %d", d.m.side.pickCount(), d.m.focus)
	}
	d.key("y")
	if len(d.clipboard) != 2 || strings.Contains(d.clipboard[1], "\n") || !strings.Contains(d.clipboard[1], oneLine(e.Result.Quotes[3].Speaker)) {
		t.Errorf("after esc, y copied %q", d.clipboard[1:])
	}
	// Space on a picked quote unpicks it; a new article clears the picks.
	d.key("k", "space", "k", "space")
	if d.m.side.pickCount() != 0 {
		t.Errorf("space twice on one quote: %d picks", d.m.side.pickCount())
	}
	d.key("space")
	if d.m.side.pickCount() != 1 {
		t.Fatalf("%d picks, want 1", d.m.side.pickCount())
	}
	other, err := corpus(t).Find(context.Background(), "bundled/001_valbois-piscine.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, msg := range d.run(d.m.reader.load(other)) {
		d.send(msg)
	}
	if d.m.reader.entry.Article.ID != other || d.m.side.pickCount() != 0 {
		t.Errorf("another article kept %d picks", d.m.side.pickCount())
	}
}

// e with quotes picked exports them, and them alone.
func TestPickQuotesExport(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", true), 120, 30)
	openSeed(t, d)
	d.key("tab", "j", "space", "space")
	d.key("e")
	if d.m.overlay != overlayExport || !strings.Contains(ansi.Strip(d.frame()), "of the 2 quotes picked") {
		t.Fatalf("export form\n%s", ansi.Strip(d.frame()))
	}
	path := filepath.Join(t.TempDir(), "picked.json")
	d.m.export.path.SetValue(path)
	d.key("enter")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []export.LibraryQuoteShape
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	e := d.m.reader.entry
	if len(got) != 2 || got[0].Text != e.Result.Quotes[1].Text || got[1].Text != e.Result.Quotes[2].Text ||
		got[0].ArticleID != e.Article.ID || got[0].Title != e.Article.Title {
		t.Errorf("exported %+v", got)
	}
	if !strings.Contains(d.m.status, "exported 2 quotes") {
		t.Errorf("status %q", d.m.status)
	}
}
