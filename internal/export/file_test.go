package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// WriteNew never replaces a file: the one there stays as it was, and no
// temporary file is left behind.
func TestWriteNewRefusesExisting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "quotes.csv")
	if err := WriteNew(path, write("first\n")); err != nil {
		t.Fatal(err)
	}
	err := WriteNew(path, write("second\n"))
	var fe *FileError
	if !errors.Is(err, ErrExists) || !errors.As(err, &fe) || fe.Path != path || err.Error() != path+": already exists" {
		t.Fatalf("second WriteNew: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "first\n" {
		t.Errorf("the file changed: %q", b)
	}
	if err := WriteFile(path, write("second\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "second\n" {
		t.Errorf("WriteFile did not replace it: %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// A failure names the path asked for, never the temporary file beside it.
func TestWriteFileErrorNamesThePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "quotes.csv")
	for _, w := range []func(string, func(io.Writer) error) error{WriteFile, WriteNew} {
		err := w(path, write("x"))
		var fe *FileError
		if !errors.As(err, &fe) || fe.Cause() != "no such folder" || strings.Contains(err.Error(), ".tmp") || !strings.HasPrefix(err.Error(), path+": ") {
			t.Errorf("error %q (cause %v)", err, fe)
		}
	}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]string{
		"x.csv": "csv", "X.CSV": "csv", "notes.md": "md", "a.markdown": "md", "q.json": "json", "q.jsonl": "jsonl",
		"q.ndjson": "jsonl", "q": "", "q.txt": "", "dir.csv/q": "", ".csv": "csv",
	} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestHome(t *testing.T) {
	home := "/home/nora"
	for in, want := range map[string]string{
		"~": home, "~/x.csv": "/home/nora/x.csv", "~/a/../b.md": "/home/nora/b.md", "~nora/x": "~nora/x", "x/~/y": "x/~/y", "/tmp/x": "/tmp/x",
	} {
		if got := ExpandHome(in, home); got != want {
			t.Errorf("ExpandHome(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"/home/nora/Downloads/x.csv": "~/Downloads/x.csv", "/home/nora": "~", "/home/norah/x": "/home/norah/x", "/tmp/x": "/tmp/x",
	} {
		if got := AbbrevHome(in, home); got != want {
			t.Errorf("AbbrevHome(%q) = %q, want %q", in, got, want)
		}
	}
}

// DefaultDir: $XDG_DOWNLOAD_DIR, else user-dirs.dirs, else ~/Downloads, else
// the working directory; a folder that does not exist is passed over.
func TestDefaultDir(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"HOME": home}
	getenv := func(k string) string { return env[k] }
	if got := DefaultDir(getenv); got != "" {
		t.Errorf("no download folder: %q, want the working directory", got)
	}
	os.Mkdir(filepath.Join(home, "Downloads"), 0o755)
	if got := DefaultDir(getenv); got != filepath.Join(home, "Downloads") {
		t.Errorf("with ~/Downloads: %q", got)
	}
	os.MkdirAll(filepath.Join(home, ".config"), 0o755)
	os.Mkdir(filepath.Join(home, "Téléchargements"), 0o755)
	os.WriteFile(filepath.Join(home, ".config", "user-dirs.dirs"), []byte("# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureau\"\nXDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n"), 0o644)
	if got := DefaultDir(getenv); got != filepath.Join(home, "Téléchargements") {
		t.Errorf("with user-dirs.dirs: %q", got)
	}
	env["XDG_DOWNLOAD_DIR"] = filepath.Join(home, "gone")
	if got := DefaultDir(getenv); got != filepath.Join(home, "Téléchargements") {
		t.Errorf("with $XDG_DOWNLOAD_DIR missing on disk: %q", got)
	}
	os.Mkdir(filepath.Join(home, "gone"), 0o755)
	if got := DefaultDir(getenv); got != filepath.Join(home, "gone") {
		t.Errorf("with $XDG_DOWNLOAD_DIR: %q", got)
	}
}
