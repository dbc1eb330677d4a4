package librarytest

import (
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// TrailQuote is the quote the trail corpus carries, as Harbour Ledger
// printed it first.
const TrailQuote = "We will not sell the Saltmere ferry to anyone, not this year and not next year"

// trailStory is one article of the trail corpus: its quote, who it is
// credited to and how.
type trailStory struct {
	path, outlet, published, title string
	before, quote, after           string
	speaker, mention, cue          string
	kind                           attrib.Kind
}

// The trail corpus: one quote carried by five invented outlets. The
// Kelder Courier and the Valbois Post each change a word, the Saltmere
// Gazette cuts a fragment of it into reported speech, the Post names the
// council leader by her surname alone, and North Quay Radio
// credits the same words to the mayor. A sixth article, in French, quotes
// the council leader on something else with a few of the same words.
var trailStories = []trailStory{
	{"trail/ledger.md", "Harbour Ledger", "2026-04-01T08:00:00Z", "Saltmere keeps its ferry",
		"The council leader answered the buyers' letter on Tuesday.\n\n“", TrailQuote, ",” said Imogen Farrowby, the council leader.\n",
		"Imogen Farrowby", "Imogen Farrowby", "said", attrib.Direct},
	{"trail/courier.md", "Kelder Courier", "2026-04-01T15:30:00Z", "No sale of the ferry, says Farrowby",
		"Saltmere's council leader ruled out a sale.\n\n“", "We will not sell the Saltmere ferry to anybody, not this year and not next year", ",” Imogen Farrowby said.\n",
		"Imogen Farrowby", "Imogen Farrowby", "said", attrib.Direct},
	{"trail/post.md", "Valbois Post", "2026-04-02T09:00:00Z", "Ferry stays public",
		"The ferry will stay in public hands.\n\n“", "We will never sell the Saltmere ferry to anyone, not this year and not next year", ",” said Farrowby.\n",
		"Farrowby", "Farrowby", "said", attrib.Direct},
	{"trail/gazette.md", "Saltmere Gazette", "2026-04-03T07:45:00Z", "Council closes the door on buyers",
		"Imogen Farrowby said the council would ", "not sell the Saltmere ferry to anyone", ", whatever the offer.\n",
		"Imogen Farrowby", "Imogen Farrowby", "said", attrib.Indirect},
	{"trail/radio.md", "North Quay Radio", "2026-04-04T18:00:00Z", "Mayor on the ferry",
		"On the ferry, the tone was firm.\n\n“", TrailQuote, ",” said Odile Marchetti, the mayor of Valbois.\n",
		"Odile Marchetti", "Odile Marchetti", "said", attrib.Direct},
	{"trail/courrier.md", "Le Courrier du Val", "2026-04-05T10:00:00Z", "Le bac reste à Saltmere",
		"La présidente du conseil a parlé du port.\n\n« ", "Nous ne vendrons pas le port de Saltmere cette année", " », a déclaré Imogen Farrowby.\n",
		"Imogen Farrowby", "Imogen Farrowby", "a déclaré", attrib.Direct},
}

// TrailCorpus returns the trail corpus as entries, their extraction
// written out (not the engine's), so that what a trail shows of them
// moves only when this file does.
func TrailCorpus() []*library.Entry {
	var out []*library.Entry
	for _, s := range trailStories {
		body := s.title + "\n\n" + s.before + s.quote + s.after
		start := strings.Index(body, s.quote)
		pub, _ := time.Parse(time.RFC3339, s.published)
		lang := "en"
		if strings.HasSuffix(s.path, "courrier.md") {
			lang = "fr"
		}
		a := article.Article{Path: s.path, Title: s.title, Outlet: s.outlet, Published: pub, Lang: lang, Body: body, Hash: article.Hash(body)}
		q := attrib.Quote{Text: s.quote, Start: start, End: start + len(s.quote), Speaker: s.speaker, Mention: s.mention,
			Cue: s.cue, Kind: s.kind, Rule: "after/inverted", Resolved: "name/as-written"}
		res := attrib.Result{Lang: lang, Quotes: []attrib.Quote{q},
			Speakers: []attrib.Speaker{{Name: s.speaker, Mentions: []string{s.mention}, Quotes: 1}}}
		out = append(out, &library.Entry{Article: a, Result: res, Extractor: attrib.Version, Added: pub})
	}
	return out
}
