package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Every command that prints JSON gives one documented shape per entity
// (docs/json.md): snake_case names, null for what the article does not say.
// Each test pins the whole set of names, so a field added or renamed
// without the documentation fails here.

func jsonOf[T any](t *testing.T, r run, what string) T {
	t.Helper()
	var v T
	if r.code != 0 {
		t.Fatalf("%s: exit %d, stderr %q", what, r.code, r.stderr)
	}
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("%s: %v\n%.400s", what, err, r.stdout)
	}
	return v
}

func keysOf(m map[string]any) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var (
	quoteKeys        = []string{"cue", "description", "display", "end", "kind", "resolved", "rule", "speaker", "speaker_mention", "start", "text", "via"}
	libraryQuoteKeys = sorted(append([]string{"article_id", "cited", "lang", "outlet", "published", "sources", "title", "url"}, quoteKeys...))
)

func sorted(s []string) []string { slices.Sort(s); return s }

// seedID finds the seed article (a .txt file: no outlet, author, URL or date).
func seedID(t *testing.T, list []map[string]any) float64 {
	t.Helper()
	for _, a := range list {
		if strings.Contains(a["path"].(string), "000_49b410c6cb5c01c4") {
			return a["id"].(float64)
		}
	}
	t.Fatal("the seed is not listed")
	return 0
}

// show --json: the article, its quotes in the quote shape, its speakers.
func TestShowJSONShape(t *testing.T) {
	dir := t.TempDir()
	got := jsonOf[map[string]any](t, libDixit(t, dir, "", "show", "--json", "1"), "show --json")
	want := []string{"added", "author", "body", "extractor", "hash", "id", "lang", "outlet", "path", "published", "quotes", "sample", "sources", "speakers", "title", "url"}
	if keys := keysOf(got); !slices.Equal(keys, want) {
		t.Errorf("show --json keys %q, want %q", keys, want)
	}
	for _, k := range []string{"published", "outlet", "author", "url"} {
		if got[k] != nil {
			t.Errorf("show --json %s = %v, want null", k, got[k])
		}
	}
	qs, _ := got["quotes"].([]any)
	if len(qs) == 0 {
		t.Fatalf("show --json: no quotes")
	}
	for _, q := range qs {
		if keys := keysOf(q.(map[string]any)); !slices.Equal(keys, quoteKeys) {
			t.Fatalf("show --json quote keys %q, want %q", keys, quoteKeys)
		}
	}
	sp, _ := got["speakers"].([]any)
	if len(sp) == 0 || !slices.Equal(keysOf(sp[0].(map[string]any)), []string{"description", "mentions", "name", "quotes"}) {
		t.Errorf("show --json speakers: %v", sp)
	}
}

// ls --json: each article with its quotes counted both ways, as the side
// pane counts them, and equal to what show --json holds.
func TestLsJSONShape(t *testing.T) {
	dir := t.TempDir()
	list := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "ls", "--json"), "ls --json")
	want := []string{"added", "direct_quotes", "id", "lang", "outlet", "path", "published", "quotes", "reported_quotes", "sample", "sources", "speakers", "title", "url"}
	for _, a := range list {
		if keys := keysOf(a); !slices.Equal(keys, want) {
			t.Fatalf("ls --json keys %q, want %q", keys, want)
		}
		if a["quotes"].(float64) != a["direct_quotes"].(float64)+a["reported_quotes"].(float64) {
			t.Errorf("ls --json %v: quotes is not direct + reported", a["path"])
		}
	}
	id := seedID(t, list)
	var seed map[string]any
	for _, a := range list {
		if a["id"] == id {
			seed = a
		}
	}
	for _, k := range []string{"published", "outlet", "url"} {
		if seed[k] != nil {
			t.Errorf("ls --json seed %s = %v, want null", k, seed[k])
		}
	}
	shown := jsonOf[map[string]any](t, libDixit(t, dir, "", "show", "--json", strconv.Itoa(int(id))), "show --json")
	direct, reported := 0.0, 0.0
	for _, q := range shown["quotes"].([]any) {
		if q.(map[string]any)["kind"] == "direct" {
			direct++
		} else {
			reported++
		}
	}
	if reported == 0 {
		t.Fatalf("the seed has no reported speech: the check would prove nothing")
	}
	if seed["direct_quotes"] != direct || seed["reported_quotes"] != reported {
		t.Errorf("ls --json seed counts %v+%v, show has %v+%v", seed["direct_quotes"], seed["reported_quotes"], direct, reported)
	}
}

