package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A quote from a hard-wrapped .txt article carries line breaks, and some
// carry tabs: every row must still be one line, its columns where the
// header puts them.
func TestTableCellsAreOneLine(t *testing.T) {
	var b strings.Builder
	rows := [][]string{
		{"7", "direct", "Nora Quill", "The ferries will run on the winter\ntimetable until March,\r\nand no later"},
		{"8", "indirect", "Hollis\tBrandt", "the union\twould review it"},
	}
	if err := Table(&b, []string{"ARTICLE", "KIND", "SPEAKER", "QUOTE"}, rows, 0, false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines for a header and two rows:\n%s", len(lines), b.String())
	}
	col := strings.Index(lines[0], "QUOTE")
	for _, l := range lines[1:] {
		if strings.ContainsAny(l, "\t\r") {
			t.Errorf("tab or carriage return in row %q", l)
		}
		if ansi.StringWidth(l) < col || (l[col-1] != ' ' || l[col] == ' ') {
			t.Errorf("quote column does not start at %d in %q", col, l)
		}
	}
	if !strings.Contains(lines[1], "winter timetable until March, and no later") || !strings.Contains(lines[2], "Hollis Brandt") {
		t.Errorf("cells not joined with single spaces:\n%s", b.String())
	}
}

// At 80 columns the listing's last column (the title) keeps room: the
// outlet and speakers columns are cut first, the short ones (id, date,
// language, count) stay whole, and no row is wider than the terminal.
func TestTableGivesTheLastColumnRoom(t *testing.T) {
	header := []string{"ID", "DATE", "LANG", "QUOTES", "OUTLET", "SPEAKERS", "TITLE"}
	title := "Kelderport harbour pilots vote to end their overtime ban after a month"
	rows := [][]string{
		{"12", "2025-06-16", "en", "8", "The Kelderport Evening Harbour Ledger", "Nora Quill, Harold Vinter +4", title},
		{"3", "", "fr", "11", "", "Marc-Olivier Teyssier, Mathilde Rouanet +4", "Brumeval : la maternité fermera ses portes"},
	}
	for _, width := range []int{80, 100} {
		var b strings.Builder
		if err := Table(&b, header, rows, width, false); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		col := strings.Index(lines[0], "TITLE")
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("%d columns: a row is %d wide: %q", width, w, l)
			}
		}
		got := []rune(lines[1])[len([]rune(lines[0][:col])):]
		if len(got) < width*3/8 {
			t.Errorf("%d columns: the title gets %d cells (%q):\n%s", width, len(got), string(got), b.String())
		}
		if !strings.HasPrefix(lines[1], "12  2025-06-16  en    8       ") {
			t.Errorf("%d columns: id, date, language or count cut:\n%s", width, b.String())
		}
		if width >= 100 && !strings.Contains(lines[2], "Brumeval : la maternité fermera ses portes") {
			t.Errorf("%d columns: a short title cut:\n%s", width, b.String())
		}
	}
	// Wide enough, nothing is cut.
	var b strings.Builder
	Table(&b, header, rows, 200, false)
	if !strings.Contains(b.String(), "The Kelderport Evening Harbour Ledger") || !strings.Contains(b.String(), title) {
		t.Errorf("200 columns: cells cut:\n%s", b.String())
	}
}
