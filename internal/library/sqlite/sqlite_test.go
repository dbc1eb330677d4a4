package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

func TestSuite(t *testing.T) {
	librarytest.Run(t, func(t *testing.T, aliases *library.Aliases) library.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "library.db"), aliases)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(ctx, library.Filter{}); err != nil || n != 0 {
		t.Fatalf("new library: %d, %v", n, err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopening a migrated library: %v", err)
	}
	s.Close()
}
