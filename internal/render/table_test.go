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
