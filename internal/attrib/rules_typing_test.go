package attrib_test

// Rule tests for entity typing: the word lists of a language
// (lexicon/common_en.txt, common_fr.txt) tell a capitalised common word
// from a name. Typing ranks candidates; it hides no speaker the text names.

import "testing"

var typingCases = []fullCase{
	{name: "a common word opening a sentence is no one a role points back to", lang: "en",
		in: "Tobias Renfield runs the ferry to Kelder Island.\n\nWeather permitting, the crossing resumes at dawn.\n\n" +
			"Work continues on the pier.\n\n“We will add a second boat,” the spokesman said.",
		want: `
direct «We will add a second boat» speaker="the spokesman" cue="said" rule=after/subject-verb
`},
	{name: "a common word opening a sentence is no one a role points back to", lang: "fr",
		in: "Odile Marchetti dirige le port de Brivolle depuis mars.\n\nBrouillard persiste sur la baie depuis lundi.\n\n" +
			"« Nous rouvrirons demain », a indiqué la porte-parole.",
		want: `
direct «Nous rouvrirons demain» speaker="Odile Marchetti" cue="a indiqué" rule=after/inverted
`},
	{name: "a plural common noun is a group: they, not he or she", lang: "en",
		in: "Marta Delgado, the ferry's captain, was at the helm on Monday.\n\n" +
			"Prosecutors say the crew ignored a warning. They added that the logbook was missing.\n\n" +
			"“The log was in the wheelhouse,” she said.",
		want: `
indirect «the crew ignored a warning» speaker="Prosecutors" cue="say" rule=indirect/verb-before
indirect «the logbook was missing» speaker="Prosecutors" cue="added" rule=indirect/verb-before
direct «The log was in the wheelhouse» speaker="Marta Delgado" cue="said" rule=after/subject-verb
`},
	{name: "a sentence adverb before a comma names no one", lang: "en",
		in:   "Ada Quist, the harbour master, spoke on Monday.\n\nCuriously, two pilots said the channel was clear.",
		want: ``,
		gap:  "the subject is the bare plural \"two pilots\", which no rule reads as a speaker"},
	{name: "a sentence adverb before a comma names no one", lang: "fr",
		in:   "Odile Marchetti dirige le port de Brivolle.\n\nVisiblement, deux pilotes estiment que le chenal est dégagé.",
		want: ``,
		gap:  "the subject is the bare plural « deux pilotes », which no rule reads as a speaker"},
	{name: "a surname that is a common word stays the person named in full", lang: "en",
		in: "Nora Kettle chairs the harbour board.\n\nKettle, who took the post in March, met the pilots on Monday.\n\n" +
			"“The channel is clear,” Kettle said. “We sail at dawn.”",
		want: `
direct «The channel is clear» speaker="Nora Kettle" cue="said" rule=after/subject-verb
direct «We sail at dawn.» speaker="Nora Kettle" cue="" rule=inherit/previous-quote
`},
	{name: "a surname that is a common word stays the person named in full", lang: "fr",
		in: "Jean Boucher dirige la coopérative des pêcheurs de Brivolle.\n\n« Nous repartirons demain », a déclaré Boucher.",
		want: `
direct «Nous repartirons demain» speaker="Jean Boucher" cue="a déclaré" rule=after/inverted
`},
	{name: "a common word before a given name and a surname is a title", lang: "en",
		in: "Novelist Nora Quill told the crowd: “We will be back next year.”",
		want: `
direct «We will be back next year.» speaker="Nora Quill" cue="told" rule=before/verb
`},
	{name: "an epithet before a given name and a surname is no part of the name", lang: "en",
		in: "Beloved Nora Quill chairs the harbour board.\n\n“We will rebuild it by spring,” Quill said.",
		want: `
direct «We will rebuild it by spring» speaker="Nora Quill" cue="said" rule=after/subject-verb
`},
	{name: "a verb of saying in a title-case headline ends the name", lang: "en",
		in: "Quill Says Kelder Pier Will Close\n\n“We will rebuild it by spring,” Quill said.",
		want: `
indirect «Kelder Pier Will Close» speaker="Quill" cue="Says" rule=indirect/verb-before
direct «We will rebuild it by spring» speaker="Quill" cue="said" rule=after/subject-verb
`},
	{name: "a party and a state in parentheses name no one", lang: "en",
		in: "Tobias Renfield (R-Utah) said the pier would close. Ada Quist (D-OH), said, “We will fight it.”\n\n“It is a disgrace,” said Nora Quill (I-N.H.).",
		want: `
indirect «the pier would close» speaker="Tobias Renfield" cue="said" rule=indirect/verb-before
direct «We will fight it.» speaker="Ada Quist" cue="said" rule=before/verb
direct «It is a disgrace» speaker="Nora Quill" cue="said" rule=after/inverted
`},
	{name: "initials joined by periods before a surname", lang: "en",
		in: "“The pier is closed,” said Rep. T.J. Renfield (D-N.C.), head of the harbour caucus.",
		want: `
direct «The pier is closed» speaker="T.J. Renfield" cue="said" rule=after/inverted
`},
	{name: "initials joined by periods end a sentence before a quote", lang: "en",
		in: "Ada Quist runs a bakery in Washington, D.C. “I never stop baking,” she said.",
		want: `
direct «I never stop baking» speaker="Ada Quist" cue="said" rule=after/subject-verb
`},
	{name: "a region after a city and a comma is no speaker", lang: "en",
		in: "At a rally in Calder Bay, Ohio, on Saturday, supporters of Nora Quill were heard yelling, “Build the pier!”",
		want: `
direct «Build the pier!» speaker="Nora Quill" cue="" rule=inherit/recent-person
`,
		gap: "the speakers are \"supporters of Nora Quill\", the subject of \"were heard yelling\", which no rule reads"},
	{name: "a region in parentheses after a city is no speaker", lang: "fr",
		in: "Les habitants de Brivolle (Bretagne) estiment que le port doit rester ouvert.",
		want: `
indirect «le port doit rester ouvert» speaker="les habitants de Brivolle" cue="estiment" rule=indirect/verb-before
`},
	{name: "a party letter, a generational suffix and an abbreviation before a noun name no one", lang: "en",
		in: "Governor Nora Quill (R) said the pier would reopen. Tobias E. Renfield Jr., who runs the ferry, said it was safe. U.S. harbour officials said the survey was done.",
		want: `
indirect «the pier would reopen» speaker="Nora Quill" cue="said" rule=indirect/verb-before
indirect «it was safe» speaker="Tobias E. Renfield" cue="said" rule=indirect/verb-before
indirect «the survey was done» speaker="U.S. harbour officials" cue="said" rule=indirect/verb-before
`},
	{name: "a French particle with a capital inside an English sentence opens a name", lang: "en",
		in: "“The harbour must stay open,” said Le Guern, the mayor of Brivolle.",
		want: `
direct «The harbour must stay open» speaker="Le Guern" cue="said" rule=after/inverted
`},
}

func TestRules_Typing(t *testing.T) { runFull(t, typingCases) }
