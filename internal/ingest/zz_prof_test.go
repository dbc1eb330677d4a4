package ingest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

func TestZZIngest(t *testing.T) {
	dir := os.Getenv("ZZ_CORPUS")
	if dir == "" {
		t.Skip()
	}
	db := os.Getenv("ZZ_DB")
	s, err := sqlite.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	sum := Run(context.Background(), s, &article.Loader{}, []string{dir}, Options{})
	el := time.Since(start)
	fi, _ := os.Stat(db)
	t.Logf("new %d in %v: %.0f/s, %d MB", sum.New, el, float64(sum.New)/el.Seconds(), fi.Size()>>20)
}
