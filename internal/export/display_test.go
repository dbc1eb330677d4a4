package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// A quote cut from a fictional Markdown article, its link cut before the
// ")": every export shows the words a reader sees, and the JSON keeps the
// article's bytes as text beside them.
var mdBody = "The mayor said the plan took *eight years* and is [fully costed](https://ledger.example/plan). More later."

func mdQuote() attrib.Quote {
	raw := "took *eight years* and is [fully costed](https://ledger.example/pl"
	start := strings.Index(mdBody, raw)
	return attrib.Quote{Text: raw, Start: start, End: start + len(raw), Speaker: "Wendeline Ossory", Kind: attrib.Indirect, Cue: "said"}
}

const mdWords = "took eight years and is fully costed"

func TestExportsShowDisplayWords(t *testing.T) {
	q := mdQuote()
	if mdBody[q.Start:q.End] != q.Text {
		t.Fatalf("fixture: the quote is not body[Start:End]")
	}
	lq := []library.Quote{{ArticleID: 3, Title: "Quay plan", Lang: "en", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Quote: q}}

	var b bytes.Buffer
	if err := WriteQuotes(&b, "csv", lq); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv: %q, %v", recs, err)
	}
	col := map[string]string{}
	for i, h := range recs[0] {
		col[h] = recs[1][i]
	}
	if col["text"] != mdWords || col["raw_text"] != q.Text {
		t.Errorf("csv text %q raw_text %q, want %q and the raw bytes", col["text"], col["raw_text"], mdWords)
	}

	b.Reset()
	WriteQuotes(&b, "md", lq)
	if !strings.Contains(b.String(), "> "+mdWords+"\n") || strings.Contains(b.String(), "ledger.example/pl") {
		t.Errorf("md:\n%s", b.String())
	}

	for _, format := range []string{"json", "jsonl"} {
		b.Reset()
		WriteQuotes(&b, format, lq)
		var got []map[string]any
		in := b.String()
		if format == "jsonl" {
			in = "[" + strings.TrimSpace(in) + "]"
		}
		if err := json.Unmarshal([]byte(in), &got); err != nil || len(got) != 1 {
			t.Fatalf("%s: %v\n%s", format, err, b.String())
		}
		if got[0]["text"] != q.Text || got[0]["display"] != mdWords {
			t.Errorf("%s: text %q display %q", format, got[0]["text"], got[0]["display"])
		}
	}

	want := "Wendeline Ossory, reported speech (not verbatim): " + mdWords + ", in “Quay plan”"
	if got := Cite(q, Origin{Title: "Quay plan"}, nil); got != want {
		t.Errorf("Cite:\n got %q\nwant %q", got, want)
	}
}

// extract's formats, which write Docs, show the same words.
func TestDocExportsShowDisplayWords(t *testing.T) {
	docs := []Doc{{Path: "quay.md", Title: "Quay plan", Lang: "en", Result: attrib.Result{Quotes: []attrib.Quote{mdQuote()}}}}
	var b bytes.Buffer
	if err := Write(&b, "csv", docs); err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(&b).ReadAll()
	if len(recs) != 2 || recs[1][7] != mdWords || recs[1][len(recs[1])-1] != mdQuote().Text || recs[0][len(recs[0])-1] != "raw_text" {
		t.Errorf("csv: %q", recs)
	}
	b.Reset()
	Write(&b, "md", docs)
	if !strings.Contains(b.String(), "> "+mdWords+"\n") {
		t.Errorf("md:\n%s", b.String())
	}
	b.Reset()
	Write(&b, "json", docs)
	var got struct {
		Articles []struct {
			Path   string `json:"path"`
			Quotes []struct{ Text, Display string }
		}
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil || len(got.Articles) != 1 || len(got.Articles[0].Quotes) != 1 ||
		got.Articles[0].Quotes[0].Text != mdQuote().Text || got.Articles[0].Quotes[0].Display != mdWords || got.Articles[0].Path != "quay.md" {
		t.Errorf("json: %+v, %v\n%s", got, err, b.String())
	}
	if strings.Count(b.String(), `"quotes"`) != 1 {
		t.Errorf("json: the quotes twice:\n%s", b.String())
	}
	b.Reset()
	Write(&b, "jsonl", docs)
	if !strings.Contains(b.String(), `"display":"`+mdWords+`"`) {
		t.Errorf("jsonl: %s", b.String())
	}
}
