package postgres_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/jackc/pgx/v5"
)

// TestMigrateToAttributionAccount upgrades a library of schema version 2,
// before quotes and sources kept how they were attributed: its rows read
// back with an empty account, stay stale for the current engine, and get
// the account when re-extracted.
func TestMigrateToAttributionAccount(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	undo := postgres.UseSteps(2)
	open(t, u, nil).Close()
	undo()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	body := "Le pont rouvre\n\n« Le pont rouvrira lundi », a déclaré Mme Quenault, maire de Brisval.\n\nSelon le Wall Street Journal, les travaux sont finis.\n"
	if _, err := conn.Exec(ctx, `INSERT INTO articles (id, path, title, body, lang, hash, extractor, added, sort_time, direct_quotes, search)
		VALUES (1, 'pont.txt', 'Le pont rouvre', $1, 'fr', 'h', 'old-engine', now(), now(), 1, ''::tsvector)`, body); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO speakers (id, key, name, quotes, articles) VALUES (1, 'quenault', 'Quenault', 1, 1)`,
		`INSERT INTO quotes (article_id, seq, speaker_id, speaker, mention, cue, kind, text, start_pos, end_pos)
			VALUES (1, 0, 1, 'Quenault', 'Mme Quenault', 'a déclaré', 'direct', 'Le pont rouvrira lundi', 18, 40)`,
		`INSERT INTO article_speakers (article_id, seq, speaker_id, name, quotes) VALUES (1, 0, 1, 'Quenault', 1)`,
		`INSERT INTO sources (article_id, seq, name, key, mention, start_pos, end_pos)
			VALUES (1, 0, 'Wall Street Journal', 'wall street journal', 'Selon le Wall Street Journal', 80, 108)`,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s := open(t, u, nil)
	e, err := s.Get(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Result.Quotes) != 1 || len(e.Result.Sources) != 1 {
		t.Fatalf("after migration: %+v", e.Result)
	}
	if q := e.Result.Quotes[0]; q.Speaker != "Quenault" || q.Rule != "" || q.Resolved != "" {
		t.Errorf("old quote after migration: %+v", q)
	}
	if src := e.Result.Sources[0]; src.Name != "Wall Street Journal" || src.Rule != "" {
		t.Errorf("old source after migration: %+v", src)
	}
	if qs, err := s.Quotes(ctx, library.Filter{}); err != nil || len(qs) != 1 || qs[0].Rule != "" {
		t.Errorf("quotes listing after migration: %+v, %v", qs, err)
	}
	stale, err := s.Stale(ctx, attrib.Version)
	if err != nil || len(stale) != 1 {
		t.Fatalf("stale after migration: %v, %v", stale, err)
	}
	if sum := ingest.Reindex(ctx, s, stale, nil); sum.Updated != 1 || len(sum.Failed) != 0 {
		t.Fatalf("re-extracting: %s %v", sum, sum.Failed)
	}
	got, err := s.Get(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Result.Quotes) == 0 || got.Result.Quotes[0].Rule == "" || got.Result.Quotes[0].Resolved == "" {
		t.Errorf("re-extracted quotes keep no account: %+v", got.Result.Quotes)
	}
	if len(got.Result.Sources) == 0 || got.Result.Sources[0].Rule == "" {
		t.Errorf("re-extracted sources keep no rule: %+v", got.Result.Sources)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("check after re-extraction: %v", err)
	}
}

// TestMigrateStdinPaths upgrades a library of schema version 4, where the
// article last read from standard input was stored under "-": it is then
// stored under its content key, where the next ingest of that text finds it.
func TestMigrateStdinPaths(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	undo := postgres.UseSteps(4)
	open(t, u, nil).Close()
	undo()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `INSERT INTO articles (id, path, title, body, lang, hash, extractor, added, sort_time, direct_quotes, search)
		VALUES (1, '-', 'Harbour notes', 'x', 'en', '0123456789abcdef0123', 'v', now(), now(), 0, ''::tsvector),
		(2, 'notes/-', 'Quay notes', 'y', 'en', 'fedcba98765432100000', 'v', now(), now(), 0, ''::tsvector)`); err != nil {
		t.Fatal(err)
	}
	s := open(t, u, nil)
	if id, err := s.Find(ctx, "stdin:0123456789abcdef"); err != nil || id != 1 {
		t.Errorf("find by content key: %d, %v", id, err)
	}
	if _, err := s.Find(ctx, "-"); err == nil {
		t.Errorf(`an article is still stored under "-"`)
	}
	if id, err := s.Find(ctx, "notes/-"); err != nil || id != 2 {
		t.Errorf("a file's path changed: %d, %v", id, err)
	}
}

// TestMigrateReportedCounts upgrades a library of schema version 5, which
// kept only each article's direct-quote count: the migration counts the
// reported speech already stored, and List gives both counts.
func TestMigrateReportedCounts(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	undo := postgres.UseSteps(5)
	open(t, u, nil).Close()
	undo()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		`INSERT INTO articles (id, path, title, body, lang, hash, extractor, added, sort_time, direct_quotes, search)
			VALUES (1, 'quai.txt', 'Le quai', 'x', 'fr', 'h1', 'v', now(), now(), 1, ''::tsvector),
			(2, 'phare.txt', 'Le phare', 'y', 'fr', 'h2', 'v', now(), now() - interval '1 day', 0, ''::tsvector)`,
		`INSERT INTO quotes (article_id, seq, kind, text, start_pos, end_pos)
			VALUES (1, 0, 'direct', 'x', 0, 1), (1, 1, 'indirect', 'x', 0, 1), (1, 2, 'indirect', 'x', 0, 1)`,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s := open(t, u, nil)
	list, err := s.List(ctx, library.Filter{})
	if err != nil || len(list) != 2 {
		t.Fatalf("list after migration: %+v, %v", list, err)
	}
	if got := [][2]int{{list[0].Quotes, list[0].Reported}, {list[1].Quotes, list[1].Reported}}; got[0] != [2]int{1, 2} || got[1] != [2]int{0, 0} {
		t.Errorf("direct and reported counts after migration %v, want [[1 2] [0 0]]", got)
	}
}

// TestMigrateTallies upgrades a library of schema version 8, whose tallies
// were counted on every read: the migration counts the articles already
// stored, and later writes keep the counts.
func TestMigrateTallies(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	undo := postgres.UseSteps(8)
	open(t, u, nil).Close()
	undo()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `INSERT INTO articles (id, path, title, outlet, body, lang, hash, extractor, added, published, sort_time, direct_quotes, reported_quotes, search)
		VALUES (1, 'quai.txt', 'Le quai', 'Le Courrier du Val', 'x', 'fr', 'h1', 'v', now(), '2026-03-31 23:00Z', now(), 1, 2, ''::tsvector),
		(2, 'phare.txt', 'Le phare', 'Le Courrier du Val', 'y', 'fr', 'h2', 'v', now(), '2026-04-01 01:00Z', now(), 3, 0, ''::tsvector),
		(3, 'digue.txt', 'La digue', 'LE COURRIER DU VAL', 'z', 'fr', 'h3', 'v', now(), '2026-04-01 01:00Z', now(), 0, 1, ''::tsvector),
		(4, 'note.txt', 'Une note', '', 'w', 'fr', 'h4', 'v', now(), NULL, now(), 0, 4, ''::tsvector)`); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `INSERT INTO speakers (key, name, quotes, articles) VALUES ('imogen farrowby', 'Imogen Farrowby', 3, 2),
		('vladimir putin', 'Vladimir Putin', 2, 1), ('odile marchetti', 'Odile Marchetti', 1, 1), ('wall street journal', 'Wall Street Journal', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	s := open(t, u, nil)
	want := library.Tallies{Articles: 4, Quotes: 11,
		ByOutlet: []library.Tally{{Name: "Le Courrier du Val", Articles: 3, Quotes: 7}, {Name: "", Articles: 1, Quotes: 4}},
		ByMonth:  []library.Tally{{Name: "2026-03", Articles: 1, Quotes: 3}, {Name: "2026-04", Articles: 2, Quotes: 4}},
		Undated:  library.Tally{Articles: 1, Quotes: 4}}
	got, err := s.Tallies(ctx, library.Filter{})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("tallies after migration:\n got %+v (%v)\nwant %+v", got, err, want)
	}
	// The speakers already stored are told by their given names, the one
	// never quoted left out: Imogen, Vladimir, and Odile whom the lists do
	// not know.
	if g, n, ok, err := s.GenderTallies(ctx); err != nil || !ok || n != 3 ||
		g != (library.Gender{Women: 1, Men: 1, Unknown: 1, WomenQuotes: 3, MenQuotes: 2, UnknownQuotes: 1}) {
		t.Errorf("gender counts after migration: %+v of %d speakers (%v, %v)", g, n, ok, err)
	}
	var n int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM tallies_outlet) + (SELECT count(*) FROM tallies_month)`).Scan(&n); err != nil || n != 6 {
		t.Errorf("tally rows %d (%v), want 6: one per spelling of an outlet (3), one per month (3)", n, err)
	}
	if err := s.Delete(ctx, 4); err != nil {
		t.Fatal(err)
	}
	want.Articles, want.Quotes, want.ByOutlet, want.Undated = 3, 7, want.ByOutlet[:1], library.Tally{}
	if got, err := s.Tallies(ctx, library.Filter{}); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("tallies after a removal:\n got %+v (%v)\nwant %+v", got, err, want)
	}
}
