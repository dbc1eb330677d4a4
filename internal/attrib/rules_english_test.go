package attrib_test

import "testing"

// ---------------------------------------------------------------------------
// English partial quotations and the clauses around them: the quote is the
// words inside the marks; a passive verb of saying names the one spoken to
// or the thing named, not the speaker; a participle after a quotation's cue
// reports words of its own.

var englishCases = []fullCase{
	{name: "called it, a verb with its object", lang: "en",
		in: "Councillor Bastian Royle called the trip \"a holiday with an official stamp on it\".",
		want: `
direct «a holiday with an official stamp on it» speaker="Bastian Royle" cue="called" rule=before/verb
`},
	{name: "a passive verb names, it does not cue", lang: "en",
		in: "Tessa Marlow runs the bakery on Quay Street. \"I loved doing that,\" she said. The loaf is literally called The Bread That Got Me Fired. \"It sells out by nine,\" she said.",
		want: `
direct «I loved doing that» speaker="Tessa Marlow" cue="said" rule=after/subject-verb
direct «It sells out by nine» speaker="Tessa Marlow" cue="said" rule=after/subject-verb
`},
	{name: "told in the passive", lang: "en",
		in:   "Harbour staff were told on Monday that the ferry would stop in March.",
		want: ``},
	{name: "participle after the cue of a quotation", lang: "en",
		in: "\"The union has changed its demands three times,\" the Greyholm Ferry Company said, adding that it was ready to return to talks at any hour.",
		want: `
direct «The union has changed its demands three times» speaker="Greyholm Ferry Company" cue="said" rule=after/subject-verb
indirect «it was ready to return to talks at any hour» speaker="Greyholm Ferry Company" cue="adding" rule=indirect/participle
source Greyholm Ferry Company rule=speaker
`},
	{name: "New opens an outlet's name", lang: "en",
		in: "\"We cannot run the ferry at a loss,\" the New Harbour Post reported.",
		want: `
direct «We cannot run the ferry at a loss» speaker="New Harbour Post" cue="reported" rule=after/subject-verb
source New Harbour Post rule=press-cue
`},
	{name: "a name given to both tells a person, not a gender", lang: "en",
		in: "Maria Quell chairs the ferry users' group and Alex Brannock keeps its books. \"We were never asked,\" she said.",
		want: `
direct «We were never asked» speaker="Maria Quell" cue="said" rule=after/subject-verb
`},
	// A naming frame introduces a title, a headline or a slogan.
	{name: "headlines like a list of quotations", lang: "en",
		in:   "The harbour board cited tabloid headlines like 'Ferry crews walk out at dawn', 'Island cut off for a week' and 'Quay to close by March'.",
		want: ``},
	{name: "a report titled", lang: "en",
		in:   "The council published a report titled \"Two harbours, one tide and no more delays\" on Monday.",
		want: ``},
	{name: "like after be compares, it does not name", lang: "en",
		in: "The tolls, Nadia Okonkwo-Hale said, are like \"a tax on living on an island.\"",
		want: `
direct «a tax on living on an island.» speaker="Nadia Okonkwo-Hale" cue="said" rule=before/verb
`},
	{name: "un rapport intitulé", lang: "fr",
		in:   "La mairie de Morlanges a publié jeudi un rapport intitulé « Deux ports, une marée et plus de retard ».",
		want: ``},
}

func TestRules_English(t *testing.T) { runFull(t, englishCases) }
