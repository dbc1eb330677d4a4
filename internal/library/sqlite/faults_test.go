package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

func entry(t *testing.T, path string) *library.Entry {
	t.Helper()
	a, err := article.FromText(path, []byte("Harbour notes\n\n\"The tide is early,\" said Nora Quill.\n"))
	if err != nil {
		t.Fatal(err)
	}
	return &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{}), Extractor: attrib.Version}
}

func newLibrary(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(context.Background(), entry(t, "a.txt")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path
}

func oneLine(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", want)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		t.Errorf("error spans lines: %q", msg)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not say %q", msg, w)
		}
	}
}

// A library without write permission opens for reading; writing says the
// file is read-only and what to do.
func TestReadOnlyLibrary(t *testing.T) {
	ctx := context.Background()
	path := newLibrary(t)
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("opening a read-only library: %v", err)
	}
	defer s.Close()
	if n, err := s.Count(ctx, library.Filter{}); err != nil || n != 1 {
		t.Errorf("reading a read-only library: %d, %v", n, err)
	}
	_, _, err = s.Put(ctx, entry(t, "b.txt"))
	oneLine(t, err, "read-only", "--db")
}

// A truncated or overwritten file is reported as damaged, with advice.
func TestCorruptedLibrary(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		spoil func(path string) error
	}{
		{"garbage", func(p string) error { return os.WriteFile(p, []byte(strings.Repeat("not a database ", 400)), 0o644) }},
		{"truncated", func(p string) error { return os.Truncate(p, 1500) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := newLibrary(t)
			os.Remove(path + "-wal")
			os.Remove(path + "-shm")
			if err := c.spoil(path); err != nil {
				t.Fatal(err)
			}
			s, err := sqlite.Open(ctx, path, nil)
			if err == nil {
				_, err = s.Count(ctx, library.Filter{})
				if err == nil {
					_, err = s.List(ctx, library.Filter{})
				}
				s.Close()
			}
			oneLine(t, err, path, "damaged", "move it aside")
		})
	}
}

// A writer that holds the library longer than the busy timeout gets a
// clear "busy" error instead of a hang.
func TestLockedLibrary(t *testing.T) {
	ctx := context.Background()
	path := newLibrary(t)
	hold, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Close()
	conn, err := hold.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	s, err := sqlite.OpenWith(ctx, path, nil, sqlite.Options{BusyTimeout: 200 * time.Millisecond})
	if err == nil {
		_, _, err = s.Put(ctx, entry(t, "c.txt"))
		s.Close()
	}
	oneLine(t, err, "busy", "try again")
}

// A library written by a newer dixit is refused with advice to upgrade.
func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := newLibrary(t)
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE meta SET value = '99' WHERE key = 'schema_version'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = sqlite.Open(ctx, path, nil)
	oneLine(t, err, "newer than this dixit", "upgrade dixit")
}

// Aliases added after the quotes were stored merge the speakers at the
// next open, totals included.
func TestAliasesMergedAtOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, body := range []string{
		"One\n\n\"We sail at dawn,\" said Nora Quill.\n",
		"Two\n\n\"The tide decides,\" said Eleanor Quill-Marsh.\n",
	} {
		a, _ := article.FromText(fmt.Sprintf("%d.txt", i), []byte(body))
		if _, _, err := s.Put(ctx, &library.Entry{Article: *a, Result: attrib.Extract(a.Body, attrib.Options{}), Extractor: attrib.Version}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	aliases := &library.Aliases{}
	aliases.Add("Nora Quill", "Eleanor Quill-Marsh")
	s, err = sqlite.Open(ctx, path, aliases)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Speakers(ctx, library.Filter{})
	if err != nil || len(st) != 1 || st[0].Name != "Nora Quill" || st[0].Quotes != 2 || st[0].Articles != 2 {
		t.Errorf("after merging aliases: %+v, %v", st, err)
	}
}
