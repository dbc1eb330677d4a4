package render

import (
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/library"
)

// The stats as dixit stats prints them, pinned whole: the bars scaled to
// the largest value of each chart (8 of 16 is half the bar: 15½ cells of 31), a value never
// drawn as nothing, long labels cut, the undated articles said apart.
func TestWriteStats(t *testing.T) {
	st := library.Stats{
		Tallies: library.Tallies{
			Articles: 5, Quotes: 33,
			ByOutlet: []library.Tally{{Name: "The Quayside Gazette of Lower Fenmarch", Articles: 3, Quotes: 24}, {Name: "", Articles: 2, Quotes: 9}},
			ByMonth:  []library.Tally{{Name: "2025-05", Articles: 1, Quotes: 1}, {Name: "2025-06", Articles: 2, Quotes: 23}},
			Undated:  library.Tally{Articles: 2, Quotes: 9},
		},
		Speakers:    []library.SpeakerStat{{Name: "Nora Quill", Quotes: 16, Articles: 3}, {Name: "Hollis Brandt", Quotes: 8, Articles: 1}},
		AllSpeakers: 3,
		Gender:      library.Gender{Women: 1, Men: 1, Unknown: 1, WomenQuotes: 16, MenQuotes: 8, UnknownQuotes: 9},
	}
	var b strings.Builder
	if err := WriteStats(&b, st, 60, false); err != nil {
		t.Fatal(err)
	}
	want := `Who is quoted
5 articles · 33 quotes · 3 speakers quoted

Quotes by speaker
Nora Quill    ███████████████████████████████ 16  3 articles
Hollis Brandt ███████████████▌                 8  1 article

Speakers by gender, where the given name tells it
women    ██████████████████ 1  50% of those told · 16 quotes
men      ██████████████████ 1  50% of those told · 8 quotes
not told ██████████████████ 1  33% of all · 9 quotes
given names from the engine's lists; others, and organisati…

Quotes by outlet
The Quayside Gazett… ████████████████████████ 24  3 articles
(no outlet)          █████████                 9  2 articles

Quotes by month
2025-05 █▌                                     1  1 article
2025-06 █████████████████████████████████████ 23  2 articles
and 9 quotes in 2 articles without a date
`
	if got := b.String(); got != want {
		t.Errorf("WriteStats at 60 columns:\n%s\nwant:\n%s", got, want)
	}
}
