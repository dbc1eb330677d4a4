package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/spf13/cobra"
)

func newMigrateCmd(e *env) *cobra.Command {
	var to string
	var jobs int
	cmd := &cobra.Command{
		Use:   "migrate --to postgres://user@host/dbname",
		Short: "Copy the library into another one, e.g. a SQLite library into a shared PostgreSQL one",
		Long: "migrate copies every article of the library (--db, or the default one) with its\n" +
			"extraction into the library --to names, then counts articles, quotes, speakers\n" +
			"and sources on both sides and fails if they differ. Articles the target already\n" +
			"holds (same path and text) are skipped, so an interrupted migration is resumed\n" +
			"by running the same command again. The source is only read. Articles are copied\n" +
			"in the source's order, so lists come out in the same order; their ids may differ.",
		Example: "  dixit migrate --to postgres://dixit@db.newsroom/dixit\n" +
			"  dixit --db ~/old.db migrate --to 'postgres://ann@db/dixit?search_path=desk'",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if to == "" {
				return errors.New("--to: name the library to copy into, e.g. --to postgres://user@host/dbname")
			}
			if to == e.db {
				return errors.New("--to names the library being copied (--db): nothing to do")
			}
			if jobs < 1 {
				return fmt.Errorf("--jobs %d: want 1 or more", jobs)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			aliases, err := library.LoadAliases(e.aliases)
			if err != nil {
				return err
			}
			if !postgres.IsURL(e.db) {
				if _, err := os.Stat(e.db); err != nil {
					return fmt.Errorf("no library to migrate at %s: name it with --db", e.db)
				}
			}
			src, err := openLibrary(ctx, e.db, aliases)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := openLibrary(ctx, to, aliases)
			if err != nil {
				return err
			}
			defer dst.Close()
			return migrate(ctx, cmd.OutOrStdout(), cmd.ErrOrStderr(), src, dst, jobs, dbName(e.db), dbName(to))
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "library to copy into: postgres://user@host/dbname (or a SQLite file)")
	cmd.Flags().IntVar(&jobs, "jobs", 1, "articles copied at once: more is faster, but articles of the same date\nmay then list in another order than in the source")
	return cmd
}

type copied struct {
	status library.PutStatus
	dup    bool // the target holds its text under another path
	err    error
}

// migrate copies every article of src into dst, jobs at a time, then
// compares the totals.
func migrate(ctx context.Context, stdout, stderr io.Writer, src, dst library.Store, jobs int, srcName, dstName string) error {
	ids, err := src.Stale(ctx, "") // every article: none has the empty version
	if err != nil {
		return err
	}
	work := make(chan int64)
	results := make(chan copied)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range work {
				results <- copyOne(ctx, src, dst, id)
			}
		}()
	}
	go func() {
		defer close(work)
		for _, id := range ids {
			select {
			case work <- id:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	bar := newProgress(stderr, isTTY(os.Stderr))
	var sum ingest.Summary
	dups, done := 0, 0
	for r := range results {
		done++
		ev := ingest.Event{Done: done, Total: len(ids), Status: r.status, Err: r.err}
		if r.err != nil {
			if ctx.Err() != nil {
				continue // interrupted: the failures are the interruption
			}
			sum.Failed = append(sum.Failed, r.err)
			bar.clear()
			warn(stderr, r.err)
		} else {
			sum.Add(r.status)
			if r.dup {
				dups++
			}
		}
		bar.update(ev)
	}
	bar.clear()
	if ctx.Err() != nil {
		fmt.Fprintf(stdout, "interrupted: %d of %d articles copied or already there (%s)\n", sum.New+sum.Unchanged+sum.Updated, len(ids), sum)
		return errors.New("migration interrupted: run the same command again to resume")
	}
	fmt.Fprintf(stdout, "%s from %s into %s: %s\n", text.Plural(len(ids), "article", "articles"), srcName, dstName, sum)
	if dups > 0 {
		fmt.Fprintf(stdout, "%s the text of another article: the target holds that text once\n", text.Plural(dups, "article has", "articles have"))
	}
	fmt.Fprintln(stdout, "verifying…")
	st, err := library.CountAll(ctx, src)
	if err != nil {
		return err
	}
	dt, err := library.CountAll(ctx, dst)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%-8s %10s %10s %10s %10s\n", "", "articles", "quotes", "speakers", "sources")
	fmt.Fprintf(stdout, "%-8s %10d %10d %10d %10d\n", "source", st.Articles, st.Quotes, st.Speakers, st.Sources)
	fmt.Fprintf(stdout, "%-8s %10d %10d %10d %10d\n", "target", dt.Articles, dt.Quotes, dt.Speakers, dt.Sources)
	if len(sum.Failed) > 0 {
		return fmt.Errorf("%s to copy: run the same command again to retry them", text.Plural(len(sum.Failed), "article failed", "articles failed"))
	}
	if st != dt {
		return errors.New("the counts differ: the target holds other articles, or some were not copied (see above)")
	}
	fmt.Fprintln(stdout, "counts match")
	return nil
}

// copyOne copies article id; an article the target holds with the same path
// and text is left as it is (Put reports it unchanged).
func copyOne(ctx context.Context, src, dst library.Store, id int64) copied {
	e, err := src.Get(ctx, id)
	if err != nil {
		return copied{err: fmt.Errorf("reading article %d: %w", id, err)}
	}
	e.Force = false
	_, st, err := dst.Put(ctx, e)
	if err != nil {
		return copied{err: err}
	}
	r := copied{status: st}
	if st == library.Unchanged {
		if _, err := dst.Find(ctx, e.Article.Path); errors.Is(err, library.ErrNotFound) {
			r.dup = true
		}
	}
	return r
}
