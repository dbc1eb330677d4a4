package attrib_test

import (
	"strings"
	"testing"
)

// Outlets the gazetteer writes in lower case ("dpa") are found as they are
// written; those it writes with a capital still need one in the text, so a
// common word does not turn into an outlet.
var outletCaseCases = []struct {
	name, lang, in string
	want           []string
}{
	{name: "dateline (dpa)", lang: "fr",
		in:   "KALTBRUNN (dpa) — Le conseil municipal a voté mardi la réouverture du pont de la Lenne.",
		want: []string{"dpa"}},
	{name: "selon dpa", lang: "fr",
		in:   "Selon dpa, la mairie de Kaltbrunn rouvrira le pont de la Lenne au mois de juin.",
		want: []string{"dpa"}},
	{name: "selon dpa after the clause", lang: "fr",
		in:   "La mairie de Kaltbrunn rouvrira le pont de la Lenne au mois de juin, selon dpa.",
		want: []string{"dpa"}},
	{name: "according to dpa", lang: "en",
		in:   "The footbridge at Kaltbrunn will reopen in June, according to dpa.",
		want: []string{"dpa"}},
	{name: "dateline (dpa)", lang: "en",
		in:   "KALTBRUNN (dpa) - The town council voted on Tuesday to reopen the footbridge over the Lenne.",
		want: []string{"dpa"}},
	{name: "DPA in capitals", lang: "en",
		in:   "According to DPA, the footbridge at Kaltbrunn will reopen in June.",
		want: []string{"dpa"}},
	{name: "an outlet written with a capital is not a common word", lang: "en",
		in:   "Mira Holt, the guardian of the town archive, said the ferry would run again in May.",
		want: nil},
	{name: "outlet starting with a digit", lang: "fr",
		in:   "Selon 20 Minutes, la piscine de Valbois rouvrira ses portes en juin.",
		want: []string{"20 Minutes"}},
}

func TestRules_OutletCase(t *testing.T) {
	for _, c := range outletCaseCases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			var got []string
			for _, s := range extract(c.lang, c.in).Sources {
				got = append(got, s.Name)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("input: %q\n\tgot sources %q\n\twant %q", c.in, got, c.want)
			}
		})
	}
}
