package tui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// quotesPageMsg is more of the library's quotes for the Quotes view.
type quotesPageMsg struct {
	gen  int
	rows []library.Quote
	next int  // the store offset the next page starts from
	more bool // the store may hold more
	err  error
}

// quotesModel is the library-wide Quotes view (Q): every quote, direct and
// reported, newest article first, filtered with the list's qualifiers and
// kind:, loaded a page at a time as the cursor goes down.
type quotesModel struct {
	pc      *programContext
	input   textinput.Model
	editing bool
	query   string
	rows    []library.Quote
	next    int
	more    bool
	loading bool
	gen     int
	cancel  context.CancelFunc
	cursor  int
	top     int
	err     error
	width   int
	height  int
	samples bool // the library holds the bundled samples alone
}

func newQuotes(pc *programContext) quotesModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "kind:reported since:2025-06-01 speaker:… words…"
	return quotesModel{pc: pc, input: in}
}

// quotesBatch is how many quotes a query reads from the store at a time;
// quotesScan is how many one reads looking for quotes holding the words
// typed (their articles hold them), so that a rare word does not read the
// whole library at once: the next read comes as the cursor goes down. The
// first such read, which a keystroke's frame waits for, is quotesFirstScan.
const (
	quotesBatch     = 200
	quotesScan      = 5 * quotesBatch
	quotesFirstScan = 300
)

// open shows the view from its first quote, with the filter kept; samples
// says the library holds the bundled sample articles alone.
func (m *quotesModel) open(samples bool) tea.Cmd {
	m.cursor, m.top, m.samples = 0, 0, samples
	return m.reload()
}

// reload queries the first page again, cancelling a query still running.
func (m *quotesModel) reload() tea.Cmd {
	m.rows, m.next, m.more = nil, 0, false
	return m.fetch()
}

// fetch asks for the page after the rows loaded.
func (m *quotesModel) fetch() tea.Cmd {
	m.gen++
	m.loading, m.err = true, nil
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(m.pc.ctx)
	m.cancel = cancel
	gen, f, from, store := m.gen, parseQuery(m.query), m.next, m.pc.store
	return func() tea.Msg {
		defer cancel()
		words, prefix := library.SearchQuery(f.Text)
		page := f
		page.Limit, page.Offset = quotesBatch, from
		if len(words) > 0 {
			// The store finds the articles holding the words; their
			// quotes that hold them are kept here, from one read.
			page.Limit = quotesScan
			if from == 0 {
				page.Limit = quotesFirstScan
			}
		}
		qs, err := store.Quotes(ctx, page)
		if err != nil {
			return quotesPageMsg{gen: gen, err: err}
		}
		out := qs
		if len(words) > 0 {
			out = nil
			for _, q := range qs {
				if quoteHolds(q.Text, words, prefix) {
					out = append(out, q)
				}
			}
		}
		return quotesPageMsg{gen: gen, rows: out, next: from + len(qs), more: len(qs) == page.Limit}
	}
}

// quoteHolds reports whether a quote's words hold every word of the query,
// folded, the last one as a prefix when prefix is set. The store's full-text
// search finds the articles that hold them; this keeps their quotes that do.
func quoteHolds(q string, words []string, prefix bool) bool {
	if len(words) == 0 {
		return true
	}
	have := library.SearchWords(text.Display(q))
	for i, w := range words {
		last := i == len(words)-1 && prefix
		if !slices.ContainsFunc(have, func(h string) bool { return h == w || last && strings.HasPrefix(h, w) }) {
			return false
		}
	}
	return true
}

func (m *quotesModel) setPage(msg quotesPageMsg) {
	if msg.gen != m.gen {
		return
	}
	m.loading = false
	if msg.err != nil {
		if !errors.Is(msg.err, context.Canceled) {
			m.err = msg.err
		}
		return
	}
	m.rows = append(m.rows, msg.rows...)
	m.next, m.more = msg.next, msg.more
	m.cursor = min(m.cursor, max(0, len(m.rows)-1))
}

const quoteRowHeight = 3

func (m *quotesModel) visible() int { return max(1, (m.height-2)/quoteRowHeight) }

// move shifts the cursor, and asks for more quotes when it nears the end of
// those loaded.
func (m *quotesModel) move(d int) tea.Cmd {
	if len(m.rows) == 0 {
		return nil
	}
	m.cursor = max(0, min(len(m.rows)-1, m.cursor+d))
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+m.visible() {
		m.top = m.cursor - m.visible() + 1
	}
	if m.more && !m.loading && m.cursor >= len(m.rows)-m.visible() {
		return m.fetch()
	}
	return nil
}

// typing reports the filter line has the keyboard.
func (m quotesModel) typing() bool { return m.editing }

