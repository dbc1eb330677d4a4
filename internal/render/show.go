package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dixit-news/dixit/internal/article"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// SampleLabel marks a bundled sample article wherever one is shown.
const SampleLabel = "sample article (fictional, bundled with dixit)"

// Article writes an article with its quotations marked, then its speakers
// and sources. Styled, each speaker's quotes take the speaker's colour and
// reported speech is underlined; plain, quotes are bracketed ⟦…⟧ and
// numbered so the text stays greppable.
func Article(w io.Writer, e *library.Entry, styled bool) error {
	a, r := &e.Article, &e.Result
	var b strings.Builder
	// The title may be the file's name and the metadata came from a feed or
	// a command line: one line of text each, like everything from outside.
	title := text.Line(a.Title)
	if title == "" {
		title = text.Line(a.Path)
	}
	if styled {
		fmt.Fprintf(&b, "\x1b[1m%s\x1b[0m\n", title)
	} else {
		fmt.Fprintf(&b, "%s\n", title)
	}
	var meta []string
	if library.IsSample(a.Path) {
		meta = append(meta, SampleLabel)
	}
	for _, m := range []string{a.Outlet, a.Author, date(a), a.Lang, a.URL} {
		if m = text.Line(m); m != "" {
			meta = append(meta, m)
		}
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "%s\n", dim(strings.Join(meta, " · "), styled))
	}
	b.WriteString("\n")
	// The terminal's background is not asked for here: the dark palette.
	colors, pal := SpeakerColors(*r), SpeakerPalette(true, false)
	colorOf := func(speaker string) int {
		if rank, ok := colors[speaker]; ok {
			return ColorAt(pal, true, rank)
		}
		return Unattributed(true)
	}
	quotes := append([]attrib.Quote(nil), r.Quotes...)
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	pos := 0
	for i, q := range quotes {
		if q.Start < pos || q.End > len(a.Body) || q.Start > q.End {
			continue // overlapping spans (direct inside indirect) are listed, not marked
		}
		b.WriteString(a.Body[pos:q.Start])
		span := a.Body[q.Start:q.End]
		switch {
		case styled && q.Kind == attrib.Direct:
			c := colorOf(q.Speaker)
			for _, line := range strings.SplitAfter(span, "\n") {
				fmt.Fprintf(&b, "\x1b[1;38;5;%dm%s\x1b[0m", c, line)
			}
		case styled:
			fmt.Fprintf(&b, "\x1b[4;38;5;%dm%s\x1b[0m", colorOf(q.Speaker), span)
		default:
			fmt.Fprintf(&b, "⟦%s⟧[%d]", span, i+1)
		}
		pos = q.End
	}
	b.WriteString(a.Body[pos:])
	if !strings.HasSuffix(a.Body, "\n") {
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(heading("Quotes", styled))
	for i, q := range quotes {
		who := q.Speaker
		if who == "" {
			who = "(unattributed)"
		}
		if styled {
			who = fmt.Sprintf("\x1b[38;5;%dm%s\x1b[0m", colorOf(q.Speaker), who)
		}
		fmt.Fprintf(&b, "%3d. %s — %s %s: %s\n", i+1, who, q.Kind, quoteCue(q), oneLine(text.Display(q.Text), 100))
	}
	b.WriteString("\n")
	b.WriteString(heading("Speakers", styled))
	for _, s := range r.Speakers {
		desc := s.Description
		if desc != "" {
			desc = " — " + desc
		}
		fmt.Fprintf(&b, "  %s (%d)%s\n", s.Name, s.Quotes, desc)
	}
	if len(r.Sources) > 0 {
		b.WriteString("\n")
		b.WriteString(heading("Sources", styled))
		for _, s := range r.Sources {
			fmt.Fprintf(&b, "  %s — %s\n", s.Name, s.Mention)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func quoteCue(q attrib.Quote) string {
	if q.Cue == "" {
		return ""
	}
	return "(" + q.Cue + ")"
}

func heading(s string, styled bool) string {
	if styled {
		return "\x1b[1;4m" + s + "\x1b[0m\n"
	}
	return s + "\n" + strings.Repeat("-", len(s)) + "\n"
}

func dim(s string, styled bool) string {
	if styled {
		return "\x1b[2m" + s + "\x1b[0m"
	}
	return s
}

func date(a *article.Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

// oneLine folds white space and cuts s to n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
