// Package export writes extraction results as JSON, JSON Lines, CSV or
// Markdown. The JSON form is the contract scored by the evaluation scripts:
// {"articles": [{"path", "title", "lang", "quotes", "speakers", "sources"}]}.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/text"
)

// Doc is one article's results, with the fields exports carry about it.
type Doc struct {
	Path   string `json:"path"`
	Title  string `json:"title"`
	Lang   string `json:"lang"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	attrib.Result
}

// Formats lists the names Write accepts.
var Formats = []string{"json", "jsonl", "csv", "md"}

// Write writes docs to w in the named format. A doc's path, title, outlet
// and URL came from outside (a file name, a feed) and are cleaned to one
// line of text first, whatever the format.
func Write(w io.Writer, format string, docs []Doc) error {
	docs = cleanDocs(docs)
	switch format {
	case "json":
		return WriteJSON(w, docs)
	case "jsonl":
		return WriteJSONL(w, docs)
	case "csv":
		return WriteCSV(w, docs)
	case "md", "markdown":
		return WriteMarkdown(w, docs)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes every article in one object.
func WriteJSON(w io.Writer, docs []Doc) error {
	if docs == nil {
		docs = []Doc{}
	}
	out := make([]docJSON, len(docs))
	for i, d := range docs {
		out[i] = withDisplay(d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Articles []docJSON `json:"articles"`
	}{out})
}

// withDisplay is d as JSON shows it: each quote with its display words.
func withDisplay(d Doc) docJSON {
	out := docJSON{Doc: d, Quotes: make([]displayed, len(d.Quotes))}
	for j, q := range d.Quotes {
		out.Quotes[j] = displayed{q, text.Display(q.Text)}
	}
	return out
}

// docJSON is a Doc whose quotes carry their display words beside the
// article's bytes: the contract's fields stay as they were.
type docJSON struct {
	Doc
	Quotes []displayed `json:"quotes"`
}

type displayed struct {
	attrib.Quote
	Display string `json:"display"`
}

func cleanDocs(docs []Doc) []Doc {
	if docs == nil {
		return nil
	}
	out := make([]Doc, len(docs))
	for i, d := range docs {
		d.Path, d.Title, d.Lang, d.Outlet, d.URL = text.Line(d.Path), text.Line(d.Title), text.Line(d.Lang), text.Line(d.Outlet), text.Line(d.URL)
		out[i] = d
	}
	return out
}

// Row is one quote with its article, as JSON Lines and CSV carry it.
type Row struct {
	Path    string   `json:"path"`
	Title   string   `json:"title"`
	Lang    string   `json:"lang"`
	Sources []string `json:"sources"`
	attrib.Quote
	Display string `json:"display"` // text.Display(Text)
}

// rows yields each quote of docs as a Row, one at a time: a dense article
// has hundreds of thousands of quotes, which need never be rows at once.
func rows(docs []Doc) iter.Seq[Row] {
	return func(yield func(Row) bool) {
		for _, d := range docs {
			srcs := make([]string, 0, len(d.Sources))
			for _, s := range d.Sources {
				srcs = append(srcs, s.Name)
			}
			for _, q := range d.Quotes {
				if !yield(Row{Path: d.Path, Title: d.Title, Lang: d.Lang, Sources: srcs, Quote: q, Display: text.Display(q.Text)}) {
					return
				}
			}
		}
	}
}

// WriteJSONL writes one quote a line.
func WriteJSONL(w io.Writer, docs []Doc) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for r := range rows(docs) {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// CSVHeader is the first row of the CSV export. Columns are only ever
// added at the end, so that scripts reading them by position keep working.
var CSVHeader = []string{"path", "title", "lang", "kind", "speaker", "description", "cue", "text", "start", "end", "via", "sources",
	"rule", "resolved", "raw_text"}

// WriteCSV writes RFC 4180 CSV with a header row: the text column holds
// the words as a reader sees them, raw_text the article's bytes.
func WriteCSV(w io.Writer, docs []Doc) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for r := range rows(docs) {
		if err := writeCSVRecord(cw, csvRecord(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRecord(r Row) []string {
	return []string{r.Path, r.Title, r.Lang, string(r.Kind), r.Speaker, r.Description, r.Cue, r.Display,
		strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Via, strings.Join(r.Sources, "; "), r.Rule, r.Resolved, r.Text}
}

// formulaStart lists what a spreadsheet takes, at the start of a cell, for
// the start of a formula (OWASP's list for CSV injection).
const formulaStart = "=+-@\t\r"

// writeCSVRecord writes rec with every cell that a spreadsheet would run as
// a formula prefixed with a single quote, as OWASP recommends: a quote that
// reads "=HYPERLINK(…)" or "-2+3" stays text when the file is opened.
func writeCSVRecord(cw *csv.Writer, rec []string) error {
	for i, c := range rec {
		if c != "" && strings.IndexByte(formulaStart, c[0]) >= 0 {
			rec[i] = "'" + c
		}
	}
	return cw.Write(rec)
}

// WriteMarkdown writes, per article, its quotes grouped by speaker as block
// quotes, then the sources it cites.
func WriteMarkdown(w io.Writer, docs []Doc) error {
	var b strings.Builder
	for i, d := range docs {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		title := d.Title
		if title == "" {
			title = d.Path
		}
		fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
		if d.Path != "" && d.Path != title {
			fmt.Fprintf(&b, "_%s_\n\n", mdEscape(d.Path))
		}
		order, groups := bySpeaker(d.Quotes, func(q attrib.Quote) string { return q.Speaker })
		for _, name := range order {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(name))
			for _, q := range groups[name] {
				fmt.Fprintf(&b, "> %s\n\n", mdEscape(text.Display(q.Text)))
				meta := []string{string(q.Kind)}
				if q.Cue != "" {
					meta = append(meta, "“"+mdEscape(q.Cue)+"”")
				}
				if q.Via != "" {
					meta = append(meta, "via "+mdEscape(q.Via))
				}
				fmt.Fprintf(&b, "— %s\n\n", strings.Join(meta, ", "))
			}
		}
		if len(d.Sources) > 0 {
			b.WriteString("## Sources\n\n")
			for _, s := range d.Sources {
				ms := s.Citations()
				cites := make([]string, len(ms))
				for i, m := range ms {
					cites[i] = mdEscape(m.Text)
					if m.Rule != "" {
						cites[i] += " (" + mdEscape(m.Rule) + ")"
					}
				}
				fmt.Fprintf(&b, "- **%s** — %s\n", mdEscape(s.Name), strings.Join(cites, "; "))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// bySpeaker groups quotes under their speaker, most quoted first, the
// unattributed ones under "Unattributed".
func bySpeaker[T any](qs []T, speaker func(T) string) ([]string, map[string][]T) {
	groups := map[string][]T{}
	var order []string
	for _, q := range qs {
		name := speaker(q)
		if name == "" {
			name = "Unattributed"
		}
		if _, ok := groups[name]; !ok {
			order = append(order, name)
		}
		groups[name] = append(groups[name], q)
	}
	sort.SliceStable(order, func(a, b int) bool { return len(groups[order[a]]) > len(groups[order[b]]) })
	return order, groups
}

// mdLink links label to rawURL when it parses as an http(s) URL with a
// host, else gives label alone. In the destination every byte but the
// plainest URL characters is percent-encoded: a feed's link reading
// "…) ![img](http://…)" must not close the link and open an image.
func mdLink(label, rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return label
	}
	var dest strings.Builder
	for _, c := range []byte(u.String()) {
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~:/?#[]@!$&'*+,;=%", c) >= 0) {
			dest.WriteByte(c)
		} else {
			fmt.Fprintf(&dest, "%%%02X", c)
		}
	}
	return "[" + label + "](" + dest.String() + ")"
}

var mdEscaper = strings.NewReplacer("\n", " ", "\\", "\\\\", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "#", "\\#")

// mdEscape keeps article text from becoming Markdown structure or HTML.
func mdEscape(s string) string { return mdEscaper.Replace(s) }
