package attrib_test

// Rule tests that pin the whole result of each sentence: every quote with
// its kind, text, speaker and cue, then every source, one line each, the
// way text/template/parse's lexer tests list every item. Every sentence,
// person, place and outlet is invented. Shared helpers are in
// rules_helpers_test.go.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

// fullCase is one input and its complete expected result. gap, when set,
// says what the engine still gets wrong: the case then documents today's
// output and TestRules_OpenGaps lists it.
type fullCase struct {
	name, lang, in string
	want           string
	gap            string
}

// render lists a Result one item a line: "direct «text» speaker=… cue=…",
// "source name".
func render(res attrib.Result) string {
	var b strings.Builder
	for _, q := range res.Quotes {
		fmt.Fprintf(&b, "%s «%s» speaker=%q cue=%q\n", q.Kind, normText(q.Text), q.Speaker, q.Cue)
	}
	for _, s := range res.Sources {
		fmt.Fprintf(&b, "source %s\n", s.Name)
	}
	return b.String()
}

func runFull(t *testing.T, cases []fullCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			got := render(extract(c.lang, c.in))
			want := strings.TrimLeft(c.want, "\n")
			if got != want {
				t.Errorf("input: %q\ngot:\n%swant:\n%s", c.in, got, want)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// Quoted fragments inside the narrator's sentence: speech when someone's
// words are reported, not when a term or a charge is quoted.

var fragmentCases = []fullCase{
	{name: "verb of saying governs the fragment", lang: "fr",
		in: "Le maire Aurèle Fontanet a dénoncé une « trahison envers les habitants » après la fermeture du bureau de poste.",
		want: `
direct «trahison envers les habitants» speaker="Aurèle Fontanet" cue="a dénoncé"
`},
	{name: "fragment in the first person", lang: "fr",
		in: "Pour la présidente du club, Inès Valcourt, cette saison restera une « année que nous n'oublierons pas ».",
		want: `
direct «année que nous n'oublierons pas» speaker="Inès Valcourt" cue=""
`},
	{name: "quoted charge is a term", lang: "fr",
		in:   "Le gérant du garage a été condamné pour « recel de biens volés en bande » par le tribunal de Morlanges.",
		want: ``},
	{name: "verb after the fragment does not govern it", lang: "fr",
		in: "Le chantier a pris « trois mois de retard au moins », rapporte le Courrier de Morlanges.",
		want: `
source Courrier de Morlanges
`},
	{name: "quoted subhead in the first person", lang: "fr",
		in: "La fête du port\n\n« Nous reviendrons l'an prochain »\n\nLes bénévoles de l'association Voiles de Kerbrat ont rangé les stands dimanche soir. « Il a fait beau et les enfants étaient ravis », a résumé leur présidente, Solène Guivarch.",
		want: `
direct «Nous reviendrons l'an prochain» speaker="Solène Guivarch" cue=""
direct «Il a fait beau et les enfants étaient ravis» speaker="Solène Guivarch" cue="a résumé"
`},
	{name: "pull quote repeating the body", lang: "fr",
		in: "La fête du port\n\n« Il a fait beau »\n\nLes bénévoles ont rangé les stands dimanche soir. « Il a fait beau et les enfants étaient ravis », a résumé leur présidente, Solène Guivarch.",
		want: `
direct «Il a fait beau et les enfants étaient ravis» speaker="Solène Guivarch" cue="a résumé"
`},
}

func TestRules_Fragments(t *testing.T) { runFull(t, fragmentCases) }
