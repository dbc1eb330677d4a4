package tui

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
)

// exportedMsg reports an export written (or not).
type exportedMsg struct {
	path string
	n    int
	err  error
}

// exportModel is the small export form: a format and a path. It writes
// with the same code as `dixit export`.
type exportModel struct {
	pc     *programContext
	format int
	path   textinput.Model
	filter library.Filter
	scope  string
	width  int
}

func newExport(pc *programContext) exportModel {
	in := textinput.New()
	in.Prompt = "file: "
	return exportModel{pc: pc, path: in}
}

// open prepares the form for what is in view.
func (m *exportModel) open(f library.Filter, scope, stem string) tea.Cmd {
	m.filter, m.scope = f, scope
	m.path.SetValue(stem + "." + export.Formats[m.format])
	m.path.CursorEnd()
	return m.path.Focus()
}

func (m exportModel) Update(msg tea.Msg) (exportModel, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch km.String() {
	case "tab", "right", "shift+tab", "left":
		d := 1
		if km.String() == "shift+tab" || km.String() == "left" {
			d = len(export.Formats) - 1
		}
		old := export.Formats[m.format]
		m.format = (m.format + d) % len(export.Formats)
		v := m.path.Value()
		if strings.HasSuffix(v, "."+old) {
			m.path.SetValue(strings.TrimSuffix(v, old) + export.Formats[m.format])
			m.path.CursorEnd()
		}
		return m, nil
	case "enter":
		path, format, f, pc := m.path.Value(), export.Formats[m.format], m.filter, m.pc
		return m, func() tea.Msg {
			if strings.TrimSpace(path) == "" {
				return exportedMsg{err: fmt.Errorf("no file name")}
			}
			qs, err := pc.store.Quotes(pc.ctx, f)
			if err != nil {
				return exportedMsg{path: path, err: err}
			}
			err = export.WriteFile(path, func(w io.Writer) error { return export.WriteQuotes(w, format, qs) })
			abs, _ := filepath.Abs(path)
			return exportedMsg{path: abs, n: len(qs), err: err}
		}
	}
	var cmd tea.Cmd
	m.path, cmd = m.path.Update(msg)
	return m, cmd
}

func (m exportModel) View() string {
	t := m.pc.theme
	var fs []string
	for i, f := range export.Formats {
		if i == m.format {
			fs = append(fs, t.TabActive.Render(f))
		} else {
			fs = append(fs, t.Tab.Render(f))
		}
	}
	m.path.SetWidth(max(4, m.width-10))
	lines := []string{
		t.Title.Render("Export quotes"),
		t.Dim.Render(fit("of "+m.scope, m.width)),
		"",
		"format: " + strings.Join(fs, " "),
		fit(m.path.View(), m.width),
		"",
		t.Dim.Render(fit("tab/←→ format · enter write · esc cancel", m.width)),
	}
	for i := range lines {
		lines[i] = fit(lines[i], m.width)
	}
	return strings.Join(lines, "\n")
}
