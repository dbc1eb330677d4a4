package attrib_test

// Rule tests for typewriter double quotes: two apostrophes or two backticks
// standing for one double mark, as wire and archive texts write them. Each
// case pins the whole result (see runFull), and every quote's offsets must
// hold its text without the marks.

import "testing"

var twoMarkCases = []fullCase{
	{name: "two apostrophes, said X after", lang: "en",
		in: "''The ferry will run all winter,'' said Hollis Brandt, the harbour master of Calder Bay.",
		want: `
direct «The ferry will run all winter» speaker="Hollis Brandt" cue="said" rule=after/inverted
`},
	{name: "two backticks open, cue before", lang: "en",
		in: "Nora Quill, the mayor of Ashby, told reporters: ``We don't know yet when the bridge reopens.''",
		want: `
direct «We don't know yet when the bridge reopens.» speaker="Nora Quill" cue="told" rule=before/verb
`},
	{name: "two apostrophes, said: before", lang: "en",
		in: "Nora Quill said: ''The bridge will not reopen before the spring.''",
		want: `
direct «The bridge will not reopen before the spring.» speaker="Nora Quill" cue="said" rule=before/verb
`},
	{name: "reopened at each paragraph", lang: "en",
		in: "Winifred Sallow spoke for an hour at the Morvelle library on Monday.\n\n" +
			"''The first building will open in the autumn, with a nursery on the ground floor.\n\n" +
			"''The second will follow in the spring if the funding is confirmed,'' she said.",
		want: `
direct «The first building will open in the autumn, with a nursery on the ground floor.» speaker="Winifred Sallow" cue="" rule=inherit/continued-below
direct «The second will follow in the spring if the funding is confirmed» speaker="Winifred Sallow" cue="said" rule=after/subject-verb
`},
	{name: "apostrophes inside, two pairs around the cue", lang: "en",
		in: "Winifred Sallow left the hearing early. ''We don't know,'' she said, ''and the Joneses' lawyers won't say.''",
		want: `
direct «We don't know» speaker="Winifred Sallow" cue="said" rule=after/subject-verb
direct «and the Joneses' lawyers won't say.» speaker="Winifred Sallow" cue="said" rule=before/verb
`},
	{name: "single quote nested, three apostrophes", lang: "en",
		in: "''He told me, 'Never again,''' said Tobias Renfield. ''I believed him.''",
		want: `
direct «He told me, 'Never again,'» speaker="Tobias Renfield" cue="said" rule=after/inverted
direct «I believed him.» speaker="Tobias Renfield" cue="" rule=inherit/previous-quote
`},
	{name: "three apostrophes after a plural possessive", lang: "en",
		in: "''The boat was the Joneses''' said Nora Quill of the ruling.",
		want: `
direct «The boat was the Joneses'» speaker="Nora Quill" cue="said" rule=after/inverted
`},
	{name: "two apostrophes glued inside a word", lang: "en",
		in: "''We can''t wait for the council,'' said Nora Quill.",
		want: `
direct «We can''t wait for the council» speaker="Nora Quill" cue="said" rule=after/inverted
`},
	{name: "closing glued to the next sentence", lang: "en",
		in: "Nora Quill said: ''The pier stays shut.''The council met again on Friday.",
		want: `
direct «The pier stays shut.» speaker="Nora Quill" cue="said" rule=before/verb
`},
	{name: "straight opener closed by two apostrophes", lang: "en",
		in: "\"The tolls will go by June,'' said Priya Vellacott.",
		want: `
direct «The tolls will go by June» speaker="Priya Vellacott" cue="said" rule=after/inverted
`},
	{name: "quoted fragment in reported speech", lang: "en",
		in: "Caspian Oyelaran said the council was ''taking a hard look'' at the tolls.",
		want: `
indirect «the council was ''taking a hard look'' at the tolls» speaker="Caspian Oyelaran" cue="said" rule=indirect/verb-before
direct «taking a hard look» speaker="Caspian Oyelaran" cue="said" rule=before/verb
`},
	// A plural possessive closing a single-quoted passage is no double
	// mark; its apostrophe goes with the closing mark.
	{name: "possessive then single closing mark", lang: "en",
		in: "'The land by the river is the farmers'' said Hollis Brandt.",
		want: `
direct «The land by the river is the farmers» speaker="Hollis Brandt" cue="said" rule=after/inverted
`},
	{name: "possessive in a short single-quoted phrase", lang: "en",
		in:   "The players' union called it 'the owners'' plan' for weeks.",
		want: ``},
}

func TestRules_TwoMarks(t *testing.T) {
	runFull(t, twoMarkCases)
	// The marks are two bytes wide: the offsets must still frame the text.
	for _, c := range twoMarkCases {
		for _, q := range extract(c.lang, c.in).Quotes {
			if q.Start < 0 || q.End > len(c.in) || q.Start > q.End || c.in[q.Start:q.End] != q.Text {
				t.Errorf("%s: quote %q at [%d, %d) is not the text there", c.name, q.Text, q.Start, q.End)
			}
		}
	}
}
