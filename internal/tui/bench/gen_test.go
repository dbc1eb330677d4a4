package bench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/benchgen"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// genVersion names the generator: change it whenever the generated
// articles change, so that stale libraries in os.TempDir() are not reused.
const genVersion = "v2"

// benchSize is the number of articles of the benchmark library:
// $DIXIT_BENCH_ARTICLES, default 100,000.
func benchSize() int {
	if n, err := strconv.Atoi(os.Getenv("DIXIT_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

var (
	libOnce sync.Once
	libPath string
	libErr  error
)

// bigLibrary returns the path of the benchmark library: $DIXIT_BENCH_LIBRARY,
// else one generated on the first call of the first run (a minute or two
// for 100k).
func bigLibrary(tb testing.TB) string {
	tb.Helper()
	libOnce.Do(func() {
		// A library made elsewhere (scripts/bench-library.sh ingests one
		// with the real engine) is measured as it is.
		if libPath = os.Getenv("DIXIT_BENCH_LIBRARY"); libPath != "" {
			_, libErr = os.Stat(libPath)
			return
		}
		n := benchSize()
		libPath = filepath.Join(os.TempDir(), fmt.Sprintf("dixit-tui-bench-%s-%d.db", genVersion, n))
		if _, err := os.Stat(libPath); err == nil {
			return
		}
		tmp := libPath + ".partial"
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		start := time.Now()
		if libErr = generate(context.Background(), tmp, n, nil); libErr != nil {
			return
		}
		libErr = os.Rename(tmp, libPath)
		d := time.Since(start)
		fmt.Fprintf(os.Stderr, "generated %d articles into %s in %s (%.0f articles/s)\n", n, libPath, d.Round(time.Millisecond), float64(n)/d.Seconds())
	})
	if libErr != nil {
		tb.Fatalf("generating the benchmark library: %v", libErr)
	}
	return libPath
}

// openStore opens the library at path as cmd/dixit does (no aliases file).
func openStore(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// generate writes n articles into a new library at path through the public
// Store API, a thousand to a transaction. progress, if not nil, is told the
// count every 10,000 articles.
func generate(ctx context.Context, path string, n int, progress func(int)) error {
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		return err
	}
	g := newGen(1)
	added := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var batch []*library.Entry
	for i := range n {
		e := g.entry(i)
		e.Added = added
		batch = append(batch, e)
		if len(batch) == 1000 || i == n-1 {
			if _, err := s.PutAll(ctx, batch); err != nil {
				s.Close()
				return err
			}
			batch = batch[:0]
		}
		if progress != nil && (i+1)%10_000 == 0 {
			progress(i + 1)
		}
	}
	return s.Close()
}

// gen builds the benchmark's entries from benchgen's articles, with the
// extraction the generator knows it wrote: the benchmarks measure the
// reader, not the engine.
type gen struct{ g *benchgen.Gen }

func newGen(seed uint64) *gen { return &gen{benchgen.New(seed)} }

// entry makes article i; articles must be asked for in order.
func (g *gen) entry(i int) *library.Entry {
	d := g.g.Doc(i)
	path := "bench/" + d.Name
	// The hash covers the path too, so that two articles that happen to
	// have the same text stay two articles.
	h := sha256.Sum256([]byte(path + "\x00" + d.Body))
	return &library.Entry{
		Article: article.Article{
			Path: path, Title: d.Title, Outlet: d.Outlet, Lang: d.Lang, Body: d.Body,
			Hash: hex.EncodeToString(h[:]), Published: d.Published, URL: d.URL,
		},
		Result:    attrib.Result{Lang: d.Lang, Quotes: d.Quotes, Speakers: d.Speakers, Sources: d.Sources},
		Extractor: attrib.Version,
	}
}

// TestGenerate checks the generator: spans point at their text, and a small
// library stores and lists.
func TestGenerate(t *testing.T) {
	g := newGen(1)
	for i := range 500 {
		e := g.entry(i)
		if len(e.Result.Quotes) < 5 || len(e.Article.Body) < 2800 {
			t.Fatalf("article %d has %d quotes", i, len(e.Result.Quotes))
		}
		for _, q := range e.Result.Quotes {
			if e.Article.Body[q.Start:q.End] != q.Text || q.Text == "" {
				t.Fatalf("article %d: quote span %d:%d is %q, want %q", i, q.Start, q.End, e.Article.Body[q.Start:q.End], q.Text)
			}
		}
		for _, s := range e.Result.Sources {
			if e.Article.Body[s.Start:s.End] != s.Mention {
				t.Fatalf("article %d: source span %d:%d is %q, want %q", i, s.Start, s.End, e.Article.Body[s.Start:s.End], s.Mention)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "lib.db")
	if err := generate(context.Background(), path, 300, nil); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, path)
	if n, err := s.Count(context.Background(), library.Filter{}); err != nil || n != 300 {
		t.Fatalf("count = %d, %v; want 300", n, err)
	}
}
