package tui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// fakeBrowser points $BROWSER at a script that appends each argument it is
// given to a file, one a line, and exits with status code; it returns the
// file's path.
func fakeBrowser(t *testing.T, code string) string {
	t.Helper()
	dir := t.TempDir()
	rec := filepath.Join(dir, "opened")
	script := filepath.Join(dir, "browser")
	body := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + rec + "'; done\nexit " + code + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", script)
	return rec
}

func recorded(t *testing.T, rec string) []string {
	t.Helper()
	b, err := os.ReadFile(rec)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func TestKeysOpenInBrowser(t *testing.T) {
	rec := fakeBrowser(t, "0")
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	// The list has the focus: o opens the row under the cursor, the newest
	// article, a feed entry with its address.
	first := d.m.list.rows[0]
	if !strings.HasPrefix(first.URL, "https://www.example.org/courrier-du-val/") {
		t.Fatalf("the first row's address is %q: the fixture changed", first.URL)
	}
	d.key("o")
	if got := recorded(t, rec); !slices.Equal(got, []string{first.URL}) {
		t.Fatalf("the browser was given %q, want only %q", got, first.URL)
	}
	if want := "opened " + first.URL + " in the browser"; d.m.status != want || d.m.statusErr {
		t.Errorf("status %q (error %v), want %q", d.m.status, d.m.statusErr, want)
	}
	// The reader's header names the outlet, the date and the address.
	frame := ansi.Strip(d.frame())
	if !strings.Contains(frame, "│Le Courrier du Val · 2025-06-16 · https://www.exa…│") {
		t.Errorf("the reader's header lacks outlet, date and address:\n%s", frame)
	}

	// In the reader, o opens the article shown; the seed was read from a
	// file and has no address: o says so and runs nothing.
	os.Remove(rec)
	d.key("/")
	d.typeText("Konovalov")
	d.key("enter", "enter")
	if d.m.focus != paneReader || d.m.reader.entry == nil || d.m.reader.entry.Article.Path != seedPath {
		t.Fatalf("the seed article is not open in the reader")
	}
	d.key("o")
	if got := recorded(t, rec); got != nil {
		t.Errorf("the browser ran on %q for an article without an address", got)
	}
	if d.m.status != "this article has no web address" || !d.m.statusErr {
		t.Errorf("status %q (error %v), want that the article has no web address", d.m.status, d.m.statusErr)
	}
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "│"+seedPath) {
		t.Errorf("the header of an article read from a file does not name the file:\n%s", f)
	}
}

func TestKeysOpenInBrowserFails(t *testing.T) {
	rec := fakeBrowser(t, "3")
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 30)
	d.key("o")
	if len(recorded(t, rec)) != 1 {
		t.Fatalf("the browser did not run")
	}
	if !d.m.statusErr || !strings.HasSuffix(d.m.status, ": exit status 3") {
		t.Errorf("status %q (error %v), want the browser's exit status", d.m.status, d.m.statusErr)
	}
}

// An article whose address is not a web page's (a feed can give any "link")
// is refused, on one line, and its header shows the address cleaned.
func TestKeysOpenRefusesOtherSchemes(t *testing.T) {
	rec := fakeBrowser(t, "0")
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lib.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	a, err := article.FromText("local/notes.txt", []byte("Harbour notes\n\n“The tide is early,” said Nora Quill.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a.URL = "file:///etc/passwd\n\x1b[2Jx"
	a.Outlet = "Quay\x1b]52;c;ZXZpbA==\a Post"
	if _, err := putArticle(ctx, store, a, addedBase); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, newTestModel(t, store, "dark", false), 120, 30)
	d.key("o")
	if got := recorded(t, rec); got != nil {
		t.Errorf("the browser ran on %q", got)
	}
	if d.m.status != "not a web address: file:///etc/passwd x" || !d.m.statusErr {
		t.Errorf("status %q (error %v), want the refusal on one line", d.m.status, d.m.statusErr)
	}
	frame := d.frame()
	checkOnlySGR(t, "header", frame)
	if !strings.Contains(ansi.Strip(frame), "│Quay Post · file:///etc/passwd x") {
		t.Errorf("the header does not show the outlet and address cleaned:\n%s", ansi.Strip(frame))
	}
}

func TestWebAddress(t *testing.T) {
	for _, ok := range []string{"https://www.example.org/a-b?c=d#e", "http://example.com", "https://example.org/café"} {
		if got, err := webAddress(ok); err != nil || got != ok {
			t.Errorf("webAddress(%q) = %q, %v", ok, got, err)
		}
	}
	for _, bad := range []string{"", "javascript:alert(1)", "file:///etc/passwd", "https://", "//example.org/a",
		"-new-window", "http://exa mple.org", "https://example.org/\x1b[2J", "https://example.org/\u202eevil", "mailto:a@example.org"} {
		if got, err := webAddress(bad); err == nil {
			t.Errorf("webAddress(%q) = %q, want a refusal", bad, got)
		}
	}
}

func TestBrowserCommand(t *testing.T) {
	const u = "https://example.org/a"
	look := func(have ...string) func(string) (string, error) {
		return func(name string) (string, error) {
			if slices.Contains(have, name) {
				return "/bin/" + name, nil
			}
			return "", errors.New("not found")
		}
	}
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "BROWSER" {
				return v
			}
			return ""
		}
	}
	for _, c := range []struct {
		browser string
		have    []string
		want    []string
	}{
		{"", []string{"xdg-open", "open"}, []string{"/bin/xdg-open", u}},
		{"", []string{"open"}, []string{"/bin/open", u}},
		{"w3m:firefox --new-tab %s", []string{"firefox", "xdg-open"}, []string{"/bin/firefox", "--new-tab", u}},
		{"lynx -accept_all_cookies", []string{"lynx"}, []string{"/bin/lynx", "-accept_all_cookies", u}},
		{"nothere", []string{"xdg-open"}, []string{"/bin/xdg-open", u}},
	} {
		cmd, err := browserCommand(u, env(c.browser), look(c.have...))
		if err != nil {
			t.Errorf("BROWSER=%q: %v", c.browser, err)
			continue
		}
		if got := append([]string{cmd.Path}, cmd.Args[1:]...); !slices.Equal(got, c.want) {
			t.Errorf("BROWSER=%q with %q: runs %q, want %q", c.browser, c.have, got, c.want)
		}
	}
	if _, err := browserCommand(u, env(""), look()); err == nil {
		t.Errorf("no browser at all: no error")
	}
}
