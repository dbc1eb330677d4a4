package attrib_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/attrib"
)

// longBody joins generated fictional articles into one body of about n
// bytes, as a feed's text or a transcript might run on.
func longBody(lang string, seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(genArticle(r, lang, 3000+r.IntN(2000)))
		b.WriteString("\n\n")
	}
	return b.String()
}

// TestPartsAreWhole checks the shortcut for long bodies against its plain
// twin: read in parts of 256 KB with 16 KB of text around each, a body of
// generated articles gives the result one pass over it gives, to the byte.
//
// Extract's own parts, of 128 KB with 8 KB around, give the same 5,551
// quotes and speakers on the French body, and the same 6,677 quotes on the
// English one, but 18 more mentions of one source (a town that opens the
// name of a newspaper, read as the newspaper where the part does not show
// it is a town); parts of 24 KB credit one French quote in 2,900 to
// another woman. That is the shortcut's known gap: a part sees only its
// own text, so a given name whose gender only a "Mme" far away tells, or
// a town's name that only other paragraphs show is a town, reads as the
// part alone tells it.
func TestPartsAreWhole(t *testing.T) {
	defer attrib.SetParts(256<<10, 256<<10, 16<<10)()
	for _, lang := range []string{"fr", "en"} {
		body := longBody(lang, 3, 700<<10)
		whole := attrib.ExtractWhole(body, attrib.Options{})
		parts := attrib.Extract(body, attrib.Options{})
		if len(whole.Quotes) < 1000 {
			t.Fatalf("%s: only %d quotes in the whole body", lang, len(whole.Quotes))
		}
		if !reflect.DeepEqual(parts, whole) {
			t.Errorf("%s: parts differ from one pass:\n%s", lang, resultDiff(whole, parts))
		}
	}
}

func resultDiff(want, got attrib.Result) string {
	var b strings.Builder
	if want.Lang != got.Lang {
		fmt.Fprintf(&b, "lang %q, want %q\n", got.Lang, want.Lang)
	}
	n := 0
	for i := 0; i < max(len(want.Quotes), len(got.Quotes)) && n < 10; i++ {
		var w, g attrib.Quote
		if i < len(want.Quotes) {
			w = want.Quotes[i]
		}
		if i < len(got.Quotes) {
			g = got.Quotes[i]
		}
		if w != g {
			fmt.Fprintf(&b, "quote %d:\n  got  %+v\n  want %+v\n", i, g, w)
			n++
		}
	}
	for i := range max(len(want.Speakers), len(got.Speakers)) {
		var w, g attrib.Speaker
		if i < len(want.Speakers) {
			w = want.Speakers[i]
		}
		if i < len(got.Speakers) {
			g = got.Speakers[i]
		}
		if !reflect.DeepEqual(w, g) {
			fmt.Fprintf(&b, "speaker %d:\n  got  %+v\n  want %+v\n", i, g, w)
		}
	}
	for i := range max(len(want.Sources), len(got.Sources)) {
		var w, g attrib.Source
		if i < len(want.Sources) {
			w = want.Sources[i]
		}
		if i < len(got.Sources) {
			g = got.Sources[i]
		}
		if w.Name != g.Name || len(w.Mentions) != len(g.Mentions) {
			fmt.Fprintf(&b, "source %d: got %q with %d mentions, want %q with %d\n", i, g.Name, len(g.Mentions), w.Name, len(w.Mentions))
			continue
		}
		for j := range w.Mentions {
			if w.Mentions[j] != g.Mentions[j] {
				fmt.Fprintf(&b, "source %q mention %d: got %+v, want %+v\n", w.Name, j, g.Mentions[j], w.Mentions[j])
				break
			}
		}
		w.Mentions, g.Mentions = nil, nil
		if !reflect.DeepEqual(w, g) {
			fmt.Fprintf(&b, "source %d: got %+v, want %+v\n", i, g, w)
		}
	}
	return b.String()
}

