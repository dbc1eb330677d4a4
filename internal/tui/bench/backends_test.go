package bench

// Benchmarks of the library backends side by side, on the same generated
// library of 100,000 articles: ingest, the filters the reader runs as one
// types, the library-wide speaker list and the reader's first frame.
// $DIXIT_BENCH_DB picks the backend: unset (or "sqlite") for the SQLite
// file the other benchmarks use, a postgres:// URL for PostgreSQL, where
// the library is generated once into the schema dixit_bench_<version>_<n>
// and reused:
//
//	go test ./internal/tui/bench -run '^$' -bench Backend -benchtime 20x
//	DIXIT_BENCH_DB=postgres://dixit@127.0.0.1:5432/dixit go test ./internal/tui/bench -run '^$' -bench Backend -benchtime 20x

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/dixit-news/dixit/internal/library/postgres/postgrestest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
	"github.com/dixit-news/dixit/internal/tui"
)

// The target for the first frame on PostgreSQL.
const targetFirstFramePG = 300 * time.Millisecond

func benchDB() string {
	if db := os.Getenv("DIXIT_BENCH_DB"); db != "" && db != "sqlite" {
		return db
	}
	return ""
}

// backendName is how results name the backend.
func backendName() string {
	if benchDB() != "" {
		return "postgres"
	}
	return "sqlite"
}

var (
	pgOnce sync.Once
	pgURL  string
	pgErr  error
)

// benchLibrary returns how to open the 100k library on the chosen backend:
// the SQLite file, or a PostgreSQL schema generated on the first call.
func benchLibrary(tb testing.TB) string {
	tb.Helper()
	db := benchDB()
	if db == "" {
		return bigLibrary(tb)
	}
	pgOnce.Do(func() {
		n := benchSize()
		pgURL = postgrestest.WithSchema(tb, db, fmt.Sprintf("dixit_bench_%s_%d", genVersion, n))
		ctx := context.Background()
		s, err := postgres.Open(ctx, pgURL, nil)
		if err != nil {
			pgErr = err
			return
		}
		defer s.Close()
		have, err := s.Count(ctx, library.Filter{})
		if err != nil || have == n {
			pgErr = err
			return
		}
		// Put in four writers, as a newsroom's ingest jobs would; an
		// interrupted generation resumes (the Puts of stored articles
		// are unchanged).
		start := time.Now()
		pgErr = putAll(ctx, s, 0, n, 4)
		d := time.Since(start)
		fmt.Fprintf(os.Stderr, "generated %d articles into %s in %s (%.0f articles/s, 4 writers)\n", n, postgres.Redact(pgURL), d.Round(time.Millisecond), float64(n)/d.Seconds())
		if a, ok := any(s).(interface{ Analyze(context.Context) error }); ok && pgErr == nil {
			pgErr = a.Analyze(ctx)
		}
	})
	if pgErr != nil {
		tb.Fatalf("the PostgreSQL benchmark library: %v", pgErr)
	}
	return pgURL
}

