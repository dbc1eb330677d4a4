package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun keeps, in one file per language, the words the English list has only in lower case and the
// French words it never capitalises, folded and sorted; it leaves out
// capitalised words, given names and French finite verb forms.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	en := write("en.txt", "story\nSmith\nsmith\nharbour\nharbour's\nwill\n")
	fr := write("fr.txt", "diable\nbâton\nparlaient\nsmith\nrouge\n")
	given := write("given.txt", "# names\n[given-m possessive]\nwill\n")
	if err := run(en, fr, given, dir); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"en": "harbour\nstory\n", "fr": "baton\ndiable\nrouge\n"} {
		got, err := os.ReadFile(filepath.Join(dir, "common_"+lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		body := string(got)
		body = body[strings.LastIndex(body, "script.\n")+len("script.\n"):]
		if body != want {
			t.Errorf("%s: got:\n%swant:\n%s", lang, body, want)
		}
	}
}
