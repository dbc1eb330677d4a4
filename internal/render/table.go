// Package render turns library data into text for terminals: tables for the
// command line and articles with their quotations marked. Everything it
// prints comes from the store, where article text is already clean; names
// and cells are still cleaned to one line, and cut by display width so wide
// scripts and emoji do not break alignment.
package render

import (
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dixit-news/dixit/internal/text"
)

// Table writes rows as aligned columns, cutting the last column to width
// (0: no limit). The header is underlined on a terminal.
// Every cell is cleaned to one line of text first: a hard-wrapped quote or
// a tab would break the row or misalign the columns.
func Table(w io.Writer, header []string, rows [][]string, width int, styled bool) error {
	rows = cleanCells(rows)
	cols := len(header)
	widths := make([]int, cols)
	for _, r := range append([][]string{header}, rows...) {
		for i := 0; i < cols && i < len(r); i++ {
			widths[i] = max(widths[i], ansi.StringWidth(r[i]))
		}
	}
	if width > 0 {
		fitWidths(widths, header, width)
	}
	var b strings.Builder
	line := func(r []string, head bool) {
		var l strings.Builder
		for i := 0; i < cols; i++ {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			cell = ansi.Truncate(cell, widths[i], "…")
			l.WriteString(cell)
			if i < cols-1 {
				l.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+2))
			}
		}
		s := strings.TrimRight(l.String(), " ")
		if head && styled {
			s = "\x1b[1;4m" + s + "\x1b[0m"
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
	line(header, true)
	for _, r := range rows {
		line(r, false)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func cleanCells(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(r))
		for j, c := range r {
			out[i][j] = text.Line(c)
		}
	}
	return out
}

// fitWidths makes the columns fit width. The last column (the title, the
// quote) is what a row is read for: the other columns give it room first,
// the widest cut first, down to their header's width (at least 8); short
// ones (an id, a date) stay whole. The last takes what is left.
func fitWidths(widths []int, header []string, width int) {
	last := len(widths) - 1
	used := func() int {
		n := 0
		for i := 0; i < last; i++ {
			n += widths[i] + 2
		}
		return n
	}
	natural := slices.Clone(widths)
	want := min(widths[last], max(width/2, 10))
	for used()+want > width {
		widest := -1
		for i := 0; i < last; i++ {
			floor := max(ansi.StringWidth(header[i]), 8)
			if widths[i] > floor && natural[i] > 12 && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	if used()+widths[last] > width {
		widths[last] = max(10, width-used())
	}
}