func (m quotesModel) Update(msg tea.Msg) (quotesModel, tea.Cmd) {
	k := m.pc.keys
	msg2, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if w, ok := msg.(tea.MouseWheelMsg); ok {
			if w.Mouse().Button == tea.MouseWheelUp {
				return m, m.move(-1)
			}
			return m, m.move(1)
		}
		return m, nil
	}
	if m.editing {
		switch msg2.String() {
		case "enter":
			m.editing = false
			m.input.Blur()
			return m, nil
		case "esc":
			m.editing = false
			m.input.Blur()
			if m.query == "" {
				return m, nil
			}
			m.input.SetValue("")
			m.query, m.cursor, m.top = "", 0, 0
			return m, m.reload()
		}
		search, cmd := typeQuery(&m.input, &m.query, msg)
		if !search {
			return m, cmd
		}
		m.cursor, m.top = 0, 0
		return m, tea.Batch(cmd, m.reload())
	}
	switch {
	case key.Matches(msg2, k.Filter):
		m.editing = true
		m.input.SetValue(m.query)
		m.input.CursorEnd()
		return m, m.input.Focus()
	case key.Matches(msg2, k.Open):
		if m.cursor < len(m.rows) {
			q := m.rows[m.cursor]
			return m, func() tea.Msg { return openQuoteMsg{article: q.ArticleID, start: q.Start} }
		}
	default:
		if d, ok := k.step(msg2, m.visible()); ok {
			return m, m.move(d)
		}
	}
	return m, nil
}

// selected is the quote under the cursor, for y.
func (m quotesModel) selected() (library.Quote, bool) {
	if m.cursor < len(m.rows) {
		return m.rows[m.cursor], true
	}
	return library.Quote{}, false
}

// clearFilter drops the typed filter; reports whether there was one.
func (m *quotesModel) clearFilter() (tea.Cmd, bool) {
	if m.query == "" {
		return nil, false
	}
	m.input.SetValue("")
	m.query, m.cursor, m.top = "", 0, 0
	return m.reload(), true
}

// View draws the view in width×height: the filter line, the count, then
// three lines a quote (speaker and where, the words, kind and cue).
func (m quotesModel) View() string {
	t := m.pc.theme
	head := t.Dim.Render("/ to filter: speaker: source: outlet: lang: kind: since: words…")
	switch {
	case m.editing:
		m.input.SetWidth(max(4, m.width-4))
		head = m.input.View()
	case m.query != "":
		head = t.Accent.Render("/ " + m.query)
	}
	status := text.Plural(len(m.rows), "quote", "quotes")
	if m.more {
		status = fmt.Sprintf("%d+ quotes", len(m.rows))
	}
	if m.query != "" {
		status += " match"
		if len(m.rows) == 1 && !m.more {
			status += "es"
		}
	}
	if m.samples {
		status += " · from the sample articles"
	}
	status += " · enter opens it in its article · esc closes"
	switch {
	case m.err != nil:
		status = t.Error.Render("error: " + m.err.Error())
	case m.loading && len(m.rows) == 0:
		status = t.Dim.Render("loading quotes…")
	default:
		status = t.Dim.Render(status)
	}
	lines := []string{fit(head, m.width), fit(status, m.width)}
	if len(m.rows) == 0 && !m.loading && m.err == nil {
		lines = append(lines, t.Dim.Render(fit("no quotes match", m.width)))
	}
	colour := map[string]int{} // speakers coloured in the order they come
	for i := 0; i < m.top && i < len(m.rows); i++ {
		if _, ok := colour[m.rows[i].Speaker]; !ok && m.rows[i].Speaker != "" {
			colour[m.rows[i].Speaker] = len(colour)
		}
	}
	for i := m.top; i < len(m.rows) && i < m.top+m.visible(); i++ {
		q := m.rows[i]
		rank := -1
		if q.Speaker != "" {
			if _, ok := colour[q.Speaker]; !ok {
				colour[q.Speaker] = len(colour)
			}
			rank = colour[q.Speaker]
		}
		item := m.item(q, rank)
		for _, l := range item {
			l = fit(l, m.width)
			if i == m.cursor {
				l = t.Selected.Render(padRight(ansi.Strip(l), m.width))
			}
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// item is a quote's three lines: who, when and where; the words (in quote
// marks only when they are the speaker's own); kind, cue and the article.
func (m quotesModel) item(q library.Quote, rank int) []string {
	t := m.pc.theme
	who := oneLine(q.Speaker)
	if who == "" {
		who = "unattributed"
	}
	var where []string
	if !q.Published.IsZero() {
		where = append(where, q.Published.Format("2006-01-02"))
	}
	if o := oneLine(q.Outlet); o != "" {
		where = append(where, o)
	}
	head := t.SpeakerStyleAt(rank).Bold(true).Render(who)
	if len(where) > 0 {
		head += t.Dim.Render(" · " + strings.Join(where, " · "))
	}
	words := "  “" + quoteWords(q.Quote) + "”"
	if q.Kind == attrib.Indirect {
		words = "  ~ " + quoteWords(q.Quote)
	}
	return []string{head, words, t.Dim.Render("  " + quoteMeta(q.Quote, true) + " · " + oneLine(q.Title))}
}
