package main

// End-to-end tests of a shared library on PostgreSQL through the real
// binary: the commands work on it as on a file, and `dixit migrate` copies
// a SQLite library into it, resumably, and checks the counts. They need a
// server: $DIXIT_TEST_POSTGRES (see scripts/pg-start.sh). Every article is
// invented.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/library/postgres/postgrestest"
)

// pgDixit runs dixit against the PostgreSQL library u.
func pgDixit(t *testing.T, dir, u string, args ...string) run {
	t.Helper()
	return dixit(t, "", append([]string{"--db", u, "--aliases", filepath.Join(dir, "aliases.toml")}, args...)...)
}

func TestPostgresCommands(t *testing.T) {
	u := postgrestest.URL(t)
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	os.MkdirAll(news, 0o755)
	os.WriteFile(filepath.Join(news, "tram.txt"), []byte("Brumeval council backs the tramway\n\n\"We will build it by 2030,\" said Priya Vellacott, the county's chief planner, according to Northwind Wire.\n"), 0o644)
	os.WriteFile(filepath.Join(news, "quay.txt"), []byte("Kelderport quay to reopen at the Élysée's request\n\n\"The quay opens in May,\" said Priya Vellacott.\n"), 0o644)
	r := pgDixit(t, dir, u, "ingest", news)
	if r.code != 0 || !strings.Contains(r.stdout, "2 new, 0 unchanged") {
		t.Fatalf("ingest: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	r = pgDixit(t, dir, u, "quotes", "--speaker", "vellacott")
	if r.code != 0 || strings.Count(r.stdout, "Priya Vellacott") != 2 {
		t.Errorf("quotes --speaker vellacott: %q %q", r.stdout, r.stderr)
	}
	r = pgDixit(t, dir, u, "ls", "--search", "elysee")
	if !strings.Contains(r.stdout, "Kelderport quay") || strings.Contains(r.stdout, "tramway") {
		t.Errorf("ls --search elysee:\n%s", r.stdout)
	}
	r = pgDixit(t, dir, u, "export", "--format", "csv", "--speaker", "vellacott", "-o", filepath.Join(dir, "v.csv"))
	if data, _ := os.ReadFile(filepath.Join(dir, "v.csv")); r.code != 0 || strings.Count(string(data), "Vellacott") < 2 {
		t.Errorf("export: exit %d %q, file %q", r.code, r.stderr, data)
	}
	r = pgDixit(t, dir, u, "reindex", "--all")
	if r.code != 0 || !strings.Contains(r.stdout, "re-extracted") {
		t.Errorf("reindex: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	r = pgDixit(t, dir, "postgres://nobody:hunter2@127.0.0.1:1/none?connect_timeout=2", "ls")
	if r.code == 0 || !strings.Contains(r.stderr, "cannot be reached") || strings.Contains(r.stderr, "hunter2") {
		t.Errorf("unreachable server: exit %d, %q", r.code, r.stderr)
	}
}

func TestMigrateSQLiteToPostgres(t *testing.T) {
	u := postgrestest.URL(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "extra.txt"), []byte("Ostwick ferry timetable changes\n\n\"Boats will leave at seven,\" said Ilse Marchbank, the harbour master.\n"), 0o644)
	// The corpus ingested as the user's own (samples make way for it):
	// sources of every shape, and one more article.
	corpus, _ := filepath.Abs("../../articles")
	if r := libDixit(t, dir, "", "ingest", corpus, filepath.Join(dir, "extra.txt")); r.code != 0 {
		t.Fatalf("ingest into SQLite: %q", r.stderr)
	}
	migrate := func() run {
		return libDixit(t, dir, "", "migrate", "--to", u)
	}
	r := migrate()
	if r.code != 0 || !strings.Contains(r.stdout, "counts match") || !strings.Contains(r.stdout, " 0 unchanged") {
		t.Fatalf("migrate: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	t.Logf("migrate:\n%s", r.stdout)
	// Rerun: nothing to copy.
	if r := migrate(); r.code != 0 || !strings.Contains(r.stdout, "0 new") || !strings.Contains(r.stdout, "counts match") {
		t.Errorf("migrate again: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// Both libraries list the same articles and quotes, ids aside.
	for _, args := range [][]string{{"quotes", "--json"}, {"speakers", "--json"}, {"sources", "--json"}, {"ls", "--speaker", "marchbank"}} {
		a := libDixit(t, dir, "", args...)
		b := pgDixit(t, dir, u, args...)
		if args[0] == "ls" {
			a.stdout, b.stdout = dropFirstColumn(a.stdout), dropFirstColumn(b.stdout)
		}
		a.stdout, b.stdout = dropIDs(a.stdout), dropIDs(b.stdout)
		if a.stdout != b.stdout || a.code != 0 || b.code != 0 {
			t.Errorf("%v differs between SQLite and PostgreSQL:\n%s\n---\n%s", args, a.stdout, b.stdout)
		}
	}
	// Every article comes across whole, with the engine's account of each
	// quote and source, which the listings above do not all show.
	var list []struct {
		Path string `json:"path"`
	}
	if err := json.Unmarshal([]byte(libDixit(t, dir, "", "ls", "--json").stdout), &list); err != nil || len(list) == 0 {
		t.Fatalf("ls --json: %v, %d articles", err, len(list))
	}
	var account string
	for _, a := range list {
		sq := libDixit(t, dir, "", "show", a.Path, "--json")
		pg := pgDixit(t, dir, u, "show", a.Path, "--json")
		sq.stdout, pg.stdout = dropLines(sq.stdout, `"ID":`), dropLines(pg.stdout, `"ID":`)
		if sq.stdout != pg.stdout || sq.code != 0 || pg.code != 0 {
			t.Errorf("show %s differs between SQLite and PostgreSQL:\n%s\n---\n%s%s", a.Path, sq.stdout, pg.stdout, pg.stderr)
		}
		account += pg.stdout
	}
	for _, field := range []string{`"rule": "after/`, `"resolved": "name`, `"rule": "attribution"`} {
		if !strings.Contains(account, field) {
			t.Errorf("no %s in the copied library: the account was not copied", field)
		}
	}
	// A migration cut short resumes: remove a few articles from the target
	// as if they had not been copied yet.
	for _, id := range []string{"1", "2", "3"} {
		pgDixit(t, dir, u, "rm", id)
	}
	if r := migrate(); r.code != 0 || !strings.Contains(r.stdout, "3 new") || !strings.Contains(r.stdout, "counts match") {
		t.Errorf("resumed migrate: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// A target holding more than the source fails the check.
	os.WriteFile(filepath.Join(dir, "more.txt"), []byte("Quenby market hall\n\n\"It will be ready in June,\" said Bruno Ardenne.\n"), 0o644)
	pgDixit(t, dir, u, "ingest", filepath.Join(dir, "more.txt"))
	if r := migrate(); r.code == 0 || !strings.Contains(r.stderr, "counts differ") {
		t.Errorf("migrate onto a larger target: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := dixit(t, "", "--db", filepath.Join(dir, "absent.db"), "migrate", "--to", u); r.code == 0 || !strings.Contains(r.stderr, "no library to migrate") {
		t.Errorf("migrate from a missing file: exit %d %q", r.code, r.stderr)
	}
}

func dropFirstColumn(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		f := strings.Fields(l)
		if len(f) > 0 {
			l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), f[0]))
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// dropIDs drops the "article_id" lines of JSON: the ids of a copy differ.
func dropIDs(s string) string { return dropLines(s, `"article_id":`) }

func dropLines(s, containing string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, containing) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
