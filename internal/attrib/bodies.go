package attrib

import "strings"

// An organisation named once in full is often named again by its noun
// alone: "la chambre d'agriculture du Val" then "la chambre", "the Kelder
// Police Service" then "the police". These read the noun back to the full
// name, for the speaker (resolve) and for the source (speakingSources).

// fullerBody reads "la police", "the police" as the body the article named
// more fully before: an organisation holding the noun ("the Harbour Police
// Service"), else, in French, the noun with its adjectives ("la police
// cantonale").
func (d *doc) fullerBody(m mention, pos int) (who, bool) {
	a, h := m.roleA, m.roleA+1
	if m.roleB-a != 2 || !d.toks[a].has(xDefinite) || !d.toks[h].has(xGroupNoun) || !d.toks[h].has(cOrg) {
		return who{}, false
	}
	head := d.toks[h].Low
	if e := d.ents.recentOrgNamed(pos, head); e != nil {
		return who{name: e.name, ent: e, how: "role/fuller-body"}, true
	}
	if d.lang != "fr" {
		return who{}, false
	}
	for k := a - 1; k >= 0; k-- {
		if d.inq[k] >= 0 || d.toks[k].Low != head {
			continue
		}
		if end := d.postAdjectives(k+1, d.sentenceEnd(k)); end > k+1 {
			det := strings.ToLower(d.toks[a].Text)
			if !strings.HasSuffix(det, "'") && !strings.HasSuffix(det, "’") {
				det += " "
			}
			return who{name: det + d.span(k, end), how: "role/fuller-body"}, true
		}
	}
	return who{}, false
}

// institution reports a role phrase [a, b) that names an institution by its
// head noun, not a person by a role: "la police", "les autorités
// guinéennes".
func (d *doc) institution(a, b int) bool {
	a = d.skipDet(a, b)
	if a >= b || !d.toks[a].has(cOrg|xOrgNoun) || d.hasRoleNoun(a, b) {
		return false
	}
	// "the ministry", "la direction" refer back to an organisation named
	// before; unresolved, they name none, unless a proper name completes
	// them ("le syndicat des eaux du Bas-Aulne"). "a police spokesperson"
	// is a person.
	named := false
	for k := a + 1; k < b; k++ {
		named = named || d.toks[k].cap()
	}
	for k := a; k < b; k++ {
		if d.toks[k].has(xOrgNoun) && !named || d.toks[k].lowIs(d.lex, cRoleTitle) {
			return false
		}
		// "a council source", "des sources policières": someone
		// unnamed inside the body, who vouches for nothing.
		if t := &d.toks[k]; t.has(xNotSource) && t.has(xGroupNoun) {
			return false
		}
	}
	return true
}

// namedInFull reads a definite institution noun alone ("la chambre") as the
// institution the article named in full before.
func (d *doc) namedInFull(m mention) (string, bool) {
	h := d.skipDet(m.roleA, m.roleB)
	if h+1 != m.roleB || h == m.roleA || !d.toks[m.roleA].has(xDefinite) || !d.institution(m.roleA, m.roleB) {
		return "", false
	}
	return d.fullerInstitution(h)
}

// fullerInstitution finds, before token h, the institution's noun h named
// in full: the noun, its complements and a proper name ("chambre
// d'agriculture du Haut-Verdois", "police of Kelder County").
func (d *doc) fullerInstitution(h int) (string, bool) {
	for k := 0; k < h; k++ {
		if d.inq[k] >= 0 || d.toks[k].Low != d.toks[h].Low {
			continue
		}
		if name, ok := d.institutionNamed(k); ok {
			return name, true
		}
	}
	return "", false
}

// institutionNamed reads the institution's noun at token k with the
// complements and the proper name that follow it: "police de Brivolle".
func (d *doc) institutionNamed(k int) (string, bool) {
	for j := k + 1; j < len(d.toks) && j < k+6 && d.toks[j].Para == d.toks[k].Para && d.toks[j].Kind == tWord; j++ {
		if d.toks[j].cap() {
			if n, ok := d.nameAt(j); ok && d.toks[j-1].has(xPartitive|xDefinite) {
				return d.span(k, n.b), true
			}
			break
		}
		if !d.toks[j].has(xPartitive|xDefinite) && !startsLower(d.toks[j].Text) {
			break
		}
	}
	return "", false
}

// bodySpokeLast reads a definite organisation noun alone ("l'agence", "the
// authority") as the body known only by a lower-case phrase holding that
// noun, when that body is the last to have spoken, in this paragraph or the
// one before: "L'agence régionale de santé assure que … « … », a indiqué
// l'agence". A named speaker heard since has taken over.
func (d *doc) bodySpokeLast(m mention, pos int) (string, bool) {
	h := d.skipDet(m.roleA, m.roleB)
	if h+1 != m.roleB || h == m.roleA || !d.toks[m.roleA].has(xDefinite) || !d.toks[h].has(xOrgNoun) {
		return "", false
	}
	last, found := d.lastHeard(pos)
	if !found || last.who.ent != nil || d.toks[pos].Para-d.toks[last.tok].Para > 1 {
		return "", false
	}
	head := d.toks[h].Low
	for _, w := range strings.Fields(fold(last.who.name)) {
		if _, after, ok := strings.Cut(w, "'"); ok {
			w = after // "l'agence"
		}
		if d.lex.is(w, xPreposition) {
			break
		}
		if w == head {
			return last.who.name, true
		}
	}
	return "", false
}
