package attrib_test

// Rule tests for the titles and suffixes around names, as American political
// news writes them: the speaker is the person, whatever stands before or
// after the name, and a title word may be a surname.

import "testing"

var titleCases = []fullCase{
	{name: "title, name, party apposition, said", lang: "en",
		in: "''The budget is late again,'' Senator Maren Holloway, Democrat of Vermont, said at the dinner.",
		want: `
direct «The budget is late again» speaker="Maren Holloway" cue="said" rule=after/subject-verb
`},
	{name: "title, name and its own clause before another subject", lang: "en",
		in: "Acting Inspector Tobias Renfield said divers were searching the harbour, but investigators believed the ferry had struck the old pier.",
		want: `
indirect «divers were searching the harbour» speaker="Tobias Renfield" cue="said" rule=indirect/verb-before
indirect «the ferry had struck the old pier» speaker="investigators" cue="believed" rule=indirect/verb-before
`},
	{name: "Representative is a title", lang: "en",
		in: "\"We will not vote for the bill,\" Representative Tobias Renfield, Republican of Ohio, told reporters on Tuesday.",
		want: `
direct «We will not vote for the bill» speaker="Tobias Renfield" cue="told" rule=after/subject-verb
`},
	{name: "Representative alone before the name", lang: "en",
		in: "\"The levee will hold,\" said Representative Ilse Marrow.",
		want: `
direct «The levee will hold» speaker="Ilse Marrow" cue="said" rule=after/inverted
`},
	{name: "Speaker is a title", lang: "en",
		in: "\"The levee bill will pass this week,\" said House Speaker Ilse Marrow.",
		want: `
direct «The levee bill will pass this week» speaker="Ilse Marrow" cue="said" rule=after/inverted
`},
	{name: "a title word as a surname after a given name", lang: "en",
		in: "Keith King runs the ferry between Calder Bay and Ashby.\n\n" +
			"\"We will sail every day this winter,\" Mr. King said.",
		want: `
direct «We will sail every day this winter» speaker="Keith King" cue="said" rule=after/subject-verb
`},
	{name: "a title word as a surname after a given name", lang: "fr",
		in: "Pascal Maire dirige le port de Valbois depuis dix ans.\n\n" +
			"« Nous resterons ouverts tout l'hiver », a déclaré M. Maire.",
		want: `
direct «Nous resterons ouverts tout l'hiver» speaker="Pascal Maire" cue="a déclaré" rule=after/inverted
`},
	{name: "generational suffix", lang: "en",
		in: "Vice President Caspian Oyelaran Jr. visited the shipyard in Calder Bay on Monday.\n\n" +
			"''The yard will stay open,'' Mr. Oyelaran said.",
		want: `
direct «The yard will stay open» speaker="Caspian Oyelaran" cue="said" rule=after/subject-verb
`},
	{name: "typewriter dashes around a name in apposition", lang: "en",
		in: "A former harbour master -- Tobias Renfield, who ran the port of Calder Bay for ten years -- said the council \"had no plan at all for the winter storms.\"",
		want: `
direct «had no plan at all for the winter storms.» speaker="Tobias Renfield" cue="said" rule=before/verb
`},
}

func TestRules_Titles(t *testing.T) { runFull(t, titleCases) }
