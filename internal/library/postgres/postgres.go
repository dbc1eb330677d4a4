// Package postgres is the library backend on a PostgreSQL server (driver
// github.com/jackc/pgx/v5, a pgxpool pool), for a library that several
// people and machines share: ingesters on several machines write to it at
// once, readers read while a re-extraction runs.
//
// It keeps the behaviour of the SQLite backend (librarytest.Run checks
// both). What concurrency adds:
//
//   - An article's path and its content hash are unique: Put inserts with
//     INSERT … ON CONFLICT DO NOTHING and, when another ingester won the
//     race, finds its article and reports it Unchanged.
//   - Speakers are upserted by key. Their totals (quotes, articles) are kept
//     with each speaker, so the library-wide speaker list is read, not
//     aggregated; a Put locks the rows of the speakers it touches in one
//     order (by key) before changing their totals, so concurrent Puts
//     neither lose an increment nor deadlock.
//   - Transactions that still fail on a deadlock, a serialization failure
//     or a lost unique race are retried.
//
// The library lives in the connection's current schema: add
// ?search_path=NAME to the URL to keep several libraries in one database
// (the schema is created if missing).
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Store is a library in a PostgreSQL schema.
type Store struct {
	pool    *pgxpool.Pool
	name    string // the URL without its password, for messages
	aliases *library.Aliases
	fold    string // foldUnaccent or foldGo
}

var (
	_ library.Store   = (*Store)(nil)
	_ library.Totaler = (*Store)(nil)
)

// IsURL reports whether db names a PostgreSQL library rather than a file.
func IsURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Redact returns the URL without its password, for messages.
func Redact(db string) string {
	u, err := url.Parse(db)
	if err != nil {
		return "postgres://…"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// connectTimeout bounds connecting, handshake and login included;
// statementTimeout bounds each statement on the server. The longest
// statements are a migration's or a big re-extraction's, within minutes.
var (
	connectTimeout   = 10 * time.Second
	statementTimeout = 10 * time.Minute
)

// tracer hears of every statement of the libraries opened while it is set:
// the query-plan test explains each.
var tracer pgx.QueryTracer

// Options tune Open.
type Options struct {
	// MaxConns bounds the pool; zero keeps pgxpool's default (4, or the
	// number of CPUs if more).
	MaxConns int32
}

// Open connects to the library at url (postgres://user@host/db), creating
// its tables or bringing them up to date. Speakers named in aliases are
// merged.
func Open(ctx context.Context, url string, aliases *library.Aliases) (*Store, error) {
	return OpenWith(ctx, url, aliases, Options{})
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, url string, aliases *library.Aliases, opt Options) (*Store, error) {
	s := &Store{name: Redact(url), aliases: aliases}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("library %s: %v", s.name, firstLine(err.Error()))
	}
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}
	if tracer != nil {
		cfg.ConnConfig.Tracer = tracer
	}
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "dixit"
	}
	// A server that accepts the connection and never answers would hang
	// every command: connecting, and each statement, is bounded unless the
	// URL says otherwise (connect_timeout=…, options=-c statement_timeout=…).
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	if cfg.ConnConfig.RuntimeParams["statement_timeout"] == "" && !strings.Contains(cfg.ConnConfig.RuntimeParams["options"], "statement_timeout") {
		cfg.ConnConfig.RuntimeParams["statement_timeout"] = strconv.FormatInt(statementTimeout.Milliseconds(), 10)
	}
	s.pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, s.explain(err)
	}
	if err := s.setup(ctx, cfg.ConnConfig.RuntimeParams["search_path"]); err != nil {
		s.pool.Close()
		return nil, s.explain(err)
	}
	return s, nil
}

func (s *Store) setup(ctx context.Context, searchPath string) error {
	var schema *string
	if err := s.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return err
	}
	if schema == nil {
		// search_path names a schema that does not exist yet: create it.
		first, _, _ := strings.Cut(searchPath, ",")
		first = strings.Trim(strings.TrimSpace(first), `"`)
		if first == "" {
			return errors.New("no schema to create the library in: set search_path, or grant CREATE on schema public")
		}
		// Ingesters starting together would race: CREATE SCHEMA IF NOT
		// EXISTS is not safe against a concurrent creation, so it runs
		// under the advisory lock the migrations take.
		tx, err := s.pool.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(74841, 1)`); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{first}.Sanitize()); err != nil {
			return err
		}
		if err := tx.Commit(ctx); err != nil {
			return err
		}
	}
	if err := migrate(ctx, s.pool, s.pool.Begin); err != nil {
		return err
	}
	if err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'fold'`).Scan(&s.fold); err != nil {
		return fmt.Errorf("reading the search configuration: %w", err)
	}
	if slices.ContainsFunc(steps, func(st step) bool { return st.desc == gendersStep }) {
		// (Tests of older schemas run without the step.)
		if err := s.tellGenders(ctx); err != nil {
			return err
		}
	}
	return s.mergeAliases(ctx)
}

