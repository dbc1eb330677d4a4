package attrib_test

// Rule tests for quote marks, incises, paragraphs and text that is not
// speech. Shared helpers are in rules_helpers_test.go.

import "testing"

// ---------------------------------------------------------------------------
// Quote marks.

var marksCases = []directCase{
	{name: "closing-glyph mark after an elision opens", lang: "fr",
		in:   "La préfète Odile Marchetti a affirmé qu’”aucune digue n’a cédé” dans la nuit.",
		want: []dq{{"aucune digue n’a cédé", "Odile Marchetti"}}},
	{name: "guillemets normal space", lang: "fr",
		in:   "« Nous rouvrirons la médiathèque en juin », a déclaré Odile Marchetti.",
		want: []dq{{"Nous rouvrirons la médiathèque en juin", "Odile Marchetti"}}},
	{name: "guillemets no-break space", lang: "fr",
		in:   "«" + nbsp + "Le budget de la voirie sera tenu" + nbsp + "», a assuré Paul Ferrand.",
		want: []dq{{"Le budget de la voirie sera tenu", "Paul Ferrand"}}},
	{name: "guillemets narrow no-break space", lang: "fr",
		in:   "«" + nnbsp + "Le budget de la voirie sera tenu" + nnbsp + "», a assuré Paul Ferrand.",
		want: []dq{{"Le budget de la voirie sera tenu", "Paul Ferrand"}}},
	{name: "guillemets no space", lang: "fr",
		in:   "«Le budget de la voirie sera tenu», a assuré Paul Ferrand.",
		want: []dq{{"Le budget de la voirie sera tenu", "Paul Ferrand"}}},
	{name: "curly double", lang: "fr",
		in:   "“Personne ne sera laissé au bord de la route”, a promis Jeanne Roux.",
		want: []dq{{"Personne ne sera laissé au bord de la route", "Jeanne Roux"}}},
	{name: "curly double", lang: "en",
		in:   "“The bridge will reopen in June,” said Nora Quill.",
		want: []dq{{"The bridge will reopen in June", "Nora Quill"}}},
	{name: "low-high double", lang: "en",
		in:   "„The pier is safe to walk on again“, said Hollis Brandt.",
		want: []dq{{"The pier is safe to walk on again", "Hollis Brandt"}}},
	{name: "low-high double", lang: "fr",
		in:   "„La jetée est de nouveau sûre“, a affirmé Lucien Davenne.",
		want: []dq{{"La jetée est de nouveau sûre", "Lucien Davenne"}}},
	{name: "straight double", lang: "en",
		in:   "\"We have the money for the sea wall,\" Priya Vellacott said.",
		want: []dq{{"We have the money for the sea wall", "Priya Vellacott"}}},
	{name: "straight double", lang: "fr",
		in:   "\"Nous avons l'argent pour la digue\", a indiqué Sidonie Aubertin.",
		want: []dq{{"Nous avons l'argent pour la digue", "Sidonie Aubertin"}}},
	{name: "curly single", lang: "en",
		in:   "‘The ferry timetable is final,’ said Imogen Farrowby.",
		want: []dq{{"The ferry timetable is final", "Imogen Farrowby"}}},
	{name: "straight single", lang: "en",
		in:   "'The ferry timetable is final,' said Imogen Farrowby.",
		want: []dq{{"The ferry timetable is final", "Imogen Farrowby"}}},
	{name: "apostrophes are not quotes", lang: "en",
		in:   "Desmond Achterberg said the players' union and the county don't agree on the schedule, and that's that.",
		want: nil},
	{name: "apostrophes are not quotes", lang: "fr",
		in:   "L'Etat n'a pas l'intention d'aller plus loin, a indiqué Paul Ferrand, qu'on sait prudent.",
		want: nil},
	{name: "apostrophes inside a quote", lang: "en",
		in:   "\"The players' union doesn't speak for us,\" said Tobias Renfield.",
		want: []dq{{"The players' union doesn't speak for us", "Tobias Renfield"}}},
	{name: "apostrophes inside a quote", lang: "fr",
		in:   "« L'Etat n'a jamais tenu parole », a regretté Maëlle Kerjean.",
		want: []dq{{"L'Etat n'a jamais tenu parole", "Maëlle Kerjean"}}},
	{name: "single guillemets", lang: "fr",
		in:   "‹ Nous verrons bien en septembre ›, a répondu Lucien Davenne.",
		want: []dq{{"Nous verrons bien en septembre", "Lucien Davenne"}}},
	{name: "single guillemets", lang: "en",
		in:   "‹ We will see in September ›, replied Tobias Renfield.",
		want: []dq{{"We will see in September", "Tobias Renfield"}}},
	{name: "nested curly in guillemets", lang: "fr",
		in:   "« Le préfet m'a répondu “jamais” devant tout le monde », raconte Sidonie Aubertin.",
		want: []dq{{"Le préfet m'a répondu “jamais” devant tout le monde", "Sidonie Aubertin"}}},
	{name: "nested single in double", lang: "en",
		in:   "“They called it ‘a temporary fix’ three years ago,” said Winifred Sallow.",
		want: []dq{{"They called it ‘a temporary fix’ three years ago", "Winifred Sallow"}}},
	{name: "nested straight single in straight double", lang: "en",
		in:   "\"The mayor told me 'never' in front of everyone,\" said Caspian Oyelaran.",
		want: []dq{{"The mayor told me 'never' in front of everyone", "Caspian Oyelaran"}}},
}

