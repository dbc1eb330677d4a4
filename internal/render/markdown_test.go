package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

var testStyles = Styles{
	Dark: true,
	Quote: func(speaker string, kind attrib.Kind) Style {
		if kind == attrib.Indirect {
			return "4;38;5;81"
		}
		return "1;38;5;214"
	},
	Source: "3;4",
	Flash:  "7",
}

// entryFrom loads data as path through the real loader and extracts it.
func entryFrom(t *testing.T, path, data string) *library.Entry {
	t.Helper()
	arts, err := article.FromBytes(path, []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	a.ID = 1
	return &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{Lang: a.Lang})}
}

const hostileBody = "# Heading &#27;[2J &#x1b;]52;c;ZXZpbA==&#7; &#155;31m &#x9b;H &#8238;rlo\n\n" +
	"\"We will never pay &#27;[31m a crown,\" said Ivan Petrov, the harbour master.\n\n" +
	"A [link](https://example.com/&#27;[2J) and <b>&#27;]8;;http://evil/&#27;\\\\x&#27;]8;;&#27;\\\\</b>, code `&#27;[2J`.\n\n" +
	"```\n&#27;[2J in a fence\n\tand a tab\n```\n\n" +
	"| a | b&#27;[5A |\n|---|---|\n| &#155;2J | c |\n\n" +
	"- item &#x1b;[10;10H\n- ![img](http://x/&#27;[2J.png)\n"

// TestRenderHostileEntities: glamour decodes HTML entities into live escape
// sequences; the rendered lines must hold nothing but text and SGR, and be
// no wider than asked.
func TestRenderHostileEntities(t *testing.T) {
	e := entryFrom(t, "hostile.md", "---\ntitle: \"T\\e[2J \\u009b31m \\u202eevil\"\noutlet: \"O\\e]52;c;eA==\\a\"\n---\n"+hostileBody)
	for _, st := range []Styles{testStyles, {Dark: false, Quote: testStyles.Quote}, {NoColor: true}} {
		for _, w := range []int{10, 20, 40, 80, 120} {
			d, err := NewRenderer().Render(e, w, st)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Lines) == 0 {
				t.Fatal("no lines")
			}
			for i, l := range d.Lines {
				assertOnlySGR(t, l, false)
				if lw := ansi.StringWidth(l); lw > w {
					t.Errorf("width %d: line %d is %d wide: %q", w, i, lw, ansi.Strip(l))
				}
			}
			if text := ansi.Strip(strings.Join(d.Lines, "\n")); !strings.Contains(text, "[2J") {
				t.Errorf("width %d: the decoded entities' text should stay visible:\n%s", w, text)
			}
		}
	}
}

// TestRenderRawEntry renders an entry that never went through the loaders:
// raw escapes in the title, outlet and body.
func TestRenderRawEntry(t *testing.T) {
	poison := "\x1b[2J\x1b]52;c;eA==\a\x1b]8;;http://evil/\x1b\\x\x1b]8;;\x1b\\\x1b[5A\u009b2J\u202e\u2066\r\a"
	body := "\"Never" + poison + " again,\" said Ivan Petrov.\n\nMore" + poison + " text."
	e := &library.Entry{
		Article: article.Article{ID: 7, Path: "raw.txt", Title: "Raw" + poison, Outlet: "Out" + poison, Body: body},
		Result:  attrib.Extract(body, attrib.Options{Lang: "en"}),
	}
	for _, st := range []Styles{testStyles, {NoColor: true}} {
		d, err := NewRenderer().Render(e, 60, st)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range d.Lines {
			assertOnlySGR(t, l, false)
		}
	}
}

