package tui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// speakersMsg is every speaker in the library.
type speakersMsg struct {
	stats []library.SpeakerStat
	err   error
}

// chooseSpeakerMsg filters the library by a speaker.
type chooseSpeakerMsg struct{ name string }

// speakersModel is the library-wide speaker view: every speaker with their
// quote and article counts, filtered fuzzily as you type.
type speakersModel struct {
	pc      *programContext
	input   textinput.Model
	all     []library.SpeakerStat
	folded  []string
	shown   []int
	cursor  int
	top     int
	loading bool
	err     error
	width   int
	height  int
	// mergeFrom is the speaker ctrl+g chose to merge, until the second
	// ctrl+g; undo the merges ctrl+z undoes, last first (speakermerge.go).
	mergeFrom string
	undo      []mergeStep
	note      string // what the last merge key did
}

func newSpeakers(pc *programContext) speakersModel {
	in := textinput.New()
	in.Prompt = "speaker: "
	in.Placeholder = "type to filter"
	return speakersModel{pc: pc, input: in}
}

func (m *speakersModel) open() tea.Cmd {
	m.input.SetValue("")
	m.mergeFrom, m.note = "", ""
	return tea.Batch(m.input.Focus(), m.reload())
}

// reload reads the speakers again, keeping what is typed.
func (m *speakersModel) reload() tea.Cmd {
	m.loading = true
	pc := m.pc
	return func() tea.Msg {
		st, err := pc.store.Speakers(pc.ctx, library.Filter{})
		return speakersMsg{stats: st, err: err}
	}
}

func (m *speakersModel) set(msg speakersMsg) {
	m.loading, m.err, m.all = false, msg.err, msg.stats
	m.folded = make([]string, len(m.all))
	for i, s := range m.all {
		m.folded[i] = text.Fold(s.Name)
	}
	cursor := m.cursor
	m.refilter()
	// Reloaded after a merge: the cursor stays about where it was.
	m.cursor = min(cursor, max(0, len(m.shown)-1))
	if m.cursor >= m.top+m.visible() {
		m.top = m.cursor - m.visible() + 1
	}
}

// refilter keeps the speakers whose folded name holds the typed letters in
// order (a subsequence match), the closest matches first.
func (m *speakersModel) refilter() {
	q := text.Fold(strings.TrimSpace(m.input.Value()))
	m.shown = m.shown[:0]
	type scored struct{ i, score int }
	var hits []scored
	for i, f := range m.folded {
		if s, ok := fuzzyScore(f, q); ok {
			hits = append(hits, scored{i, s})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score < hits[b].score })
	for _, h := range hits {
		m.shown = append(m.shown, h.i)
	}
	m.cursor, m.top = 0, 0
}

// fuzzyScore matches q as a subsequence of s; lower is better: a substring
// scores by its position, a scattered match after every substring.
func fuzzyScore(s, q string) (int, bool) {
	if q == "" {
		return 0, true
	}
	if i := strings.Index(s, q); i >= 0 {
		return i, true
	}
	j := 0
	qr := []rune(q)
	gaps := 0
	for _, r := range s {
		if j < len(qr) && r == qr[j] {
			j++
		} else if j > 0 {
			gaps++
		}
	}
	return 1000 + gaps, j == len(qr)
}

func (m *speakersModel) visible() int { return max(1, m.height-3) }

func (m speakersModel) Update(msg tea.Msg) (speakersModel, tea.Cmd) {
	k := m.pc.keys
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		if cmd, ok := m.mergeKey(msg); ok {
			return m, cmd
		}
		switch {
		case msg.String() == "enter":
			if m.cursor < len(m.shown) {
				name := m.all[m.shown[m.cursor]].Name
				return m, func() tea.Msg { return chooseSpeakerMsg{name: name} }
			}
			return m, nil
		case msg.String() == "down" || msg.String() == "ctrl+n":
			m.cursor = min(m.cursor+1, max(0, len(m.shown)-1))
		case msg.String() == "up" || msg.String() == "ctrl+p":
			m.cursor = max(m.cursor-1, 0)
		case key.Matches(msg, k.PageDown) && msg.String() != "space":
			m.cursor = min(m.cursor+m.visible(), max(0, len(m.shown)-1))
		case key.Matches(msg, k.PageUp):
			m.cursor = max(m.cursor-m.visible(), 0)
		default:
			var cmd tea.Cmd
			before := m.input.Value()
			m.input, cmd = m.input.Update(msg)
			if m.input.Value() != before {
				m.refilter()
			}
			return m, cmd
		}
		if m.cursor < m.top {
			m.top = m.cursor
		}
		if m.cursor >= m.top+m.visible() {
			m.top = m.cursor - m.visible() + 1
		}
	}
	return m, nil
}

func (m speakersModel) View() string {
	t := m.pc.theme
	m.input.SetWidth(max(4, m.width-12))
	lines := []string{fit(m.input.View(), m.width)}
	status := fmt.Sprintf("%d of %s · enter filters the library · esc closes", len(m.shown), text.Plural(len(m.all), "speaker", "speakers"))
	if m.note != "" {
		status = m.note
	}
	if m.loading {
		status = "loading speakers…"
	}
	if m.err != nil {
		status = "error: " + m.err.Error()
	}
	lines = append(lines, t.Dim.Render(fit(status, m.width)))
	for i := m.top; i < len(m.shown) && i < m.top+m.visible(); i++ {
		s := m.all[m.shown[i]]
		noun := "quotes"
		if s.Quotes == 1 {
			noun = "quote"
		}
		counts := fmt.Sprintf("%4d %-6s %3d art.", s.Quotes, noun, s.Articles)
		name := fit(s.Name, max(1, m.width-len(counts)-3))
		gap := strings.Repeat(" ", max(1, m.width-len(counts)-1-ansi.StringWidth(name)))
		// Neighbouring rows differ in colour, as an article's speakers do.
		l := t.SpeakerStyleAt(i).Render(name) + gap + t.Dim.Render(counts)
		if s.Name == m.mergeFrom {
			l = t.Accent.Render(padRight(name+gap+counts, m.width))
		}
		if i == m.cursor {
			// The same columns as the other rows, in the selection's style.
			l = t.Selected.Render(padRight(name+gap+counts, m.width))
		}
		l = fit(l, m.width)
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}
