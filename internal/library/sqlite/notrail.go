//go:build benchnotrail

package sqlite

// A build for scripts/bench-trail.sh: ingest without the trail's work.
func init() { keepTrails = false }
