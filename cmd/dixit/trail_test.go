package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/librarytest"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// trailLibrary stores the trail corpus in dir, with a hostile outlet and
// speaker on the radio's copy, and returns the ids by outlet.
func trailLibrary(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids := map[string]int64{}
	for _, e := range librarytest.TrailCorpus() {
		outlet := e.Article.Outlet
		if outlet == "North Quay Radio" {
			e.Article.Outlet = "North Quay\x1b[31m Radio"
			e.Result.Quotes[0].Speaker = "Odile\x1b]0;owned\x07 Marchetti"
		}
		id, _, err := s.Put(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		ids[outlet] = id
	}
	return ids
}

func TestTrailCommand(t *testing.T) {
	dir := t.TempDir()
	ids := trailLibrary(t, dir)
	ref := library.QuoteRef{ArticleID: ids["Harbour Ledger"], N: 1}.String()

	r := libDixit(t, dir, "", "trail", ref)
	if r.code != 0 {
		t.Fatalf("trail %s: %d %s", ref, r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	want := [][]string{
		{"QUOTE", "DATE", "OUTLET", "SPEAKER", "KIND", "FINDINGS", "WORDS"},
		{ref, "2026-04-01", "Harbour Ledger", "Imogen Farrowby", "direct", "We will not sell"},
		{"2026-04-01", "Kelder Courier", "1 word changed", "[-anyone,-] {+anybody,+}"},
		{"2026-04-02", "Valbois Post", "Farrowby", "1 word changed", "We will [-not-] {+never+} sell"},
		{"2026-04-03", "Saltmere Gazette", "indirect", "fragment, now reported", "[-We will-] not sell the Saltmere ferry to anyone [-not this year and not next year-]"},
		{"2026-04-04", "North Quay Radio", "Odile Marchetti", "other speaker"},
	}
	if len(lines) != len(want) {
		t.Fatalf("trail table:\n%s", r.stdout)
	}
	for i, w := range want {
		for _, cell := range w {
			if !strings.Contains(lines[i], cell) {
				t.Errorf("line %d lacks %q:\n%s", i, cell, lines[i])
			}
		}
	}
	if strings.ContainsAny(r.stdout, "\x1b\x07") {
		t.Errorf("a control sequence reached the terminal: %q", r.stdout)
	}

	// The words instead of the ref, as Markdown.
	r = libDixit(t, dir, "", "trail", "--format", "md", "not sell the Saltmere ferry to anyone")
	for _, s := range []string{"# Trail of “not sell the Saltmere ferry to anyone”", "5 occurrences, 4 wordings.",
		"> We will ~~not~~ **never** sell", "credited to Odile Marchetti, direct", "**other speaker**", "**fragment, now reported**"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("markdown lacks %q:\n%s", s, r.stdout)
		}
	}
	if strings.ContainsAny(r.stdout, "\x1b\x07") {
		t.Error("a control sequence in the Markdown")
	}

	// --altered, with a filter.
	r = libDixit(t, dir, "", "trail", "--altered", "--kind-less-filter-is-unknown")
	if r.code == 0 {
		t.Error("an unknown flag is refused")
	}
	r = libDixit(t, dir, "", "trail", "--altered", "--outlet", "gazette")
	if r.code != 0 || !strings.Contains(r.stdout, "Saltmere Gazette") || strings.Contains(r.stdout, "Harbour Ledger") {
		t.Errorf("trail --altered --outlet gazette: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = libDixit(t, dir, "", "trail", "--altered")
	if n := strings.Count(strings.TrimSpace(r.stdout), "\n"); n != 5 || strings.Contains(r.stdout, "Courrier du Val") {
		t.Errorf("trail --altered lists %d quotes:\n%s", n, r.stdout)
	}

	// What a trail cannot be asked for.
	for _, args := range [][]string{{"trail"}, {"trail", "a tub"}, {"trail", "999:1"}, {"trail", ref, "--format", "csv"}, {"trail", "--altered", ref}} {
		if r := libDixit(t, dir, "", args...); r.code == 0 || !strings.HasPrefix(r.stderr, "dixit: ") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

// trail --json and trail --altered --json: the shapes docs/json.md gives.
func TestTrailJSONShape(t *testing.T) {
	dir := t.TempDir()
	ids := trailLibrary(t, dir)
	ref := library.QuoteRef{ArticleID: ids["Harbour Ledger"], N: 1}.String()
	got := jsonOf[map[string]any](t, libDixit(t, dir, "", "trail", "--json", ref), "trail --json")
	if k := keysOf(got); !slices.Equal(k, []string{"occurrences", "quote", "total", "variants"}) {
		t.Errorf("trail keys %v", k)
	}
	occ := got["occurrences"].([]any)
	if len(occ) != 5 || got["total"].(float64) != 5 || got["variants"].(float64) != 4 {
		t.Fatalf("trail: %v", got)
	}
	want := sorted(append([]string{"ref", "variant", "change", "words_added", "words_dropped", "words_changed", "kind_changed",
		"other_speaker", "credited", "diff"}, libraryQuoteKeys...))
	o := occ[1].(map[string]any)
	if k := keysOf(o); !slices.Equal(k, want) {
		t.Errorf("occurrence keys %v\nwant %v", k, want)
	}
	if o["change"] != "altered" || o["words_changed"].(float64) != 1 || o["outlet"] != "Kelder Courier" {
		t.Errorf("second occurrence: %v", o)
	}
	d := o["diff"].([]any)
	if len(d) != 4 || !slices.Equal(keysOf(d[1].(map[string]any)), []string{"op", "text"}) || d[1].(map[string]any)["op"] != "dropped" {
		t.Errorf("diff: %v", d)
	}
	radio := occ[4].(map[string]any)
	if radio["other_speaker"] != true || radio["outlet"] != "North Quay Radio" || radio["speaker"] != "Odile Marchetti" {
		t.Errorf("the radio's copy, cleaned: %v", radio)
	}
	list := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "trail", "--altered", "--json"), "trail --altered --json")
	if len(list) != 5 || !slices.Equal(keysOf(list[0]), sorted(append([]string{"ref"}, libraryQuoteKeys...))) {
		t.Errorf("altered quotes: %d, keys %v", len(list), keysOf(list[0]))
	}
}
