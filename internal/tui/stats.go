package tui

import (
	"context"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
	"github.com/dixit-news/dixit/internal/text"
)

// statsMsg is who is quoted in the articles the list's filter matches.
type statsMsg struct {
	gen   int // the open it answers: an older one's count is dropped
	stats library.Stats
	err   error
}

// statsTop is how many speakers the chart of quotes by speaker shows.
const statsTop = 12

// statsModel is the "who is quoted" view (W): bar charts of quotes by
// speaker, outlet and month and of speakers by the gender their given names
// tell, over the articles the list shows: the whole library, or those its
// filter matches, which the heading names. It scrolls when it does not fit.
type statsModel struct {
	pc      *programContext
	st      *library.Stats
	loading bool
	err     error
	offset  int
	width   int
	height  int
	samples bool   // the library holds the bundled samples alone
	filter  string // the list's filter as typed, "" for the whole library
	gen     int    // opens so far: a filter's count can take seconds
	cancel  context.CancelFunc
	// cache is lines() for the width and theme it was drawn for: a
	// keystroke that scrolls the charts does not draw them again.
	cache  []string
	cacheW int
	cacheT *Theme
}

// setSize sizes the view and draws its charts for the new width.
func (m *statsModel) setSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

// layout draws the charts into the cache when it is not for this width
// and theme.
func (m *statsModel) layout() {
	if m.cache == nil || m.cacheW != m.width || m.cacheT != m.pc.theme {
		m.cache, m.cacheW, m.cacheT = m.lines(), m.width, m.pc.theme
	}
}

// drawn is lines(), from the cache when it holds them.
func (m statsModel) drawn() []string {
	if m.cache != nil && m.cacheW == m.width && m.cacheT == m.pc.theme {
		return m.cache
	}
	return m.lines()
}

// open counts who is quoted in the articles f matches; label is f as the
// list's filter line reads it, "" when f is the whole library.
func (m *statsModel) open(samples bool, f library.Filter, label string) tea.Cmd {
	m.loading, m.err, m.offset, m.samples, m.cache = true, nil, 0, samples, nil
	m.filter, m.st = text.Line(label), nil
	// A count still running for an earlier open (another filter, on a
	// large library) is stopped, and its answer would be dropped.
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(m.pc.ctx)
	m.gen++
	m.cancel = cancel
	gen, pc := m.gen, m.pc
	return func() tea.Msg {
		defer cancel()
		st, err := library.GatherStats(ctx, pc.store, f, statsTop)
		return statsMsg{gen: gen, stats: st, err: err}
	}
}

func (m *statsModel) set(msg statsMsg) {
	if msg.gen != m.gen {
		return
	}
	m.loading, m.err = false, msg.err
	if msg.err == nil {
		m.st = &msg.stats
	}
	m.cache = nil
	m.layout()
}

// lines is the view's text: two columns of charts when they fit side by
// side, else one.
func (m statsModel) lines() []string {
	t := m.pc.theme
	if m.err != nil {
		return []string{t.Error.Render(fit("error: "+m.err.Error(), m.width))}
	}
	if m.st == nil {
		return []string{t.Dim.Render(fit("counting who is quoted…", m.width))}
	}
	sty := render.StatsStyle{
		Heading: func(s string) string { return t.Title.Render(s) },
		Dim:     func(s string) string { return t.Dim.Render(s) },
		Bar: func(section string, i int, s string) string {
			if section == "speaker" {
				return t.SpeakerStyleAt(i).Render(s)
			}
			return t.Accent.Render(s)
		},
	}
	const gap = 4
	colW := (m.width - gap) / 2
	if m.width < 110 {
		colW = m.width
	}
	secs := render.StatsSections(*m.st, colW, sty)
	if m.filter != "" {
		// The heading says the charts are the filter's, not the library's.
		head := "Who is quoted"
		secs[0][0] = fit(t.Title.Render(head)+t.Accent.Render(" · filtered: "+m.filter), colW)
	}
	if m.samples {
		secs[0] = append(secs[0], t.Dim.Render(fit("in the sample articles, all fictional: your first ingest removes them", colW)))
	}
	if m.width < 110 {
		return stack(secs)
	}
	left, right := stack(secs[:3]), stack(secs[3:])
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = padRight(l, colW+gap) + r
	}
	return out
}

// stack puts sections one under the other, a blank line between them.
func stack(secs [][]string) []string {
	var out []string
	for i, s := range secs {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, s...)
	}
	return out
}

func (m *statsModel) scroll(d int) {
	m.offset = max(0, min(m.offset+d, len(m.drawn())-m.height+1))
}

func (m statsModel) Update(msg tea.Msg) (statsModel, tea.Cmd) {
	k := m.pc.keys
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		if msg.Mouse().Button == tea.MouseWheelUp {
			m.scroll(-3)
		} else {
			m.scroll(3)
		}
	case tea.KeyPressMsg:
		if d, ok := k.step(msg, m.height-2); ok {
			m.scroll(d)
		}
	}
	return m, nil
}

// View draws the charts in width×height; the last line says where the view
// is when it scrolls.
func (m statsModel) View() string {
	lines := slices.Clone(m.drawn())
	if len(lines) <= m.height {
		return strings.Join(lines, "\n")
	}
	top := max(0, min(m.offset, len(lines)-m.height+1))
	shown := lines[top : top+m.height-1]
	more := m.pc.theme.Accent.Render(fit("↑↓ more charts", m.width))
	if top+len(shown) >= len(lines) {
		more = m.pc.theme.Dim.Render(fit("↑ the charts above", m.width))
	}
	for i, l := range shown {
		shown[i] = ansi.Truncate(l, m.width, "…")
	}
	return strings.Join(append(shown, more), "\n")
}
