package tui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
)

// pageMsg is a window of list rows loaded from the store.
type pageMsg struct {
	gen    int
	offset int
	rows   []library.Summary
	total  int
	capped bool // there are more than total
	// counting: the rows are the first page of a new query, which has
	// more; the count follows in a countMsg.
	counting bool
	err      error
}

// countMsg is the count of query qgen's matches, counted after its first
// page was shown.
type countMsg struct {
	qgen   int
	total  int
	capped bool
	err    error
}

// listModel is the article list: a window of rows paged from the store,
// filtered by a query with qualifiers.
type listModel struct {
	pc       *programContext
	input    textinput.Model
	editing  bool
	query    string
	base     library.Filter // the speaker view's filter, combined with query
	order    library.Order
	gen      int // of the page asked for last
	qgen     int // of the query: a new filter or order
	counted  bool
	counting bool
	rows     []library.Summary
	offset   int // index of rows[0] in the whole result
	total    int
	cursor   int // absolute index
	top      int // first visible row
	loading  bool
	capped   bool
	cancel   context.CancelFunc
	uncount  context.CancelFunc // stops the count of the last query
	err      error
	width    int
	height   int
	openedID int64
}

func newList(pc *programContext) listModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = `speaker:"Ivan Konovalov" source:wsj lang:fr words…`
	return listModel{pc: pc, input: in}
}

func (m *listModel) filter() library.Filter {
	f := parseQuery(m.query)
	if m.base.Speaker != "" && f.Speaker == "" {
		f.Speaker = m.base.Speaker
	}
	f.Order = m.order
	return f
}

// applied is the filter the list shows the articles of, unsorted and
// unpaged, and how its filter line reads it ("" for the whole library):
// the stats view counts the same articles.
func (m *listModel) applied() (library.Filter, string) {
	f := m.filter()
	f.Order = library.ByDate
	label := strings.TrimSpace(m.query)
	if m.base.Speaker != "" && parseQuery(m.query).Speaker == "" {
		label = strings.TrimSpace(fmt.Sprintf("speaker:%q %s", m.base.Speaker, label))
	}
	if f == (library.Filter{}) {
		label = ""
	}
	return f, label
}

// cycleOrder sorts the list by the next order (S) from its first row.
func (m *listModel) cycleOrder() tea.Cmd {
	m.order = m.order.Next()
	m.cursor, m.top = 0, 0
	return m.reload()
}

// countCap bounds the match count: "1000+" is as useful as an exact count
// and much cheaper on a large library.
const countCap = 1000

// firstPage is how many rows a new query shows first: a keystroke's frame
// waits for them, and they fill a tall terminal's list twice over.
const firstPage = 60

// reload queries the list anew (a new filter or order): the page around
// the cursor, then the count.
func (m *listModel) reload() tea.Cmd {
	m.qgen++
	m.counted, m.counting = false, false
	if m.uncount != nil {
		m.uncount()
		m.uncount = nil
	}
	return m.fetch()
}

// fetch queries the page around the cursor. A query still running for an
// earlier keystroke is cancelled: typing fast must not queue up queries.
// The first page of a new query is read alone, never after a count of
// every match: the frame shows it, and the count comes later (countMsg).
func (m *listModel) fetch() tea.Cmd {
	m.gen++
	m.loading = true
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(m.pc.ctx)
	m.cancel = cancel
	gen, f, pc := m.gen, m.filter(), m.pc
	off := max(0, m.cursor-pageSize/2)
	counted, total := m.counted, m.total
	if counted {
		off = min(off, max(0, total-1))
	}
	return func() tea.Msg {
		defer cancel()
		if counted || off == 0 {
			lf := f
			lf.Offset, lf.Limit = off, pageSize
			if !counted {
				lf.Limit = firstPage + 1 // one more tells there are more
			}
			rows, err := pc.store.List(ctx, lf)
			msg := pageMsg{gen: gen, offset: off, rows: rows, total: total, err: err}
			if !counted && err == nil {
				msg.total = len(rows)
				if len(rows) > firstPage {
					msg.rows, msg.counting = rows[:firstPage], true
				}
			}
			return msg
		}
		// A new query with the cursor far down (a row removed): its page
		// depends on the count.
		cf := f
		cf.Limit = max(countCap, off+pageSize) + 1
		total, err := pc.store.Count(ctx, cf)
		if err != nil {
			return pageMsg{gen: gen, err: err}
		}
		f.Limit, f.Offset = pageSize, min(off, max(0, total-1))
		rows, err := pc.store.List(ctx, f)
		return pageMsg{gen: gen, offset: f.Offset, rows: rows, total: total, capped: total >= cf.Limit, err: err}
	}
}

// countDelay is how long the count of a new query waits before it starts:
// while a word is being typed, each keystroke's query is replaced by the
// next one before then, and its count, which would compete with the next
// page for the processor, is never made. The page is shown at once.
const countDelay = 150 * time.Millisecond

