package tui

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// exportedMsg reports an export written, or why not: a file already there
// (exists) or another failure (err).
type exportedMsg struct {
	typed  string // the path as the user typed it
	path   string // where it was written, absolute
	n      int
	exists bool
	err    error
}

// exportModel is the small export form: a format and a path. It writes
// with the same code as `dixit export`. The format follows the extension
// typed (x.csv is CSV); tab cycles it and rewrites the extension. An
// existing file is replaced only once the user confirms; a failure keeps
// the form open with the reason on one line.
type exportModel struct {
	pc      *programContext
	format  int
	path    textinput.Model
	filter  library.Filter
	picked  []library.Quote // quotes picked in the side pane: written instead of the filter's
	scope   string
	width   int
	confirm string // the path the user is asked to confirm replacing
	err     string // the last failure, one line
	errPath string // the path it names, "" when none
	writing bool
}

func newExport(pc *programContext) exportModel {
	in := textinput.New()
	in.Prompt = "file: "
	return exportModel{pc: pc, path: in}
}

// open prepares the form for what is in view: a file named after it in the
// default export folder (export.DefaultDir), shown with "~/" for the home.
func (m *exportModel) open(f library.Filter, scope, stem string) tea.Cmd {
	m.picked = nil
	m.filter, m.scope, m.confirm, m.err, m.errPath, m.writing = f, scope, "", "", "", false
	name := stem + "." + export.Formats[m.format]
	if m.pc.exportDir != "" {
		name = export.AbbrevHome(filepath.Join(m.pc.exportDir, name), m.pc.home)
	}
	m.path.SetValue(name)
	m.path.CursorEnd()
	return m.path.Focus()
}

// openPicked prepares the form for quotes picked in the side pane.
func (m *exportModel) openPicked(qs []library.Quote, scope, stem string) tea.Cmd {
	cmd := m.open(library.Filter{}, scope, stem)
	m.picked = qs
	return cmd
}

// confirming reports the question "replace it?": esc then goes back to
// the path rather than closing the form.
func (m exportModel) confirming() bool { return m.confirm != "" }

// done takes the result of a write: the form stays open unless it
// succeeded.
func (m *exportModel) done(msg exportedMsg) (closed bool) {
	m.writing = false
	switch {
	case msg.exists:
		m.confirm, m.err, m.errPath = msg.typed, "", ""
	case msg.err != nil:
		cause := msg.err.Error()
		var fe *export.FileError
		if errors.As(msg.err, &fe) {
			cause = fe.Cause()
		}
		m.err, m.errPath = cause, msg.typed
	default:
		return true
	}
	return false
}

// formatIndex is the index of format f in export.Formats, -1 if none.
func formatIndex(f string) int {
	for i, g := range export.Formats {
		if g == f {
			return i
		}
	}
	return -1
}

func (m exportModel) Update(msg tea.Msg) (exportModel, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch km.String() {
	case "esc":
		m.confirm = ""
		return m, nil
	case "tab", "right", "shift+tab", "left":
		d := 1
		if km.String() == "shift+tab" || km.String() == "left" {
			d = len(export.Formats) - 1
		}
		m.format = (m.format + d) % len(export.Formats)
		v := m.path.Value()
		if export.FormatOf(v) != "" {
			m.path.SetValue(strings.TrimSuffix(v, filepath.Ext(v)) + "." + export.Formats[m.format])
			m.path.CursorEnd()
		}
		m.confirm, m.err, m.errPath = "", "", ""
		return m, nil
	case "enter":
		if m.writing {
			return m, nil
		}
		typed := strings.TrimSpace(m.path.Value())
		if typed == "" {
			m.err, m.errPath = "no file name", ""
			return m, nil
		}
		if strings.HasSuffix(typed, "/") {
			m.err, m.errPath = "a folder: end it with a file name", typed
			return m, nil
		}
		if ext := filepath.Ext(typed); ext != "" && export.FormatOf(typed) == "" {
			m.err, m.errPath = ext+" is not a format (.json .jsonl .csv .md)", typed
			return m, nil
		}
		if export.FormatOf(typed) == "" {
			typed += "." + export.Formats[m.format]
			m.path.SetValue(typed)
			m.path.CursorEnd()
		}
		replace := m.confirm == typed
		m.confirm, m.err, m.errPath, m.writing = "", "", "", true
		return m, m.write(typed, replace)
	}
	var cmd tea.Cmd
	m.path, cmd = m.path.Update(msg)
	m.confirm, m.err, m.errPath = "", "", ""
	if i := formatIndex(export.FormatOf(m.path.Value())); i >= 0 {
		m.format = i // the extension typed chooses the format
	}
	return m, cmd
}

// write exports to typed (its "~" expanded, relative to the working
// directory), replacing a file there only when replace is set.
func (m exportModel) write(typed string, replace bool) tea.Cmd {
	f, picked, pc, format := m.filter, m.picked, m.pc, export.FormatOf(typed)
	return func() tea.Msg {
		path := export.ExpandHome(typed, pc.home)
		abs, err := filepath.Abs(path)
		if err != nil {
			return exportedMsg{typed: typed, err: err}
		}
		qs := picked
		if qs == nil {
			if qs, err = pc.store.Quotes(pc.ctx, f); err != nil {
				return exportedMsg{typed: typed, err: err}
			}
		}
		w := func(w io.Writer) error { return export.WriteQuotes(w, format, qs) }
		if replace {
			err = export.WriteFile(abs, w)
		} else {
			err = export.WriteNew(abs, w)
		}
		if errors.Is(err, export.ErrExists) {
			return exportedMsg{typed: typed, path: abs, exists: true}
		}
		return exportedMsg{typed: typed, path: abs, n: len(qs), err: err}
	}
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
	note := ""
	help := "tab/←→ format · enter write · esc cancel"
	switch {
	case m.confirm != "":
		note = t.Error.Render(pathNote(m.confirm, " exists: enter replaces it, esc keeps it", m.width))
		help = "enter replace · esc back to the name"
	case m.err != "" && m.errPath != "":
		note = t.Error.Render(pathNote(m.errPath, ": "+m.err, m.width))
	case m.err != "":
		note = t.Error.Render(fit(m.err, m.width))
	case m.writing:
		note = t.Dim.Render("writing…")
	}
	lines := []string{
		t.Title.Render("Export quotes"),
		t.Dim.Render(fit("of "+m.scope, m.width)),
		"",
		"format: " + strings.Join(fs, " "),
		fit(m.path.View(), m.width),
		note,
		t.Dim.Render(fit(help, m.width)),
	}
	for i := range lines {
		lines[i] = fit(lines[i], m.width)
	}
	return strings.Join(lines, "\n")
}

// pathNote is path then what is said of it on one line of width, the path
// shortened from its start ("…/exports/quotes.csv") so that what shows.
func pathNote(path, what string, width int) string {
	p := []rune(text.Line(path))
	room := width - ansi.StringWidth(what)
	if room < 8 {
		return fit(strings.TrimPrefix(what, ": "), width)
	}
	if len(p) > room {
		p = append([]rune("…"), p[len(p)-room+1:]...)
	}
	return fit(string(p)+what, width)
}

// exportedStatus is the status line after a successful export.
func exportedStatus(msg exportedMsg) string {
	return fmt.Sprintf("exported %s to %s", text.Plural(msg.n, "quote", "quotes"), msg.path)
}
