package attrib

import (
	"slices"
	"strings"
)

// indirectQuotes finds reported speech without quote marks:
//   - "X estime que …", "X said (that) …", "il a appelé au …";
//   - "…, estime X." and "…, X said.";
//   - "selon X, …", "according to X, …" and "…, selon X.".
//
// The list is scratch memory, valid until the next extraction.
func (d *doc) indirectQuotes() []Quote {
	// Each piece of reported speech is noted as its speaker's event and
	// its words' last token and cue, and made a Quote once all are found,
	// in a list of the right size: a dense 10 MB article has hundreds of
	// thousands, which a growing list of Quotes copied over and over.
	found := d.scr.found[:0]
	defer func() { d.scr.found = found[:0] }()
	emit := func(a, b int, w who, cue string) {
		a, b, ok := d.reportSpan(a, b)
		if !ok || w.name == "" {
			return
		}
		d.events = push(d.events, event{tok: a, who: w})
		d.noteUnnamed(a, w)
		found = push(found, report{last: int32(b - 1), cue: cue})
	}
	for s := 0; s < len(d.toks); {
		e := d.sentenceEnd(s)
		if e <= s {
			s++
			continue
		}
		if c := d.quotedSentenceEnd(s, e); c > 0 {
			d.indirectIn(s, c, emit)
			s = c
			continue
		}
		d.indirectIn(s, e, emit)
		// A sentence that runs to its paragraph's end (after a closing
		// quote mark) ends at the next paragraph's first token, which
		// opens the next sentence.
		if s = e + 1; e < len(d.toks) && d.toks[e].Para != d.toks[e-1].Para {
			s = e
		}
	}
	out := slices.Grow(d.scr.reports[:0], len(found))
	defer func() { d.scr.reports = out[:0] }()
	evs := d.events[len(d.events)-len(found):]
	for i, r := range found {
		w := &evs[i].who
		start, end := d.toks[evs[i].tok].Start, d.toks[r.last].End
		out = append(out, Quote{Text: d.src[start:end], Start: int(start), End: int(end), Speaker: w.name,
			Mention: w.mention, Description: w.desc, Cue: r.cue, Kind: Indirect, Rule: w.rule, Resolved: w.how})
	}
	return out
}

// report is one piece of reported speech while indirectQuotes looks for
// more: its words run from its event's token to last.
type report struct {
	last int32
	cue  string
}

