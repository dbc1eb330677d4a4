package attrib_test

// Rule tests: one table per rule family, each in French and English. Every
// sentence, person, place and outlet below is invented for these tests,
// except the agencies and papers the gazetteer (lexicon/outlets.txt) must
// recognise by name.
//
// Cases the engine does not handle yet carry a gap note: the TestRules_*
// functions run the others, and the TestKnownGaps_* functions run those,
// so that `go test -run KnownGaps` lists exactly what is still missing.

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

const (
	nbsp  = "\u00a0"
	nnbsp = "\u202f"
)

// dq is one expected direct quote: its text (without the marks) and the
// canonical speaker ("" when nobody should be credited).
type dq struct{ text, speaker string }

type directCase struct {
	name, lang, in string
	want           []dq
	gap            string // non-empty: a known gap, run by TestKnownGaps_*
}

// normText trims the comma, semicolon or colon a quote may carry before its
// closing mark: "A," she said reads the same as « A », a-t-il dit.
func normText(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ",;:")
}

func extract(lang, in string) attrib.Result {
	return attrib.Extract(in, attrib.Options{Lang: lang})
}

func directOf(res attrib.Result) []attrib.Quote {
	var out []attrib.Quote
	for _, q := range res.Quotes {
		if q.Kind == attrib.Direct {
			out = append(out, q)
		}
	}
	return out
}

func fmtQuotes(qs []attrib.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n\t\t[%s] %q — speaker %q (mention %q, cue %q, desc %q)", q.Kind, q.Text, q.Speaker, q.Mention, q.Cue, q.Description)
	}
	if b.Len() == 0 {
		return " none"
	}
	return b.String()
}

func checkDirect(t *testing.T, c directCase) {
	t.Helper()
	res := extract(c.lang, c.in)
	got := directOf(res)
	ok := len(got) == len(c.want)
	for i := 0; ok && i < len(got); i++ {
		ok = normText(got[i].Text) == normText(c.want[i].text) && got[i].Speaker == c.want[i].speaker
	}
	if !ok {
		var w strings.Builder
		for _, q := range c.want {
			fmt.Fprintf(&w, "\n\t\t%q — speaker %q", q.text, q.speaker)
		}
		if len(c.want) == 0 {
			w.WriteString(" none")
		}
		t.Errorf("input: %q\n\tgot direct quotes:%s\n\twant:%s", c.in, fmtQuotes(got), w.String())
	}
}

func runDirect(t *testing.T, cases []directCase, gaps bool) {
	t.Helper()
	for _, c := range cases {
		if (c.gap != "") != gaps {
			continue
		}
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			if c.gap != "" {
				t.Log("known gap: " + c.gap)
			}
			checkDirect(t, c)
		})
	}
}

// ---------------------------------------------------------------------------
// Quote marks.

var marksCases = []directCase{
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

func TestRules_Marks(t *testing.T)     { runDirect(t, marksCases, false) }
func TestKnownGaps_Marks(t *testing.T) { runDirect(t, marksCases, true) }

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

func TestRules_Incise(t *testing.T)     { runDirect(t, inciseCases, false) }
func TestKnownGaps_Incise(t *testing.T) { runDirect(t, inciseCases, true) }

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

func TestRules_Paragraphs(t *testing.T)     { runDirect(t, paragraphCases, false) }
func TestKnownGaps_Paragraphs(t *testing.T) { runDirect(t, paragraphCases, true) }

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

func TestRules_NotSpeech(t *testing.T)     { runDirect(t, notSpeechCases, false) }
func TestKnownGaps_NotSpeech(t *testing.T) { runDirect(t, notSpeechCases, true) }

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
	{name: "uncued quote inherits", lang: "fr",
		in: "« Les travaux commenceront en mars », a déclaré Maëlle Kerjean. « Nous avons prévu une déviation par le nord du village. »",
		want: []dq{{"Les travaux commenceront en mars", "Maëlle Kerjean"},
			{"Nous avons prévu une déviation par le nord du village.", "Maëlle Kerjean"}}},
	{name: "uncued quote inherits", lang: "en",
		in: "\"Work will begin in March,\" said Tobias Renfield.\n\n\"We have planned a diversion through the north of the village.\"",
		want: []dq{{"Work will begin in March", "Tobias Renfield"},
			{"We have planned a diversion through the north of the village.", "Tobias Renfield"}}},
}

