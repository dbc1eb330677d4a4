package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A feed with more entries than MaxFeedEntries is refused before gofeed
// builds it in memory.
func TestFeedEntryBound(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Ledger</title>`)
	for i := 0; i < 100000; i++ {
		fmt.Fprintf(&b, `<item><title>t%d</title><description>x</description></item>`, i)
	}
	b.WriteString(`</channel></rss>`)
	_, err := FromBytes("huge.rss", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "more than the 5000 a feed may hold") {
		t.Fatalf("got %v, want the entry bound", err)
	}
	if got := countEntries([]byte(`<rss><channel><item>a</item><Item>b</Item><items/></channel></rss>`)); got != 2 {
		t.Errorf("countEntries: %d, want 2", got)
	}
}

// HTML nested 100,000 levels deep fails fast instead of building the tree.
func TestDeepHTMLBound(t *testing.T) {
	doc := "<html><body>" + strings.Repeat("<div>", 100000) + "deep" + "</body></html>"
	_, err := FromBytes("deep.html", []byte(doc))
	if err == nil || !strings.Contains(err.Error(), "deep.html") {
		t.Fatalf("got %v, want a one-line error naming the file", err)
	}
}

// A gzip bomb: a small compressed body that inflates past the cap is cut at
// the cap and refused, never inflated whole.
func TestFetchGzipBomb(t *testing.T) {
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for i := 0; i < 64; i++ { // 64 MB inflated, a few dozen KB on the wire
		w.Write(chunk)
	}
	w.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html")
		rw.Header().Set("Content-Encoding", "gzip")
		rw.Write(z.Bytes())
	}))
	defer srv.Close()
	f := NewFetcher("test")
	_, _, err := f.Get(context.Background(), srv.URL+"/bomb")
	if err == nil || !strings.Contains(err.Error(), "10 MB") {
		t.Fatalf("got %v, want the size cap to stop the inflated body", err)
	}
}

// The bound holds whatever the feed's syntax: RSS 1.0 with prefixed tags
// and JSON Feed are counted before they are parsed too.
func TestFeedEntryBoundAnySyntax(t *testing.T) {
	var rdf, jf strings.Builder
	rdf.WriteString(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel><rss:title>Quay Bulletin</rss:title></rss:channel>`)
	jf.WriteString(`{"version": "https://jsonfeed.org/version/1.1", "title": "Quay Bulletin", "authors": [{"name": "Nora Quill"}], "items": [`)
	for i := 0; i < 6000; i++ {
		fmt.Fprintf(&rdf, `<rss:item rdf:about="https://quay.example/%d"><rss:title>t%d</rss:title><rss:description>x</rss:description></rss:item>`, i, i)
		if i > 0 {
			jf.WriteString(",")
		}
		fmt.Fprintf(&jf, `{"id": "q%d", "title": "t%d", "content_text": "x", "tags": ["a", {"b": []}]}`, i, i)
	}
	rdf.WriteString(`</rdf:RDF>`)
	jf.WriteString(`]}`)
	for name, data := range map[string]string{"rdf": rdf.String(), "json": jf.String()} {
		if _, err := fromFeed(name, []byte(data), nil); err == nil || !strings.Contains(err.Error(), "more than the 5000 a feed may hold") {
			t.Errorf("%s feed of 6000 entries: %v, want the entry bound", name, err)
		}
	}
	if got := countEntries([]byte(`{"title": "items", "items": [{"id": "a", "items": [1, 2, 3]}, {"id": "b"}]}`)); got != 2 {
		t.Errorf("JSON Feed of 2 items counted as %d", got)
	}
	if got := countEntries([]byte(`<rdf:RDF><rss:item>a</rss:item><rss:items/><item>b</item></rdf:RDF>`)); got != 2 {
		t.Errorf("RSS 1.0 of 2 items counted as %d", got)
	}
}
