package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// TestRuleNames checks that a quote's rule and resolution are stored as
// ids and read back as names; that a quote stored before schema 15, with
// its names as text, reads as it did; and that a name another writer
// added after this store read the table is found.
func TestRuleNames(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	body := "« Nous rouvrirons la criée », a déclaré Solène Vidalet. The quay reopens, Rowan Pike said."
	e := &library.Entry{Extractor: "test", Article: article.Article{Path: "quay.txt", Body: body, Hash: article.Hash(body), Lang: "fr"},
		Result: attrib.Result{Quotes: []attrib.Quote{
			{Text: "Nous rouvrirons la criée", Speaker: "Solène Vidalet", Kind: attrib.Direct, Rule: "after/inverted", Resolved: "name/as-written"},
			{Text: "The quay reopens", Speaker: "Rowan Pike", Kind: attrib.Direct, Rule: "after/inverted", Resolved: "name/fullest-form"},
			{Text: "reopens", Kind: attrib.Direct},
		}}}
	id, _, err := s.Put(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	read := func() []attrib.Quote {
		t.Helper()
		got, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return got.Result.Quotes
	}
	want := [][2]string{{"after/inverted", "name/as-written"}, {"after/inverted", "name/fullest-form"}, {"", ""}}
	check := func(what string, qs []attrib.Quote) {
		t.Helper()
		for i, q := range qs {
			if [2]string{q.Rule, q.Resolved} != want[i] {
				t.Errorf("%s: quote %d names %q and %q, want %q", what, i, q.Rule, q.Resolved, want[i])
			}
		}
	}
	check("Get", read())
	qs, err := s.Quotes(ctx, library.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 3 {
		t.Fatalf("%d quotes listed, want 3", len(qs))
	}
	listed := make([]attrib.Quote, 3)
	for _, q := range qs {
		listed[q.Seq] = q.Quote
	}
	check("Quotes", listed)

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var texts, names int
	db.QueryRow(`SELECT count(*) FROM quotes WHERE rule <> '' OR resolved <> ''`).Scan(&texts)
	db.QueryRow(`SELECT count(*) FROM names`).Scan(&names)
	if texts != 0 || names != 3 {
		t.Errorf("%d quotes keep their names as text and names holds %d, want 0 and 3", texts, names)
	}
	// An older quote, and a name added by another writer.
	if _, err := db.Exec(`UPDATE quotes SET rule = 'before/verb', rule_id = NULL WHERE seq = 0`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO names(name) VALUES ('name/from-elsewhere')`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE quotes SET resolved_id = (SELECT id FROM names WHERE name = 'name/from-elsewhere') WHERE seq = 1`); err != nil {
		t.Fatal(err)
	}
	want[0][0], want[1][1] = "before/verb", "name/from-elsewhere"
	check("Get, after other writes", read())
}
