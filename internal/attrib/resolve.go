package attrib

import "strings"

// who is a mention resolved to the speaker it names.
type who struct {
	name    string // canonical name, role phrase, or "" when unknown
	mention string // the words used at the cue
	desc    string
	ent     *entity
	rule    string // the construction that found the attribution
	how     string // how the name was chosen from the mention
	kind    mkind  // the mention's kind, and its tokens [ma, mb)
	ma, mb  int
}

// resolveBy resolves m and notes the construction that found it.
func (d *doc) resolveBy(m mention, pos int, rule string) who {
	w := d.resolve(m, pos)
	w.rule = rule
	return w
}

// resolve ties a mention to its speaker: names to the fullest form of the
// same person, pronouns to the nearest fitting person before, role phrases to
// the person the article gave that role, else the role itself.
func (d *doc) resolve(m mention, pos int) who {
	w := who{mention: d.span(m.a, m.b), kind: m.kind, ma: m.a, mb: m.b}
	if m.kind == mPron {
		w.mention = m.pronoun
		if t := &d.toks[m.a]; m.b-m.a == 1 && t.Low == m.pronoun {
			w.mention = t.Text
		}
	}
	if m.roleA < m.roleB {
		w.desc = d.span(m.roleA, m.roleB)
	}
	switch m.kind {
	case mName, mOrg:
		e := d.ents.resolveName(d, m.name, pos+1)
		if e == nil {
			w.name, w.how = d.nameText(m.name), "name/as-written"
			if m.kind == mOrg {
				if canon, ok := d.outletAt(m.name.a, m.name.b); ok {
					w.name, w.how = canon, "name/gazetteer"
				} else if full, ok := d.acronymFor(m.name.a); ok && m.name.words == 1 {
					w.name, w.how = full, "name/acronym"
				}
			}
			return w
		}
		w.name, w.ent, w.how = e.name, e, "name/fullest-form"
		if m.alias && !e.person && !e.org && !e.place {
			// A given name alone that a description gave someone is a
			// person, whom the pronouns after it may stand for.
			e.person = true
			if e.gender == "" && d.toks[m.name.a].has(cGiven) {
				e.gender = d.givenGender(m.name.a)
			}
		}
		if w.desc == "" {
			w.desc = e.desc
		}
		if m.name.words == 1 && w.name == d.toks[m.name.a].Text {
			if full, ok := d.acronymFor(m.name.a); ok {
				w.name, w.how = full, "name/acronym"
			}
		}
	case mPron:
		if m.pronoun == "it" {
			// "The statement also listed …" then "“…,” it said": the
			// document the sentence before was about.
			if w2, ok := d.documentSubject(m.a, pos); ok {
				w2.mention, w2.kind, w2.ma, w2.mb, w2.how = w.mention, w.kind, w.ma, w.mb, "pronoun/document-author"
				return w2
			}
			if e := d.ents.recentOrg(pos); e != nil {
				w.name, w.ent, w.how = d.fullName(e), e, "pronoun/recent-organisation"
			}
			return w
		}
		g, _ := pronounOf(d.lex.words.class(m.pronoun))
		if m.gender != "" {
			g = m.gender
		}
		e := d.ents.recentPerson(pos, g)
		how := "pronoun/recent-person"
		if s, at := d.lastSpeaker(pos); s != nil && s != e && (g == "p" || s.gender == "" || s.gender == g) {
			// "He said" goes on with the current speaker, unless the
			// narrative has since made someone else a sentence's subject.
			if e == nil || !d.ents.subjectSince(e, at, pos) {
				e, how = s, "pronoun/last-speaker"
			}
		}
		e, how = d.choosePronoun(m, pos, g, e, how) // pronoun.go
		if u, ok := d.unnamedSpokeLast(pos, e); ok {
			w.name, w.how = u.name, "pronoun/unnamed-speaker"
			return w
		}
		if e != nil {
			w.name, w.ent, w.desc, w.how = e.name, e, e.desc, how
		} else if w2, ok := d.previousSubject(pos, g); ok {
			w2.mention, w2.kind, w2.ma, w2.mb, w2.how = w.mention, w.kind, w.ma, w.mb, "pronoun/previous-subject"
			return w2
		}
	case mRole:
		// "selon les chiffres communiqués par la mairie": a document
		// speaks for its author.
		if a, ok := d.documentAgent(m); ok {
			if m2 := d.speakerAfter(a, d.sentenceEnd(a)); m2.kind != mNone && m2.kind != mPron {
				w2 := d.resolve(m2, pos)
				w2.mention, w2.how = w.mention, "role/author"
				return w2
			}
		}
		if w2, ok := d.statementAuthor(m, pos, 2); ok {
			w2.mention, w2.desc, w2.how = w.mention, "", "role/document-author"
			return w2
		}
		if name, ok := d.bodySpokeLast(m, pos); ok {
			w.name, w.desc, w.how = name, "", "role/unnamed-chain"
			return w
		}
		if e := d.ownerOf(m, pos); e != nil {
			w.name, w.ent, w.how = d.fullName(e), e, "role/owner"
			return w
		}
		if w2, ok := d.fullerBody(m, pos); ok {
			w2.mention, w2.kind, w2.ma, w2.mb = w.mention, w.kind, w.ma, w.mb
			return w2
		}
		words := d.roleWords(m.roleA, m.roleB)
		if e := d.ents.byRole(words, pos); e != nil {
			w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/given-before"
			return w
		}
		// "notre source", "our source": the reporter's informant, who is
		// the speaker last heard.
		if t := &d.toks[m.roleA]; t.has(xDeterminer) && t.has(cPerson12) {
			if u, ok := d.unnamedSpokeLast(pos, nil); ok {
				w.name, w.desc, w.how = u.name, "", "role/informant"
				return w
			}
			if e, _ := d.lastSpeaker(pos); e != nil {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/informant"
				return w
			}
		}
		// "cette même source", "this official": a phrase that points back
		// with its determiner, whose head the last unnamed speaker's role
		// holds, is that speaker.
		if t := &d.toks[m.roleA]; t.has(xDeterminer) && (!t.has(xArticle) || t.has(xDefinite)) {
			if name, ok := d.recentUnnamedHead(d.toks[m.roleB-1].Low, pos); ok {
				w.name, w.desc, w.how = name, "", "role/unnamed-chain"
				return w
			}
		}
		if d.definitePersonRole(m.roleA, m.roleB) && !d.ownedRole(m.roleA, m.roleB) {
			head := d.toks[m.roleB-1].Low
			// "a harbour official said …" then "the official said": the
			// same unnamed speaker.
			if name, ok := d.recentUnnamed(head, pos); ok {
				w.name, w.desc, w.how = name, "", "role/unnamed-chain"
				return w
			}
			gender := ""
			switch d.toks[m.roleA].Low {
			case "la":
				gender = "f"
			case "le":
				gender = "m"
			}
			// "X has scored twice since Valbois sent him to Kelder for Y.
			// The 24-year-old forward said": a description opening its
			// sentence goes on with the subject of the sentence before,
			// not its last name.
			if e := d.previousOpener(m.roleA, gender); e != nil {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/previous-subject"
				return w
			}
			// "L'adjoint aux finances, Paul Esnault, … a assuré l'élu": the
			// person just named in the paragraph.
			if e := d.ents.recentPersonIn(pos, gender, d.toks[pos].Para, d); e != nil {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/named-in-paragraph"
				return w
			}
			// "the mayor": someone given that role in any form ("mayoral
			// candidate X"), else the current speaker.
			if e := d.ents.byRoleHead(head, pos); e != nil {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/head-given-before"
				return w
			}
			if e, _ := d.lastSpeaker(pos); e != nil {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/last-speaker"
				return w
			}
			// Only while that person is recent: "la mère de la victime",
			// three paragraphs after the prosecutor was last named, is
			// someone else.
			if e := d.ents.recentPerson(pos, gender); e != nil && d.toks[pos].Para-d.toks[e.lastBefore(pos)].Para <= 2 {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/recent-person"
				return w
			}
			// Nobody named yet: a profile's unnamed subject, introduced in
			// the opening sentence by a role ("le chanteur …", later
			// "l'artiste"), is who "the artist" is.
			if a, b, ok := d.ledeRole(); ok && a != m.roleA {
				w.name, w.desc, w.how = d.roleText(a, b), d.span(m.roleA, m.roleB), "role/lede"
				return w
			}
			// Nobody named before: the article names the person after
			// the role ("The chief inspector has told …" then "Chief
			// Inspector Ada Quist said").
			if e := d.ents.personAhead(d, max(pos, m.roleB), words); e != nil {
				w.name, w.ent, w.desc, w.how = e.name, e, d.span(m.roleA, m.roleB), "role/named-after"
				return w
			}
		}
		w.name, w.how = d.roleText(m.roleA, m.roleB), "role/as-written"
		if full, ok := d.namedInFull(m); ok {
			w.name, w.desc, w.how = full, d.span(m.roleA, m.roleB), "role/named-before"
			return w
		}
		w.desc = ""
	}
	return w
}

