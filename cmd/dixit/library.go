package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/dixit-news/dixit/articles"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/ingest"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/postgres"
	"github.com/dixit-news/dixit/internal/library/sqlite"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/spf13/cobra"
)

// env is what every library command shares: where the library lives.
type env struct {
	db        string
	aliases   string
	noSamples bool
	// samplesOnly is set on open when the library holds the bundled
	// samples, and nothing else (ingest.Samples keeps it so): listings
	// mark every row then.
	samplesOnly bool
	ingesting   bool             // the ingest command: no samples loaded first
	aliasSet    *library.Aliases // as loaded on open, shared with the store
}

func (e *env) flags(root *cobra.Command) {
	defDB, defAliases := library.DefaultPaths()
	if v := os.Getenv("DIXIT_DB"); v != "" {
		defDB = v
	}
	root.PersistentFlags().StringVar(&e.db, "db", defDB, "library: a SQLite file, or postgres://user@host/dbname for a shared one (also $DIXIT_DB)")
	root.PersistentFlags().StringVar(&e.aliases, "aliases", defAliases, "speaker aliases file (TOML)")
	root.PersistentFlags().BoolVar(&e.noSamples, "no-samples", false, "keep the bundled sample articles out of this library for good (an empty library otherwise receives them once)")
}

// withLibrary makes a command's RunE from a body that needs the library:
// it opens it, runs the body and closes it.
func (e *env) withLibrary(run func(cmd *cobra.Command, args []string, s library.Store) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		s, err := e.open(cmd.Context())
		if err != nil {
			return err
		}
		defer s.Close()
		return run(cmd, args, s)
	}
}

// open opens the library. An empty one first receives the bundled sample
// articles, once, so dixit has something to show on a fresh machine
// (ingest.Samples).
func (e *env) open(ctx context.Context) (library.Store, error) {
	s, err := e.openLibrary(ctx)
	if err != nil {
		return nil, err
	}
	if msg := e.refresh(ctx, s); msg != "" {
		fmt.Fprintln(os.Stderr, "dixit: "+msg)
	}
	return s, nil
}

// openLibrary is open without the upkeep (refresh) that a command does
// before it runs and the reader after its first frame.
func (e *env) openLibrary(ctx context.Context) (library.Store, error) {
	aliases, err := library.LoadAliases(e.aliases)
	if err != nil {
		return nil, err
	}
	s, err := openLibrary(ctx, e.db, aliases)
	if err != nil {
		return nil, err
	}
	e.aliasSet = aliases
	// An ingest stores the user's own articles, and they make the samples
	// go (ingest.Run): loading them first would be for nothing.
	if !e.readOnly(s) && (!e.ingesting || e.noSamples) {
		if _, err := ingest.Samples(ctx, s, articles.FS, e.noSamples); err != nil {
			s.Close()
			return nil, fmt.Errorf("library %s: %w", dbName(e.db), err)
		}
	}
	ids, err := library.SampleIDs(ctx, s)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("library %s: %w", dbName(e.db), err)
	}
	if len(ids) > 0 {
		// Are they alone? ingest.Samples sees to it, but not in a library
		// this user may only read.
		n, err := s.Count(ctx, library.Filter{Limit: len(ids) + 1})
		e.samplesOnly = err == nil && n <= len(ids)
	}
	return s, nil
}

// autoReindex is how many articles extracted by older rules are brought up
// to date silently on open; a larger library is told to run dixit reindex.
const autoReindex = 200

// refresh re-extracts a small library after the rules changed, so what the
// reader shows matches what extract prints. It returns what to tell the
// user, if anything. Finding the stale articles reads an index, however
// large the library.
func (e *env) refresh(ctx context.Context, s library.Store) string {
	if e.readOnly(s) {
		return ""
	}
	stale, err := s.Stale(ctx, attrib.Version)
	switch {
	case err != nil || len(stale) == 0:
		return ""
	case len(stale) <= autoReindex:
		ingest.Reindex(ctx, s, stale, nil)
		return ""
	default:
		return fmt.Sprintf("%s extracted by older rules; run dixit reindex", text.Plural(len(stale), "article was", "articles were"))
	}
}

// readOnly reports a store that refuses writes (a read-only library file).
func (e *env) readOnly(s library.Store) bool {
	ro, ok := s.(interface{ ReadOnly() bool })
	return ok && ro.ReadOnly()
}

// openLibrary opens the library db names: a postgres:// (or
// postgresql://) URL is a shared library on PostgreSQL, anything else a
// SQLite file.
func openLibrary(ctx context.Context, db string, aliases *library.Aliases) (library.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db, aliases)
	}
	return sqlite.Open(ctx, db, aliases)
}

// dbName is db for messages: a URL without its password, a path on one
// line of text.
func dbName(db string) string {
	if postgres.IsURL(db) {
		return postgres.Redact(db)
	}
	return text.Line(db)
}

// filters are the flags of every command that lists.
type filters struct {
	speaker, source, lang, outlet, since, until, search string
	limit                                               int
	json                                                bool
}

func (f *filters) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.speaker, "speaker", "", "only this speaker (partial name, any case or accents)")
	fl.StringVar(&f.source, "source", "", "only articles citing this source (e.g. wsj, afp)")
	fl.StringVar(&f.lang, "lang", "", "only this language: fr or en")
	fl.StringVar(&f.outlet, "outlet", "", "only this outlet (partial name)")
	fl.StringVar(&f.since, "since", "", "only articles published since a date (2026-01-31) or age (7d, 48h); undated ones are left out")
	fl.StringVar(&f.until, "until", "", "only articles published up to a date (2026-01-31, that day included) or age; undated ones are left out")
	fl.StringVar(&f.search, "search", "", "full-text search in titles, bodies and quotes")
	fl.IntVar(&f.limit, "limit", 0, "at most this many rows (0: all)")
	fl.BoolVar(&f.json, "json", false, "print JSON for scripts")
}

func (f *filters) filter() (library.Filter, error) {
	out := library.Filter{Speaker: f.speaker, Source: f.source, Lang: f.lang, Outlet: f.outlet, Text: f.search, Limit: f.limit}
	if f.lang != "" && f.lang != "fr" && f.lang != "en" {
		return out, fmt.Errorf("--lang %q: want fr or en", f.lang)
	}
	if f.since != "" {
		t, err := parseSince(f.since, time.Now())
		if err != nil {
			return out, err
		}
		out.Since = t
	}
	if f.until != "" {
		t, err := parseSince(f.until, time.Now())
		if err != nil {
			return out, fmt.Errorf("--until%s", strings.TrimPrefix(err.Error(), "--since"))
		}
		if _, err := time.Parse("2006-01-02", f.until); err == nil {
			t = t.AddDate(0, 0, 1) // the day named is included
		}
		out.Until = t
	}
	return out, nil
}

// parseSince reads a date (2026-01-31) or an age (7d, 12h, 2w).
func parseSince(s string, now time.Time) (time.Time, error) {
	if t, ok := library.ParseWhen(s, now); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("--since %q: want a date like 2026-01-31 or an age like 7d, 2w, 48h", s)
}

func isTTYFile(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// isTTY reports whether f is a terminal, for styled output.
func isTTY(f *os.File) bool {
	return term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

func termWidth() int {
	if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
		return w
	}
	return 0
}

func joinMax(list []string, n int) string {
	if len(list) > n {
		return strings.Join(list[:n], ", ") + fmt.Sprintf(" +%d", len(list)-n)
	}
	return strings.Join(list, ", ")
}
