package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strconv"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/trail"
)

// migrationTrail (issue 16) keeps the quote trail: each distinct wording
// once, as a phrase, with its MinHash band keys in a table keyed by key,
// and each quote pointing to its phrase. The quotes stored before it get
// their phrases on the next open that may write (upkeepTrail).
const migrationTrail = `
CREATE TABLE phrases (
	id INTEGER PRIMARY KEY,
	hash INTEGER NOT NULL UNIQUE,
	words TEXT NOT NULL,
	speaker TEXT NOT NULL DEFAULT '',
	altered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE phrase_keys (key INTEGER NOT NULL, phrase_id INTEGER NOT NULL, PRIMARY KEY (key, phrase_id)) WITHOUT ROWID;
CREATE INDEX phrases_altered ON phrases(id) WHERE altered <> 0;
ALTER TABLE quotes ADD COLUMN phrase_id INTEGER;
CREATE INDEX quotes_phrase ON quotes(phrase_id) WHERE phrase_id IS NOT NULL;
`

// phraseTx is a write transaction as library.AssignPhrase uses it.
type phraseTx struct{ *txc }

func (t phraseTx) PhraseByHash(ctx context.Context, hash int64) (library.Phrase, bool, error) {
	var p library.Phrase
	err := t.QueryRowContext(ctx, `SELECT id, words, speaker, altered FROM phrases WHERE hash = ?`, hash).Scan(&p.ID, &p.Words, &p.Speaker, &p.Altered)
	if errors.Is(err, sql.ErrNoRows) {
		return p, false, nil
	}
	return p, err == nil, err
}

func (t phraseTx) InsertPhrase(ctx context.Context, hash int64, words, speaker string, keys []int64) (int64, bool, error) {
	res, err := t.ExecContext(ctx, `INSERT INTO phrases(hash, words, speaker) VALUES (?,?,?)`, hash, words, speaker)
	if err != nil {
		return 0, false, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, false, err
	}
	list, _ := json.Marshal(keys)
	_, err = t.ExecContext(ctx, `INSERT OR IGNORE INTO phrase_keys(key, phrase_id) SELECT value, ? FROM json_each(?)`, id, string(list))
	return id, true, err
}

func (t phraseTx) PhrasesByKeys(ctx context.Context, keys []int64, not int64) ([]library.Phrase, error) {
	list, _ := json.Marshal(keys)
	rows, err := t.QueryContext(ctx, `SELECT p.id, p.words, p.speaker, p.altered FROM phrases p
		WHERE p.id IN (SELECT phrase_id FROM phrase_keys WHERE key IN (SELECT value FROM json_each(?))) AND p.id <> ?`, string(list), not)
	if err != nil {
		return nil, err
	}
	return scanPhrases(rows)
}

func (t phraseTx) MarkPhrase(ctx context.Context, id int64, altered int, speaker string) error {
	_, err := t.ExecContext(ctx, `UPDATE phrases SET altered = ?, speaker = ? WHERE id = ?`, altered, speaker, id)
	return err
}

func scanPhrases(rows *sql.Rows) ([]library.Phrase, error) {
	defer rows.Close()
	var out []library.Phrase
	for rows.Next() {
		var p library.Phrase
		if err := rows.Scan(&p.ID, &p.Words, &p.Speaker, &p.Altered); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// phraseOf is the phrase id to store with a quote: NULL when it has none.
func phraseOf(ctx context.Context, tx *txc, q attrib.Quote, canon string) (any, error) {
	id, err := library.AssignPhrase(ctx, phraseTx{tx}, q.Text, canon)
	if err != nil || id == 0 {
		return nil, err
	}
	return id, nil
}

// upkeepTrail gives phrases to the quotes stored before this build kept
// trails, or before trail.Version changed what a phrase is: all of them,
// anew, in one transaction. A library already up to date costs one read.
func (s *Store) upkeepTrail(ctx context.Context) error {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'trail_version'`).Scan(&v)
	if err == nil && v == trail.Version {
		return nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return s.tx(ctx, func(tx *txc) error {
		for _, q := range []string{`UPDATE quotes SET phrase_id = NULL WHERE phrase_id IS NOT NULL`, `DELETE FROM phrase_keys`, `DELETE FROM phrases`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		rows, err := tx.Tx.QueryContext(ctx, `SELECT q.id, q.text, COALESCE(sp.name, q.speaker) FROM quotes q LEFT JOIN speakers sp ON sp.id = q.speaker_id ORDER BY q.id`)
		if err != nil {
			return err
		}
		type row struct {
			id            int64
			text, speaker string
		}
		var all []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.text, &r.speaker); err != nil {
				rows.Close()
				return err
			}
			all = append(all, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range all {
			pid, err := phraseOf(ctx, tx, attrib.Quote{Text: r.text}, r.speaker)
			if err != nil {
				return err
			}
			if pid != nil {
				if _, err := tx.ExecContext(ctx, `UPDATE quotes SET phrase_id = ? WHERE id = ?`, pid, r.id); err != nil {
					return err
				}
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES('trail_version', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, trail.Version)
		return err
	})
}

// TrailHits returns the quotes that are the same quote as words, earliest
// first: the phrases sharing a bucket with it, or its own, kept by the
// decision, then their quotes from the phrase index.
func (s *Store) TrailHits(ctx context.Context, words []string, limit int) ([]library.Quote, int, error) {
	list, _ := json.Marshal(trail.Keys(words))
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.words, p.speaker, p.altered FROM phrases p
		WHERE p.id IN (SELECT phrase_id FROM phrase_keys WHERE key IN (SELECT value FROM json_each(?))) OR p.hash = ?`,
		string(list), trail.Hash(words))
	if err != nil {
		return nil, 0, explain(s.path, err)
	}
	cands, err := scanPhrases(rows)
	if err != nil {
		return nil, 0, err
	}
	ids := library.MatchingPhrases(words, cands)
	if len(ids) == 0 {
		return []library.Quote{}, 0, nil
	}
	in, _ := json.Marshal(ids)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM quotes WHERE phrase_id IN (SELECT value FROM json_each(?))`, string(in)).Scan(&total); err != nil {
		return nil, 0, explain(s.path, err)
	}
	out, err := s.quotesWhere(ctx, `q.phrase_id IN (SELECT value FROM json_each(?))`, []any{string(in)},
		" ORDER BY a.sort_time, a.id, q.seq LIMIT "+strconv.Itoa(limit))
	return out, total, err
}
