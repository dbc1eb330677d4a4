package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/dixit-news/dixit/internal/library/postgres/postgrestest"
	"github.com/jackc/pgx/v5"
)

func serverURL(t testing.TB) string { return postgrestest.Server(t) }

func schemaURL(t testing.TB) string { return postgrestest.URL(t) }

func open(t testing.TB, u string, aliases *library.Aliases) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), u, aliases)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSuite(t *testing.T) {
	serverURL(t)
	librarytest.Run(t, func(t *testing.T, aliases *library.Aliases) library.Store {
		return open(t, schemaURL(t), aliases)
	})
}

// TestSuiteFoldInGo runs the suite on libraries made as without the
// unaccent extension: dixit folds the words and the server only stores them.
func TestSuiteFoldInGo(t *testing.T) {
	serverURL(t)
	defer postgres.SetForceGoFold(true)()
	librarytest.Run(t, func(t *testing.T, aliases *library.Aliases) library.Store {
		s := open(t, schemaURL(t), aliases)
		if s.Fold() != "go" {
			t.Fatalf("fold %q, want go", s.Fold())
		}
		return s
	})
}

func TestUnaccentWhereAvailable(t *testing.T) {
	s := open(t, schemaURL(t), nil)
	t.Logf("search folds with %q", s.Fold())
	if s.Fold() != "unaccent" {
		t.Skip("the unaccent extension is not installed or not permitted here: the library folds in Go (TestSuiteFoldInGo)")
	}
}

