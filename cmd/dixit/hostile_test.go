package main

// Strings from outside the article text — file names, paths, URLs — reach
// the terminal, exports and error lines only through the text filter. The
// file below is named to write the clipboard (OSC 52), move the cursor and
// reverse the line if any of them got through raw.

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/text"
)

const hostileName = "ferry\x1b]52;c;aGk=\x07\x1b[2A\r\u202etxt.md"

// assertInert fails when out holds a control character other than newline
// and tab, or invalid UTF-8: what a terminal or a spreadsheet could act on.
func assertInert(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: invalid UTF-8 in %q", what, out)
	}
	for _, r := range out {
		if r != '\n' && r != '\t' && text.IsControl(r) {
			t.Errorf("%s: control %U reached the output: %q", what, r, out)
			return
		}
	}
}

func TestHostileFileName(t *testing.T) {
	dir := t.TempDir()
	// "#" alone is no title, so the file's name stands in for it.
	p := writeFile(t, dir, hostileName, []byte("#\n\n“The ferries will run on the winter timetable,” said Nora Quill.\n"))
	for _, f := range []string{"json", "jsonl", "csv", "md"} {
		r := dixit(t, "", "extract", "--format", f, p)
		if r.code != 0 {
			t.Fatalf("extract --format %s: exit %d, %s", f, r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "ferry") {
			t.Errorf("extract --format %s does not name the file:\n%s", f, r.stdout)
		}
		assertInert(t, "extract --format "+f, r.stdout)
	}
	r := dixit(t, "", "extract", "--explain", p)
	assertInert(t, "extract --explain", r.stdout)
	r = dixit(t, "", "extract", filepath.Join(dir, "missing"+hostileName))
	if r.code == 0 || strings.Count(r.stderr, "\n") != 2 {
		t.Errorf("missing file: exit %d, want one error line and the summary:\n%q", r.code, r.stderr)
	}
	assertInert(t, "extract error line", r.stderr)

	r = libDixit(t, dir, "", "ingest", p, "http://example.invalid/\x1b]52;c;aGk=\x07")
	assertInert(t, "ingest", r.stdout+r.stderr)
	id := ""
	r = libDixit(t, dir, "", "ls", "--json")
	assertInert(t, "ls --json", r.stdout)
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, `"id"`) && id == "" {
			id = strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), `"id":`)), ",")
		}
	}
	r = libDixit(t, dir, "", "ls")
	assertInert(t, "ls", r.stdout)
	if _, err := strconv.Atoi(id); err != nil {
		t.Fatalf("no id in ls --json")
	}
	for _, args := range [][]string{{"show", p}, {"show", "--json", p}, {"quotes"}, {"export", "--format", "md"}, {"export", "--format", "json"}} {
		r = libDixit(t, dir, "", args...)
		if r.code != 0 {
			t.Errorf("%q: exit %d, %s", args, r.code, r.stderr)
		}
		assertInert(t, strings.Join(args, " "), r.stdout+r.stderr)
	}
	r = libDixit(t, dir, "", "rm", p+"\x1b[2J", p)
	if r.code == 0 || !strings.Contains(r.stdout, "removed") {
		t.Errorf("rm: exit %d, %q %q; want one removal and one failure", r.code, r.stdout, r.stderr)
	}
	assertInert(t, "rm", r.stdout+r.stderr)
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
}