func (d *doc) indirectIn(s, e int, emit func(a, b int, w who, cue string)) {
	for k := s; k < e; k++ {
		if d.inq[k] >= 0 {
			continue
		}
		// selon X, CLAUSE / CLAUSE, selon X.
		if a, ok := d.frameAt(k, false); ok && a < e {
			c := a
			for c < e && d.toks[c].Text != "," && !(d.lang == "en" && isDash(d.toks[c].Text)) {
				c++
			}
			if m := d.frameMention(a, c); m.kind != mNone {
				if k == s || k == d.skipConnectives(s, e) {
					// "Selon le journal, qui a consulté …, CLAUSE": the
					// relative clause is the source's, not the words; so
					// is one between dashes.
					from := c + 1
					if from < e && d.toks[from].has(xClauseWord) {
						if c < e && isDash(d.toks[c].Text) {
							for c2 := from; c2 < e; c2++ {
								if isDash(d.toks[c2].Text) {
									from = c2 + 1
									break
								}
							}
						} else if c2 := d.commaAfter(from, e); c2 > from {
							from = c2 + 1
						}
					}
					emit(from, e, d.resolveBy(m, k, "indirect/frame-before"), d.span(k, a))
				} else if k > s && d.toks[k-1].Text == "," {
					emit(s, k-1, d.resolveBy(m, k, "indirect/frame-after"), d.span(k, a))
					// "A, according to X, B": a frame between a subject and
					// its verb reports both sides, and so does one before a
					// connective ("A, according to X, but B"). After a
					// clause of its own, what follows the source describes
					// it: "A, according to X, head of …".
					if c+1 < e && d.lang == "en" && d.toks[c].Text == "," && !d.toks[c+1].cap() && (d.toks[c+1].has(xConnective) || !d.auxIn(s, k-1)) {
						emit(c+1, e, d.resolveBy(m, k, "indirect/frame-after"), d.span(k, a))
						return
					}
				}
			}
			continue
		}
		if !d.toks[k].verbish {
			continue // what verbAt would turn away, without the call
		}
		vEnd, v, pron, ok := d.verbAt(k)
		if !ok || !v.Indirect && v.Lemma != "appeler" {
			continue
		}
		cue := d.span(d.auxStart(k), vEnd)
		appos := false
		// CLAUSE, VERB X.  /  CLAUSE, X VERB. A participle alone is no
		// finite verb: "Le projet, promis lors de la campagne, est …".
		if k > s+3 && d.toks[k-1].Text == "," && vEnd < e && !d.toks[vEnd].has(xThat) && !(v.PP && vEnd == k+1) {
			m := d.speakerAfter(vEnd, e)
			if pron != "" {
				m = pronMention(k, vEnd, pron)
			} else if m.kind != mNone && !d.closesClause(max(m.b, m.roleB), e) || m.kind == mPron && d.toks[m.a].seps&sepApos != 0 {
				// "X, who …, said the two towns had …": what follows the
				// verb is the reported clause, not its inverted subject;
				// so is a pronoun holding its own verb ("said it's").
				m = mention{}
			}
			if appos = d.subjectInApposition(s, k-1); m.kind != mNone && !appos {
				emit(s, k-1, d.resolveBy(m, k, "indirect/verb-after"), cue)
				return
			}
		}
		// "CLAUSE, he said." and "CLAUSE, he said, but CLAUSE.": the words
		// on both sides of the cue are reported.
		// So does "CLAUSE, an official said Monday." and "…, the
		// government said on Wednesday.".
		// A verb form after a determiner is a noun: "denied the reports".
		if d.lang == "en" && (k == 0 || !d.toks[k-1].has(xDeterminer)) && (vEnd == e || d.toks[vEnd].Text == "," || d.sceneAfterVerb(vEnd, e) == e) {
			// A cue set between commas after a short opening ("Too often,
			// he says, …", "Most of it, they promise, will …") reports what
			// follows it; the opening, no clause of its own, is not
			// reported alone.
			lead := 3
			if vEnd < e && d.toks[vEnd].Text == "," {
				lead = 0
			}
			if c := d.lastComma(s, k); c > s+lead {
				if m := d.speakerBefore(c+1, k); m.kind != mNone && k-c <= 8 {
					w := d.resolveBy(m, k, "indirect/subject-verb-after")
					// "…, when, X promised, CLAUSE": a cue set inside a
					// subordinate clause reports only what follows it.
					if !d.toks[c-1].has(xClauseWord) && c > s+3 {
						emit(s, c, w, cue)
					}
					// What follows the cue goes on with the words, unless
					// it describes the speaker ("…,” she says, pouring the
					// coffee"). After a quotation it is read afresh: "“…,”
					// the company said, adding that …".
					if d.quotedIn(s, c) {
						k = vEnd
						continue
					}
					if vEnd < e {
						a := vEnd + 1
						for a < e && d.toks[a].has(xConnective|xClauseWord) {
							a++
						}
						if d.countWords(a, e) >= 4 && !d.participleAt(a) {
							emit(a, e, w, cue)
						}
					}
					return
				}
			}
		}
		// X VERB que CLAUSE.
		subj := func() who {
			if pron != "" {
				return d.resolveBy(pronMention(k, vEnd, pron), k, "indirect/verb-before")
			}
			start := s
			if c := d.lastClauseBreak(s, k); c > s {
				start = c
			}
			// "M. Ferrand, qui assure que …": the relative pronoun stands
			// for the name before its comma.
			if k >= 2 && d.toks[k-1].has(xRelative) && d.toks[k-2].Text == "," {
				return d.resolveBy(d.speakerBefore(start, k-2), k, "indirect/verb-before")
			}
			if d.participle(k) {
				// After a quotation, the participle's subject is its cue's:
				// "“…,” the company said, adding that …".
				for j := k - 1; j >= start; j-- {
					if d.inq[j] >= 0 {
						start = j + 1
						break
					}
				}
				return d.resolveBy(d.speakerInChunks(start, k, false), k, "indirect/participle")
			}
			return d.resolveBy(d.speakerBefore(start, d.controlStart(k)), k, "indirect/verb-before")
		}
		// The subject is resolved only for words that can be reported.
		from := -1
		// "said in a statement on Tuesday evening that": a scene phrase may stand
		// between the verb and its "that".
		// Any other words before the "that" hold a clause of their own:
		// "said the new levy covers roads that …" reports from "the".
		for j := vEnd; j < e && j < vEnd+8; j++ {
			if d.toks[j].has(xThat) {
				if d.lang != "en" || d.thatReach(vEnd, j, e) {
					from = j + 1
				}
				break
			}
			if d.toks[j].Kind != tWord {
				break
			}
		}
		if from < 0 && v.Lemma == "appeler" && vEnd < e && d.toks[vEnd].has(xAuPrep) {
			from = vEnd
		}
		if from < 0 && d.lang == "en" {
			// "said Thursday one of …", "said by text message the weather
			// had …": the scene may stand before a clause without "that".
			// A capitalised verb is part of a name: "the United States";
			// one after a determiner is a noun or an adjective: "if the
			// state held up …", "the alleged drop is …".
			scene := vEnd
			if !d.toks[k].cap() {
				scene = d.sceneAfterVerb(vEnd, e)
			}
			cands := [3]int{d.listenerEnd(vEnd, e), vEnd, scene}
			if k > 0 && d.toks[k-1].has(xDeterminer) && !d.toks[k-1].has(xThat) {
				cands = [3]int{e, e, e}
			}
			for _, a := range cands {
				if a < e && d.toks[a].Kind == tWord && d.inq[a] < 0 {
					// French "on" is a pronoun, English "on" a preposition.
					if _, isPron := d.toks[a].pronoun(); isPron && !d.toks[a].isPrep() || d.toks[a].has(xDeterminer) && !d.nounObject(a, e) || !d.toks[a].has(xDeterminer) && d.bareClause(k, a, e) {
						from = a
						break
					}
				}
			}
		}
		if from < 0 {
			continue
		}
		// The reported clause ends where another subject takes the word
		// ("X said divers were searching, but investigators believed …"),
		// and the reading goes on from there. A verb that follows a
		// quotation of its sentence is that quotation's cue ("“…,” X told
		// the mayor on Tuesday"): what follows it is not reported speech.
		// A participle after the cue opens words of its own: "“…,” the
		// company said, adding that it would return to talks".
		b := d.contrastBreak(from, e)
		// A title quoted in the subject's apposition is not the verb's
		// quotation: "Quist, the author of “Tides,” said …".
		if _, _, ok := d.reportSpan(from, b); ok && (!d.quotedIn(s, k) || d.participle(k) || appos) {
			emit(from, b, subj(), cue)
		}
		if b >= e {
			return
		}
		k = b
	}
}