// explain turns the server's errors into one line that says what is wrong
// and what to do.
func (s *Store) explain(err error) error {
	// Before the deadline below: a connection timed out is a ConnectError
	// wrapping one, and the message must name the host.
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		cause := errors.Unwrap(ce)
		if errors.Is(cause, context.DeadlineExceeded) {
			return fmt.Errorf("library %s does not answer (no reply within %s): are the host, port and database right?", s.name, ce.Config.ConnectTimeout)
		}
		return fmt.Errorf("library %s cannot be reached (%s): is PostgreSQL running, and the host, port and database right?", s.name, firstLine(cause.Error()))
	}
	if err == nil || errors.Is(err, library.ErrNotFound) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "3D000":
			return fmt.Errorf("library %s: %s: create it (createdb) or fix the URL", s.name, pe.Message)
		case pe.Code == "28P01" || pe.Code == "28000":
			return fmt.Errorf("library %s: %s: check the user and password (or ~/.pgpass)", s.name, pe.Message)
		case pe.Code == "42501":
			return fmt.Errorf("library %s: %s: the role lacks a privilege (see docs/shared-library.md, roles)", s.name, pe.Message)
		case pe.Code == "57014" && strings.Contains(pe.Message, "statement timeout"):
			return fmt.Errorf("library %s: a statement ran past its time limit (statement_timeout, %s unless the URL sets it)", s.name, statementTimeout)
		case pe.Code == "25006":
			return fmt.Errorf("library %s is read-only here (a replica, or a read-only role): write through the primary", s.name)
		case strings.Contains(pe.Message, "newer than this dixit"):
			return fmt.Errorf("library %s: %s", s.name, pe.Message)
		}
		return fmt.Errorf("library %s: %s (SQLSTATE %s)", s.name, pe.Message, pe.Code)
	}
	return fmt.Errorf("library %s: %w", s.name, err)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Name is the library's URL without its password.
func (s *Store) Name() string { return s.name }

// tx runs fn in a transaction, again when it failed on a deadlock, a
// serialization failure or a unique violation lost to another writer: fn
// must start from scratch each time.
func (s *Store) tx(ctx context.Context, fn func(pgx.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := pgx.BeginFunc(ctx, s.pool, fn)
		if err == nil {
			return nil
		}
		if attempt >= 10 || !retryable(err) || ctx.Err() != nil {
			return s.explain(err)
		}
		time.Sleep(time.Duration(1+rand.IntN(5<<min(attempt, 5))) * time.Millisecond)
	}
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "23505":
			return true
		}
	}
	return false
}

// Get loads an article with its extraction, from one snapshot.
func (s *Store) Get(ctx context.Context, id int64) (*library.Entry, error) {
	e := &library.Entry{}
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		return s.get(ctx, tx, id, e)
	})
	if err != nil {
		return nil, s.explain(err)
	}
	return e, nil
}

