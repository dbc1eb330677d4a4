// Package sqlite is the library backend on an embedded SQLite database
// (modernc.org/sqlite: pure Go, no cgo), in WAL mode with a busy timeout and
// foreign keys.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a library in one SQLite file.
type Store struct {
	db       *sql.DB
	path     string
	aliases  *library.Aliases
	readOnly bool
	prefixes prefixCache
	names    nameCache
	words    library.PhraseWords // for trails
}

var _ library.Store = (*Store)(nil)

// Options tune Open.
type Options struct {
	// BusyTimeout is how long a writer waits for another to finish;
	// zero means 10 seconds.
	BusyTimeout time.Duration
}

// Open opens (creating if needed) the library at path and brings its schema
// up to date. Speakers named in aliases are merged.
func Open(ctx context.Context, path string, aliases *library.Aliases) (*Store, error) {
	return OpenWith(ctx, path, aliases, Options{})
}

// OpenWith is Open with options. A library file this user cannot write
// opens read-only: listing works, writing reports the file as read-only.
func OpenWith(ctx context.Context, path string, aliases *library.Aliases, opt Options) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("library %s: %w", path, err)
		}
	}
	busy := opt.BusyTimeout
	if busy <= 0 {
		busy = 10 * time.Second
	}
	// A library this user cannot write (another owner's, on a read-only
	// mount), or marked read-only by its mode even for root, is opened for
	// reading.
	readOnly := false
	if st, err := os.Stat(path); err == nil && (st.Mode().Perm()&0o222 == 0 || !writable(path)) {
		readOnly = true
	}
	// IMMEDIATE transactions take the write lock up front, so concurrent
	// writers wait on the busy timeout instead of failing mid-transaction.
	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_txlock=immediate", fileURI(path), busy.Milliseconds())
	if readOnly {
		dsn += "&mode=ro"
		// Reading a WAL library takes its -shm file; where it cannot be
		// made (a folder this user cannot write), nobody can be writing
		// the library here either, so it is read as it stands.
		if _, err := os.Stat(path + "-shm"); err != nil && !writable(filepath.Dir(path)) {
			dsn += "&immutable=1"
		}
	} else {
		dsn += "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, explain(path, err)
	}
	s := &Store{db: db, path: path, aliases: aliases, readOnly: readOnly}
	if err := migrate(ctx, db, readOnly); err != nil {
		db.Close()
		return nil, explain(path, err)
	}
	if !readOnly {
		if err := s.tellGenders(ctx); err != nil {
			db.Close()
			return nil, explain(path, err)
		}
		if err := s.upkeepTrail(ctx); err != nil {
			db.Close()
			return nil, explain(path, err)
		}
		if err := s.mergeAliases(ctx); err != nil {
			db.Close()
			return nil, explain(path, err)
		}
	}
	return s, nil
}

// uriEscaper quotes what SQLite reads as URI syntax in a "file:" name: "?"
// starts the parameters, "#" a fragment, and "%" an escape, so that
// "team#a.db" would open "team" and "100%41.db" would open "100A.db".
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// fileURI is the "file:" URI of the library at path. The path is made
// absolute first: "file://x" would name a host.
func fileURI(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return "file:" + uriEscaper.Replace(path)
}

// explain turns SQLite's errors about the library file into one line that
// says what is wrong and what to do.
func explain(path string, err error) error {
	if errors.Is(err, library.ErrNotFound) || errors.Is(err, context.Canceled) {
		return err
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "newer than this dixit"):
		return fmt.Errorf("library %s: %s", path, msg)
	case strings.Contains(msg, "file is not a database") || strings.Contains(msg, "malformed") || strings.Contains(msg, "SQLITE_CORRUPT") || strings.Contains(msg, "SQLITE_NOTADB"):
		return fmt.Errorf("library %s is damaged (%s): move it aside to start a new library, or restore a copy", path, firstLine(msg))
	case strings.Contains(msg, "database is locked") || strings.Contains(msg, "SQLITE_BUSY"):
		return fmt.Errorf("library %s is busy: another dixit is writing to it; try again when it has finished", path)
	case strings.Contains(msg, "readonly") || strings.Contains(msg, "read-only") || strings.Contains(msg, "SQLITE_READONLY"):
		return fmt.Errorf("library %s is read-only: make the file writable, or use --db for another library", path)
	case strings.Contains(msg, "unable to open") || strings.Contains(msg, "SQLITE_CANTOPEN"):
		return fmt.Errorf("library %s cannot be opened: check that its folder exists and is writable", path)
	}
	return fmt.Errorf("library %s: %w", path, err)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// ReadOnly reports a library opened read-only: its file has no write
