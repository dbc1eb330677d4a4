package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

const (
	tabQuotes = iota
	tabSpeakers
	tabSources
)

var tabNames = []string{"Quotes", "Speakers", "Sources"}

// speakerQuotesMsg is a speaker's quotes across the library.
type speakerQuotesMsg struct {
	speaker string
	quotes  []library.Quote
	err     error
}

// jumpMsg asks the root to show quote i of the open article.
type jumpMsg struct{ quote int }

// openQuoteMsg asks the root to open an article at a quote (speaker mode).
type openQuoteMsg struct {
	article int64
	start   int
}

// sideModel lists the open article's quotes, speakers and sources, or, in
// speaker mode, one speaker's quotes across the library.
type sideModel struct {
	pc      *programContext
	tab     int
	cursor  [3]int
	top     [3]int
	entry   *library.Entry
	speaker string          // speaker mode when set
	across  []library.Quote // that speaker's quotes
	picks   map[int]bool    // quotes picked with space (picks.go)
	err     error
	width   int
	height  int
}

func (m *sideModel) loadSpeaker(name string) tea.Cmd {
	m.speaker, m.across, m.tab = name, nil, tabQuotes
	m.picks = nil
	m.cursor[tabQuotes], m.top[tabQuotes] = 0, 0
	pc := m.pc
	return func() tea.Msg {
		qs, err := pc.store.Quotes(pc.ctx, library.Filter{Speaker: name, Limit: 500})
		return speakerQuotesMsg{speaker: name, quotes: qs, err: err}
	}
}

func (m *sideModel) count() int {
	if m.speaker != "" && m.tab == tabQuotes {
		return len(m.across)
	}
	if m.entry == nil {
		return 0
	}
	switch m.tab {
	case tabQuotes:
		return len(m.entry.Result.Quotes)
	case tabSpeakers:
		return len(m.entry.Result.Speakers)
	}
	return len(m.entry.Result.Sources)
}

// selectedQuote is the quote under the cursor in the Quotes tab, where it
// was read, and the sources it rests on: those its article cites in the
// quote's paragraph, or, across the library, all its article cites.
func (m *sideModel) selectedQuote() (attrib.Quote, export.Origin, []string, bool) {
	c := m.cursor[tabQuotes]
	if m.speaker != "" {
		if c < len(m.across) {
			q := m.across[c]
			return q.Quote, export.Origin{Title: q.Title, Outlet: q.Outlet, URL: q.URL, Published: q.Published}, q.Sources, true
		}
		return attrib.Quote{}, export.Origin{}, nil, false
	}
	if m.entry == nil || c >= len(m.entry.Result.Quotes) {
		return attrib.Quote{}, export.Origin{}, nil, false
	}
	a, q := m.entry.Article, m.entry.Result.Quotes[c]
	o := export.Origin{Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published}
	return q, o, export.TiedSources(a.Body, q, m.entry.Result.Sources), true
}

func (m *sideModel) itemHeight() int {
	if m.tab == tabQuotes || m.tab == tabSources && m.speaker == "" {
		return 3
	}
	return 2
}

func (m *sideModel) visible() int { return max(1, (m.height-2)/m.itemHeight()) }

func (m *sideModel) move(d int) {
	n := m.count()
	if n == 0 {
		return
	}
	c := &m.cursor[m.tab]
	*c = max(0, min(n-1, *c+d))
	top := &m.top[m.tab]
	if *c < *top {
		*top = *c
	}
	if *c >= *top+m.visible() {
		*top = *c - m.visible() + 1
	}
}

// selectQuote puts the cursor of the Quotes tab on the quote an article
// was opened at: quote i of the open article, or, in speaker mode, the
// speaker's quote at start in article id. The tab shows it.
func (m *sideModel) selectQuote(id int64, start, i int) {
	if m.speaker != "" {
		i = slices.IndexFunc(m.across, func(q library.Quote) bool { return q.ArticleID == id && q.Start == start })
		if i < 0 {
			return // not among the speaker's quotes loaded: the cursor stays
		}
	}
	m.tab = tabQuotes
	m.move(i - m.cursor[tabQuotes])
}