// putAll puts generated articles [from, to) into s with the given number of
// writers. The articles are the generator's, in its order, so every backend
// and run stores the same library.
func putAll(ctx context.Context, s library.Store, from, to, writers int) error {
	g := newGen(1)
	added := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	work := make(chan *library.Entry, 64)
	errs := make(chan error, writers)
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range work {
				if _, _, err := s.Put(ctx, e); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var err error
	for i := range to {
		e := g.entry(i) // the generator is sequential: skip the first ones
		if i < from {
			continue
		}
		e.Added = added
		select {
		case work <- e:
		case err = <-errs:
		}
		if err != nil {
			break
		}
	}
	close(work)
	wg.Wait()
	close(errs)
	if err == nil {
		err = <-errs
	}
	return err
}

func openBackend(tb testing.TB, db string) library.Store {
	tb.Helper()
	var s library.Store
	var err error
	if postgres.IsURL(db) {
		s, err = postgres.Open(context.Background(), db, nil)
	} else {
		s, err = sqlite.Open(context.Background(), db, nil)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// BenchmarkBackendIngest puts generated articles into a new, empty library
// (articles/s): one writer, and four at once.
func BenchmarkBackendIngest(b *testing.B) {
	for _, writers := range []int{1, 4} {
		b.Run(fmt.Sprintf("%s/writers=%d", backendName(), writers), func(b *testing.B) {
			var db string
			if u := benchDB(); u != "" {
				schema := fmt.Sprintf("dixit_bench_ingest_%d", time.Now().UnixNano())
				db = postgrestest.WithSchema(b, u, schema)
				b.Cleanup(func() { postgrestest.Drop(b, u, schema) })
			} else {
				db = filepath.Join(b.TempDir(), "ingest.db")
			}
			s := openBackend(b, db)
			defer s.Close()
			n := max(b.N, 2000)
			b.ResetTimer()
			t0 := time.Now()
			if err := putAll(context.Background(), s, 0, n, writers); err != nil {
				b.Fatal(err)
			}
			d := time.Since(t0)
			b.StopTimer()
			b.ReportMetric(float64(n)/d.Seconds(), "articles/s")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// queries are what the reader runs for one state of the filter: the capped
// count, then the first page.
var queries = []struct {
	name string
	f    library.Filter
}{
	{"speaker", library.Filter{Speaker: "marta"}},
	{"speaker_rare", library.Filter{Speaker: "zelie oyelaran"}},
	{"text", library.Filter{Text: "tram line"}},
	{"text_prefix", library.Filter{Text: "harbo"}},
	{"source", library.Filter{Source: "northwind"}},
	{"lang_since", library.Filter{Lang: "fr", Since: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}},
	{"none", library.Filter{}},
}

// BenchmarkBackendQuery is one filter as the reader's list runs it: Count
// capped at 1,001, then List of the first 50 rows.
func BenchmarkBackendQuery(b *testing.B) {
	s := openBackend(b, benchLibrary(b))
	defer s.Close()
	ctx := context.Background()
	for _, q := range queries {
		b.Run(backendName()+"/"+q.name, func(b *testing.B) {
			var total int
			for range b.N {
				cf := q.f
				cf.Limit = 1001
				n, err := s.Count(ctx, cf)
				if err != nil {
					b.Fatal(err)
				}
				f := q.f
				f.Limit = 50
				if _, err := s.List(ctx, f); err != nil {
					b.Fatal(err)
				}
				total = n
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
	b.Run(backendName()+"/speakers_all", func(b *testing.B) {
		for range b.N {
			if st, err := s.Speakers(ctx, library.Filter{}); err != nil || len(st) == 0 {
				b.Fatal(len(st), err)
			}
		}
	})
	b.Run(backendName()+"/quotes_speaker", func(b *testing.B) {
		for range b.N {
			if qs, err := s.Quotes(ctx, library.Filter{Speaker: "marta", Limit: 500}); err != nil || len(qs) == 0 {
				b.Fatal(len(qs), err)
			}
		}
	})
}

// BenchmarkBackendFirstFrame is the reader's first frame as cmd/dixit
// gets to it: open the library, check it is not empty, build the reader
// and draw the list's first page.
func BenchmarkBackendFirstFrame(b *testing.B) {
	db := benchLibrary(b)
	b.Run(backendName(), func(b *testing.B) {
		var worst time.Duration
		for range b.N {
			t0 := time.Now()
			s := openBackend(b, db)
			if _, err := s.Count(context.Background(), library.Filter{Limit: 1}); err != nil {
				b.Fatal(err)
			}
			d := firstFrame(b, s, tui.Options{})
			dt := time.Since(t0)
			worst = max(worst, dt)
			b.StopTimer()
			d.close()
			s.Close()
			b.StartTimer()
		}
		b.ReportMetric(ms(worst), "max-ms")
		if benchDB() != "" && worst > targetFirstFramePG {
			b.Logf("slowest first frame %s: target ≤ %s MISSED", worst, targetFirstFramePG)
		}
	})
}
