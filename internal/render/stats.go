package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/dixit-news/dixit/internal/library"
	"github.com/dixit-news/dixit/internal/text"
)

// StatsStyle paints the stats' parts; nil functions leave text plain.
type StatsStyle struct {
	Heading, Dim func(string) string
	// Bar paints the bar of row i of a section ("speaker", "gender",
	// "outlet", "month").
	Bar func(section string, i int, bar string) string
}

func (s StatsStyle) heading(x string) string { return apply(s.Heading, x) }
func (s StatsStyle) dim(x string) string     { return apply(s.Dim, x) }

func apply(f func(string) string, x string) string {
	if f == nil {
		return x
	}
	return f(x)
}

// StatsSections draws who is quoted as bar charts, a section a slice of
// lines no wider than width: the totals, quotes by speaker, speakers by the
// gender their given names tell, quotes by outlet and by month.
func StatsSections(st library.Stats, width int, sty StatsStyle) [][]string {
	total := fmt.Sprintf("%s · %s · %s quoted", text.Plural(st.Articles, "article", "articles"),
		text.Plural(st.Quotes, "quote", "quotes"), text.Plural(st.AllSpeakers, "speaker", "speakers"))
	sections := [][]string{{sty.heading(fit("Who is quoted", width)), sty.dim(fit(total, width))}}

	var rows []bar
	for _, sp := range st.Speakers {
		rows = append(rows, bar{label: sp.Name, value: sp.Quotes, note: text.Plural(sp.Articles, "article", "articles")})
	}
	sections = append(sections, chart("Quotes by speaker", "speaker", rows, width, sty))

	g := st.Gender
	people := g.Women + g.Men + g.Unknown
	share := func(n, of int) string {
		if of == 0 {
			return "0%"
		}
		return fmt.Sprintf("%d%%", (n*100+of/2)/of)
	}
	told := g.Women + g.Men
	rows = []bar{
		{label: "women", value: g.Women, note: share(g.Women, told) + " of those told · " + text.Plural(g.WomenQuotes, "quote", "quotes")},
		{label: "men", value: g.Men, note: share(g.Men, told) + " of those told · " + text.Plural(g.MenQuotes, "quote", "quotes")},
		{label: "not told", value: g.Unknown, note: share(g.Unknown, people) + " of all · " + text.Plural(g.UnknownQuotes, "quote", "quotes")},
	}
	gender := chart("Speakers by gender, where the given name tells it", "gender", rows, width, sty)
	gender = append(gender, sty.dim(fit("given names from the engine's lists; others, and organisations, are not told", width)))
	sections = append(sections, gender)

	rows = nil
	for _, o := range st.ByOutlet {
		name := o.Name
		if name == "" {
			name = "(no outlet)"
		}
		rows = append(rows, bar{label: name, value: o.Quotes, note: text.Plural(o.Articles, "article", "articles")})
	}
	sections = append(sections, chart("Quotes by outlet", "outlet", rows, width, sty))

	rows = nil
	for _, m := range st.ByMonth {
		rows = append(rows, bar{label: m.Name, value: m.Quotes, note: text.Plural(m.Articles, "article", "articles")})
	}
	months := chart("Quotes by month", "month", rows, width, sty)
	if st.Undated.Articles > 0 {
		months = append(months, sty.dim(fit(fmt.Sprintf("and %s in %s without a date",
			text.Plural(st.Undated.Quotes, "quote", "quotes"), text.Plural(st.Undated.Articles, "article", "articles")), width)))
	}
	return append(sections, months)
}

// WriteStats writes the stats' sections one after the other, a blank line
// between them, as dixit stats prints them.
func WriteStats(w io.Writer, st library.Stats, width int, styled bool) error {
	if width <= 0 {
		width = 100
	}
	sty := StatsStyle{}
	if styled {
		sty.Heading = func(s string) string { return "\x1b[1m" + s + "\x1b[0m" }
		sty.Dim = func(s string) string { return "\x1b[2m" + s + "\x1b[0m" }
	}
	var b strings.Builder
	for i, sec := range StatsSections(st, width, sty) {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, l := range sec {
			b.WriteString(strings.TrimRight(l, " ") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type bar struct {
	label string
	value int
	note  string
}

// eighths are the partial blocks of a bar's last cell.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// chart draws rows as horizontal bars under a title: label, bar, value and
// note, the bars scaled to the largest value, the labels cut to a third of
// the width.
func chart(title, section string, rows []bar, width int, sty StatsStyle) []string {
	lines := []string{sty.heading(fit(title, width))}
	if len(rows) == 0 {
		return append(lines, sty.dim(fit("nothing yet", width)))
	}
	labelW, valueW, noteW, top := 0, 0, 0, 1
	for _, r := range rows {
		labelW = max(labelW, ansi.StringWidth(text.Line(r.label)))
		valueW = max(valueW, len(fmt.Sprint(r.value)))
		noteW = max(noteW, ansi.StringWidth(r.note))
		top = max(top, r.value)
	}
	labelW = min(labelW, max(6, width/3))
	// label, space, bar, space, value, two spaces, note: the note goes
	// first when the bar would be shorter than ten cells.
	barW := width - labelW - valueW - noteW - 4
	if barW < 10 {
		noteW = 0
		barW = width - labelW - valueW - 2
	}
	barW = max(1, barW)
	for i, r := range rows {
		label := fit(text.Line(r.label), labelW)
		eighthsN := r.value * barW * 8 / top
		if r.value > 0 && eighthsN == 0 {
			eighthsN = 1 // a value is never drawn as nothing
		}
		b := strings.Repeat("█", eighthsN/8) + eighths[eighthsN%8]
		cells := ansi.StringWidth(b)
		if sty.Bar != nil {
			b = sty.Bar(section, i, b)
		}
		l := label + strings.Repeat(" ", labelW-ansi.StringWidth(label)+1) + b +
			strings.Repeat(" ", barW-cells+1) + fmt.Sprintf("%*d", valueW, r.value)
		if noteW > 0 {
			l += "  " + sty.dim(r.note)
		}
		lines = append(lines, fit(l, width))
	}
	return lines
}

func fit(s string, width int) string { return ansi.Truncate(s, max(width, 0), "…") }
