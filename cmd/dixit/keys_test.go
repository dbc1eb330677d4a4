package main

// How the library keys what it stores: one article per text read from
// standard input (or per --name), whatever the order of the runs.

import (
	"encoding/json"
	"strings"
	"testing"
)

// paths lists the stored articles' paths that do not come from the bundled
// corpus.
func paths(t *testing.T, dir string) []string {
	t.Helper()
	r := libDixit(t, dir, "", "ls", "--json")
	var list []struct {
		Path string `json:"path"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("ls --json: %v\n%s", err, r.stdout)
	}
	var out []string
	for _, a := range list {
		if !strings.HasPrefix(a.Path, "bundled/") {
			out = append(out, a.Path)
		}
	}
	return out
}

func TestStdinArticlesKeyedByContent(t *testing.T) {
	dir := t.TempDir()
	tide := "Harbour notes\n\n“The tide is early this week,” said Nora Quill.\n"
	ferry := "Ferry notes\n\n“The ferry will run late on Sunday,” said Hollis Brandt.\n"
	for i, c := range []struct{ in, want string }{{tide, "1 new,"}, {ferry, "1 new,"}, {tide, "0 new, 1 unchanged"}} {
		if r := libDixit(t, dir, c.in, "ingest", "-"); !strings.HasPrefix(r.stdout, c.want) {
			t.Errorf("ingest - #%d: %q %q, want %q", i+1, r.stdout, r.stderr, c.want)
		}
	}
	got := paths(t, dir)
	if len(got) != 2 || got[0] == got[1] {
		t.Fatalf("two texts piped in are stored as %q, want two articles", got)
	}
	for _, p := range got {
		if p == "-" || !strings.HasPrefix(p, "stdin:") {
			t.Errorf("piped article stored under %q", p)
		}
		if r := libDixit(t, dir, "", "show", p); r.code != 0 {
			t.Errorf("show %s: %s", p, r.stderr)
		}
	}
	// Under a name, the next text of that name replaces it.
	libDixit(t, dir, tide+"\nShe spoke on Monday.\n", "ingest", "--name", "wire/tide", "-")
	r := libDixit(t, dir, tide+"\nShe spoke on Tuesday.\n", "ingest", "--name", "wire/tide", "-")
	if !strings.HasPrefix(r.stdout, "0 new, 0 unchanged, 1 updated") {
		t.Errorf("second text under one --name: %q %q, want it updated", r.stdout, r.stderr)
	}
	if r := libDixit(t, dir, "", "show", "wire/tide"); !strings.Contains(r.stdout, "Tuesday") {
		t.Errorf("show wire/tide: %q %q", r.stdout, r.stderr)
	}
	if n := len(paths(t, dir)); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
}
