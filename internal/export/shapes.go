package export

import (
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// The JSON shapes of the library's entities, one per entity, for every
// command that prints JSON (ls, quotes, speakers, sources, show, export):
// snake_case names, null for a value the article does not give, every
// value from outside cleaned to one line. docs/json.md documents them; the
// evaluation contract of `dixit extract` (Doc) is separate and unchanged.

// QuoteShape is a quotation as it stands in its article. Text is the
// article's bytes [Start, End) exactly; Display is the same words as a
// reader of the rendered article sees them (text.Display), without the
// Markdown markup of the source.
type QuoteShape struct {
	Text        string      `json:"text"`
	Display     string      `json:"display"`
	Start       int         `json:"start"`
	End         int         `json:"end"`
	Kind        attrib.Kind `json:"kind"`
	Speaker     *string     `json:"speaker"`
	Mention     *string     `json:"speaker_mention"`
	Description *string     `json:"description"`
	Cue         *string     `json:"cue"`
	Via         *string     `json:"via"`
	Rule        *string     `json:"rule"`
	Resolved    *string     `json:"resolved"`
}

// QuoteOf is q's shape.
func QuoteOf(q attrib.Quote) QuoteShape {
	return QuoteShape{Text: q.Text, Display: text.Display(q.Text), Start: q.Start, End: q.End, Kind: q.Kind,
		Speaker: opt(q.Speaker), Mention: opt(q.Mention), Description: opt(q.Description), Cue: opt(q.Cue),
		Via: opt(q.Via), Rule: opt(q.Rule), Resolved: opt(q.Resolved)}
}

// LibraryQuoteShape is a quotation with the article it comes from, as
// `dixit quotes --json` and `dixit export --format json|jsonl` write it.
// Sources are the names the article cites; Cited the same sources with
// each of their citations.
type LibraryQuoteShape struct {
	ArticleID int64      `json:"article_id"`
	Title     string     `json:"title"`
	Outlet    *string    `json:"outlet"`
	URL       *string    `json:"url"`
	Published *time.Time `json:"published"`
	Lang      *string    `json:"lang"`
	QuoteShape
	Sources []string        `json:"sources"`
	Cited   []attrib.Source `json:"cited"`
}

// LibraryQuotes is the shape of each of qs.
func LibraryQuotes(qs []library.Quote) []LibraryQuoteShape {
	out := make([]LibraryQuoteShape, len(qs))
	for i, q := range qs {
		out[i] = LibraryQuoteShape{ArticleID: q.ArticleID, Title: text.Line(q.Title), Outlet: opt(q.Outlet), URL: opt(q.URL),
			Published: optTime(q.Published), Lang: opt(q.Lang), QuoteShape: QuoteOf(q.Quote),
			Sources: nonNil(q.Sources), Cited: nonNil(q.Cited)}
	}
	return out
}

// SummaryShape is an article as `dixit ls --json` lists it. Quotes counts
// both kinds, DirectQuotes and ReportedQuotes each (the list's "3+5").
type SummaryShape struct {
	ID             int64      `json:"id"`
	Path           string     `json:"path"`
	Title          string     `json:"title"`
	Outlet         *string    `json:"outlet"`
	URL            *string    `json:"url"`
	Lang           *string    `json:"lang"`
	Published      *time.Time `json:"published"`
	Added          time.Time  `json:"added"`
	Quotes         int        `json:"quotes"`
	DirectQuotes   int        `json:"direct_quotes"`
	ReportedQuotes int        `json:"reported_quotes"`
	Speakers       []string   `json:"speakers"`
	Sources        []string   `json:"sources"`
	Sample         bool       `json:"sample"` // one of the bundled sample articles: fictional
}

// Summaries is the shape of each of ss.
func Summaries(ss []library.Summary) []SummaryShape {
	out := make([]SummaryShape, len(ss))
	for i, s := range ss {
		out[i] = SummaryShape{ID: s.ID, Path: text.Line(s.Path), Title: text.Line(s.Title), Outlet: opt(s.Outlet), URL: opt(s.URL),
			Lang: opt(s.Lang), Published: optTime(s.Published), Added: s.Added, Quotes: s.Quotes + s.Reported,
			DirectQuotes: s.Quotes, ReportedQuotes: s.Reported, Speakers: lines(s.Speakers), Sources: lines(s.Sources), Sample: s.IsSample()}
	}
	return out
}

// SpeakerShape is a speaker across the library (`dixit speakers --json`).
type SpeakerShape struct {
	Name        string  `json:"name"`
	Key         string  `json:"key"`
	Description *string `json:"description"`
	Quotes      int     `json:"quotes"`
	Articles    int     `json:"articles"`
	Sample      bool    `json:"sample"` // quoted in the bundled sample articles alone
}

// Speakers is the shape of each of ss.
func Speakers(ss []library.SpeakerStat) []SpeakerShape {
	out := make([]SpeakerShape, len(ss))
	for i, s := range ss {
		out[i] = SpeakerShape{Name: text.Line(s.Name), Key: s.Key, Description: opt(s.Description), Quotes: s.Quotes, Articles: s.Articles}
	}
	return out
}

// SourceShape is a cited source across the library (`dixit sources --json`).
type SourceShape struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Sample   bool   `json:"sample"` // cited in the bundled sample articles alone
}

