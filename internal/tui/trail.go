package tui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
	"github.com/dixit-news/dixit/internal/trail"
)

// trailMsg is a quote's trail, loaded.
type trailMsg struct {
	gen   int
	trail library.Trail
	err   error
}

// trailModel is the trail view (t on a quote): every stored occurrence of
// the quote, earliest first, each with where and when it ran, whom it was
// credited to there, its kind, what it changed, and its words against the
// earliest version, dropped words struck through in red between [- -] and
// added ones in green between {+ +}, so that the change shows without
// colour too.
type trailModel struct {
	pc      *programContext
	quote   string // the words looked up
	from    overlay
	tr      library.Trail
	loading bool
	err     error
	gen     int
	cancel  context.CancelFunc
	cursor  int
	top     int
	width   int
	height  int
}

// open looks up the trail of quote, opened from the view from (to which
// esc goes back).
func (m *trailModel) open(quote string, from overlay) tea.Cmd {
	m.quote, m.from = quote, from
	m.tr, m.err, m.cursor, m.top = library.Trail{}, nil, 0, 0
	m.gen++
	m.loading = true
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(m.pc.ctx)
	m.cancel = cancel
	gen, store := m.gen, m.pc.store
	return func() tea.Msg {
		defer cancel()
		tr, err := library.FindTrail(ctx, store, quote, 0)
		return trailMsg{gen: gen, trail: tr, err: err}
	}
}

func (m *trailModel) set(msg trailMsg) {
	if msg.gen != m.gen {
		return
	}
	m.loading = false
	if msg.err != nil && !errors.Is(msg.err, context.Canceled) {
		m.err = msg.err
	}
	m.tr = msg.trail
}

// trailRow is the lines of one occurrence: where, the words (two lines),
// and what it changed.
const trailRow = 4

func (m *trailModel) visible() int { return max(1, (m.height-3)/trailRow) }

func (m *trailModel) move(d int) {
	n := len(m.tr.Occurrences)
	if n == 0 {
		return
	}
	m.cursor = max(0, min(n-1, m.cursor+d))
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+m.visible() {
		m.top = m.cursor - m.visible() + 1
	}
}

func (m trailModel) Update(msg tea.Msg) (trailModel, tea.Cmd) {
	k := m.pc.keys
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		if msg.Mouse().Button == tea.MouseWheelUp {
			m.move(-1)
		} else {
			m.move(1)
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Open):
			if o, ok := m.selected(); ok {
				return m, func() tea.Msg { return openQuoteMsg{article: o.ArticleID, start: o.Start} }
			}
		default:
			if d, ok := k.step(msg, m.visible()); ok {
				m.move(d)
			}
		}
	}
	return m, nil
}

func (m trailModel) selected() (library.Occurrence, bool) {
	if m.cursor < len(m.tr.Occurrences) {
		return m.tr.Occurrences[m.cursor], true
	}
	return library.Occurrence{}, false
}

// View draws the view in width×height: the quote looked up, a summary,
// then each occurrence.
func (m trailModel) View() string {
	t := m.pc.theme
	lines := []string{fit(t.Title.Render("Trail of “"+oneLine(text.Display(m.quote))+"”"), m.width)}
	var status string
	switch {
	case m.err != nil:
		status = t.Error.Render("error: " + oneLine(m.err.Error()))
	case m.loading:
		status = t.Dim.Render("finding the quote's trail…")
	default:
		status = text.Plural(m.tr.Total, "occurrence", "occurrences") + " · " + text.Plural(m.tr.Variants, "wording", "wordings")
		if n := altered(m.tr); n > 0 {
			status += " · " + t.Error.Render(text.Plural(n, "altered", "altered"))
		}
		if n := m.tr.Total - len(m.tr.Occurrences); n > 0 {
			status += fmt.Sprintf(" · the earliest %d shown", len(m.tr.Occurrences))
		}
		status = t.Dim.Render(status + " · earliest first · enter opens the article · esc closes")
	}
	lines = append(lines, fit(status, m.width), "")
	for i := m.top; i < len(m.tr.Occurrences) && i < m.top+m.visible(); i++ {
		for _, l := range m.item(m.tr.Occurrences[i], i == 0) {
			l = fit(l, m.width)
			if i == m.cursor {
				l = t.Selected.Render(padRight(ansi.Strip(l), m.width))
			}
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// altered counts the occurrences that change the earliest's words or
// speaker.
func altered(tr library.Trail) int {
	n := 0
	for _, o := range tr.Occurrences {
		if o.Altered() {
			n++
		}
	}
	return n
}

// item is one occurrence's lines.
func (m trailModel) item(o library.Occurrence, first bool) []string {
	t := m.pc.theme
	var where []string
	if o.Published.IsZero() {
		where = append(where, "undated")
	} else {
		where = append(where, o.Published.UTC().Format("2006-01-02 15:04"))
	}
	if s := oneLine(o.Outlet); s != "" {
		where = append(where, s)
	}
	who := oneLine(o.CreditedName())
	if who == "" {
		who = "unattributed"
	}
	kind := "direct"
	if o.Kind == attrib.Indirect {
		kind = "reported"
	}
	head := t.Title.Render(strings.Join(where, " · ")) + t.Dim.Render(" · ") + who + t.Dim.Render(" · "+kind)
	finding := export.Findings(o)
	switch {
	case first:
		finding = t.Dim.Render("earliest")
	case finding == "":
		finding = t.Dim.Render("same words")
	default:
		finding = t.Error.Render(finding)
	}
	words := m.diffLines(o.Diff, max(1, m.width-2), 2)
	return []string{head, "  " + words[0], "  " + words[1], "  " + finding + t.Dim.Render(" · "+o.Ref.String()+" · "+oneLine(o.Title))}
}

// diffLines lays the diff's words out on n lines of width, the last one
// cut with "…" when they do not fit.
func (m trailModel) diffLines(d trail.Diff, width, n int) []string {
	t := m.pc.theme
	var words []string
	for _, p := range d.Pieces {
		ws := strings.Fields(oneLine(text.Display(p.Text)))
		for i, w := range ws {
			switch p.Op {
			case trail.Added:
				w = t.Added.Render(markRun(w, i, len(ws), "{+", "+}"))
			case trail.Dropped:
				w = t.Dropped.Render(markRun(w, i, len(ws), "[-", "-]"))
			}
			words = append(words, w)
		}
	}
	out := make([]string, n)
	line := 0
	for i, w := range words {
		cur := out[line]
		if cur != "" && ansi.StringWidth(cur)+1+ansi.StringWidth(w) > width {
			if line == n-1 {
				out[line] = fit(cur+" "+strings.Join(words[i:], " "), width)
				break
			}
			line++
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		out[line] = cur + w
	}
	return out
}

// markRun puts open before the first word of a run and close after its
// last.
func markRun(w string, i, n int, open, close string) string {
	if i == 0 {
		w = open + w
	}
	if i == n-1 {
		w += close
	}
	return w
}
