package main

// End-to-end tests of the library commands on a temporary database: the
// bundled corpus arrives on first use, ingest reports per input, filters
// narrow every listing, export writes atomically. Every article is invented.

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// libDixit runs dixit against the library in dir.
func libDixit(t *testing.T, dir, stdin string, args ...string) run {
	t.Helper()
	return dixit(t, stdin, append([]string{"--db", filepath.Join(dir, "library.db"), "--aliases", filepath.Join(dir, "aliases.toml")}, args...)...)
}

func TestBundledCorpusOnFirstUse(t *testing.T) {
	dir := t.TempDir()
	r := libDixit(t, dir, "", "ls", "--json")
	if r.code != 0 {
		t.Fatalf("ls: exit %d, stderr %q", r.code, r.stderr)
	}
	var list []struct {
		ID    int64  `json:"id"`
		Path  string `json:"path"`
		Lang  string `json:"lang"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("ls --json: %v\n%s", err, r.stdout)
	}
	langs := map[string]int{}
	seed := false
	for _, a := range list {
		langs[a.Lang]++
		seed = seed || strings.Contains(a.Path, "000_49b410c6cb5c01c4")
	}
	if len(list) < 12 || langs["fr"] < 5 || langs["en"] < 5 || !seed {
		t.Errorf("bundled corpus: %d articles %v, seed present %v", len(list), langs, seed)
	}
	// The seed's speakers and sources come out of the library as extracted.
	r = libDixit(t, dir, "", "quotes", "--speaker", "konovalov", "--json")
	if !strings.Contains(r.stdout, "Ivan Konovalov") || !strings.Contains(r.stdout, "PressTV") {
		t.Errorf("quotes --speaker konovalov: %s", r.stdout)
	}
	r = libDixit(t, dir, "", "ls", "--source", "wsj")
	if !strings.Contains(r.stdout, "Mostafa al-Kazemi") {
		t.Errorf("ls --source wsj should list the seed:\n%s", r.stdout)
	}
}

func TestIngestReportsEachInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Brumeval council backs the tramway\n\n\"We will build it by 2030,\" said Priya Vellacott, the county's chief planner.\n"), 0o644)
	bin := filepath.Join(dir, "photo.bin")
	os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644)
	r := libDixit(t, dir, "", "ingest", good, bin, filepath.Join(dir, "missing.txt"))
	if r.code == 0 {
		t.Errorf("ingest with failures exited 0")
	}
	if !strings.Contains(r.stdout, "1 new, 0 unchanged, 0 updated, 2 failed") {
		t.Errorf("summary: %q", r.stdout)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	var perFile []string
	for _, l := range lines {
		if strings.Contains(l, "photo.bin") || strings.Contains(l, "missing.txt") {
			perFile = append(perFile, l)
		}
	}
	if len(perFile) != 2 {
		t.Errorf("want one line per failed input naming it, got stderr:\n%s", r.stderr)
	}
	r = libDixit(t, dir, "", "ingest", good)
	if r.code != 0 || !strings.Contains(r.stdout, "0 new, 1 unchanged") {
		t.Errorf("re-ingest: exit %d, %q", r.code, r.stdout)
	}
	r = libDixit(t, dir, "Harbour notes\n\n\"The tide is early this week,\" said Nora Quill.\n", "ingest", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "1 new") {
		t.Errorf("ingest -: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	r = libDixit(t, dir, "", "speakers", "--speaker", "vellacott", "--json")
	if !strings.Contains(r.stdout, `"Priya Vellacott"`) {
		t.Errorf("speakers: %s", r.stdout)
	}
}

func TestExportIsAtomicCSV(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "konovalov.csv")
	r := libDixit(t, dir, "", "export", "--speaker", "Konovalov", "--format", "csv", "-o", out)
	if r.code != 0 {
		t.Fatalf("export: %d %s", r.code, r.stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("export is not valid CSV: %v", err)
	}
	if len(recs) != 3 || recs[0][0] != "article_id" || recs[1][6] != "Ivan Konovalov" {
		t.Errorf("export rows: %q", recs)
	}
	// A failed export leaves no file and no temporary behind.
	bad := filepath.Join(dir, "nodir", "x.csv")
	if r := libDixit(t, dir, "", "export", "-o", bad); r.code == 0 {
		t.Errorf("export into a missing directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestShowRmAndAliases(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "aliases.toml"), []byte("[speakers]\n\"Ivan Konovalov\" = [\"I. Konovalov\", \"Konovalov Ivan\"]\n"), 0o644)
	r := libDixit(t, dir, "", "show", "bundled/000_49b410c6cb5c01c4.txt")
	if r.code != 0 || !strings.Contains(r.stdout, "⟦") || !strings.Contains(r.stdout, "Sources") || strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("show (piped, so plain): exit %d\n%s", r.code, r.stdout)
	}
	r = libDixit(t, dir, "", "speakers", "--speaker", "konovalov ivan")
	if !strings.Contains(r.stdout, "Ivan Konovalov") {
		t.Errorf("alias lookup: %s", r.stdout)
	}
	r = libDixit(t, dir, "", "rm", "bundled/000_49b410c6cb5c01c4.txt")
	if r.code != 0 {
		t.Fatalf("rm: %d %s", r.code, r.stderr)
	}
	if r := libDixit(t, dir, "", "quotes", "--speaker", "konovalov", "--json"); strings.Contains(r.stdout, "Konovalov") {
		t.Errorf("quotes remain after rm: %s", r.stdout)
	}
	if r := libDixit(t, dir, "", "show", "999999"); r.code == 0 || !strings.Contains(r.stderr, "999999") {
		t.Errorf("show missing: %d %q", r.code, r.stderr)
	}
}

// TestOlderRulesReextracted: an article stored by an earlier rulesRevision
// (same lexicon, results the current rules no longer give) is re-extracted
// the next time the library is opened, so a revision bump is all it takes
// for stale speakers to go.
func TestOlderRulesReextracted(t *testing.T) {
	dir := t.TempDir()
	if r := libDixit(t, dir, "", "ls"); r.code != 0 {
		t.Fatalf("ls: exit %d, stderr %q", r.code, r.stderr)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "library.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.Find(ctx, "bundled/000_49b410c6cb5c01c4.txt")
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for i := range e.Result.Quotes {
		e.Result.Quotes[i].Speaker = "Speaker Of Older Rules"
	}
	_, lexHash, _ := strings.Cut(attrib.Version, "-")
	e.Extractor, e.Force = "r0-"+lexHash, true
	_, _, err = s.Put(ctx, e)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	r := libDixit(t, dir, "", "quotes", "--json")
	if strings.Contains(r.stdout, "Speaker Of Older Rules") || !strings.Contains(r.stdout, "Ivan Konovalov") {
		t.Errorf("quotes after opening a library with older rules' results:\n%s", r.stdout)
	}
	if r := libDixit(t, dir, "", "reindex"); r.code != 0 || !strings.HasPrefix(r.stdout, "0 re-extracted") {
		t.Errorf("reindex after the refresh on open: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
}

// An undated article was not published since or until any date: --since
// and --until leave it out, however recently it was added.
func TestSinceUntilLeaveUndatedOut(t *testing.T) {
	dir := t.TempDir()
	type row struct {
		ID        int64   `json:"id"`
		Published *string `json:"published"` // absent or null when undated
	}
	ls := func(args ...string) []row {
		t.Helper()
		r := libDixit(t, dir, "", append([]string{"ls", "--json"}, args...)...)
		if r.code != 0 {
			t.Fatalf("ls %v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		var out []row
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatalf("ls %v: %v\n%s", args, err, r.stdout)
		}
		return out
	}
	all := ls()
	in := func(from, to string) (n int) {
		for _, a := range all {
			if a.Published != nil && (*a.Published)[:10] >= from && (*a.Published)[:10] <= to {
				n++
			}
		}
		return n
	}
	undated := 0
	for _, a := range all {
		if a.Published == nil {
			undated++
		}
	}
	if undated == 0 || in("0000", "9999") == 0 {
		t.Fatalf("the bundled corpus should hold dated and undated articles: %d undated of %d", undated, len(all))
	}
	for _, c := range []struct {
		args     []string
		from, to string
	}{
		{[]string{"--since", "7d"}, time.Now().AddDate(0, 0, -7).Format("2006-01-02"), "9999"},
		{[]string{"--since", "2025-06-01"}, "2025-06-01", "9999"},
		{[]string{"--until", "2025-05-22"}, "0000", "2025-05-22"},
		{[]string{"--since", "2025-04-01", "--until", "2025-06-11"}, "2025-04-01", "2025-06-11"},
	} {
		got := ls(c.args...)
		for _, a := range got {
			if a.Published == nil {
				t.Errorf("ls %v lists undated article %d", c.args, a.ID)
			}
		}
		if want := in(c.from, c.to); len(got) != want {
			t.Errorf("ls %v: %d articles, want the %d published in [%s, %s]", c.args, len(got), want, c.from, c.to)
		}
	}
	if r := libDixit(t, dir, "", "ls", "--until", "soon"); r.code == 0 || !strings.Contains(r.stderr, "--until \"soon\"") {
		t.Errorf("ls --until soon: exit %d, stderr %q", r.code, r.stderr)
	}
}
