package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
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

// rawExec runs statements on the library file at path as another program
// would, beside the store: to make a library as an older dixit, another
// writer or a damaged disk left it.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
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

// "#", "?" and "%" in a library's file name are part of the name: each
// library below is its own file, under exactly that name.
func TestPathWithURICharacters(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	names := []string{"team#a.db", "team#b.db", "100%41.db", "what?now.db", "100A.db"}
	for i, name := range names {
		s, err := sqlite.Open(ctx, filepath.Join(dir, name), nil)
		if err != nil {
			t.Fatal(err)
		}
		// Library i holds i articles: a shared file would hold more.
		for j := 0; j < i; j++ {
			a := article.Article{Path: fmt.Sprintf("note-%d.txt", j), Title: "Quay note", Body: fmt.Sprintf("The quay is busy on day %d.", j), Lang: "en"}
			a.Hash = article.Hash(a.Body)
			if _, _, err := s.Put(ctx, &library.Entry{Article: a}); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
	}
	for i, name := range names {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		s, err := sqlite.Open(ctx, filepath.Join(dir, name), nil)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := s.Count(ctx, library.Filter{}); err != nil || n != i {
			t.Errorf("%s holds %d articles (%v), want %d", name, n, err, i)
		}
		s.Close()
	}
	for _, stray := range []string{"team", "what"} {
		if _, err := os.Stat(filepath.Join(dir, stray)); err == nil {
			t.Errorf("library opened as %s", stray)
		}
	}
}
