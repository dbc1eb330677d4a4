package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/export"
	"github.com/dixit-news/dixit/internal/text"
)

// copyQuote puts the selected quote on the clipboard through OSC 52, as
// export.Cite writes it.
func (m Model) copyQuote() tea.Cmd {
	if ps := m.side.pickedQuotes(); len(ps) > 0 {
		what := "copied " + text.Plural(len(ps), "quote", "quotes") + " picked"
		return tea.Batch(tea.SetClipboard(citeAll(ps)), func() tea.Msg { return statusMsg{text: what} })
	}
	q, o, srcs, ok := m.side.selectedQuote()
	if !ok {
		return func() tea.Msg { return statusMsg{text: "no quote selected", err: true} }
	}
	return copyCite(q, o, srcs)
}

// copyCite puts q on the clipboard as export.Cite writes it, and says so.
func copyCite(q attrib.Quote, o export.Origin, srcs []string) tea.Cmd {
	who := q.Speaker
	if who == "" {
		who = "unattributed"
	}
	what := "quote"
	if q.Kind == attrib.Indirect {
		what = "reported speech"
	}
	return tea.Batch(tea.SetClipboard(export.Cite(q, o, srcs)), func() tea.Msg { return statusMsg{text: "copied " + what + " by " + oneLine(who)} })
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}
