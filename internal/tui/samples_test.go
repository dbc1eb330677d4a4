package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// A sample article is marked in the list (its row and the list's head when
// the samples are the library) and under the article in the reader; the
// user's own is not.
func TestSamplesMarked(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	put := func(path, body string, hour int) {
		a, err := article.FromText(path, []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := putArticle(ctx, s, a, addedBase.Add(time.Duration(hour)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	put("bundled/lanterne.txt", "Lanterne festival returns to Ostrel\n\n\"We expect ten thousand visitors,\" said Perrin Vasquez.\n", 2)
	d := newDriver(t, newTestModel(t, s, "dark", true), 120, 30)
	f := ansi.Strip(d.frame())
	if !strings.Contains(f, "/ to filter · samples") || !strings.Contains(f, "EN · 1 quote · sample") ||
		!strings.Contains(f, "sample article · fictional") {
		t.Fatalf("samples only: not marked\n%s", f)
	}

	put("/home/reporter/own.txt", "Harbour fees rise in Saltmere\n\n\"The fees will rise in May,\" said Imogen Farrowby.\n", 3)
	d = newDriver(t, newTestModel(t, s, "dark", true), 120, 30)
	f = ansi.Strip(d.frame())
	if strings.Contains(f, "sample article · fictional") || strings.Contains(f, "filter · samples") {
		t.Errorf("the user's article, newest and open, is marked a sample\n%s", f)
	}
	if strings.Count(f, "· sample") != 1 {
		t.Errorf("want the one sample row marked\n%s", f)
	}
}
