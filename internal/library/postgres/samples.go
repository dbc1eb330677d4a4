package postgres

import (
	"context"
	"errors"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/jackc/pgx/v5"
)

var _ library.SampleKeeper = (*Store)(nil)

// SampleState reads the samples' state from meta.
func (s *Store) SampleState(ctx context.Context) (library.SampleState, error) {
	var v string
	err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'samples'`).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return library.SamplesNever, nil
	}
	if err != nil {
		return "", s.explain(err)
	}
	return library.SampleState(v), nil
}

// SetSampleState records the samples' state in meta.
func (s *Store) SetSampleState(ctx context.Context, st library.SampleState) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO meta (key, value) VALUES ('samples', $1)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, string(st))
	return s.explain(err)
}

// SampleIDs lists the articles stored under library.SamplePrefix.
func (s *Store) SampleIDs(ctx context.Context) ([]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT id FROM articles WHERE starts_with(path, $1) ORDER BY id`, library.SamplePrefix)
	if err != nil {
		return nil, s.explain(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if ids == nil {
		ids = []int64{}
	}
	return ids, s.explain(err)
}

var _ library.Feeder = (*Store)(nil)

// Feeds lists the http(s) feeds the library's entries came from.
func (s *Store) Feeds(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT split_part(path, '#', 1) FROM articles
		WHERE (starts_with(path, 'http://') OR starts_with(path, 'https://')) AND strpos(path, '#') > 1 ORDER BY 1`)
	if err != nil {
		return nil, s.explain(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if out == nil {
		out = []string{}
	}
	return out, s.explain(err)
}

var _ library.AliasMerger = (*Store)(nil)

// MergeAliases merges the speakers the aliases tie, as opening does.
func (s *Store) MergeAliases(ctx context.Context) error { return s.explain(s.mergeAliases(ctx)) }
