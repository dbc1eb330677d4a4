// Command benchtrail times quote trails on a library (issue 16): how long
// opening it takes (the first open of a library stored before trails
// builds them), then the trail of quotes picked at random, as the trail
// view and dixit trail look it up. It prints one line a figure.
//
// The trails are looked up one after another on one open library, as a
// reader opens them, which keeps the words of the phrases it has read
// (library.PhraseWords); -fresh looks each up on a library opened for it,
// as one `dixit trail` does, and times the lookup alone.
//
//	go run ./scripts/benchtrail -db lib.db -n 200 [-fresh]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/dixit-news/dixit/internal/library/sqlite"
	"github.com/dixit-news/dixit/internal/trail"
)

func main() {
	db := flag.String("db", "", "the library: a SQLite file or a postgres:// URL")
	n := flag.Int("n", 200, "how many trails to look up")
	seed := flag.Uint64("seed", 1, "which quotes")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the lookups to this file")
	fresh := flag.Bool("fresh", false, "look each trail up on a library opened for it")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchtrail:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if err := run(*db, *n, *seed, *fresh); err != nil {
		fmt.Fprintln(os.Stderr, "benchtrail:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func open(ctx context.Context, db string) (library.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db, nil)
	}
	return sqlite.Open(ctx, db, nil)
}

func run(db string, n int, seed uint64, fresh bool) error {
	ctx := context.Background()
	t0 := time.Now()
	s, err := open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Printf("open: %s\n", time.Since(t0).Round(time.Millisecond))
	arts, err := s.List(ctx, library.Filter{Limit: 1})
	if err != nil || len(arts) == 0 {
		return errors.Join(err, errors.New("an empty library"))
	}
	maxID := arts[0].ID
	r := rand.New(rand.NewPCG(seed, seed+1))
	var times []time.Duration
	var totals, shown []int
	for len(times) < n {
		e, err := s.Get(ctx, 1+r.Int64N(maxID))
		if errors.Is(err, library.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if len(e.Result.Quotes) == 0 {
			continue
		}
		q := e.Result.Quotes[r.IntN(len(e.Result.Quotes))]
		if !trail.Indexable(trail.Words(q.Text)) {
			continue
		}
		on := s
		if fresh {
			if on, err = open(ctx, db); err != nil {
				return err
			}
		}
		t := time.Now()
		tr, err := library.FindTrail(ctx, on, q.Text, 0)
		took := time.Since(t)
		if fresh {
			on.Close()
		}
		if err != nil {
			return err
		}
		times = append(times, took)
		totals, shown = append(totals, tr.Total), append(shown, len(tr.Occurrences))
	}
	slices.Sort(times)
	slices.Sort(totals)
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	how := "one after another on one open library"
	if fresh {
		how = "each on a library opened for it"
	}
	fmt.Printf("trails (%s): %d, p50 %s, p95 %s, max %s\n", how, n, ms(times[n/2]), ms(times[n*95/100]), ms(times[n-1]))
	sum := 0
	for _, v := range shown {
		sum += v
	}
	fmt.Printf("occurrences: median %d, max %d in all; %.0f listed a trail on average (at most %d)\n",
		totals[n/2], totals[n-1], float64(sum)/float64(n), library.TrailLimit)
	return nil
}
