package tui

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

const seedPath = "bundled/000_49b410c6cb5c01c4.txt"

func TestKeysTabCyclesPanes(t *testing.T) {
	store := corpus(t)
	for _, tc := range []struct {
		width int
		order []pane
	}{
		{120, []pane{paneList, paneReader, paneSide, paneList}},
		{100, []pane{paneList, paneReader, paneList}},
		{60, []pane{paneList, paneReader, paneSide, paneList}},
	} {
		d := newDriver(t, newTestModel(t, store, "dark", true), tc.width, 24)
		for i, want := range tc.order {
			if i > 0 {
				d.key("tab")
			}
			if d.m.focus != want {
				t.Fatalf("%d columns, after %d tabs: focus %d, want %d", tc.width, i, d.m.focus, want)
			}
		}
		d.key("shift+tab")
		if back := tc.order[len(tc.order)-2]; d.m.focus != back {
			t.Errorf("%d columns: shift+tab focus %d, want %d", tc.width, d.m.focus, back)
		}
	}
	// One pane at a time: the focused pane is the one drawn, reader
	// included (it is sized while hidden).
	d := newDriver(t, newTestModel(t, store, "dark", true), 60, 24)
	d.key("tab")
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "%") || strings.Contains(f, "/ to filter") {
		t.Errorf("60 columns, reader focused:\n%s", f)
	}
}

func TestKeysEnterOpens(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	first := d.m.list.rows[0]
	if d.m.reader.entry == nil || d.m.reader.entry.Article.ID != first.ID {
		t.Fatalf("the first article is not open on start")
	}
	d.key("j", "j", "enter")
	want := d.m.list.rows[2]
	if d.m.reader.entry == nil || d.m.reader.entry.Article.ID != want.ID || d.m.list.openedID != want.ID {
		t.Fatalf("enter did not open %q", want.Title)
	}
	if d.m.reader.doc == nil || !strings.Contains(ansi.Strip(d.frame()), oneLine(want.Title)[:20]) {
		t.Errorf("the reader does not show %q", want.Title)
	}
	// In every layout enter moves the focus to the article opened.
	for _, w := range []int{200, 120, 100, 70} {
		d = newDriver(t, newTestModel(t, corpus(t), "dark", false), w, 14) // short: the article scrolls
		d.key("j", "enter")
		if d.m.focus != paneReader || d.m.reader.doc == nil {
			t.Errorf("%d columns: focus %d after enter, doc %v", w, d.m.focus, d.m.reader.doc != nil)
		}
		d.key("j") // and the next key scrolls the reader, not the list
		if d.m.list.cursor != 1 || d.m.reader.offset != 1 {
			t.Errorf("%d columns: j after enter moved the list to %d, the reader to %d (%d lines, %d shown)", w, d.m.list.cursor, d.m.reader.offset, len(d.m.reader.doc.Lines), d.m.reader.bodyHeight())
		}
	}
}

// TestKeysEscClearsThenGoesBack: esc clears an applied filter first (the
// typed query and the speaker filter), then goes back a level: side pane →
// reader → list, and in the two-pane layout closes the side pane.
func TestKeysEscClearsThenGoesBack(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	all := d.m.list.total
	openSeed(t, d) // filter applied, seed open, focus in the reader
	if d.m.focus != paneReader {
		t.Fatalf("focus %d after enter, want the reader", d.m.focus)
	}
	d.key("tab") // side pane
	d.key("esc")
	if d.m.list.query != "" || d.m.list.total != all || d.m.focus != paneSide {
		t.Fatalf("first esc: query %q, %d articles (want %d), focus %d (want the side pane, unchanged)", d.m.list.query, d.m.list.total, all, d.m.focus)
	}
	if !strings.Contains(d.m.status, "filter cleared") || strings.Contains(ansi.Strip(d.frame()), "Konovalov\"") {
		t.Errorf("status %q after clearing", d.m.status)
	}
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "/ to filter") {
		t.Errorf("the filter line still shows a filter:\n%s", f)
	}
	for _, want := range []pane{paneReader, paneList, paneList} {
		d.key("esc")
		if d.m.focus != want {
			t.Fatalf("esc: focus %d, want %d", d.m.focus, want)
		}
	}
	if d.quit || d.m.reader.entry == nil || d.m.reader.entry.Article.Path != seedPath {
		t.Error("going back closed the article or quit")
	}

	// The speaker filter clears the same way, then the side pane closes.
	d = newDriver(t, newTestModel(t, corpus(t), "dark", false), 100, 30)
	d.key("s")
	d.typeText("konov")
	d.key("enter", "p")
	if !d.m.sideShown || d.m.focus != paneSide || d.m.list.base.Speaker == "" {
		t.Fatalf("speaker filter and side pane: shown %v, focus %d, speaker %q", d.m.sideShown, d.m.focus, d.m.list.base.Speaker)
	}
	d.key("esc")
	if d.m.list.base.Speaker != "" || d.m.side.speaker != "" || d.m.list.total != all || !d.m.sideShown {
		t.Errorf("first esc: speaker %q/%q, %d articles, side shown %v", d.m.list.base.Speaker, d.m.side.speaker, d.m.list.total, d.m.sideShown)
	}
	d.key("esc")
	if d.m.sideShown || d.m.focus != paneList {
		t.Errorf("second esc: side shown %v, focus %d; want the list back", d.m.sideShown, d.m.focus)
	}
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "/ to filter") {
		t.Errorf("the list is not shown after esc:\n%s", f)
	}

	// The reader's search clears before anything else.
	d = newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	openSeed(t, d)
	d.key("/")
	d.typeText("Bagdad")
	d.key("enter", "esc")
	if d.m.reader.query != "" || d.m.list.query == "" || d.m.focus != paneReader {
		t.Errorf("esc after a search: search %q, filter %q, focus %d", d.m.reader.query, d.m.list.query, d.m.focus)
	}
}

