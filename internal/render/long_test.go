package render

import (
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// TestLongBodyShowsItsHead checks that the reader renders at most
// renderMax of a body, up to a paragraph break, with the quotes in it and
// a line saying how much it shows and how to see the rest.
func TestLongBodyShowsItsHead(t *testing.T) {
	para := "« Nous rouvrirons la halle avant l'été », a déclaré Odile Marchetti.\n\n"
	body := strings.Repeat(para, (1<<20)/len(para)+1) // just past 1 MB
	var qs []attrib.Quote
	for at := 0; at+len(para) <= len(body); at += len(para) {
		start := at + len("« ")
		qs = append(qs, attrib.Quote{Text: "Nous rouvrirons la halle avant l'été", Start: start, End: start + len("Nous rouvrirons la halle avant l'été"), Speaker: "Odile Marchetti", Kind: attrib.Direct})
	}
	e := &library.Entry{Article: article.Article{ID: 42, Path: "halle.txt", Title: "La halle", Body: body}, Result: attrib.Result{Quotes: qs}}
	md, spans := toMarkdown(e)
	shown := shownLength(body)
	if shown > renderMax || shown < renderMax-len(para) || !strings.HasSuffix(body[:shown], "Marchetti.") {
		t.Fatalf("shows %d bytes, want the paragraphs within %d", shown, renderMax)
	}
	if n := strings.Count(body[:shown], "\n\n") + 1; len(spans) != n {
		t.Errorf("%d quotes marked, want the %d in the part shown", len(spans), n)
	}
	if want := "*The reader shows the first 511 KB of this article's 1.0 MB. `dixit show 42` prints it whole.*\n"; !strings.HasSuffix(md, want) {
		t.Errorf("ends %q, want %q", md[len(md)-200:], want)
	}
	short := &library.Entry{Article: article.Article{ID: 7, Path: "halle.txt", Title: "La halle", Body: para}, Result: attrib.Result{Quotes: qs[:1]}}
	if md, _ := toMarkdown(short); strings.Contains(md, "The reader shows") {
		t.Errorf("a short body says it is cut:\n%s", md)
	}
}
