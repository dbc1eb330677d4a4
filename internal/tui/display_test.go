package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The side pane and the copy show a quote's words as the reader does,
// without the Markdown of the article's source; the stored text keeps the
// article's bytes.
func TestSideShowsDisplayWords(t *testing.T) {
	store, _ := eightStore(t)
	d := newDriver(t, newTestModel(t, store, "dark", false), 200, 50)
	if d.m.reader.entry == nil {
		t.Fatal("the article did not open")
	}
	q := d.m.reader.entry.Result.Quotes
	if q[0].Text != "It took *eight years* to get here" || q[1].Text != "The plan is [fully costed](https://ledger.example" {
		t.Fatalf("fixture quotes: %q, %q", q[0].Text, q[1].Text)
	}
	f := ansi.Strip(d.frame())
	for _, want := range []string{"“It took eight years to get here”", "“The plan is fully costed”", "“We will not raise the fees”"} {
		if !strings.Contains(f, want) {
			t.Errorf("side pane lacks %s:\n%s", want, f)
		}
	}
	for _, leak := range []string{"*eight", "](", "**not"} {
		if strings.Contains(f, leak) {
			t.Errorf("side pane shows markup %q:\n%s", leak, f)
		}
	}
	d.key("tab", "tab", "j", "y") // the side pane, the second quote, copy
	if len(d.clipboard) != 1 || !strings.HasPrefix(d.clipboard[0], "“The plan is fully costed” — Tarrant Vell, in ") {
		t.Errorf("copied %q", d.clipboard)
	}
}