// TestKeysSidePaneWide: from 110 columns the side pane is always shown and p
// says so instead of doing nothing.
func TestKeysSidePaneWide(t *testing.T) {
	for _, w := range []int{110, 200} {
		d := newDriver(t, newTestModel(t, corpus(t), "dark", false), w, 30)
		before := ansi.Strip(d.frame())
		d.key("p")
		after := ansi.Strip(d.frame())
		if d.m.status == "" || !strings.Contains(lastLines(after, 2), "side pane is always shown") {
			t.Errorf("%d columns: p says nothing; status %q", w, d.m.status)
		}
		if len(d.m.shown()) != 3 || d.m.focus != paneList {
			t.Errorf("%d columns: p changed the layout: %v, focus %d", w, d.m.shown(), d.m.focus)
		}
		if strings.Join(strings.Split(before, "\n")[:10], "\n") != strings.Join(strings.Split(after, "\n")[:10], "\n") {
			t.Errorf("%d columns: p changed the panes", w)
		}
	}
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 109, 30)
	d.key("p")
	if !d.m.sideShown || d.m.focus != paneSide {
		t.Errorf("109 columns: p did not show the side pane")
	}
}

// openSeed narrows the list to the seed article with the filter and opens it.
func openSeed(t *testing.T, d *driver) {
	t.Helper()
	d.key("/")
	d.typeText(`speaker:"Ivan Konovalov"`)
	d.key("enter") // leaves the filter input
	if d.m.list.total != 1 || len(d.m.list.rows) != 1 || d.m.list.rows[0].Path != seedPath {
		t.Fatalf("filter speaker:\"Ivan Konovalov\": %d articles %+v, want the seed", d.m.list.total, d.m.list.rows)
	}
	d.key("enter")
	if d.m.reader.entry == nil || d.m.reader.entry.Article.Path != seedPath || d.m.reader.doc == nil {
		t.Fatal("the seed did not open")
	}
}

func TestKeysFilterBySpeaker(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	all := d.m.list.total
	openSeed(t, d)
	if f := ansi.Strip(d.frame()); !strings.Contains(f, `/ speaker:"Ivan Konovalov"`) {
		t.Errorf("the filter line is not shown:\n%s", f)
	}
	d.key("shift+tab", "/", "esc") // back to the list (enter focused the reader), into its filter and out
	if d.m.list.total != all || d.m.list.query != "" {
		t.Errorf("esc in the filter: %d articles, query %q; want %d, none", d.m.list.total, d.m.list.query, all)
	}
}

func TestKeysSideEnterScrollsReader(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 24)
	openSeed(t, d)
	d.key("tab") // enter focused the reader; tab → side
	if d.m.focus != paneSide {
		t.Fatalf("focus %d, want the side pane", d.m.focus)
	}
	if d.m.reader.offset != 0 {
		t.Fatalf("reader offset %d before the jump", d.m.reader.offset)
	}
	d.key("G") // the last quote, far down the article
	q := d.m.side.cursor[tabQuotes]
	d.key("enter")
	line := d.m.reader.doc.QuoteLine[q]
	if d.m.reader.offset == 0 {
		t.Fatalf("enter on quote %d (line %d) did not scroll the reader", q, line)
	}
	if line < d.m.reader.offset || line >= d.m.reader.offset+d.m.reader.bodyHeight() {
		t.Errorf("quote line %d outside the view [%d, %d)", line, d.m.reader.offset, d.m.reader.offset+d.m.reader.bodyHeight())
	}
	if d.m.reader.flashQ != q {
		t.Errorf("flashed quote %d, want %d", d.m.reader.flashQ, q)
	}
	before := d.m.reader.offset
	d.key("g", "enter") // back to the first quote
	if d.m.reader.offset >= before {
		t.Errorf("jumping to the first quote left the offset at %d (was %d)", d.m.reader.offset, before)
	}
}

