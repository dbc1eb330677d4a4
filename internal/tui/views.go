package tui

// The Quotes and stats views take the whole body: the root routes their
// keys and draws them in one bordered box.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/export"
)

// fullViewKey routes a key in the Quotes or stats view. Outside the filter
// line, esc clears the Quotes filter, else closes the view; q quits; Q and W
// go from one view to the other; y copies the quote under the cursor.
func (m Model) fullViewKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.pc.keys
	if m.overlay == overlayQuotes && m.quotes.typing() {
		var cmd tea.Cmd
		m.quotes, cmd = m.quotes.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Back) && m.overlay == overlayTrail:
		m.overlay = m.trail.from
		return m, nil
	case key.Matches(msg, k.Trail) && m.overlay == overlayQuotes:
		q, ok := m.quotes.selected()
		if !ok {
			return m, func() tea.Msg { return statusMsg{text: "no quote selected", err: true} }
		}
		m.overlay = overlayTrail
		return m, m.trail.open(q.Text, overlayQuotes)
	case key.Matches(msg, k.Back):
		if m.overlay == overlayQuotes {
			if cmd, ok := m.quotes.clearFilter(); ok {
				return m, tea.Batch(cmd, m.setStatus("filter cleared", false))
			}
		}
		m.overlay = overlayNone
		return m, nil
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Quotes) && m.overlay == overlayStats:
		m.overlay = overlayQuotes
		return m, m.quotes.open(m.list.samplesOnly())
	case key.Matches(msg, k.Stats) && m.overlay == overlayQuotes:
		m.overlay = overlayStats
		return m, m.openStats()
	case key.Matches(msg, k.Copy) && m.overlay == overlayQuotes:
		q, ok := m.quotes.selected()
		if !ok {
			return m, func() tea.Msg { return statusMsg{text: "no quote selected", err: true} }
		}
		o := export.Origin{Title: q.Title, Outlet: q.Outlet, URL: q.URL, Published: q.Published}
		return m, copyCite(q.Quote, o, q.Sources)
	}
	var cmd tea.Cmd
	switch m.overlay {
	case overlayQuotes:
		m.quotes, cmd = m.quotes.Update(msg)
	case overlayTrail:
		m.trail, cmd = m.trail.Update(msg)
	default:
		m.stats, cmd = m.stats.Update(msg)
	}
	return m, cmd
}

// openStats opens who is quoted on the articles the list shows.
func (m *Model) openStats() tea.Cmd {
	f, label := m.list.applied()
	return m.stats.open(m.list.samplesOnly(), f, label)
}

// fullView is the Quotes or stats view in the body's box.
func (m Model) fullView(height int) string {
	content := m.stats.View()
	switch m.overlay {
	case overlayQuotes:
		content = m.quotes.View()
	case overlayTrail:
		content = m.trail.View()
	}
	w := m.pc.width
	return m.pc.theme.paneBox(true, content, w, height)
}

// openTrail opens the trail of the quote selected in the side pane: the
// article's quotes, or a speaker's across the library.
func (m Model) openTrail() (tea.Model, tea.Cmd) {
	q, _, _, ok := m.side.selectedQuote()
	if !ok || m.side.tab != tabQuotes {
		return m, m.setStatus("no quote selected: t shows the trail of the quote under the cursor", true)
	}
	m.overlay = overlayTrail
	return m, m.trail.open(q.Text, overlayNone)
}
