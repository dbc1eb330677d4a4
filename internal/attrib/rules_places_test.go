package attrib_test

import "testing"

// ---------------------------------------------------------------------------
// Place names (lexicon/places.txt, generated from iso-codes and GeoNames): a
// lone known place in a subject-like position is not a person on that weak
// evidence alone, so a pronoun after it goes to the person named before.
// A name that is also a place still reads as a person when a given name or
// an honorific introduces it.

var placeCases = []fullCase{
	{name: "city with an apposition is no antecedent", lang: "en",
		in: "The clinic is run by Dr. Whitcombe, who opened it in 2019.\n\nNairobi, the tournament leader, won again on Sunday. \"We are tired,\" she said.",
		want: `
direct «We are tired» speaker="Whitcombe" cue="said" rule=after/subject-verb
`},
	{name: "country with an apposition is no antecedent", lang: "en",
		in: "The clinic is run by Dr. Whitcombe, who opened it in 2019.\n\nKenya, a member of the bloc, voted against. \"We are tired,\" she said.",
		want: `
direct «We are tired» speaker="Whitcombe" cue="said" rule=after/subject-verb
`},
	{name: "ville en apposition: pas d'antécédent", lang: "fr",
		in: "La clinique est dirigée par Dr Delacroix depuis dix ans.\n\nLausanne, leader du classement, attend la suite. « Nous sommes fatigués », souffle-t-elle.",
		want: `
direct «Nous sommes fatigués» speaker="Delacroix" cue="souffle-t-elle" rule=after/inverted
`},
	{name: "ville après « A »", lang: "fr",
		in: "La clinique est dirigée par Dr Delacroix depuis dix ans.\n\nA Lausanne, on attend la suite. « Nous sommes fatigués », souffle-t-elle.",
		want: `
direct «Nous sommes fatigués» speaker="Delacroix" cue="souffle-t-elle" rule=after/inverted
`},
	{name: "surname that is a town, with a given name", lang: "en",
		in: "Carla Crawley runs the rowing club.\n\nCrawley, the treasurer, opened the meeting. \"We will be back on the water next spring,\" she said.",
		want: `
direct «We will be back on the water next spring» speaker="Carla Crawley" cue="said" rule=after/subject-verb
`},
	{name: "surname that is a town, with an honorific", lang: "en",
		in: "The clinic is run by Dr. Whitcombe.\n\nMs. Burnley, the treasurer, opened the meeting. \"We will be back on the water next spring,\" she said.",
		want: `
direct «We will be back on the water next spring» speaker="Burnley" cue="said" rule=after/subject-verb
`},
	{name: "nom de ville après un titre de civilité", lang: "fr",
		in: "La clinique est dirigée par Dr Delacroix.\n\nMme Colmar, la trésorière du club, a ouvert la séance. « Nous reviendrons sur l'eau au printemps prochain », a-t-elle assuré.",
		want: `
direct «Nous reviendrons sur l'eau au printemps prochain» speaker="Colmar" cue="a-t-elle assuré" rule=after/inverted
`},
	{name: "nom de ville après un prénom, repris seul", lang: "fr",
		in: "Carla Roubaix préside le club depuis mars.\n\nRoubaix, la présidente, a ouvert la séance. « Nous reviendrons sur l'eau au printemps prochain », assure-t-elle.",
		want: `
direct «Nous reviendrons sur l'eau au printemps prochain» speaker="Carla Roubaix" cue="assure-t-elle" rule=after/inverted
`},
	{name: "a place name that says something is a speaker", lang: "en",
		in: "The clinic is run by Dr. Whitcombe.\n\n\"We will be back on the water next spring,\" Burnley said.",
		want: `
direct «We will be back on the water next spring» speaker="Burnley" cue="said" rule=after/subject-verb
`},
}

func TestPlaceNameRules(t *testing.T) { runFull(t, placeCases) }
