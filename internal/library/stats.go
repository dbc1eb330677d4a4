package library

import (
	"cmp"
	"context"
	"slices"

	"github.com/dixit-news/dixit/internal/attrib"
)

// Tally is the quotations of a group of articles: an outlet's, a month's.
type Tally struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Quotes   int    `json:"quotes"` // direct and reported
}

// Tallies are the quotations of the articles a filter matches, counted by
// outlet and by month of publication.
type Tallies struct {
	Articles int
	Quotes   int
	ByOutlet []Tally // most quotes first; articles without an outlet are Name ""
	ByMonth  []Tally // "2025-06", oldest first, UTC; undated articles are left out
	Undated  Tally   // the undated articles
}

// TallyRow is one outlet's articles of one month ("" when undated), as a
// backend's Tallies query groups them.
type TallyRow struct {
	Outlet, Month    string
	Articles, Quotes int
}

// SumTallies adds the rows up into Tallies. Outlets meet by Key, under the
// spelling with the most quotes: "Le Courrier du Val" and "LE COURRIER DU
// VAL" are one outlet.
func SumTallies(rows []TallyRow) Tallies {
	return SumGroups(rows, rows)
}

// SumGroups is SumTallies from rows summed by outlet alone (their Month
// ignored) and rows summed by month alone (their Outlet ignored), as a
// backend reads them from the counts it keeps: a row an outlet and a row a
// month, not one per outlet and month. The totals are the outlets'.
func SumGroups(outletRows, monthRows []TallyRow) Tallies {
	var t Tallies
	type spelling struct {
		name   string
		quotes int
	}
	outlets, best := map[string]*Tally{}, map[string]spelling{}
	spellings := map[string]int{} // quotes per exact spelling
	keys := map[string]string{}   // Key per spelling: rows repeat them
	for _, r := range outletRows {
		t.Articles += r.Articles
		t.Quotes += r.Quotes
		k, ok := keys[r.Outlet]
		if !ok {
			k = Key(r.Outlet)
			keys[r.Outlet] = k
		}
		o := outlets[k]
		if o == nil {
			o = &Tally{}
			outlets[k] = o
		}
		o.Articles += r.Articles
		o.Quotes += r.Quotes
		spellings[r.Outlet] += r.Quotes
		if b, ok := best[k]; !ok || spellings[r.Outlet] > b.quotes || spellings[r.Outlet] == b.quotes && r.Outlet < b.name {
			best[k] = spelling{r.Outlet, spellings[r.Outlet]}
		}
	}
	months := map[string]*Tally{}
	for _, r := range monthRows {
		if r.Month == "" {
			t.Undated.Articles += r.Articles
			t.Undated.Quotes += r.Quotes
			continue
		}
		m := months[r.Month]
		if m == nil {
			m = &Tally{Name: r.Month}
			months[r.Month] = m
		}
		m.Articles += r.Articles
		m.Quotes += r.Quotes
	}
	for k, o := range outlets {
		o.Name = best[k].name
		if k == "" {
			o.Name = ""
		}
		t.ByOutlet = append(t.ByOutlet, *o)
	}
	slices.SortFunc(t.ByOutlet, func(a, b Tally) int {
		return cmp.Or(b.Quotes-a.Quotes, cmp.Compare(keys[a.Name], keys[b.Name]))
	})
	for _, m := range months {
		t.ByMonth = append(t.ByMonth, *m)
	}
	slices.SortFunc(t.ByMonth, func(a, b Tally) int { return cmp.Compare(a.Name, b.Name) })
	return t
}

// Gender is how many speakers, and their quotes, a given name tells as a
// woman's or a man's (attrib.GivenNameGender); Unknown is every other
// speaker: a name given to both, one not in the lists, an organisation.
type Gender struct {
	Women, Men, Unknown                   int
	WomenQuotes, MenQuotes, UnknownQuotes int
}

// Add counts n speakers of gender ("f", "m", else not told) quoted quotes
// times.
func (g *Gender) Add(gender string, n, quotes int) {
	switch gender {
	case "f":
		g.Women += n
		g.WomenQuotes += quotes
	case "m":
		g.Men += n
		g.MenQuotes += quotes
	default:
		g.Unknown += n
		g.UnknownQuotes += quotes
	}
}

// GenderTallier is a Store that keeps the library's speakers quoted
// counted by the gender their given names tell as it writes them, so that
// the whole library's stats need not read every speaker.
type GenderTallier interface {
	// GenderTallies is those counts and how many speakers are quoted; ok
	// is false when they are not this engine's (its lists told them
	// otherwise): count afresh.
	GenderTallies(ctx context.Context) (g Gender, speakers int, ok bool, err error)
}

// Stats is who is quoted in the articles a filter matches.
type Stats struct {
	Tallies
	Speakers    []SpeakerStat // the most quoted first, at most the number asked for
	AllSpeakers int           // every speaker quoted
	Gender      Gender
}

// GatherStats counts who is quoted in the articles f matches: by speaker
// (the top most quoted), by outlet, by month and by the gender the
// speakers' given names tell.
func GatherStats(ctx context.Context, s Store, f Filter, top int) (Stats, error) {
	var st Stats
	var err error
	if st.Tallies, err = s.Tallies(ctx, f); err != nil {
		return st, err
	}
	if gt, ok := s.(GenderTallier); ok && f == (Filter{}) {
		// The whole library: the counts its writes keep, and the top
		// speakers from the ranking its speakers keep.
		g, n, ok, err := gt.GenderTallies(ctx)
		if err != nil {
			return st, err
		}
		if ok {
			st.Gender, st.AllSpeakers = g, n
			st.Speakers, err = s.Speakers(ctx, Filter{Limit: top})
			return st, err
		}
	}
	speakers, err := s.Speakers(ctx, f)
	if err != nil {
		return st, err
	}
	st.AllSpeakers = len(speakers)
	for _, sp := range speakers {
		st.Gender.Add(attrib.GivenNameGender(sp.Name), 1, sp.Quotes)
	}
	st.Speakers = speakers[:min(top, len(speakers))]
	return st, nil
}
