package attrib_test

// Rule tests: one table per rule family, each in French and English. Every
// sentence, person, place and outlet below is invented for these tests,
// except the agencies and papers the gazetteer (lexicon/outlets.txt) must
// recognise by name.
//
// This file holds the shared types and helpers; the tables are in
// rules_marks_test.go (marks, incises, paragraphs, not-speech),
// rules_speakers_test.go (cues, speakers, descriptions) and
// rules_indirect_sources_test.go (indirect speech, sources, language,
// result shape).

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dixit-news/dixit/internal/attrib"
)

const (
	nbsp  = "\u00a0"
	nnbsp = "\u202f"
)

// dq is one expected direct quote: its text (without the marks) and the
// canonical speaker ("" when nobody should be credited).
type dq struct{ text, speaker string }

type directCase struct {
	name, lang, in string
	want           []dq
}

// normText trims the comma, semicolon or colon a quote may carry before its
// closing mark: "A," she said reads the same as « A », a-t-il dit.
func normText(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ",;:")
}

func extract(lang, in string) attrib.Result {
	return attrib.Extract(in, attrib.Options{Lang: lang})
}

func directOf(res attrib.Result) []attrib.Quote {
	var out []attrib.Quote
	for _, q := range res.Quotes {
		if q.Kind == attrib.Direct {
			out = append(out, q)
		}
	}
	return out
}

func fmtQuotes(qs []attrib.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n\t\t[%s] %q — speaker %q (mention %q, cue %q, desc %q)", q.Kind, q.Text, q.Speaker, q.Mention, q.Cue, q.Description)
	}
	if b.Len() == 0 {
		return " none"
	}
	return b.String()
}

func checkDirect(t *testing.T, c directCase) {
	t.Helper()
	res := extract(c.lang, c.in)
	got := directOf(res)
	ok := len(got) == len(c.want)
	for i := 0; ok && i < len(got); i++ {
		ok = normText(got[i].Text) == normText(c.want[i].text) && got[i].Speaker == c.want[i].speaker
	}
	if !ok {
		var w strings.Builder
		for _, q := range c.want {
			fmt.Fprintf(&w, "\n\t\t%q — speaker %q", q.text, q.speaker)
		}
		if len(c.want) == 0 {
			w.WriteString(" none")
		}
		t.Errorf("input: %q\n\tgot direct quotes:%s\n\twant:%s", c.in, fmtQuotes(got), w.String())
	}
}

func runDirect(t *testing.T, cases []directCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			checkDirect(t, c)
		})
	}
}
