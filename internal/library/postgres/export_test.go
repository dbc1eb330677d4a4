package postgres

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
