package attrib

import (
	"strings"

	"github.com/dixit-news/dixit/internal/text"
)

// speakingSources adds to the article's sources the organisations that
// speak in it: "the Harbour Police said", "GMP has confirmed", "« … »,
// déplore la mairie de Valbois". An organisation the article quotes is a
// source of the article as much as an agency it cites. A person is not
// (their words are quotes, not sources), nor a place, nor an organisation
// named only as someone's employer: only the speaker of a quote counts,
// and the outlet a quotation was given to.
func (d *doc) speakingSources(set *sourceSet) {
	addSpan := set.add
	add := func(evs []event) {
		for _, ev := range evs {
			w := ev.who
			e := w.ent
			if e == nil {
				switch {
				case w.kind == mOrg && !d.commonOrgWord(w.name):
					// An organisation the article does not name again.
					addSpan(w.name, w.ma, w.mb, "speaker")
				case w.kind == mRole && w.how == "role/named-before":
					// "la chambre", named in full before (resolve).
					addSpan(w.name, w.ma, w.mb, "speaker")
				case w.kind == mRole && w.how == "role/fuller-body":
					// "la police", read as the fuller form given
					// before: the institution by that form.
					if _, name, ok := strings.Cut(w.name, " "); ok && !set.holds(name) {
						addSpan(name, w.ma, w.mb, "speaker")
					}
				case w.kind == mRole && w.how == "role/as-written" && d.institution(w.ma, w.mb) && !d.unnamedOutlet(w.ma, w.mb):
					// "« … », déplore la police": an institution the
					// article names only by what it is.
					a, b := d.skipDet(w.ma, w.mb), w.mb
					for k := a + 1; k < b; k++ {
						if d.toks[k].has(xSourceEnd | xTimeWord) {
							b = k // "la mairie mardi"
							break
						}
					}
					// "the police" after "the Kelder Police Force" is
					// that force, already a source.
					name := d.span(a, b)
					if b == a+1 {
						// "la chambre" after "la chambre d'agriculture du
						// Haut-Verdois": the name the article gave it;
						// "the police" alone names no particular force.
						full, ok := d.fullerInstitution(a)
						if !ok {
							full, ok = d.institutionNamed(a)
						}
						if !ok {
							continue
						}
						name = full
					}
					if !set.holds(name) {
						addSpan(name, a, b, "speaker")
					}
				}
				continue
			}
			if !e.org && !d.articledName(e) || e.person || e.place || e.name == "" {
				continue
			}
			if e.words == 1 && d.commonOrgWord(e.name) {
				continue // "Office", "TV": a common noun, no name
			}
			a := e.occPos[0]
			for _, p := range e.occPos {
				if p > ev.tok {
					break
				}
				a = p
			}
			if e.words == 1 && d.titleInitials(a) {
				continue // "the DHC": a person's title, by its initials
			}
			addSpan(d.fullName(e), a, min(a+max(e.words, 1), len(d.toks)), "speaker")
		}
	}
	add(d.events)
	add(d.said)
	// "a déclaré X à Radio Kelder": the outlet a quotation was given to,
	// and the one reported words were, whatever the cue introduces.
	for _, r := range d.relays {
		addSpan(r.name, r.a, r.b, "via")
		if r2, ok := d.relayAfter(r, d.sentenceEnd(r.b-1)); ok {
			addSpan(r2.name, r2.a, r2.b, "via")
		}
	}
	for k := 0; k < len(d.toks); k++ {
		if d.inq[k] >= 0 || !d.toks[k].verbish {
			continue
		}
		// Only a via word right after the verb: "déplore, à Radio Kelder,";
		// one after the verb's object belongs to the object ("développer
		// sa présence au Moyen-Orient").
		if vEnd, v, _, ok := d.verbAt(k); ok {
			if vEnd == k+1 && (v.PP || d.lang == "fr" && d.pastParticiple(k)) {
				continue // a participle alone is no cue: "X accusé à Y"
			}
			// "Kelder Ferries … but the company denied the reports": a
			// definite organisation noun that points back, as the subject
			// of a verb of saying with no words reported.
			if k >= 2 && d.toks[k-1].has(xOrgNoun) && d.toks[k-2].has(xDefinite) {
				m := mention{kind: mRole, a: k - 2, b: k, roleA: k - 2, roleB: k}
				if w := d.resolve(m, k); w.ent != nil && w.ent.org && !w.ent.person && !w.ent.place {
					add([]event{{tok: k, who: w}})
				}
			}
			j := vEnd
			if j < len(d.toks) && d.toks[j].Text == "," {
				j++
			}
			if j < len(d.toks) && d.toks[j].isVia() {
				e := d.sentenceEnd(k)
				if r := d.viaIn(j, min(e, j+8)); r.name != "" {
					addSpan(r.name, r.a, r.b, "via")
					if r2, ok := d.relayAfter(r, e); ok {
						addSpan(r2.name, r2.a, r2.b, "via")
					}
				}
			}
			k = vEnd - 1
		}
	}
}

