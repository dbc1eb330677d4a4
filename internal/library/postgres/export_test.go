package postgres

import (
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// SetForceGoFold makes libraries created from now on fold accents in Go,
// as when the unaccent extension cannot be had; it returns the undo.
func SetForceGoFold(v bool) (undo func()) {
	old := forceGoFold
	forceGoFold = v
	return func() { forceGoFold = old }
}

// Fold is how the library folds for its search: "unaccent" or "go".
func (s *Store) Fold() string { return s.fold }

// UseSteps makes libraries opened from now on stop at schema version n, as
// an older dixit left them; it returns the undo.
func UseSteps(n int) (undo func()) {
	old := steps
	steps = steps[:n]
	return func() { steps = old }
}

// SetTimeouts bounds connecting and each statement for libraries opened
// from now on; it returns the undo.
func SetTimeouts(connect, statement time.Duration) (undo func()) {
	oc, os := connectTimeout, statementTimeout
	connectTimeout, statementTimeout = connect, statement
	return func() { connectTimeout, statementTimeout = oc, os }
}

// Pool is the store's connection pool, to run statements of a test's own.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Explain is how the store words a server's error.
func (s *Store) Explain(err error) error { return s.explain(err) }

// DistinctChunks is distinctChunks, for the test that the server indexes the
// same words from it as from the whole text.
var DistinctChunks = distinctChunks

// SetTracer makes libraries opened from now on report their statements to
// tr; it returns the undo.
func SetTracer(tr pgx.QueryTracer) (undo func()) {
	old := tracer
	tracer = tr
	return func() { tracer = old }
}