// TestPartCuts checks where a long body is cut: between paragraphs when it
// has them, else between sentences, else between words, else anywhere on
// a rune boundary; every part about the size asked, none empty.
func TestPartCuts(t *testing.T) {
	para := strings.Repeat("Le quai rouvrira au printemps. ", 30) + "\n\n"
	cases := []struct {
		name, body string
		at         func(body string, cut int) bool // what a cut must follow
	}{
		{"paragraphs", strings.Repeat(para, 400), func(b string, c int) bool { return strings.HasSuffix(b[:c], "\n\n") }},
		{"sentences", strings.Repeat("The ferry will run twice a day. ", 12000), func(b string, c int) bool { return strings.HasSuffix(b[:c], ". ") }},
		{"words", strings.Repeat("quay pier harbour ", 20000), func(b string, c int) bool { return strings.HasSuffix(b[:c], " ") }},
		{"one word", strings.Repeat("é", 200000), func(b string, c int) bool { return utf8.RuneStart(b[c]) }},
	}
	const size = 32 << 10
	for _, c := range cases {
		cuts := attrib.PartCuts(c.body, size)
		if cuts[0] != 0 || cuts[len(cuts)-1] != len(c.body) || len(cuts) < 5 {
			t.Errorf("%s: cuts %v do not run from 0 to %d", c.name, cuts, len(c.body))
			continue
		}
		for i := 1; i < len(cuts); i++ {
			n := cuts[i] - cuts[i-1]
			if n < size/2 || n > 2*size {
				t.Errorf("%s: part %d is %d bytes, for parts of %d", c.name, i, n, size)
			}
			if i < len(cuts)-1 && !c.at(c.body, cuts[i]) {
				t.Errorf("%s: cut %d at %d follows %q", c.name, i, cuts[i], c.body[max(0, cuts[i]-8):cuts[i]])
			}
		}
	}
}

// TestPartsReadQuoteAcrossCut checks that a quotation running over the
// place a part ends is read whole, once, by the part it starts in.
func TestPartsReadQuoteAcrossCut(t *testing.T) {
	defer attrib.SetParts(8<<10, 4<<10, 2<<10)()
	filler := strings.Repeat("Le marché couvert ouvrira plus tard cette année. ", 79) // one paragraph, 4 KB
	long := "« " + strings.Repeat("Nous rouvrirons la halle aux poissons avant l'été, et les pêcheurs le savent. ", 12) + "», a déclaré Odile Marchetti, la maire de Valbois."
	body := filler + long + "\n\n" + filler + "\n\n" + filler
	res := attrib.Extract(body, attrib.Options{})
	want := attrib.ExtractWhole(body, attrib.Options{})
	if !reflect.DeepEqual(res, want) {
		t.Fatalf("parts differ from one pass:\n%s", resultDiff(want, res))
	}
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Odile Marchetti" || !strings.HasSuffix(res.Quotes[0].Text, "le savent.") {
		t.Fatalf("quotes %+v, want the one quotation whole, by Odile Marchetti", res.Quotes)
	}
}

// TestMaxQuotes checks the store's bound on one article: the first quotes
// and mentions in text order, the rest counted, the speakers counted over
// what is kept; alike in one pass and in parts.
func TestMaxQuotes(t *testing.T) {
	var b strings.Builder
	for i := range 60 {
		name := []string{"Nora Quill", "Tobias Renfield", "Hollis Brandt"}[i%3]
		if i >= 30 {
			name = "Winifred Sallow" // speaks only past the bound
		}
		fmt.Fprintf(&b, "\"The quay will reopen in week %d,\" %s said, according to the Saltmere Gazette.\n\n", i, name)
	}
	body := b.String()
	for _, parts := range []bool{false, true} {
		restore := func() {}
		if parts {
			restore = attrib.SetParts(1<<10, 512, 128)
		}
		all := attrib.Extract(body, attrib.Options{Lang: "en"})
		got := attrib.Extract(body, attrib.Options{Lang: "en", MaxQuotes: 30, MaxMentions: 20})
		restore()
		if len(all.Quotes) != 60 {
			t.Fatalf("parts %v: %d quotes unbounded, want 60", parts, len(all.Quotes))
		}
		if !reflect.DeepEqual(got.Quotes, all.Quotes[:30]) || got.Dropped != (attrib.Dropped{Quotes: 30, Mentions: 40}) {
			t.Errorf("parts %v: kept %d quotes, dropped %+v; want the first 30, and 30 quotes and 40 mentions dropped", parts, len(got.Quotes), got.Dropped)
		}
		var speakers []string
		for _, s := range got.Speakers {
			speakers = append(speakers, fmt.Sprintf("%s %d", s.Name, s.Quotes))
		}
		if want := "Nora Quill 10, Tobias Renfield 10, Hollis Brandt 10"; strings.Join(speakers, ", ") != want {
			t.Errorf("parts %v: speakers %v, want %s", parts, speakers, want)
		}
		if len(got.Sources) != 1 || len(got.Sources[0].Citations()) != 20 {
			t.Errorf("parts %v: sources %+v, want the Gazette's first 20 mentions", parts, got.Sources)
		}
	}
}
