package attrib_test

import "testing"

// ---------------------------------------------------------------------------
// Sources recognised by the shape of the phrase, not by the gazetteer.

var sourceShapeCases = []fullCase{
	{name: "contactée par an outlet the gazetteer lacks", lang: "fr",
		in: "Contactée par Le Héron, la mairie de Morlanges n'a pas souhaité commenter.",
		want: `
source Le Héron rule=press-cue
`},
	{name: "interrogé par a person is not a source", lang: "fr",
		in:   "Interrogé par Paul Ferrand, le maire n'a pas souhaité commenter.",
		want: ``},
	{name: "the place owning an outlet is not its name", lang: "en",
		in: "The ferry will resume on Monday, according to Kelderland's The Beacon.",
		want: `
indirect «The ferry will resume on Monday» speaker="Beacon" cue="according to" rule=indirect/frame-after
source Beacon rule=attribution
`},
	{name: "an outlet named after the noun that says what it is", lang: "fr",
		in: "Dans un entretien au quotidien L'Écho de Kerbrat, le maire a défendu le budget.",
		want: `
source L'Écho de Kerbrat rule=press-noun
`},
	{name: "an outlet named after the noun that says what it is", lang: "en",
		in: "The findings were published in the scientific journal Tidal Records on Monday.",
		want: `
source Tidal Records rule=press-noun
`},
	{name: "the journal a study was published in", lang: "en",
		in: "Harbour doctors cite a study published last week in the Kelder Review on fog and asthma.",
		want: `
source Kelder Review rule=venue
`},
	{name: "the journal a study was published in", lang: "fr",
		in: "Une étude publiée mardi dans les Annales de Brivolle montre le contraire.",
		want: `
source Annales de Brivolle rule=venue
`},
	{name: "a one-word name after a definite article speaks as a body", lang: "fr",
		in: "L'Odevia a indiqué que le niveau des nappes baisserait cet été.",
		want: `
indirect «le niveau des nappes baisserait cet été» speaker="Odevia" cue="a indiqué" rule=indirect/verb-before
source Odevia rule=speaker
`},
	{name: "a month or a country is no venue", lang: "en",
		in:   "The report was published in March. It was published in Canada.",
		want: ``},
	{name: "a journalist's outlet is an employer, not a source", lang: "en",
		in:   "Nora Quill, a reporter for the weekly Kelder Beacon, covered the vote.",
		want: ``},
	{name: "figures speak for whoever released them", lang: "fr",
		in: "La piscine de Morlanges a accueilli 4 000 nageurs en un mois, selon les chiffres communiqués par la mairie.",
		want: `
indirect «La piscine de Morlanges a accueilli 4 000 nageurs en un mois» speaker="la mairie" cue="selon" rule=indirect/frame-after
`},
	{name: "a person's own words are not a source", lang: "fr",
		in: "Paul Ferrand a présenté le bilan du port. Selon ses dires, « le trafic a doublé en un an ».",
		want: `
direct «le trafic a doublé en un an» speaker="Paul Ferrand" cue="Selon" rule=before/frame
`},
	{name: "an alias does not rename a longer outlet name", lang: "fr",
		in: "Selon La Dépêche du Causse, la digue de Morlanges sera fermée tout l'hiver.",
		want: `
indirect «la digue de Morlanges sera fermée tout l'hiver» speaker="Dépêche du Causse" cue="Selon" rule=indirect/frame-before
source Dépêche du Causse rule=attribution
`},
	{name: "an agency's sign-off", lang: "en",
		in: "The harbour will reopen on Monday after repairs to the sea wall. - Kelpa",
		want: `
source Kelpa rule=credit-line
`},
	{name: "a dash inside a sentence is not a sign-off", lang: "en",
		in:   "The harbour - Kelpa",
		want: ``},
}

func TestRules_SourceShapes(t *testing.T) { runFull(t, sourceShapeCases) }