// articledName reports a French name of one word the article writes after
// a definite article ("l'Odevia", "la Brivaloise"): a body, since French gives
// no person an article, unless something made a person or a place of it.
func (d *doc) articledName(e *entity) bool {
	if d.lang != "fr" || e.words != 1 || e.person || e.place || e.gender != "" {
		return false
	}
	for _, p := range e.occPos {
		if p > 0 && d.toks[p-1].has(xDefinite) && d.toks[p].cap() && !d.commonWord(p) && !d.toks[p].has(xPlaceName) {
			return true
		}
	}
	return false
}

// commonOrgWord reports a one-word name that is a common noun of
// organisations ("Office", "Images", "TV") rather than an acronym that names
// one ("RCMP", "NATO").
func (d *doc) commonOrgWord(name string) bool {
	low := text.Fold(name)
	return d.lex.is(low, cOrg) && (!allCaps(name) || d.lex.is(low, cPress))
}

// documentOf reads the body a document comes from, named with a capital:
// "un communiqué de la Préfecture maritime", "a statement from Kelder
// Ferries", "the report of the Harbour Commission". A person's letter
// ("a statement from Ada Quist") cites a person, not a source, and a
// spokesperson is an employee.
func (d *doc) documentOf(i int) (int, int, string, bool) {
	t := &d.toks[i]
	if t.Kind != tWord || t.cap() || !t.has(xDocNoun) || d.inq[i] >= 0 || i+2 >= len(d.toks) || !d.toks[i+1].has(xPartitive) {
		return 0, 0, "", false
	}
	// "une porte-parole de la Sûreté": a person speaking for the body, its
	// employee, and the body is no cited source.
	if t.has(cRole) || t.lowIs(d.lex, cRoleTitle) {
		return 0, 0, "", false
	}
	j := i + 2
	if d.toks[j].has(xDefinite) && j+1 < len(d.toks) {
		j++
	}
	if d.toks[j].Para != t.Para || !d.toks[j].cap() || d.inq[j] >= 0 {
		return 0, 0, "", false
	}
	if name, end := d.outletFrom(j, len(d.toks)); end > j {
		return i, end, name, true
	}
	n, ok := d.outletNameAt(j)
	if !ok || n.place {
		return 0, 0, "", false
	}
	return i, n.b, d.nameText(n), true
}

// isDomain reports a web site's domain written as a name: "kelderport-news.com".
func isDomain(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || len(s)-dot-1 < 2 || len(s)-dot-1 > 4 {
		return false
	}
	for _, r := range s[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// relayAfter reads a second outlet joined to relay r before token e: "sur
// Radio 1 et La Première".
func (d *doc) relayAfter(r relay, e int) (relay, bool) {
	n := r.b
	if n+1 >= e || !d.toks[n].has(xListWord) {
		return relay{}, false
	}
	o := n + 1
	if d.toks[o].has(xDeterminer) {
		o++
	}
	if name, end := d.outletFrom(o, e); end > o {
		return relay{name, n + 1, end}, true
	}
	if m, ok := d.relayName(o, e, true); ok {
		return relay{d.span(n+1, m.b), n + 1, m.b}, true
	}
	return relay{}, false
}