func (s *Store) get(ctx context.Context, tx pgx.Tx, id int64, e *library.Entry) error {
	a := &e.Article
	b := &pgx.Batch{}
	var published *time.Time
	var added time.Time
	b.Queue(`SELECT id, path, url, title, outlet, author, published, lang, body, hash, extractor, added FROM articles WHERE id = $1`, id).
		QueryRow(func(row pgx.Row) error {
			err := row.Scan(&a.ID, &a.Path, &a.URL, &a.Title, &a.Outlet, &a.Author, &published, &a.Lang, &a.Body, &a.Hash, &e.Extractor, &added)
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("article %d: %w", id, library.ErrNotFound)
			}
			return err
		})
	e.Result.Quotes = []attrib.Quote{}
	e.Result.Speakers = []attrib.Speaker{}
	e.Result.Sources = []attrib.Source{}
	b.Queue(`SELECT text, start_pos, end_pos, speaker, mention, description, cue, kind, via, rule, resolved FROM quotes WHERE article_id = $1 ORDER BY seq`, id).
		Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var q attrib.Quote
				var kind string
				if err := rows.Scan(&q.Text, &q.Start, &q.End, &q.Speaker, &q.Mention, &q.Description, &q.Cue, &kind, &q.Via, &q.Rule, &q.Resolved); err != nil {
					return err
				}
				q.Kind = attrib.Kind(kind)
				e.Result.Quotes = append(e.Result.Quotes, q)
			}
			return rows.Err()
		})
	b.Queue(`SELECT name, mentions, description, quotes FROM article_speakers WHERE article_id = $1 ORDER BY seq`, id).
		Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var sp attrib.Speaker
				var mentions string
				if err := rows.Scan(&sp.Name, &mentions, &sp.Description, &sp.Quotes); err != nil {
					return err
				}
				_ = json.Unmarshal([]byte(mentions), &sp.Mentions)
				e.Result.Speakers = append(e.Result.Speakers, sp)
			}
			return rows.Err()
		})
	b.Queue(`SELECT name, mention, start_pos, end_pos, rule, mentions FROM sources WHERE article_id = $1 ORDER BY seq`, id).
		Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var src attrib.Source
				var mentions string
				if err := rows.Scan(&src.Name, &src.Mention, &src.Start, &src.End, &src.Rule, &mentions); err != nil {
					return err
				}
				library.ReadSourceMentions(&src, mentions)
				e.Result.Sources = append(e.Result.Sources, src)
			}
			return rows.Err()
		})
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	if published != nil {
		a.Published = published.UTC()
	}
	e.Added = added.UTC()
	e.Result.Lang = a.Lang
	return nil
}

// Find returns the id stored under path (or with that URL).
func (s *Store) Find(ctx context.Context, path string) (int64, error) {
	var id *int64
	err := s.pool.QueryRow(ctx, `SELECT min(id) FROM articles WHERE path = $1 OR url = $1`, path).Scan(&id)
	if err != nil {
		return 0, s.explain(err)
	}
	if id == nil {
		return 0, fmt.Errorf("%s: %w", path, library.ErrNotFound)
	}
	return *id, nil
}

// Delete removes an article and everything extracted from it, and the
// speakers nothing else quotes.
func (s *Store) Delete(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx pgx.Tx) error {
		var found int64
		err := tx.QueryRow(ctx, `SELECT id FROM articles WHERE id = $1 FOR UPDATE`, id).Scan(&found)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("article %d: %w", id, library.ErrNotFound)
		}
		if err != nil {
			return err
		}
		old, err := s.articleTallies(ctx, tx, id)
		if err != nil {
			return err
		}
		// The speakers of its quotes too, which may be orphaned.
		rows, err := tx.Query(ctx, `SELECT DISTINCT sp.key, sp.name FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE q.article_id = $1`, id)
		if err != nil {
			return err
		}
		names := map[string]string{}
		for rows.Next() {
			var k, n string
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return err
			}
			names[k] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for k, t := range old {
			names[k] = t.name
		}
		ids, err := s.lockSpeakers(ctx, tx, names)
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		for k, t := range old {
			b.Queue(`UPDATE speakers SET quotes = quotes - $1, articles = articles - 1 WHERE id = $2`, t.quotes, ids[k])
		}
		var all []int64
		for _, v := range ids {
			all = append(all, v)
		}
		b.Queue(`DELETE FROM articles WHERE id = $1`, id)
		b.Queue(describeSQL, all)
		b.Queue(`DELETE FROM speakers sp WHERE sp.id = ANY($1)
			AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = sp.id)
			AND NOT EXISTS (SELECT 1 FROM article_speakers ax WHERE ax.speaker_id = sp.id)`, all)
		return tx.SendBatch(ctx, b).Close()
	})
}

