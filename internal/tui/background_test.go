package tui

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestBackgroundUpkeep checks that the library's open-time upkeep runs
// from Init, not before the reader is built, and that what it reports
// reaches the status line.
func TestBackgroundUpkeep(t *testing.T) {
	calls := 0
	const said = "1200 articles were extracted by older rules; run dixit reindex"
	m, err := New(context.Background(), corpus(t), Options{Theme: "dark", NoColor: true,
		Background: func(context.Context) string { calls++; return said }})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatalf("the upkeep ran %d times before the first frame", calls)
	}
	d := newDriver(t, m, 120, 30)
	if calls != 1 {
		t.Fatalf("the upkeep ran %d times, want once", calls)
	}
	if got := lastLines(ansi.Strip(d.frame()), 2); !strings.Contains(got, said) {
		t.Fatalf("status line does not say what the upkeep reported:\n%s", got)
	}
}
