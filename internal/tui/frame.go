package tui

// Drawing the root model: the panes side by side, overlays over them, the
// status line and the help.

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/render"
)

// View draws the frame: panes, status line and short help, exactly the
// terminal's size.
func (m Model) View() tea.View {
	v := tea.NewView(m.frame())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "dixit"
	return v
}

func (m Model) frame() string {
	w, h := m.pc.width, m.pc.height
	if !m.ready || w < 20 || h < 8 {
		return "dixit needs a terminal of at least 20×8"
	}
	t := m.pc.theme
	bodyH := h - 2
	if m.overlay == overlayQuotes || m.overlay == overlayStats || m.overlay == overlayTrail {
		return render.Safe(m.fullView(bodyH) + "\n" + m.statusLine() + "\n" + m.footer(w))
	}
	var panes []string
	ws := m.widths()
	for i, p := range m.shown() {
		focused := p == m.focus
		var content string
		switch p {
		case paneList:
			content = m.list.View(focused)
		case paneReader:
			content = m.reader.View()
		case paneSide:
			content = m.side.View(focused)
		}
		panes = append(panes, t.paneBox(focused, content, ws[i], bodyH))
	}
	body := joinRows(panes)
	switch m.overlay {
	case overlayHelp:
		body = m.over(body, m.helpView(), bodyH)
	case overlaySpeakers:
		body = m.over(body, t.BorderFocus.Render(m.speakers.View()), bodyH)
	case overlayExport:
		body = m.over(body, t.BorderFocus.Render(m.export.View()), bodyH)
	}
	if m.overlay == overlayNone {
		// The panes' widths add up to the terminal's, their heights are
		// the body's: the body is cut to the terminal already.
		return render.Safe(body + "\n" + m.statusLine() + "\n" + m.footer(w))
	}
	// The store's text is clean, but whatever got past it must not reach
	// the terminal: only text, newlines and SGR styling go out.
	return render.Safe(clip(body, w, bodyH) + "\n" + m.statusLine() + "\n" + m.footer(w))
}

// footer is the short help in width: its last two keys ("? help" and "q
// quit") always show, the others as many as fit, in order, whole.
func (m Model) footer(width int) string {
	st := m.help.Styles
	item := func(b key.Binding) string {
		h := b.Help()
		return st.ShortKey.Render(h.Key) + " " + st.ShortDesc.Render(h.Desc)
	}
	sep := st.ShortSeparator.Render(" • ")
	keys := m.shortHelp()
	n := len(keys)
	tail := item(keys[n-2]) + sep + item(keys[n-1])
	room := width - lipgloss.Width(tail)
	var head []string
	for _, b := range keys[:n-2] {
		if !b.Enabled() {
			continue
		}
		it := item(b) + sep
		if lipgloss.Width(it) > room {
			break
		}
		head = append(head, it)
		room -= lipgloss.Width(it)
	}
	return fit(strings.Join(head, "")+tail, width)
}

// shortHelp is the footer's keys for what is on screen: the Quotes and
// stats views have keys of their own, and close with esc.
func (m Model) shortHelp() []key.Binding {
	k := m.pc.keys
	switch m.overlay {
	case overlayQuotes:
		return []key.Binding{k.Filter, k.Open, k.Copy, k.Trail, k.Stats, k.Back, k.Quit}
	case overlayTrail:
		return []key.Binding{k.Down, k.Up, k.Open, k.Back, k.Quit}
	case overlayStats:
		return []key.Binding{k.Down, k.Up, k.Quotes, k.Back, k.Quit}
	}
	return k.ShortHelp()
}

// helpLines is the help view's text, one string a line.
func (m Model) helpLines() []string {
	t := m.pc.theme
	body := t.Title.Render("dixit — keys") + "\n\n" + m.fullHelp(m.pc.width-8) + "\n\n" +
		t.Dim.Render("filter qualifiers: speaker:\"Name\" source:wsj lang:fr outlet:… trail:altered and free text")
	return strings.Split(body, "\n")
}

// helpRows is how many lines of the help view fit in its box.
func (m Model) helpRows() int { return max(1, m.pc.height-2-2) }

// scrollHelp moves the help view when it does not fit the terminal.
func (m *Model) scrollHelp(msg tea.KeyPressMsg) {
	k := m.pc.keys
	page := m.helpRows() - 1
	if d, ok := k.step(msg, page); ok {
		m.helpTop += d
	}
	m.helpTop = max(0, min(m.helpTop, m.helpMaxTop()))
}

