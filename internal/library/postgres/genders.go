package postgres

import (
	"context"
	"errors"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// gendersStep is the schema step that keeps the genders.
const gendersStep = "speakers counted by the gender their given names tell"

// gendersTold is the meta key of the engine version whose given-name lists
// told the stored speakers' genders.
const gendersTold = "genders_told"

// tellGenders tells the gender of every speaker stored (speakers.gender)
// when the engine that told them is not this one: after the migration, and
// whenever the lists may have changed. An up-to-date library is only read; one this role may not write (a replica,
// a read-only role) is left as it is, and its stats count afresh.
func (s *Store) tellGenders(ctx context.Context) error {
	var v string
	err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, gendersTold).Scan(&v)
	if err == nil && v == attrib.Version {
		return nil
	}
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	err = s.tx(ctx, func(tx pgx.Tx) error {
		// One teller at a time: two would count a speaker twice.
		if _, err := tx.Exec(ctx, `LOCK TABLE speakers IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT id, name, gender FROM speakers`)
		if err != nil {
			return err
		}
		var ids []int64
		var genders []string
		for rows.Next() {
			var id int64
			var name string
			var gender *string
			if err := rows.Scan(&id, &name, &gender); err != nil {
				rows.Close()
				return err
			}
			if g := attrib.GivenNameGender(name); gender == nil || *gender != g {
				ids, genders = append(ids, id), append(genders, g)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		b := &pgx.Batch{}
		if len(ids) > 0 {
			b.Queue(`UPDATE speakers sp SET gender = t.g FROM unnest($1::bigint[], $2::text[]) AS t (id, g) WHERE sp.id = t.id`, ids, genders)
		}
		b.Queue(`INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, gendersTold, attrib.Version)
		return tx.SendBatch(ctx, b).Close()
	})
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "25006" || pe.Code == "42501") {
		return nil
	}
	return err
}

// GenderTallies is the library's speakers quoted, counted by the gender
// their given names tell, summed from the genders and totals its writes
// keep with each speaker. ok is false when this engine did not tell them:
// the caller counts afresh.
func (s *Store) GenderTallies(ctx context.Context) (g library.Gender, speakers int, ok bool, err error) {
	err = pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var v string
		if err := tx.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, gendersTold).Scan(&v); errors.Is(err, pgx.ErrNoRows) || err == nil && v != attrib.Version {
			return nil
		} else if err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT gender, count(*), sum(quotes) FROM speakers WHERE quotes > 0 GROUP BY gender`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var gender *string
			var n, quotes int
			if err := rows.Scan(&gender, &n, &quotes); err != nil {
				return err
			}
			if gender == nil {
				return nil // told before a speaker came in untold: ok stays false
			}
			g.Add(*gender, n, quotes)
			speakers += n
		}
		ok = rows.Err() == nil
		return rows.Err()
	})
	return g, speakers, ok, s.explain(err)
}
