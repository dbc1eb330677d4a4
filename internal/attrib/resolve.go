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
		if m.pronoun == "it" {
			if e := d.ents.recentOrg(pos); e != nil {
				w.name, w.ent = e.name, e
			}
			return w
		}
		g, _ := isPronoun(m.pronoun)
		e := d.ents.recentPerson(pos, g)
		if s, at := d.lastSpeaker(pos); s != nil && s != e && (g == "p" || s.gender == "" || s.gender == g) {
			// "He said" goes on with the current speaker, unless the
			// narrative has since made someone else a sentence's subject.
			if e == nil || !d.ents.subjectSince(e, at, pos) {
				e = s
			}
		}
		if e != nil {
			w.name, w.ent, w.desc = e.name, e, e.desc
		}
	case mRole:
		if e := d.ownerOf(m, pos); e != nil {
			w.name, w.ent = e.name, e
			return w
		}
		words := d.roleWords(m.roleA, m.roleB)
		if e := d.ents.byRole(words, pos); e != nil {
			w.name, w.ent, w.desc = e.name, e, d.span(m.roleA, m.roleB)
			return w
		}
		if d.definitePersonRole(m.roleA, m.roleB) {
			// "the mayor": someone given that role in any form ("mayoral
			// candidate X"), else the current speaker.
			if e := d.ents.byRoleHead(d.toks[m.roleB-1].Low, pos); e != nil {
				w.name, w.ent, w.desc = e.name, e, d.span(m.roleA, m.roleB)
				return w
			}
			if e, _ := d.lastSpeaker(pos); e != nil {
				w.name, w.ent, w.desc = e.name, e, d.span(m.roleA, m.roleB)
				return w
			}
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

// lastSpeaker is the person who last spoke before token pos, in a quotation
// or in reported speech, if that was in this paragraph or the one before:
// "he said" most often continues with the current speaker.
func (d *doc) lastSpeaker(pos int) (*entity, int) {
	var best event
	found := false
	for _, list := range [][]event{d.speakers, d.events} {
		for k := len(list) - 1; k >= 0; k-- {
			if list[k].tok < pos {
				if !found || list[k].tok > best.tok {
					best, found = list[k], true
				}
				break
			}
		}
	}
	if !found || best.who.ent == nil || !best.who.ent.person || d.toks[pos].Para-d.toks[best.tok].Para > 1 {
		return nil, 0
	}
	return best.who.ent, best.tok
}

// documentNouns name things that speak for their owner: "her statement",
// "the RCMP statement", "son communiqué".
var documentNouns = map[string]bool{
	"statement": true, "statements": true, "letter": true, "post": true, "email": true,
	"tweet": true, "memo": true, "release": true, "report": true, "blog": true, "website": true,
	"communique": true, "lettre": true, "declaration": true, "message": true, "courrier": true,
	"entourage": true, "cabinet": true, "camp": true, "lawyer": true, "lawyers": true, "avocat": true,
	"avocats": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "porte-parole": true,
}

// orgNouns are heads of definite phrases that refer back to an organisation
// named before: "the company", "l'entreprise", "the agency".
var orgNouns = map[string]bool{
	"company": true, "firm": true, "agency": true, "department": true, "ministry": true,
	"organization": true, "organisation": true, "government": true, "union": true, "commission": true,
	"board": true, "corporation": true, "airline": true, "retailer": true, "bank": true, "utility": true,
	"entreprise": true, "societe": true, "agence": true, "ministere": true, "gouvernement": true,
	"syndicat": true, "compagnie": true, "banque": true, "association": true, "federation": true,
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
	head := d.toks[b-1].Low
	for k := a + 1; k < b; k++ {
		// "a statement from the EU": the document noun heads the phrase.
		if documentNouns[d.toks[k].Low] && k+1 < b && (d.toks[k+1].Low == "from" || d.toks[k+1].Low == "by" || d.toks[k+1].Low == "de") {
			head = d.toks[k].Low
			break
		}
	}
	if documentNouns[head] {
		switch d.toks[a].Low {
		case "his", "son", "sa", "ses":
			return d.ents.recentPerson(pos, "m")
		case "her":
			return d.ents.recentPerson(pos, "f")
		case "their", "its", "leur":
			return d.ents.recentOrg(pos)
		}
		for k := a; k < b; k++ {
			if n, ok := d.nameAt(k); ok && n.b <= b {
				return d.ents.resolveName(d, n, pos)
			}
		}
	}
	if (d.toks[a].Low == "the" || d.toks[a].Low == "l'" || d.toks[a].Low == "la" || d.toks[a].Low == "le") && orgNouns[head] {
		if e := d.ents.recentOrgNamed(pos, head); e != nil {
			return e
		}
		return d.ents.recentOrg(pos)
	}
	return nil
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
