package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// removedMsg reports an article removed from the library, or why not.
type removedMsg struct {
	id    int64
	title string
	err   error
}

// removeAsk is the question d asks before it removes an article: the
// article, until the answer. Only y removes it.
type removeAsk struct {
	id    int64
	title string
}

func (a removeAsk) asking() bool { return a.id != 0 }

// question is the status line while asking, in width cells: the title is
// cut so that the answer keys always show.
func (a removeAsk) question(width int) string {
	const head, tail = "remove “", "” from the library? y removes it, any other key keeps it"
	room := max(8, width-ansi.StringWidth(head+tail))
	return head + fit(oneLine(a.title), room) + tail
}

// target is the article d would remove: the list's row under the cursor
// when the list has the focus, else the article open.
func (m Model) removeTarget() (removeAsk, bool) {
	if m.focus == paneList {
		if r, ok := m.list.selected(); ok {
			return removeAsk{id: r.ID, title: r.Title}, true
		}
		return removeAsk{}, false
	}
	if e := m.reader.entry; e != nil {
		return removeAsk{id: e.Article.ID, title: e.Article.Title}, true
	}
	return removeAsk{}, false
}

// answerRemove takes the key pressed while asking.
func (m Model) answerRemove(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	a := m.removing
	m.removing = removeAsk{}
	if msg.String() != "y" {
		return m, m.setStatus("kept “"+oneLine(a.title)+"”", false)
	}
	pc := m.pc
	return m, func() tea.Msg {
		return removedMsg{id: a.id, title: a.title, err: pc.store.Delete(pc.ctx, a.id)}
	}
}

// removed takes the result: the list reloads, and the reader and side
// pane let go of the article if it was open.
func (m Model) removed(msg removedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.setStatus("not removed: "+msg.err.Error(), true)
	}
	if m.reader.entry != nil && m.reader.entry.Article.ID == msg.id {
		m.reader.close()
		m.side.close()
		m.list.openedID = 0 // the next page opens its first row
	}
	return m, tea.Batch(m.list.reload(), m.setStatus("removed “"+oneLine(msg.title)+"”", false))
}

// refreshed takes a refresh message; when the refresh is over, the list
// reloads to show what it brought.
func (m Model) refreshed(msg refreshEvent) (tea.Model, tea.Cmd) {
	status, isErr, over, cmd := m.refresh.update(msg)
	cmds := []tea.Cmd{cmd, m.setStatus(status, isErr)}
	if over {
		cmds = append(cmds, m.list.reload())
	}
	return m, tea.Batch(cmds...)
}

// keyRemoveOrRefresh takes d and r outside a text field; ok is false
// for any other key.
func (m Model) keyRemoveOrRefresh(msg tea.KeyPressMsg) (_ tea.Model, _ tea.Cmd, ok bool) {
	k := m.pc.keys
	switch {
	case key.Matches(msg, k.Remove):
		a, ok := m.removeTarget()
		if !ok {
			return m, m.setStatus("nothing to remove: select an article", true), true
		}
		m.removing = a
		return m, nil, true
	case key.Matches(msg, k.Refresh):
		return m, m.refresh.start(), true
	}
	return m, nil, false
}

// close lets go of the article shown: it was removed.
func (m *readerModel) close() {
	m.entry, m.doc, m.docKey, m.offset, m.query, m.matches = nil, nil, "", 0, "", nil
}

// close lets go of the article listed: it was removed.
func (m *sideModel) close() { m.entry, m.picks = nil, nil }