// TestRenderKeepsCombiningMarks: text in decomposed form (e + U+0301, as
// some sources send it) keeps its accents through glamour and Safe.
func TestRenderKeepsCombiningMarks(t *testing.T) {
	body := "Le cafe\u0301 de la place a rouvert.\n\n\u00ab Nous sommes soulage\u0301s \u00bb, a de\u0301clare\u0301 Odile Marchetti, la maire."
	e := &library.Entry{Article: article.Article{ID: 3, Path: "nfd.txt", Title: "Cafe\u0301", Body: body},
		Result: attrib.Extract(body, attrib.Options{Lang: "fr"})}
	d, err := NewRenderer().Render(e, 80, testStyles)
	if err != nil {
		t.Fatal(err)
	}
	text := ansi.Strip(strings.Join(d.Lines, "\n"))
	for _, want := range []string{"cafe\u0301", "soulage\u0301s", "de\u0301clare\u0301"} {
		if !strings.Contains(text, want) {
			t.Errorf("rendered text lost the accent of %q:\n%q", want, text)
		}
	}
}

// TestRenderQuoteLines: every quote shown is found on the line it is
// reported on, and lines never exceed the width.
func TestRenderQuoteLines(t *testing.T) {
	e := entryFrom(t, "story.txt", "Harbour strike ends\n\n"+
		"\"We were an hour away from signing, and they left the room,\" Nora Quill said at a rally outside the terminal.\n\n"+
		"The operator said its offer remained on the table. \"The union has changed its demands three times since March,\" the company said.\n\n"+
		strings.Repeat("Filler text about the harbour and its ferries. ", 30)+"\n\n"+
		"\"Nobody on this side of the table wants the boats tied up,\" Quill added.\n")
	if len(e.Result.Quotes) < 2 {
		t.Fatalf("extraction found %d quotes", len(e.Result.Quotes))
	}
	for _, w := range []int{30, 60, 100} {
		d, err := NewRenderer().Render(e, w, testStyles)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.QuoteLine) != len(e.Result.Quotes) {
			t.Fatalf("%d quote lines for %d quotes", len(d.QuoteLine), len(e.Result.Quotes))
		}
		for i, ln := range d.QuoteLine {
			if ln < 0 {
				continue
			}
			first := strings.Fields(e.Result.Quotes[i].Text)[0]
			if !strings.Contains(ansi.Strip(d.Lines[ln]), first) {
				t.Errorf("width %d: quote %d (%q) not on line %d: %q", w, i, first, ln, ansi.Strip(d.Lines[ln]))
			}
		}
		for i := 1; i < len(d.QuoteLine); i++ {
			if d.QuoteLine[i] >= 0 && d.QuoteLine[i-1] > d.QuoteLine[i] {
				t.Errorf("width %d: quote lines out of order: %v", w, d.QuoteLine)
			}
		}
		for i, l := range d.Lines {
			if lw := ansi.StringWidth(l); lw > w {
				t.Errorf("width %d: line %d is %d wide", w, i, lw)
			}
		}
	}
}

// Words with hyphens stay whole when glamour wraps ("al-Kazemi", "S-400",
// dates, URLs), in text and Markdown articles, and come out with their
// ASCII hyphen.
func TestRenderKeepsHyphenatedWordsWhole(t *testing.T) {
	words := []string{"Saint-Aulne-sur-Mer", "al-Farouk", "S-400", "2025-06-16", "https://harbour-ledger.example/ferry-strike-ends"}
	body := "Le ministre Karim al-Farouk a confirmé le 2025-06-16 à Saint-Aulne-sur-Mer l'achat de missiles S-400, " +
		"selon https://harbour-ledger.example/ferry-strike-ends et d'autres sources bien informées de la région.\n"
	for _, path := range []string{"hyphens.txt", "hyphens.md"} {
		e := entryFrom(t, path, "Titre du jour\n\n"+body+"\n"+body)
		for w := 20; w <= 90; w++ {
			d, err := NewRenderer().Render(e, w, testStyles)
			if err != nil {
				t.Fatal(err)
			}
			text := ansi.Strip(strings.Join(d.Lines, "\n"))
			if strings.Contains(text, nbHyphen) {
				t.Fatalf("%s at %d: a non-breaking hyphen reached the screen", path, w)
			}
			for _, word := range words {
				if ansi.StringWidth(word) > w-9 { // the margins and glamour's wrap take 9
					continue // longer than a line: glamour must cut it
				}
				if !strings.Contains(text, word) {
					t.Errorf("%s at %d columns: %q is broken across lines:\n%s", path, w, word, text)
				}
			}
		}
	}
}

