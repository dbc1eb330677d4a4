package tui

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// openExport opens the export form on the first article and types path
// into it, replacing the name it proposes.
func openExport(t *testing.T, d *driver, path string) {
	t.Helper()
	d.key("e")
	if d.m.overlay != overlayExport {
		t.Fatal("e did not open the export form")
	}
	d.m.export.path.SetValue("")
	d.typeText(path)
}

func formText(d *driver) string { return ansi.Strip(d.m.export.View()) }

// An existing file is replaced only once the user says so; esc goes back
// to the name, and the file stays as it was until then.
func TestExportAsksBeforeReplacing(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	path := filepath.Join(t.TempDir(), "quotes.csv")
	os.WriteFile(path, []byte("an earlier export\n"), 0o600)
	openExport(t, d, path)
	d.key("enter")
	if d.m.overlay != overlayExport || !d.m.export.confirming() {
		t.Fatalf("enter on an existing file: overlay %d, confirming %v", d.m.overlay, d.m.export.confirming())
	}
	if got := formText(d); !strings.Contains(got, "quotes.csv exists: enter replaces it, esc keeps it") {
		t.Errorf("the form does not ask:\n%s", got)
	}
	if b, _ := os.ReadFile(path); string(b) != "an earlier export\n" {
		t.Fatalf("the file changed before the user confirmed: %q", b)
	}
	d.key("esc")
	if d.m.overlay != overlayExport || d.m.export.confirming() {
		t.Fatalf("esc while asking: overlay %d, confirming %v; want back to the name", d.m.overlay, d.m.export.confirming())
	}
	d.key("enter", "enter")
	if d.m.overlay != overlayNone || !strings.Contains(d.m.status, "exported ") {
		t.Fatalf("confirmed: overlay %d, status %q", d.m.overlay, d.m.status)
	}
	recs, err := csv.NewReader(strings.NewReader(mustRead(t, path))).ReadAll()
	if err != nil || len(recs) != len(d.m.reader.entry.Result.Quotes)+1 || recs[0][0] != "article_id" {
		t.Errorf("the replaced file: %d records, %v", len(recs), err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("the replaced file's mode %v, want the old 0600", st.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The extension typed is the format: the tabs follow it, and the file is
// written in it whatever was chosen before.
func TestExportFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, format, starts string }{
		{"x.csv", "csv", "article_id,title,"},
		{"x.md", "md", "# Quotes\n"},
		{"x.jsonl", "jsonl", `{"article_id":`},
		{"x.json", "json", "[\n  {"},
		{"y", "json", "[\n  {"}, // no extension: the format shown, added to the name
	} {
		d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
		openExport(t, d, filepath.Join(dir, c.name))
		d.key("enter")
		if d.m.overlay != overlayNone {
			t.Fatalf("%s: the form stayed open: %s", c.name, formText(d))
		}
		written := filepath.Join(dir, c.name)
		if !strings.Contains(c.name, ".") {
			written += "." + c.format
		}
		if got := mustRead(t, written); !strings.HasPrefix(got, c.starts) {
			t.Errorf("%s: written as %.30q, want %s", c.name, got, c.format)
		}
	}
	// Typing the extension moves the format tab to it.
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	openExport(t, d, "notes.md")
	if d.m.export.format != formatIndex("md") {
		t.Errorf("typing .md: format %d, want md (%d)", d.m.export.format, formatIndex("md"))
	}
	d.typeText("x") // "notes.mdx": not a format
	d.key("enter")
	if d.m.overlay != overlayExport || !strings.Contains(formText(d), "notes.mdx: .mdx is not a format (.json .jsonl .csv .md)") {
		t.Errorf("an unknown extension:\n%s", formText(d))
	}
}

// "~" is the home directory, as in a shell.
func TestExportExpandsHome(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	home, _ := os.UserHomeDir()
	want := filepath.Join(home, "dixit-home-test.csv")
	defer os.Remove(want)
	openExport(t, d, "~/dixit-home-test.csv")
	d.key("enter")
	if _, err := os.Stat(want); err != nil || d.m.overlay != overlayNone || !strings.Contains(d.m.status, want) {
		t.Errorf("~/dixit-home-test.csv: %v, overlay %d, status %q", err, d.m.overlay, d.m.status)
	}
}

// A failure keeps the form open with one line naming the path as typed,
// never the temporary file written through.
func TestExportErrorKeepsForm(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	openExport(t, d, "~/no-such-folder/quotes.csv")
	d.key("enter")
	f := formText(d)
	if d.m.overlay != overlayExport || !strings.Contains(f, "~/no-such-folder/quotes.csv: no such folder") || strings.Contains(f, ".tmp") {
		t.Errorf("overlay %d, form:\n%s", d.m.overlay, f)
	}
	if strings.Count(strings.TrimRight(f, "\n"), "\n") != 6 {
		t.Errorf("the form grew: %q", f)
	}
	// Editing the name clears the error.
	d.send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	if strings.Contains(formText(d), "no such folder") {
		t.Errorf("the error outlived an edit")
	}
}

// The form proposes a name in the default folder, "~" for the home.
func TestExportDefaultFolder(t *testing.T) {
	home, _ := os.UserHomeDir()
	dir := filepath.Join(home, "Exports")
	m := newTestModel(t, corpus(t), "dark", false)
	m.pc.exportDir = dir
	d := newDriver(t, m, 120, 30)
	d.key("e")
	if got := d.m.export.path.Value(); !strings.HasPrefix(got, "~/Exports/dixit-article-") || !strings.HasSuffix(got, ".json") {
		t.Errorf("proposed %q, want ~/Exports/dixit-article-N.json", got)
	}
	// Without one, the working directory: a bare name.
	d = newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	d.key("e")
	if got := d.m.export.path.Value(); strings.Contains(got, "/") {
		t.Errorf("proposed %q, want a name in the working directory", got)
	}
}
