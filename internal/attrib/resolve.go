package attrib

// who is a mention resolved to the speaker it names.
type who struct {
	name    string // canonical name, role phrase, or "" when unknown
	mention string // the words used at the cue
	desc    string
	ent     *entity
}

// resolve ties a mention to its speaker: names to the fullest form of the
// same person, pronouns to the nearest fitting person before, role phrases to
// the person the article gave that role, else the role itself.
func (d *doc) resolve(m mention, pos int) who {
	w := who{mention: d.span(m.a, m.b)}
	if m.roleA < m.roleB {
		w.desc = d.span(m.roleA, m.roleB)
	}
	switch m.kind {
	case mName, mOrg:
		e := d.ents.resolveName(d, m.name, pos+1)
		if e == nil {
			w.name = d.nameText(m.name)
			if m.kind == mOrg {
				if canon, ok := d.outletAt(m.name.a, m.name.b); ok {
					w.name = canon
				}
			}
			return w
		}
		w.name, w.ent = e.name, e
		if w.desc == "" {
			w.desc = e.desc
		}
	case mPron:
		g, _ := isPronoun(m.pronoun)
		if e := d.ents.recentPerson(pos, g); e != nil {
			w.name, w.ent, w.desc = e.name, e, e.desc
		}
	case mRole:
		words := d.roleWords(m.roleA, m.roleB)
		if e := d.ents.byRole(words, pos); e != nil {
			w.name, w.ent, w.desc = e.name, e, d.span(m.roleA, m.roleB)
			return w
		}
		if d.definitePersonRole(m.roleA, m.roleB) {
			gender := ""
			switch d.toks[m.roleA].Low {
			case "la", "the la":
				gender = "f"
			case "le":
				gender = "m"
			}
			if e := d.ents.recentPerson(pos, gender); e != nil {
				w.name, w.ent, w.desc = e.name, e, d.span(m.roleA, m.roleB)
				return w
			}
		}
		w.name = d.roleText(m.roleA, m.roleB)
		w.desc = ""
	}
	return w
}

// definitePersonRole reports "le maire", "l’ancien Premier ministre", "the
// mayor": a definite phrase whose head is a person's role, which refers back
// to someone already named.
func (d *doc) definitePersonRole(a, b int) bool {
	if a >= b {
		return false
	}
	switch d.toks[a].Low {
	case "le", "la", "l'", "the":
	default:
		return false
	}
	return d.hasRoleNoun(a+1, min(b, a+4))
}
