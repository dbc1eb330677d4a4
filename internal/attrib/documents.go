package attrib

import "strings"

// Documents that speak for their authors: "the statement said", "it said"
// after a sentence about a statement, "a report released by X".

// documentSubject resolves "it" at token k to the author of the definite
// document ("the statement") that opens the sentence before k's, in the
// same paragraph or the one before.
func (d *doc) documentSubject(k, pos int) (who, bool) {
	s := d.sentenceStart(k)
	if s < 2 {
		return who{}, false
	}
	// The sentence before, read back to the last sentence end or
	// paragraph start outside quotations (quoted titles inside it have
	// full stops of their own).
	p := s - 1
	for p > 0 && s-p < 80 && d.toks[p-1].Para == d.toks[p].Para && !(d.inq[p-1] < 0 && d.isFinal(p-1)) {
		p--
	}
	if p+1 >= s || d.toks[k].Para-d.toks[p].Para > 1 || !d.toks[p].has(xDefinite) || !d.toks[p+1].has(xDocNoun) || d.toks[p+1].has(cRole) {
		return who{}, false
	}
	// The document is the topic of the passage: it may have come in a
	// few paragraphs before.
	return d.statementAuthor(mention{kind: mRole, a: p, b: p + 2, roleA: p, roleB: p + 2}, pos, 6)
}

// statementAuthor resolves a bare definite document ("the statement", "le
// communiqué") to whoever spoke in the sentence that brought that document
// in: "In a statement, the harbour board said …" then "“…,” the statement
// said". The document must have come in this paragraph or the paras before.
func (d *doc) statementAuthor(m mention, pos int, paras int32) (who, bool) {
	a, h := m.roleA, m.roleB-1
	if m.roleB-m.roleA != 2 || !d.toks[a].has(xDefinite) || !d.toks[h].has(xDocNoun) {
		return who{}, false
	}
	para := d.toks[h].Para
	for k := a - 1; k >= 0 && para-d.toks[k].Para <= paras; k-- {
		if d.inq[k] >= 0 || d.toks[k].Low != d.toks[h].Low {
			continue
		}
		s0, s1 := d.sentenceStart(k), d.sentenceEnd(k)
		var best event
		found := false
		for _, list := range [][]event{d.speakers, d.events, d.roleSpoke} {
			for _, ev := range list {
				// Not the document itself speaking.
				if ev.tok < s0 || ev.tok > s1 || ev.who.name == "" || ev.who.ma <= k && k < ev.who.mb {
					continue
				}
				if !found || ev.tok < best.tok {
					best, found = ev, true
				}
			}
		}
		if found {
			return best.who, true
		}
		return who{}, false
	}
	return who{}, false
}

// documentAgent finds the author of a document a role phrase names: the
// words after "par" or "by" that follow its head ("les chiffres communiqués
// par la mairie", "a report released by the ministry").
func (d *doc) documentAgent(m mention) (int, bool) {
	h := m.roleA + 1
	if m.roleA >= m.roleB || h >= len(d.toks) || !d.toks[h].has(xDocNoun) {
		return 0, false
	}
	// The agent's preposition is a source cue ("par") or follows an
	// English participle ("released by"); the class bits are all taken,
	// so it is told by these two existing classes.
	// A recipient comes between them in "a statement emailed to reporters
	// by the ministry": its words are passed over.
	participle, reach := false, h+3
	for k := h + 1; k < len(d.toks) && k <= reach && d.toks[k].Kind == tWord; k++ {
		t := &d.toks[k]
		if t.has(xSceneWord) && t.has(xSourceCue) {
			return k + 1, true
		}
		if d.lang != "en" {
			continue
		}
		if participle && t.isPrep() && t.has(xViaWord) {
			reach = k + 5
			continue
		}
		if participle && t.isPrep() && t.has(xSceneWord) {
			return k + 1, true
		}
		participle = participle || strings.HasSuffix(t.Low, "ed")
	}
	return 0, false
}
