package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRegularRules(t *testing.T) {
	for _, c := range []struct{ base, s, ed, ing string }{
		{"say", "says", "sayed", "saying"}, {"testify", "testifies", "testified", "testifying"},
		{"stress", "stresses", "stressed", "stressing"}, {"vouch", "vouches", "vouched", "vouching"},
		{"joke", "jokes", "joked", "joking"}, {"agree", "agrees", "agreed", "agreeing"},
		{"tweet", "tweets", "tweeted", "tweeting"}, {"lie", "lies", "lied", "lying"},
	} {
		if got := thirdPerson(c.base); got != c.s {
			t.Errorf("thirdPerson(%s) = %s, want %s", c.base, got, c.s)
		}
		if got := regularPast(c.base); got != c.ed {
			t.Errorf("regularPast(%s) = %s, want %s", c.base, got, c.ed)
		}
		if got := regularIng(c.base); got != c.ing {
			t.Errorf("regularIng(%s) = %s, want %s", c.base, got, c.ing)
		}
	}
}

// TestGenEnglish runs the English generator on a small verb.exc of its
// own, so it needs no package.
func TestGenEnglish(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "# test\nsay | indirect\nquip\nmarvel\nplead: pleaded\nread: read | no-ing\nemphasize emphasise | indirect\n"
	exc := "said say\nquipped quip\nquipping quip\nmarvelled marvel\nmarvelling marvel\npled plead\n"
	if err := os.WriteFile(filepath.Join(dir, "src/speech_verbs_en.txt"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "verb.exc"), []byte(exc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := genEnglish(dir, filepath.Join(dir, "verb.exc")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "verbs_en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	want := []string{
		"say says said saying | indirect",
		"quip quips quipped quipping",
		"marvel marvels marvelled marveled marvelling marveling",
		"plead pleads pleaded pled pleading",
		"read reads",
		"emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising | indirect",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