// count counts the matches of the current query, up to countCap, in the
// background; a newer query cancels it.
func (m *listModel) count() tea.Cmd {
	ctx, cancel := context.WithCancel(m.pc.ctx)
	m.uncount = cancel
	qgen, f, store := m.qgen, m.filter(), m.pc.store
	return func() tea.Msg {
		defer cancel()
		select {
		case <-ctx.Done():
			return countMsg{qgen: qgen, err: ctx.Err()}
		case <-time.After(countDelay):
		}
		f.Limit = countCap + 1
		n, err := store.Count(ctx, f)
		return countMsg{qgen: qgen, total: n, capped: n >= f.Limit, err: err}
	}
}

// setPage shows a page the store sent; it reports whether it was the
// latest asked for, and returns the count to run after a new query's first
// page.
func (m *listModel) setPage(msg pageMsg) (bool, tea.Cmd) {
	if msg.gen != m.gen {
		return false, nil // a newer query is on its way
	}
	m.loading, m.err = false, msg.err
	if msg.err != nil {
		if errors.Is(msg.err, context.Canceled) {
			m.err = nil
		}
		return false, nil
	}
	m.rows, m.offset, m.total, m.capped = msg.rows, msg.offset, msg.total, msg.capped
	var cmd tea.Cmd
	if !m.counted {
		m.counted = !msg.counting
		if msg.counting && !m.counting {
			// Until the count comes: one row more than those shown, so
			// that the cursor can go on down to it (a "+" says so).
			m.total, m.capped, m.counting = len(msg.rows)+1, true, true
			cmd = m.count()
		} else if msg.counting {
			m.total, m.capped = len(msg.rows)+1, true
		}
	}
	m.cursor = min(m.cursor, max(0, m.total-1))
	return true, cmd
}

// setCount shows the count of the current query, and fetches the rows the
// cursor went down to meanwhile; an older query's count is dropped.
func (m *listModel) setCount(msg countMsg) tea.Cmd {
	if msg.qgen != m.qgen || !m.counting {
		return nil
	}
	m.counting = false
	if msg.err != nil {
		if !errors.Is(msg.err, context.Canceled) {
			m.err = msg.err
		}
		return nil
	}
	m.counted, m.total, m.capped = true, msg.total, msg.capped
	return m.move(0)
}

// clearFilter drops the typed query and the speaker filter; the caller
// reloads.
func (m *listModel) clearFilter() {
	m.query, m.base = "", library.Filter{}
	m.input.SetValue("")
	m.cursor, m.top = 0, 0
}

// samplesOnly reports a library of the bundled samples alone: they are
// removed once the user ingests an article (ingest.Samples).
func (m *listModel) samplesOnly() bool { return len(m.rows) > 0 && m.rows[0].IsSample() }

// selected is the row under the cursor, if loaded.
func (m *listModel) selected() (library.Summary, bool) {
	i := m.cursor - m.offset
	if i < 0 || i >= len(m.rows) {
		return library.Summary{}, false
	}
	return m.rows[i], true
}

const rowHeight = 2

func (m *listModel) visibleRows() int { return max(1, (m.height-1)/rowHeight) }

// move shifts the cursor and fetches a new page when it leaves the window.
func (m *listModel) move(delta int) tea.Cmd {
	if m.total == 0 {
		return nil
	}
	m.cursor = max(0, min(m.total-1, m.cursor+delta))
	vis := m.visibleRows()
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+vis {
		m.top = m.cursor - vis + 1
	}
	if m.cursor < m.offset || m.cursor >= m.offset+len(m.rows) || m.top+vis > m.offset+len(m.rows) && m.offset+len(m.rows) < m.total {
		if m.counting {
			return nil // the rows past the first page come with the count
		}
		return m.fetch()
	}
	return nil
}

func (m listModel) Update(msg tea.Msg) (listModel, tea.Cmd) {
	k := m.pc.keys
	if m.editing {
		if msg, ok := msg.(tea.KeyPressMsg); ok {
			switch msg.String() {
			case "enter":
				m.editing = false
				m.input.Blur()
				if partialWord(m.query) {
					m.cursor, m.top = 0, 0
					return m, m.reload()
				}
				return m, nil
			case "esc":
				m.editing = false
				m.input.Blur()
				m.input.SetValue("")
				m.query = ""
				m.cursor, m.top = 0, 0
				return m, m.reload()
			}
		}
		search, cmd := typeQuery(&m.input, &m.query, msg)
		if !search {
			return m, cmd
		}
		m.cursor, m.top = 0, 0
		return m, tea.Batch(cmd, m.reload())
	}
	msg2, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(msg2, k.Filter):
		m.editing = true
		m.input.SetValue(m.query)
		m.input.CursorEnd()
		return m, m.input.Focus()
	default:
		if d, ok := k.step(msg2, m.visibleRows()); ok {
			return m, m.move(d)
		}
	}
	return m, nil
}

