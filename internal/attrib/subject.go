package attrib

import "strings"

type mkind uint8

const (
	mNone mkind = iota
	mName       // a person's name
	mOrg        // an organisation's name
	mPron       // il, elle, he, she
	mRole       // a role phrase: "le Premier ministre irakien"
)

// mention is a reference to a speaker found near a cue.
type mention struct {
	kind    mkind
	a, b    int // token range of the words that name the speaker
	name    nameSeq
	roleA   int // role or apposition, as a token range (roleA == roleB: none)
	roleB   int
	pronoun string
	gender  string // a pronoun's gender when its class does not tell ("her")
	alias   bool   // a name a description gave: "who gave her name as Mira"
}

// pronMention is a pronoun subject, possibly carried by an inverted verb
// ("a-t-il expliqué" → "il").
func pronMention(a, b int, pron string) mention {
	return mention{kind: mPron, a: a, b: b, pronoun: pron}
}

// speakerBefore parses the subject that stands before a verb, in tokens
// [a, b): "Karim Alawi, membre de …, a réaffirmé", "the mayor told".
func (d *doc) speakerBefore(a, b int) mention {
	b = d.trimTrailing(a, b)
	if b <= a {
		return mention{}
	}
	if g, ok := d.toks[b-1].pronoun(); ok && g != "p" || ok && (d.toks[b-1].Low == "they" || d.toks[b-1].Low == "it" || d.toks[b-1].Low == "ils" || d.toks[b-1].Low == "elles") {
		// "Maëlle Orsini, elle, a indiqué": the pronoun between commas
		// sets the name before it apart; the name is the subject.
		if b-2 > a && d.toks[b-2].Text == "," && d.lang == "fr" {
			if m := d.subjectChunks(a, b-2); m.kind == mName && m.b == b-2 {
				return m
			}
		}
		return mention{kind: mPron, a: b - 1, b: b, pronoun: d.toks[b-1].Low}
	}
	return d.subjectChunks(a, b)
}

// subjectChunks reads the subject standing before a verb, chunk by chunk
// from the verb back: "Mr. Harlow" in "During a visit …, which had
// been planned …, Mr. Harlow said"; an apposition next to a name becomes its
// description ("Harry Kaz, director of …, said").
func (d *doc) subjectChunks(a, b int) mention {
	var buf [8][2]int
	chunks := d.chunks(a, b, buf[:0])
	for ci := len(chunks) - 1; ci >= 0 && ci >= len(chunks)-4; ci-- {
		c := chunks[ci]
		c0 := d.skipConnectives(c[0], c[1])
		// "A resident, who gave her name only as Angela, said": the
		// name the description gives is the subject's.
		if c0 < c[1] && ci > 0 {
			if m, ok := d.aliasIn(c0, c[1]); ok {
				p := chunks[ci-1]
				if pm := d.parseNP(d.skipConnectives(p[0], p[1]), p[1], false); pm.kind == mRole {
					m.roleA, m.roleB = pm.roleA, pm.roleB
				}
				return m
			}
		}
		// "Nora Quill, who leads the Mariners' Union, said": a relative
		// clause describes the subject before it and names nobody.
		if c0 >= c[1] || d.isAdverbial(c0, c[1]) || d.toks[c0].has(xRelative) {
			continue
		}
		m := d.parseNP(c0, c[1], false)
		if m.kind == mNone {
			continue
		}
		if ci == 0 {
			return m
		}
		p := chunks[ci-1]
		p0 := d.skipConnectives(p[0], p[1])
		if p0 >= p[1] || d.isAdverbial(p0, p[1]) {
			return m
		}
		pm := d.parseNP(p0, p[1], false)
		switch {
		case m.kind == mRole && (pm.kind == mName || pm.kind == mOrg) && (pm.roleA == pm.roleB || pm.b == p[1] && d.titlesOnly(pm.roleA, pm.roleB)):
			// "Senator Jane Roe, Democrat of Vermont, said": the title
			// before the name does not make the apposition the speaker,
			// when the name is all of its chunk (not "Inspector Roe said
			// …, but investigators believed").
			pm.roleA, pm.roleB = m.roleA, m.roleB
			return pm
		case m.kind == mName && m.roleA == m.roleB && pm.kind == mRole:
			m.roleA, m.roleB = pm.roleA, pm.roleB
			return m
		case m.kind == mOrg && pm.kind == mOrg && pm.roleA == pm.roleB:
			// "The Kelder Police, Zone 2 Command, said": the unit in
			// apposition belongs to the organisation named first.
			return pm
		case m.kind == mRole && pm.kind == mRole && !d.toks[c0].has(xDeterminer) && d.toks[p0].has(xDeterminer):
			// "Une retraitée, ancienne employée du service, résumait":
			// an apposition without a determiner describes the subject.
			return pm
		}
		return m
	}
	return mention{}
}

