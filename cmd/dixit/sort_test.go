package main

import (
	"slices"
	"strings"
	"testing"
)

// ls --sort orders the bundled corpus; the JSON holds the same rows as the
// default order, only sorted.
func TestLsSort(t *testing.T) {
	dir := t.TempDir()
	type row struct {
		ID     int64  `json:"id"`
		Title  string `json:"title"`
		Outlet string `json:"outlet"`
		Quotes int    `json:"quotes"` // direct and reported
		Direct int    `json:"direct_quotes"`
	}
	byDate := jsonOf[[]row](t, libDixit(t, dir, "", "ls", "--json"), "ls --json")
	ids := func(rs []row) []int64 {
		var out []int64
		for _, r := range rs {
			out = append(out, r.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		sort    string
		inOrder func(a, b row) bool
	}{
		{"title", func(a, b row) bool { return strings.ToLower(a.Title) <= strings.ToLower(b.Title) }},
		{"quotes", func(a, b row) bool {
			return a.Quotes > b.Quotes || a.Quotes == b.Quotes && a.Direct >= b.Direct
		}},
		// Articles without an outlet last.
		{"outlet", func(a, b row) bool { return a.Outlet != "" || b.Outlet == "" }},
	} {
		got := jsonOf[[]row](t, libDixit(t, dir, "", "ls", "--sort", c.sort, "--json"), "ls --sort "+c.sort)
		if !slices.Equal(ids(got), ids(byDate)) {
			t.Errorf("--sort %s: other rows than ls: %v, want %v", c.sort, ids(got), ids(byDate))
		}
		for i := 1; i < len(got); i++ {
			if !c.inOrder(got[i-1], got[i]) {
				t.Errorf("--sort %s: row %d %+v before row %d %+v", c.sort, i-1, got[i-1], i, got[i])
			}
		}
		if slices.EqualFunc(got, byDate, func(a, b row) bool { return a.ID == b.ID }) {
			t.Errorf("--sort %s: the same order as by date: the check would prove nothing", c.sort)
		}
	}
	if r := libDixit(t, dir, "", "ls", "--sort", "size"); r.code == 0 || !strings.Contains(r.stderr, `--sort "size": want date, outlet, quotes or title`) {
		t.Errorf("ls --sort size: exit %d, stderr %q", r.code, r.stderr)
	}
}
