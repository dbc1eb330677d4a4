package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
	_ "modernc.org/sqlite"
)

// TestBodiesArePacked checks that a body is read back as it was written,
// stored compressed when that makes it smaller and as text when not, and
// that a body stored as text by an older dixit reads as it did.
func TestBodiesArePacked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("« Nous rouvrirons la criée de Port-Vaillant au printemps », a déclaré Solène Vidalet. ", 40)
	bodies := map[string]string{
		"long.txt":  long,
		"short.txt": "The quay reopens.",
		"empty.txt": "",
		"noise.txt": "\x01\x02ÿ" + strings.Repeat("z", 300), // repeats: compresses
	}
	ids := map[string]int64{}
	for p, b := range bodies {
		a := article.Article{Path: p, Title: "Quay", Body: b, Lang: "fr", Hash: article.Hash(b + p)}
		id, _, err := s.Put(ctx, &library.Entry{Article: a, Extractor: "test"})
		if err != nil {
			t.Fatal(err)
		}
		ids[p] = id
	}
	s.Close()

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	rows, err := db.Query(`SELECT path, typeof(body), length(CAST(body AS BLOB)) FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p, typ string
		var n int
		if err := rows.Scan(&p, &typ, &n); err != nil {
			t.Fatal(err)
		}
		types[p] = typ
		if typ == "blob" && n >= len(bodies[p]) {
			t.Errorf("%s: stored in %d bytes for %d of text", p, n, len(bodies[p]))
		}
	}
	rows.Close()
	want := map[string]string{"long.txt": "blob", "short.txt": "text", "empty.txt": "text", "noise.txt": "blob"}
	for p, typ := range want {
		if types[p] != typ {
			t.Errorf("%s stored as %s, want %s", p, types[p], typ)
		}
	}
	// As schema 14 and before stored it.
	if _, err := db.Exec(`UPDATE articles SET body = ? WHERE path = 'long.txt'`, "an older text body"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	bodies["long.txt"] = "an older text body"

	s, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for p, b := range bodies {
		e, err := s.Get(ctx, ids[p])
		if err != nil {
			t.Fatal(err)
		}
		if e.Article.Body != b {
			t.Errorf("%s read back as %q, want %q", p, e.Article.Body, b)
		}
	}
}

// TestDamagedBodyIsAnError checks that a compressed body that does not
// decompress fails the read of its article, saying so, and no other.
func TestDamagedBodyIsAnError(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, p := range []string{"a.txt", "b.txt"} {
		b := strings.Repeat("The ferry to Fenmouth runs twice a day, the harbour master said. ", 10)
		id, _, err := s.Put(ctx, &library.Entry{Article: article.Article{Path: p, Body: b, Hash: article.Hash(b + p)}, Extractor: "test"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	s.Close()
	rawExec(t, path, `UPDATE articles SET body = x'ffffffff' WHERE path = 'a.txt'`)
	s, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := fmt.Sprintf("article %d in library %s: its stored text is damaged (flate: corrupt input before offset 1): remove it (dixit rm %d) and ingest it again", ids[0], path, ids[0])
	if _, err := s.Get(ctx, ids[0]); err == nil || err.Error() != want {
		t.Errorf("damaged body: %v, want %s", err, want)
	}
	if _, err := s.Get(ctx, ids[1]); err != nil {
		t.Errorf("the other article: %v", err)
	}
}