// speakerAfter parses the subject that follows an inverted verb, in tokens
// [a, b): "a déclaré le Premier ministre irakien", "said Jane Roe, a lawyer".
func (d *doc) speakerAfter(a, b int) mention {
	return d.speakerInChunks(a, b, true)
}

// speakerInChunks splits [a, b) at commas, skips adverbial chunks ("en conférence
// de presse", "vendredi soir", "Sur France Inter lundi") and reads the first chunk
// that names someone, joining a role and a name in apposition.
func (d *doc) speakerInChunks(a, b int, inverted bool) mention {
	var buf [8][2]int
	chunks := d.chunks(a, b, buf[:0])
	for ci, c := range chunks {
		c0 := d.skipConnectives(c[0], c[1])
		if t := &d.toks[min(c0, c[1]-1)]; c0 < c[1] && inverted && (d.isAdverbial(c0, c[1]) || t.has(xTimeWord) || t.lowIs(d.lex, cFunction) && !t.has(xDeterminer)) {
			// "a déclaré à l'AFP le ministre X", "a expliqué mardi soir
			// devant la presse X": the subject follows the scene.
			c0 = d.skipScene(c0, c[1])
		}
		if c0 >= c[1] || d.isAdverbial(c0, c[1]) {
			continue
		}
		m := d.parseNP(c0, c[1], inverted)
		if m.kind == mNone {
			if inverted {
				continue
			}
			return m
		}
		if ci+1 < len(chunks) {
			n := chunks[ci+1]
			n0 := d.skipConnectives(n[0], n[1])
			switch m.kind {
			case mRole:
				if nm := d.parseNP(n0, n[1], inverted); nm.kind == mName && nm.roleA == nm.roleB && nm.a == n0 {
					nm.roleA, nm.roleB = m.a, m.b
					return nm
				}
			case mName:
				if m.roleA == m.roleB && n0 < n[1] && (d.toks[n0].has(xDeterminer) || d.hasRoleNoun(n0, min(n0+2, n[1]))) && d.hasRoleNoun(n0, n[1]) {
					m.roleA, m.roleB = n0, d.cutRole(n0, n[1])
				}
			}
		}
		return m
	}
	return mention{}
}

// chunks splits [a, b) at commas, dashes and parentheses, appending to
// out (a caller's small array, so that a sentence costs no allocation).
func (d *doc) chunks(a, b int, out [][2]int) [][2]int {
	s := a
	for k := a; k < b; k++ {
		switch d.toks[k].Text {
		case ",", "(", ")", "—", "–", ";":
			if k > s {
				out = append(out, [2]int{s, k})
			}
			s = k + 1
		}
	}
	if b > s {
		out = append(out, [2]int{s, b})
	}
	return out
}

func (d *doc) skipConnectives(a, b int) int {
	for a < b {
		if d.toks[a].has(xConnective) {
			a++
			continue
		}
		if d.toks[a].has(xFrAdverb) && a+1 < b {
			a++
			continue
		}
		if d.toks[a].Kind != tWord {
			a++
			continue
		}
		return a
	}
	return a
}

