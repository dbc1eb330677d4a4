package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/library"
)

// Merging speakers in the speaker view: ctrl+g on one speaker, then on the
// speaker they are, ties the first to the second in aliases.toml and
// merges them in the library at once; ctrl+z undoes the last merge. The
// file and the store are written in commands, off the update loop.

// mergeDoneMsg reports a merge written, or undone (undo), or why not.
type mergeDoneMsg struct {
	from, into string
	snap       library.AliasState // the aliases before the merge
	undo       bool
	err        error
}

// mergeStep is a merge that ctrl+z can undo.
type mergeStep struct {
	from, into string
	snap       library.AliasState
}

// merging reports a merge begun: esc cancels it rather than closing.
func (m speakersModel) merging() bool { return m.mergeFrom != "" }

// mergeKey takes ctrl+g and ctrl+z; ok is false for any other key.
func (m *speakersModel) mergeKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := m.pc.keys
	switch {
	case msg.String() == "esc" && m.merging():
		m.mergeFrom, m.note = "", "merge cancelled"
		return nil, true
	case key.Matches(msg, k.Merge):
		if m.pc.aliases == nil || m.pc.aliasesPath == "" {
			m.note = "merging needs an aliases file (--aliases)"
			return nil, true
		}
		if m.cursor >= len(m.shown) {
			return nil, true
		}
		name := m.all[m.shown[m.cursor]].Name
		switch {
		case m.mergeFrom == "":
			m.mergeFrom, m.note = name, "merge “"+oneLine(name)+"” into…: choose the speaker, ctrl+g · esc cancels"
		case m.mergeFrom == name:
			m.mergeFrom, m.note = "", "merge cancelled"
		default:
			from := m.mergeFrom
			m.mergeFrom, m.note = "", "merging…"
			return m.merge(from, name), true
		}
		return nil, true
	case key.Matches(msg, k.Undo):
		if len(m.undo) == 0 {
			m.note = "no merge to undo"
			return nil, true
		}
		st := m.undo[len(m.undo)-1]
		m.undo = m.undo[:len(m.undo)-1]
		m.note = "undoing…"
		return m.unmerge(st), true
	}
	return nil, false
}

// merge ties from to into: the aliases, their file, then the library.
func (m *speakersModel) merge(from, into string) tea.Cmd {
	pc := m.pc
	return func() tea.Msg {
		snap := pc.aliases.Snapshot()
		pc.aliases.Merge(from, into)
		if err := pc.aliases.Save(pc.aliasesPath); err != nil {
			pc.aliases.Restore(snap)
			return mergeDoneMsg{from: from, into: into, err: err}
		}
		if am, ok := pc.store.(library.AliasMerger); ok {
			if err := am.MergeAliases(pc.ctx); err != nil {
				return mergeDoneMsg{from: from, into: into, snap: snap, err: err}
			}
		}
		return mergeDoneMsg{from: from, into: into, snap: snap}
	}
}

// unmerge puts the aliases back as they were before st, and stores the
// merged speaker's articles again so that their names part.
func (m *speakersModel) unmerge(st mergeStep) tea.Cmd {
	pc := m.pc
	return func() tea.Msg {
		done := mergeDoneMsg{from: st.from, into: st.into, undo: true}
		qs, err := pc.store.Quotes(pc.ctx, library.Filter{Speaker: st.into})
		if err != nil {
			done.err = err
			return done
		}
		var ids []int64
		seen := map[int64]bool{}
		for _, q := range qs {
			if !seen[q.ArticleID] {
				seen[q.ArticleID] = true
				ids = append(ids, q.ArticleID)
			}
		}
		pc.aliases.Restore(st.snap)
		if err := pc.aliases.Save(pc.aliasesPath); err != nil {
			done.err = err
			return done
		}
		done.err = library.Retie(pc.ctx, pc.store, ids)
		return done
	}
}

// mergeDone takes the result, and reloads the speakers.
func (m *speakersModel) mergeDone(msg mergeDoneMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		m.note = "error: " + msg.err.Error()
	case msg.undo:
		m.note = "“" + oneLine(msg.from) + "” and “" + oneLine(msg.into) + "” are two speakers again"
	default:
		m.undo = append(m.undo, mergeStep{from: msg.from, into: msg.into, snap: msg.snap})
		m.note = "merged “" + oneLine(msg.from) + "” into “" + oneLine(msg.into) + "” · ctrl+z undoes"
	}
	return m.reload()
}