// lastSpeaker is the person who last spoke before token pos, in a quotation
// or in reported speech, if that was in this paragraph or the one before:
// "he said" most often continues with the current speaker.
func (d *doc) lastSpeaker(pos int) (*entity, int) {
	best, found := d.lastHeard(pos)
	if !found || best.who.ent == nil || !best.who.ent.person || d.toks[pos].Para-d.toks[best.tok].Para > 1 {
		return nil, 0
	}
	return best.who.ent, best.tok
}

// ledeRole is the subject of the article's opening sentence when it is a
// definite role phrase naming a person: "A 41 ans, le chanteur … s'apprête".
func (d *doc) ledeRole() (int, int, bool) {
	if len(d.toks) == 0 {
		return 0, 0, false
	}
	var buf [8][2]int
	for _, c := range d.chunks(0, d.sentenceEnd(0), buf[:0]) {
		c0 := d.skipConnectives(c[0], c[1])
		if c0 >= c[1] || d.isAdverbial(c0, c[1]) {
			continue
		}
		m := d.parseNP(c0, c[1], false)
		if m.kind == mRole && hasDigit(d.span(m.roleA, m.roleB)) {
			continue // "A 41 ans": an age, not a subject
		}
		if m.kind == mRole && d.definitePersonRole(m.roleA, m.roleB) {
			return m.roleA, m.roleB, true
		}
		if m.kind != mNone {
			break
		}
	}
	return 0, 0, false
}