// isAdverbial reports a chunk that sets the scene rather than naming
// someone: it opens with a preposition, or holds only time words.
func (d *doc) isAdverbial(a, b int) bool {
	t := &d.toks[a]
	if t.isPrep() {
		return true
	}
	if t.has(xSceneWord) {
		return true
	}
	// "Contactée mardi, la police …", "Reached on Tuesday, the mayor …":
	// a participle opening the sentence sets the scene for its subject.
	if a == d.sentenceStart(a) && b > a+1 && b < len(d.toks) && d.toks[b].Text == "," && !d.toks[a+1].cap() && d.pastParticiple(a) && !t.has(cGiven) {
		return true
	}
	for k := a; k < b; k++ {
		// "une de ces sources": a group noun is someone even where a line
		// start would not let it open a name.
		if !(d.toks[k].has(xTimeWord) || d.toks[k].lowIs(d.lex, cFunction) && !d.toks[k].has(xGroupNoun) || hasDigit(d.toks[k].Low)) {
			return false
		}
	}
	return true
}

// skipScene passes the time words and prepositional phrases that open
// tokens [a, b), and returns where what follows them starts, or b. A
// phrase's complement is its determiner and one noun or name; a new
// determiner or a capitalised word after a common noun starts the next
// phrase.
func (d *doc) skipScene(a, b int) int {
	k := a
	for k < b {
		t := &d.toks[k]
		switch {
		case t.has(xTimeWord) || t.lowIs(d.lex, cFunction) && !t.isPrep() && !t.has(xDeterminer|xSceneWord):
			k++ // "mardi", "soir", "Tuesday"
		case t.isPrep() || t.has(xSceneWord):
			k++
			if k < b && d.toks[k].has(xDeterminer) {
				k++
			}
			if k >= b {
				return b
			}
			if d.toks[k].has(xTimeWord) || d.toks[k].lowIs(d.lex, cFunction) {
				k++ // "on Tuesday"
				continue
			}
			if n, ok := d.nameAt(k); ok && n.b <= b {
				k = n.b
				continue
			}
			for k < b && d.toks[k].Kind == tWord && !d.toks[k].cap() && !d.toks[k].has(xDeterminer) && !d.toks[k].isPrep() && !d.isAdverbial(k, k+1) {
				k++
			}
		default:
			return k
		}
	}
	return b
}

// trimTrailing drops auxiliaries, adverbs and negation between a subject and
// its verb: "Quist has also said", "il n’a pas".
func (d *doc) trimTrailing(a, b int) int {
	for b > a {
		if d.toks[b-1].has(xFrAux|xFrAdverb|xEnAux) || d.toks[b-1].Kind != tWord {
			b--
			continue
		}
		break
	}
	return b
}

// parseNP reads the noun phrase at the start of [a, b): a pronoun, a name
// (possibly after a role: "le spécialiste militaire russe Ivan Konovalov"),
// an organisation, or a role phrase.
func (d *doc) parseNP(a, b int, inverted bool) mention {
	if a >= b {
		return mention{}
	}
	if _, ok := d.toks[a].pronoun(); ok {
		return mention{kind: mPron, a: a, b: a + 1, pronoun: d.toks[a].Low}
	}
	end := d.npEnd(a, b)
	// The head name: English and French noun phrases put titles and
	// modifiers first ("Riverton County police Sgt. Tom Harlow", "le
	// spécialiste militaire russe Ivan Konovalov"), so the last name that is
	// neither a complement, a possessive nor a modifier heads the phrase.
	var head nameSeq
	found := false
	for k := a; k < end; k++ {
		if !d.mayName(k) {
			continue
		}
		n, ok := d.nameAt(k)
		if !ok {
			continue
		}
		if n.b > end {
			n.b = end
			n.words = n.b - n.a
			if n.words <= 0 {
				break
			}
		}
		k = n.b - 1
		if n.poss || d.governedName(a, n) || d.commonNotName(a, end, n) || d.placeApposition(n) || d.epithet(a, n) {
			continue
		}
		// A name followed by a common noun modifies it: "the Riverton
		// resident", "Lake Valbois residents".
		if nb := d.pastAbbrevDot(n.b, end); nb < end && d.modifies(nb) {
			continue // also "the U.S. intelligence officials"
		}
		if found && !head.org && n.org {
			continue // "Jane Roe of Harbour Bank": the person stays the head
		}
		head, found = n, true
	}
	if found {
		m := mention{a: head.ha, b: head.b, name: head, kind: mName}
		if head.org {
			m.kind = mOrg
		}
		if head.ha > a {
			m.a = a
			if d.skipDet(a, head.ha) < head.ha && !(head.ha-a == 1 && d.toks[a].has(xDeterminer)) {
				m.roleA, m.roleB = a, head.ha
			}
		}
		return m
	}
	if k := a; d.toks[k].has(xDeterminer) || d.hasRoleNoun(a, min(a+3, end)) || d.isGroupNoun(a, end) {
		if end-a > 12 {
			return mention{}
		}
		// "Critics called the plan … and said": a group noun heading the
		// phrase ends it; one governed by a preposition ("un porte-parole
		// de la police cantonale") does not.
		for k := a; k < end; k++ {
			if d.toks[k].isPrep() {
				break
			}
			// "a police spokesman": the group noun modifies the role after it.
			if d.isGroupNoun(k, k+1) && !(k+1 < end && (d.hasRoleNoun(k+1, k+2) || d.toks[k+1].lowIs(d.lex, cRoleTitle))) {
				end = d.postAdjectives(k+1, end)
				break
			}
		}
		return mention{kind: mRole, a: a, b: d.cutRole(a, end), roleA: a, roleB: d.cutRole(a, end)}
	}
	return mention{}
}

