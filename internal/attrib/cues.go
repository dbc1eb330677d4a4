package attrib

// The cue readers: the attribution before a quotation, after it, in the
// sentence after it, and the outlet words were relayed through. Each
// returns the speaker resolved with the rule that found it (who.rule), the
// cue's words and the relaying outlet.

import "strings"

// cueAfter reads the attribution after a quotation, up to the sentence end:
// "», a déclaré le Premier ministre", "," he said", "," said Jane Roe".
func (d *doc) cueAfter(q qspan) (who, string, relay, bool) {
	c := q.close
	if c < 0 {
		return who{}, "", relay{}, false
	}
	i := c + 1
	end := i
	for end < len(d.toks) && d.toks[end].Para == d.toks[c].Para && d.inq[end] < 0 && !d.isFinal(end) && end-i < 30 {
		end++
	}
	if w, cue, ok := d.cueCredit(q, i, end); ok {
		return w, cue, relay{}, true
	}
	for i < end && d.toks[i].Kind == tPunct {
		i++
	}
	if i >= end {
		return who{}, "", relay{}, false
	}
	// "…,” AFP quoted him as saying."
	for k := i; k < end; k++ {
		if sa, sb, fEnd, ok := d.slotFrameAt(k, end); ok {
			if m := d.slotMention(sa, sb); m.kind != mNone {
				var via relay
				if a := d.skipDet(i, k); a < k {
					if name, e := d.outletFrom(a, k); e == k {
						via = relay{name, a, k}
					}
				}
				return d.resolveBy(m, k, "after/frame"), d.span(k, fEnd), via, true
			}
		}
	}
	// "« … », selon X."
	if a, ok := d.frameAt(i, false); ok {
		if m := d.frameMention(a, end); m.kind != mNone {
			return d.resolveBy(m, i, "after/frame"), d.span(i, a), relay{}, true
		}
	}
	// Inverted: the verb comes first, maybe after clitics ("se réjouit",
	// "lui a répondu") and an adverb.
	j := i
	for j < end && j < i+2 && d.lang == "fr" && d.toks[j].has(cClitic) {
		j++
	}
	for k := j; k < j+2 && k < end; k++ {
		vEnd, _, pron, ok := d.verbAt(k)
		if !ok || k > j && !d.toks[j].has(xFrAdverb|xEnAux) {
			continue
		}
		var m mention
		if pron != "" {
			m = pronMention(k, vEnd, pron)
		} else {
			m = d.speakerAfter(vEnd, end)
		}
		if m.kind != mNone {
			return d.resolveBy(m, k, "after/inverted"), d.span(i, vEnd), d.viaIn(vEnd, end), true
		}
	}
	// Subject first: the verb follows a noun phrase, maybe with a long
	// apposition ("Harry Kaz, director of …, said").
	for k := i + 1; k < end && k < i+40; k++ {
		vEnd, _, pron, ok := d.verbAt(k)
		if !ok {
			continue
		}
		m := d.speakerBefore(i, k)
		if pron != "" {
			m = pronMention(k, vEnd, pron)
		}
		if m.kind == mNone {
			return who{}, "", relay{}, false
		}
		return d.resolveBy(m, i, "after/subject-verb"), d.span(d.auxStart(k), vEnd), d.viaIn(vEnd, end), true
	}
	return who{}, "", relay{}, false
}

