package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// gendersTold is the meta key of the engine version whose given-name lists
// told the stored speakers' genders.
const gendersTold = "genders_told"

// tellGenders tells the gender of every speaker stored (speakers.gender)
// when the engine that told them is not this one: after the migration, and
// whenever the lists may have changed. An up-to-date library is only read.
func (s *Store) tellGenders(ctx context.Context) error {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, gendersTold).Scan(&v)
	if err == nil && v == attrib.Version {
		return nil
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return s.tx(ctx, func(tx *txc) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, name, gender FROM speakers`)
		if err != nil {
			return err
		}
		type told struct {
			id     int64
			gender string
		}
		var changed []told
		for rows.Next() {
			var id int64
			var name string
			var gender sql.NullString
			if err := rows.Scan(&id, &name, &gender); err != nil {
				rows.Close()
				return err
			}
			if g := attrib.GivenNameGender(name); !gender.Valid || gender.String != g {
				changed = append(changed, told{id, g})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range changed {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET gender = ? WHERE id = ?`, c.gender, c.id); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES (?, ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, gendersTold, attrib.Version)
		return err
	})
}

// GenderTallies is the library's speakers quoted, counted by the gender
// their given names tell, summed from the genders and totals its writes
// keep with each speaker. ok is false when this engine did not tell them
// (a library opened read-only since the lists changed): the caller counts
// afresh.
func (s *Store) GenderTallies(ctx context.Context) (g library.Gender, speakers int, ok bool, err error) {
	var v string
	err = s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, gendersTold).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) || err == nil && v != attrib.Version {
		return g, 0, false, nil
	}
	if err != nil {
		return g, 0, false, explain(s.path, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT gender, count(*), sum(quotes) FROM speakers WHERE quotes > 0 GROUP BY gender`)
	if err != nil {
		return g, 0, false, explain(s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var gender sql.NullString
		var n, quotes int
		if err := rows.Scan(&gender, &n, &quotes); err != nil {
			return g, 0, false, err
		}
		if !gender.Valid {
			return g, 0, false, nil // told before a speaker came in untold
		}
		g.Add(gender.String, n, quotes)
		speakers += n
	}
	return g, speakers, rows.Err() == nil, rows.Err()
}
