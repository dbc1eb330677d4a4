package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/dixit-news/dixit/internal/text"
)

// entryMsg is an article loaded from the store.
type entryMsg struct {
	id    int64
	entry *library.Entry
	err   error
}

// docMsg is an article rendered by glamour, off the update loop.
type docMsg struct {
	key string
	id  int64
	doc *render.Doc
	err error
}

// flashDoneMsg ends the highlight of a quote jumped to.
type flashDoneMsg struct{ seq int }

// readerModel shows one rendered article with its quotes highlighted.
type readerModel struct {
	pc       *programContext
	entry    *library.Entry
	doc      *render.Doc
	docKey   string
	err      error
	offset   int
	width    int
	height   int
	search   textinput.Model
	editing  bool
	query    string
	matches  []int // line indexes
	match    int
	flashQ   int // quote index highlighted, -1 none
	flashSeq int
}

func newReader(pc *programContext) readerModel {
	in := textinput.New()
	in.Prompt = "search: "
	return readerModel{pc: pc, search: in, flashQ: -1}
}

// load fetches article id from the store.
func (m *readerModel) load(id int64) tea.Cmd {
	pc := m.pc
	return func() tea.Msg {
		e, err := pc.store.Get(pc.ctx, id)
		return entryMsg{id: id, entry: e, err: err}
	}
}

// render renders the open article at the reader's width, from the cache
// when it can, else in a command.
func (m *readerModel) render() tea.Cmd {
	if m.entry == nil || m.width < 10 {
		return nil
	}
	theme := m.pc.theme
	key := render.DocKey(m.entry, m.textWidth(), theme.Dark, theme.NoColor)
	if key == m.docKey && m.doc != nil {
		return nil
	}
	m.docKey = key
	if d, ok := m.pc.renderer.Cached(key); ok {
		m.doc = d
		m.clampOffset()
		return nil
	}
	e, width, st, r := m.entry, m.textWidth(), theme.RenderStyles(m.entry.Result), m.pc.renderer
	return func() tea.Msg {
		d, err := r.Render(e, width, st)
		return docMsg{key: key, id: e.Article.ID, doc: d, err: err}
	}
}

func (m *readerModel) textWidth() int { return max(10, m.width) }

func (m *readerModel) bodyHeight() int {
	h := m.height - 1 // the position line
	if m.entry != nil {
		h-- // the header
	}
	if m.editing || m.query != "" {
		h--
	}
	return max(1, h)
}

func (m *readerModel) clampOffset() {
	if m.doc == nil {
		m.offset = 0
		return
	}
	m.offset = max(0, min(m.offset, len(m.doc.Lines)-m.bodyHeight()))
}

func (m *readerModel) scroll(d int) {
	m.offset += d
	m.clampOffset()
}

// jumpToQuote scrolls quote i into view and flashes it.
func (m *readerModel) jumpToQuote(i int) tea.Cmd {
	if m.doc == nil || i < 0 || i >= len(m.doc.QuoteLine) || m.doc.QuoteLine[i] < 0 {
		return nil
	}
	m.offset = max(0, m.doc.QuoteLine[i]-m.bodyHeight()/3)
	m.clampOffset()
	m.flashQ = i
	m.flashSeq++
	seq := m.flashSeq
	return tea.Tick(900*time.Millisecond, func(time.Time) tea.Msg { return flashDoneMsg{seq: seq} })
}

func (m *readerModel) findMatches() {
	m.matches, m.match = nil, 0
	if m.doc == nil || m.query == "" {
		return
	}
	q := strings.ToLower(m.query)
	for i, l := range m.doc.Lines {
		if strings.Contains(strings.ToLower(ansi.Strip(l)), q) {
			m.matches = append(m.matches, i)
		}
	}
	m.showMatch()
}

func (m *readerModel) showMatch() {
	if len(m.matches) == 0 {
		return
	}
	m.offset = max(0, m.matches[m.match]-m.bodyHeight()/3)
	m.clampOffset()
}

func (m readerModel) Update(msg tea.Msg) (readerModel, tea.Cmd) {
	k := m.pc.keys
	if m.editing {
		if msg, ok := msg.(tea.KeyPressMsg); ok {
			switch msg.String() {
			case "enter":
				m.editing = false
				m.search.Blur()
				m.query = m.search.Value()
				m.findMatches()
				m.clampOffset()
				return m, nil
			case "esc":
				m.editing = false
				m.search.Blur()
				m.clampOffset()
				return m, nil
			}
		}
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			m.scroll(-3)
		case tea.MouseWheelDown:
			m.scroll(3)
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Search):
			m.editing = true
			m.search.SetValue(m.query)
			m.search.CursorEnd()
			m.clampOffset()
			return m, m.search.Focus()
		case key.Matches(msg, k.Back) && m.query != "":
			m.query, m.matches = "", nil
			m.clampOffset() // the search line gave its row back
		case key.Matches(msg, k.Next) && len(m.matches) > 0:
			m.match = (m.match + 1) % len(m.matches)
			m.showMatch()
		case key.Matches(msg, k.Prev) && len(m.matches) > 0:
			m.match = (m.match - 1 + len(m.matches)) % len(m.matches)
			m.showMatch()
		case key.Matches(msg, k.Down):
			m.scroll(1)
		case key.Matches(msg, k.Up):
			m.scroll(-1)
		case key.Matches(msg, k.PageDown):
			m.scroll(m.bodyHeight() - 1)
		case key.Matches(msg, k.PageUp):
			m.scroll(-m.bodyHeight() + 1)
		case key.Matches(msg, k.Top):
			m.offset = 0
		case key.Matches(msg, k.Bottom):
			m.scroll(1 << 30)
		}
	}
	return m, nil
}

