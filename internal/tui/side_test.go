package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dixit-news/dixit/internal/attrib"
	"github.com/dixit-news/dixit/internal/library"
)

// TestSideShowsResolvedMention: a quote whose speaker was resolved from a
// pronoun or a role shows that form by the name; one that gives the name,
// or part of it, does not.
func TestSideShowsResolvedMention(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 200, 50)
	openSeed(t, d)
	d.key("tab") // enter focused the reader; tab → side
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

// TestSideSourcesShowEveryMention: a source cited several ways says how
// often, how it was first cited, and the other ways; a narrow pane keeps
// every tab, the active one whole.
func TestSideSourcesShowEveryMention(t *testing.T) {
	d := newDriver(t, newTestModel(t, corpus(t), "dark", false), 120, 40)
	e := &library.Entry{Result: attrib.Result{Sources: []attrib.Source{
		{Name: "Kelder Ledger", Mention: "Selon le Kelder Ledger", Rule: "attribution", Mentions: []attrib.SourceMention{
			{Text: "Selon le Kelder Ledger", Rule: "attribution"},
			{Text: "(KL)", Rule: "credit-line"},
			{Text: "Kelder Ledger", Rule: "speaker"},
		}},
		{Name: "Radio Morlanges", Mention: "à Radio Morlanges", Rule: "via"},
	}}}
	side := sideModel{pc: d.m.pc, entry: e, tab: tabSources, width: 60, height: 20}
	got := ansi.Strip(side.View(true))
	for _, want := range []string{
		"Kelder Ledger  cited 3 times",
		"  cited · Selon le Kelder Ledger",
		"  also credit, speaks: (KL)",
		"Radio Morlanges",
		"  told · à Radio Morlanges", // a row stored before mentions were kept
		"Sources 2",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("sources tab lacks %q:\n%s", want, got)
		}
	}
	side.width = 24
	if got := ansi.Strip(side.View(true)); !strings.Contains(got, "Src 2") || strings.Contains(got, "Sources") {
		t.Errorf("a narrow pane should show compact tabs:\n%s", got)
	}
}