func TestRules_Marks(t *testing.T) { runDirect(t, marksCases) }

// ---------------------------------------------------------------------------
// Incises: attribution between two parts of a quotation.

var inciseCases = []directCase{
	{name: "dit-il inside one pair", lang: "fr",
		in: "Paul Ferrand a pris la parole à midi. « Nous irons jusqu'au bout, dit-il, et personne ne nous arrêtera. »",
		want: []dq{{"Nous irons jusqu'au bout", "Paul Ferrand"},
			{"et personne ne nous arrêtera.", "Paul Ferrand"}}},
	{name: "a-t-elle déclaré then new sentence", lang: "fr",
		in: "Odile Marchetti a reçu les parents d'élèves. « La cantine restera ouverte, a-t-elle déclaré. Les prix ne bougeront pas. »",
		want: []dq{{"La cantine restera ouverte", "Odile Marchetti"},
			{"Les prix ne bougeront pas.", "Odile Marchetti"}}},
	{name: "named incise with apposition", lang: "fr",
		in: "« Nous n'avons pas le choix, concède Jeanne Roux, la maire. Il faudra fermer la piscine cet été. »",
		want: []dq{{"Nous n'avons pas le choix", "Jeanne Roux"},
			{"Il faudra fermer la piscine cet été.", "Jeanne Roux"}}},
	{name: "incise with role then name in apposition", lang: "fr",
		in: "« Les bassins rouvriront en juin, a précisé la directrice des Bains de Morvelle, Solène Karadec-Vidal. Les cours reprendront dès la rentrée. »",
		want: []dq{{"Les bassins rouvriront en juin", "Solène Karadec-Vidal"},
			{"Les cours reprendront dès la rentrée.", "Solène Karadec-Vidal"}}},
	{name: "she said between two pairs", lang: "en",
		in: "Imogen Farrowby spoke at the harbour on Monday. \"We are not going anywhere,\" she said. \"The harbour is our home.\"",
		want: []dq{{"We are not going anywhere", "Imogen Farrowby"},
			{"The harbour is our home.", "Imogen Farrowby"}}},
	{name: "said X mid-sentence", lang: "en",
		in: "“The first phase is finished,” said Hollis Brandt, “and the second one starts in May.”",
		want: []dq{{"The first phase is finished", "Hollis Brandt"},
			{"and the second one starts in May.", "Hollis Brandt"}}},
	{name: "two pairs around a-t-il", lang: "fr",
		in: "Lucien Davenne est resté prudent. « Rien n'est signé », a-t-il souligné. « Nous attendons la réponse du ministère. »",
		want: []dq{{"Rien n'est signé", "Lucien Davenne"},
			{"Nous attendons la réponse du ministère.", "Lucien Davenne"}}},
}

func TestRules_Incise(t *testing.T) { runDirect(t, inciseCases) }

// ---------------------------------------------------------------------------
// Paragraphs and unbalanced marks.

