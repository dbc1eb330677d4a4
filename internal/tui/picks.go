package tui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
)

// The quotes picked in the side pane (space), to copy or export together.
// Picks are indexes into the Quotes tab's list: the open article's quotes,
// or in speaker mode the speaker's quotes across the library. A new article
// or speaker clears them.

// picked is one quote picked, with what copy and export need of it.
type picked struct {
	quote   attrib.Quote
	origin  export.Origin
	sources []string // the sources the quote rests on (export.TiedSources)
	row     library.Quote
}

// togglePick picks the quote under the cursor, or unpicks it.
func (m *sideModel) togglePick() {
	if m.tab != tabQuotes || m.count() == 0 {
		return
	}
	if m.picks == nil {
		m.picks = map[int]bool{}
	}
	c := m.cursor[tabQuotes]
	if m.picks[c] {
		delete(m.picks, c)
	} else {
		m.picks[c] = true
	}
	m.move(1) // on to the next, as a mail reader's space does
}

// clearPicks forgets every pick.
func (m *sideModel) clearPicks() { m.picks = nil }

// pickCount is how many quotes are picked.
func (m *sideModel) pickCount() int { return len(m.picks) }

// pickedQuotes returns the picked quotes in the pane's order.
func (m *sideModel) pickedQuotes() []picked {
	idx := make([]int, 0, len(m.picks))
	for i := range m.picks {
		if i < m.count() {
			idx = append(idx, i)
		}
	}
	sort.Ints(idx)
	out := make([]picked, 0, len(idx))
	for _, i := range idx {
		if m.speaker != "" {
			q := m.across[i]
			o := export.Origin{Title: q.Title, Outlet: q.Outlet, URL: q.URL, Published: q.Published}
			out = append(out, picked{quote: q.Quote, origin: o, sources: q.Sources, row: q})
			continue
		}
		a, q := m.entry.Article, m.entry.Result.Quotes[i]
		o := export.Origin{Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published}
		row := library.Quote{ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published,
			Lang: m.entry.Lang(), Sources: library.SourceNames(m.entry.Result.Sources), Cited: m.entry.Result.Sources, Quote: q}
		out = append(out, picked{quote: q, origin: o, sources: export.TiedSources(a.Body, q, m.entry.Result.Sources), row: row})
	}
	return out
}

// citeAll is the picked quotes as copy writes them: each as export.Cite
// writes one quote, a line each.
func citeAll(ps []picked) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = export.Cite(p.quote, p.origin, p.sources)
	}
	return strings.Join(lines, "\n")
}

// pickMark marks the first line of a picked quote's lines.
func (m sideModel) pickMark(i int, lines []string) []string {
	if m.picks[i] {
		lines[0] = m.pc.theme.Accent.Render("✓ ") + lines[0]
	}
	return lines
}

// wrapSelected is the lines of the items shown from top, with the
// selected quote's words wrapped whole rather than cut at the pane's edge.
// The wrapped lines push the items after it down; when they would push the
// selected one itself past the pane's height (room lines), the items
// before it give way, so that all of it shows.
func (m sideModel) wrapSelected(top, room int) map[int][]string {
	out := map[int][]string{}
	n, c := m.count(), m.cursor[m.tab]
	end := min(n, top+m.visible())
	for i := top; i < end; i++ {
		out[i] = m.item(i)
	}
	if m.tab != tabQuotes || c < top || c >= end {
		return out
	}
	it := out[c]
	words := m.selectedWords(c)
	// The head and the meta line stay; the words take what is left.
	wrapped := strings.Split(ansi.Wrap(words, max(4, m.width-2), ""), "\n")
	if keep := max(1, room-2); len(wrapped) > keep {
		wrapped = wrapped[:keep]
		wrapped[len(wrapped)-1] = fit(wrapped[len(wrapped)-1]+" …", m.width-2)
	}
	for i := range wrapped {
		wrapped[i] = "  " + wrapped[i]
	}
	lines := append([]string{it[0]}, append(wrapped, it[2:]...)...)
	out[c] = lines
	used := 0
	for i := top; i <= c; i++ {
		used += len(out[i])
	}
	for i := top; used > room && i < c; i++ {
		used -= len(out[i])
		delete(out, i)
	}
	return out
}

// selectedWords is the words of quote i with their marks, on one line to
// be wrapped.
func (m sideModel) selectedWords(i int) string {
	var q attrib.Quote
	if m.speaker != "" {
		q = m.across[i].Quote
	} else {
		q = m.entry.Result.Quotes[i]
	}
	if q.Kind == attrib.Indirect {
		return "~ " + quoteWords(q)
	}
	return "“" + quoteWords(q) + "”"
}