// ownerOf resolves phrases that speak for someone else: a document or
// spokesperson owned by a pronoun ("her statement" → she) or by a name
// ("the RCMP statement" → RCMP), and "the company" → the organisation named
// last.
func (d *doc) ownerOf(m mention, pos int) *entity {
	a, b := m.roleA, m.roleB
	if a >= b {
		return nil
	}
	h := b - 1
	for k := a + 1; k < b; k++ {
		// "a statement from the EU": the document noun heads the phrase.
		if d.toks[k].has(xDocNoun) && k+1 < b && (d.toks[k+1].Low == "from" || d.toks[k+1].Low == "by" || d.toks[k+1].Low == "de") {
			h = k
			break
		}
	}
	// "la mairie locale", "l'entreprise lausannoise": a French noun comes
	// before its adjective.
	if h == b-1 && b-a == 3 && d.lang == "fr" && d.toks[a+1].has(xOrgNoun) && !d.toks[h].has(xOrgNoun|xDocNoun) && startsLower(d.toks[h].Text) {
		h = a + 1
	}
	// "le trésorier de la coopérative" is someone of the cooperative,
	// not the cooperative.
	if h > a+1 && d.toks[a].has(xDeterminer) && d.toks[a+1].has(cRole) && !d.toks[h].has(xDocNoun) {
		return nil
	}
	head := d.toks[h].Low
	if d.toks[h].has(xDocNoun) {
		switch d.toks[a].Low {
		case "his", "son", "sa", "ses":
			return d.ents.recentPerson(pos, "m")
		case "her":
			return d.ents.recentPerson(pos, "f")
		case "their", "its", "leur":
			return d.ents.recentOrg(pos)
		}
		for k := a; k < b; k++ {
			if !d.mayName(k) {
				continue
			}
			if n, ok := d.nameAt(k); ok && n.b <= b {
				return d.ents.resolveName(d, n, pos)
			}
		}
	}
	if d.toks[a].has(xDefinite) && d.toks[h].has(xOrgNoun) {
		if e := d.ents.recentOrgNamed(pos, head); e != nil {
			return e
		}
		// "Greyline Ferries said … “…,” the company said": the body that
		// spoke last goes on speaking, unless it is a person by a given
		// name or an honorific (who has a gender).
		if e, _ := d.lastSpeaker(pos); e != nil && !e.place && (!e.person || e.gender == "") {
			return e
		}
		// The organisation named last, unless someone else has spoken
		// since or it is of another kind: "the city's finance department
		// said" after a councillor's words is a new body, not the council
		// named before.
		if e := d.ents.recentOrg(pos); e != nil && !d.otherSpokeSince(e, e.lastBefore(pos), pos) && !d.otherKind(e, h) {
			return e
		}
	}
	return nil
}

