package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// A library whose quotes have no phrases (stored before schema 11, or
// under another trail.Version) gets them on the next open.
func TestTrailUpkeep(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range librarytest.TrailCorpus() {
		if _, _, err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	rawExec(t, path, `UPDATE quotes SET phrase_id = NULL`, `DELETE FROM phrase_keys`, `DELETE FROM phrases`, `UPDATE meta SET value = '0' WHERE key = 'trail_version'`)
	s, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tr, err := library.FindTrail(ctx, s, librarytest.TrailQuote, 0)
	if err != nil || tr.Total != 5 || tr.Variants != 4 {
		t.Fatalf("trail after the upkeep: %+v, %v", tr, err)
	}
	if n, err := s.Count(ctx, library.Filter{Altered: true}); err != nil || n != 5 {
		t.Errorf("altered articles after the upkeep: %d, %v", n, err)
	}
}
