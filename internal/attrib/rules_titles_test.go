package attrib_test

// Rule tests for the titles and suffixes around American political names:
// the speaker is the person, whatever stands before or after the name.

import (
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

var titleCases = []fullCase{
	{name: "title, name, party apposition, said", lang: "en",
		in:   "''The budget is late again,'' Senator Maren Holloway, Democrat of Vermont, said at the dinner.",
		want: []fq{{"The budget is late again,", "Maren Holloway", "said", attrib.Direct}}},
	{name: "Representative is a title", lang: "en",
		in:   "\"We will not vote for the bill,\" Representative Tobias Renfield, Republican of Ohio, told reporters on Tuesday.",
		want: []fq{{"We will not vote for the bill,", "Tobias Renfield", "told", attrib.Direct}}},
	{name: "Representative alone before the name", lang: "en",
		in:   "\"The levee will hold,\" said Representative Ilse Marrow.",
		want: []fq{{"The levee will hold,", "Ilse Marrow", "said", attrib.Direct}}},
	{name: "generational suffix", lang: "en",
		in: "Vice President Caspian Oyelaran Jr. visited the shipyard in Calder Bay on Monday.\n\n" +
			"''The yard will stay open,'' Mr. Oyelaran said.",
		want: []fq{{"The yard will stay open,", "Caspian Oyelaran", "said", attrib.Direct}}},
	{name: "typewriter dashes around a name in apposition", lang: "en",
		in:   "A former harbour master -- Tobias Renfield, who ran the port of Calder Bay for ten years -- said the council \"had no plan at all for the winter storms.\"",
		want: []fq{{"the council \"had no plan at all for the winter storms.", "Tobias Renfield", "said", attrib.Direct}}},
}

func TestRules_Titles(t *testing.T) { runFull(t, titleCases) }
