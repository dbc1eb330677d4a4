package attrib_test

// Rule tests for indirect speech, sources, language detection and the shape
// of the result. Shared helpers are in rules_helpers_test.go.

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

// ---------------------------------------------------------------------------
// Indirect speech.

type indirectCase struct {
	name, lang, in string
	speaker        string
	holds          string // a substring of the reported words
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

func runIndirect(t *testing.T) {
	for _, c := range indirectCases {
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

func TestRules_Indirect(t *testing.T) { runIndirect(t) }

// ---------------------------------------------------------------------------
// Sources.

type sourceCase struct {
	name, lang, in string
	want           []string // the source names, in order; nil: none
	notSpeaker     string   // if set, no quote may be credited to this name
}

var sourceCases = []sourceCase{
	{name: "selon le invented outlet", lang: "fr",
		in:   "Selon le Courrier du Val, la passerelle coûtera deux millions d'euros.",
		want: []string{"Courrier du Val"}},
	{name: "clause, selon le invented outlet", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros, selon le Courrier du Val.",
		want: []string{"Courrier du Val"}},
	{name: "selon le gazetteer outlet", lang: "fr",
		in:   "Selon le Wall Street Journal, le chantier naval de Brumeval sera vendu.",
		want: []string{"Wall Street Journal"}},
	{name: "d'après", lang: "fr",
		in:   "D'après Le Télégramme, la passerelle coûtera deux millions d'euros.",
		want: []string{"Le Télégramme"}},
	{name: "rapporte X", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros, rapporte l'AFP.",
		want: []string{"AFP"}},
	{name: "cité par", lang: "fr",
		in:   "Le préfet du Haut-Verdois, cité par Reuters, a confirmé la fermeture de la route.",
		want: []string{"Reuters"}},
	{name: "dateline", lang: "fr",
		in:   "VALBOIS (AFP) - La passerelle coûtera deux millions d'euros, a indiqué la mairie mardi.",
		want: []string{"AFP"}},
	{name: "credit line Source: Avec", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros.\n\nSource: Avec AFP",
		want: []string{"AFP"}},
	{name: "credit line Avec", lang: "fr",
		in:   "La passerelle coûtera deux millions d'euros.\n\nAvec AFP",
		want: []string{"AFP"}},
	{name: "outlet inside a quote", lang: "fr",
		in:   "« Je l'ai appris en lisant le Wall Street Journal ce matin », a déclaré Paul Ferrand.",
		want: nil},
	{name: "speaker's employer", lang: "fr",
		in:   "« La séance a duré six heures », a raconté Claire Dufossé, une journaliste de CNN présente dans la salle.",
		want: nil},
	{name: "according to invented outlet", lang: "en",
		in:   "According to the Harbour Ledger, the footbridge will cost two million pounds.",
		want: []string{"Harbour Ledger"}},
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
	{name: "told a paper the gazetteer does not know", lang: "en",
		in:         "Councillor Wilhelmina Strand told the Evening Lantern that the ferry would run again by May.",
		want:       []string{"Evening Lantern"},
		notSpeaker: "Evening Lantern"},
	{name: "told a station", lang: "en",
		in:         "Hollis Brandt told Radio Saltmere on Thursday that he would appeal.",
		want:       []string{"Radio Saltmere"},
		notSpeaker: "Radio Saltmere"},
	{name: "paper reported", lang: "en",
		in:   "The Saltmere Courier reported that the pier would close for the winter.",
		want: []string{"Saltmere Courier"}},
	{name: "paper with apposition reported", lang: "en",
		in:   "The Brenne Chronicle, the valley's weekly paper, reported that the pier would close.",
		want: []string{"Brenne Chronicle"}},
	{name: "interrogée par", lang: "fr",
		in:   "Interrogée jeudi soir par Radio Morvelle, Mme Marchetti a assuré que la piscine rouvrirait.",
		want: []string{"Radio Morvelle"}},
	{name: "paper rapporte", lang: "fr",
		in:   "L'Hebdo de Morvelle, le journal du canton, rapporte que la piscine rouvrira en juin.",
		want: []string{"Hebdo de Morvelle"}},
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

func runSources(t *testing.T) {
	for _, c := range sourceCases {
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

func TestRules_Sources(t *testing.T) { runSources(t) }

// ---------------------------------------------------------------------------
// Language detection.

type langCase struct {
	name, in string
	want     string
	quotes   int // direct quotes expected
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

func runLang(t *testing.T) {
	for _, c := range langCases {
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

func TestRules_Lang(t *testing.T) { runLang(t) }

// ---------------------------------------------------------------------------
// ---------------------------------------------------------------------------
// Result shape.

// TestEmptyResultMarshalsEmptyLists: with nothing to report, quotes,
// speakers and sources marshal as [] (never null) in the JSON export.
func TestEmptyResultMarshalsEmptyLists(t *testing.T) {
	for _, in := range []string{"", "Le conseil municipal se réunira jeudi soir à la mairie."} {
		b, err := json.Marshal(attrib.Extract(in, attrib.Options{}))
		if err != nil {
			t.Fatal(err)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(b, &fields); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"quotes", "speakers", "sources"} {
			if got := string(fields[key]); got != "[]" {
				t.Errorf("input: %q\n\tgot %s\n\twant \"%s\":[]", in, b, key)
			}
		}
	}
}
