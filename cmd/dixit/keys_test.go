package main

// How the library keys what it stores: one article per text read from
// standard input (or per --name), whatever the order of the runs.

import (
	"encoding/json"
	"os"
	"path/filepath"
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

// A file is one article however it is named on the command line: by its
// cleaned absolute path.
func TestFilesKeyedByAbsolutePath(t *testing.T) {
	dir := t.TempDir()
	db := []string{"--db", filepath.Join(dir, "library.db")}
	os.Mkdir(filepath.Join(dir, "desk"), 0o755)
	writeFile(t, dir, "x.txt", []byte("Quay notes\n\n“The quay reopens on Monday,” said Nora Quill.\n"))
	if r := dixitIn(t, dir, "", append(db, "ingest", "x.txt")...); !strings.HasPrefix(r.stdout, "1 new,") {
		t.Fatalf("ingest x.txt: %q %q", r.stdout, r.stderr)
	}
	writeFile(t, dir, "x.txt", []byte("Quay notes\n\n“The quay reopens on Tuesday,” said Nora Quill.\n"))
	for _, name := range []string{"./x.txt", "desk/../x.txt", filepath.Join(dir, "x.txt")} {
		r := dixitIn(t, dir, "", append(db, "ingest", name)...)
		if r.code != 0 || strings.Contains(r.stdout, "1 new") {
			t.Errorf("ingest %s after an edit: %q %q, want the article updated or unchanged, not a new one", name, r.stdout, r.stderr)
		}
	}
	r := dixitIn(t, dir, "", append(db, "ls", "--json")...)
	var list []struct {
		Path string `json:"path"`
	}
	json.Unmarshal([]byte(r.stdout), &list)
	var mine []string
	for _, a := range list {
		if !strings.HasPrefix(a.Path, "bundled/") {
			mine = append(mine, a.Path)
		}
	}
	if len(mine) != 1 || mine[0] != filepath.Join(dir, "x.txt") {
		t.Errorf("stored %q, want the one absolute path %s", mine, filepath.Join(dir, "x.txt"))
	}
	if r := dixitIn(t, filepath.Join(dir, "desk"), "", append(db, "show", "../x.txt")...); !strings.Contains(r.stdout, "Tuesday") {
		t.Errorf("show ../x.txt from another directory: %q %q", r.stdout, r.stderr)
	}
}

// A feed whose entries have no guid, read as [Alpha, Bravo] and later as
// [Charlie, Alpha]: Charlie is new, Alpha unchanged, Bravo still stored.
func TestFeedWithoutGUIDsLosesNothing(t *testing.T) {
	dir := t.TempDir()
	item := func(title string) string {
		return "<item><title>" + title + "</title><description>“The " + title + " ferry is on time,” said Nora Quill.</description></item>"
	}
	feed := func(titles ...string) []byte {
		s := `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Bulletin</title>`
		for _, t := range titles {
			s += item(t)
		}
		return []byte(s + "</channel></rss>")
	}
	p := writeFile(t, dir, "bulletin.rss", feed("Alpha", "Bravo"))
	if r := libDixit(t, dir, "", "ingest", p); !strings.HasPrefix(r.stdout, "2 new,") {
		t.Fatalf("first read: %q %q", r.stdout, r.stderr)
	}
	writeFile(t, dir, "bulletin.rss", feed("Charlie", "Alpha"))
	if r := libDixit(t, dir, "", "ingest", p); !strings.HasPrefix(r.stdout, "1 new, 1 unchanged, 0 updated") {
		t.Errorf("second read: %q %q, want Charlie new and Alpha unchanged", r.stdout, r.stderr)
	}
	for _, title := range []string{"Alpha", "Bravo", "Charlie"} {
		if r := libDixit(t, dir, "", "quotes", "--json"); !strings.Contains(r.stdout, "The "+title+" ferry") {
			t.Errorf("%s's quote is gone from the library", title)
		}
	}
}
