package attrib_test

// Rule tests for cues, speaker resolution and descriptions. Shared helpers
// are in rules_helpers_test.go.

import (
	"strings"
	"testing"
)

// ---------------------------------------------------------------------------
// Cues before and after the quotation, and inheritance.

var cueCases = []directCase{
	{name: "X a déclaré colon", lang: "fr",
		in:   "Odile Marchetti a déclaré : « La piscine rouvrira avant l'été. »",
		want: []dq{{"La piscine rouvrira avant l'été.", "Odile Marchetti"}}},
	{name: "preceding sentence ends with colon", lang: "fr",
		in:   "Odile Marchetti n'a laissé aucune place au doute : « Cette route sera refaite avant l'hiver. »",
		want: []dq{{"Cette route sera refaite avant l'hiver.", "Odile Marchetti"}}},
	{name: "X said colon", lang: "en",
		in:   "Nora Quill said: \"The pier will reopen before the summer.\"",
		want: []dq{{"The pier will reopen before the summer.", "Nora Quill"}}},
	{name: "X said comma", lang: "en",
		in:   "Nora Quill said, “The pier will reopen before the summer.”",
		want: []dq{{"The pier will reopen before the summer.", "Nora Quill"}}},
	{name: "preceding sentence ends with colon", lang: "en",
		in:   "Nora Quill left no room for doubt: \"This road will be rebuilt before the winter.\"",
		want: []dq{{"This road will be rebuilt before the winter.", "Nora Quill"}}},
	{name: "a déclaré X after", lang: "fr",
		in:   "« Les travaux commenceront en mars », a déclaré Maëlle Kerjean.",
		want: []dq{{"Les travaux commenceront en mars", "Maëlle Kerjean"}}},
	{name: "inverted verb X after", lang: "fr",
		in:   "« Les travaux commenceront en mars », explique Maëlle Kerjean.",
		want: []dq{{"Les travaux commenceront en mars", "Maëlle Kerjean"}}},
	{name: "X said after", lang: "en",
		in:   "\"Work will begin in March,\" Tobias Renfield said.",
		want: []dq{{"Work will begin in March", "Tobias Renfield"}}},
	{name: "said X after", lang: "en",
		in:   "\"Work will begin in March,\" said Tobias Renfield.",
		want: []dq{{"Work will begin in March", "Tobias Renfield"}}},
	{name: "a déclaré X then a time word", lang: "fr",
		in:   "« Les travaux commenceront en mars », a déclaré Maëlle Kerjean mardi.",
		want: []dq{{"Les travaux commenceront en mars", "Maëlle Kerjean"}}},
	{name: "said X then a time phrase", lang: "en",
		in:   "\"Work will begin in March,\" said Tobias Renfield on Tuesday.",
		want: []dq{{"Work will begin in March", "Tobias Renfield"}}},
	{name: "uncued quote inherits", lang: "fr",
		in: "« Les travaux commenceront en mars », a déclaré Maëlle Kerjean. « Nous avons prévu une déviation par le nord du village. »",
		want: []dq{{"Les travaux commenceront en mars", "Maëlle Kerjean"},
			{"Nous avons prévu une déviation par le nord du village.", "Maëlle Kerjean"}}},
	{name: "uncued quote inherits", lang: "en",
		in: "\"Work will begin in March,\" said Tobias Renfield.\n\n\"We have planned a diversion through the north of the village.\"",
		want: []dq{{"Work will begin in March", "Tobias Renfield"},
			{"We have planned a diversion through the north of the village.", "Tobias Renfield"}}},
}

func TestRules_Cues(t *testing.T) { runDirect(t, cueCases) }

// ---------------------------------------------------------------------------
// Speaker resolution: canonical names, honorifics, pronouns, roles.

