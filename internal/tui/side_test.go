package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSideShowsResolvedMention: a quote whose speaker was resolved from a
// pronoun or a role shows that form by the name; one that gives the name,
// or part of it, does not.
func TestSideShowsResolvedMention(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 200, 50)
	openSeed(t, d)
	d.key("tab", "tab") // list → reader → side
	if d.m.focus != paneSide {
		t.Fatalf("focus %d, want the side pane", d.m.focus)
	}
	f := ansi.Strip(d.frame())
	for _, want := range []string{`Karim Alawi  from "il"`, `Mostafa al-Kazemi  from "Il"`, `Mostafa al-Kazemi  from "Le Premier`} {
		if !strings.Contains(f, want) {
			t.Errorf("side pane lacks %q:\n%s", want, f)
		}
	}
	for _, unwanted := range []string{`from "M. Konovalov"`, `from "Karim Alawi"`, `from "le Wall Street Journal"`} {
		if strings.Contains(f, unwanted) {
			t.Errorf("side pane shows %q:\n%s", unwanted, f)
		}
	}
	// In speaker mode the speaker heads the pane: the form goes with the
	// quote.
	d.m.side.speaker = "Ivan Konovalov"
	d.m.side.across = nil
	msg := d.m.side.loadSpeaker("Ivan Konovalov")()
	d.m.side.across = msg.(speakerQuotesMsg).quotes
	var metas []string
	for i := range d.m.side.across {
		metas = append(metas, ansi.Strip(d.m.side.item(i)[2]))
	}
	all := strings.Join(metas, "\n")
	if !strings.Contains(all, `estime · from "le spécialiste militaire russe Ivan Konovalov"`) || strings.Contains(all, `M. Konovalov`) {
		t.Errorf("speaker mode meta lines:\n%s", all)
	}
}