// endsEmbeddedSentence reports a quotation opened inside the narrator's
// sentence that ends that sentence with its own full stop ("Kelder Ferries
// said it is “getting our boats back in the water.” The operator noted
// …"): the words
// after the closing mark begin another sentence, so a cue before it comes
// first.
func (d *doc) endsEmbeddedSentence(q qspan) bool {
	if q.open <= 0 || q.close-1 <= q.open {
		return false
	}
	p := &d.toks[q.open-1]
	if p.Para != q.para || p.Kind != tWord || d.inq[q.open-1] >= 0 {
		return false
	}
	switch d.toks[q.close-1].Text {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// cueCredit reads a name credited after a dash, the way testimonials and
// epigraphs sign a quotation: "“…” ― Jane Roe", "« … » — Marie Dupont,
// agricultrice". The dash must follow the closing mark, and the name (with
// its apposition) must end the sentence: a verb after the dash is a
// narrator's sentence going on ("” — and then the mayor left").
func (d *doc) cueCredit(q qspan, i, end int) (who, string, bool) {
	if i+1 >= end || !isDash(d.toks[i].Text) || !d.toks[i+1].cap() {
		return who{}, "", false
	}
	// The quotation is the signed sentence itself: a quoted fragment in
	// the narrator's sentence is followed by the article's own sign-off
	// ("… was “still the first force.” — Jane Roe").
	if q.open < 0 || q.open > 0 && d.toks[q.open-1].Para == q.para && !d.isFinal(q.open-1) {
		return who{}, "", false
	}
	// "“…” — Kelderpress" is an agency signing the article off.
	if _, _, _, ok := d.signOff(i); ok {
		return who{}, "", false
	}
	aux := d.auxClass()
	for k := i + 1; k < end; k++ {
		if _, _, _, ok := d.verbAt(k); ok || d.toks[k].has(aux) {
			return who{}, "", false
		}
	}
	m := d.speakerInChunks(i+1, end, false)
	if m.kind != mName || m.a != i+1 {
		return who{}, "", false
	}
	return d.resolveBy(m, i+1, "after/credit"), d.span(i, i+1), true
}

// controlStart returns where the subject of the verb at k stops: before the
// verb, or before the verb group an infinitive of saying depends on ("X a
// tenu à rappeler", "X went on to say").
func (d *doc) controlStart(k int) int {
	if k == 0 || !d.toks[k-1].has(xInfMark) {
		return k
	}
	j := k - 1
	for n := 0; n < 4 && j > 0; n++ {
		t := &d.toks[j-1]
		if t.Kind != tWord || t.cap() || t.has(xDeterminer) || d.inq[j-1] >= 0 {
			break
		}
		j--
	}
	return j
}

// participle reports a present participle after a comma: "…, adding",
// "…, estimant".
func (d *doc) participle(k int) bool {
	return k > 0 && d.toks[k-1].Text == "," && d.participleAt(k)
}

// participleAt reports a word with the ending of a present participle.
func (d *doc) participleAt(k int) bool {
	low := d.toks[k].Low
	return d.lang == "en" && strings.HasSuffix(low, "ing") || d.lang == "fr" && strings.HasSuffix(low, "ant")
}

// cueEcho reads a cue in the sentence after a quotation that ends its
// own: "« … ». C'est ce qu'a déclaré X mardi."
func (d *doc) cueEcho(q qspan) (who, string, relay, bool) {
	c := q.close
	if c < 0 {
		return who{}, "", relay{}, false
	}
	i := c + 1
	if i < len(d.toks) && d.toks[i].Para == q.para && d.isFinal(i) {
		i++
	} else if c == 0 || !d.isFinal(c-1) {
		return who{}, "", relay{}, false
	}
	a, ok := d.echoAt(i)
	if !ok || d.toks[i].Para != q.para {
		return who{}, "", relay{}, false
	}
	end := d.sentenceEnd(a)
	vEnd, _, pron, ok := d.verbAt(a)
	if !ok {
		return who{}, "", relay{}, false
	}
	m := d.speakerAfter(vEnd, end)
	if pron != "" {
		m = pronMention(a, vEnd, pron)
	}
	if m.kind == mNone {
		return who{}, "", relay{}, false
	}
	return d.resolveBy(m, a, "after/echo"), d.span(i, vEnd), d.viaIn(vEnd, end), true
}

// auxStart widens a verb match back over its auxiliary ("has said", "a
// dénoncé", "a aussi rappelé"), since a scan from the right meets the
// participle first.
func (d *doc) auxStart(k int) int {
	if k > 0 && (d.toks[k-1].Low == "has" || d.toks[k-1].Low == "had") {
		return k - 1
	}
	j := k - 1
	for j >= 0 && k-j <= 3 && d.toks[j].has(xFrAdverb) {
		j--
	}
	if j >= 0 && j < k && d.toks[j].has(xFrAux) && d.inq[j] < 0 {
		if end, _, _, ok := d.verbAt(j); ok && end == k+1 {
			return j
		}
	}
	return k
}

const maxCueReach = 80

// cueBefore reads the attribution that introduces a quotation: "X a
// déclaré : «", "X said, “", "Selon X, «", or a preceding sentence ending in a
// colon.
func (d *doc) cueBefore(qi int, q qspan) (who, string, relay, bool) {
	o := q.open
	if o < 0 {
		return who{}, "", relay{}, false
	}
	// A cue stands within a few dozen words of its quote; looking further
	// back would make a long run of quotes quadratic.
	s := max(d.sentenceStart(o), o-maxCueReach)
	if qi > 0 && d.quotes[qi-1].para == q.para && d.quotes[qi-1].close >= s {
		s = d.quotes[qi-1].close + 1
	}
	end := o
	for end > s && d.toks[end-1].Kind == tPunct && d.toks[end-1].Text != ":" {
		end--
	}
	if end <= s {
		// The quote opens its sentence: a colon just before may introduce it.
		p := o - 1
		if p < 0 || d.toks[p].Text != ":" || d.inq[p] >= 0 {
			return who{}, "", relay{}, false
		}
		s, end = d.sentenceStart(p), p+1
	}
	for k := end - 1; k >= s; k-- {
		if d.inq[k] >= 0 {
			break
		}
		if _, ok := d.frameAt(k, true); !ok {
			if sa, sb, fEnd, ok := d.slotFrameAt(k, end); ok {
				// "As X put it, « … »", "In X's words, « … »".
				if m := d.slotMention(sa, sb); m.kind != mNone {
					return d.resolveBy(m, k, "before/frame"), d.span(k, fEnd), relay{}, true
				}
			}
		}
		if a, ok := d.frameAt(k, k == d.sentenceStart(o)); ok && a < end {
			// "Selon X, « … »"; "Pour X, « … »" only up to its comma.
			b := end
			if d.toks[k].has(xFrame) && !d.lex.frames.plain(d.toks[k].Low) {
				if b = d.commaAfter(a, o); b < 0 {
					continue
				}
			}
			if m, j, ok := d.clauseAfterFrame(k, a, o); ok {
				return d.resolveBy(m, j, "before/frame-clause"), d.span(j, min(j+2, o)), relay{}, true
			}
			if m := d.frameMention(a, b); m.kind != mNone {
				return d.resolveBy(m, k, "before/frame"), d.span(k, a), relay{}, true
			}
		}
		vEnd, _, pron, ok := d.verbAt(k)
		if !ok || vEnd > end {
			continue
		}
		var m mention
		switch {
		case pron != "":
			m = pronMention(k, vEnd, pron)
		case d.toks[k].Low == "according":
			if m2, j, ok := d.clauseAfterFrame(k, vEnd, o); ok {
				return d.resolveBy(m2, j, "before/frame-clause"), d.span(j, min(j+2, o)), relay{}, true
			}
			m = d.speakerAfter(vEnd, end)
		case d.participle(k):
			// "X praised the volunteers, adding that « … »": the
			// participle's subject is the sentence's.
			m = d.speakerInChunks(s, k, false)
		default:
			m = d.speakerBefore(s, d.controlStart(k))
		}
		if m.kind != mNone {
			return d.resolveBy(m, k, "before/verb"), d.span(d.auxStart(k), vEnd), d.viaIn(vEnd, end), true
		}
	}
	if d.toks[end-1].Text == ":" {
		// Without a verb, only a person can introduce the quote: "L'artiste,
		// plutôt discret, … :" but not "une collaboration avec … :".
		// Read from the sentence start: in "Parmi les invités, une
		// collaboration avec X, mais aussi Y :" nobody is a verb's subject.
		m := d.speakerInChunks(s, d.trimTrailing(s, end-1), false)
		// "Fête du port : « … »" heads a headline with a common word.
		if m.kind == mName && m.name.words == 1 && d.commonWord(m.name.a) {
			m.kind = mNone
		}
		if m.kind == mName || m.kind == mPron || m.kind == mRole && d.hasRoleNoun(d.skipDet(m.roleA, m.roleB), d.skipDet(m.roleA, m.roleB)+1) {
			return d.resolveBy(m, s, "before/colon"), "", relay{}, true
		}
	}
	return who{}, "", relay{}, false
}

// clauseAfterFrame reads the clause a frame reports, when the quotation is
// part of it: in "D'après Radio Verdoise, la chambre a salué une décision
// « de bon sens »" the words are the chamber's, which the radio reports
// (and the source finder cites). The clause's subject opens it after the
// frame's comma and the auxiliary of a compound tense follows it, not one
// of a passive ("his staff were told"); the frame k opens the sentence,
// since inside a clause reported by a verb of saying the verb's subject is
// the speaker ("X said that according to its count, the party has won …").
// It returns the subject and the auxiliary's token.
func (d *doc) clauseAfterFrame(k, a, o int) (mention, int, bool) {
	c := d.commaAfter(a, o)
	if c < 0 || c+1 >= o || k != d.sentenceStart(k) {
		return mention{}, 0, false
	}
	aux := d.auxClass()
	for j := c + 2; j < o && j < c+10; j++ {
		if d.toks[j].Kind != tWord || d.inq[j] >= 0 {
			return mention{}, 0, false
		}
		if !d.toks[j].has(aux) {
			continue
		}
		if d.toks[j].has(xPassive) || j+1 >= o || d.toks[j+1].has(aux) || d.toks[j+1].cap() {
			return mention{}, 0, false
		}
		m := d.parseNP(c+1, j, false)
		if m.a != c+1 || m.kind != mName && m.kind != mOrg && m.kind != mRole {
			return mention{}, 0, false
		}
		return m, j, true
	}
	return mention{}, 0, false
}

// A relay is an outlet the words were relayed through, and its tokens.
type relay struct {
	name string
	a, b int
}

// viaIn finds an outlet the words were relayed through: "told CNN", "a
// déclaré au Figaro", "in an interview with Le Monde", "confie à Radio
// Kelder". Past the gazetteer, a name after the via word is taken when it
// reads as an outlet's (relayName).
func (d *doc) viaIn(a, b int) relay {
	for k := a; k < b; k++ {
		if d.toks[k].isVia() {
			j := k + 1
			if j < b && d.toks[j].has(xDeterminer) {
				j++
			}
			if name, end := d.outletFrom(j, b); end > j {
				return relay{name, k, end}
			}
			if n, ok := d.relayName(j, b, !d.prepIn(a, k)); ok {
				return relay{d.nameText(n), k, n.b}
			}
		}
	}
	if k := a - 1; k >= 0 && d.toks[k].Low == "told" {
		if name, end := d.outletFrom(a, b); end > a {
			return relay{name, k, end}
		}
	}
	return relay{}
}

// relayName reads an outlet the gazetteer does not know after a via word:
// a name with a press word ("Radio Kelder"), one in capitals ("KELDER FM"),
// or a single word that names no person, place or other organisation
// ("à Bruminfo") when the via word stands by the cue (near), not at the end
// of a scene ("lors d'une conférence à Sainte-Aulne", a place). A person
// spoken to ("a confié à Paul Ferrand") is not.
func (d *doc) relayName(j, b int, near bool) (nameSeq, bool) {
	if j >= b || j >= len(d.toks) || d.inq[j] >= 0 {
		return nameSeq{}, false
	}
	n, ok := d.outletNameAt(j)
	if !ok || n.b > b || d.toks[n.a].has(xPlaceName|xNotSource) {
		return nameSeq{}, false
	}
	switch {
	case d.hasPressWord(n.a, n.b):
		return n, true
	case n.words >= 2 && allCaps(d.toks[n.a].Text) && allCaps(d.toks[n.b-1].Text):
		return n, true
	case near && n.words == 1 && !n.org && !d.toks[n.a].has(cFunction):
		if e := d.ents.resolveName(d, n, n.a+1); e == nil || !e.person && e.words == 1 {
			return n, true
		}
	}
	return nameSeq{}, false
}

// prepIn reports a preposition or a comma among tokens [a, b): what
// follows it is a scene or an apposition ("X, ostréiculteur à Y"), not the
// cue's own words.
func (d *doc) prepIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].isPrep() || d.toks[k].Text == "," {
			return true
		}
	}
	return false
}