// Stale lists articles extracted by another extractor version.
func (s *Store) Stale(ctx context.Context, version string) ([]int64, error) {
	// Two ranges of articles_extractor: "<>" would read the whole table,
	// and an ORDER BY sort it, on every open.
	rows, err := s.pool.Query(ctx, `SELECT id FROM articles WHERE extractor < $1
		UNION ALL SELECT id FROM articles WHERE extractor > $1`, version)
	if err != nil {
		return nil, s.explain(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if ids == nil {
		ids = []int64{}
	}
	slices.Sort(ids)
	return ids, s.explain(err)
}

// Totals counts the library's rows, as library.CountAll defines them.
func (s *Store) Totals(ctx context.Context) (library.Totals, error) {
	var t library.Totals
	err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM speakers WHERE quotes > 0), (SELECT count(DISTINCT key) FROM sources)`).
		Scan(&t.Articles, &t.Quotes, &t.Speakers, &t.Sources)
	return t, s.explain(err)
}

// Check verifies what the schema cannot declare: every speaker's totals
// equal the sums over its articles, every named quote points at its
// speaker, every article's direct-quote count is right. It returns one
// error listing what is wrong.
func (s *Store) Check(ctx context.Context) error {
	checks := []struct{ what, sql string }{
		{"speakers whose totals differ from their articles'", `SELECT count(*) FROM speakers sp
			LEFT JOIN (SELECT speaker_id, sum(quotes) AS q, count(DISTINCT article_id) AS n FROM article_speakers GROUP BY speaker_id) t ON t.speaker_id = sp.id
			WHERE sp.quotes <> COALESCE(t.q, 0) OR sp.articles <> COALESCE(t.n, 0)`},
		{"quotes of a named speaker without a speaker row", `SELECT count(*) FROM quotes WHERE speaker <> '' AND speaker_id IS NULL`},
		{"quotes whose article is missing", `SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id)`},
		{"articles whose direct-quote count is wrong", `SELECT count(*) FROM articles a
			WHERE a.direct_quotes <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.kind = 'direct')`},
		{"articles whose reported-speech count is wrong", `SELECT count(*) FROM articles a
			WHERE a.reported_quotes <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.kind <> 'direct')`},
	}
	var bad []string
	for _, c := range checks {
		var n int
		if err := s.pool.QueryRow(ctx, c.sql).Scan(&n); err != nil {
			return s.explain(err)
		}
		if n > 0 {
			bad = append(bad, fmt.Sprintf("%d %s", n, c.what))
		}
	}
	if len(bad) > 0 {
		return errors.New("library inconsistent: " + strings.Join(bad, "; "))
	}
	return nil
}

// mergeAliases points the rows of a speaker stored under an alias at the
// canonical speaker, and recomputes the canonical speaker's totals, so that
// editing aliases.toml takes effect at once. A library opened read-only
// (a replica, a read-only role) is left as it is.
func (s *Store) mergeAliases(ctx context.Context) error {
	pairs := s.aliases.Pairs()
	if len(pairs) == 0 {
		return nil
	}
	var readOnly string
	if err := s.pool.QueryRow(ctx, `SELECT current_setting('transaction_read_only')`).Scan(&readOnly); err != nil || readOnly == "on" {
		return err
	}
	aliases := make([]string, 0, len(pairs))
	for k := range pairs {
		aliases = append(aliases, k)
	}
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM speakers WHERE key = ANY($1)`, aliases).Scan(&n); err != nil || n == 0 {
		return err
	}
	return s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(74841, 2)`); err != nil {
			return err
		}
		sort.Strings(aliases)
		for _, alias := range aliases {
			canonKey := pairs[alias]
			var from int64
			err := tx.QueryRow(ctx, `SELECT id FROM speakers WHERE key = $1 FOR UPDATE`, alias).Scan(&from)
			if errors.Is(err, pgx.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			var to int64
			name := s.aliases.Canonical(alias)
			if err := tx.QueryRow(ctx, `INSERT INTO speakers (key, name, gender) VALUES ($1, $2, $3)
				ON CONFLICT (key) DO UPDATE SET name = speakers.name RETURNING id`, canonKey, name, attrib.GivenNameGender(name)).Scan(&to); err != nil {
				return err
			}
			b := &pgx.Batch{}
			b.Queue(`UPDATE quotes SET speaker_id = $1 WHERE speaker_id = $2`, to, from)
			b.Queue(`UPDATE article_speakers SET speaker_id = $1 WHERE speaker_id = $2`, to, from)
			b.Queue(`DELETE FROM speakers WHERE id = $1`, from)
			b.Queue(`UPDATE speakers SET
				quotes = COALESCE((SELECT sum(quotes) FROM article_speakers WHERE speaker_id = $1), 0),
				articles = (SELECT count(DISTINCT article_id) FROM article_speakers WHERE speaker_id = $1)
				WHERE id = $1`, to)
			b.Queue(describeSQL, []int64{to})
			if err := tx.SendBatch(ctx, b).Close(); err != nil {
				return err
			}
		}
		return nil
	})
}

// Analyze refreshes the planner's statistics of the library's tables, as
// autovacuum would in a while: after a bulk load (a migration, a benchmark
// library) the first queries are planned on up-to-date figures.
func (s *Store) Analyze(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, `ANALYZE articles, speakers, quotes, article_speakers, sources`)
	return s.explain(err)
}
