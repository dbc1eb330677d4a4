package attrib

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// sourceSet gathers an article's sources as the shapes find them: one
// Source a name, keeping every mention in text order, so that a reader sees
// that the agency of the dateline is the one a "selon" cites again.
type sourceSet struct {
	d   *doc
	out []Source
	idx map[string]int // outletKey of a name → its Source in out
}

// add records the citation of name by tokens [a, b) in the shape rule.
func (s *sourceSet) add(name string, a, b int, rule string) {
	name = strings.TrimSpace(name)
	if name == "" || a < 0 || a >= b || b > len(s.d.toks) {
		return
	}
	start, end := s.d.toks[a].Start, s.d.toks[b-1].End
	m := SourceMention{Text: s.d.src[start:end], Start: int(start), End: int(end), Rule: rule}
	key := outletKey(name)
	// An alias the gazetteer knows ("AP" speaking after "according to the
	// Associated Press") is that outlet, under its name.
	if canon, ok := s.d.lex.outlets[key]; ok && canon != name {
		name, key = canon, outletKey(canon)
	}
	if i, ok := s.idx[key]; ok {
		src := &s.out[i]
		for _, o := range src.Mentions {
			if o.Start < m.End && m.Start < o.End {
				return // the same words, found by another shape
			}
		}
		src.Mentions = append(src.Mentions, m)
		return
	}
	if s.idx == nil {
		s.idx = map[string]int{}
	}
	s.idx[key] = len(s.out)
	s.out = append(s.out, Source{Name: name, Mention: m.Text, Start: m.Start, End: m.End, Rule: rule, Mentions: []SourceMention{m}})
}

// holds reports a name that is a part of a source already found: "the
// police" after "the Kelder Police Force".
func (s *sourceSet) holds(name string) bool {
	f := " " + text.Fold(name) + " "
	for _, src := range s.out {
		if strings.Contains(" "+text.Fold(src.Name)+" ", f) {
			return true
		}
	}
	return false
}

// sources returns the sources, each one's mentions in text order and its
// Mention the first of them.
func (s *sourceSet) sources() []Source {
	s.mergeShortForms()
	for i := range s.out {
		ms := s.out[i].Mentions
		slices.SortStableFunc(ms, func(a, b SourceMention) int { return cmp.Compare(a.Start, b.Start) })
		src := &s.out[i]
		src.Mention, src.Start, src.End, src.Rule = ms[0].Text, ms[0].Start, ms[0].End, ms[0].Rule
	}
	return s.out
}

// mergeShortForms folds a source named by one word into the source whose
// fuller name opens with that word, as a speaker's name is ("According to
// VOA" after "VOA News reports" cites VOA News), when the fuller name is
// a proper name throughout, not "FBI officials". A word that opens two
// fuller names is left alone: it could be either.
func (s *sourceSet) mergeShortForms() {
	for i := 0; i < len(s.out); i++ {
		short := s.out[i].Name
		if strings.ContainsRune(short, ' ') || !writtenCapitalised(short) {
			continue
		}
		into := -1
		for j := range s.out {
			if first, rest, ok := strings.Cut(s.out[j].Name, " "); j != i && ok && first == short && properWords(rest) {
				if into >= 0 {
					into = -2
					break
				}
				into = j
			}
		}
		if into < 0 {
			continue
		}
		s.out[into].Mentions = append(s.out[into].Mentions, s.out[i].Mentions...)
		s.out = slices.Delete(s.out, i, i+1)
		i--
	}
}

// properWords reports words that each open with a capital letter.
func properWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !writtenCapitalised(w) {
			return false
		}
	}
	return true
}