// TestReopenAndVersion reopens a library: the schema is not migrated again,
// and schema_version lists each step once.
func TestReopenAndVersion(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	open(t, u, nil).Close()
	s := open(t, u, nil)
	if n, err := s.Count(ctx, library.Filter{}); err != nil || n != 0 {
		t.Fatalf("new library: %d, %v", n, err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n, v int
	if err := conn.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_version`).Scan(&n, &v); err != nil {
		t.Fatal(err)
	}
	if n != postgres.SchemaVersion || v != postgres.SchemaVersion {
		t.Errorf("schema_version: %d rows, version %d; want %d", n, v, postgres.SchemaVersion)
	}
	// A library from a newer dixit is refused, not damaged.
	if _, err := conn.Exec(ctx, `INSERT INTO schema_version (version, description) VALUES (999, 'future')`); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.Open(ctx, u, nil); err == nil || !strings.Contains(err.Error(), "newer than this dixit") {
		t.Errorf("opening a newer library: %v", err)
	}
}

func TestRedact(t *testing.T) {
	got := postgres.Redact("postgres://ann:s3cret@db.example:5432/news?sslmode=require")
	if strings.Contains(got, "s3cret") || !strings.Contains(got, "ann") {
		t.Errorf("Redact: %s", got)
	}
	if !postgres.IsURL("postgresql://x/y") || postgres.IsURL("/home/ann/library.db") {
		t.Error("IsURL")
	}
}

func TestUnreachableServerSaysSo(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://nobody:pw@127.0.0.1:1/none?connect_timeout=2", nil)
	if err == nil || !strings.Contains(err.Error(), "cannot be reached") || strings.Contains(err.Error(), ":pw@") {
		t.Errorf("err = %v", err)
	}
}

// hideTotals hides the Totaler of a store: CountAll goes through the Store
// interface.
type hideTotals struct{ library.Store }

// TestConcurrentPuts has eight writers, each with its own pool, store the
// same 300 articles (and copies of them under other paths) at once, while
// one of them re-extracts: each text is stored once, and the totals kept
// with each speaker equal the sums recomputed over the articles.
func TestConcurrentPuts(t *testing.T) {
	ctx := context.Background()
	u := schemaURL(t)
	aliases := &library.Aliases{}
	first := open(t, u, aliases)
	const n, writers = 300, 8
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		s := open(t, u, aliases)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				i := (i*7 + w*31) % n // each writer in its own order
				e := fictional(i)
				if w%2 == 1 {
					e.Article.Path = fmt.Sprintf("copies/%d/%s", w, e.Article.Path)
				}
				if w == 3 {
					e.Force = true // a re-extraction racing the ingest
				}
				if _, _, err := s.Put(ctx, e); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	// A reader reads all along: every article it gets is whole, its quotes
	// inside its body, whatever the writers are doing.
	stop := make(chan struct{})
	readerDone := make(chan error, 1)
	reader := open(t, u, aliases)
	go func() {
		reads := 0
		defer func() { t.Logf("%d reads during the writes", reads) }()
		for {
			select {
			case <-stop:
				readerDone <- nil
				return
			default:
			}
			list, err := reader.List(ctx, library.Filter{Limit: 20, Text: "tram"})
			if err == nil {
				_, err = reader.Speakers(ctx, library.Filter{})
			}
			for _, sm := range list {
				if err != nil {
					break
				}
				var e *library.Entry
				if e, err = reader.Get(ctx, sm.ID); errors.Is(err, library.ErrNotFound) {
					err = nil
					continue
				}
				for _, q := range e.Result.Quotes {
					if err == nil && (q.End > len(e.Article.Body) || e.Article.Body[q.Start:q.End] != q.Text) {
						err = fmt.Errorf("article %d: quote %q not at %d:%d of its body", sm.ID, q.Text, q.Start, q.End)
					}
				}
			}
			if err != nil {
				readerDone <- err
				return
			}
			reads++
		}
	}()
	wg.Wait()
	close(stop)
	if err := <-readerDone; err != nil {
		t.Errorf("reader: %v", err)
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if c, err := first.Count(ctx, library.Filter{}); err != nil || c != n {
		t.Errorf("count %d, %v; want %d", c, err, n)
	}
	if err := first.Check(ctx); err != nil {
		t.Error(err)
	}
	want, err := library.CountAll(ctx, hideTotals{first})
	if err != nil {
		t.Fatal(err)
	}
	got, err := first.Totals(ctx)
	if err != nil || got != want {
		t.Errorf("Totals %+v, %v; through the Store interface %+v", got, err, want)
	}
	// Deleting every other article keeps the totals right.
	ids, _ := first.Stale(ctx, "")
	for i, id := range ids {
		if i%2 == 0 {
			if err := first.Delete(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := first.Check(ctx); err != nil {
		t.Errorf("after deletes: %v", err)
	}
}

// fictional is article i of a small invented world.
func fictional(i int) *library.Entry {
	firsts := []string{"Ottilie", "Brannagh", "Casimir", "Dörte", "Elouan", "Fenna", "Gaspard", "Hedda"}
	lasts := []string{"Quillon", "Marrais", "Tobruk-Vane", "Élissande", "Harrowgate", "Pellucci"}
	who := func(k int) string { return firsts[k%len(firsts)] + " " + lasts[(k/len(firsts))%len(lasts)] }
	a, b := who(i), who(i*5+3)
	body := fmt.Sprintf("Vellmoor council meets on the tram line (%d)\n\n"+
		"\"We will not wait another year,\" said %s, a councillor in Vellmoor.\n\n"+
		"\"The figures do not add up,\" %s told the Vellmoor Gazette, according to Northwind Wire.\n\n"+
		"\"Nothing is settled,\" %s added.\n", i, a, b, a)
	art, _ := article.FromText(fmt.Sprintf("fictional/%04d.txt", i), []byte(body))
	art.Outlet = "Vellmoor Gazette"
	art.Published = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
	return &library.Entry{Article: *art, Result: attrib.Extract(art.Body, attrib.Options{}), Extractor: attrib.Version}
}

// A server that accepts the connection and never says a word: opening the
// library fails within the connect timeout, in one line naming the host,
// instead of hanging.
func TestSilentServerTimesOut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var held []net.Conn
	var mu sync.Mutex
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c) // read nothing, answer nothing
			mu.Unlock()
		}
	}()
	defer func() {
		mu.Lock()
		for _, c := range held {
			c.Close()
		}
		mu.Unlock()
	}()
	defer postgres.SetTimeouts(500*time.Millisecond, time.Minute)()
	start := time.Now()
	_, err = postgres.Open(context.Background(), "postgres://nobody:pw@"+ln.Addr().String()+"/none", nil)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %v to give up on a silent server", took)
	}
	if err == nil || !strings.Contains(err.Error(), ln.Addr().String()) || !strings.Contains(err.Error(), "does not answer") ||
		strings.Contains(err.Error(), ":pw@") || strings.Contains(err.Error(), "\n") {
		t.Errorf("err = %v, want one line naming %s", err, ln.Addr())
	}
}

// Each statement is bounded on the server: one that runs past the limit
// fails with a line saying so, and the library stays usable.
func TestStatementTimeout(t *testing.T) {
	u := schemaURL(t)
	defer postgres.SetTimeouts(10*time.Second, 300*time.Millisecond)()
	s := open(t, u, nil)
	_, err := s.Pool().Exec(context.Background(), "SELECT pg_sleep(2)")
	if err == nil {
		t.Fatal("a 2 s statement ran under a 300 ms limit")
	}
	if err := s.Explain(err); !strings.Contains(err.Error(), "statement_timeout") {
		t.Errorf("err = %v", err)
	}
	if _, err := s.Count(context.Background(), library.Filter{}); err != nil {
		t.Errorf("after a timed-out statement: %v", err)
	}
}
