package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/dixit-news/dixit/internal/library"
)

var _ library.SampleKeeper = (*Store)(nil)

// SampleState reads the samples' state from meta.
func (s *Store) SampleState(ctx context.Context) (library.SampleState, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'samples'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return library.SamplesNever, nil
	}
	if err != nil {
		return "", explain(s.path, err)
	}
	return library.SampleState(v), nil
}

// SetSampleState records the samples' state in meta.
func (s *Store) SetSampleState(ctx context.Context, st library.SampleState) error {
	return s.tx(ctx, func(tx *txc) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES('samples', ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, string(st))
		return err
	})
}

// SampleIDs lists the articles stored under library.SamplePrefix: a range
// of the path index, not a scan of the library.
func (s *Store) SampleIDs(ctx context.Context) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE path >= ? AND path < ? ORDER BY id`,
		library.SamplePrefix, prefixEnd(library.SamplePrefix))
	if err != nil {
		return nil, explain(s.path, err)
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// prefixEnd is the first string after every string starting with p (p
// ends in an ASCII byte below 0x7f).
func prefixEnd(p string) string { return p[:len(p)-1] + string(p[len(p)-1]+1) }

var _ library.Feeder = (*Store)(nil)

// Feeds lists the http(s) feeds the library's entries came from: two
// ranges of the path index.
func (s *Store) Feeds(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT substr(path, 1, instr(path, '#') - 1) FROM articles
		WHERE (path >= 'http://' AND path < 'http:/0' OR path >= 'https://' AND path < 'https:/0') AND instr(path, '#') > 1
		ORDER BY 1`)
	if err != nil {
		return nil, explain(s.path, err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

var _ library.AliasMerger = (*Store)(nil)

// MergeAliases merges the speakers the aliases tie, as opening does.
func (s *Store) MergeAliases(ctx context.Context) error {
	if err := s.mergeAliases(ctx); err != nil {
		return explain(s.path, err)
	}
	return nil
}
