package tui

// Layout at the sizes people use: what the footer, the help, the side
// pane's tabs, the list's rows and the reader show, and in which colours.

import (
	"context"
	"image/color"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// The footer keeps "? help" and "q quit" at every width: the other keys
// give way, whole, never cut in the middle.
func TestLayoutFooterKeepsHelpAndQuit(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 24)
	all := []string{"tab next pane", "/ filter / search", "enter open / jump", "s speakers", "e export", "y copy quote"}
	for w := 40; w <= 200; w++ {
		d.send(sizeMsg(w, 24))
		last := lastLines(ansi.Strip(d.frame()), 1)
		if !strings.HasSuffix(last, "? help • q quit") || strings.Contains(last, "…") {
			t.Errorf("%d columns: footer %q", w, last)
		}
		shown := 0
		for _, item := range all {
			if strings.Contains(last, item) {
				shown++
			}
		}
		if w >= 110 && shown != len(all) {
			t.Errorf("%d columns: the footer shows %d of the %d keys: %q", w, shown, len(all), last)
		}
	}
}

// At 40×12 the help view scrolls: every binding can be read.
func TestLayoutHelpScrolls(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 40, 12)
	d.key("?")
	seen := map[string]bool{}
	var frames []string
	for range 40 {
		f := ansi.Strip(d.frame())
		frames = append(frames, f)
		for _, l := range strings.Split(f, "\n") {
			seen[strings.Join(strings.Fields(l), " ")] = true
		}
		d.key("j")
	}
	text := strings.Join(frames, "\n")
	for _, col := range d.m.pc.keys.FullHelp() {
		for _, b := range col {
			h := b.Help()
			if !strings.Contains(text, h.Key) || !strings.Contains(text, h.Desc) {
				t.Errorf("the help never shows %q %q", h.Key, h.Desc)
			}
		}
	}
	if !strings.Contains(frames[0], "↑↓ 1–") || !strings.Contains(frames[0], "dixit — keys") {
		t.Errorf("the help's first screen does not say it scrolls:\n%s", frames[0])
	}
	if !strings.Contains(frames[len(frames)-1], "filter qualifiers") {
		t.Errorf("j does not reach the help's end:\n%s", frames[len(frames)-1])
	}
	d.key("g")
	if f := ansi.Strip(d.frame()); f != frames[0] {
		t.Errorf("g does not go back to the top:\n%s", f)
	}
	d.key("esc")
	if d.m.overlay != overlayNone {
		t.Error("esc does not close the help")
	}
	// Where it fits, it does not scroll.
	d.send(sizeMsg(200, 50))
	d.key("?")
	if f := ansi.Strip(d.frame()); strings.Contains(f, "↑↓") || !strings.Contains(f, "filter qualifiers") {
		t.Errorf("200×50: the help should fit whole:\n%s", f)
	}
}

// The side pane's tabs are never cut: full names where they fit, else the
// active one's full name and the others short.
func TestLayoutSideTabsUncut(t *testing.T) {
	for _, w := range []int{110, 120, 140, 200} {
		d := newDriver(t, newTestModel(t, corpus(t), "dark", false), w, 30)
		openSeed(t, d)
		d.key("tab")
		for tab, name := range tabNames {
			row := strings.SplitN(ansi.Strip(d.m.side.View(true)), "\n", 2)[0]
			if strings.Contains(row, "…") || !strings.Contains(row, name+" ") {
				t.Errorf("%d columns, tab %d: tab row %q", w, tab, row)
			}
			d.key("]")
		}
	}
}

