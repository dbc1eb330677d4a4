package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// BenchmarkPutGenerated stores 2,000 generated articles (their quotes
// near-copies of each other, as wire copy is) into a new library: the
// write path with the trail's phrases and marks.
func BenchmarkPutGenerated(b *testing.B) {
	for range b.N {
		s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "library.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		librarytest.Populate(b, s, 2000)
		s.Close()
	}
}