// pastAbbrevDot steps over the period of an abbreviation at k that ends
// no sentence ("U.S."), within end.
func (d *doc) pastAbbrevDot(k, end int) int {
	if k < end && d.toks[k].Text == "." && !d.toks[k].final && k > 0 && d.toks[k-1].End == d.toks[k].Start {
		return k + 1
	}
	return k
}

// postAdjectives passes the French adjectives that follow a noun, from k
// up to end: "la police cantonale", "une source militaire". English puts
// them before the noun, so there the phrase ends at k.
func (d *doc) postAdjectives(k, end int) int {
	if d.lang != "fr" {
		return k
	}
	for k < end && d.modifies(k) && !d.toks[k].has(xClauseWord) {
		k++
	}
	return k
}

// governed reports a name that is the complement of a preposition in the
// phrase [a, pos): "le président du groupe X", "a firm at Y". Reading back
// from the name, a preposition met before any role noun governs it; a role
// noun met first is the name's title ("political scientist Ada Quist").
func (d *doc) governed(a, pos int) bool {
	titles := true // the words read so far are capitalised titles
	for k := pos - 1; k >= a; k-- {
		if d.toks[k].isPrep() {
			return true
		}
		// A capitalised title glued to the name is part of what the
		// preposition governs: "a spokesman for the Liberal Harbour
		// Commission", "an aide to Prime Minister Ada Quist".
		titles = titles && d.toks[k].cap()
		if d.hasRoleNoun(k, k+1) && !titles {
			return false
		}
	}
	return false
}

// modifies reports a lower-case noun right after a name, which makes the
// name its modifier ("the Riverton resident"): not a preposition, a
// function word, a time word or a verb.
func (d *doc) modifies(k int) bool {
	t := &d.toks[k]
	if t.Kind != tWord || !startsLower(t.Text) || t.isPrep() || t.has(cFunction) || t.has(xTimeWord|xFrAux|xEnAux) {
		return false
	}
	// An English past tense after a name is its verb: "Nora Quill
	// praised the volunteers".
	if d.lang == "en" && strings.HasSuffix(t.Low, "ed") {
		return false
	}
	_, _, _, verb := d.verbAt(k)
	return !verb
}

// governedName is governed, but a person's name (an honorific, a known
// given name) is governed only by a preposition right before it: in
// "then-minister of transport Ada Quist" the name heads the phrase.
func (d *doc) governedName(a int, n nameSeq) bool {
	known := false
	if d.ents != nil && !n.org {
		if e := d.ents.resolveName(d, n, n.b); e != nil && e.person {
			known = true
		}
	}
	if known || n.hon != "" || d.toks[n.a].has(cGiven) {
		// A title cut off the run stands between a preposition and the
		// name: in "le conseiller d'Etat Jean Roux" "d'" governs "Etat".
		p := n.ha - 1
		if n.hon == "" {
			p = n.a - 1
		}
		if p > a && d.toks[p].has(xDeterminer) {
			p--
		}
		return p >= a && d.toks[p].isPrep()
	}
	return d.governed(a, n.ha)
}

