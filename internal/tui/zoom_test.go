package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// f gives the reader the whole screen and back; esc also brings the panes
// back. The reader re-renders at the new width.
func TestZoomReader(t *testing.T) {
	for _, w := range []int{80, 120} {
		d := newDriver(t, newTestModel(t, corpus(t), "dark", true), w, 24)
		openSeed(t, d)
		normal := d.m.reader.width
		d.key("f")
		f := ansi.Strip(d.frame())
		if d.m.reader.width != w-2 || d.m.focus != paneReader || strings.Contains(f, "/ to filter") || sidePane(f) {
			t.Fatalf("%d columns, f: reader %d wide (want %d), focus %d\n%s", w, d.m.reader.width, w-2, d.m.focus, f)
		}
		if d.m.reader.doc == nil || d.m.reader.doc.Width != d.m.reader.textWidth() {
			t.Errorf("%d columns: the zoomed reader was not rendered at its width", w)
		}
		d.key("tab")
		if d.m.focus != paneReader {
			t.Errorf("tab left the zoomed reader for pane %d", d.m.focus)
		}
		d.key("f")
		if d.m.reader.width != normal || !strings.Contains(ansi.Strip(d.frame()), "speaker:\"Ivan Konovalov\"") {
			t.Errorf("%d columns, f again: reader %d wide, want %d", w, d.m.reader.width, normal)
		}
		d.key("f", "esc")
		if d.m.zoom || d.m.reader.width != normal {
			t.Errorf("%d columns: esc left the reader zoomed", w)
		}
	}
}

// The selected quote in the side pane shows all its words, wrapped; the
// others keep one line each.
func TestSideSelectedQuoteWrapped(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", true), 120, 40)
	openSeed(t, d)
	d.key("tab")
	e := d.m.reader.entry
	// The longest quote of the seed, far wider than the pane.
	long := 0
	for i, q := range e.Result.Quotes {
		if len(q.Text) > len(e.Result.Quotes[long].Text) {
			long = i
		}
	}
	if ansi.StringWidth(quoteWords(e.Result.Quotes[long])) < 3*d.m.side.width {
		t.Fatalf("fixture: the longest quote is %d wide, the pane %d", len(e.Result.Quotes[long].Text), d.m.side.width)
	}
	for i := 0; i < long; i++ {
		d.key("j")
	}
	pane := sideText(d.m.side.View(true))
	if !strings.Contains(pane, strings.Join(strings.Fields(quoteWords(e.Result.Quotes[long])), " ")) {
		t.Errorf("the selected quote is not shown whole:\n%s", d.m.side.View(true))
	}
	if n := len(strings.Split(d.m.side.View(true), "\n")); n > d.m.side.height {
		t.Errorf("the side pane draws %d lines in %d", n, d.m.side.height)
	}
	// Moving on, it is one line again.
	d.key("j")
	if pane := sideText(d.m.side.View(true)); strings.Contains(pane, strings.Join(strings.Fields(quoteWords(e.Result.Quotes[long])), " ")) {
		t.Errorf("an unselected quote is still wrapped whole")
	}
}

// sideText is the pane's text with its lines joined, the indentation gone.
func sideText(view string) string {
	var words []string
	for _, l := range strings.Split(ansi.Strip(view), "\n") {
		words = append(words, strings.Fields(l)...)
	}
	return strings.Join(words, " ")
}
