package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/dixit-news/dixit/internal/trail"
)

// TrailShape is a quote's trail as `dixit trail --json` prints it.
type TrailShape struct {
	Quote       string            `json:"quote"` // the words the trail was looked up by
	Total       int               `json:"total"`
	Variants    int               `json:"variants"`
	Occurrences []OccurrenceShape `json:"occurrences"`
}

// OccurrenceShape is one place the quote was carried, compared with the
// trail's earliest.
type OccurrenceShape struct {
	Ref          string      `json:"ref"`
	Variant      int         `json:"variant"`
	Change       string      `json:"change"`
	WordsAdded   int         `json:"words_added"`
	WordsDropped int         `json:"words_dropped"`
	WordsChanged int         `json:"words_changed"`
	KindChanged  bool        `json:"kind_changed"`
	OtherSpeaker bool        `json:"other_speaker"`
	Credited     *string     `json:"credited"`
	Diff         []DiffShape `json:"diff"`
	LibraryQuoteShape
}

// DiffShape is a run of words: op is "same", "added" or "dropped".
type DiffShape struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// OpName names a diff op as the JSON and the tables do.
func OpName(op trail.Op) string { return [...]string{"same", "added", "dropped"}[op] }

// Trail is the shape of tr, looked up by quote.
func Trail(quote string, tr library.Trail) TrailShape {
	out := TrailShape{Quote: text.Line(text.Display(quote)), Total: tr.Total, Variants: tr.Variants, Occurrences: []OccurrenceShape{}}
	for _, o := range tr.Occurrences {
		diff := make([]DiffShape, len(o.Diff.Pieces))
		for i, p := range o.Diff.Pieces {
			diff[i] = DiffShape{OpName(p.Op), text.Line(text.Display(p.Text))}
		}
		out.Occurrences = append(out.Occurrences, OccurrenceShape{Ref: o.Ref.String(), Variant: o.Variant, Change: o.Diff.Change.String(),
			WordsAdded: o.Diff.Added, WordsDropped: o.Diff.Dropped, WordsChanged: o.Diff.Changed,
			KindChanged: o.KindChanged, OtherSpeaker: o.OtherSpeaker, Credited: opt(o.CreditedName()), Diff: diff,
			LibraryQuoteShape: LibraryQuotes([]library.Quote{o.Quote})[0]})
	}
	return out
}

// AlteredQuoteShape is a quote whose trail holds a change, as `dixit trail
// --altered --json` lists it: the library quote and its ref.
type AlteredQuoteShape struct {
	Ref string `json:"ref"`
	LibraryQuoteShape
}

// AlteredQuotes is the shape of each of qs.
func AlteredQuotes(qs []library.Quote) []AlteredQuoteShape {
	out := make([]AlteredQuoteShape, len(qs))
	for i, q := range LibraryQuotes(qs) {
		out[i] = AlteredQuoteShape{library.QuoteRef{ArticleID: qs[i].ArticleID, N: qs[i].Seq + 1}.String(), q}
	}
	return out
}

// Findings says in words how an occurrence differs from the earliest:
// "2 words changed", "fragment", "reported", "other speaker"; "" for the
// earliest and its exact copies.
func Findings(o library.Occurrence) string {
	var f []string
	switch o.Diff.Change {
	case trail.Fragment:
		f = append(f, "fragment")
	case trail.Longer:
		f = append(f, "longer")
	case trail.Altered:
		for _, c := range []struct {
			n    int
			verb string
		}{{o.Diff.Changed, "changed"}, {o.Diff.Added, "added"}, {o.Diff.Dropped, "dropped"}} {
			if c.n > 0 {
				f = append(f, text.Plural(c.n, "word", "words")+" "+c.verb)
			}
		}
	}
	if o.KindChanged {
		f = append(f, "now "+kindWord(string(o.Kind)))
	}
	if o.OtherSpeaker {
		f = append(f, "other speaker")
	}
	return strings.Join(f, ", ")
}

func kindWord(k string) string {
	if k == "direct" {
		return "direct"
	}
	return "reported"
}

// PlainDiff writes a diff on one line of text, git's word-diff way:
// [-dropped-] {+added+}.
func PlainDiff(d trail.Diff) string {
	var parts []string
	for _, p := range d.Pieces {
		w := text.Line(text.Display(p.Text))
		switch p.Op {
		case trail.Added:
			w = "{+" + w + "+}"
		case trail.Dropped:
			w = "[-" + w + "-]"
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// WriteTrailMarkdown writes a trail as Markdown: each occurrence a block
// quote under its date and outlet, the dropped words struck through and
// the added ones in bold.
func WriteTrailMarkdown(w io.Writer, quote string, tr library.Trail) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Trail of “%s”\n\n", mdEscape(text.Line(text.Display(quote))))
	fmt.Fprintf(&b, "%s, %s.\n\n", text.Plural(tr.Total, "occurrence", "occurrences"), text.Plural(tr.Variants, "wording", "wordings"))
	for _, o := range tr.Occurrences {
		date := "undated"
		if !o.Published.IsZero() {
			date = o.Published.UTC().Format("2006-01-02 15:04")
		}
		outlet := o.Outlet
		if outlet == "" {
			outlet = "no outlet"
		}
		fmt.Fprintf(&b, "## %s — %s\n\n", date, mdLink(mdEscape(text.Line(outlet)), o.URL))
		var words []string
		for _, p := range o.Diff.Pieces {
			s := strings.ReplaceAll(mdEscape(text.Line(text.Display(p.Text))), "~", `\~`)
			switch p.Op {
			case trail.Added:
				s = "**" + s + "**"
			case trail.Dropped:
				s = "~~" + s + "~~"
			}
			words = append(words, s)
		}
		fmt.Fprintf(&b, "> %s\n\n", strings.Join(words, " "))
		speaker := o.CreditedName()
		if speaker == "" {
			speaker = "nobody"
		}
		meta := []string{"credited to " + mdEscape(text.Line(speaker)), kindWord(string(o.Kind)), "quote " + o.Ref.String()}
		if f := Findings(o); f != "" {
			meta = append(meta, "**"+f+"**")
		}
		fmt.Fprintf(&b, "— %s\n\n", strings.Join(meta, ", "))
	}
	if len(tr.Occurrences) < tr.Total {
		fmt.Fprintf(&b, "_%d later occurrences not shown._\n", tr.Total-len(tr.Occurrences))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
