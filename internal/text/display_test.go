package text

import "testing"

// Quote texts as they are cut from fictional Markdown articles, and the
// words a reader of the rendered article sees.
func TestDisplay(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain", "We will rebuild the pier by spring", "We will rebuild the pier by spring"},
		{"emphasis", "It took *eight years* to get here", "It took eight years to get here"},
		{"strong", "This is **not** a tax rise", "This is not a tax rise"},
		{"underscores", "The plan is _fully_ funded", "The plan is fully funded"},
		{"strong underscores", "__Never__ again", "Never again"},
		{"strike", "The budget is ~~late~~ on time", "The budget is late on time"},
		{"code", "Type `renew` to keep your card", "Type renew to keep your card"},
		{"link", "The plan is [fully costed](https://ledger.example/plan) and ready", "The plan is fully costed and ready"},
		{"link cut before its )", "The plan is [fully costed](https://ledger.example/pl", "The plan is fully costed"},
		{"link cut in its address", "see [the report](https", "see the report"},
		{"link cut before the quote", "costed](https://ledger.example/plan), said the mayor's office", "costed, said the mayor's office"},
		{"link with a title", `read [the memo](https://x.example/m "Memo") first`, "read the memo first"},
		{"reference link", "as [the council][1] decided", "as the council decided"},
		{"image", "![a pier at dusk](pier.jpg) says it all", "a pier at dusk says it all"},
		{"emphasis in a link", "[*eight* years](https://x.example)", "eight years"},
		{"emphasis cut at the start", "eight years* of waiting", "eight years of waiting"},
		{"emphasis cut at the end", "we waited *eight", "we waited eight"},
		{"emphasis before a comma", "*eight years*, she said", "eight years, she said"},
		{"quoted emphasis", `**"Enough"**, he said`, `"Enough", he said`},
		{"autolink", "write to <https://harbour.example/letters>", "write to https://harbour.example/letters"},
		{"inline html", "a <em>very</em> long night<br/>", "a very long night"},
		{"escapes", `a \*starred\* word and a \[bracket\]`, "a *starred* word and a [bracket]"},
		// What is not markup stays.
		{"editorial brackets", "[He] was right about the [ferry]", "[He] was right about the [ferry]"},
		{"arithmetic", "5 * 3 is not 8", "5 * 3 is not 8"},
		{"intraword", "the snake_case name and 2*3", "the snake_case name and 2*3"},
		{"footnote star", "costs rose (*) again", "costs rose (*) again"},
		{"prose in parentheses", "costs [rose] (sharply) again", "costs [rose] (sharply) again"},
		{"comparison", "if a < b and b > c", "if a < b and b > c"},
		{"tilde", "about ~40 people", "about ~40 people"},
		{"lone bracket", "the [ferry", "the [ferry"},
		{"accents", "C'est *très* clair, a dit Mme Roussel", "C'est très clair, a dit Mme Roussel"},
		{"newlines kept", "first *line*\nsecond line", "first line\nsecond line"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Display(c.in); got != c.want {
				t.Errorf("Display(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// Display never grows a text and never invents a character: what it keeps
// is a subsequence of its input, on any input.
func FuzzDisplay(f *testing.F) {
	for _, s := range []string{"*a*", "[a](b", "a](b)", "<em>", "\\*", "`x`", "~~s~~", "![i](j)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Display(s)
		j := 0
		for i := 0; i < len(got); i++ {
			for j < len(s) && s[j] != got[i] {
				j++
			}
			if j == len(s) {
				t.Fatalf("Display(%q) = %q: not a subsequence", s, got)
			}
			j++
		}
	})
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 quotes"}, {1, "1 quote"}, {2, "2 quotes"}, {21, "21 quotes"}} {
		if got := Plural(c.n, "quote", "quotes"); got != c.want {
			t.Errorf("Plural(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
