package tui

import (
	"testing"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"

	"github.com/dixit-news/dixit/internal/library"
)

func TestParseQuery(t *testing.T) {
	now := time.Date(2025, 6, 20, 15, 0, 0, 0, time.UTC)
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
		{`kind:reported since:2025-06-01 until:2025-06-13 piscine`, library.Filter{Kind: attrib.Indirect,
			Since: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 6, 14, 0, 0, 0, 0, time.UTC), Text: "piscine"}},
		{`KIND:Direct since:2w`, library.Filter{Kind: attrib.Direct, Since: now.AddDate(0, 0, -14)}},
		{`kind:loud since:soon until:`, library.Filter{Text: "kind:loud since:soon until:"}},
		{`trail:Altered lang:en ferry`, library.Filter{Altered: true, Lang: "en", Text: "ferry"}},
		{`trail:any`, library.Filter{Text: "trail:any"}},
	}
	for _, c := range cases {
		if got := parseQueryAt(c.in, now); got != c.want {
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
