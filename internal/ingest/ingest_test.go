package ingest_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/articles"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// previousRevision is attrib.Version as the build before a rulesRevision
// bump wrote it: same lexicon hash, another revision.
func previousRevision(t *testing.T) string {
	t.Helper()
	_, lexHash, ok := strings.Cut(attrib.Version, "-")
	if !ok || !strings.HasPrefix(attrib.Version, "r") {
		t.Fatalf("attrib.Version %q is not r<revision>-<lexicon hash>", attrib.Version)
	}
	return "r0-" + lexHash
}

// TestReindexAfterRevisionBump is why rulesRevision exists: an entry
// stored by the previous revision, with results the current rules no
// longer give, is stale, and reindex replaces its results with the current
// engine's.
func TestReindexAfterRevisionBump(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum, err := ingest.Bundled(ctx, s, articles.FS)
	if err != nil || len(sum.Failed) > 0 || sum.New < 12 {
		t.Fatalf("bundled: %v, %v", sum, err)
	}
	if stale, err := s.Stale(ctx, attrib.Version); err != nil || len(stale) != 0 {
		t.Fatalf("fresh library: stale %v, %v", stale, err)
	}

	id, err := s.Find(ctx, "bundled/000_49b410c6cb5c01c4.txt")
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	current := e.Result
	old := e.Result
	old.Quotes = append([]attrib.Quote(nil), old.Quotes...)
	for i := range old.Quotes {
		old.Quotes[i].Speaker = "Speaker Of Older Rules"
	}
	old.Speakers = []attrib.Speaker{{Name: "Speaker Of Older Rules", Quotes: len(old.Quotes)}}
	if _, _, err := s.Put(ctx, &library.Entry{Article: e.Article, Result: old, Extractor: previousRevision(t), Added: e.Added, Force: true}); err != nil {
		t.Fatal(err)
	}

	stale, err := s.Stale(ctx, attrib.Version)
	if err != nil || !reflect.DeepEqual(stale, []int64{id}) {
		t.Fatalf("stale after storing with %s: %v, %v, want [%d]", previousRevision(t), stale, err, id)
	}
	sum = ingest.Reindex(ctx, s, stale, nil)
	if sum.Updated != 1 || len(sum.Failed) != 0 {
		t.Errorf("reindex: %v", sum)
	}
	got, err := s.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Extractor != attrib.Version {
		t.Errorf("extractor after reindex %q, want %q", got.Extractor, attrib.Version)
	}
	if !reflect.DeepEqual(got.Result.Speakers, current.Speakers) || !reflect.DeepEqual(got.Result.Quotes, current.Quotes) {
		t.Errorf("reindex kept the older rules' results:\n%+v\nwant\n%+v", got.Result, current)
	}
	if stale, _ := s.Stale(ctx, attrib.Version); len(stale) != 0 {
		t.Errorf("stale after reindex: %v", stale)
	}
}
