package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// TestIngestKeepsAtMostMaxQuotes checks the library's bound on one
// article: a file of more quotations than MaxQuotes is stored with the
// first MaxQuotes, one note naming the file says so, and the input is not
// failed, nor are the inputs after it.
func TestIngestKeepsAtMostMaxQuotes(t *testing.T) {
	if testing.Short() {
		// Extracting 10,000 quotes takes a minute under the race detector;
		// the run without -short covers the bound, and the pipeline's
		// other tests its goroutines.
		t.Skip("10,000 quotes: checked by the run without -short")
	}
	ctx := context.Background()
	dir := t.TempDir()
	var b strings.Builder
	n := ingest.MaxQuotes + 40
	for i := range n {
		fmt.Fprintf(&b, "\"Pier %d reopens at noon,\" Nora Quill said.\n\n", i)
	}
	dense := filepath.Join(dir, "dense.txt")
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(dense, []byte(b.String()), 0o644)
	os.WriteFile(small, []byte("\"The ferry runs again,\" Tobias Renfield said on Monday.\n"), 0o644)
	s, err := sqlite.Open(ctx, filepath.Join(dir, "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var notes []string
	sum := ingest.Run(ctx, s, &article.Loader{}, []string{dense, small}, ingest.Options{Progress: func(ev ingest.Event) {
		for _, n := range ev.Notes {
			notes = append(notes, n.Error())
		}
	}})
	if sum.New != 2 || len(sum.Failed) != 0 {
		t.Fatalf("summary %v, want 2 new, none failed", sum)
	}
	want := fmt.Sprintf("%s: kept the first %d of %d quotes, the most the library keeps for one article", dense, ingest.MaxQuotes, n)
	if len(notes) != 1 || notes[0] != want {
		t.Errorf("notes %q, want one: %q", notes, want)
	}
	id, err := s.Find(ctx, dense)
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Result.Quotes) != ingest.MaxQuotes || e.Result.Quotes[0].Text != "Pier 0 reopens at noon," ||
		len(e.Result.Speakers) != 1 || e.Result.Speakers[0].Quotes != ingest.MaxQuotes {
		t.Errorf("stored %d quotes, first %+v, speakers %+v; want the first %d, all Nora Quill's",
			len(e.Result.Quotes), e.Result.Quotes[0], e.Result.Speakers, ingest.MaxQuotes)
	}
}