// quotedSentenceEnd returns the token past the closing mark of a quotation
// inside [s, e) that ends its sentence, its full stop inside the marks, when
// a capitalised word opens the next one: "… more than “the girl from the
// quay.” When she …". It returns 0 when there is none.
func (d *doc) quotedSentenceEnd(s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		qi := d.inq[k]
		if qi < 0 || !d.toks[k].final {
			continue
		}
		if c := d.quotes[qi].close; c == k+1 && c+1 < e && d.toks[c+1].Kind == tWord && d.toks[c+1].cap() && d.inq[c+1] < 0 {
			return c + 1
		}
	}
	return 0
}

// contrastBreak returns where the clause opening at a stops, not past e: at
// a comma before a connective ("but", "and", "mais") and a new subject's
// verb, or before a participle of saying, else e. "…, et que …" goes on
// with the same words.
func (d *doc) contrastBreak(a, e int) int {
	for c := a + 1; c+1 < e; c++ {
		// "X said A; B": what follows a semicolon is said afresh, if at all.
		if d.toks[c].Text == ";" {
			return c
		}
		// A dash before a connective and a new subject's verb breaks like
		// a comma: "X said A — but the board says B".
		if t := d.toks[c].Text; t != "," && !isDash(t) {
			continue
		}
		// "…, jugeant que …": a participle of saying opens words of its own.
		if d.participleAt(c+1) && d.isVerbAt(c+1) {
			return c
		}
		// "… this year, a figure criticised by the opposition": a noun
		// in apposition to the clause, with its participle, is the
		// narrator's comment on the words, not part of them.
		if d.toks[c].Text == "," && c+3 < e && d.toks[c+1].has(xArticle) && !d.toks[c+1].has(xDefinite) &&
			!d.toks[c+2].cap() && !d.toks[c+3].cap() && d.pastParticiple(c+3) {
			return c
		}
		if c+2 >= e || !d.toks[c+1].has(xConnective) || d.toks[c+2].has(xThat) {
			continue
		}
		for k := c + 2; k < e && k < c+8; k++ {
			if d.isVerbAt(k) {
				return c
			}
		}
		// In English, a comma and a connective before a name and its
		// auxiliary close the reported clause: "X said the boats were
		// late, and Quist was furious".
		if d.lang == "en" && d.toks[c].Text == "," {
			if n, ok := d.nameAt(c + 2); ok && !n.poss && n.b < e && d.toks[n.b].has(xEnAux|xPassive) && !d.toks[n.b].cap() {
				return c
			}
		}
	}
	return e
}