// View draws the list in width×height, the filter line first.
func (m listModel) View(focused bool) string {
	t := m.pc.theme
	var b strings.Builder
	head := ""
	switch {
	case m.editing:
		m.input.SetWidth(max(4, m.width-4))
		head = m.input.View()
	case m.query != "" || m.base.Speaker != "":
		q := m.query
		if m.base.Speaker != "" {
			q = strings.TrimSpace(fmt.Sprintf("speaker:%q %s", m.base.Speaker, q))
		}
		head = t.Accent.Render("/ " + q)
	case m.samplesOnly():
		// The library holds the bundled samples alone (ingest.Samples).
		head = t.Dim.Render("/ to filter · samples")
	default:
		head = t.Dim.Render("/ to filter")
	}
	b.WriteString(fit(head, m.width))
	lines := 1
	if m.err != nil {
		b.WriteString("\n" + fit(t.Error.Render("error: "+m.err.Error()), m.width))
		lines++
	}
	if m.total == 0 && !m.loading && m.err == nil {
		b.WriteString("\n" + fit(t.Dim.Render("no articles match"), m.width))
		lines++
	}
	for i := m.top; i < m.top+m.visibleRows() && i < m.total; i++ {
		j := i - m.offset
		if j < 0 || j >= len(m.rows) {
			b.WriteString("\n" + fit(t.Dim.Render("…"), m.width) + "\n")
			lines += 2
			continue
		}
		r := m.rows[j]
		title := fit(" "+oneLine(r.Title), m.width)
		sub := fit(" "+rowMeta(r, m.width-1), m.width)
		if i == m.cursor {
			style := t.Selected
			if !focused {
				style = style.Bold(false)
			}
			title = style.Render(padRight(title, m.width))
			sub = style.Render(padRight(t.Dim.Render(sub), m.width))
		} else {
			if r.ID == m.openedID {
				title = t.Accent.Render(title)
			} else {
				title = t.Title.Render(title)
			}
			sub = t.Dim.Render(sub)
		}
		b.WriteString("\n" + title + "\n" + sub)
		lines += 2
	}
	_ = lines
	return b.String()
}

// rowMeta is the line under a title: date, outlet, language, quote count,
// then speakers. The outlet gives way first: a long name is cut so that
// the date, language and count always show.
func rowMeta(r library.Summary, width int) string {
	const sep = " · "
	var fixed []string
	for _, s := range []string{strings.ToUpper(r.Lang), r.QuoteCount() + " " + quoteNoun(r)} {
		if s != "" {
			fixed = append(fixed, s)
		}
	}
	var meta []string
	if d := dateOf(r); d != "" {
		meta = append(meta, d)
	}
	if o := oneLine(r.Outlet); o != "" {
		used := ansi.StringWidth(strings.Join(append(slices.Clone(meta), fixed...), sep)) + ansi.StringWidth(sep)
		if room := width - used; room >= 8 { // "Le Cou…" still names it; "Le …" does not
			meta = append(meta, fit(o, room))
		}
	}
	meta = append(meta, fixed...)
	line := strings.Join(meta, sep)
	// A sample says so where it fits; the list's head says it for all.
	if r.IsSample() && ansi.StringWidth(line+sep+"sample") <= width {
		line += sep + "sample"
	}
	if len(r.Speakers) > 0 {
		if room := width - ansi.StringWidth(line+sep); room >= 4 {
			line += sep + fit(strings.Join(first(r.Speakers, 2), ", "), room)
		}
	}
	return line
}

// typeQuery hands msg to a view's filter input and keeps query in step
// with it. It reports whether the query changed to one worth searching
// for: one letter of a word filters nothing useful and costs a scan of the
// library, so the view waits for the next keystroke.
func typeQuery(in *textinput.Model, query *string, msg tea.Msg) (bool, tea.Cmd) {
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	v := in.Value()
	if v == *query {
		return false, cmd
	}
	*query = v
	return !partialWord(v), cmd
}

// partialWord reports a query whose last word is still a single letter
// ("konov m", "speaker:m"): the list waits for more before it searches.
func partialWord(q string) bool {
	words := splitQuery(q)
	if len(words) == 0 || strings.HasSuffix(q, " ") {
		return false
	}
	last := words[len(words)-1]
	if _, v, ok := strings.Cut(last, ":"); ok {
		last = v
	}
	return utf8.RuneCountInString(last) == 1
}

func dateOf(r library.Summary) string {
	if r.Published.IsZero() {
		return ""
	}
	return r.Published.Format("2006-01-02")
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// fit cuts a styled line to width cells.
func fit(s string, width int) string { return ansi.Truncate(s, max(width, 0), "…") }

func padRight(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// quoteNoun agrees with the count before it: "1 quote", "3+5 quotes".
func quoteNoun(r library.Summary) string {
	if r.Quotes+r.Reported == 1 {
		return "quote"
	}
	return "quotes"
}
