// Package attrib is dixit's attribution engine: given the clean text of one
// news article, it finds the quotations, who said them, and the outlets the
// article cites as its sources. It works on French and English with rules and
// embedded word lists; it never does I/O beyond reading its own lexicon.
//
// Every offset it reports is a byte offset into the text it was given, as a
// half-open range [Start, End), always on UTF-8 rune boundaries.
package attrib

// Kind tells a quotation in quote marks from reported speech.
type Kind string

const (
	Direct   Kind = "direct"
	Indirect Kind = "indirect"
)

// Quote is one quotation or piece of reported speech.
type Quote struct {
	Text  string `json:"text"`  // the quoted words, without the marks
	Start int    `json:"start"` // byte offset of Text in the article
	End   int    `json:"end"`
	// Speaker is the canonical name (the fullest form the article uses,
	// without honorifics), a role phrase when the person is never named, or
	// empty when nobody could be tied to the quote.
	Speaker     string `json:"speaker"`
	Mention     string `json:"speaker_mention"` // the form used at this quote ("il", "M. Konovalov")
	Description string `json:"description"`     // role or apposition ("spécialiste militaire russe")
	Cue         string `json:"cue"`             // the attribution words ("a-t-il expliqué", "said")
	Kind        Kind   `json:"kind"`
	Via         string `json:"via"` // outlet the words were relayed through, if any
	// Rule names the construction that tied the quote to its speaker
	// ("after/inverted", "before/frame", "inherit/previous"), and Resolved
	// how the speaker's name was chosen from the mention ("name",
	// "pronoun/last-speaker", "role/named-before"): "" when nothing did.
	// See docs/attribution.md for the list.
	Rule     string `json:"rule"`
	Resolved string `json:"resolved"`
}

// Speaker is one person or organisation quoted in the article.
type Speaker struct {
	Name        string   `json:"name"`
	Mentions    []string `json:"mentions"`
	Description string   `json:"description"`
	Quotes      int      `json:"quotes"`
}

// Source is an outlet, agency or report the article cites.
type Source struct {
	Name    string `json:"name"`    // canonical name ("Wall Street Journal")
	Mention string `json:"mention"` // the first words citing it ("Selon le Wall Street Journal")
	Start   int    `json:"start"`   // byte span of Mention
	End     int    `json:"end"`
	Rule    string `json:"rule"` // the shape of that first citation ("credit-line", "attribution", "speaker")
	// Mentions are every citation of the source in text order, the first
	// among them: a dateline, then a "selon", then the agency speaking.
	Mentions []SourceMention `json:"mentions,omitempty"`
}

// Citations returns every mention of s; a Source stored before mentions
// were kept has its one Mention.
func (s Source) Citations() []SourceMention {
	if len(s.Mentions) > 0 {
		return s.Mentions
	}
	return []SourceMention{{Text: s.Mention, Start: s.Start, End: s.End, Rule: s.Rule}}
}

// CitationKind says in a reader's words how an article cites a source,
// from the rule of a mention: "credit", "named", "cited", "speaks",
// "told", "document", "published".
func CitationKind(rule string) string {
	switch rule {
	case "credit-line":
		return "credit"
	case "outlet", "press-noun":
		return "named"
	case "press-cue", "attribution":
		return "cited"
	case "speaker":
		return "speaks"
	case "via":
		return "told"
	case "document":
		return "document"
	case "venue":
		return "published"
	}
	return rule
}

// SourceMention is one citation of a source: its words, their byte span
// and the shape that cited it.
type SourceMention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule"`
}

// Result is everything found in one article.
type Result struct {
	Lang     string    `json:"lang"`
	Quotes   []Quote   `json:"quotes"`
	Speakers []Speaker `json:"speakers"`
	Sources  []Source  `json:"sources"`
	// Dropped counts what Options.MaxQuotes and MaxMentions left out.
	Dropped Dropped `json:"-"`
}

// Dropped counts the quotes and source mentions an extraction found past
// its bounds and left out.
type Dropped struct{ Quotes, Mentions int }