// Sources is the shape of each of ss.
func Sources(ss []library.SourceStat) []SourceShape {
	out := make([]SourceShape, len(ss))
	for i, s := range ss {
		out[i] = SourceShape{Name: text.Line(s.Name), Articles: s.Articles}
	}
	return out
}

// ArticleSpeakerShape is a speaker of one article (`dixit show --json`).
type ArticleSpeakerShape struct {
	Name        string   `json:"name"`
	Mentions    []string `json:"mentions"`
	Description *string  `json:"description"`
	Quotes      int      `json:"quotes"`
}

// ArticleShape is one stored article with its extraction (`dixit show
// --json`).
type ArticleShape struct {
	ID        int64                 `json:"id"`
	Path      string                `json:"path"`
	Title     string                `json:"title"`
	Outlet    *string               `json:"outlet"`
	Author    *string               `json:"author"`
	URL       *string               `json:"url"`
	Published *time.Time            `json:"published"`
	Lang      *string               `json:"lang"`
	Added     time.Time             `json:"added"`
	Extractor string                `json:"extractor"`
	Hash      string                `json:"hash"`
	Body      string                `json:"body"`
	Quotes    []QuoteShape          `json:"quotes"`
	Speakers  []ArticleSpeakerShape `json:"speakers"`
	Sources   []attrib.Source       `json:"sources"`
	Sample    bool                  `json:"sample"` // one of the bundled sample articles: fictional
}

// ArticleOf is e's shape.
func ArticleOf(e *library.Entry) ArticleShape {
	a := e.Article
	out := ArticleShape{ID: a.ID, Path: text.Line(a.Path), Title: text.Line(a.Title), Outlet: opt(a.Outlet), Author: opt(a.Author),
		URL: opt(a.URL), Published: optTime(a.Published), Lang: opt(e.Lang()), Added: e.Added, Extractor: e.Extractor, Hash: a.Hash,
		Body: a.Body, Quotes: make([]QuoteShape, len(e.Result.Quotes)), Speakers: make([]ArticleSpeakerShape, len(e.Result.Speakers)),
		Sources: nonNil(e.Result.Sources), Sample: library.IsSample(a.Path)}
	for i, q := range e.Result.Quotes {
		out.Quotes[i] = QuoteOf(q)
	}
	for i, s := range e.Result.Speakers {
		out.Speakers[i] = ArticleSpeakerShape{Name: text.Line(s.Name), Mentions: lines(s.Mentions), Description: opt(s.Description), Quotes: s.Quotes}
	}
	return out
}

// opt is s on one line, or nil (JSON null) when empty.
func opt(s string) *string {
	if s = text.Line(s); s == "" {
		return nil
	}
	return &s
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func lines(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text.Line(s)
	}
	return out
}

// nonNil makes an absent list an empty one: [] in JSON, never null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