// quotes --json and export --json|jsonl write the one library-quote shape.
func TestQuotesAndExportJSONShape(t *testing.T) {
	dir := t.TempDir()
	qs := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "quotes", "--json"), "quotes --json")
	ex := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "export", "--json"), "export --json")
	if len(qs) == 0 || len(qs) != len(ex) {
		t.Fatalf("quotes --json %d, export --json %d quotes", len(qs), len(ex))
	}
	sawNull := false
	for i := range qs {
		if keys := keysOf(qs[i]); !slices.Equal(keys, libraryQuoteKeys) {
			t.Fatalf("quotes --json keys %q, want %q", keys, libraryQuoteKeys)
		}
		if keys := keysOf(ex[i]); !slices.Equal(keys, libraryQuoteKeys) {
			t.Fatalf("export --json keys %q, want %q", keys, libraryQuoteKeys)
		}
		sawNull = sawNull || qs[i]["via"] == nil
		if v, ok := qs[i]["speaker"].(string); ok && v == "" {
			t.Errorf("quotes --json: speaker \"\" where null is wanted")
		}
	}
	if !sawNull {
		t.Errorf("quotes --json: no null via in the whole library")
	}
	r := libDixit(t, dir, "", "export", "--format", "jsonl")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != 0 || len(lines) != len(qs) {
		t.Fatalf("export --format jsonl: exit %d, %d lines for %d quotes", r.code, len(lines), len(qs))
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || !slices.Equal(keysOf(first), libraryQuoteKeys) {
		t.Errorf("export jsonl line: %v %q", err, keysOf(first))
	}
	r = libDixit(t, dir, "", "export", "--json", "--format", "csv")
	if r.code == 0 || !strings.Contains(r.stderr, "choose one") {
		t.Errorf("export --json --format csv: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSpeakersAndSourcesJSONShape(t *testing.T) {
	dir := t.TempDir()
	sp := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "speakers", "--json"), "speakers --json")
	if len(sp) == 0 {
		t.Fatal("speakers --json: none")
	}
	nullDesc := false
	for _, s := range sp {
		if keys := keysOf(s); !slices.Equal(keys, []string{"articles", "description", "key", "name", "quotes", "sample"}) {
			t.Fatalf("speakers --json keys %q", keys)
		}
		nullDesc = nullDesc || s["description"] == nil
	}
	if !nullDesc {
		t.Errorf("speakers --json: every speaker has a description; want null for the undescribed")
	}
	src := jsonOf[[]map[string]any](t, libDixit(t, dir, "", "sources", "--json"), "sources --json")
	if len(src) == 0 || !slices.Equal(keysOf(src[0]), []string{"articles", "name", "sample"}) {
		t.Errorf("sources --json: %v", src)
	}
}

// export -o takes the format from the file's extension, and refuses a
// --format that contradicts it.
func TestExportFormatFromOutputName(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "quotes.jsonl")
	r := libDixit(t, dir, "", "export", "-o", out)
	b, err := os.ReadFile(out)
	if r.code != 0 || err != nil || !strings.HasPrefix(string(b), `{"article_id":`) || !strings.Contains(r.stderr, "quotes to") {
		t.Fatalf("export -o quotes.jsonl: exit %d, stderr %q, file %.40q", r.code, r.stderr, b)
	}
	r = libDixit(t, dir, "", "export", "--format", "json", "-o", filepath.Join(dir, "x.csv"))
	if r.code == 0 || !strings.Contains(r.stderr, "choose one") {
		t.Errorf("--format json -o x.csv: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.csv")); err == nil {
		t.Errorf("x.csv was written")
	}
}