// reportSpan trims the reported words [a, b) and tells whether they can be
// reported: long enough, and not mixed with a direct quotation. Callers
// ask it before resolving a subject that would otherwise be wasted.
func (d *doc) reportSpan(a, b int) (int, int, bool) {
	for a < b && d.toks[a].Kind == tPunct {
		a++
	}
	for b > a && d.toks[b-1].Kind == tPunct {
		b--
	}
	// A dateline is not part of what was said: "PARIS (AFP) - …".
	for k := a; k < b && k < a+8; k++ {
		if t := d.toks[k].Text; (t == "-" || t == "—" || t == "–" || t == "--") && k > a && d.toks[k-1].Text == ")" {
			a = k + 1
			break
		}
	}
	if b-a < 3 {
		return a, b, false
	}
	// Mixed with a direct quotation, the words are reported as direct,
	// unless the quotation is a fragment inside a paraphrase ("estime que
	// la reconstruction prendra « au moins dix-huit mois »", "said the
	// repairs would take “at least a year”"), which stays reported speech
	// holding a quote.
	quoted := 0
	for k := a; k < b; k++ {
		if d.inq[k] >= 0 {
			if d.toks[k].Kind == tWord {
				quoted++
			}
		}
	}
	return a, b, quoted == 0 || quoted*2 < d.countWords(a, b)
}

// listenerEnd passes the one spoken to after a verb of saying, from token
// a, when a clause's subject follows it: "told police she could …", "told
// the Harbour Ledger the works had …", "told her the ferry …". The one
// spoken to is a name, an object pronoun or a short noun phrase, and the
// subject a pronoun or a determiner's phrase. It returns a otherwise.
func (d *doc) listenerEnd(a, e int) int {
	if a >= e || d.toks[a].Kind != tWord || d.inq[a] >= 0 {
		return a
	}
	j := a
	if d.toks[a].has(xDeterminer) {
		j++ // "told the Harbour Ledger the …"
	}
	if n, ok := d.nameAt(j); ok && j < e && !n.poss && n.b < e {
		j = n.b
	} else {
		j = a
		for j < e && j < a+3 {
			t := &d.toks[j]
			if t.Kind != tWord || d.inq[j] >= 0 || t.cap() || t.has(xThat|xEnAux) || t.isPrep() {
				break
			}
			if _, isPron := t.pronoun(); isPron {
				break
			}
			// The phrase opens with its determiner or is one object
			// pronoun; then come its nouns.
			if t.has(cFunction) && !(j == a && t.has(xDeterminer|xObjPronM|xObjPronF|xObjPronP)) {
				break
			}
			// A participle makes the phrase a clause's subject: "said the
			// politics surrounding the vote would …".
			if d.participleAt(j) || strings.HasSuffix(t.Low, "ed") || j > a+1 && d.presentAt(j) {
				return a
			}
			j++
			if j == a+1 && t.has(xObjPronM|xObjPronF|xObjPronP) && !t.has(xDeterminer) {
				break
			}
		}
	}
	if j == a || j >= e || d.inq[j] >= 0 {
		return a
	}
	if t := &d.toks[j]; t.has(xDeterminer) && !t.has(xThat) {
		return j
	} else if _, isPron := t.pronoun(); isPron && !t.isPrep() {
		return j
	}
	return a
}

