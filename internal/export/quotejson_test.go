package export

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

// TestAppendQuoteJSONIsEncode checks the hand-written quote encoder
// against encoding/json, its plain twin, on every kind of character the
// encoder escapes and on random strings.
func TestAppendQuoteJSONIsEncode(t *testing.T) {
	hard := []string{"", "plain words", `a "quoted" \ back`, "line\nbreak\r\ttab\b\f", "\x00\x01\x1f\x7f",
		"<b>&amp;</b>", "« Nous ne céderons pas »", "bad \xff\xfe bytes \xe2\x80", "sep\u2028par\u2029", "emoji 🚢",
		"\u202e reversed", "esc \x1b[31m"}
	pieces := append(hard, "é", "\"", "\\", "\n", "\xc3", " ", "’", "\u2028")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		var s string
		for range rng.IntN(8) {
			s += pieces[rng.IntN(len(pieces))]
		}
		hard = append(hard, s)
	}
	for i, s := range hard {
		q := displayed{attrib.Quote{Text: s, Start: i, End: -i, Speaker: hard[(i+1)%len(hard)], Mention: s, Description: s,
			Cue: s, Kind: attrib.Kind(s), Via: s, Rule: s, Resolved: s}, s}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("        ", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(q); err != nil {
			t.Fatal(err)
		}
		got := appendQuoteJSON(nil, q, "        ")
		if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got, w) {
			t.Fatalf("quote with %q:\n got %s\nwant %s", s, got, w)
		}
	}
}
