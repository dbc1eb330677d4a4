package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/dixit-news/dixit/internal/library"
)

// The Markdown export, rendered, holds no markup that came from an
// article's fields: no image, no raw HTML, no link but the article's own
// http(s) URL.
func TestMarkdownFieldsStayText(t *testing.T) {
	hostile := []string{
		"https://harbour-ledger.example/ferry) ![pixel](http://tracker.example/p.png",
		"https://harbour-ledger.example/a b?q=<img src=x>&r=\"`x`\"",
		"javascript:alert(1)",
		"data:text/html,<script>alert(1)</script>",
		"//tracker.example/no-scheme",
	}
	for _, u := range hostile {
		q := quotes[0]
		q.URL = u
		q.Title = "Ferry plan ![pixel](http://tracker.example/t.png) <b>bold</b> [link](http://tracker.example/)"
		q.Outlet = "Harbour <i>Ledger</i>"
		q.Text = "We have waited ![x](http://tracker.example/q.png)"
		q.Sources = []string{"[CNN](http://tracker.example/s)"}
		var md, html bytes.Buffer
		if err := WriteQuotes(&md, "md", []library.Quote{q}); err != nil {
			t.Fatal(err)
		}
		if err := goldmark.Convert(md.Bytes(), &html); err != nil {
			t.Fatal(err)
		}
		out := html.String()
		if strings.Contains(out, "<img") || strings.Contains(out, "<b>") || strings.Contains(out, "<i>") || strings.Contains(out, "<script") {
			t.Errorf("URL %q: markup from the fields is live:\n%s", u, out)
		}
		links := strings.Count(out, "<a ")
		want := 0
		if strings.HasPrefix(u, "https://") {
			want = 1
		}
		if links != want || want == 1 && !strings.Contains(out, `<a href="https://harbour-ledger.example/`) {
			t.Errorf("URL %q: %d links, want %d to the article:\n%s", u, links, want, out)
		}
	}
}