// permission.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Path is the database file.
func (s *Store) Path() string { return s.path }

func (s *Store) tx(ctx context.Context, fn func(*txc) error) error {
	return s.txOn(ctx, s.db, fn)
}

// bulkCacheKB is the page cache of a connection writing a batch of
// articles: SQLite's default (2 MB) is smaller than what one batch dirties,
// and spilling it mid-transaction wrote pages to the WAL more than once
// and read them back. bulkCheckpoint is how many WAL pages it lets
// accumulate before copying them into the library (1,000 by default):
// every batch rewrites the same index pages, copied once per checkpoint.
const (
	bulkCacheKB    = 64 << 10
	bulkCheckpoint = 16 << 10
)

// bulkTx runs fn in a transaction on a connection set for a batch of
// articles; the connection goes back to the pool as it was, so that
// readers sharing the pool stay small.
func (s *Store) bulkTx(ctx context.Context, fn func(*txc) error) error {
	if s.readOnly {
		return explain(s.path, errors.New("readonly"))
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return explain(s.path, err)
	}
	defer conn.Close()
	var cache, ckpt int
	if err := conn.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
		return explain(s.path, err)
	}
	if err := conn.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&ckpt); err != nil {
		return explain(s.path, err)
	}
	// temp_store: the statement journal of a multi-row insert in memory,
	// not in a temporary file written at every row.
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = %d`,
		bulkCacheKB, bulkCheckpoint)); err != nil {
		return explain(s.path, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA cache_size = %d; PRAGMA temp_store = DEFAULT; PRAGMA wal_autocheckpoint = %d`, cache, ckpt))
	return s.txOn(ctx, conn, fn)
}

type beginner interface {
	BeginTx(context.Context, *sql.TxOptions) (*sql.Tx, error)
}

func (s *Store) txOn(ctx context.Context, db beginner, fn func(*txc) error) error {
	if s.readOnly {
		return explain(s.path, errors.New("readonly"))
	}
	sqlTx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return explain(s.path, err)
	}
	tx := &txc{Tx: sqlTx}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return explain(s.path, err)
	}
	if err := tx.finish(ctx); err != nil {
		tx.Rollback()
		return explain(s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return explain(s.path, err)
	}
	return nil
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

// Get loads an article with its extraction.
func (s *Store) Get(ctx context.Context, id int64) (*library.Entry, error) {
	e := &library.Entry{}
	a := &e.Article
	var published, added int64
	err := s.db.QueryRowContext(ctx, `SELECT id, path, url, title, outlet, author, published, lang, body, hash, extractor, added
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.Path, &a.URL, &a.Title, &a.Outlet, &a.Author, &published, &a.Lang, bodyColumn{&a.Body}, &a.Hash, &e.Extractor, &added)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, library.ErrNotFound)
	}
	if bad := (badBody{}); errors.As(err, &bad) {
		return nil, fmt.Errorf("article %d in library %s: its stored text is damaged (%v): remove it (dixit rm %d) and ingest it again", id, s.path, bad.err, id)
	}
	if err != nil {
		return nil, explain(s.path, err)
	}
	a.Published, e.Added = fromUnix(published), fromUnix(added)
	e.Result.Lang = a.Lang
	e.Result.Quotes = []attrib.Quote{}
	e.Result.Speakers = []attrib.Speaker{}
	e.Result.Sources = []attrib.Source{}
	rows, err := s.db.QueryContext(ctx, `SELECT text, start, end, speaker, mention, description, cue, kind, via, rule, resolved, rule_id, resolved_id
		FROM quotes WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var q attrib.Quote
		var kind string
		var rule, resolved sql.NullInt64
		if err := rows.Scan(&q.Text, &q.Start, &q.End, &q.Speaker, &q.Mention, &q.Description, &q.Cue, &kind, &q.Via, &q.Rule, &q.Resolved, &rule, &resolved); err != nil {
			rows.Close()
			return nil, err
		}
		if err := s.ruleNames(ctx, &q.Rule, rule, &q.Resolved, resolved); err != nil {
			rows.Close()
			return nil, err
		}
		q.Kind = attrib.Kind(kind)
		e.Result.Quotes = append(e.Result.Quotes, q)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT name, mentions, description, quotes FROM article_speakers WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var sp attrib.Speaker
		var mentions string
		if err := rows.Scan(&sp.Name, &mentions, &sp.Description, &sp.Quotes); err != nil {
			rows.Close()
			return nil, err
		}
		_ = json.Unmarshal([]byte(mentions), &sp.Mentions)
		e.Result.Speakers = append(e.Result.Speakers, sp)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT name, mention, start, end, rule, mentions FROM sources WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var src attrib.Source
		var mentions string
		if err := rows.Scan(&src.Name, &src.Mention, &src.Start, &src.End, &src.Rule, &mentions); err != nil {
			return nil, err
		}
		library.ReadSourceMentions(&src, mentions)
		e.Result.Sources = append(e.Result.Sources, src)
	}
	return e, rows.Err()
}

// untally takes an article's speakers out of the speakers' totals, before
// the article is replaced or deleted.
func untally(ctx context.Context, tx *txc, id int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE speakers SET
		quotes = quotes - COALESCE((SELECT sum(quotes) FROM article_speakers WHERE article_id = ? AND speaker_id = speakers.id), 0),
		articles = articles - 1
		WHERE id IN (SELECT speaker_id FROM article_speakers WHERE article_id = ?)`, id, id)
	return err
}

// Find returns the id stored under path.
func (s *Store) Find(ctx context.Context, path string) (int64, error) {
	var id int64
	// Two index lookups: an OR of both read every article.
	err := s.db.QueryRowContext(ctx, `SELECT min(id) FROM (SELECT id FROM articles WHERE path = ?1
		UNION ALL SELECT id FROM articles WHERE url = ?1) HAVING count(*) > 0`, path).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%s: %w", path, library.ErrNotFound)
	}
	return id, err
}

// Delete removes an article and everything extracted from it.
func (s *Store) Delete(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *txc) error {
		replaced, err := speakersOf(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := untally(ctx, tx, id); err != nil {
			return err
		}
		if err := tx.unsearch(ctx, id); err != nil { // while the row holds its key
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("article %d: %w", id, library.ErrNotFound)
		}
		if err := describe(ctx, tx, nil, replaced); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)
			AND id NOT IN (SELECT speaker_id FROM article_speakers WHERE speaker_id IS NOT NULL)`)
		return err
	})
}