// isGroupNoun accepts bare plural or collective subjects such as "Surrey
// staff", "officials", "police".
func (d *doc) isGroupNoun(a, b int) bool { return d.anyClass(a, b, xGroupNoun) }

// npEnd finds where a noun phrase starting at a stops: at a verb, a relative
// pronoun, or a conjunction introducing a clause.
func (d *doc) npEnd(a, b int) int {
	for k := a + 1; k < b; k++ {
		t := &d.toks[k]
		if t.Kind != tWord {
			if t.Text == "-" || t.Text == "'" || t.Text == "’" || t.Text == "." && k > a && d.toks[k-1].cap() {
				continue
			}
			return k
		}
		// "a resident from a nearby block": after a preposition, French
		// "a" is no auxiliary in English.
		if t.has(xClauseWord|xFrAux|xEnAux) && !(d.lang == "en" && !t.has(xEnAux) && d.toks[k-1].isPrep()) {
			return k
		}
		if _, _, _, ok := d.verbAt(k); ok && !t.cap() && !t.has(cRole) && !d.toks[k-1].has(xDeterminer) { // "juge" is a judge here
			return k
		}
	}
	return b
}

// cutRole ends a role phrase before a trailing adverbial: "the company in a
// statement" → "the company".
func (d *doc) cutRole(a, b int) int {
	for k := a + 1; k < b; k++ {
		if d.toks[k].has(xRoleEnd) {
			b = k
			break
		}
		// "un pompier au Courrier de Brivolle": the outlet the words
		// were told to is no part of the role.
		if t := &d.toks[k]; t.has(xViaWord) && t.isPrep() && k+1 < b && d.outletNext(k+1, b) {
			b = k
			break
		}
	}
	// "the board refused to": a preposition left at the end governs
	// nothing.
	for b > a+1 && d.toks[b-1].isPrep() {
		b--
	}
	return b
}

// outletNext reports an outlet opening [k, b): a press word ("au journal",
// "au Courrier de …") or a name the gazetteer knows.
func (d *doc) outletNext(k, b int) bool {
	if t := &d.toks[k]; t.has(cPress|xPressNoun) && (t.cap() || t.has(xPressNoun)) {
		return true
	}
	if n, ok := d.nameAt(k); ok && n.b <= b {
		_, ok := d.outletAt(n.a, n.b)
		return ok
	}
	return false
}

// roleText is a role phrase as a speaker's name: lower-case determiner, as in
// running text.
func (d *doc) roleText(a, b int) string {
	s := d.span(a, b)
	if a+1 < b && d.toks[a].has(xDeterminer) && d.toks[a+1].cap() && (d.toks[a].has(xDefinite) || !d.toks[a].has(xArticle)) {
		// "la Compagnie ferroviaire du Val" names an organisation; "one
		// Kelder Democrat" is someone.
		return d.span(a+1, b)
	}
	if a < b && d.toks[a].has(xDeterminer) {
		w := d.toks[a].Text
		s = strings.ToLower(w) + s[len(w):]
	}
	return s
}

// titlesOnly reports that [a, b) holds only capitalised titles.
func (d *doc) titlesOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &d.toks[k]; !t.cap() || !t.has(cRoleTitle|cHonorific) {
			return false
		}
	}
	return true
}

// auxClass is the class of the article's language's auxiliaries.
func (d *doc) auxClass() uint64 {
	if d.lang == "fr" {
		return xFrAux
	}
	return xEnAux
}

// pastParticiple reports a word with the ending of a past participle,
// as written: "contactée", "joints", "reached".
func (d *doc) pastParticiple(k int) bool {
	w := d.toks[k].Text
	if d.lang == "fr" {
		return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées")
	}
	return strings.HasSuffix(d.toks[k].Low, "ed")
}