var speakerCases = []directCase{
	{name: "canonical is the fullest form", lang: "fr",
		in: "« Les comptes sont enfin à l'équilibre », a affirmé Mme Marchetti.\n\n" +
			"Odile Marchetti, élue depuis 2014, brigue un troisième mandat.",
		want: []dq{{"Les comptes sont enfin à l'équilibre", "Odile Marchetti"}}},
	{name: "canonical is the fullest form", lang: "en",
		in: "\"The accounts finally balance,\" said Ms. Quill.\n\n" +
			"Nora Quill, first elected in 2014, is seeking a third term.",
		want: []dq{{"The accounts finally balance", "Nora Quill"}}},
	{name: "surname alone", lang: "fr",
		in:   "Odile Marchetti a présenté le budget mardi. « Les comptes sont enfin à l'équilibre », a ajouté Marchetti.",
		want: []dq{{"Les comptes sont enfin à l'équilibre", "Odile Marchetti"}}},
	{name: "surname alone", lang: "en",
		in:   "Nora Quill presented the budget on Tuesday. \"The accounts finally balance,\" Quill said.",
		want: []dq{{"The accounts finally balance", "Nora Quill"}}},
	{name: "M. surname", lang: "fr",
		in:   "Paul Ferrand a reçu les syndicats lundi. « Nous avons trouvé un terrain d'entente », a annoncé M. Ferrand.",
		want: []dq{{"Nous avons trouvé un terrain d'entente", "Paul Ferrand"}}},
	{name: "Mme surname", lang: "fr",
		in:   "Jeanne Roux a visité le chantier. « Le calendrier sera respecté », a assuré Mme Roux.",
		want: []dq{{"Le calendrier sera respecté", "Jeanne Roux"}}},
	{name: "Me surname", lang: "fr",
		in:   "Me Claire Dufossé défend les riverains depuis deux ans. « Ce permis n'aurait jamais dû être accordé », a plaidé Me Dufossé.",
		want: []dq{{"Ce permis n'aurait jamais dû être accordé", "Claire Dufossé"}}},
	{name: "Dr surname", lang: "fr",
		in:   "Le Dr Anne Vautrin dirige le service depuis 2019. « Nous manquons de lits chaque hiver », a expliqué le Dr Vautrin.",
		want: []dq{{"Nous manquons de lits chaque hiver", "Anne Vautrin"}}},
	{name: "Mr. surname", lang: "en",
		in:   "Hollis Brandt met the ferry crews on Monday. \"We have found common ground,\" Mr. Brandt said.",
		want: []dq{{"We have found common ground", "Hollis Brandt"}}},
	{name: "Mrs. surname", lang: "en",
		in:   "Winifred Sallow toured the terminal. \"The timetable will be kept,\" said Mrs. Sallow.",
		want: []dq{{"The timetable will be kept", "Winifred Sallow"}}},
	{name: "Ms. surname", lang: "en",
		in:   "Priya Vellacott toured the terminal. \"The timetable will be kept,\" said Ms. Vellacott.",
		want: []dq{{"The timetable will be kept", "Priya Vellacott"}}},
	{name: "Dr. surname", lang: "en",
		in:   "Dr. Caspian Oyelaran has run the ward since 2019. \"We run out of beds every winter,\" Dr. Oyelaran said.",
		want: []dq{{"We run out of beds every winter", "Caspian Oyelaran"}}},
	{name: "pronoun il", lang: "fr",
		in:   "Paul Ferrand a reçu les syndicats lundi. Il a ensuite déclaré : « Nous avons trouvé un terrain d'entente. »",
		want: []dq{{"Nous avons trouvé un terrain d'entente.", "Paul Ferrand"}}},
	{name: "pronoun -t-il", lang: "fr",
		in:   "Paul Ferrand a reçu les syndicats lundi. « Nous avons trouvé un terrain d'entente », a-t-il annoncé.",
		want: []dq{{"Nous avons trouvé un terrain d'entente", "Paul Ferrand"}}},
	{name: "pronoun -t-elle picks the woman", lang: "fr",
		in:   "Mme Odile Marchetti a reçu M. Paul Ferrand en mairie. « Le dossier avance enfin », a-t-elle déclaré.",
		want: []dq{{"Le dossier avance enfin", "Odile Marchetti"}}},
	{name: "pronoun elle", lang: "fr",
		in:   "Jeanne Roux a visité le chantier. Elle a déclaré : « Le calendrier sera respecté. »",
		want: []dq{{"Le calendrier sera respecté.", "Jeanne Roux"}}},
	{name: "pronoun he", lang: "en",
		in:   "Hollis Brandt met the ferry crews on Monday. \"We have found common ground,\" he said.",
		want: []dq{{"We have found common ground", "Hollis Brandt"}}},
	{name: "pronoun she picks the woman", lang: "en",
		in:   "Ms. Nora Quill met Mr. Hollis Brandt at the harbour. \"The dredging starts next week,\" she said.",
		want: []dq{{"The dredging starts next week", "Nora Quill"}}},
	{name: "role by apposition", lang: "fr",
		in: "Le nouveau maire de Valbois, Paul Ferrand, a présenté ses priorités lundi. " +
			"« La sécurité des écoles passe avant tout », a déclaré le maire de Valbois.",
		want: []dq{{"La sécurité des écoles passe avant tout", "Paul Ferrand"}}},
	{name: "role by apposition", lang: "en",
		in: "The new mayor of Saltmere, Imogen Farrowby, set out her priorities on Monday. " +
			"\"School safety comes first,\" the mayor said.",
		want: []dq{{"School safety comes first", "Imogen Farrowby"}}},
	{name: "new role words: préfète", lang: "fr",
		in: "La nouvelle préfète de la Basse-Sorne, Ysaline Marcoux-Tavel, a réuni les maires jeudi. " +
			"« Aucune commune ne sera oubliée », a déclaré la préfète.",
		want: []dq{{"Aucune commune ne sera oubliée", "Ysaline Marcoux-Tavel"}}},
	{name: "new role words: rector", lang: "en",
		in: "The new rector of Saltmere College, Barnaby Quillfeather, met the students on Monday. " +
			"\"The library will stay open at night,\" the rector said.",
		want: []dq{{"The library will stay open at night", "Barnaby Quillfeather"}}},
	{name: "role before name", lang: "fr",
		in:   "L'économiste belge Anne Vautrin juge la reprise fragile. « La croissance restera molle jusqu'en 2027 », a prévenu l'économiste.",
		want: []dq{{"La croissance restera molle jusqu'en 2027", "Anne Vautrin"}}},
	{name: "role before name", lang: "en",
		in:   "Economist Caspian Oyelaran thinks the recovery is fragile. \"Growth will stay weak until 2027,\" the economist warned.",
		want: []dq{{"Growth will stay weak until 2027", "Caspian Oyelaran"}}},
	{name: "generic role is the person just named", lang: "fr",
		in: "Le maire de Morvelle, Gaspard Lhermite, a présenté le budget. La conseillère déléguée, Ophélie Santerre-Roy, a tenté de rassurer. " +
			"« Les tarifs de la cantine ne bougeront pas », a assuré l'élue, chiffres à l'appui.",
		want: []dq{{"Les tarifs de la cantine ne bougeront pas", "Ophélie Santerre-Roy"}}},
	{name: "definite role continues an unnamed speaker", lang: "en",
		in: "Thaddeus Morrow, the ferry company's chief, met the crews on Monday. At the pier, a harbour official said that only freight boats were sailing. " +
			"\"We keep the supply boats moving,\" the official said.",
		want: []dq{{"We keep the supply boats moving", "a harbour official"}}},
	{name: "role holding a quoted title", lang: "fr",
		in: "Le prix revient à Anouk Ferrandière, réalisatrice de « Les Jardins du Lac Noir », un documentaire tourné à Morvelle.\n\n" +
			"Sur scène, la réalisatrice, très émue, a déclaré : « Ce film appartient aux habitants du lac. »",
		want: []dq{{"Ce film appartient aux habitants du lac.", "Anouk Ferrandière"}}},
	{name: "profile subject introduced by a role", lang: "fr",
		in: "À 61 ans, l'ancienne juge d'instruction a publié ses souvenirs de trente ans de dossiers.\n\n" +
			"La magistrate, jamais avare de confidences, résume l'enjeu :\n\n" +
			"« J'ai voulu raconter les enquêtes, pas les coupables. »",
		want: []dq{{"J'ai voulu raconter les enquêtes, pas les coupables.", "l'ancienne juge d'instruction"}}},
	{name: "profile subject introduced by a role", lang: "en",
		in: "At 67, the veteran harbour pilot has written his first novel.\n\n" +
			"We met him at the harbour café on a grey morning.\n\n" +
			"\"I wrote most of it on night watches, between two ships,\" the writer said.",
		want: []dq{{"I wrote most of it on night watches, between two ships,", "the veteran harbour pilot"}}},
	{name: "unnamed role stays speaker", lang: "fr",
		in:   "« Nous n'avons reçu aucune consigne de la mairie », a confié un policier municipal.",
		want: []dq{{"Nous n'avons reçu aucune consigne de la mairie", "un policier municipal"}}},
	{name: "unnamed role stays speaker", lang: "en",
		in:   "\"We have had no instructions from the council,\" a harbour official said.",
		want: []dq{{"We have had no instructions from the council", "a harbour official"}}},
	{name: "unnamed role stays speaker, inverted", lang: "en",
		in:   "\"We have had no instructions from the council,\" said a harbour official.",
		want: []dq{{"We have had no instructions from the council", "a harbour official"}}},
	{name: "organisation speaker", lang: "fr",
		in:   "« Aucun train ne circulera dimanche sur la ligne », a annoncé la Compagnie ferroviaire du Val.",
		want: []dq{{"Aucun train ne circulera dimanche sur la ligne", "Compagnie ferroviaire du Val"}}},
	{name: "organisation speaker, all capitalised", lang: "fr",
		in:   "« Aucun train ne circulera dimanche sur la ligne », a annoncé la Préfecture du Haut-Verdois.",
		want: []dq{{"Aucun train ne circulera dimanche sur la ligne", "Préfecture du Haut-Verdois"}}},
	{name: "acronym in parentheses", lang: "fr",
		in: "Le syndicat intercommunal des eaux de Morvelle (SIEM) a coupé l'eau jeudi. " +
			"« Le réseau sera rétabli samedi », a indiqué le SIEM.",
		want: []dq{{"Le réseau sera rétabli samedi", "syndicat intercommunal des eaux de Morvelle"}}},
	{name: "acronym spelled earlier without parentheses", lang: "fr",
		in: "Le service départemental d'incendie et de secours est intervenu à l'aube. " +
			"« Le feu est maîtrisé », a précisé le SDIS dans un communiqué.",
		want: []dq{{"Le feu est maîtrisé", "service départemental d'incendie et de secours"}}},
	{name: "acronym in parentheses", lang: "en",
		in: "Harbours, Ferries and Coastal Transit Saltmere (HFCTS) cancelled all crossings. " +
			"\"The boats stay in port until Friday,\" HFCTS said in a statement.",
		want: []dq{{"The boats stay in port until Friday", "Harbours, Ferries and Coastal Transit Saltmere"}}},
	{name: "organisation speaker", lang: "en",
		in:   "\"All crossings are cancelled until Friday,\" the Saltmere Port Authority said in a statement.",
		want: []dq{{"All crossings are cancelled until Friday", "Saltmere Port Authority"}}},
	{name: "a compound given name after a title and its complement", lang: "fr",
		in:   "« Les quais resteront ouverts », a annoncé le conseiller d'Etat Jean-Pierre Korvash lors de la session.",
		want: []dq{{"Les quais resteront ouverts", "Jean-Pierre Korvash"}}},
	{name: "a compound given name after a title and its complement", lang: "en",
		in:   "\"The budget worries us,\" said the Minister of State Mary-Kate Holloway during the session.",
		want: []dq{{"The budget worries us", "Mary-Kate Holloway"}}},
	{name: "the body a spokesman speaks for is governed, its capitalised words too", lang: "en",
		in:   "Tom Harlow, a spokesman for the Liberal Harbour Commission, said the port was \"open to every ship.\"",
		want: []dq{{"open to every ship.", "Tom Harlow"}}},
	{name: "a region after a town is no speaker", lang: "en",
		in:   "Mira Tolland of Dunmere, North Kelder says the ferry vote is \"anybody's to win.\"",
		want: []dq{{"anybody's to win.", "Mira Tolland"}}},
	{name: "a role's complement with to is part of it", lang: "en",
		in:   "\"He has not read the new polls,\" said a longtime adviser to Ada Quist.",
		want: []dq{{"He has not read the new polls", "a longtime adviser to Ada Quist"}}},
	{name: "a role's complement with to is part of it", lang: "en",
		in:   "\"The ferry deal is not dead,\" said a person close to the talks.",
		want: []dq{{"The ferry deal is not dead", "a person close to the talks"}}},
	{name: "an indefinite article before a capital keeps the role someone's", lang: "en",
		in:   "\"It will help the mayor,\" said a Kelder Ferries supporter.",
		want: []dq{{"It will help the mayor", "a Kelder Ferries supporter"}}},
}