// Stale lists articles extracted by another extractor version.
func (s *Store) Stale(ctx context.Context, version string) ([]int64, error) {
	// Two ranges of the extractor index, not "<>", which SQLite answers by
	// reading every row: when nothing is stale, both are empty at once.
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE extractor < ?1
		UNION ALL SELECT id FROM articles WHERE extractor > ?1`, version)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	slices.Sort(ids) // in the order they were stored, few when any
	return ids, rows.Err()
}

// mergeAliases points quotes of a speaker stored under an alias at the
// canonical speaker, so editing aliases.toml takes effect at once.
func (s *Store) mergeAliases(ctx context.Context) error {
	pairs := s.aliases.Pairs()
	// Only a library holding a speaker to merge is written to: readers
	// opening it must not wait on the write lock.
	pending := false
	for alias := range pairs {
		var id int64
		err := s.db.QueryRowContext(ctx, `SELECT id FROM speakers WHERE key = ?`, alias).Scan(&id)
		if err == nil {
			pending = true
			break
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	if !pending {
		return nil
	}
	return s.tx(ctx, func(tx *txc) error {
		for alias, canonKey := range pairs {
			var from int64
			err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE key = ?`, alias).Scan(&from)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			name := s.aliases.Canonical(alias)
			if _, err := tx.ExecContext(ctx, `INSERT INTO speakers(key, name, gender, spelling) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING`,
				canonKey, name, attrib.GivenNameGender(name), s.aliases.Spelling(name)); err != nil {
				return err
			}
			var to int64
			if err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE key = ?`, canonKey).Scan(&to); err != nil {
				return err
			}
			if err := mergeSpeaker(ctx, tx, from, to); err != nil {
				return err
			}
		}
		return nil
	})
}

// mergeSpeaker moves speaker from's quotes and articles to speaker to,
// deletes from and recounts to.
func mergeSpeaker(ctx context.Context, tx *txc, from, to int64) error {
	for _, t := range []string{"quotes", "article_speakers"} {
		if _, err := tx.ExecContext(ctx, `UPDATE `+t+` SET speaker_id = ? WHERE speaker_id = ?`, to, from); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM speakers WHERE id = ?`, from); err != nil {
		return err
	}
	// The merged speaker's totals, recounted from its articles.
	if _, err := tx.ExecContext(ctx, `UPDATE speakers SET
			quotes = COALESCE((SELECT sum(quotes) FROM article_speakers WHERE speaker_id = ?), 0),
			articles = (SELECT count(DISTINCT article_id) FROM article_speakers WHERE speaker_id = ?)
			WHERE id = ?`, to, to, to); err != nil {
		return err
	}
	return describe(ctx, tx, map[int64]bool{to: true}, nil)
}