func TestRules_Cues(t *testing.T)     { runDirect(t, cueCases, false) }
func TestKnownGaps_Cues(t *testing.T) { runDirect(t, cueCases, true) }

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
	{name: "role before name", lang: "fr",
		in:   "L'économiste belge Anne Vautrin juge la reprise fragile. « La croissance restera molle jusqu'en 2027 », a prévenu l'économiste.",
		want: []dq{{"La croissance restera molle jusqu'en 2027", "Anne Vautrin"}}},
	{name: "role before name", lang: "en",
		in:   "Economist Caspian Oyelaran thinks the recovery is fragile. \"Growth will stay weak until 2027,\" the economist warned.",
		want: []dq{{"Growth will stay weak until 2027", "Caspian Oyelaran"}}},
	{name: "unnamed role stays speaker", lang: "fr",
		in:   "« Nous n'avons reçu aucune consigne de la mairie », a confié un policier municipal.",
		want: []dq{{"Nous n'avons reçu aucune consigne de la mairie", "un policier municipal"}}},
	{name: "unnamed role stays speaker", lang: "en",
		in:   "\"We have had no instructions from the council,\" a harbour official said.",
		want: []dq{{"We have had no instructions from the council", "a harbour official"}},
		gap:  "an English role phrase after the quote (subject first) is not read as the speaker; the quote gets no speaker and no cue"},
	{name: "unnamed role stays speaker, inverted", lang: "en",
		in:   "\"We have had no instructions from the council,\" said a harbour official.",
		want: []dq{{"We have had no instructions from the council", "a harbour official"}},
		gap:  "\"said a harbour official\": the role phrase after an inverted verb is not read as the speaker either"},
	{name: "organisation speaker", lang: "fr",
		in:   "« Aucun train ne circulera dimanche sur la ligne », a annoncé la Compagnie ferroviaire du Val.",
		want: []dq{{"Aucun train ne circulera dimanche sur la ligne", "Compagnie ferroviaire du Val"}},
		gap:  "a French organisation name with a lower-case word keeps its article (\"la Compagnie ferroviaire du Val\"), unlike \"the Saltmere Port Authority\" in English"},
	{name: "organisation speaker, all capitalised", lang: "fr",
		in:   "« Aucun train ne circulera dimanche sur la ligne », a annoncé la Préfecture du Haut-Verdois.",
		want: []dq{{"Aucun train ne circulera dimanche sur la ligne", "Préfecture du Haut-Verdois"}}},
	{name: "organisation speaker", lang: "en",
		in:   "\"All crossings are cancelled until Friday,\" the Saltmere Port Authority said in a statement.",
		want: []dq{{"All crossings are cancelled until Friday", "Saltmere Port Authority"}}},
}

func TestRules_Speakers(t *testing.T)     { runDirect(t, speakerCases, false) }
func TestKnownGaps_Speakers(t *testing.T) { runDirect(t, speakerCases, true) }

// ---------------------------------------------------------------------------
// Descriptions: the role or apposition is kept with the quote.

type descCase struct {
	name, lang, in string
	speaker, desc  string // desc: a substring the description must hold
	noDesc         bool   // the description must be empty
	gap            string
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
		speaker: "Préfecture du Haut-Verdois", noDesc: true,
		gap: "the article before an organisation name becomes its description (\"la\")"},
	{name: "organisation has no description", lang: "en",
		in:      "\"All crossings are cancelled until Friday,\" the Saltmere Port Authority said in a statement.",
		speaker: "Saltmere Port Authority", noDesc: true,
		gap: "the article before an organisation name becomes its description (\"the\")"},
}

func runDesc(t *testing.T, gaps bool) {
	for _, c := range descCases {
		if (c.gap != "") != gaps {
			continue
		}
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

func TestRules_Description(t *testing.T)     { runDesc(t, false) }
func TestKnownGaps_Description(t *testing.T) { runDesc(t, true) }

// ---------------------------------------------------------------------------
// Indirect speech.

type indirectCase struct {
	name, lang, in string
	speaker        string
	holds          string // a substring of the reported words
	gap            string
}

var indirectCases = []indirectCase{
	{name: "X estime que", lang: "fr",
		in:      "Anne Vautrin estime que la reprise restera fragile jusqu'à la fin de l'année.",
		speaker: "Anne Vautrin", holds: "la reprise restera fragile"},
	{name: "X a affirmé que", lang: "fr",
		in:      "Paul Ferrand a affirmé que la ligne de bus serait prolongée jusqu'au lycée.",
		speaker: "Paul Ferrand", holds: "la ligne de bus serait prolongée"},
	{name: "clause, estime X", lang: "fr",
		in:      "La reprise restera fragile jusqu'à la fin de l'année, estime Anne Vautrin.",
		speaker: "Anne Vautrin", holds: "La reprise restera fragile"},
	{name: "selon X, clause", lang: "fr",
		in:      "Selon Anne Vautrin, la reprise restera fragile jusqu'à la fin de l'année.",
		speaker: "Anne Vautrin", holds: "la reprise restera fragile"},
	{name: "X said that", lang: "en",
		in:      "Caspian Oyelaran said that the recovery would stay fragile until the end of the year.",
		speaker: "Caspian Oyelaran", holds: "the recovery would stay fragile"},
	{name: "X said without that", lang: "en",
		in:      "Caspian Oyelaran said the recovery would stay fragile until the end of the year.",
		speaker: "Caspian Oyelaran", holds: "the recovery would stay fragile"},
	{name: "clause, X said", lang: "en",
		in:      "The recovery will stay fragile until the end of the year, Caspian Oyelaran said.",
		speaker: "Caspian Oyelaran", holds: "The recovery will stay fragile"},
	{name: "according to X, clause", lang: "en",
		in:      "According to Caspian Oyelaran, the recovery will stay fragile until the end of the year.",
		speaker: "Caspian Oyelaran", holds: "the recovery will stay fragile"},
}

func runIndirect(t *testing.T, gaps bool) {
	for _, c := range indirectCases {
		if (c.gap != "") != gaps {
			continue
		}
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := extract(c.lang, c.in)
			found := false
			for _, q := range res.Quotes {
				if q.Kind == attrib.Indirect && q.Speaker == c.speaker && strings.Contains(q.Text, c.holds) {
					found = true
				}
			}
			if !found {
				t.Errorf("input: %q\n\tgot:%s\n\twant: an indirect quote by %q holding %q", c.in, fmtQuotes(res.Quotes), c.speaker, c.holds)
			}
		})
	}
}

