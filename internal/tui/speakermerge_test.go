package tui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/library/sqlite"
)

// ctrl+g on a speaker, then on the speaker they are, merges the first into
// the second: written to aliases.toml and to the library at once; ctrl+z
// undoes it.
func TestMergeSpeakersAndUndo(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	aliasPath := filepath.Join(dir, "aliases.toml")
	os.WriteFile(aliasPath, []byte("[speakers]\n\"Vladimir Putin\" = [\"Vladimir Poutine\"]\n"), 0o644)
	al, err := library.LoadAliases(aliasPath)
	if err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(ctx, filepath.Join(dir, "library.db"), al)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, body := range []string{
		"Ferry fares frozen\n\n\"Fares will not rise,\" said Perrin Vasquez, the harbour master.\n",
		"Harbour dredged\n\n\"The channel is deep again,\" said P. Vasquez.\n\n\"We begin in May,\" said Imogen Farrowby.\n",
	} {
		a, err := article.FromText(filepath.Join("/news", string(rune('a'+i))+".txt"), []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := putArticle(ctx, s, a, addedBase); err != nil {
			t.Fatal(err)
		}
	}
	names := func() []string {
		st, _ := s.Speakers(ctx, library.Filter{})
		var out []string
		for _, x := range st {
			out = append(out, x.Name)
		}
		return out
	}
	before := strings.Join(names(), ", ")
	if !strings.Contains(before, "P. Vasquez") || !strings.Contains(before, "Perrin Vasquez") {
		t.Fatalf("fixture: speakers %s", before)
	}
	m, err := New(ctx, s, Options{Theme: "dark", NoColor: true, Aliases: al, AliasesPath: aliasPath})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, m, 120, 30)
	d.key("s")
	d.typeText("p. vasq")
	d.key("ctrl+g")
	if !strings.Contains(ansi.Strip(d.frame()), "merge “P. Vasquez” into…") {
		t.Fatalf("first ctrl+g:\n%s", ansi.Strip(d.frame()))
	}
	for range "p. vasq" {
		d.key("backspace")
	}
	d.typeText("perrin")
	d.key("ctrl+g")
	if got := strings.Join(names(), ", "); strings.Contains(got, "P. Vasquez") {
		t.Errorf("after the merge the library lists %s", got)
	}
	file, _ := os.ReadFile(aliasPath)
	if !strings.Contains(string(file), `"Perrin Vasquez" = ["P. Vasquez"]`) || !strings.Contains(string(file), `"Vladimir Putin" = ["Vladimir Poutine"]`) {
		t.Errorf("aliases.toml:\n%s", file)
	}
	if reread, err := library.LoadAliases(aliasPath); err != nil || reread.Canonical("P. Vasquez") != "Perrin Vasquez" {
		t.Errorf("aliases.toml does not read back: %v", err)
	}
	if f := ansi.Strip(d.frame()); !strings.Contains(f, "merged “P. Vasquez” into “Perrin Vasquez” · ctrl+z undoes") || d.m.overlay != overlaySpeakers {
		t.Errorf("after the merge:\n%s", f)
	}
	d.key("ctrl+z")
	if got := strings.Join(names(), ", "); got != before {
		t.Errorf("undone: speakers %s, want %s", got, before)
	}
	file, _ = os.ReadFile(aliasPath)
	if strings.Contains(string(file), "P. Vasquez") || !strings.Contains(string(file), `"Vladimir Putin" = ["Vladimir Poutine"]`) {
		t.Errorf("aliases.toml after undo:\n%s", file)
	}
	if !strings.Contains(ansi.Strip(d.frame()), "are two speakers again") {
		t.Errorf("after undo:\n%s", ansi.Strip(d.frame()))
	}
	// esc cancels a merge begun, and leaves the view open; esc again
	// closes it.
	d.key("ctrl+g", "esc")
	if d.m.overlay != overlaySpeakers || d.m.speakers.merging() {
		t.Errorf("esc during a merge: overlay %d, merging %v", d.m.overlay, d.m.speakers.merging())
	}
	d.key("esc")
	if d.m.overlay != overlayNone {
		t.Error("esc did not close the speaker view")
	}
}