// percent is how far the reader has scrolled.
func (m readerModel) percent() int {
	if m.doc == nil || len(m.doc.Lines) <= m.bodyHeight() {
		return 100
	}
	return min(100, m.offset*100/(len(m.doc.Lines)-m.bodyHeight()))
}

func (m readerModel) View() string {
	t := m.pc.theme
	var lines []string
	if m.entry != nil {
		lines = append(lines, t.Dim.Render(fit(m.header(), m.width)))
	}
	switch {
	case m.err != nil:
		lines = append(lines, t.Error.Render(fit("error: "+m.err.Error(), m.width)))
	case m.entry == nil:
		lines = append(lines, t.Dim.Render(fit("Select an article and press enter.", m.width)))
	case m.doc == nil:
		lines = append(lines, t.Dim.Render(fit("Rendering…", m.width)))
	default:
		end := min(len(m.doc.Lines), m.offset+m.bodyHeight())
		// The quote jumped to flashes on every line it covers.
		flashFrom, flashTo := -1, -1
		if m.flashQ >= 0 && m.flashQ < len(m.doc.QuoteLine) {
			flashFrom, flashTo = m.doc.QuoteLine[m.flashQ], m.doc.QuoteLine[m.flashQ]
			if m.flashQ < len(m.doc.QuoteEnd) {
				flashTo = max(flashTo, m.doc.QuoteEnd[m.flashQ])
			}
		}
		match := -1
		if len(m.matches) > 0 {
			match = m.matches[m.match]
		}
		for i := m.offset; i < end; i++ {
			l := m.doc.Lines[i]
			switch {
			case i >= flashFrom && i <= flashTo:
				l = t.Selected.Render(padRight(ansi.Strip(l), m.width))
			case i == match:
				l = highlight(l, m.query, t.Accent.Reverse(true))
			}
			lines = append(lines, fit(l, m.width))
		}
	}
	for len(lines) < m.bodyHeight() {
		lines = append(lines, "")
	}
	if m.editing {
		m.search.SetWidth(max(4, m.width-10))
		lines = append(lines, fit(m.search.View(), m.width))
	} else if m.query != "" {
		info := fmt.Sprintf("%q: no match", m.query)
		if len(m.matches) > 0 {
			info = fmt.Sprintf("%q: match %d/%d (n/N)", m.query, m.match+1, len(m.matches))
		}
		lines = append(lines, t.Accent.Render(fit(info, m.width)))
	}
	pos := ""
	if m.doc != nil {
		pos = fmt.Sprintf("%d%%", m.percent())
	}
	// A bundled sample says so on the position line, left of the position.
	label := ""
	if m.entry != nil && library.IsSample(m.entry.Article.Path) {
		label = fit("sample article · fictional", max(0, m.width-len(pos)-1))
	}
	lines = append(lines, t.Dim.Render(fit(label+strings.Repeat(" ", max(0, m.width-len(pos)-ansi.StringWidth(label)))+pos, m.width)))
	return strings.Join(lines, "\n")
}

// header is the line above the article, where it stays while the article
// scrolls: where it comes from (outlet, date) and the address o opens, or
// the file it was read from.
func (m readerModel) header() string {
	a := &m.entry.Article
	var parts []string
	if o := text.Line(a.Outlet); o != "" {
		parts = append(parts, o)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2006-01-02"))
	}
	switch {
	case a.URL != "":
		parts = append(parts, text.Line(a.URL))
	case a.Path != "":
		parts = append(parts, text.Line(a.Path))
	}
	return strings.Join(parts, " · ")
}

// highlight marks each occurrence of q in the styled line l (any case),
// leaving the rest of the line as it was drawn.
func highlight(l, q string, st lipgloss.Style) string {
	plain := ansi.Strip(l)
	lower, lq := strings.ToLower(plain), strings.ToLower(q)
	if lq == "" || len(lower) != len(plain) {
		// Lower-casing changed the byte length: positions in lower are
		// not positions in plain; mark the whole line.
		return st.Render(plain)
	}
	var b strings.Builder
	col := 0 // cells of l written
	for from := 0; ; {
		i := strings.Index(lower[from:], lq)
		if i < 0 {
			break
		}
		start := col + ansi.StringWidth(plain[from:from+i])
		end := start + ansi.StringWidth(plain[from+i:from+i+len(lq)])
		b.WriteString(ansi.Cut(l, col, start))
		b.WriteString("\x1b[0m" + st.Render(plain[from+i:from+i+len(lq)]))
		col, from = end, from+i+len(lq)
	}
	if col == 0 {
		return l
	}
	// ansi.Cut keeps the escape sequences before its cut: each piece
	// resumes with the styles in force there.
	return b.String() + ansi.Cut(l, col, ansi.StringWidth(l))
}
