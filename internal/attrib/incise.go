package attrib

// Incises (a quotation interrupted by its attribution) and the final merge
// of direct quotes with reported speech.

import (
	"cmp"
	"slices"
	"strings"
)

// quotePart is one piece of a quotation after incises are split off.
type quotePart struct {
	first, last int
	who         who
	cue         string
	cued        bool
}

// incise is an attribution inside one pair of marks:
// « A, concède Odile Marchetti, la bourgmestre. B ».
type incise struct {
	comma, vEnd, end int // the comma opening it, past its verb, its closing punctuation
	pron             string
}

// findIncise looks for an incise in a French quotation. Its tokens are then
// narrative, not quoted speech, so names in it count as mentions.
func (d *doc) findIncise(q qspan) (incise, bool) {
	if d.lang != "fr" {
		return incise{}, false
	}
	for k := q.first + 1; k+1 < q.last; k++ {
		if d.toks[k].Text != "," {
			continue
		}
		// "…, s'amuse la maire, …": the verb may follow a clitic.
		v := k + 1
		if v+1 < q.last && d.toks[v].has(cClitic) {
			v++
		}
		vEnd, _, pron, ok := d.verbAt(v)
		if !ok || vEnd >= q.last || vEnd-(k+1) > 3 {
			continue
		}
		// The incise ends at the next sentence end, or at a comma not
		// followed by an apposition: a role, or the speaker's affiliation
		// ("souligne Nicolas Daniel, du club de Kerbrat (…).").
		end := -1
		for j := vEnd; j < q.last && j < vEnd+20; j++ {
			if d.isFinal(j) || d.toks[j].Text == "," && !d.hasRoleNoun(j+1, min(j+4, q.last)) && !d.namedAfterRole(vEnd, j, q.last) && !d.affiliation(j+1, q.last) {
				end = j
				break
			}
		}
		if end < 0 || q.last-end < 4 || d.toks[vEnd].Low == "que" || d.toks[vEnd].Low == "qu'" {
			continue
		}
		if pron == "" {
			if m := d.speakerAfter(vEnd, end); m.kind == mNone {
				continue
			}
		}
		return incise{comma: k, vEnd: vEnd, end: end, pron: pron}, true
	}
	return incise{}, false
}

// namedAfterRole reports a role phrase in [a, c) followed, after the comma at
// c, by a person's name that closes the incise: "a expliqué la présidente du
// club, Claire Roux. B".
func (d *doc) namedAfterRole(a, c, last int) bool {
	if !d.hasRoleNoun(a, c) {
		return false
	}
	n, ok := d.nameAt(c + 1)
	if !ok || n.org || n.place || n.ha != c+1 || n.b >= last {
		return false
	}
	return d.isFinal(n.b) || d.toks[n.b].Text == ","
}

// splitIncise splits a quotation around its incise into two quotes with one
// speaker.
func (d *doc) splitIncise(qi int, q qspan) ([2]quotePart, int) {
	in, ok := d.incises[qi]
	if !ok {
		return [2]quotePart{{first: q.first, last: q.last}}, 1
	}
	k := in.comma
	var m mention
	if in.pron != "" {
		m = mention{kind: mPron, a: k + 1, b: in.vEnd, pronoun: in.pron}
	} else {
		m = d.speakerAfter(in.vEnd, in.end)
	}
	w := d.resolveBy(m, k, "incise")
	cue := d.span(k+1, in.vEnd)
	return [2]quotePart{
		{first: q.first, last: k, who: w, cue: cue, cued: true},
		{first: in.end + 1, last: q.last, who: w, cue: cue, cued: true},
	}, 2
}

// affiliation reports "du …" or "de la …" at token a followed by a capital
// or an acronym, ending in a full stop before b: the body the speaker
// belongs to, closing the incise.
func (d *doc) affiliation(a, b int) bool {
	if a+1 >= b || !d.toks[a].has(xPartitive) {
		return false
	}
	k := a + 1
	if d.toks[k].has(xDefinite) {
		k++
	}
	if k >= b || !d.toks[k].cap() {
		return false
	}
	for j := k; j < b && j < a+14; j++ {
		if d.isFinal(j) {
			return true
		}
		if d.toks[j].Text == "," {
			return false
		}
	}
	return false
}

// mergeQuotes returns the direct quotes and the reported speech, each in
// text order as a rule, merged into one new list in text order: what a
// stable sort of the two lists end to end gives, without moving every quote
// log n times. Lists out of order are sorted.
func mergeQuotes(direct, reports []Quote) []Quote {
	out := make([]Quote, 0, len(direct)+len(reports))
	if !slices.IsSortedFunc(direct, compareQuotes) || !slices.IsSortedFunc(reports, compareQuotes) {
		out = append(append(out, direct...), reports...)
		slices.SortStableFunc(out, compareQuotes)
		return out
	}
	i, j := 0, 0
	for i < len(direct) && j < len(reports) {
		// Ties take the direct quote first, as a stable sort keeps them.
		if compareQuotes(reports[j], direct[i]) < 0 {
			out = append(out, reports[j])
			j++
		} else {
			out = append(out, direct[i])
			i++
		}
	}
	return append(append(out, direct[i:]...), reports[j:]...)
}

func compareQuotes(a, b Quote) int {
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return strings.Compare(string(a.Kind), string(b.Kind))
}
