package tui

import (
	"strings"
	"time"
	"unicode"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// parseQuery reads the list filter: qualifiers speaker:, source:, lang:,
// outlet:, since: and until: (a date, 2025-06-01, or an age, 7d; until's day
// included), kind: (direct or reported, for quotes; values may be quoted:
// speaker:"Ivan Konovalov"), trail:altered (the articles, or the quotes,
// whose quote trail holds a change of words or of speaker) and free text,
// which becomes a full-text search.
// A qualifier whose value means nothing (since:soon) stays free text.
func parseQuery(q string) library.Filter { return parseQueryAt(q, time.Now()) }

// parseQueryAt is parseQuery with ages counted back from now.
func parseQueryAt(q string, now time.Time) library.Filter {
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
			case "since":
				if t, ok := library.ParseWhen(value, now); ok {
					f.Since = t
					continue
				}
			case "until":
				if t, ok := library.ParseWhen(value, now); ok {
					if _, err := time.Parse("2006-01-02", value); err == nil {
						t = t.AddDate(0, 0, 1) // the day named is included
					}
					f.Until = t
					continue
				}
			case "trail":
				if strings.EqualFold(value, "altered") {
					f.Altered = true
					continue
				}
			case "kind":
				switch strings.ToLower(value) {
				case "direct":
					f.Kind = attrib.Direct
					continue
				case "reported", "indirect":
					f.Kind = attrib.Indirect
					continue
				}
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
