package export

import (
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/text"
)

// Origin is where a quote was read: its article's title, outlet, date and
// address.
type Origin struct {
	Title, Outlet, URL string
	Published          time.Time
}

// Cite writes a quote the way a journalist pastes it: the words, in quote
// marks only when they are verbatim (reported speech says so instead), the
// speaker, the article, its outlet, date and address, and the sources the
// quote rests on. The words are the reader's (text.Display), and every
// field passes the one-line filter.
func Cite(q attrib.Quote, o Origin, sources []string) string {
	who := text.Line(q.Speaker)
	if who == "" {
		who = "unattributed"
	}
	// A quotation cut at its cue keeps the comma before it ("…
	// elsewhere,” she said); the citation closes the words without it.
	words := strings.TrimRight(text.Line(text.Display(q.Text)), ",; ")
	var b strings.Builder
	if q.Kind == attrib.Indirect {
		b.WriteString(who + ", reported speech (not verbatim): " + words)
	} else {
		b.WriteString("“" + words + "” — " + who)
	}
	var where []string
	if o.Title != "" {
		where = append(where, "“"+text.Line(o.Title)+"”")
	}
	if o.Outlet != "" {
		where = append(where, text.Line(o.Outlet))
	}
	if d := date(o.Published); d != "" {
		where = append(where, d)
	}
	if o.URL != "" {
		where = append(where, text.Line(o.URL))
	}
	if len(where) > 0 {
		b.WriteString(", in " + strings.Join(where, ", "))
	}
	if len(sources) > 0 {
		clean := make([]string, len(sources))
		for i, s := range sources {
			clean[i] = text.Line(s)
		}
		b.WriteString(" (on the word of: " + strings.Join(clean, ", ") + ")")
	}
	return b.String()
}

// TiedSources lists the sources a quote rests on: the outlet its words
// were given to, and every source the article cites in the quote's own
// paragraph ("« … », a indiqué X, selon l'AFP"). A source cited elsewhere
// in the article vouches for other words.
func TiedSources(body string, q attrib.Quote, srcs []attrib.Source) []string {
	a, b := q.Start, q.End
	for _, p := range text.Paragraphs(body) {
		if p.Start <= q.Start && q.Start < p.End {
			a, b = p.Start, max(p.End, q.End)
			break
		}
	}
	var out []string
	add := func(name string) {
		for _, o := range out {
			if strings.EqualFold(o, name) {
				return
			}
		}
		out = append(out, name)
	}
	if q.Via != "" {
		add(q.Via)
	}
	for _, s := range srcs {
		for _, m := range s.Citations() {
			if m.Start < b && m.End > a {
				add(s.Name)
				break
			}
		}
	}
	return out
}
