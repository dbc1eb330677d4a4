package attrib_test

// The learned speaker choice of uncued quotations (choice.go): pinned
// results on invented sentences, and what the fixed cascade made of the
// same quote, so that each case shows the choice where the cascade was
// wrong, or where the cascade still decides.

import (
	"slices"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

var choiceCases = []fullCase{
	// The cascade gives an uncued quote the previous quote's speaker
	// within two paragraphs; the learned choice weighs the person the
	// quote's own paragraph opens with, as a clause's subject, higher.
	{name: "the paragraph's subject over the previous speaker", lang: "en",
		in: "“We will rebuild the pier before the summer,” said Mayor Tessa Quinlan.\n\n" +
			"Harbour master Elias Brandvold does not share her hurry. “The pier can wait until the spring tides are over.”",
		want: `
direct «We will rebuild the pier before the summer» speaker="Tessa Quinlan" cue="said" rule=after/inverted
direct «The pier can wait until the spring tides are over.» speaker="Elias Brandvold" cue="" rule=inherit/learned
`},
	// French articles are too few to show the learned choice doing better
	// than the cascade (see docs/attribution.md): the cascade decides.
	{name: "the cascade still decides in French", lang: "fr",
		in: "« Nous reconstruirons la jetée avant l'été », a déclaré la maire Tessa Quinlan.\n\n" +
			"Le capitaine du port, Elias Brandvold, ne partage pas son empressement. « La jetée peut attendre la fin des grandes marées. »",
		want: `
direct «Nous reconstruirons la jetée avant l'été» speaker="Tessa Quinlan" cue="a déclaré" rule=after/inverted
direct «La jetée peut attendre la fin des grandes marées.» speaker="Tessa Quinlan" cue="" rule=inherit/previous-quote
`,
		gap: "the second quote is Elias Brandvold's; the French classes stay with the cascade until there are French articles enough to learn them"},
	// Where the choice agrees with the cascade, the cascade's rule names
	// the construction.
	{name: "agreeing with the cascade keeps its rule", lang: "en",
		in: "“The ferry will run all winter,” said Ansel Marrow, who owns the line. “Nobody will be stranded.”",
		want: `
direct «The ferry will run all winter» speaker="Ansel Marrow" cue="said" rule=after/inverted
direct «Nobody will be stranded.» speaker="Ansel Marrow" cue="" rule=inherit/previous-quote
`},
}

func TestRules_Choice(t *testing.T) { runFull(t, choiceCases) }

// TestChoiceCandidates pins what SpeakerChoices reports for the first
// case: the cascade's pick, which the learned choice overrides, and the
// candidates in their order (reported speech, previous quote, last cued
// speaker, then the names by recency).
func TestChoiceCandidates(t *testing.T) {
	c := choiceCases[0]
	_, got := attrib.SpeakerChoices(c.in, attrib.Options{Lang: c.lang})
	if len(got) != 1 {
		t.Fatalf("got %d choices, want 1: %+v", len(got), got)
	}
	ch := got[0]
	if ch.Class != "previous-quote" || ch.Cascade != "Tessa Quinlan" || ch.Lang != "en" {
		t.Errorf("got class %q, cascade %q, lang %q; want previous-quote, Tessa Quinlan, en", ch.Class, ch.Cascade, ch.Lang)
	}
	var names []string
	for _, cand := range ch.Candidates {
		names = append(names, cand.Name)
		if len(cand.Features) != len(attrib.FeatureNames()) {
			t.Errorf("%s: %d features, want %d", cand.Name, len(cand.Features), len(attrib.FeatureNames()))
		}
	}
	if want := []string{"Tessa Quinlan", "Elias Brandvold"}; !slices.Equal(names, want) {
		t.Errorf("candidates %q, want %q", names, want)
	}
}

// TestPronounChoices checks that SpeakerChoices reports a quote cued by a
// pronoun with the rule's resolution and the pronoun's candidates: the
// nearest person of the pronoun's gender (a known given name), then the
// persons by recency. No
// pronoun class is handed to the learned choice (it did not beat the rule
// in cross-validation), so the result is the rule's.
func TestPronounChoices(t *testing.T) {
	in := "Ansel Marrow owns the ferry line. Brin Tollow, its pilot, met Nell Osgood. “The ferry will run all winter,” he said."
	res, got := attrib.SpeakerChoices(in, attrib.Options{Lang: "en"})
	if q := directOf(res); len(q) != 1 || q[0].Speaker != "Ansel Marrow" || q[0].Resolved != "pronoun/recent-person" {
		t.Fatalf("got %s, want one quote of Ansel Marrow by pronoun/recent-person", fmtQuotes(q))
	}
	if len(got) != 1 || got[0].Kind != "pronoun" || got[0].Class != "recent-person-pronoun" || got[0].Cascade != "Ansel Marrow" {
		t.Fatalf("got %+v, want one pronoun choice of class recent-person-pronoun, Ansel Marrow", got)
	}
	var names []string
	for _, c := range got[0].Candidates {
		names = append(names, c.Name)
		if len(c.Features) != len(attrib.PronounFeatureNames()) {
			t.Errorf("%s: %d features, want %d", c.Name, len(c.Features), len(attrib.PronounFeatureNames()))
		}
	}
	if want := []string{"Ansel Marrow", "Nell Osgood", "Brin Tollow"}; !slices.Equal(names, want) {
		t.Errorf("candidates %q, want %q", names, want)
	}
	if r := render(extract("en", in)); r != render(res) {
		t.Errorf("Extract gives\n%s, SpeakerChoices\n%s", r, render(res))
	}
}
