package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

var quotes = []library.Quote{{
	ArticleID: 7, Title: "Saltmere ferry plan", Outlet: "Harbour Ledger", Lang: "en", Sources: []string{"CNN", "Reuters"},
	Quote: attrib.Quote{Text: "We have waited, \"ten\" years", Start: 10, End: 38, Speaker: "Imogen Farrowby", Description: "council leader", Cue: "told", Kind: attrib.Direct,
		Rule: "after/subject-verb", Resolved: "name/fullest-form"},
}}

func TestWriteQuotesFormats(t *testing.T) {
	var b bytes.Buffer
	if err := WriteQuotes(&b, "csv", quotes); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != 2 || recs[0][0] != "article_id" || recs[1][10] != quotes[0].Text || recs[1][13] != "CNN; Reuters" ||
		recs[1][14] != "after/subject-verb" || recs[1][15] != "name/fullest-form" || len(recs[0]) != len(recs[1]) {
		t.Errorf("csv: %q, %v", recs, err)
	}
	b.Reset()
	WriteQuotes(&b, "md", quotes)
	if md := b.String(); !strings.Contains(md, "## Imogen Farrowby") || !strings.Contains(md, "> We have waited") || !strings.Contains(md, "Sources: CNN, Reuters") {
		t.Errorf("md:\n%s", md)
	}
	b.Reset()
	WriteQuotes(&b, "jsonl", quotes)
	if strings.Count(b.String(), "\n") != 1 {
		t.Errorf("jsonl: want one line per quote: %q", b.String())
	}
	if err := WriteQuotes(&b, "xml", quotes); err == nil {
		t.Errorf("unknown format accepted")
	}
}

// A write that fails midway (a full disk, here a writer that gives up)
// leaves the file already at the path as it was, and no temporary file.
func TestWriteFileFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "quotes.csv")
	os.WriteFile(path, []byte("previous export\n"), 0o644)
	errFull := errors.New("no space left on device")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "article_id,title\n7,half")
		return errFull
	})
	if !errors.Is(err, errFull) || !strings.Contains(err.Error(), path) {
		t.Fatalf("got %v, want the write error naming the file", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "previous export\n" {
		t.Errorf("existing file changed: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestMarkdownSourcesListEveryMention: a source cited twice shows both
// citations and how each was made; one stored before mentions were kept
// shows its one.
func TestMarkdownSourcesListEveryMention(t *testing.T) {
	docs := []Doc{{Path: "a.txt", Title: "Saltmere ferry plan", Lang: "en", Result: attrib.Result{Sources: []attrib.Source{
		{Name: "Harbour Ledger", Mention: "told the Harbour Ledger", Rule: "press-cue", Mentions: []attrib.SourceMention{
			{Text: "told the Harbour Ledger", Rule: "press-cue"}, {Text: "— Harbour Ledger", Rule: "credit-line"}}},
		{Name: "Radio Kelder", Mention: "to Radio Kelder", Rule: "via"},
	}}}}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, docs); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- **Harbour Ledger** — told the Harbour Ledger (press-cue); — Harbour Ledger (credit-line)\n",
		"- **Radio Kelder** — to Radio Kelder (via)\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, b.String())
		}
	}
}

// A cell a spreadsheet would run as a formula gets a leading single quote
// (OWASP's advice against CSV injection) in both CSV exports; a cell that
// only contains such a character further on is left alone.
func TestCSVNeutralisesFormulas(t *testing.T) {
	hostile := []string{"=HYPERLINK(\"http://example.invalid\",\"tide\")", "+1+2", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd"}
	for _, h := range hostile {
		q := quotes[0]
		q.Title, q.Outlet, q.Speaker, q.Text = h, h, h, h
		var b bytes.Buffer
		if err := WriteQuotes(&b, "csv", []library.Quote{q}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, col := range []int{6, 10} {
			if got := recs[1][col]; got != "'"+h {
				t.Errorf("export csv column %s = %q, want %q", QuoteHeader[col], got, "'"+h)
			}
		}
		// The outlet is also cleaned to one line, which may trim the
		// leading tab instead.
		if got := recs[1][2]; strings.ContainsAny(got[:1], formulaStart) {
			t.Errorf("export csv outlet = %q, starts a formula", got)
		}
		b.Reset()
		doc := Doc{Path: "tide.txt", Title: "Tide", Result: attrib.Result{Quotes: []attrib.Quote{{Text: h, Speaker: h, Kind: attrib.Direct}}}}
		if err := WriteCSV(&b, []Doc{doc}); err != nil {
			t.Fatal(err)
		}
		if recs, err = csv.NewReader(&b).ReadAll(); err != nil {
			t.Fatal(err)
		}
		if recs[1][4] != "'"+h || recs[1][7] != "'"+h {
			t.Errorf("extract csv speaker, text = %q, %q; want both %q", recs[1][4], recs[1][7], "'"+h)
		}
	}
	var b bytes.Buffer
	WriteQuotes(&b, "csv", quotes)
	if recs, _ := csv.NewReader(&b).ReadAll(); recs[1][1] != "Saltmere ferry plan" || recs[1][11] != "10" {
		t.Errorf("harmless cells changed: %q", recs[1])
	}
}

// An export over an existing file keeps that file's mode: one kept private
// at 0600 does not become readable by everyone. A new file is 0644.
func TestWriteFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	write := func(w io.Writer) error {
		_, err := io.WriteString(w, "article_id,title\n7,Saltmere ferry plan\n")
		return err
	}
	for _, mode := range []os.FileMode{0o600, 0o640, 0o664} {
		path := filepath.Join(dir, "private.csv")
		os.WriteFile(path, []byte("previous export\n"), 0o600)
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, write); err != nil {
			t.Fatal(err)
		}
		if st, err := os.Stat(path); err != nil || st.Mode().Perm() != mode {
			t.Errorf("export over a %o file left it %v (%v)", mode, st.Mode().Perm(), err)
		}
	}
	path := filepath.Join(dir, "new.csv")
	if err := WriteFile(path, write); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("new export is %v, want 0644", st.Mode().Perm())
	}
}

// Library exports say, per quote, how and in which words its article cites
// each source, not only the sources' names.
func TestQuoteExportsCarryCitations(t *testing.T) {
	q := quotes[0]
	q.Cited = []attrib.Source{
		{Name: "Saltmere Press", Rule: "credit-line", Mentions: []attrib.SourceMention{
			{Text: "(Saltmere Press)", Rule: "credit-line"}, {Text: "according to Saltmere Press", Rule: "attribution"}}},
		{Name: "Radio Kelder", Mention: "told Radio Kelder", Rule: "via"},
	}
	q.Sources = library.SourceNames(q.Cited)
	want := "Saltmere Press (credit «(Saltmere Press)»; cited «according to Saltmere Press»); Radio Kelder (told «told Radio Kelder»)"
	var b bytes.Buffer
	if err := WriteQuotes(&b, "csv", []library.Quote{q}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != 2 || recs[0][16] != "citations" || recs[1][16] != want {
		t.Errorf("csv: %q, %v", recs, err)
	}
	b.Reset()
	WriteQuotes(&b, "md", []library.Quote{q})
	if md := b.String(); !strings.Contains(md, "Sources: "+mdEscape(want)) {
		t.Errorf("md:\n%s", md)
	}
	b.Reset()
	WriteQuotes(&b, "json", []library.Quote{q})
	if js := b.String(); !strings.Contains(js, `"cited": [`) || !strings.Contains(js, `"text": "according to Saltmere Press"`) {
		t.Errorf("json:\n%s", js)
	}
}
