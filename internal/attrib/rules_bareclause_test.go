package attrib_test

import "testing"

// ---------------------------------------------------------------------------
// English reported speech without "that": the clause after a verb of saying
// opens with a contracted pronoun, an expletive "there", or a noun phrase,
// maybe after the scene of the saying; a subject in apposition still
// governs its verb.

var bareClauseCases = []fullCase{
	{name: "a verb form after a determiner is a noun, not the cue after a clause", lang: "en",
		in:   "It was first believed that the ferry belonged to a local firm, but the firm's owner denied the reports.",
		want: ``},
	{name: "a contracted pronoun opens the clause", lang: "en",
		in: "Orla Penhallow said she's ready to reopen the mill by spring.",
		want: `
indirect «she's ready to reopen the mill by spring» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "an expletive there opens the clause", lang: "en",
		in: "Idris Vellacott says there are too few moorings for the summer fleet.",
		want: `
indirect «there are too few moorings for the summer fleet» speaker="Idris Vellacott" cue="says" rule=indirect/verb-before
`},
	{name: "there contracted with its verb", lang: "en",
		in: "Idris Vellacott says there's no money left for the new pontoon at Brackwater.",
		want: `
indirect «there's no money left for the new pontoon at Brackwater» speaker="Idris Vellacott" cue="says" rule=indirect/verb-before
`},
	{name: "a day between the verb and the clause", lang: "en",
		in: "Mayor Tamsin Oakridge said Thursday one of the two ferries could be sold.",
		want: `
indirect «one of the two ferries could be sold» speaker="Tamsin Oakridge" cue="said" rule=indirect/verb-before
`},
	{name: "a scene phrase between the verb and the clause", lang: "en",
		in: "Tamsin Oakridge said by text message the harbour road had been closed since dawn.",
		want: `
indirect «the harbour road had been closed since dawn» speaker="Tamsin Oakridge" cue="said" rule=indirect/verb-before
`},
	{name: "an infinitive after the verb is no scene", lang: "en",
		in:   "The two councils vowed to clear the worst of the flood debris.",
		want: ``},
	{name: "a subject in apposition", lang: "en",
		in: "Wendell Arkwright, a lock keeper on the canal, said boats had been stranded for a week.",
		want: `
indirect «boats had been stranded for a week» speaker="Wendell Arkwright" cue="said" rule=indirect/verb-before
`},
	{name: "a contracted pronoun is no inverted subject", lang: "en",
		in: "Mirela Dunstan, who chairs the ferry users' group, said it's not only the islanders who pay.",
		want: `
indirect «it's not only the islanders who pay» speaker="Mirela Dunstan" cue="said" rule=indirect/verb-before
`},
	{name: "a verb after a determiner is an adjective", lang: "en",
		in:   "The alleged shortfall is actually a surplus of forty thousand crowns.",
		want: ``},
	{name: "a semicolon ends the reported clause", lang: "en",
		in: "Councillors said they'll vote against the levy; the budget is due in March.",
		want: `
indirect «they'll vote against the levy» speaker="Councillors" cue="said" rule=indirect/verb-before
`},
	{name: "a paragraph after one ending in a quotation", lang: "en",
		in: "Orla Penhallow chairs the mill trust. “We will not sell,” she said. “Not this year.”\n\nAccording to the Brackwater Ledger, the trust has raised half of its goal.",
		want: `
direct «We will not sell» speaker="Orla Penhallow" cue="said" rule=after/subject-verb
direct «Not this year.» speaker="Orla Penhallow" cue="" rule=inherit/previous-quote
indirect «the trust has raised half of its goal» speaker="Brackwater Ledger" cue="According to" rule=indirect/frame-before
source Brackwater Ledger rule=attribution
`},
	{name: "the one spoken to before the clause", lang: "en",
		in: "Wendell Arkwright told investigators he had seen the barge leave at midnight.",
		want: `
indirect «he had seen the barge leave at midnight» speaker="Wendell Arkwright" cue="told" rule=indirect/verb-before
`},
	{name: "an outlet spoken to before the clause", lang: "en",
		in: "Tamsin Oakridge told the Brackwater Ledger the harbour road would reopen in May.",
		want: `
indirect «the harbour road would reopen in May» speaker="Tamsin Oakridge" cue="told" rule=indirect/verb-before
source Brackwater Ledger rule=press-cue
`},
	{name: "a participle makes the phrase a subject, not one spoken to", lang: "en",
		in: "Idris Vellacott said the talks surrounding the levy would drag on past March.",
		want: `
indirect «the talks surrounding the levy would drag on past March» speaker="Idris Vellacott" cue="said" rule=indirect/verb-before
`},
	{name: "a quantifier opens the clause", lang: "en",
		in: "Idris Vellacott says some of the moorings were never paid for.",
		want: `
indirect «some of the moorings were never paid for» speaker="Idris Vellacott" cue="says" rule=indirect/verb-before
`},
	{name: "the day after the cue at the sentence end", lang: "en",
		in: "The ferry to Brackwater will not run until the storm has passed, the harbour office said on Sunday.",
		want: `
indirect «The ferry to Brackwater will not run until the storm has passed» speaker="the harbour office" cue="said" rule=indirect/subject-verb-after
`},
	{name: "a past tense after a name shows the verb", lang: "en",
		in: "Orla Penhallow said Brannock closed the mill last winter.",
		want: `
indirect «Brannock closed the mill last winter» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "a past tense after a bare plural shows the verb", lang: "en",
		in: "Wendell Arkwright said lock keepers stayed at their posts all night.",
		want: `
indirect «lock keepers stayed at their posts all night» speaker="Wendell Arkwright" cue="said" rule=indirect/verb-before
`},
	{name: "a that inside the reported clause does not open it", lang: "en",
		in: "Wendell Arkwright said the new levy pays for roads that the county built.",
		want: `
indirect «the new levy pays for roads that the county built» speaker="Wendell Arkwright" cue="said" rule=indirect/verb-before
`},
	{name: "the one spoken to and the day before that", lang: "en",
		in: "Tamsin Oakridge told the harbour council on Monday that the quay would reopen in May.",
		want: `
indirect «the quay would reopen in May» speaker="Tamsin Oakridge" cue="told" rule=indirect/verb-before
`},
	{name: "an adverb before that", lang: "en",
		in: "Idris Vellacott announced recently that he will leave the ferry board.",
		want: `
indirect «he will leave the ferry board» speaker="Idris Vellacott" cue="announced" rule=indirect/verb-before
`},
	{name: "a quantified phrase before that", lang: "en",
		in: "Idris Vellacott noted several times that the moorings were never paid for.",
		want: `
indirect «the moorings were never paid for» speaker="Idris Vellacott" cue="noted" rule=indirect/verb-before
`},
	{name: "a cue between commas after a short opening", lang: "en",
		in: "Orla Penhallow runs the ferry line. Too often, she says, the boats leave late.",
		want: `
indirect «the boats leave late» speaker="Orla Penhallow" cue="says" rule=indirect/subject-verb-after
`},
	{name: "the subject alone before a cue between commas", lang: "en",
		in: "Police, Orla Penhallow says, have no plan for the flooded harbour.",
		want: `
indirect «have no plan for the flooded harbour» speaker="Orla Penhallow" cue="says" rule=indirect/subject-verb-after
`},
	{name: "a noun object before a preposition is no clause", lang: "en",
		in:   "Orla Penhallow confirmed the closure of the Brackwater quay.",
		want: ``},
	{name: "a noun object at the end is no clause", lang: "en",
		in:   "The old ferry boasts a harbour view.",
		want: ``},
	{name: "a verb after a subordinator leaves the noun an object", lang: "en",
		in:   "Idris Vellacott added a mooring fee while the tide turned.",
		want: ``},
	{name: "a noun and its complement before the verb", lang: "en",
		in: "Orla Penhallow said the cost of the new pontoon is far too high.",
		want: `
indirect «the cost of the new pontoon is far too high» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "an infinitive after the object", lang: "en",
		in: "Tamsin Oakridge stressed the need to repair the quay before winter.",
		want: `
indirect «the need to repair the quay before winter» speaker="Tamsin Oakridge" cue="stressed" rule=indirect/verb-before
`},
	{name: "a present in -s after the subject", lang: "en",
		in: "Tamsin Oakridge says the levy covers the harbour roads.",
		want: `
indirect «the levy covers the harbour roads» speaker="Tamsin Oakridge" cue="says" rule=indirect/verb-before
`},
	{name: "a subject and its description before the verb", lang: "en",
		in: "Orla Penhallow, a harbour engineer at the Kelsby institute, said the quay may have been damaged by the storm.",
		want: `
indirect «the quay may have been damaged by the storm» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "a subject and a relative clause before the verb", lang: "en",
		in: "Idris Quist, who runs the night ferry, said the boats leave late every week.",
		want: `
indirect «the boats leave late every week» speaker="Idris Quist" cue="said" rule=indirect/verb-before
`},
	{name: "a clause with its own apposition before an inverted cue", lang: "en",
		in: "The night ferry, the mayor's pride, is late again, said Idris Quist.",
		want: `
indirect «The night ferry, the mayor's pride, is late again» speaker="Idris Quist" cue="said" rule=indirect/verb-after
`},
	{name: "a noun before a relative clause and the main verb", lang: "en",
		in: "Idris Quist, the author of a book about the harbour, said the days when the town had one ferry are gone.",
		want: `
indirect «the days when the town had one ferry are gone» speaker="Idris Quist" cue="said" rule=indirect/verb-before
`},
	{name: "a comma after the subject's noun", lang: "en",
		in: "Orla Penhallow said the ferry, along with a boatyard run by her uncle, gave the town a living.",
		want: `
indirect «the ferry, along with a boatyard run by her uncle, gave the town a living» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "a quoted fragment's full stop ends the reported clause", lang: "en",
		in: "Orla Penhallow said the old ferry was a fine boat and more than \"a tub.\" When she first rowed out, the town fell silent.",
		want: `
indirect «the old ferry was a fine boat and more than "a tub."» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "a dash and a connective before another cue", lang: "en",
		in: "Orla Penhallow said the ferry will sail on Sunday — but Idris Quist says the quay is closed.",
		want: `
indirect «the ferry will sail on Sunday» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
indirect «the quay is closed» speaker="Idris Quist" cue="says" rule=indirect/verb-before
`},
	{name: "a comma, a connective and a name with its auxiliary", lang: "en",
		in: "Orla Penhallow said the ferry would sail on Sunday, and Idris Quist was glad to hear it.",
		want: `
indirect «the ferry would sail on Sunday» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "a comma and a connective go on with the same subject", lang: "en",
		in: "Orla Penhallow said the ferry would sail on Sunday, and the quay would reopen in May.",
		want: `
indirect «the ferry would sail on Sunday, and the quay would reopen in May» speaker="Orla Penhallow" cue="said" rule=indirect/verb-before
`},
	{name: "a frame between the subject and its verb", lang: "en",
		in: "Most of the moorings, according to the harbour survey, need new chains before winter.",
		want: `
indirect «Most of the moorings» speaker="the harbour survey" cue="according to" rule=indirect/frame-after
indirect «need new chains before winter» speaker="the harbour survey" cue="according to" rule=indirect/frame-after
source harbour survey rule=attribution
`},
	{name: "a frame before a connective", lang: "en",
		in: "The ferry had never left port in winter, according to Orla Penhallow, but the new crew sailed it to Kelsby.",
		want: `
indirect «The ferry had never left port in winter» speaker="Orla Penhallow" cue="according to" rule=indirect/frame-after
indirect «but the new crew sailed it to Kelsby» speaker="Orla Penhallow" cue="according to" rule=indirect/frame-after
source Orla Penhallow rule=attribution
`},
	{name: "after a clause, what follows the source describes it", lang: "en",
		in: "The quay will be closed until May, according to Orla Penhallow, head of the harbour board in Kelsby.",
		want: `
indirect «The quay will be closed until May» speaker="Orla Penhallow" cue="according to" rule=indirect/frame-after
source Orla Penhallow rule=attribution
`},
	{name: "a frame whose source has a clause between dashes", lang: "en",
		in: "According to the harbour survey — which counted every boat in the port — the moorings need new chains.",
		want: `
indirect «the moorings need new chains» speaker="the harbour survey" cue="According to" rule=indirect/frame-before
source harbour survey rule=attribution
`},
}

func TestRules_BareClause(t *testing.T) { runFull(t, bareClauseCases) }
