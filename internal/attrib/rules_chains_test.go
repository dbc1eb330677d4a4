package attrib_test

// Rule tests for the chains that carry a speaker from one mention to the
// next: pronouns, unnamed speakers and the names that are not a pronoun's
// antecedent. Every sentence, person, place and outlet is invented.

import "testing"

var chainCases = []fullCase{
	{name: "pronoun goes on with the unnamed speaker", lang: "fr",
		in: "Incendie, à Brivolle, ce lundi. «J’ai vu la fumée depuis ma fenêtre», confie une voisine à notre journal.\n" +
			"Deux camions sont arrivés. «Les pompiers étaient très rapides», avance notre source.\n" +
			"Elle raconte: «Tout le monde est sorti dans la rue. Personne ne savait quoi faire.»\n" +
			"Contactée mardi, la police de Brivolle confirme qu’un incendie a eu lieu.",
		want: `
direct «J’ai vu la fumée depuis ma fenêtre» speaker="une voisine" cue="confie" rule=after/inverted
direct «Les pompiers étaient très rapides» speaker="une voisine" cue="avance" rule=after/inverted
direct «Tout le monde est sorti dans la rue. Personne ne savait quoi faire.» speaker="une voisine" cue="raconte" rule=before/verb
indirect «un incendie a eu lieu» speaker="la police" cue="confirme" rule=indirect/verb-before
source police de Brivolle rule=speaker
`},
	{name: "pronoun goes on with the unnamed speaker", lang: "en",
		in: "A fire broke out in Dunmere on Monday. \"I saw the smoke from my window,\" a neighbour told the Dunmere Courier.\n" +
			"Two fire engines arrived within minutes. \"The firefighters were very quick,\" our source said.\n" +
			"\"Everybody went out into the street. Nobody knew what to do,\" she said.\n" +
			"Later, the police of Dunmere said that a fire had broken out.",
		want: `
direct «I saw the smoke from my window» speaker="a neighbour" cue="told" rule=after/subject-verb
direct «The firefighters were very quick» speaker="a neighbour" cue="said" rule=after/subject-verb
direct «Everybody went out into the street. Nobody knew what to do» speaker="a neighbour" cue="said" rule=after/subject-verb
indirect «a fire had broken out» speaker="the police" cue="said" rule=indirect/verb-before
source Dunmere Courier rule=press-cue
source police of Dunmere rule=speaker
`},
	{name: "a role named since takes the pronoun", lang: "en",
		in: "Mayor Odell Barrow promised a night ferry to Kelsby.\n" +
			"\"The ferry has never been studied for night crossings,\" a spokesperson said.\n" +
			"On Friday, the mayor raised the plan again.\n" +
			"\"We can run the ferry all night and save money,\" he said.",
		want: `
direct «The ferry has never been studied for night crossings» speaker="a spokesperson" cue="said" rule=after/subject-verb
direct «We can run the ferry all night and save money» speaker="Odell Barrow" cue="said" rule=after/subject-verb
`},
	{name: "a place completing the subject is no pronoun's antecedent", lang: "fr",
		in: "Kessa Ndoumbe a tout vu lundi depuis sa fenêtre.\n" +
			"Un hangar a brûlé, et la gendarmerie de Brivolle confirme les faits. «Les flammes montaient très haut», raconte-t-elle.",
		want: `
direct «Les flammes montaient très haut» speaker="Kessa Ndoumbe" cue="raconte-t-elle" rule=after/inverted
`},
	{name: "a place completing the subject is no pronoun's antecedent", lang: "en",
		in: "Kessa Ndoumbe saw it all from a window on Monday.\n" +
			"A barn burned down, and the police of Dunmere confirmed the fire. \"The flames went very high,\" she said.",
		want: `
direct «The flames went very high» speaker="Kessa Ndoumbe" cue="said" rule=after/subject-verb
`},
	{name: "a speaker since ends the unnamed speaker's turn", lang: "fr",
		in: "« Le toit cédait déjà », a raconté un pompier. « Une enquête est ouverte », a précisé la préfecture dans un communiqué.\n" +
			"Le gérant, Aubin Serval, est arrivé vers 4 heures. « Tout est à refaire », a-t-il confié.",
		want: `
direct «Le toit cédait déjà» speaker="un pompier" cue="a raconté" rule=after/inverted
direct «Une enquête est ouverte» speaker="la préfecture" cue="a précisé" rule=after/inverted
direct «Tout est à refaire» speaker="Aubin Serval" cue="a-t-il confié" rule=after/inverted
`},
	{name: "a speaker since ends the unnamed speaker's turn", lang: "en",
		in: "\"The roof was already falling in,\" a firefighter said. \"An inquiry has been opened,\" the prefecture said in a statement.\n" +
			"The manager, Aubin Serval, arrived at about 4 am. \"Everything has to be rebuilt,\" he said.",
		want: `
direct «The roof was already falling in» speaker="a firefighter" cue="said" rule=after/subject-verb
direct «An inquiry has been opened» speaker="the prefecture" cue="said" rule=after/subject-verb
direct «Everything has to be rebuilt» speaker="Aubin Serval" cue="said" rule=after/subject-verb
`},
	{name: "a role long after the last name is someone else", lang: "fr",
		in: "Trois jours d'audience se sont achevés à Corvenne.\nL'avocate générale, Maëlle Quintard, réclame vingt ans de réclusion.\n" +
			"La défense plaidera dans l'après-midi.\n" +
			"Le verdict est attendu dans la soirée.\n" +
			"Les jurés se sont retirés vers midi.\n" +
			"La sœur de la victime a décrit un homme \"profondément seul depuis son enfance\".",
		want: `
direct «profondément seul depuis son enfance» speaker="la sœur de la" cue="a décrit" rule=before/verb
`,
		gap: "the role phrase loses its last word before the quoted fragment"},
	{name: "a role long after the last name is someone else", lang: "en",
		in: "Three days of hearings ended in Corvenne.\nThe prosecutor, Maelle Quintard, asked for twenty years in prison.\n" +
			"The defence will plead in the afternoon.\n" +
			"The verdict is expected in the evening.\n" +
			"The jurors withdrew at about noon.\n" +
			"The sister of the accused described a man \"deeply alone since his childhood\".",
		want: `
direct «deeply alone since his childhood» speaker="the sister of the accused" cue="described" rule=before/verb
`},
	{name: "a pronoun with no person before it: the organisation that spoke", lang: "fr",
		in: "La direction du port de Kelderport a annoncé lundi la fermeture du quai nord. « La situation sera rétablie avant l'été », a-t-elle ajouté.",
		want: `
direct «La situation sera rétablie avant l'été» speaker="la direction du port de Kelderport" cue="a-t-elle ajouté" rule=after/inverted
`},
	{name: "a pronoun with no person before it: the role that spoke, one paragraph up", lang: "fr",
		in: "Le maire de la commune de Brivolle, qui fait état de deux blessés, déplore des inondations.\n\n« Tout le quartier est sous l'eau. Les routes sont coupées depuis ce matin », explique-t-il.",
		want: `
direct «Tout le quartier est sous l'eau. Les routes sont coupées depuis ce matin» speaker="le maire de la commune de Brivolle" cue="explique-t-il" rule=after/inverted
`},
	{name: "a pronoun whose gender the role's determiner contradicts", lang: "fr",
		in: "Le maire de Brivolle a dénoncé lundi des retards.\n\n« Les routes sont coupées depuis ce matin », a-t-elle expliqué.",
		want: `
direct «Les routes sont coupées depuis ce matin» speaker="" cue="a-t-elle expliqué" rule=after/inverted
`},
	{name: "he or she never stands for an organisation", lang: "en",
		in: "The Kelder Dockworkers Union announced a strike on Monday.\n\n\"We will not go back before June,\" she said.",
		want: `
direct «We will not go back before June» speaker="" cue="said" rule=after/subject-verb
`},
	{name: "a body named by its noun alone after it spoke unnamed", lang: "fr",
		in: "Selon le Courrier du Val, la halle fermera. L'agence régionale de l'eau assure que les travaux dureront deux mois. « Aucun foyer ne sera privé d'eau », a indiqué l'agence dans un communiqué.",
		want: `
indirect «la halle fermera» speaker="Courrier du Val" cue="Selon" rule=indirect/frame-before
indirect «les travaux dureront deux mois» speaker="l'agence régionale de l'eau" cue="assure" rule=indirect/verb-before
direct «Aucun foyer ne sera privé d'eau» speaker="l'agence régionale de l'eau" cue="a indiqué" rule=after/inverted
source Courrier du Val rule=attribution
`},
	{name: "an institution's noun is not the organisation of another kind named before", lang: "fr",
		in: "Le syndicat Marée Haute a réclamé des garanties écrites.\n\nLa préfecture a annoncé que le quai nord rouvrirait lundi.",
		want: `
indirect «le quai nord rouvrirait lundi» speaker="la préfecture" cue="a annoncé" rule=indirect/verb-before
`},
	{name: "a pronoun between commas sets the name before it apart", lang: "fr",
		in: "Inès Varlet a jugé le film réussi. Maëlle Corbin, elle, a indiqué qu'elle préparait un deuxième film.",
		want: `
indirect «elle préparait un deuxième film» speaker="Maëlle Corbin" cue="a indiqué" rule=indirect/verb-before
`},
	{name: "the narrator's comment in apposition ends the reported clause", lang: "en",
		in: "The Valbois Courier reported that the town had set aside 15,000 euros for the fair this year, a figure criticised by the opposition.",
		want: `
indirect «the town had set aside 15,000 euros for the fair this year» speaker="Valbois Courier" cue="reported" rule=indirect/verb-before
source Valbois Courier rule=press-cue
`},
	{name: "the narrator's comment in apposition ends the reported clause", lang: "fr",
		in: "Le maire Paul Esnault a affirmé que la commune dépenserait 15 000 euros pour la fête, une somme jugée excessive par l'opposition.",
		want: `
indirect «la commune dépenserait 15 000 euros pour la fête» speaker="Paul Esnault" cue="a affirmé" rule=indirect/verb-before
`},
	{name: "a surname that is also a word of organisations' names", lang: "en",
		in: "The harbour board has used the scheme five times, a spokeswoman, Nora White, said on Saturday.\n\n\"We act fast when crews are in danger,\" White said.",
		want: `
direct «We act fast when crews are in danger» speaker="Nora White" cue="said" rule=after/subject-verb
`},
	{name: "the name a description gives", lang: "en",
		in: "A resident of the quay, who gave her name only as Mira, told the Harbour Ledger that she saw smoke at about six.\n\nShe also noticed a crowd on the pier.\n\n\"The smoke had cleared by seven,\" she said.",
		want: `
indirect «she saw smoke at about six» speaker="Mira" cue="told" rule=indirect/verb-before
direct «The smoke had cleared by seven» speaker="Mira" cue="said" rule=after/subject-verb
source Harbour Ledger rule=press-cue
`},
	{name: "the name a description gives", lang: "fr",
		in: "Une habitante du quai, qui se prénomme Lina, a raconté qu'elle avait vu de la fumée vers six heures.",
		want: `
indirect «elle avait vu de la fumée vers six heures» speaker="Lina" cue="a raconté" rule=indirect/verb-before
`},
	{name: "an unnamed speaker of reported speech goes on with the pronoun", lang: "en",
		in: "A fisherman from the north quay told the Harbour Ledger that the nets had been cut overnight. The harbour was quiet on Monday.\n\n\"We lost a week of work,\" he said.",
		want: `
indirect «the nets had been cut overnight» speaker="a fisherman from the north quay" cue="told" rule=indirect/verb-before
direct «We lost a week of work» speaker="a fisherman from the north quay" cue="said" rule=after/subject-verb
source Harbour Ledger rule=press-cue
`},
	{name: "an acronym the article spelled out speaks by its full name", lang: "en",
		in: "Harbour Credit Kelder (HCK) approved the loan on Monday.\n\n\"The ferries are a sound investment,\" it said.",
		want: `
direct «The ferries are a sound investment» speaker="Harbour Credit Kelder" cue="said" rule=after/subject-verb
source Harbour Credit Kelder rule=speaker
`},
	{name: "an epithet after former is the person named before", lang: "fr",
		in: "« Le match était perdu d'avance », déclare Paul Mertens au Courrier de Brivolle.\n\n« Personne n'a tenu sa place sur le terrain », ajoute l'ancien Lion Bleu.",
		want: `
direct «Le match était perdu d'avance» speaker="Paul Mertens" cue="déclare" rule=after/inverted
direct «Personne n'a tenu sa place sur le terrain» speaker="Paul Mertens" cue="ajoute" rule=after/inverted
source Courrier de Brivolle rule=via
`},
	{name: "an epithet after former is the person named before", lang: "en",
		in: "\"The harbour team lost its nerve,\" said Tom Harlow.\n\n\"Nobody held the line in the second half,\" said the former Iron Gull.",
		want: `
direct «The harbour team lost its nerve» speaker="Tom Harlow" cue="said" rule=after/inverted
direct «Nobody held the line in the second half» speaker="Tom Harlow" cue="said" rule=after/inverted
`},
	{name: "a title's possessor is not the deputy", lang: "en",
		in: "Harbour Master Ada Quist closed the north quay on Monday.\n\nThe Harbour Master's deputy said that the quay would reopen within a week.",
		want: `
indirect «the quay would reopen within a week» speaker="Harbour Master's deputy" cue="said" rule=indirect/verb-before
`},
	{name: "a surname alone is the person the story keeps naming", lang: "en",
		in: "Ada Quist has run the night ferry since 1994. Quist learned to sail in Brivolle, and Quist still takes the first crossing.\n\nHer brother, Tom Quist, keeps the accounts.\n\n\"The fog never scares me,\" says Quist.",
		want: `
direct «The fog never scares me» speaker="Ada Quist" cue="says" rule=after/inverted
`},
	{name: "a statement's author comes after its recipient", lang: "en",
		in: "A statement emailed to reporters by the Harbour Ministry said \"the pier is unsafe.\"",
		want: `
direct «the pier is unsafe.» speaker="Harbour Ministry" cue="said" rule=before/verb
source Harbour Ministry rule=speaker
`},
	{name: "a quotation ending the narrator's sentence takes no cue from the next one", lang: "en",
		in: "In a statement, Kelder Ferries said it is \"getting our boats back in the water.\" The operator noted that the storm had sunk no ferry.",
		want: `
direct «getting our boats back in the water.» speaker="Kelder Ferries" cue="said" rule=before/verb
indirect «the storm had sunk no ferry» speaker="Kelder Ferries" cue="noted" rule=indirect/verb-before
`},
	{name: "a description opening its sentence is the subject of the one before", lang: "en",
		in: "Tom Harlow has scored twice since Valbois sent him to Kelder in exchange for Ada Quist. The 24-year-old forward said the harbour crowd had made him welcome.",
		want: `
indirect «the harbour crowd had made him welcome» speaker="Tom Harlow" cue="said" rule=indirect/verb-before
`},
	{name: "a nationality before a name is no part of it; an officer of a body is no body", lang: "fr",
		in: "La réunion a repris grâce au trésorier de la coopérative, le Mauritanien Paul Kerjean, qui animait les débats.\n\n« Chacun parlera à son tour », a tranché le trésorier de la coopérative.",
		want: `
direct «Chacun parlera à son tour» speaker="Paul Kerjean" cue="a tranché" rule=after/inverted
`},
	{name: "it after the sentence a statement opened is the statement's author", lang: "en",
		in: "In a statement, the mayor's press adviser said that the ferry figures had been misread.\n\n\"Every number must be checked,\" the statement said.\n\nThe mayor was in Valbois on Monday.\n\nThe statement also listed rumours like 'the mayor is leaving' and 'the pier will close'.\n\n\"Neither is true,\" it said.",
		want: `
indirect «the ferry figures had been misread» speaker="the mayor's press adviser" cue="said" rule=indirect/verb-before
direct «Every number must be checked» speaker="the mayor's press adviser" cue="said" rule=after/subject-verb
direct «Neither is true» speaker="the mayor's press adviser" cue="said" rule=after/subject-verb
`},
	{name: "a photographer's credit names no one in the story", lang: "en",
		in: "Mona Vell, who runs the night shelter, said the nights were getting colder.\n\nThe town will set up three tents by the harbour. (Ines Calder / Harbour Ledger)\n\n\"We need more beds before January,\" she said.",
		want: `
indirect «the nights were getting colder» speaker="Mona Vell" cue="said" rule=indirect/verb-before
direct «We need more beds before January» speaker="Mona Vell" cue="said" rule=after/subject-verb
`},
}

func TestRules_Chains(t *testing.T) { runFull(t, chainCases) }
