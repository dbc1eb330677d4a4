package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// migrations upgrade the schema one version at a time; migrations[i] takes
// version i to i+1. Never edit a released step: add one.
var migrations = []string{
	// 1: articles, speakers, quotes, sources and the full-text index.
	`
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE,
	url TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	outlet TEXT NOT NULL DEFAULT '',
	outlet_key TEXT NOT NULL DEFAULT '',
	author TEXT NOT NULL DEFAULT '',
	published INTEGER NOT NULL DEFAULT 0,
	lang TEXT NOT NULL DEFAULT '',
	body TEXT NOT NULL,
	hash TEXT NOT NULL,
	extractor TEXT NOT NULL,
	added INTEGER NOT NULL
);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_lang ON articles(lang);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE speakers (
	id INTEGER PRIMARY KEY,
	key TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL
);
CREATE TABLE quotes (
	id INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq INTEGER NOT NULL,
	speaker_id INTEGER REFERENCES speakers(id),
	speaker TEXT NOT NULL DEFAULT '',
	mention TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	cue TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL,
	via TEXT NOT NULL DEFAULT '',
	text TEXT NOT NULL,
	start INTEGER NOT NULL,
	end INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id, seq);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE TABLE article_speakers (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq INTEGER NOT NULL,
	speaker_id INTEGER REFERENCES speakers(id),
	name TEXT NOT NULL,
	mentions TEXT NOT NULL DEFAULT '[]',
	description TEXT NOT NULL DEFAULT '',
	quotes INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX article_speakers_speaker ON article_speakers(speaker_id);
CREATE TABLE sources (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq INTEGER NOT NULL,
	name TEXT NOT NULL,
	key TEXT NOT NULL,
	mention TEXT NOT NULL DEFAULT '',
	start INTEGER NOT NULL,
	end INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX sources_key ON sources(key);
CREATE VIRTUAL TABLE search USING fts5(title, body, quotes, tokenize = 'unicode61 remove_diacritics 2');
`,
	// 2: one sort key, indexed, so the list pages through a large library
	// without sorting it on every query; direct-quote counts kept with
	// the article for the same reason.
	`
ALTER TABLE articles ADD COLUMN sort_time INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET sort_time = CASE WHEN published > 0 THEN published ELSE added END;
CREATE INDEX articles_sort ON articles(sort_time DESC, id DESC);
ALTER TABLE articles ADD COLUMN direct_quotes INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET direct_quotes = (SELECT count(*) FROM quotes q WHERE q.article_id = articles.id AND q.kind = 'direct');
`,
	// 3: prefix indexes for the search, so the filter stays fast while a
	// word is being typed ("kono" before "konovalov").
	`
CREATE VIRTUAL TABLE search_v3 USING fts5(title, body, quotes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
INSERT INTO search_v3(rowid, title, body, quotes) SELECT rowid, title, body, quotes FROM search;
DROP TABLE search;
ALTER TABLE search_v3 RENAME TO search;
`,
	// 4: each speaker's totals kept with the speaker, so the library-wide
	// speaker list is read, not aggregated over every article.
	`
ALTER TABLE speakers ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
UPDATE speakers SET
	quotes = COALESCE((SELECT sum(quotes) FROM article_speakers WHERE speaker_id = speakers.id), 0),
	articles = (SELECT count(DISTINCT article_id) FROM article_speakers WHERE speaker_id = speakers.id);
CREATE INDEX speakers_quotes ON speakers(quotes DESC);
`,
	// 5: how each quote was attributed and each source cited, so a reader
	// can check a doubtful attribution. Older rows stay empty until the
	// next re-extraction (the engine version changed with these fields).
	`
ALTER TABLE quotes ADD COLUMN rule TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN resolved TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN rule TEXT NOT NULL DEFAULT '';
`,
	// 6: every mention of each source and the shape that cited it, as JSON.
	// Older rows stay empty until the next re-extraction.
	`
ALTER TABLE sources ADD COLUMN mentions TEXT NOT NULL DEFAULT '';
`,
	// 7: articles read from standard input were all stored under "-", each
	// replacing the last; the ones left are keyed by their content, as
	// ingest.StdinKey keys them now.
	`
UPDATE articles SET path = 'stdin:' || substr(hash, 1, 16) WHERE path = '-' OR path LIKE '-#%';
`,
	// 8: reported-speech counts kept with the article beside the direct
	// ones, so the list and ls count both kinds without reading quotes.
	`
ALTER TABLE articles ADD COLUMN reported_quotes INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET reported_quotes = (SELECT count(*) FROM quotes q WHERE q.article_id = articles.id AND q.kind <> 'direct');
`,
	// 9: see schema_perf.go.
	migrationPerf,
	// 10: the list's other orders (outlet, quotes, title) and the stats'
	// tallies read from indexes, not from every article's row, which holds
	// its body: on 100,000 articles a page sorted by outlet took 580 ms.
	`
CREATE INDEX articles_by_outlet ON articles(outlet_key = '', outlet_key, sort_time DESC, id DESC);
CREATE INDEX articles_by_quotes ON articles(direct_quotes + reported_quotes DESC, direct_quotes DESC, sort_time DESC, id DESC);
CREATE INDEX articles_by_title ON articles(lower(title), id);
CREATE INDEX articles_tally ON articles(published, outlet, direct_quotes, reported_quotes);
`,
	// 11 and 12: see schema_tally.go; 13: see schema_search.go; 14: see
	// trail.go.
	migrationTallies,
	migrationGenders,
	migrationSearchKey,
	migrationTrail,
	// 15: bodies may be stored compressed (body.go), and quotes name
	// their rules by id (names.go). Nothing is rewritten; an older dixit
	// refuses the version, which would read a compressed body as text.
	migrationNames,
	// 16: see migrationPhraseCounts in trail.go.
	migrationPhraseCounts,
}

// SchemaVersion is the version this build writes.
var SchemaVersion = len(migrations)

func migrate(ctx context.Context, db *sql.DB, readOnly bool) error {
	if readOnly {
		var s string
		if err := db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key='schema_version'`).Scan(&s); err != nil {
			return err
		}
		if v, _ := strconv.Atoi(s); v != len(migrations) {
			if v > len(migrations) {
				return fmt.Errorf("library schema version %d is newer than this dixit (%d): upgrade dixit", v, len(migrations))
			}
			return errors.New("readonly: the library needs an upgrade to schema version " + strconv.Itoa(len(migrations)))
		}
		return nil
	}
	// A library already up to date is only read: the write lock the
	// transaction below takes at once would make every reader wait for a
	// long ingest to finish.
	var current string
	if err := db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key='schema_version'`).Scan(&current); err == nil && current == strconv.Itoa(len(migrations)) {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	v := 0
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'`).Scan(&exists); err != nil {
		return err
	}
	if exists == 1 {
		var s string
		if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key='schema_version'`).Scan(&s); err != nil {
			return fmt.Errorf("reading schema version: %w", err)
		}
		if v, err = strconv.Atoi(s); err != nil {
			return fmt.Errorf("schema version %q: %w", s, err)
		}
	}
	if v > len(migrations) {
		return fmt.Errorf("library schema version %d is newer than this dixit (%d): upgrade dixit", v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrating schema to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES('schema_version', ?)
		ON CONFLICT(key) DO UPDATE SET value=excluded.value`, strconv.Itoa(v)); err != nil {
		return err
	}
	return tx.Commit()
}
