package tui

import (
	"strings"
	"unicode"

	"github.com/dixit-news/dixit/internal/library"
)

// parseQuery reads the list filter: qualifiers speaker:, source:, lang:,
// outlet: (values may be quoted: speaker:"Ivan Konovalov") and free text,
// which becomes a full-text search.
func parseQuery(q string) library.Filter {
	q = strings.ToValidUTF8(q, "")
	var f library.Filter
	var free []string
	for _, tok := range splitQuery(q) {
		name, value, ok := strings.Cut(tok, ":")
		if ok && value != "" {
			switch strings.ToLower(name) {
			case "speaker", "by":
				f.Speaker = value
				continue
			case "source", "src":
				f.Source = value
				continue
			case "lang":
				f.Lang = strings.ToLower(value)
				continue
			case "outlet":
				f.Outlet = value
				continue
			}
		}
		free = append(free, tok)
	}
	f.Text = strings.Join(free, " ")
	return f
}

// splitQuery splits on spaces outside double quotes and drops the quotes.
func splitQuery(q string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, r := range q {
		switch {
		case r == '"':
			quoted = !quoted
		case unicode.IsSpace(r) && !quoted:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}