// helpMaxTop is the last first line: the box's last row says where it is.
func (m Model) helpMaxTop() int {
	n, rows := len(m.helpLines()), m.helpRows()
	if n <= rows {
		return 0
	}
	return n - (rows - 1)
}

// over draws box centred on top of body, the panes staying visible around
// it: each covered line is cut around the box's columns.
func (m Model) over(body, box string, height int) string {
	lines := strings.Split(clip(body, m.pc.width, height), "\n")
	boxLines := strings.Split(box, "\n")
	bw := lipgloss.Width(box)
	x := max(0, (m.pc.width-bw)/2)
	y := max(0, (height-len(boxLines))/2)
	for i, bl := range boxLines {
		row := y + i
		if row >= len(lines) {
			break
		}
		l := lines[row]
		left := ansi.Cut(l, 0, x)
		right := ansi.Cut(l, x+bw, m.pc.width)
		lines[row] = left + "\x1b[0m" + padRight(bl, bw) + "\x1b[0m" + right
	}
	return strings.Join(lines, "\n")
}

// helpView is the help box, as tall as the panes at most; when the keys do
// not fit, it scrolls (↑ ↓) and its last line says where it is.
func (m Model) helpView() string {
	t := m.pc.theme
	lines, rows := m.helpLines(), m.helpRows()
	// As wide as its widest line, scrolled or not: the box keeps its size.
	w := 0
	for _, l := range lines {
		w = max(w, lipgloss.Width(l))
	}
	w = min(w, m.pc.width-4)
	if m.pc.width-(w+4) < 4 {
		// A margin of a column or two would show the panes' outer border
		// right beside the box's: two borders side by side. The box takes
		// the whole width instead.
		w = m.pc.width - 4
	}
	if len(lines) > rows {
		top := max(0, min(m.helpTop, m.helpMaxTop()))
		shown := lines[top : top+rows-1]
		more := fmt.Sprintf("↑↓ %d–%d of %d lines", top+1, top+len(shown), len(lines))
		lines = append(slices.Clone(shown), t.Accent.Render(more))
	}
	return t.BorderFocus.Padding(0, 1).Width(w + 4).Render(clip(strings.Join(lines, "\n"), w, len(lines)))
}

// fullHelp lays every binding out in as many columns as fit the width, so
// nothing is cut on a narrow terminal (bubbles' full help drops columns).
func (m Model) fullHelp(width int) string {
	t := m.pc.theme
	var items []string
	keyW, widest := 0, 0
	var bindings []key.Binding
	for _, col := range m.pc.keys.FullHelp() {
		bindings = append(bindings, col...)
	}
	for _, b := range bindings {
		keyW = max(keyW, lipgloss.Width(b.Help().Key))
	}
	for _, b := range bindings {
		h := b.Help()
		item := t.Accent.Render(padRight(h.Key, keyW)) + "  " + h.Desc
		widest = max(widest, lipgloss.Width(item))
		items = append(items, item)
	}
	cols := max(1, min(4, (width+3)/(widest+3)))
	rows := (len(items) + cols - 1) / cols
	var lines []string
	for r := 0; r < rows; r++ {
		var line strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(items) {
				break
			}
			if c > 0 {
				line.WriteString("   ")
			}
			line.WriteString(padRight(items[i], widest))
		}
		lines = append(lines, strings.TrimRight(line.String(), " "))
	}
	return strings.Join(lines, "\n")
}

func (m Model) statusLine() string {
	t := m.pc.theme
	w := m.pc.width
	if m.removing.asking() {
		return fit(t.Error.Render(m.removing.question(w)), w)
	}
	if m.status != "" {
		if m.statusErr {
			return fit(t.Error.Render(m.status), w)
		}
		return fit(t.Accent.Render(m.status), w)
	}
	n := fmt.Sprint(m.list.total)
	if m.list.capped {
		n = fmt.Sprintf("%d+", m.list.total-1)
	}
	noun := "articles"
	if m.list.total == 1 && !m.list.capped {
		noun = "article"
	}
	count := n + " " + noun
	if m.list.query != "" || m.list.base.Speaker != "" {
		count += " match"
		if noun == "article" {
			count += "es"
		}
	}
	if m.list.order != library.ByDate {
		count += " · by " + m.list.order.String()
	}
	if m.list.loading || m.list.counting {
		count += " …"
	}
	right := ""
	if m.reader.entry != nil {
		right = oneLine(m.reader.entry.Article.Title)
	}
	line := count
	if right != "" {
		line += "  ·  " + right
	}
	return fit(t.Status.Render(line), w)
}

// clip makes s exactly height lines of at most width cells.
func clip(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = fit(l, width)
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
