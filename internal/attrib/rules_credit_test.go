package attrib_test

import "testing"

// Quotations signed with a dash and a name, as testimonials and epigraphs
// are; and the shapes that look like one but are the article's own
// sign-off or a narrator's sentence going on.
var creditCases = []fullCase{
	{name: "signed quotations, one a line", lang: "en",
		in: "Readers of the Harbour Ledger told us what the new timetable means.\n\n" +
			"“The early boat is gone and I now lose an hour every morning on the quay.” ― Marta Velloso\n\n" +
			"“We were never asked about the change, and nobody answered our letters.” — Tobias Renwick, a fisherman\n\n" +
			"\"I like the new boats, but the evening service is far too thin for families.\" – Ilse Varga.",
		want: `
direct «The early boat is gone and I now lose an hour every morning on the quay.» speaker="Marta Velloso" cue="―" rule=after/credit
direct «We were never asked about the change, and nobody answered our letters.» speaker="Tobias Renwick" cue="—" rule=after/credit
direct «I like the new boats, but the evening service is far too thin for families.» speaker="Ilse Varga" cue="–" rule=after/credit
`},
	{name: "the last signed quotation, a name no list knows", lang: "en",
		in: "“Fares must stay low for everyone.” ― Ana Ruizano\n\n“The night boats matter most to us.” ― Tomasz Brellick",
		want: `
direct «Fares must stay low for everyone.» speaker="Ana Ruizano" cue="―" rule=after/credit
direct «The night boats matter most to us.» speaker="Tomasz Brellick" cue="―" rule=after/credit
`},
	{name: "signed quotation with an apposition", lang: "fr",
		in: "Des lecteurs nous ont écrit.\n\n« On ne nous a jamais demandé notre avis sur ce changement. » — Léonie Carvanel, agricultrice",
		want: `
direct «On ne nous a jamais demandé notre avis sur ce changement.» speaker="Léonie Carvanel" cue="—" rule=after/credit
`},
	{name: "a fragment in the narrator's sentence, then the byline", lang: "en",
		in: "Mayor Odile Varnet said on Monday that the council was \"still the first force in the valley.\" — Kim Ostrander",
		want: `
direct «still the first force in the valley.» speaker="Odile Varnet" cue="said" rule=before/verb
`},
	{name: "the narrator's sentence goes on after the dash", lang: "fr",
		in: "Aurélien Bastide a pris la parole.\n\n« Le bateau du matin a disparu, et je perds une heure chaque jour. » — Et puis Bastide est parti.",
		want: `
direct «Le bateau du matin a disparu, et je perds une heure chaque jour.» speaker="Aurélien Bastide" cue="" rule=inherit/recent-person
`},
	{name: "an agency's sign-off after a quotation", lang: "en",
		in: "Harbour master Nora Quill said the pier would reopen. \"We will be ready in June.\" — Kelderpress",
		want: `
indirect «the pier would reopen» speaker="Nora Quill" cue="said" rule=indirect/verb-before
direct «We will be ready in June.» speaker="Nora Quill" cue="" rule=inherit/reported-speech
source Kelderpress rule=credit-line
`},
	{name: "a headline's quotation echoed by a cued quote below", lang: "fr",
		in: "Fête du port : « Les absents ont eu tort »\n\nLa pluie a découragé beaucoup de visiteurs samedi.\n\n« Ils ont eu tort, le soleil est revenu à midi », lance Odile Ferrec, présidente du comité.",
		want: `
direct «Les absents ont eu tort» speaker="Odile Ferrec" cue="" rule=inherit/headline-echo
direct «Ils ont eu tort, le soleil est revenu à midi» speaker="Odile Ferrec" cue="lance" rule=after/inverted
`},
	{name: "a headline's quotation that no quote below repeats", lang: "en",
		in: "Harbour fair: \"The absent were wrong\"\n\nRain kept many visitors away on Saturday.\n\n\"The sun came back at noon and the stalls stayed open,\" said Odile Ferrec, who chairs the committee.",
		want: `
direct «The absent were wrong» speaker="" cue="" rule=
direct «The sun came back at noon and the stalls stayed open» speaker="Odile Ferrec" cue="said" rule=after/inverted
`},
}

func TestRules_Credits(t *testing.T) { runFull(t, creditCases) }
