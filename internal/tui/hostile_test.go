package tui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
	"github.com/dixit-news/dixit/internal/render"
)

// Hostile articles: every field a terminal could be attacked through
// carries raw escape sequences (erase screen, OSC 52 clipboard writes,
// OSC 8 links, cursor moves), C1 controls, bidi overrides, and HTML
// entities that decode to ESC and CSI (&#27; &#x1b; &#155;) once glamour or
// the HTML parser sees them. They go through the real ingestion path.

const (
	esc    = "\x1b"
	eraseJ = esc + "[2J"
	osc52  = esc + "]52;c;ZXZpbA==\a"
	osc8   = esc + "]8;;https://evil.example/" + esc + "\\click me" + esc + "]8;;" + esc + "\\"
	cup    = esc + "[10;10H" + esc + "[5A"
	c1     = "\u009b31m\u009d52;c;eA==\u009c\u0085"
	bidi   = "\u202eevil\u202c \u2066iso\u2069"
	ents   = "&#27;[31m &#x1b;]52;c;ZXZpbA==&#7; &#155;2J &#x9b;H &#8238;rlo"
	tab    = "\tcol\t"
	poison = eraseJ + osc52 + osc8 + cup + c1 + bidi + tab
)

var hostileMD = `---
title: "Konovalov\e[2J \e]52;c;ZXZpbA==\a title \u009b31m \u202eevil \x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\"
outlet: "Evil` + poison + ` Gazette"
author: "Mallory\e[31m Q\u2066ueen"
date: 2031-01-01
lang: en
---
# Hostile ` + poison + ` heading ` + ents + `

"We will never pay` + poison + ` a single crown for this," said Ivan` + eraseJ + ` Petrov` + c1 + `, the harbour` + bidi + ` master.

"The ferries ` + ents + ` are ours," said Nora &#x1b;[1;1HQuill, who leads the Kelderport Mariners' Union.

According to the Harbour` + osc8 + ` Ledger, the strike cost 2.4 million crowns. A [link](https://example.com/` + ents + `) and <b>&#27;[2J</b> inline HTML, code ` + "`&#27;[2J`" + `.

` + "```\n\tindented\t" + poison + "\n```" + `

"Nobody` + cup + ` wants the boats ` + esc + `P1;2|data` + esc + `\\ tied up," Petrov said.
`

var hostileHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour &#27;[2J strike &#x1b;]52;c;ZXZpbA==&#7; &#155;31m &#8238;evil</title>
<meta property="og:site_name" content="The &#27;[31mLedger ` + poison + `">
<meta property="article:published_time" content="2030-06-01T10:00:00Z">
</head><body><article>
<h1>Harbour &#27;[2J strike</h1>
<p>“We refuse &#27;[2J to pay,” said Harold &#x1b;[31mVinter` + poison + `, the mayor of Kelder&#8238;port, on Monday at the harbour.</p>
<p>“The crews &#155;2J deserve better,” said Nora Quill` + eraseJ + `, who leads the union. The talks with the operator collapsed over the weekend after a long night.</p>
<p>According to the Harbour Ledger, the strike has already cost island businesses 2.4 million crowns in lost trade, with hotels reporting cancellations.</p>
<p>“We are keeping ` + osc52 + ` the supply boats moving,” a harbour official said. ` + ents + ` The islands need fuel and food, he added.</p>
</article></body></html>`

var hostileTXT = "Ferry" + poison + " strike: day " + ents + " three\n\n" +
	"\"We are ready to talk" + poison + " at any hour,\" said Pieter" + cup + " Vance, the chief executive of Greyline Ferries.\n\n" +
	"\"Nobody wants this,\" said Nora Quill" + c1 + ".\n"

// hostileLibrary stores the three hostile articles through the real path:
// article.FromBytes → attrib.Extract → store.Put.
func hostileLibrary(t *testing.T) library.Store {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "hostile.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	files := map[string]string{"hostile.md": hostileMD, "hostile.html": hostileHTML, "hostile.txt": hostileTXT}
	for i, name := range []string{"hostile.txt", "hostile.html", "hostile.md"} {
		arts, err := article.FromBytes(name, []byte(files[name]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, a := range arts {
			if _, err := putArticle(ctx, store, a, addedBase.Add(time.Duration(i)*time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return store
}

// checkOnlySGR fails on any escape sequence other than SGR (CSI … m) and on
// any C0 or C1 control other than newline, or bidi control, in frame.
func checkOnlySGR(t *testing.T, where, frame string) {
	t.Helper()
	state := byte(0)
	for rest := frame; len(rest) > 0; {
		seq, width, n, ns := ansi.DecodeSequence(rest, state, nil)
		state = ns
		rest = rest[n:]
		switch {
		case seq == "\n":
		case width > 0 || seq[0] >= 0x20 && seq[0] != 0x7f && (seq[0] < 0x80 || seq[0] >= 0xc0): // text, zero-width marks too
			for _, r := range seq {
				if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
					t.Errorf("%s: control character %U in %q", where, r, seq)
				}
			}
		case render.IsSGR(seq):
			// SGR: styling only
		default:
			t.Errorf("%s: escape or control %q", where, seq)
		}
	}
}

func TestHostileInput(t *testing.T) {
	store := hostileLibrary(t)
	// The loaders clean every field: nothing hostile reaches the store.
	rows, err := store.List(context.Background(), library.Filter{})
	if err != nil || len(rows) != 3 {
		t.Fatalf("List: %d rows, %v", len(rows), err)
	}
	for _, r := range rows {
		e, err := store.Get(context.Background(), r.ID)
		if err != nil {
			t.Fatal(err)
		}
		fields := []string{e.Article.Title, e.Article.Outlet, e.Article.Author, e.Article.Body}
		for _, q := range e.Result.Quotes {
			fields = append(fields, q.Text, q.Speaker, q.Mention, q.Cue)
		}
		for _, s := range e.Result.Speakers {
			fields = append(fields, s.Name, s.Description)
		}
		for _, f := range fields {
			// Tabs are white space in stored text; the frames may not have any.
			checkOnlySGR(t, "stored "+r.Path, strings.ReplaceAll(f, "\t", " "))
		}
	}
	for _, th := range goldenThemes {
		for _, w := range []int{60, 80, 120, 200} {
			t.Run(fmt.Sprintf("%s/%d", th.name, w), func(t *testing.T) {
				hostileFrames(t, newDriver(t, newTestModel(t, store, th.theme, th.noColor), w, 30))
			})
		}
	}
}

// hostileFrames walks every article through every view and checks each
// frame.
func hostileFrames(t *testing.T, d *driver) {
	t.Helper()
	check := func(what string) {
		t.Helper()
		f := d.frame()
		if strings.Contains(f, "Rendering…") || strings.Contains(f, "error:") {
			t.Errorf("%s: not rendered:\n%s", what, ansi.Strip(f))
		}
		checkOnlySGR(t, what, f)
	}
	for i := range 3 {
		if i > 0 {
			d.key("j", "enter")
		}
		if d.m.reader.entry == nil || d.m.reader.doc == nil {
			t.Fatalf("article %d did not open", i)
		}
		name := d.m.reader.entry.Article.Path
		check(name + " list")
		if i == 0 {
			d.key("tab") // the first article opens on start, the focus in the list
		}
		check(name + " reader")
		d.key("G")
		check(name + " reader bottom")
		if d.m.layoutMode() == 3 {
			d.key("tab")
		} else {
			d.key("p")
		}
		for tab := range 3 {
			check(fmt.Sprintf("%s side tab %d", name, tab))
			d.key("enter", "]")
		}
		d.key("y") // the copied text goes to the clipboard, not the screen
		check(name + " after copy")
		d.key("e")
		check(name + " export form")
		d.key("esc", "s")
		check(name + " speakers")
		d.typeText("e")
		check(name + " speakers filtered")
		d.key("esc", "?")
		check(name + " help")
		d.key("esc")
		if d.m.layoutMode() < 3 {
			d.key("p")
		}
		d.m.focus = paneList
	}
	// The speaker view: choose the first speaker, then see their quotes.
	d.key("s", "enter")
	check("speaker filter")
	if d.m.layoutMode() < 3 {
		d.key("p")
	} else {
		d.key("tab", "tab")
	}
	check("speaker quotes")
	d.key("e")
	check("speaker export form")
}

// TestHostileStoreDirect stores an entry whose fields were never cleaned
// (as an older or foreign writer could): the TUI must not pass the escapes
// on either.
func TestHostileStoreDirect(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "raw.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	body := "\"We will never pay" + poison + ",\" said Ivan" + eraseJ + " Petrov, the harbour master.\n\n" +
		"Nobody " + ents + " wants the boats tied up."
	q := strings.Index(body, "We will")
	qe := strings.Index(body, ",\"")
	a := article.Article{Path: "raw.txt", Title: "Raw" + poison, Outlet: "Out" + poison, Author: "Au" + poison,
		Published: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), Lang: "en", Body: body, Hash: article.Hash(body)}
	res := attrib.Result{
		Lang:     "en",
		Quotes:   []attrib.Quote{{Text: body[q:qe], Start: q, End: qe, Speaker: "Ivan" + poison + " Petrov", Mention: "Petrov" + poison, Cue: "said" + poison, Kind: attrib.Direct, Via: "via" + poison}},
		Speakers: []attrib.Speaker{{Name: "Ivan" + poison + " Petrov", Mentions: []string{"M" + poison}, Description: "d" + poison, Quotes: 1}},
		Sources:  []attrib.Source{{Name: "Src" + poison, Mention: "m" + poison, Start: 0, End: 1}},
	}
	if _, _, err := store.Put(ctx, &library.Entry{Article: a, Result: res, Extractor: attrib.Version, Added: addedBase}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{80, 120} {
		d := newDriver(t, newTestModel(t, store, "dark", false), w, 30)
		for _, keys := range [][]string{{}, {"tab"}, {"p"}, {"tab"}, {"]"}, {"]"}, {"s"}, {"esc", "e"}, {"esc", "?"}} {
			d.key(keys...)
			checkOnlySGR(t, fmt.Sprintf("%d after %v", w, keys), d.frame())
		}
	}
}
