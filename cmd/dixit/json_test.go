package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// show --json writes one documented shape: snake_case names, null for what
// the article does not say, the extraction with it.
func TestShowJSONShape(t *testing.T) {
	dir := t.TempDir()
	r := libDixit(t, dir, "", "show", "--json", "1")
	if r.code != 0 {
		t.Fatalf("show --json: exit %d, stderr %q", r.code, r.stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("show --json: %v\n%s", err, r.stdout)
	}
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"added", "author", "body", "extractor", "hash", "id", "lang", "outlet", "path", "published", "quotes", "sources", "speakers", "title", "url"}
	if !slices.Equal(keys, want) {
		t.Errorf("show --json keys %q, want %q", keys, want)
	}
	// The seed is a .txt file: no outlet, author, URL or date.
	for _, k := range []string{"published", "outlet", "author", "url"} {
		if got[k] != nil {
			t.Errorf("show --json %s = %v, want null", k, got[k])
		}
	}
	if qs, _ := got["quotes"].([]any); len(qs) == 0 {
		t.Errorf("show --json: no quotes")
	}
}

// export --json is the JSON export, as --json is for every listing; with
// another --format it is refused.
func TestExportJSONFlag(t *testing.T) {
	dir := t.TempDir()
	r := libDixit(t, dir, "", "export", "--json")
	var qs []map[string]any
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &qs) != nil || len(qs) == 0 || qs[0]["cited"] == nil {
		t.Fatalf("export --json: exit %d, stdout %.200q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = libDixit(t, dir, "", "export", "--json", "--format", "csv")
	if r.code == 0 || !strings.Contains(r.stderr, "choose one") {
		t.Errorf("export --json --format csv: exit %d, stderr %q", r.code, r.stderr)
	}
}
