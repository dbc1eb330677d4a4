package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
)

// TestMigrateFromVersion1 opens a library written by schema version 1 and
// checks the upgrade fills the new columns from the old data.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{migrations[0],
		`INSERT INTO meta(key, value) VALUES ('schema_version', '1')`,
		`INSERT INTO articles(path, title, published, body, hash, extractor, added) VALUES ('a.txt', 'Old', 1700000000, 'x', 'h', 'v', 1800000000)`,
		`INSERT INTO quotes(article_id, seq, kind, text, start, end) VALUES (1, 0, 'direct', 'x', 0, 1), (1, 1, 'indirect', 'x', 0, 1)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer s.Close()
	var v string
	var sortTime, direct int64
	s.db.QueryRow(`SELECT value FROM meta WHERE key='schema_version'`).Scan(&v)
	s.db.QueryRow(`SELECT sort_time, direct_quotes FROM articles WHERE id=1`).Scan(&sortTime, &direct)
	if v != strconv.Itoa(SchemaVersion) || sortTime != 1700000000 || direct != 1 {
		t.Errorf("after migration: version %s, sort_time %d, direct_quotes %d", v, sortTime, direct)
	}
	if list, err := s.List(ctx, library.Filter{}); err != nil || len(list) != 1 || list[0].Quotes != 1 {
		t.Errorf("list after migration: %+v, %v", list, err)
	}
}