func TestRules_Speakers(t *testing.T) { runDirect(t, speakerCases) }

// ---------------------------------------------------------------------------
// Descriptions: the role or apposition is kept with the quote.

type descCase struct {
	name, lang, in string
	speaker, desc  string // desc: a substring the description must hold
	noDesc         bool   // the description must be empty
}

var descCases = []descCase{
	{name: "apposition after name", lang: "fr",
		in:      "« Nous manquons de lits chaque hiver », a déclaré Sidonie Aubertin, directrice de l'hôpital de Brumeval.",
		speaker: "Sidonie Aubertin", desc: "directrice de l'hôpital de Brumeval"},
	{name: "role before name", lang: "fr",
		in:      "« La croissance restera molle », estime l'économiste belge Anne Vautrin.",
		speaker: "Anne Vautrin", desc: "économiste belge"},
	{name: "apposition after name", lang: "en",
		in:      "\"We run out of beds every winter,\" said Sidonie Aubertin, director of Brumeval Hospital.",
		speaker: "Sidonie Aubertin", desc: "director of Brumeval Hospital"},
	{name: "role before name", lang: "en",
		in:      "\"Growth will stay weak,\" said harbour economist Caspian Oyelaran.",
		speaker: "Caspian Oyelaran", desc: "economist"},
	{name: "organisation has no description", lang: "fr",
		in:      "« Aucun train ne circulera dimanche sur la ligne », a annoncé la Préfecture du Haut-Verdois.",
		speaker: "Préfecture du Haut-Verdois", noDesc: true},
	{name: "organisation has no description", lang: "en",
		in:      "\"All crossings are cancelled until Friday,\" the Saltmere Port Authority said in a statement.",
		speaker: "Saltmere Port Authority", noDesc: true},
}

func runDesc(t *testing.T) {
	for _, c := range descCases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			got := directOf(extract(c.lang, c.in))
			if c.noDesc {
				if len(got) != 1 || got[0].Speaker != c.speaker || got[0].Description != "" {
					t.Errorf("input: %q\n\tgot:%s\n\twant: one quote by %q with no description", c.in, fmtQuotes(got), c.speaker)
				}
				return
			}
			if len(got) != 1 || got[0].Speaker != c.speaker || !strings.Contains(got[0].Description, c.desc) {
				t.Errorf("input: %q\n\tgot:%s\n\twant: one quote by %q with a description holding %q", c.in, fmtQuotes(got), c.speaker, c.desc)
			}
		})
	}
}

func TestRules_Description(t *testing.T) { runDesc(t) }
