package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// QuoteHeader is the first row of a CSV export of library quotes. Columns
// are only ever added at the end, so that scripts reading them by position
// keep working.
var QuoteHeader = []string{"article_id", "title", "outlet", "url", "published", "lang", "speaker", "description",
	"cue", "kind", "text", "start", "end", "sources", "rule", "resolved", "citations", "raw_text"}

// WriteQuotes writes library quotes in the named format: json (an array),
// jsonl (one quote a line), csv (RFC 4180 with a header) or md (quotes
// grouped under each speaker, as block quotes with their article and
// sources). The words are shown as a reader sees them (text.Display): CSV's
// text column and Markdown's block quotes hold them, and CSV's last column,
// raw_text, the article's bytes [start, end); JSON keeps those bytes as text
// and the words as display (LibraryQuoteShape).
func WriteQuotes(w io.Writer, format string, qs []library.Quote) error {
	qs = cleanQuotes(qs)
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(LibraryQuotes(qs))
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, q := range LibraryQuotes(qs) {
			if err := enc.Encode(q); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(QuoteHeader); err != nil {
			return err
		}
		for _, q := range qs {
			if err := writeCSVRecord(cw, []string{strconv.FormatInt(q.ArticleID, 10), q.Title, q.Outlet, q.URL, date(q.Published), q.Lang,
				q.Speaker, q.Description, q.Cue, string(q.Kind), text.Display(q.Text), strconv.Itoa(q.Start), strconv.Itoa(q.End),
				strings.Join(q.Sources, "; "), q.Rule, q.Resolved, citations(q.Cited), q.Text}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "md", "markdown":
		return quotesMarkdown(w, qs)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// cleanQuotes cleans what a stored quote carries from outside the article
// text (its article's title, outlet and URL, which may come from a file name
// or a command line) to one line of text.
func cleanQuotes(qs []library.Quote) []library.Quote {
	if qs == nil {
		return nil
	}
	out := make([]library.Quote, len(qs))
	for i, q := range qs {
		q.Title, q.Outlet, q.URL = text.Line(q.Title), text.Line(q.Outlet), text.Line(q.URL)
		out[i] = q
	}
	return out
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// citations writes each source with how and in which words the article
// cites it: "AFP (credit «(AFP)»; cited «selon l'AFP»); Radio Kelder (told
// «à Radio Kelder»)".
func citations(srcs []attrib.Source) string {
	parts := make([]string, 0, len(srcs))
	for _, src := range srcs {
		var cs []string
		for _, m := range src.Citations() {
			cs = append(cs, attrib.CitationKind(m.Rule)+" «"+text.Line(m.Text)+"»")
		}
		parts = append(parts, text.Line(src.Name)+" ("+strings.Join(cs, "; ")+")")
	}
	return strings.Join(parts, "; ")
}

func quotesMarkdown(w io.Writer, qs []library.Quote) error {
	var b strings.Builder
	b.WriteString("# Quotes\n\n")
	order, groups := bySpeaker(qs, func(q library.Quote) string { return q.Speaker })
	for _, name := range order {
		fmt.Fprintf(&b, "## %s\n\n", mdEscape(name))
		for _, q := range groups[name] {
			fmt.Fprintf(&b, "> %s\n\n", mdEscape(text.Display(q.Text)))
			ref := mdLink(mdEscape(q.Title), q.URL)
			meta := []string{ref}
			if q.Outlet != "" {
				meta = append(meta, mdEscape(q.Outlet))
			}
			if d := date(q.Published); d != "" {
				meta = append(meta, d)
			}
			meta = append(meta, string(q.Kind))
			if q.Cue != "" {
				meta = append(meta, "“"+mdEscape(q.Cue)+"”")
			}
			fmt.Fprintf(&b, "— %s\n", strings.Join(meta, ", "))
			if len(q.Cited) > 0 {
				fmt.Fprintf(&b, "  Sources: %s\n", mdEscape(citations(q.Cited)))
			} else if len(q.Sources) > 0 {
				fmt.Fprintf(&b, "  Sources: %s\n", mdEscape(strings.Join(q.Sources, ", ")))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
