package attrib_test

import "testing"

// ---------------------------------------------------------------------------
// Sources that speak: an organisation or an institution quoted in the
// article is one of its sources, and so is the outlet a quotation was
// given to. A person is not, nor the platform words were posted on.

var speakingCases = []fullCase{
	{name: "an organisation that speaks", lang: "en",
		in: "The Brumeval State Harbour Authority says it has closed the north quay.",
		want: `
indirect «it has closed the north quay» speaker="Brumeval State Harbour Authority" cue="says" rule=indirect/verb-before
source Brumeval State Harbour Authority rule=speaker
`},
	{name: "an organisation's name goes on past of", lang: "en",
		in: "The Kelderport Chamber of Commerce welcomed the vote, saying that the hub would \"give young people a reason to stay.\"",
		want: `
direct «give young people a reason to stay.» speaker="Kelderport Chamber of Commerce" cue="saying" rule=before/verb
source Kelderport Chamber of Commerce rule=speaker
`},
	// The role phrase stops before its adjective ("la police", not "la
	// police cantonale"), which the source keeps too.
	{name: "an institution named by what it is", lang: "fr",
		in: "« Nous ne pouvons pas vous en dire plus », déplore la police cantonale.",
		want: `
direct «Nous ne pouvons pas vous en dire plus» speaker="la police cantonale" cue="déplore" rule=after/inverted
source police cantonale rule=speaker
`},
	{name: "a person who speaks is no source", lang: "fr",
		in: "« La digue tiendra », a déclaré Claire Dumoulin mardi.",
		want: `
direct «La digue tiendra» speaker="Claire Dumoulin" cue="a déclaré" rule=after/inverted
`},
	{name: "the outlet a quotation was given to", lang: "fr",
		in: "« Nous avons tout perdu en une nuit », déclare Philippe Garnier à Bruminfo.",
		want: `
direct «Nous avons tout perdu en une nuit» speaker="Philippe Garnier" cue="déclare" rule=after/inverted
source Bruminfo rule=via
`},
	{name: "a station in capitals", lang: "fr",
		in: "Le bourgmestre de Limoux-sur-Aude, Paul Ferrand, déplore, à RADIO KELDER FM, « des rues entières sous l'eau ».",
		want: `
direct «des rues entières sous l'eau» speaker="Paul Ferrand" cue="déplore" rule=before/verb
source RADIO KELDER FM rule=via
`},
	{name: "a person spoken to is no outlet", lang: "fr",
		in: "Claire Dumoulin est arrivée lundi. « Je ne reviendrai pas », a confié Paul Ferrand à Claire Dumoulin.",
		want: `
direct «Je ne reviendrai pas» speaker="Paul Ferrand" cue="a confié" rule=after/inverted
`},
	{name: "the platform words were posted on is no source", lang: "en",
		in: "\"We are safe and the children are with us,\" Nadia Okonkwo-Hale wrote on Facebook.",
		want: `
direct «We are safe and the children are with us» speaker="Nadia Okonkwo-Hale" cue="wrote" rule=after/subject-verb
`},
	{name: "a capitalised verb inside a name is no verb", lang: "en",
		in: "The Kelder State Police Command says it has arrested two men.",
		want: `
indirect «it has arrested two men» speaker="Kelder State Police Command" cue="says" rule=indirect/verb-before
source Kelder State Police Command rule=speaker
`},
	{name: "a spokesman of the police is a person", lang: "en",
		in: "There were no incidents in the harbour on Monday night, a police spokesman said on Tuesday.",
		want: `
indirect «There were no incidents in the harbour on Monday night» speaker="a police spokesman" cue="said" rule=indirect/subject-verb-after
`},
	{name: "a place after an apposition is no outlet", lang: "fr",
		in: "« On est parti pour un mois de fermeture », affirme Olivier Laban, ostréiculteur à Morlanges-sur-Mer.",
		want: `
direct «On est parti pour un mois de fermeture» speaker="Olivier Laban" cue="affirme" rule=after/inverted
`},
	{name: "a participle opening the sentence is no speaker", lang: "en",
		in: "Reached on Tuesday, the harbour police said that the quay would reopen.",
		want: `
indirect «the quay would reopen» speaker="the harbour police" cue="said" rule=indirect/verb-before
`},
	{name: "contactée opens a scene", lang: "fr",
		in: "Contactée mardi, la gendarmerie de Morlanges confirme que la route restera fermée.",
		want: `
indirect «la route restera fermée» speaker="la gendarmerie de Morlanges" cue="confirme" rule=indirect/verb-before
source gendarmerie de Morlanges rule=speaker
`},
	// Sources by the shape of the phrase, and what is none.
	{name: "the body a document comes from", lang: "fr",
		in: "Comme indiqué hier dans un communiqué de la Préfecture maritime, la digue de Morlanges sera fermée.",
		want: `
source Préfecture rule=document
`},
	{name: "a statement from a company", lang: "en",
		in: "The crossings will resume on Friday, according to a statement from Kelder Ferries.",
		want: `
indirect «The crossings will resume on Friday» speaker="Kelder Ferries" cue="according to" rule=indirect/frame-after
source Kelder Ferries rule=document
`},
	{name: "a site's domain", lang: "en",
		in: "The bridge will reopen in May, as reported by kelderport-news.com on Monday.",
		want: `
source kelderport-news.com rule=attribution
`},
	{name: "anonymous sources are no source", lang: "fr",
		in: "Selon les mêmes sources militaires, trois camps de Morlanges ont été visés.",
		want: `
indirect «trois camps de Morlanges ont été visés» speaker="les mêmes sources militaires" cue="Selon" rule=indirect/frame-before
`},
	{name: "the station reported words were given to", lang: "fr",
		in: "Le bourgmestre de Limoux-sur-Aude déplore, à RADIO KELDER FM, des inondations dans trois quartiers.",
		want: `
source RADIO KELDER FM rule=via
`},
	{name: "a via word after the verb's object", lang: "fr",
		in:   "Le ministre a souligné la présence de l'armée au Val-Sombre depuis mars.",
		want: ``},
	{name: "an agency's credit opening a paragraph", lang: "fr",
		in: "(Kelder-Presse) Dans un communiqué diffusé vendredi, la mairie de Morlanges dit avoir entendu les habitants.",
		want: `
source Kelder-Presse rule=credit-line
`},
	{name: "a picture's label is no credit", lang: "fr",
		in:   "(Photo) Le maire de Morlanges inaugure la digue.",
		want: ``},
	{name: "a participle alone is no cue", lang: "fr",
		in:   "Le maire accusé à Valnord\n\nLa digue sera fermée.",
		want: ``},
	{name: "an institution named again by its noun", lang: "fr",
		in: "La chambre d'agriculture du Val-Sombre a aussitôt réagi. « Personne ne nous a consultés », a écrit la chambre dans un communiqué.",
		want: `
direct «Personne ne nous a consultés» speaker="chambre d'agriculture du Val-Sombre" cue="a écrit" rule=after/inverted
source chambre d'agriculture du Val-Sombre rule=speaker
`},
	{name: "an institution's noun with a proper name", lang: "fr",
		in: "Le syndicat des eaux du Val-Sombre a indiqué que la nappe baissait encore.",
		want: `
indirect «la nappe baissait encore» speaker="le syndicat des eaux du Val-Sombre" cue="a indiqué" rule=indirect/verb-before
source syndicat des eaux du Val-Sombre rule=speaker
`},
	{name: "an association's name runs through its complements", lang: "fr",
		in: "L'Association des riverains du Val-Sombre a annoncé qu'elle déposerait un recours.",
		want: `
indirect «elle déposerait un recours» speaker="Association des riverains du Val-Sombre" cue="a annoncé" rule=indirect/verb-before
source Association des riverains du Val-Sombre rule=speaker
`},
	{name: "an apposition without a determiner describes the subject", lang: "fr",
		in: "Une retraitée, ancienne employée de la conserverie, résumait le sentiment général : « Sans l'usine, Morlanges n'est plus rien. »",
		want: `
direct «Sans l'usine, Morlanges n'est plus rien.» speaker="une retraitée" cue="résumait" rule=before/verb
`},
	{name: "a retiree with an apposition", lang: "en",
		in: "A retiree, former clerk at the cannery, summed up the mood: \"Without the plant, Morlanges is nothing.\"",
		want: `
direct «Without the plant, Morlanges is nothing.» speaker="a retiree" cue="" rule=before/colon
`},
	{name: "a unit in apposition belongs to the organisation", lang: "en",
		in: "The Kelder State Police, Zone 2 Command, on Tuesday said it arrested four men near the quay.",
		want: `
indirect «it arrested four men near the quay» speaker="Kelder State Police" cue="said" rule=indirect/verb-before
source Kelder State Police rule=speaker
`},
	{name: "two stations joined by et", lang: "fr",
		in: "« Le port restera ouvert », a déclaré Claire Dumoulin lors d'interviews sur Radio 3 et La Vigie.",
		want: `
direct «Le port restera ouvert» speaker="Claire Dumoulin" cue="a déclaré" rule=after/inverted
source Radio 3 rule=via
source La Vigie rule=via
`},
	{name: "a person's title by its initials is no source", lang: "en",
		in: "Dara Quist, Deputy Harbour Commissioner of the Kelder port, said the quay was closed. According to the DHC, the ferries will resume on Monday.",
		want: `
indirect «the quay was closed» speaker="Dara Quist" cue="said" rule=indirect/verb-before
indirect «the ferries will resume on Monday» speaker="Deputy Harbour Commissioner" cue="According to" rule=indirect/frame-before
`},
	{name: "a hyphenated title gives a letter for each part", lang: "en",
		in: "Dara Quist, Deputy Port-Warden for the Kelder coast, said the quay was closed. According to the DPW, the ferries will resume on Monday.",
		want: `
indirect «the quay was closed» speaker="Port-Warden" cue="said" rule=indirect/verb-before
indirect «the ferries will resume on Monday» speaker="Deputy Port-Warden" cue="According to" rule=indirect/frame-before
`,
		gap: "a hyphenated title in apposition takes the named speaker's place"},
	{name: "an outlet named only by its kind is no source", lang: "en",
		in: "There was no fire at the Kelder depot as reported by a local daily earlier this morning.",
		want: `
`},
	{name: "a kind of outlet that speaks is no source", lang: "fr",
		in: "Selon un quotidien régional, le dépôt de Valbois a fermé ses portes mardi.",
		want: `
indirect «le dépôt de Valbois a fermé ses portes mardi» speaker="un quotidien régional" cue="Selon" rule=indirect/frame-before
`},
	{name: "a named outlet after reported by", lang: "en",
		in: "There was no fire at the Kelder depot, as reported by the Saltmere Gazette on Monday.",
		want: `
source Saltmere Gazette rule=attribution
`},
	{name: "the police alone name no particular force", lang: "en",
		in: "A man was detained at the ferry terminal on Friday, the police said.",
		want: `
indirect «A man was detained at the ferry terminal on Friday» speaker="the police" cue="said" rule=indirect/subject-verb-after
`},
	{name: "la police seule ne nomme aucun corps", lang: "fr",
		in: "Un homme a été interpellé vendredi au port, a indiqué la police.",
		want: `
indirect «Un homme a été interpellé vendredi au port» speaker="la police" cue="a indiqué" rule=indirect/verb-after
`},
	{name: "the company that denies is a source", lang: "en",
		in: "It was first believed that the aircraft belonged to Kelder Airlines, but the company denied the reports.",
		want: `
source Kelder Airlines rule=speaker
`},
	{name: "the company that denies, no company named before", lang: "en",
		in:   "It was first believed that the aircraft belonged to a local firm, but the company denied the reports.",
		want: ``},
	{name: "an agency's alias speaking is the agency", lang: "en",
		in: "The harbour stayed shut on Monday, according to the Associated Press. AP said that the ferries would resume on Friday.",
		want: `
indirect «The harbour stayed shut on Monday» speaker="Associated Press" cue="according to" rule=indirect/frame-after
indirect «the ferries would resume on Friday» speaker="AP" cue="said" rule=indirect/verb-before
source Associated Press rule=attribution
`,
		gap: "the speaker keeps the alias an entity was named by; only the source takes the gazetteer's name"},
	{name: "distributed by, in a copyright paragraph", lang: "en",
		in: "The ferry resumed on Friday.\n\nCopyright 2025 Harbour Ledger. All rights reserved. Distributed by Kelder Global Media (kelder.com).",
		want: `
source Harbour Ledger rule=credit-line
source Kelder Global Media rule=credit-line
`},
	{name: "provided by, opening a paragraph", lang: "en",
		in: "The tide gauge will be replaced in May.\n\nProvided by University of Morlanges",
		want: `
source University of Morlanges rule=credit-line
`},
	{name: "a participle and by in running text is no credit", lang: "en",
		in:   "The council met on Monday. Distributed by the ferry company, the leaflets were read by few.",
		want: ``},
	{name: "written by a person is a byline", lang: "en",
		in:   "The ferry resumed on Friday.\n\nWritten by Ada Quist",
		want: ``},
	{name: "diffusé par, opening a paragraph", lang: "fr",
		in: "Le bac reprendra vendredi.\n\nDiffusé par Agence Kelder Presse",
		want: `
source Agence Kelder Presse rule=credit-line
`},
}

func TestRules_Speaking(t *testing.T) { runFull(t, speakingCases) }
