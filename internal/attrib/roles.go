package attrib

import (
	"slices"
	"strings"
)

// tieRoles records the role phrases the text ties to a person named at n:
//   - a role just before the name: "le spécialiste militaire russe Ivan Konovalov";
//   - an apposition before: "le nouveau Premier ministre irakien, Mostafa al-Kazemi";
//   - an apposition after: "Karim Alawi, membre de la Commission …".
func (d *doc) tieRoles(e *entity, n nameSeq) {
	if a, b, ok := d.roleBefore(n.ha); ok {
		d.addRole(e, a, b)
	}
	// An apposition ties a role to a full name, not to a lone word, which
	// may be an item in a list ("Minister of Innovation, Science and …").
	if n.words < 2 && n.hon == "" {
		return
	}
	if a, b, ok := d.appositionBefore(n.ha); ok {
		d.addRole(e, a, b)
	}
	if a, b, ok := d.appositionAfter(n.b); ok {
		d.addRole(e, a, b)
	}
}

func (d *doc) addRole(e *entity, a, b int) {
	words := d.appendRoleWords(d.scr.role[:0], a, b)
	d.scr.role = words[:0]
	if len(words) == 0 {
		return
	}
	// A person named again with the same role ("Jeanne Roux, la ministre")
	// keeps one copy of it: every lookup walks the roles, and a role list
	// growing with each mention made them quadratic on a long article.
	if !slices.ContainsFunc(e.roles, func(r []string) bool { return slices.Equal(r, words) }) {
		e.roles = append(e.roles, slices.Clone(words))
	}
	if e.desc == "" {
		e.desc = d.span(a, b)
	}
	if e.gender == "" && a < len(d.toks) {
		e.gender = d.determinerGender(a)
	}
}

// determinerGender is the gender a French determiner at k gives the noun
// after it: "" for "l'", "les" and every other word.
func (d *doc) determinerGender(k int) string {
	switch d.toks[k].Low {
	case "la", "une", "cette":
		return "f"
	case "le", "un", "ce", "cet":
		return "m"
	}
	return ""
}

// roleWords returns the folded content words of a role phrase: no
// determiners, prepositions or "nouveau".
func (d *doc) roleWords(a, b int) []string {
	return d.appendRoleWords(nil, a, b)
}

// appendRoleWords appends roleWords(a, b) to out.
func (d *doc) appendRoleWords(out []string, a, b int) []string {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.Kind != tWord || t.has(xDeterminer|xRoleFiller) || t.isPrep() {
			continue
		}
		out = append(out, t.Low)
	}
	return out
}

// hasRoleNoun reports whether tokens [a, b) hold a noun naming a person's role.
func (d *doc) hasRoleNoun(a, b int) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.has(cRole) || t.has(cRoleTitle) && t.cap() {
			return true
		}
		low := stripPossessive(t.Low)
		if i := strings.LastIndexByte(low, '-'); i > 0 && d.lex.is(low[i+1:], cRole) {
			return true
		}
	}
	return false
}

// roleBefore reads lower-case role words (and capitalised titles) standing
// right before a name, back to their determiner: "le spécialiste militaire
// russe Ivan Konovalov", "Prime Minister Ada Quist". A preposition right
// before the name makes it a complement ("la bourgmestre de Valbois").
func (d *doc) roleBefore(pos int) (int, int, bool) {
	a := pos
	for k := pos - 1; k >= 0 && pos-k <= 7; k-- {
		t := &d.toks[k]
		if t.Kind != tWord || t.Para != d.toks[pos].Para || d.inq[k] >= 0 ||
			t.has(xDeterminer) || t.isPrep() || t.has(xFrAux|xEnAux) {
			break
		}
		if t.cap() && t.has(cFunction) {
			break
		}
		if t.has(xVerbFr|xVerbEn) && !t.has(cRole) {
			if _, ok := d.verbs[t.Low]; ok {
				break
			}
		}
		a = k
	}
	if a < pos && d.hasRoleNoun(a, pos) {
		return a, pos, true
	}
	return 0, 0, false
}

// appositionBefore reads "ROLE, NAME": the role phrase between the previous
// comma (or clause start) and the comma before the name.
func (d *doc) appositionBefore(pos int) (int, int, bool) {
	c := pos - 1
	if c < 0 || d.toks[c].Text != "," {
		return 0, 0, false
	}
	a := c
	for k := c - 1; k >= 0 && c-k <= 15; k-- {
		t := &d.toks[k]
		if t.Para != d.toks[pos].Para || t.Kind == tPunct || t.Kind == tMark {
			break
		}
		a = k
	}
	// Keep the last determiner phrase holding a role noun: in "avec
	// l’ambassadeur de Russie, Maxim Maksimov" the role starts at "l’".
	for k := a; k < c; k++ {
		if d.toks[k].has(xDeterminer) && d.hasRoleNoun(k, min(k+4, c)) {
			if _, named := d.firstPerson(k, c); !named {
				return k, c, true
			}
		}
	}
	if d.hasRoleNoun(a, min(a+3, c)) {
		if _, named := d.firstPerson(a, c); !named {
			return a, c, true
		}
	}
	return 0, 0, false
}