var paragraphCases = []directCase{
	{name: "quote reopened at each paragraph", lang: "fr",
		in: "Odile Marchetti a longuement détaillé le projet devant le conseil municipal.\n\n" +
			"« Le premier bâtiment ouvrira à l'automne, avec une crèche au rez-de-chaussée.\n\n" +
			"« Le second suivra au printemps, si les financements sont confirmés », a-t-elle précisé.",
		want: []dq{{"Le premier bâtiment ouvrira à l'automne, avec une crèche au rez-de-chaussée.", "Odile Marchetti"},
			{"Le second suivra au printemps, si les financements sont confirmés", "Odile Marchetti"}}},
	{name: "quote reopened at each paragraph", lang: "en",
		in: "Nora Quill described the plan to the council on Tuesday.\n\n" +
			"“The first building will open in the autumn, with a nursery on the ground floor.\n\n" +
			"“The second will follow in the spring if the funding is confirmed,” she said.",
		want: []dq{{"The first building will open in the autumn, with a nursery on the ground floor.", "Nora Quill"},
			{"The second will follow in the spring if the funding is confirmed", "Nora Quill"}}},
	{name: "closing mark without opener", lang: "fr",
		in:   "Nous ne fermerons aucune classe à la rentrée », a assuré Bastien Leclair.\n\nLa séance a ensuite été levée.",
		want: []dq{{"Nous ne fermerons aucune classe à la rentrée", "Bastien Leclair"}}},
	{name: "closing mark without opener", lang: "en",
		in:   "We will not close a single school this year,” said Priya Vellacott.\n\nThe meeting was then adjourned.",
		want: []dq{{"We will not close a single school this year", "Priya Vellacott"}}},
	{name: "opener never closed", lang: "fr",
		in:   "Bastien Leclair a prévenu : « Nous ne fermerons aucune classe à la rentrée.\n\nLa séance a ensuite été levée.",
		want: []dq{{"Nous ne fermerons aucune classe à la rentrée.", "Bastien Leclair"}}},
	{name: "opener never closed", lang: "en",
		in:   "Priya Vellacott warned: “We will not close a single school this year.\n\nThe meeting was then adjourned.",
		want: []dq{{"We will not close a single school this year.", "Priya Vellacott"}}},
}

func TestRules_Paragraphs(t *testing.T) { runDirect(t, paragraphCases) }

// ---------------------------------------------------------------------------
// Titles, terms and scare quotes are not speech.

var notSpeechCases = []directCase{
	{name: "film title after de", lang: "fr",
		in:   "La projection de « La Dernière Marée du Nord » a attiré plus de deux cents spectateurs samedi.",
		want: nil},
	{name: "one-word buzzword", lang: "fr",
		in:   "Le maire parle désormais de « résilience » à chaque conseil municipal.",
		want: nil},
	{name: "short scare quote", lang: "fr",
		in:   "Les riverains dénoncent un projet « mal ficelé » depuis des mois.",
		want: nil},
	{name: "capitalised title after de", lang: "fr",
		in:   "Le prix revient à Anouk Ferrandière, réalisatrice de « Les Jardins du Lac Noir », un documentaire tourné à Morvelle.",
		want: nil},
	{name: "title as subject of the sentence", lang: "fr",
		in:   "Selon Ciné Morvelle, « Les Jardins du Lac Noir » sortira en salles au printemps.",
		want: nil},
	{name: "title after a speech-like verb", lang: "en",
		in:   "The poet Ilse Marrow read from her collection “The Salt Orchard Years” at the market on Sunday.",
		want: nil},
	{name: "motto followed by its sentence", lang: "en",
		in:   "“Two rivers, one valley” was painted on the new bridge over the Ashby.",
		want: nil},
	{name: "motto mid-sentence before a comma", lang: "en",
		in:   "A banner reading “Two rivers, one valley”, hung over the stage all afternoon.",
		want: nil},
	{name: "film title after of", lang: "en",
		in:   "The screening of “The Last Tide of the North” drew more than two hundred people on Saturday.",
		want: nil},
	{name: "one-word buzzword", lang: "en",
		in:   "The council now talks about 'resilience' at every single meeting.",
		want: nil},
	{name: "short scare quote", lang: "en",
		in:   "Residents have called the scheme a \"temporary fix\" for months.",
		want: nil},
}

func TestRules_NotSpeech(t *testing.T) { runDirect(t, notSpeechCases) }
