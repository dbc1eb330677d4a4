package benchgen

import (
	"reflect"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
)

// TestDocs checks the shape of the articles: size, quotes pointing at their
// words, speakers counted, and the file reading back as the same article.
func TestDocs(t *testing.T) {
	g := New(1)
	appear := map[string]int{} // speaker → articles
	for i := range 2000 {
		d := g.Doc(i)
		if n := len(d.Body); n < 2800 || n > 6500 {
			t.Fatalf("article %d is %d bytes, want 3–6 KB", i, n)
		}
		if len(d.Quotes) < 5 || len(d.Speakers) < 1 || len(d.Speakers) > 7 {
			t.Fatalf("article %d: %d quotes, %d speakers", i, len(d.Quotes), len(d.Speakers))
		}
		total := 0
		for _, sp := range d.Speakers {
			total += sp.Quotes
			appear[sp.Name]++
		}
		if total != len(d.Quotes) {
			t.Fatalf("article %d: speakers count %d quotes, it has %d", i, total, len(d.Quotes))
		}
		for _, q := range d.Quotes {
			if q.Text == "" || d.Body[q.Start:q.End] != q.Text {
				t.Fatalf("article %d: quote span %d:%d is %q, want %q", i, q.Start, q.End, d.Body[q.Start:q.End], q.Text)
			}
		}
		for _, s := range d.Sources {
			if d.Body[s.Start:s.End] != s.Mention {
				t.Fatalf("article %d: source span %d:%d is %q, want %q", i, s.Start, s.End, d.Body[s.Start:s.End], s.Mention)
			}
		}
		if i < 50 {
			arts, err := article.FromBytes(d.Name, d.Markdown())
			if err != nil || len(arts) != 1 {
				t.Fatalf("article %d reads back as %d articles, %v", i, len(arts), err)
			}
			a := arts[0]
			got := []any{a.Title, a.Outlet, a.Lang, a.URL, a.Published.UTC(), a.Body}
			want := []any{d.Title, d.Outlet, d.Lang, d.URL, d.Published, d.Body}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("article %d reads back as\n%q\nwant\n%q", i, got, want)
			}
		}
	}
	// Zipf-like recurrence: the most quoted person is in a large share of
	// the articles, and most people are in few.
	most, once := 0, 0
	for _, n := range appear {
		most = max(most, n)
		if n <= 2 {
			once++
		}
	}
	if most < 100 || once < len(appear)/3 {
		t.Fatalf("top speaker in %d of 2000 articles, %d of %d speakers in at most 2: not Zipf-like", most, once, len(appear))
	}
}

// TestSeed checks that a seed gives the same articles.
func TestSeed(t *testing.T) {
	a, b := New(7), New(7)
	for i := range 20 {
		if x, y := a.Doc(i), b.Doc(i); !reflect.DeepEqual(x, y) {
			t.Fatalf("article %d differs between two generators of one seed", i)
		}
	}
}
