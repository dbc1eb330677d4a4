package export

import "github.com/dixit-news/dixit/internal/library"

// StatsShape is who is quoted (`dixit stats --json`).
type StatsShape struct {
	Articles int            `json:"articles"`
	Quotes   int            `json:"quotes"`
	Speakers int            `json:"speakers"`
	Top      []SpeakerShape `json:"top_speakers"`
	ByOutlet []TallyShape   `json:"by_outlet"`
	ByMonth  []TallyShape   `json:"by_month"`
	Undated  TallyShape     `json:"undated"`
	Gender   GenderShape    `json:"gender"`
}

// TallyShape is the quotes of an outlet's or a month's articles; Name is
// null for the articles without an outlet, and for the undated ones.
type TallyShape struct {
	Name     *string `json:"name"`
	Articles int     `json:"articles"`
	Quotes   int     `json:"quotes"`
}

// GenderShape counts speakers, and their quotes, by the gender their given
// names tell; not_told is everyone else (organisations included).
type GenderShape struct {
	Women   PeopleShape `json:"women"`
	Men     PeopleShape `json:"men"`
	NotTold PeopleShape `json:"not_told"`
}

// PeopleShape is a number of speakers and of their quotes.
type PeopleShape struct {
	Speakers int `json:"speakers"`
	Quotes   int `json:"quotes"`
}

// Stats is the shape of st.
func Stats(st library.Stats) StatsShape {
	tallies := func(ts []library.Tally) []TallyShape {
		out := make([]TallyShape, len(ts))
		for i, t := range ts {
			out[i] = TallyShape{Name: opt(t.Name), Articles: t.Articles, Quotes: t.Quotes}
		}
		return out
	}
	g := st.Gender
	return StatsShape{
		Articles: st.Articles, Quotes: st.Quotes, Speakers: st.AllSpeakers, Top: Speakers(st.Speakers),
		ByOutlet: tallies(st.ByOutlet), ByMonth: tallies(st.ByMonth),
		Undated: TallyShape{Articles: st.Undated.Articles, Quotes: st.Undated.Quotes},
		Gender: GenderShape{Women: PeopleShape{g.Women, g.WomenQuotes}, Men: PeopleShape{g.Men, g.MenQuotes},
			NotTold: PeopleShape{g.Unknown, g.UnknownQuotes}},
	}
}
