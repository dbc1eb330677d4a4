package attrib_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/text"
)

// fuzzSeeds are short, invented snippets exercising every quote mark the
// engine knows, nesting, unbalanced marks, control characters and invalid
// UTF-8.
var fuzzSeeds = []string{
	"",
	"«",
	"»",
	"« »",
	"“”",
	"« Nous tiendrons bon », a déclaré Odile Marchetti.",
	"«\u00a0Nous tiendrons bon\u00a0», a déclaré Odile Marchetti.",
	"«\u202fNous tiendrons bon\u202f», a-t-elle ajouté.",
	"«Sans espace», dit Paul Ferrand.",
	"“We will hold,” said Nora Quill of the Harbour Ledger.",
	"\"We will hold,\" she said. \"Then we rebuild.\"",
	"‘Single marks’ and don't, players' union, l'Etat.",
	"„Wir bleiben“, sagte Greta Vollmer.",
	"‹ Guillemets simples › selon le Courrier du Val.",
	"« Il a dit “non” trois fois », raconte Jeanne Roux.",
	"« A, dit-il, B »",
	"« Jamais, concède Jeanne Roux, la maire. Jamais. »",
	"« Premier paragraphe.\n\n« Deuxième paragraphe. »",
	"fin sans ouverture » , a dit M. Ferrand.",
	"« ouverture sans fin, a dit Mme Roux.",
	"Selon le Courrier du Val, la route fermera. (AFP)",
	"VALBOIS (Reuters) - The mayor said the bridge would close.",
	"Source: Avec AFP",
	"According to the Harbour Ledger, \"it's over,\" Mr. Quill told CNN.",
	"Le Dr Anne Vautrin estime que « la crise durera ».",
	"\x1b[31m« rouge »\x1b[0m, a dit il.",
	"« a\x00b », dit-elle.\r\n\r\n« c\x7fd »",
	string([]byte{0xab, 0x20, 'h', 'i', 0x20, 0xbb}),
	string([]byte{0xc2, 0xab, 0xff, 0xfe, 0xc2, 0xbb, ',', ' ', 'd', 'i', 't', '-', 'i', 'l'}),
	string([]byte{'"', 0xe2, 0x80, '"', ' ', 's', 'a', 'i', 'd', ' ', 'h', 'e'}),
	string([]byte{0xe2, 0x80, 0x9c, 0x80, 0x80, 0xe2, 0x80, 0x9d}),
	"« « « » » »",
	"» » » « « «",
	"\"\"\"\"\"",
	"'''''",
	"''We hold,'' said Nora Quill. ``Then we rebuild.''",
	"''He said 'never,''' she said -- ''twice.''Then '''no'''.",
	"'the farmers'' plan' ``` `` '' --- --",
	"—« Oui. »\n— « Non », répond-il.",
	"M. . Mme , Dr. « » -t-il -t-elle selon d'après cité par",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, lang := range []string{"", "fr", "en"} {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		switch lang {
		case "", "fr", "en", "auto":
		default:
			lang = ""
		}
		// The raw input, which may be invalid UTF-8, and the clean text the
		// CLI actually passes (always valid UTF-8).
		checkResult(t, body, extractWithin(t, body, lang))
		clean := text.Sanitize(body)
		checkResult(t, clean, extractWithin(t, clean, lang))
	})
}

// fuzzTimeout bounds one extraction. Fuzz inputs are at most a few
// kilobytes and Extract handles megabytes a second, so an input still
// running after this long is a hang (an endless or runaway loop), which the
// fuzzer would otherwise never report: it just stops making progress.
const fuzzTimeout = 5 * time.Second

func extractWithin(t *testing.T, body, lang string) attrib.Result {
	t.Helper()
	done := make(chan attrib.Result, 1)
	go func() { done <- attrib.Extract(body, attrib.Options{Lang: lang}) }()
	select {
	case res := <-done:
		return res
	case <-time.After(fuzzTimeout):
		t.Fatalf("Extract(%q, Lang %q) still running after %v", body, lang, fuzzTimeout)
		return attrib.Result{}
	}
}

func checkResult(t *testing.T, body string, res attrib.Result) {
	t.Helper()
	for i, q := range res.Quotes {
		checkSpan(t, body, "quote", i, q.Start, q.End, q.Text)
	}
	for i, s := range res.Sources {
		checkSpan(t, body, "source", i, s.Start, s.End, s.Mention)
	}
}

// onBoundary reports whether offset i of body falls between two runes.
// For valid UTF-8 that is utf8.RuneStart(body[i]) (or i == len(body)). In
// invalid UTF-8 a stray continuation byte (0x80-0xBF) is a rune of its own
// (utf8.RuneError, size 1) for every Go decoder, so an offset just before
// it is a boundary although utf8.RuneStart says false; there the test
// walks the text the way `for i := range body` does.
func onBoundary(body string, i int) bool {
	if i == len(body) || utf8.RuneStart(body[i]) {
		if utf8.ValidString(body) {
			return true
		}
	} else if utf8.ValidString(body) {
		return false
	}
	for j := 0; j < len(body); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, size := utf8.DecodeRuneInString(body[j:])
		j += size
	}
	return i == len(body)
}

func checkSpan(t *testing.T, body, what string, i, start, end int, want string) {
	t.Helper()
	if start < 0 || start >= end || end > len(body) {
		t.Fatalf("%s %d: span [%d,%d) out of range for body of %d bytes (%q)", what, i, start, end, len(body), body)
	}
	if !onBoundary(body, start) {
		t.Fatalf("%s %d: start %d not on a rune boundary in %q", what, i, start, body)
	}
	if !onBoundary(body, end) {
		t.Fatalf("%s %d: end %d not on a rune boundary in %q", what, i, end, body)
	}
	if got := body[start:end]; got != want {
		t.Fatalf("%s %d: body[%d:%d] = %q, but the result says %q", what, i, start, end, got, want)
	}
}