// sceneAfterVerb passes the time and the place of the saying right after
// its verb, from token a: "Thursday", "in retrospect", "by text message",
// "in his speech on Monday". It returns a when nothing is passed.
func (d *doc) sceneAfterVerb(a, e int) int {
	k := a
	for k < e && k < a+10 {
		t := &d.toks[k]
		if t.Kind != tWord || d.inq[k] >= 0 {
			break
		}
		if _, isPron := t.pronoun(); isPron && !t.isPrep() || t.has(xDeterminer|xThat|cHonorific) {
			break
		}
		// A day or a month is a capitalised function word.
		if t.has(xTimeWord) || t.cap() && t.has(cFunction) || hasDigit(t.Low) {
			k++
			continue
		}
		if !t.isPrep() {
			break
		}
		// The preposition's complement: a determiner and a few nouns, or a
		// name, up to the next determiner, pronoun or preposition.
		j := k + 1
		if j < e && d.toks[j].has(xDeterminer) {
			j++
		} else if t.has(xInfMark) && j < e && !d.toks[j].cap() {
			return a // "vowed to stave off …": an infinitive, no scene
		}
		n := 0
		for j < e && n < 4 && d.toks[j].Kind == tWord && d.inq[j] < 0 && !d.toks[j].has(xDeterminer|xThat|xEnAux) && !(d.toks[j].has(cFunction) && !d.toks[j].cap()) && !d.toks[j].isPrep() {
			if _, isPron := d.toks[j].pronoun(); isPron && !d.toks[j].isPrep() {
				break
			}
			j++
			n++
		}
		if n == 0 {
			return a
		}
		k = j
	}
	return k
}

// quotedIn reports a quotation among tokens [a, b) that does not end its
// own sentence, so that a verb at b can be its cue.
func (d *doc) quotedIn(a, b int) bool {
	// A cue stands within a few dozen words of its quote (maxCueReach), so
	// a long sentence is not walked back for every verb in it.
	for k := b - 1; k >= max(a, b-maxCueReach); k-- {
		if qi := d.inq[k]; qi >= 0 {
			q := d.quotes[qi]
			if q.last > q.first && d.isFinal(q.last-1) {
				return false
			}
			// Another verb between them is the quotation's cue: "« … »,
			// a ajouté X, qui assure que …".
			for j := k + 1; j < b; j++ {
				if d.isVerbAt(j) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// closesClause reports that an inverted subject ending at token b (of a
// clause ending at e) ends the clause: nothing follows it but punctuation,
// an apposition after a comma, or a scene phrase ("on Tuesday", "in a
// statement").
func (d *doc) closesClause(b, e int) bool {
	if b >= e {
		return true
	}
	// "told the Harbour Ledger (on Thursday) that …": an object.
	for j := b; j < e && j < b+8; j++ {
		if d.toks[j].has(xThat) {
			return false
		}
	}
	t := &d.toks[b]
	return t.Kind == tPunct || t.has(xTimeWord) || d.isAdverbial(b, b+1)
}

func (d *doc) lastComma(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if d.toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// lastClauseBreak finds the start of the clause holding token b: after "et"
// joining two verbs the subject is still the sentence's.
func (d *doc) lastClauseBreak(a, b int) int {
	for k := b - 1; k > a; k-- {
		if d.toks[k].Text == ";" {
			return k + 1
		}
	}
	return a
}