func (m sideModel) Update(msg tea.Msg) (sideModel, tea.Cmd) {
	k := m.pc.keys
	msg2, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if w, ok := msg.(tea.MouseWheelMsg); ok {
			if w.Mouse().Button == tea.MouseWheelUp {
				m.move(-1)
			} else {
				m.move(1)
			}
		}
		return m, nil
	}
	switch {
	case key.Matches(msg2, k.TabNext):
		m.tab = (m.tab + 1) % 3
	case key.Matches(msg2, k.TabPrev):
		m.tab = (m.tab + 2) % 3
	case key.Matches(msg2, k.Pick) && m.tab == tabQuotes:
		m.togglePick()
	case key.Matches(msg2, k.Open) && m.tab == tabQuotes:
		c := m.cursor[tabQuotes]
		if m.speaker != "" {
			if c < len(m.across) {
				q := m.across[c]
				return m, func() tea.Msg { return openQuoteMsg{article: q.ArticleID, start: q.Start} }
			}
			return m, nil
		}
		return m, func() tea.Msg { return jumpMsg{quote: c} }
	default:
		if d, ok := k.step(msg2, m.visible()); ok {
			m.move(d)
		}
	}
	return m, nil
}

func (m sideModel) View(focused bool) string {
	t := m.pc.theme
	// The full names when they fit; else the active tab's alone; else
	// none: a narrow pane still shows every tab and its count, uncut.
	active := slices.Clone(tabShort)
	active[m.tab] = tabNames[m.tab]
	var tabs []string
	for _, names := range [][]string{tabNames, active, tabShort} {
		if tabs = m.tabRow(names); ansi.StringWidth(strings.Join(tabs, "")) <= m.width {
			break
		}
	}
	lines := []string{fit(strings.Join(tabs, ""), m.width), ""}
	if m.err != nil {
		lines = append(lines, t.Error.Render(fit(m.err.Error(), m.width)))
	}
	n := m.count()
	if n == 0 {
		msg := "Open an article to see its quotes."
		if m.entry != nil || m.speaker != "" {
			msg = "Nothing here."
		}
		lines = append(lines, t.Dim.Render(fit(msg, m.width)))
	}
	top := m.top[m.tab]
	items := m.wrapSelected(top, max(1, m.height-len(lines)))
	for i := top; i < n && i < top+m.visible(); i++ {
		sel := i == m.cursor[m.tab]
		it, ok := items[i]
		if !ok {
			continue // scrolled past to show the selected quote whole
		}
		for _, l := range it {
			l = fit(l, m.width)
			if sel {
				style := t.Selected
				if !focused {
					style = style.Bold(false)
				}
				l = style.Render(padRight(ansi.Strip(l), m.width))
			}
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// item is the lines of entry i of the current tab.
func (m sideModel) item(i int) []string {
	t := m.pc.theme
	switch {
	case m.tab == tabQuotes && m.speaker != "":
		q := m.across[i]
		line := "  “" + quoteWords(q.Quote) + "”"
		if q.Kind == attrib.Indirect {
			line = "  ~ " + quoteWords(q.Quote)
		}
		meta := quoteMeta(q.Quote, false)
		if from := resolvedFrom(q.Quote); from != "" {
			// The speaker heads the pane: the form this article used
			// goes with the quote.
			meta += " · " + from
		}
		// One speaker heads the pane: the first colour.
		return m.pickMark(i, []string{t.SpeakerStyleAt(0).Render(oneLine(q.Title)), line, t.Dim.Render("  " + meta)})
	case m.tab == tabQuotes:
		q := m.entry.Result.Quotes[i]
		who := q.Speaker
		if who == "" {
			who = "unattributed"
		}
		mark, end := "“", "”"
		if q.Kind == attrib.Indirect {
			mark, end = "~ ", ""
		}
		head := t.SpeakerStyleIn(&m.entry.Result, q.Speaker).Bold(true).Render(who)
		if from := resolvedFrom(q); from != "" {
			// Next to the name, where a narrow pane still shows it.
			head += t.Dim.Render("  " + from)
		}
		return m.pickMark(i, []string{head, "  " + mark + quoteWords(q) + end, t.Dim.Render("  " + quoteMeta(q, true))})
	case m.tab == tabSpeakers:
		s := m.entry.Result.Speakers[i]
		desc := s.Description
		if desc == "" {
			desc = strings.Join(first(s.Mentions, 3), ", ")
		}
		return []string{t.SpeakerStyleIn(&m.entry.Result, s.Name).Bold(true).Render(s.Name) + t.Dim.Render(fmt.Sprintf("  %d", s.Quotes)), t.Dim.Render("  " + desc)}
	default:
		s := m.entry.Result.Sources[i]
		ms := s.Citations()
		head := t.Title.Render(s.Name)
		if len(ms) > 1 {
			head += t.Dim.Render(fmt.Sprintf("  cited %d times", len(ms)))
		}
		lines := []string{head, "  " + t.Dim.Render(attrib.CitationKind(ms[0].Rule)+" · ") + oneLine(ms[0].Text), ""}
		if len(ms) > 1 {
			kinds := make([]string, 0, len(ms)-1)
			for _, o := range ms[1:] {
				if k := attrib.CitationKind(o.Rule); !slices.Contains(kinds, k) {
					kinds = append(kinds, k)
				}
			}
			lines[2] = t.Dim.Render("  also "+strings.Join(kinds, ", ")+": ") + oneLine(ms[1].Text)
		}
		return lines
	}
}

// tabShort are the tab names when the full ones do not fit.
var tabShort = []string{"Qts", "Spk", "Src"}

// tabRow renders the tabs under the given names, each with its count.
func (m sideModel) tabRow(names []string) []string {
	t := m.pc.theme
	var tabs []string
	for i, n := range names {
		label := n
		switch {
		case i == tabQuotes && m.speaker != "":
			label = "Quotes by " + m.speaker
		case m.entry != nil && i == tabQuotes:
			// Direct quotes, as the list counts them, then reported speech.
			direct := 0
			for _, q := range m.entry.Result.Quotes {
				if q.Kind == attrib.Direct {
					direct++
				}
			}
			label = fmt.Sprintf("%s %d", n, direct)
			if r := len(m.entry.Result.Quotes) - direct; r > 0 {
				label += fmt.Sprintf("+%d", r)
			}
		case m.entry != nil && i == tabSpeakers:
			label = fmt.Sprintf("%s %d", n, len(m.entry.Result.Speakers))
		case m.entry != nil && i == tabSources:
			label = fmt.Sprintf("%s %d", n, len(m.entry.Result.Sources))
		}
		if i == m.tab {
			tabs = append(tabs, t.TabActive.Render(label))
		} else {
			tabs = append(tabs, t.Tab.Render(label))
		}
	}
	return tabs
}

// quoteWords is a quote's words on one line as the reader shows them,
// without the Markdown markup of the article's source.
func quoteWords(q attrib.Quote) string { return oneLine(text.Display(q.Text)) }

// quoteMeta is the line under a quote: its kind, cue and source.
func quoteMeta(q attrib.Quote, via bool) string {
	meta := string(q.Kind)
	if q.Cue != "" {
		meta += " · " + q.Cue
	}
	if via && q.Via != "" {
		meta += " · via " + q.Via
	}
	return meta
}

// resolvedFrom names the form the speaker was resolved from ("il", "the
// minister"), so a reader can check a doubtful attribution against the text
// at a glance; "" when the quote names its speaker. A part of the name, with
// or without an honorific or article ("Mme Marchetti", "le Wall Street
// Journal"), says nothing the name does not.
func resolvedFrom(q attrib.Quote) string {
	m := oneLine(q.Mention)
	if m == "" || q.Speaker == "" {
		return ""
	}
	name := strings.Fields(library.Key(q.Speaker))
	for _, w := range strings.Fields(library.Key(m)) {
		if !slices.Contains(name, w) {
			return `from "` + m + `"`
		}
	}
	return ""
}
