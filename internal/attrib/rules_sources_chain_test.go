package attrib_test

// Rule tests for anonymous sources and bodies known by what they are: the
// phrase that points back to one, and the adjectives that tell which body
// it is. Every sentence, person, place and outlet is invented.

import "testing"

var anonCases = []fullCase{
	{name: "one of the sources just cited", lang: "fr",
		in: "Plusieurs sources sécuritaires ont confirmé l'incident de Morlanges.\n" +
			"« Le poste a été visé à l'aube par des tirs nourris », a précisé une de ces sources.",
		want: `
direct «Le poste a été visé à l'aube par des tirs nourris» speaker="une de ces sources" cue="a précisé" rule=after/inverted
`},
	{name: "one of the sources just cited", lang: "en",
		in: "Several security sources were reached in Dunmere on Monday.\n" +
			"\"The post was targeted at dawn by heavy fire,\" one of these sources said.",
		want: `
direct «The post was targeted at dawn by heavy fire» speaker="one of these sources" cue="said" rule=after/subject-verb
`},
	{name: "the same source is the unnamed speaker", lang: "fr",
		in: "« Les travaux commenceront au mois de juin », a indiqué une source municipale.\n" +
			"Cette même source a ajouté que « la route du moulin sera fermée tout l'été ».",
		want: `
direct «Les travaux commenceront au mois de juin» speaker="une source municipale" cue="a indiqué" rule=after/inverted
direct «la route du moulin sera fermée tout l'été» speaker="une source municipale" cue="a ajouté" rule=before/verb
`},
	{name: "the same source is the unnamed speaker", lang: "en",
		in: "\"The works will start in June,\" a council source said.\n" +
			"The same source added that \"the mill road will be closed all summer\".",
		want: `
direct «The works will start in June» speaker="a council source" cue="said" rule=after/subject-verb
direct «the mill road will be closed all summer» speaker="a council source" cue="added" rule=before/verb
`},
	{name: "our source is the reporter's informant", lang: "en",
		in: "\"The roof gave way first,\" a firefighter told the Dunmere Courier.\n" +
			"\"Nobody was inside at the time,\" our source added.",
		want: `
direct «The roof gave way first» speaker="a firefighter" cue="told" rule=after/subject-verb
direct «Nobody was inside at the time» speaker="a firefighter" cue="added" rule=after/subject-verb
source Dunmere Courier rule=press-cue
`},
	{name: "our source is the reporter's informant", lang: "fr",
		in: "« Le toit a cédé en premier », a raconté un pompier au Courrier de Brivolle.\n" +
			"Notre source a ajouté que « personne ne se trouvait à l'intérieur ».",
		want: `
direct «Le toit a cédé en premier» speaker="un pompier" cue="a raconté" rule=after/inverted
direct «personne ne se trouvait à l'intérieur» speaker="un pompier" cue="a ajouté" rule=before/verb
source Courrier de Brivolle rule=via
`},
	{name: "a body's adjectives are its name", lang: "fr",
		in: "« Aucun blessé n'est à déplorer pour le moment », ont indiqué les autorités portuaires.",
		want: `
direct «Aucun blessé n'est à déplorer pour le moment» speaker="les autorités portuaires" cue="ont indiqué" rule=after/inverted
source autorités portuaires rule=speaker
`},
	{name: "the police is the force named more fully before", lang: "fr",
		in: "Un porte-parole de la police cantonale valdaine a confirmé l'accident de Morlanges.\n" +
			"« Nous ne pouvons rien dire de plus pour le moment », déplore la police.",
		want: `
direct «Nous ne pouvons rien dire de plus pour le moment» speaker="la police cantonale valdaine" cue="déplore" rule=after/inverted
source police cantonale valdaine rule=speaker
`},
	{name: "the police is the force named more fully before", lang: "en",
		in: "Officers of the Dunmere Police Service were called to the crash on Monday.\n" +
			"\"We cannot say anything more for the moment,\" the police said.",
		want: `
direct «We cannot say anything more for the moment» speaker="Dunmere Police Service" cue="said" rule=after/subject-verb
source Dunmere Police Service rule=speaker
`},
	{name: "a source's first word alone is that source", lang: "en",
		in: "The council approved the plan, Kelder News reports.\n\nAccording to Kelder, \"the vote was close, but the ferries will run.\"",
		want: `
indirect «The council approved the plan» speaker="Kelder News" cue="reports" rule=indirect/subject-verb-after
direct «the vote was close, but the ferries will run.» speaker="Kelder News" cue="According to" rule=before/frame
source Kelder News rule=press-cue
`},
}

func TestRules_AnonymousSources(t *testing.T) { runFull(t, anonCases) }