func TestRules_Indirect(t *testing.T)     { runIndirect(t, false) }
func TestKnownGaps_Indirect(t *testing.T) { runIndirect(t, true) }

// ---------------------------------------------------------------------------
// Sources.

type sourceCase struct {
	name, lang, in string
	want           []string // the source names, in order; nil: none
	notSpeaker     string   // if set, no quote may be credited to this name
	gap            string
}

var sourceCases = []sourceCase{
	{name: "selon le invented outlet", lang: "fr",
		in:   "Selon le Courrier du Val, la passerelle coûtera deux millions d'euros.",
		want: []string{"Courrier du Val"},
		gap:  "an outlet not in the gazetteer after \"selon le\" is taken for a person: it becomes the speaker of an indirect quote, not a source"},
	{name: "clause, selon le invented outlet", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros, selon le Courrier du Val.",
		want: []string{"Courrier du Val"},
		gap:  "same as \"selon le Courrier du Val, …\" with the source after the clause"},
	{name: "selon le gazetteer outlet", lang: "fr",
		in:   "Selon le Wall Street Journal, le chantier naval de Brumeval sera vendu.",
		want: []string{"Wall Street Journal"}},
	{name: "d'après", lang: "fr",
		in:   "D'après Le Télégramme, la passerelle coûtera deux millions d'euros.",
		want: []string{"Le Télégramme"}},
	{name: "rapporte X", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros, rapporte l'AFP.",
		want: []string{"Agence France-Presse"}},
	{name: "cité par", lang: "fr",
		in:   "Le préfet du Haut-Verdois, cité par Reuters, a confirmé la fermeture de la route.",
		want: []string{"Reuters"}},
	{name: "dateline", lang: "fr",
		in:   "VALBOIS (AFP) - La passerelle coûtera deux millions d'euros, a indiqué la mairie mardi.",
		want: []string{"Agence France-Presse"}},
	{name: "credit line Source: Avec", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros.\n\nSource: Avec AFP",
		want: []string{"Agence France-Presse"}},
	{name: "credit line Avec", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros.\n\nAvec AFP",
		want: []string{"Agence France-Presse"}},
	{name: "outlet inside a quote", lang: "fr",
		in:   "« Je l'ai appris en lisant le Wall Street Journal ce matin », a déclaré Paul Ferrand.",
		want: nil},
	{name: "speaker's employer", lang: "fr",
		in:   "« La séance a duré six heures », a raconté Claire Dufossé, une journaliste de CNN présente dans la salle.",
		want: nil},
	{name: "according to invented outlet", lang: "en",
		in:   "According to the Harbour Ledger, the footbridge will cost two million pounds.",
		want: []string{"Harbour Ledger"},
		gap:  "an outlet not in the gazetteer after \"according to the\" is taken for a person: it becomes the speaker of an indirect quote, not a source"},
	{name: "according to gazetteer outlet", lang: "en",
		in:   "According to the Wall Street Journal, the Brumeval shipyard will be sold.",
		want: []string{"Wall Street Journal"}},
	{name: "reported by", lang: "en",
		in:   "The footbridge will cost two million pounds, as reported by CNN on Monday.",
		want: []string{"CNN"}},
	{name: "told outlet", lang: "en",
		in:         "Nora Quill told CNN that the footbridge would cost two million pounds.",
		want:       []string{"CNN"},
		notSpeaker: "CNN"},
	{name: "told outlet after quote", lang: "en",
		in:         "\"The footbridge will cost two million pounds,\" Nora Quill told the Wall Street Journal.",
		want:       []string{"Wall Street Journal"},
		notSpeaker: "Wall Street Journal"},
	{name: "dateline", lang: "en",
		in:   "SALTMERE (Reuters) - The harbour authority said on Monday that the footbridge would cost two million pounds.",
		want: []string{"Reuters"}},
	{name: "credit line Source: With", lang: "en",
		in:   "The footbridge will cost two million pounds.\n\nSource: With Reuters",
		want: []string{"Reuters"}},
	{name: "outlet inside a quote", lang: "en",
		in:   "\"I read it in the Wall Street Journal this morning,\" said Paul Ferrand.",
		want: nil},
	{name: "speaker's employer", lang: "en",
		in:   "\"The hearing lasted six hours,\" said Claire Dufossé, a reporter for CNN who was in the room.",
		want: nil},
}

