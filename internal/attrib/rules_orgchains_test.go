package attrib_test

// Rule tests for the names an organisation goes by once the article has
// named it in full: its first word alone, its noun with an adjective, and
// the document it issued. Every sentence, body and place is invented.

import "testing"

var orgChainCases = []fullCase{
	{name: "an organisation's short forms and its statement", lang: "fr",
		in: "La Municipalité de Corvenne veut rouvrir le port.\n" +
			"Dans un communiqué publié lundi, la Municipalité corvennoise dit vouloir «entendre tous les pêcheurs du port».\n" +
			"«Le port restera ouvert pendant tout l'hiver», poursuit le communiqué.\n" +
			"La Municipalité rappelle que «les quais seront rénovés dès le printemps prochain».",
		want: `
direct «entendre tous les pêcheurs du port» speaker="Municipalité de Corvenne" cue="dit" rule=before/verb
direct «Le port restera ouvert pendant tout l'hiver» speaker="Municipalité de Corvenne" cue="poursuit" rule=after/inverted
direct «les quais seront rénovés dès le printemps prochain» speaker="Municipalité de Corvenne" cue="rappelle" rule=before/verb
source Municipalité de Corvenne rule=speaker
`},
	{name: "an organisation's short forms and its statement", lang: "en",
		in: "KTR News reported on Monday that the night ferry would stop.\n" +
			"\"The crossing is no longer safe in winter,\" KTR wrote.\n" +
			"In a statement, the Harbour Board said it regretted the decision.\n" +
			"\"We will look for another boat before spring,\" the statement said.",
		want: `
indirect «the night ferry would stop» speaker="KTR News" cue="reported" rule=indirect/verb-before
direct «The crossing is no longer safe in winter» speaker="KTR News" cue="wrote" rule=after/subject-verb
indirect «it regretted the decision» speaker="Harbour Board" cue="said" rule=indirect/verb-before
direct «We will look for another boat before spring» speaker="Harbour Board" cue="said" rule=after/subject-verb
source KTR News rule=press-cue
source Harbour Board rule=speaker
`},
}

func TestRules_OrgChains(t *testing.T) { runFull(t, orgChainCases) }

// A definite role with nobody named before it: the person comes after.
var namedAfterCases = []fullCase{
	{name: "a role whose name comes after", lang: "fr",
		in: "Les quais de Corvenne doivent être rénovés car ils sont «trop fragiles pour les grands bateaux». C'est ce qu'a affirmé le président du port de Corvenne, lundi soir.\n" +
			"«Les travaux dureront deux ans au moins», a précisé Aurèle Vasseur.",
		want: `
direct «trop fragiles pour les grands bateaux» speaker="Aurèle Vasseur" cue="C'est ce qu'a affirmé" rule=after/echo
direct «Les travaux dureront deux ans au moins» speaker="Aurèle Vasseur" cue="a précisé" rule=after/inverted
`},
	{name: "a role whose name comes after", lang: "en",
		in: "The Chief Inspector has told the harbour council that the repairs will be \"slow and costly\".\n" +
			"Chief Maelle Quintard, who runs the Corvenne port office, said the quays were too weak.\n" +
			"Inspector Quintard said: \"We will need two dry winters to finish the work.\"",
		want: `
indirect «the repairs will be "slow and costly"» speaker="Maelle Quintard" cue="has told" rule=indirect/verb-before
direct «slow and costly» speaker="Maelle Quintard" cue="has told" rule=before/verb
indirect «the quays were too weak» speaker="Maelle Quintard" cue="said" rule=indirect/verb-before
direct «We will need two dry winters to finish the work.» speaker="Maelle Quintard" cue="said" rule=before/verb
`},
}

func TestRules_NamedAfter(t *testing.T) { runFull(t, namedAfterCases) }