// underlinedBlanks lists the blank cells at the start or end of line that
// are drawn underlined.
func underlinedBlanks(line string) []int {
	type cell struct {
		blank, under bool
	}
	var cells []cell
	under := false
	state := byte(0)
	for rest := line; len(rest) > 0; {
		seq, w, n, ns := ansi.DecodeSequence(rest, state, nil)
		state, rest = ns, rest[n:]
		if IsSGR(seq) {
			params := strings.Split(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b["), "m"), ";")
			for _, p := range params {
				switch p {
				case "4":
					under = true
				case "", "0", "24":
					under = false
				}
			}
			continue
		}
		if w > 0 {
			cells = append(cells, cell{strings.TrimSpace(seq) == "", under})
		}
	}
	var bad []int
	for i := 0; i < len(cells) && cells[i].blank; i++ {
		if cells[i].under {
			bad = append(bad, i)
		}
	}
	for i := len(cells) - 1; i >= 0 && cells[i].blank; i-- {
		if cells[i].under {
			bad = append(bad, i)
		}
	}
	return bad
}

// Reported speech is underlined from its first word to its last: not the
// margins glamour indents and pads its lines with. A quote spanning lines
// records its first and last line (the reader flashes them all).
func TestRenderUnderlineStaysInTheText(t *testing.T) {
	body := "Hollis Brandt, the harbour master, said that the ferries would keep running through the whole of the winter season, " +
		"whatever the weather and whatever the union decided at its next meeting in the spring.\n\n" +
		"\"We will not leave the islands without a boat, not for a single day of the year, and the council knows it,\" said Nora Quill.\n"
	e := entryFrom(t, "winter.txt", "Ferries to run all winter\n\n"+body)
	var indirect, direct = -1, -1
	for i, q := range e.Result.Quotes {
		if q.Kind == attrib.Indirect && indirect < 0 {
			indirect = i
		}
		if q.Kind == attrib.Direct && direct < 0 {
			direct = i
		}
	}
	if indirect < 0 || direct < 0 {
		t.Fatalf("the fixture should hold reported and direct speech: %+v", e.Result.Quotes)
	}
	for _, w := range []int{30, 44, 60, 80} {
		d, err := NewRenderer().Render(e, w, testStyles)
		if err != nil {
			t.Fatal(err)
		}
		underlined := 0
		for i, l := range d.Lines {
			if strings.Contains(l, "\x1b[4;") {
				underlined++
			}
			if bad := underlinedBlanks(l); len(bad) > 0 {
				t.Errorf("%d columns, line %d: blank margin cells %v underlined: %q", w, i, bad, ansi.Strip(l))
			}
		}
		if underlined < 2 {
			t.Errorf("%d columns: reported speech underlined on %d lines", w, underlined)
		}
		for _, q := range []int{indirect, direct} {
			first, last := d.QuoteLine[q], d.QuoteEnd[q]
			if first < 0 || last <= first {
				t.Errorf("%d columns: quote %d on lines %d..%d, want several", w, q, first, last)
				continue
			}
			words := strings.Fields(e.Result.Quotes[q].Text)
			if !strings.Contains(ansi.Strip(d.Lines[first]), words[0]) || !strings.Contains(ansi.Strip(d.Lines[last]), strings.Trim(words[len(words)-1], ",.\"")) {
				t.Errorf("%d columns: quote %d's first and last words are not on lines %d and %d", w, q, first, last)
			}
		}
	}
}