func runSources(t *testing.T, gaps bool) {
	for _, c := range sourceCases {
		if (c.gap != "") != gaps {
			continue
		}
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := extract(c.lang, c.in)
			var got []string
			for _, s := range res.Sources {
				got = append(got, s.Name)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("input: %q\n\tgot sources %q (%+v)\n\twant %q", c.in, got, res.Sources, c.want)
			}
			if c.notSpeaker != "" {
				for _, q := range res.Quotes {
					if q.Speaker == c.notSpeaker {
						t.Errorf("input: %q\n\toutlet %q credited as speaker:%s", c.in, c.notSpeaker, fmtQuotes(res.Quotes))
					}
				}
			}
		})
	}
}

func TestRules_Sources(t *testing.T)     { runSources(t, false) }
func TestKnownGaps_Sources(t *testing.T) { runSources(t, true) }

// ---------------------------------------------------------------------------
// Language detection.

type langCase struct {
	name, in string
	want     string
	quotes   int // direct quotes expected
	gap      string
}

var langCases = []langCase{
	{name: "french", want: "fr", quotes: 1,
		in: "« La passerelle sera prête pour l'été », a déclaré Odile Marchetti, la maire de Valbois, devant les habitants réunis dans la salle des fêtes."},
	{name: "english", want: "en", quotes: 1,
		in: "\"The footbridge will be ready for the summer,\" said Nora Quill, the harbour master, to residents gathered in the town hall."},
	{name: "german", want: "", quotes: 1,
		in: "„Wir werden die Brücke im Juni wieder öffnen“, sagte die Bürgermeisterin von Kaltbrunn am Dienstag vor dem Gemeinderat. Die Arbeiten hatten im Frühjahr begonnen."},
	{name: "spanish", want: "", quotes: 1,
		in: "«Reabriremos el puente en junio», dijo la alcaldesa de Villaseca el martes ante el consejo municipal. Las obras empezaron en primavera."},
}

func runLang(t *testing.T, gaps bool) {
	for _, c := range langCases {
		if (c.gap != "") != gaps {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			res := attrib.Extract(c.in, attrib.Options{})
			got := directOf(res)
			if res.Lang != c.want || len(got) != c.quotes {
				t.Errorf("input: %q\n\tgot lang %q and direct quotes:%s\n\twant lang %q and %d direct quote(s)", c.in, res.Lang, fmtQuotes(got), c.want, c.quotes)
			}
			if c.want == "" {
				// No speech verbs are guessed in a language the engine
				// does not know: no cues, no reported speech, no sources.
				for _, q := range res.Quotes {
					if q.Cue != "" || q.Kind != attrib.Direct {
						t.Errorf("input: %q\n\tunknown language, yet a cue or indirect quote was found:%s", c.in, fmtQuotes(res.Quotes))
					}
				}
				if len(res.Sources) != 0 {
					t.Errorf("input: %q\n\tunknown language, yet sources %+v", c.in, res.Sources)
				}
			}
		})
	}
}

func TestRules_Lang(t *testing.T)     { runLang(t, false) }
func TestKnownGaps_Lang(t *testing.T) { runLang(t, true) }

// ---------------------------------------------------------------------------
// Result shape.

// TestKnownGaps_EmptySpeakersJSON: Extract makes Quotes and Sources empty
// slices so that they marshal as [], but leaves Speakers nil, which
// marshals as null in the JSON export contract.
func TestKnownGaps_EmptySpeakersJSON(t *testing.T) {
	for _, in := range []string{"", "Le conseil municipal se réunira jeudi soir à la mairie."} {
		b, err := json.Marshal(attrib.Extract(in, attrib.Options{}))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"speakers":[]`) {
			t.Errorf("input: %q\n\tgot %s\n\twant \"speakers\":[] like quotes and sources", in, b)
		}
	}
}