// otherKind reports an organisation introduced by a noun of its kind other
// than the noun at h: "le syndicat Force Bois" is no "préfecture".
func (d *doc) otherKind(e *entity, h int) bool {
	k := e.occPos[0] - 1
	return k >= 0 && d.toks[k].has(xOrgNoun) && d.toks[k].Low != d.toks[h].Low
}

// otherSpokeSince reports a speaker other than e heard in tokens (a, b).
func (d *doc) otherSpokeSince(e *entity, a, b int) bool {
	for _, list := range [][]event{d.speakers, d.events, d.roleSpoke} {
		l := before(list, b)
		for k := len(l) - 1; k >= 0 && l[k].tok > a; k-- {
			if l[k].who.ent != e {
				return true
			}
		}
	}
	return false
}

// definitePersonRole reports "le maire", "l’ancien Premier ministre", "the
// mayor": a definite phrase whose head is a person's role, which refers back
// to someone already named.
func (d *doc) definitePersonRole(a, b int) bool {
	if a >= b {
		return false
	}
	if !d.toks[a].has(xDefinite) {
		return false
	}
	if d.hasRoleNoun(a+1, min(b, a+4)) {
		return true
	}
	// The subject of a verb of saying is someone: a definite common noun
	// the role list lacks ("insiste l'ostréiculteur") refers back to a
	// person, unless it names an organisation, a document, a group or a
	// place.
	h := a + 1
	if h >= b {
		return false
	}
	t := &d.toks[h]
	return t.Kind == tWord && !t.cap() && !t.has(cOrg|xOrgNoun|xDocNoun|xGroupNoun|cPlace|cFunction|xTimeWord)
}

// previousOpener is the person whose name opens the sentence before the
// one role phrase a opens, in the same paragraph, as its subject.
func (d *doc) previousOpener(a int, gender string) *entity {
	if a == 0 || d.sentenceStart(a) != a {
		return nil
	}
	s := d.sentenceStart(a - 1)
	if d.toks[s].Para != d.toks[a].Para || d.inq[s] >= 0 {
		return nil
	}
	n, ok := d.nameAt(s)
	if !ok || n.org || !d.subjectPosition(n) {
		return nil
	}
	e := d.ents.resolveName(d, n, n.b)
	if e == nil || !e.person || e.org || e.place || gender != "" && e.gender != "" && e.gender != gender {
		return nil
	}
	if e.words < 2 && e.gender == "" {
		return nil // "Beijing could also declare …" is no one's name
	}
	return e
}