// A long outlet name gives way: the date, language and count stay on the
// list's row.
func TestLayoutListDateBeforeLongOutlet(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lib.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	a, err := article.FromText("ferry.txt", []byte("Ferry fares frozen\n\n\"Fares stay where they are,\" said Nora Quill.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a.Outlet = "The Saltmere and Kelderport Evening Harbour Ledger and Shipping Gazette"
	a.Published = time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	if _, err := putArticle(ctx, store, a, addedBase); err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{40, 80, 120, 200} {
		d := newDriver(t, newTestModel(t, store, "dark", false), w, 24)
		d.m.focus = paneList
		f := ansi.Strip(d.frame())
		if !strings.Contains(f, " 2025-06-16 · ") || !strings.Contains(f, "EN · 1 quote") || strings.Contains(f, "1 quotes") {
			t.Errorf("%d columns: the row lacks its date or count:\n%s", w, f)
		}
		if w == 200 && !strings.Contains(f, "2025-06-16 · The Saltmere and Kelderport") {
			t.Errorf("%d columns: the row lacks the outlet:\n%s", w, f)
		}
	}
}

// The position never passes 100%: a search's line given back (esc) leaves
// the offset within the article.
func TestLayoutScrollPercentBounded(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 24)
	openSeed(t, d)
	check := func(step string) {
		t.Helper()
		if p := d.m.reader.percent(); p > 100 || strings.Contains(ansi.Strip(d.frame()), "101%") {
			t.Errorf("after %s: %d%%", step, p)
		}
		if max := len(d.m.reader.doc.Lines) - d.m.reader.bodyHeight(); d.m.reader.offset > max {
			t.Errorf("after %s: offset %d past the last screen (%d)", step, d.m.reader.offset, max)
		}
	}
	d.key("/")
	d.typeText("Konovalov")
	d.key("enter")
	check("a search")
	for range 3 {
		d.key("n")
		check("n")
	}
	d.key("G")
	check("G")
	d.key("esc")
	check("esc")
	if d.m.reader.percent() != 100 {
		t.Errorf("at the bottom after esc: %d%%", d.m.reader.percent())
	}
}

// The quote jumped to flashes on every line it covers, not only its first.
func TestLayoutFlashCoversTheQuote(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 40)
	openSeed(t, d)
	d.key("tab")
	doc := d.m.reader.doc
	q := -1
	for i := range doc.QuoteLine {
		if doc.QuoteLine[i] >= 0 && doc.QuoteEnd[i] >= doc.QuoteLine[i]+2 {
			q = i
			break
		}
	}
	if q < 0 {
		t.Fatal("no quote of the seed spans three lines at 120 columns")
	}
	for range q {
		d.key("j")
	}
	d.key("enter")
	if d.m.reader.flashQ != q {
		t.Fatalf("flashed %d, want %d", d.m.reader.flashQ, q)
	}
	r := d.m.reader
	view := strings.Split(r.View(), "\n")[1:] // below the header
	for i := doc.QuoteLine[q]; i <= doc.QuoteEnd[q]; i++ {
		want := fit(r.pc.theme.Selected.Render(padRight(ansi.Strip(doc.Lines[i]), r.width)), r.width)
		if got := view[i-r.offset]; got != want {
			t.Errorf("line %d of quote %d (lines %d..%d) is not flashed: %q", i, q, doc.QuoteLine[q], doc.QuoteEnd[q], got)
		}
	}
	if after := doc.QuoteEnd[q] + 1 - r.offset; after < len(view) && strings.Contains(view[after], "\x1b[1;48") {
		t.Errorf("the line after the quote is flashed too")
	}
}

// reversed counts the cells of a styled line drawn in reverse video, and
// returns their text.
func reversed(l string) string {
	var b strings.Builder
	rev := false
	state := byte(0)
	for rest := l; len(rest) > 0; {
		seq, w, n, ns := ansi.DecodeSequence(rest, state, nil)
		state, rest = ns, rest[n:]
		if strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m") {
			for _, p := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b["), "m"), ";") {
				switch p {
				case "7":
					rev = true
				case "", "0", "27":
					rev = false
				}
			}
			continue
		}
		if w > 0 && rev {
			b.WriteString(seq)
		}
	}
	return b.String()
}

// A search marks the words matched, not the whole line, and the line keeps
// its text and its speakers' colours.
func TestLayoutSearchMarksTheMatch(t *testing.T) {
	for _, q := range []string{"Konovalov", "s-400", "Bagdad"} {
		d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 40)
		openSeed(t, d)
		d.key("/")
		d.typeText(q)
		d.key("enter")
		r := d.m.reader
		if len(r.matches) == 0 {
			t.Fatalf("%q: no match", q)
		}
		line := r.matches[r.match]
		drawn := strings.Split(r.View(), "\n")[1+line-r.offset] // 1: the header
		plain := ansi.Strip(r.doc.Lines[line])
		if ansi.Strip(drawn) != fit(plain, r.width) {
			t.Errorf("%q: the matched line's text changed:\n%q\n%q", q, ansi.Strip(drawn), plain)
		}
		n := strings.Count(strings.ToLower(plain), strings.ToLower(q))
		if got := reversed(drawn); !strings.EqualFold(got, strings.Repeat(q, n)) {
			t.Errorf("%q: marked %q on %q", q, got, plain)
		}
		if strings.Contains(r.doc.Lines[line], "38;5;") && !strings.Contains(drawn, "38;5;") {
			t.Errorf("%q: the matched line lost its speakers' colours", q)
		}
	}
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// An unfocused pane's border stays visible on its background in every
// colour profile a terminal may have: a 16-colour one rounds the grey, and
// the light theme's used to become bright white.
func TestLayoutBordersVisibleInEveryProfile(t *testing.T) {
	bg := map[bool]color.Color{true: color.Black, false: color.White}
	for _, dark := range []bool{true, false} {
		th := NewTheme(dark, false, false)
		for _, st := range []struct {
			name string
			c    color.Color
		}{{"unfocused", th.Border.GetBorderTopForeground()}, {"focused", th.BorderFocus.GetBorderTopForeground()}} {
			if st.c == nil {
				t.Fatalf("dark %v: the %s border has no colour", dark, st.name)
			}
			for _, p := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256, colorprofile.ANSI} {
				c := p.Convert(st.c)
				if got := contrast(c, bg[dark]); got < 2 {
					t.Errorf("dark %v, %s border in %v: %v has contrast %.2f with the background", dark, st.name, p, c, got)
				}
			}
		}
	}
}
