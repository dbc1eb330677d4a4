package tui

import (
	"testing"

	"github.com/dixit-news/dixit/internal/library"
)

func TestParseQuery(t *testing.T) {
	cases := []struct {
		in   string
		want library.Filter
	}{
		{`speaker:"Ivan Konovalov"`, library.Filter{Speaker: "Ivan Konovalov"}},
		{`source:wsj lang:FR élysée visite`, library.Filter{Source: "wsj", Lang: "fr", Text: "élysée visite"}},
		{`outlet:"Le Courrier du Val" by:marchetti piscine`, library.Filter{Outlet: "Le Courrier du Val", Speaker: "marchetti", Text: "piscine"}},
		{`speaker: alone`, library.Filter{Text: "speaker: alone"}},
		{`http://example.org unknown:x`, library.Filter{Text: "http://example.org unknown:x"}},
		{``, library.Filter{}},
	}
	for _, c := range cases {
		if got := parseQuery(c.in); got != c.want {
			t.Errorf("parseQuery(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

// FuzzParseQuery: any query parses without panic, and every value it
// extracts comes from the query's own text.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`speaker:"Ivan Konovalov" source:wsj`, `"`, `:::`, `lang:`, "speaker:\"a\x00b", `a"b"c:d`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		f := parseQuery(q)
		for _, v := range []string{f.Speaker, f.Source, f.Outlet, f.Text} {
			if len(v) > len(q) {
				t.Fatalf("value %q longer than the query %q", v, q)
			}
		}
	})
}

func TestPartialWord(t *testing.T) {
	for q, want := range map[string]bool{
		"k": true, "konov m": true, "speaker:m": true, `speaker:"I`: true,
		"ko": false, "konov ": false, "": false, "speaker:": false, "lang:fr": false,
	} {
		if got := partialWord(q); got != want {
			t.Errorf("partialWord(%q) = %v, want %v", q, got, want)
		}
	}
}