// ownedRole reports a role phrase that names its holder by someone else's
// title ("the Harbour Master's deputy"): the deputy is not the harbour
// master, nor whoever spoke last, but someone the phrase names.
func (d *doc) ownedRole(a, b int) bool {
	if !d.hasRoleNoun(b-1, b) {
		return false
	}
	for k := a + 1; k < b-1; k++ {
		if t := d.toks[k].Text; d.toks[k].Kind == tWord && (strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'s")) {
			return d.hasRoleNoun(k, k+1)
		}
	}
	return false
}

// noteUnnamed records a speaker known only by an indefinite role phrase: "a
// harbour official", "une riveraine".
func (d *doc) noteUnnamed(tok int, w who) {
	// A phrase resolved to an unnamed speaker ("our source", "the same
	// official") is that speaker speaking again.
	chained := w.how == "role/informant" || w.how == "role/unnamed-chain"
	// The name is the mention as written, its determiner in lower case
	// ("A resident" → "a resident").
	if w.ent != nil || w.name == "" || !strings.EqualFold(w.mention, w.name) && !chained {
		return
	}
	first, _, _ := strings.Cut(w.name, " ")
	switch strings.ToLower(first) {
	case "a", "an", "un", "une":
		d.unnamed = append(d.unnamed, event{tok: tok, who: w})
	}
}

// unnamedSpokeLast returns the speaker known only by an indefinite role
// phrase when it spoke last before pos, in this paragraph or the one
// before two (an uncued quote between them goes on with it), and the
// person e a pronoun would otherwise take has not been named outside
// quotations since: "une passante raconte « … ». Elle ajoute …".
func (d *doc) unnamedSpokeLast(pos int, e *entity) (who, bool) {
	best := -1
	for k, ev := range d.unnamed {
		if ev.tok < pos && (best < 0 || ev.tok > d.unnamed[best].tok) {
			best = k
		}
	}
	if best < 0 {
		return who{}, false
	}
	u := d.unnamed[best]
	if d.toks[pos].Para-d.toks[u.tok].Para > 2 {
		return who{}, false
	}
	// Anyone who spoke since, person or body, has taken over.
	for _, list := range [][]event{d.speakers, d.events, d.roleSpoke} {
		for k := len(list) - 1; k >= 0 && list[k].tok > u.tok; k-- {
			if list[k].tok < pos {
				return who{}, false
			}
		}
	}
	if e != nil && d.ents.namedSince(e, u.tok, pos) {
		return who{}, false
	}
	// "the mayor brought it up again": a role the article has given
	// someone, named in the narrative since, is who the pronoun means (a
	// capitalised word there is a name's: "the Harbour Courier").
	for k := u.tok; k < pos && k+1 < len(d.toks); k++ {
		if d.inq[k] < 0 && d.toks[k].has(xDefinite) && !d.toks[k+1].cap() && d.hasRoleNoun(k+1, min(k+3, pos)) {
			return who{}, false
		}
	}
	return u.who, true
}

// recentUnnamed returns the unnamed role speaker last heard before pos, in
// this paragraph or the one before, if its role phrase holds head.
func (d *doc) recentUnnamed(head string, pos int) (string, bool) {
	best := -1
	for k, ev := range d.unnamed {
		if ev.tok < pos && (best < 0 || ev.tok > d.unnamed[best].tok) {
			best = k
		}
	}
	if best < 0 || d.toks[pos].Para-d.toks[d.unnamed[best].tok].Para > 1 {
		return "", false
	}
	name := d.unnamed[best].who.name
	for _, w := range strings.Fields(fold(name)) {
		if w == head || stem(w) == stem(head) {
			return name, true
		}
	}
	return "", false
}

// recentUnnamedHead is recentUnnamed with head read only in the role's own
// words, before any preposition: "la police" does not point back to "un
// porte-parole de la police".
func (d *doc) recentUnnamedHead(head string, pos int) (string, bool) {
	name, ok := d.recentUnnamed(head, pos)
	if !ok {
		return "", false
	}
	for _, w := range strings.Fields(fold(name)) {
		if d.lex.is(w, xPreposition) {
			break
		}
		if w == head || stem(w) == stem(head) {
			return name, true
		}
	}
	return "", false
}
