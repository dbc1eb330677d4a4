package attrib_test

// Rule tests for typewriter double quotes: two apostrophes ('') or two
// backticks (``) standing for one double mark, as wire and archive texts
// write them. Each case pins every quote of the result: text, speaker, cue
// and kind, and that the reported offsets hold the text without its marks.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

// fq is one expected quote, whatever its kind.
type fq struct {
	text, speaker, cue string
	kind               attrib.Kind
}

type fullCase struct {
	name, lang, in string
	want           []fq
}

var twoMarkCases = []fullCase{
	{name: "two apostrophes, said X after", lang: "en",
		in:   "''The ferry will run all winter,'' said Hollis Brandt, the harbour master of Calder Bay.",
		want: []fq{{"The ferry will run all winter,", "Hollis Brandt", "said", attrib.Direct}}},
	{name: "two backticks open, cue before", lang: "en",
		in:   "Nora Quill, the mayor of Ashby, told reporters: ``We don't know yet when the bridge reopens.''",
		want: []fq{{"We don't know yet when the bridge reopens.", "Nora Quill", "told", attrib.Direct}}},
	{name: "two apostrophes, said: before", lang: "en",
		in:   "Nora Quill said: ''The bridge will not reopen before the spring.''",
		want: []fq{{"The bridge will not reopen before the spring.", "Nora Quill", "said", attrib.Direct}}},
	{name: "reopened at each paragraph", lang: "en",
		in: "Winifred Sallow spoke for an hour at the Morvelle library on Monday.\n\n" +
			"''The first building will open in the autumn, with a nursery on the ground floor.\n\n" +
			"''The second will follow in the spring if the funding is confirmed,'' she said.",
		want: []fq{
			{"The first building will open in the autumn, with a nursery on the ground floor.", "Winifred Sallow", "", attrib.Direct},
			{"The second will follow in the spring if the funding is confirmed,", "Winifred Sallow", "said", attrib.Direct}}},
	{name: "apostrophes inside, two pairs around the cue", lang: "en",
		in: "Winifred Sallow left the hearing early. ''We don't know,'' she said, ''and the Joneses' lawyers won't say.''",
		want: []fq{
			{"We don't know,", "Winifred Sallow", "said", attrib.Direct},
			{"and the Joneses' lawyers won't say.", "Winifred Sallow", "said", attrib.Direct}}},
	{name: "single quote nested, three apostrophes", lang: "en",
		in: "''He told me, 'Never again,''' said Tobias Renfield. ''I believed him.''",
		want: []fq{
			{"He told me, 'Never again,'", "Tobias Renfield", "said", attrib.Direct},
			{"I believed him.", "Tobias Renfield", "", attrib.Direct}}},
	{name: "three apostrophes after a plural possessive", lang: "en",
		in:   "''The boat was the Joneses''' said Nora Quill of the ruling.",
		want: []fq{{"The boat was the Joneses'", "Nora Quill", "said", attrib.Direct}}},
	{name: "two apostrophes glued inside a word", lang: "en",
		in:   "''We can''t wait for the council,'' said Nora Quill.",
		want: []fq{{"We can''t wait for the council,", "Nora Quill", "said", attrib.Direct}}},
	{name: "closing glued to the next sentence", lang: "en",
		in:   "Nora Quill said: ''The pier stays shut.''The council met again on Friday.",
		want: []fq{{"The pier stays shut.", "Nora Quill", "said", attrib.Direct}}},
	{name: "straight opener closed by two apostrophes", lang: "en",
		in:   "\"The tolls will go by June,'' said Priya Vellacott.",
		want: []fq{{"The tolls will go by June,", "Priya Vellacott", "said", attrib.Direct}}},
	{name: "quoted fragment in reported speech", lang: "en",
		in:   "Caspian Oyelaran said the council was ''taking a hard look'' at the tolls.",
		want: []fq{{"the council was ''taking a hard look'' at the tolls", "Caspian Oyelaran", "said", attrib.Indirect}}},
	// A plural possessive closing a single-quoted passage is no double
	// mark; its apostrophe goes with the closing mark.
	{name: "possessive then single closing mark", lang: "en",
		in:   "'The land by the river is the farmers'' said Hollis Brandt.",
		want: []fq{{"The land by the river is the farmers", "Hollis Brandt", "said", attrib.Direct}}},
	{name: "possessive in a short single-quoted phrase", lang: "en",
		in:   "The players' union called it 'the owners'' plan' for weeks.",
		want: nil},
}

func TestRules_TwoMarks(t *testing.T) { runFull(t, twoMarkCases) }

// runFull checks every quote of each case's result, indirect ones too.
func runFull(t *testing.T, cases []fullCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := extract(c.lang, c.in)
			ok := len(res.Quotes) == len(c.want)
			for i := 0; ok && i < len(res.Quotes); i++ {
				q, w := res.Quotes[i], c.want[i]
				ok = q.Text == w.text && q.Speaker == w.speaker && q.Cue == w.cue && q.Kind == w.kind &&
					q.Start >= 0 && q.End <= len(c.in) && c.in[q.Start:q.End] == q.Text
			}
			if !ok {
				var b strings.Builder
				for _, w := range c.want {
					fmt.Fprintf(&b, "\n\t\t[%s] %q — speaker %q, cue %q", w.kind, w.text, w.speaker, w.cue)
				}
				if len(c.want) == 0 {
					b.WriteString(" none")
				}
				t.Errorf("input: %q\n\tgot:%s\n\twant:%s", c.in, fmtQuotes(res.Quotes), b.String())
			}
		})
	}
}