func TestKeysSpeakerView(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	all := d.m.list.total
	d.key("s")
	if d.m.overlay != overlaySpeakers {
		t.Fatal("s did not open the speaker view")
	}
	d.typeText("konov")
	if n := len(d.m.speakers.shown); n == 0 || d.m.speakers.all[d.m.speakers.shown[0]].Name != "Ivan Konovalov" {
		t.Fatalf("typing konov: %d speakers, first not Ivan Konovalov", n)
	}
	d.key("enter")
	if d.m.overlay != overlayNone || d.m.list.base.Speaker != "Ivan Konovalov" {
		t.Fatalf("enter: overlay %d, speaker filter %q", d.m.overlay, d.m.list.base.Speaker)
	}
	if d.m.list.total != 1 || d.m.list.rows[0].Path != seedPath {
		t.Errorf("speaker filter: %d articles, want the seed", d.m.list.total)
	}
	if !strings.Contains(d.m.status, "Ivan Konovalov") || !strings.Contains(ansi.Strip(d.frame()), "showing articles quoting Ivan Konovalov") {
		t.Errorf("status %q", d.m.status)
	}
	if len(d.m.side.across) == 0 {
		t.Error("the side pane did not load the speaker's quotes")
	}
	d.key("esc")
	if d.m.list.base.Speaker != "" || d.m.side.speaker != "" || d.m.list.total != all {
		t.Errorf("esc: speaker %q / %q, %d articles (want %d)", d.m.list.base.Speaker, d.m.side.speaker, d.m.list.total, all)
	}
	if !strings.Contains(d.m.status, "cleared") {
		t.Errorf("status after esc: %q", d.m.status)
	}
}

func TestKeysExportWritesFile(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	d.key("e")
	if d.m.overlay != overlayExport {
		t.Fatal("e did not open the export form")
	}
	path := filepath.Join(t.TempDir(), "quotes.json")
	d.m.export.path.SetValue(path)
	d.key("enter")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("export did not write the file: %v", err)
	}
	var qs []map[string]any
	if err := json.Unmarshal(data, &qs); err != nil || len(qs) != len(d.m.reader.entry.Result.Quotes) {
		t.Errorf("exported %d quotes (%v), the article has %d", len(qs), err, len(d.m.reader.entry.Result.Quotes))
	}
	if d.m.overlay != overlayNone || !strings.Contains(d.m.status, "exported") || !strings.Contains(d.m.status, path) {
		t.Errorf("status %q, overlay %d", d.m.status, d.m.overlay)
	}
	if !strings.Contains(lastLines(ansi.Strip(d.frame()), 2), "exported") {
		t.Errorf("the status line does not say exported")
	}
}

func TestKeysCopyQuote(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	openSeed(t, d)
	d.key("tab", "y")
	q := d.m.reader.entry.Result.Quotes[0]
	if len(d.clipboard) != 1 || !strings.Contains(d.clipboard[0], oneLine(q.Text)) {
		t.Fatalf("clipboard %q, want the first quote", d.clipboard)
	}
	if !strings.Contains(d.m.status, "copied reported speech by") {
		t.Errorf("status %q", d.m.status)
	}
	// Reported speech is not dressed as a verbatim quote.
	if strings.HasPrefix(d.clipboard[0], "“") || !strings.Contains(d.clipboard[0], "reported speech (not verbatim): ") {
		t.Errorf("clipboard %q presents paraphrase as a quotation", d.clipboard[0])
	}
}

func TestKeysQuit(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	d.key("q")
	if !d.quit {
		t.Error("q did not quit")
	}
	// In a text field q is a letter.
	d = newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	d.key("/", "q")
	if d.quit || d.m.list.query != "q" {
		t.Errorf("q in the filter: quit %v, query %q", d.quit, d.m.list.query)
	}
}

// TestProgramKeys runs the same keys through a real program: the export
// form's status on screen, the OSC 52 clipboard write in the output, and
// q ending the program.
func TestProgramKeys(t *testing.T) {
	s := newScreen(t, newTestModel(t, corpus(t), "dark", false), 200, 50)
	s.waitFor("list", ready)
	path := filepath.Join(t.TempDir(), "out.csv")
	s.key("e", "tab", "tab") // csv
	s.waitFor("export form", func(x string) bool { return strings.Contains(x, "file: dixit-article-") && strings.Contains(x, ".csv") })
	s.key("ctrl+u")
	s.typeText(path)
	s.waitFor("path typed", func(x string) bool { return strings.Contains(x, path) })
	s.key("enter")
	s.waitFor("export status", func(x string) bool { return strings.Contains(lastLines(x, 2), "exported") })
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Fatalf("export file: %v", err)
	}

	s.key("tab", "tab", "y") // side pane, copy the first quote
	s.waitFor("copy status", func(x string) bool { return strings.Contains(lastLines(x, 2), "copied ") })
	s.key("q")
	fm := s.tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	out := s.output()
	q, _, _, ok := fm.side.selectedQuote()
	if !ok {
		t.Fatal("no quote selected")
	}
	if !strings.Contains(out, "\x1b]52;c;") {
		t.Fatal("no OSC 52 clipboard write in the output")
	}
	i := strings.Index(out, "\x1b]52;c;") + len("\x1b]52;c;")
	j := strings.IndexAny(out[i:], "\a\x1b")
	payload, err := base64.StdEncoding.DecodeString(out[i : i+j])
	if err != nil || !strings.Contains(string(payload), oneLine(q.Text)) {
		t.Errorf("OSC 52 payload %q (%v), want the quote %q", payload, err, q.Text)
	}
}