// appositionAfter reads "NAME, ROLE," up to the next comma or sentence end.
func (d *doc) appositionAfter(end int) (int, int, bool) {
	if end >= len(d.toks) || d.toks[end].Text != "," {
		return 0, 0, false
	}
	a := end + 1
	b := a
	for b < len(d.toks) && b-a < 20 {
		t := &d.toks[b]
		if t.Kind == tMark && b > a {
			// A quoted title inside the role: "réalisatrice de « Les
			// Nuits de Sorbe »". The marks must close a short quotation.
			if qi := d.inq[b]; qi >= 0 && d.quotes[qi].open == b && d.quotes[qi].close > b && d.quotes[qi].close-a < 20 {
				b = d.quotes[qi].close + 1
				continue
			}
		}
		if t.Para != d.toks[end].Para || t.Kind == tMark || t.Kind == tPunct && t.Text != "-" && t.Text != "'" {
			break
		}
		b++
	}
	if b == a || b >= len(d.toks) || d.toks[b].Kind != tPunct {
		return 0, 0, false
	}
	startsRole := d.toks[a].has(xDeterminer) || d.hasRoleNoun(a, min(a+2, b))
	if !startsRole || !d.hasRoleNoun(a, min(a+4, b)) {
		return 0, 0, false
	}
	if _, named := d.firstPerson(a, b); named {
		return 0, 0, false
	}
	// "A, le ministre, B": the role introduces the next name, B.
	if d.toks[b].Text == "," && b+1 < len(d.toks) {
		if n, ok := d.nameAt(b + 1); ok && !n.org {
			return 0, 0, false
		}
	}
	// A speech verb right after the name means the comma closed an incise.
	if _, _, _, ok := d.verbAt(a); ok {
		return 0, 0, false
	}
	return a, b, true
}

// firstPerson returns the first person's name in [a, b) that is the head of
// its phrase (not the complement of a preposition).
func (d *doc) firstPerson(a, b int) (nameSeq, bool) {
	for k := a; k < b; k++ {
		if !d.mayName(k) {
			continue
		}
		n, ok := d.nameAt(k)
		if !ok {
			continue
		}
		if n.b > b {
			return n, false
		}
		if d.inq[n.ha] >= 0 && (n.ha == a || d.inq[n.ha-1] >= 0) {
			k = n.b - 1 // a quoted title: « Les Nuits de Sorbe »
			continue
		}
		p := n.ha - 1
		if p > a && d.toks[p].has(xDeterminer) {
			p-- // "de la Basse-Sorne"
		}
		if !n.org && !n.poss && (n.ha == a || !d.toks[p].isPrep()) {
			return n, true
		}
		k = n.b - 1
	}
	return nameSeq{}, false
}

// previousSubject is what a pronoun with no person to stand for points
// back to: the role or the organisation that was the subject of a verb of
// saying at the start of the sentence before the pronoun's, in this
// paragraph or the one before ("L'armée a rapporté … . « … », a-t-elle
// ajouté"; "Le bourgmestre déplore … ¶ « … », explique-t-il"), when its
// determiner does not contradict the pronoun's gender.
func (d *doc) previousSubject(pos int, gender string) (who, bool) {
	// A role that spoke a little before is the one the pronoun carries on
	// (the chain is tied once every quote is read), not a new subject.
	if l := before(d.roleSpoke, pos); len(l) > 0 && d.toks[pos].Para-d.toks[l[len(l)-1].tok].Para <= 3 {
		return who{}, false
	}
	s := d.sentenceStart(pos)
	if s == 0 {
		return who{}, false
	}
	s = d.sentenceStart(s - 1)
	if d.inq[s] >= 0 || d.toks[pos].Para-d.toks[s].Para > 1 {
		return who{}, false
	}
	end := min(d.sentenceEnd(s), s+30)
	for k := s + 1; k < end; k++ {
		if d.inq[k] >= 0 {
			break
		}
		if _, _, _, ok := d.verbAt(k); !ok || d.toks[d.auxStart(k)-1].has(xRelative) {
			continue
		}
		// The subject opens the sentence; an apposition or a relative
		// clause after its comma does not name it, unless it gives the
		// name ("A resident, who gave her name as Mira, told …").
		e := d.auxStart(k)
		for c := s; c < e; c++ {
			if d.toks[c].Text == "," {
				if m, ok := d.aliasIn(c+1, d.commaOrEnd(c+1, e)); ok {
					return d.resolve(m, k), true
				}
				e = c
				break
			}
		}
		m := d.parseNP(s, e, false)
		// An English "he" or "she" stands for a person; a French "il" or
		// "elle" also for the noun of an organisation ("l'armée … elle").
		if m.kind != mRole && (m.kind != mOrg || d.lang != "fr") || m.a != s {
			return who{}, false
		}
		if g := d.determinerGender(m.a); d.lang == "fr" && g != "" && gender != "" && gender != "p" && g != gender {
			return who{}, false
		}
		w := d.resolve(m, k)
		if d.lang != "fr" && w.ent != nil && w.ent.org {
			return who{}, false
		}
		return w, true
	}
	return who{}, false
}

// commaOrEnd returns the first comma in [a, b), else b.
func (d *doc) commaOrEnd(a, b int) int {
	for k := a; k < b; k++ {
		if d.toks[k].Text == "," {
			return k
		}
	}
	return b
}
