package attrib

import (
	"sort"
	"strings"
)

// entity is one person or organisation the article names, with every form
// it is named by and the roles the article ties to it.
type entity struct {
	id     int
	name   string // canonical: the fullest form used
	words  int
	org    bool
	gender string     // "m", "f" or ""
	roles  [][]string // folded content words of each role phrase tied to it
	desc   string     // the first role or apposition, as written
	forms  []string
	// person is set once the entity reads as a person: a full name, an
	// honorific or a role. A lone capitalised word (a place, a brand) is not
	// a pronoun's antecedent.
	person bool
	// common is set while the entity's only name is one common word of
	// the word lists ("Work continues on the pier"), which no honorific, given
	// name or role has made a person's: it is then no person at all.
	common  bool
	subject bool // some occurrence is a clause's subject (occurrence.subject)
	outlet  bool
	place   bool
	occPos  []int // token positions of its occurrences, ascending

	foldedName, foldedOf string
	foldedSet            bool // foldedName is the fold of foldedOf
}

// occurrence is one naming of an entity in the text.
type occurrence struct {
	pos, end int // token range, honorific included
	ent      *entity
	inQuote  bool
	subject  bool // opens its clause before a verb (see subjectPosition)
}

type entities struct {
	all []*entity
	// The entities by key (see nameKey): keys numbers the keys in the
	// order they came (near-spelling scans read them in that order), and
	// lists holds the entities of each. All of it is reused from one
	// article to the next.
	keys  keyTable
	lists [][]*entity
	// firsts numbers the first words of multi-word names (folded), and
	// firstOf lists the entities named with each, by id: a lone "Kelder"
	// or "Jordan" is looked up there rather than against every entity.
	// A renamed entity is listed again under its new first word; the
	// stale entries are told by testing the name itself.
	firsts  keyTable
	firstOf [][]int32
	occ     []occurrence // in text order
}

// collectEntities reads every name in the article once, merges the forms of
// each person ("Ivan Konovalov", "M. Konovalov") and records the roles tied
// to them by apposition or by a role before the name.
func (d *doc) collectEntities() *entities {
	es := d.scr.entities()
	for i := 0; i < len(d.toks); {
		if t := &d.toks[i]; t.Kind != tWord || !t.isCap {
			i++ // what nameAt would turn away, without the call
			continue
		}
		n, ok := d.nameAt(i)
		if !ok {
			i++
			continue
		}
		if d.photoCredit(n) {
			i = n.b // "(Ines Calder / Harbour Ledger)": who took the picture, no one in the story
			continue
		}
		e := es.resolveName(d, n, n.a)
		if e == nil {
			if n.words == 1 && n.hon == "" && d.sentenceInitial(n.ha) && !d.subjectPosition(n) {
				// "Peu importe, …": a capital at a sentence start names
				// nobody unless the name is known already.
				i = n.b
				continue
			}
			e = es.add(d, n)
			// A candidate; the word lists are asked at the end, for the
			// few that stay one bare word.
			e.common = n.words == 1 && n.hon == "" && !n.org
		}
		if n.hon != "" || n.words > 1 {
			e.common = false
		}
		// Evidence that a name is a person's: an honorific, a known given
		// name, or a bare surname standing for a fuller name. A name after
		// "in", "at", "à" is more likely a place.
		placeLike := n.ha > 0 && d.toks[n.ha-1].isPrep()
		if !n.org && !e.place {
			switch {
			case n.hon != "":
				e.person = true
			case n.words > 1 && d.toks[n.a].lowIs(d.lex, cGiven):
				e.person = true
				if e.gender == "" {
					e.gender = d.givenGender(n.a)
				}
			case n.words <= 4 && !placeLike && d.subjectPosition(n) && (n.words > 1 || d.toks[n.b].Text == ","):
				// A lone known place name ("Nairobi, the tournament
				// leader, …") is not a person on its position alone.
				if n.words > 1 || !d.toks[n.a].has(xPlaceName) {
					e.person = true
				}
			}
		}
		if n.words > e.words && !n.org && !e.org {
			e.name, e.words = d.nameText(n), n.words
			es.noteFirst(e)
		}
		e.forms = appendUnique(e.forms, d.span(n.ha, n.b))
		if e.gender == "" {
			switch {
			case d.lex.is(n.hon, cFemaleHon):
				e.gender = "f"
			case d.lex.is(n.hon, cMaleHon):
				e.gender = "m"
			}
		}
		inQ := d.inq[n.a] >= 0
		if !inQ && !e.org {
			d.tieRoles(e, n)
			if len(e.roles) > 0 {
				e.person, e.common = true, false
			}
		}
		subj := !inQ && d.subjectPosition(n)
		es.occ = push(es.occ, occurrence{pos: n.ha, end: n.b, ent: e, inQuote: inQ, subject: subj})
		e.subject = e.subject || subj
		e.occPos = push(e.occPos, n.ha)
		i = n.b
	}
	d.markSpeakers(es)
	for _, e := range es.all {
		// Only a person or a subject is read as someone: the others need
		// no look-up.
		if e.common = e.common && e.words == 1 && (e.person || e.subject) && d.commonWord(e.occPos[0]); e.common && !es.opensPerson(e.folded()) {
			// A plural ("Prosecutors said") is a group: "they", never "he".
			if e.person && d.pluralCommon(e.folded()) {
				e.gender = "p"
			} else {
				e.person = false
			}
		}
	}
	return es
}

// opensPerson reports a person of two words or more whose name starts
// with the folded word w: "Hua" for "Hua Chunying", a surname first.
func (es *entities) opensPerson(w string) bool {
	for _, id := range es.withFirst(w, hashString(w)) {
		if e := es.all[id]; e.person && e.words > 1 && startsWithWord(e.folded(), w) {
			return true
		}
	}
	return false
}

// photoCredit reports a name inside the parentheses that end a paragraph
// with a slash between photographer and outlet: "(Ines Calder / Harbour
// Ledger)", "(Tom Harlow/ Kelder Ferries)".
func (d *doc) photoCredit(n nameSeq) bool {
	para := d.toks[n.a].Para
	open := -1
	for k := n.ha - 1; k >= 0 && n.ha-k <= 6 && d.toks[k].Para == para; k-- {
		if t := d.toks[k].Text; t == "(" {
			open = k
			break
		} else if d.toks[k].Kind == tPunct && t != "/" || d.toks[k].Kind == tMark {
			return false
		}
	}
	if open < 0 {
		return false
	}
	slash := false
	for k := open + 1; k < len(d.toks) && k-open <= 12 && d.toks[k].Para == para; k++ {
		switch t := d.toks[k].Text; {
		case t == "/":
			slash = true
		case t == ")":
			end := k + 1
			if end < len(d.toks) && d.toks[end].Para == para && d.isFinal(end) {
				end++
			}
			return slash && (end >= len(d.toks) || d.toks[end].Para != para)
		case d.toks[k].Kind != tWord && t != "." && t != "-":
			return false
		}
	}
	return false
}

// subjectPosition reports a name that opens its clause and is followed by a
// verb or an apposition: "Odile Marchetti a reçu …", "Hollis Brandt met …",
// "Jane Roe, the mayor, …". People are named this way; places rarely are.
func (d *doc) subjectPosition(n nameSeq) bool {
	if n.ha > 0 {
		p := &d.toks[n.ha-1]
		opens := d.sentenceInitial(n.ha) || p.Text == "," || p.Text == ";" ||
			p.Low == "et" || p.Low == "and" || p.Low == "mais" || p.Low == "but"
		if !opens {
			return false
		}
	}
	if n.b >= len(d.toks) || d.toks[n.b].Para != d.toks[n.a].Para {
		return false
	}
	t := &d.toks[n.b]
	if t.Text == "," {
		// Only an apposition: "Jane Roe, the mayor, …".
		k := n.b + 1
		return k < len(d.toks) && (d.toks[k].has(xDeterminer) && d.hasRoleNoun(k+1, min(k+4, len(d.toks))) || d.toks[k].has(cRole))
	}
	return t.Kind == tWord && startsLower(t.Text) && !t.isPrep() && (t.has(xFrAux|xEnAux) || !t.has(cFunction))
}

// markSpeakers marks as people the names that stand as the subject of a
// speech verb ("Quist said", "a déclaré Jeanne Roux"): organisations speak
// too, but a place or an event never does.
func (d *doc) markSpeakers(es *entities) {
	if d.verbs == nil {
		return
	}
	// Per token: 1 + the index in es.occ of the occurrence that ends there
	// (byEnd), 1 + the index in es.all of the entity whose occurrence
	// starts there (byStart), 0 for none.
	var byEnd, byStart []int32
	if n := len(d.toks) + 1; cap(d.scr.occIdx) < 2*n {
		d.scr.occIdx = make([]int32, 2*n)
	}
	byEnd, byStart = d.scr.occIdx[:len(d.toks)+1], d.scr.occIdx[len(d.toks)+1:2*len(d.toks)+2]
	clear(byEnd)
	clear(byStart)
	for i, o := range es.occ {
		byEnd[o.end] = int32(i + 1) // the occurrence, for where it starts
		byStart[o.pos] = int32(o.ent.id + 1)
	}
	at := func(idx []int32, k int) *entity {
		if k < 0 || k >= len(idx) || idx[k] == 0 {
			return nil
		}
		return es.all[idx[k]-1]
	}
	for k := 0; k < len(d.toks); k++ {
		if d.inq[k] >= 0 || !d.toks[k].verbish { // verbish: a word that may start a verb
			continue
		}
		vEnd, v, _, ok := d.verbAt(k)
		if !ok || v.Lemma == "according to" {
			continue
		}
		// The name must touch the verb: in "X, who works in Halifax, said"
		// Halifax is not the subject.
		j := k
		for j > 0 && j > k-3 && d.toks[j-1].Kind == tWord && d.toks[j-1].has(xEnAux|xFrAux|xFrAdverb) {
			j--
		}
		// "la police de Brivolle confirme": a name after a preposition
		// completes the noun before it, which is the subject.
		if i := byEnd[j]; i > 0 {
			o := es.occ[i-1]
			// "l'Odevia a indiqué": French gives a body an article, and
			// no person.
			if !o.ent.org && (o.pos == 0 || !d.toks[o.pos-1].isPrep() && !(d.lang == "fr" && d.toks[o.pos-1].has(xDefinite))) {
				o.ent.person = true
			}
		}
		end := min(vEnd+10, len(d.toks))
		if v.Lemma == "tell" {
			// "told the Morning Tide": the name after is the listener.
			k = vEnd - 1
			continue
		}
		if m := d.parseNP(vEnd, d.sentenceEndFrom(vEnd, end), true); m.kind == mName {
			if e := at(byStart, m.name.ha); e != nil {
				e.person = true
			}
		}
		k = vEnd - 1
	}
}

// sentenceEndFrom is sentenceEnd bounded by limit.
func (d *doc) sentenceEndFrom(i, limit int) int {
	for j := i; j < limit; j++ {
		if d.toks[j].Para != d.toks[i].Para || d.toks[j].Kind == tPunct && (d.isFinal(j) || d.toks[j].Text == ",") {
			return j
		}
	}
	return limit
}

// sentenceInitial reports a token that opens a sentence or paragraph.
func (d *doc) sentenceInitial(i int) bool {
	if i == 0 || d.toks[i-1].Para != d.toks[i].Para {
		return true
	}
	p := &d.toks[i-1]
	return d.isFinal(i-1) || p.Kind == tMark || p.Text == ":" || p.Text == "—" || p.Text == "-"
}

// byRoleHead finds the person most recently tied to a role holding a word
// that starts like head ("mayor" in "mayoral candidate").
func (es *entities) byRoleHead(head string, pos int) *entity {
	if len(head) < 4 {
		return nil
	}
	hi := es.before(pos)
	for k := hi - 1; k >= 0 && hi-k <= lookBack; k-- {
		e := es.occ[k].ent
		for _, r := range e.roles {
			for _, w := range r {
				if strings.HasPrefix(w, head) || strings.HasPrefix(head, w) && len(w) >= 4 {
					return e
				}
			}
		}
	}
	return nil
}

// subjectSince reports whether e was a sentence's subject between tokens a
// and b.
func (es *entities) subjectSince(e *entity, a, b int) bool {
	for k := es.before(b) - 1; k >= 0 && es.occ[k].pos > a; k-- {
		if es.occ[k].ent == e && es.occ[k].subject {
			return true
		}
	}
	return false
}

// namedSince reports whether e was named outside quotations between tokens
// a and b.
func (es *entities) namedSince(e *entity, a, b int) bool {
	for k := es.before(b) - 1; k >= 0 && es.occ[k].pos > a; k-- {
		if es.occ[k].ent == e && !es.occ[k].inQuote {
			return true
		}
	}
	return false
}

// lastBefore is the token where e was last named before pos.
func (e *entity) lastBefore(pos int) int {
	k := sort.SearchInts(e.occPos, pos)
	if k == 0 {
		return pos
	}
	return e.occPos[k-1]
}

// lookBack bounds how far back a pronoun or a role phrase looks for its
// antecedent, in occurrences of names: it keeps resolution linear on huge
// inputs, and nobody refers back to the hundredth name before.
const lookBack = 200

// before returns the index of the first occurrence at or after pos.
func (es *entities) before(pos int) int {
	return sort.Search(len(es.occ), func(i int) bool { return es.occ[i].pos >= pos })
}

// recentPerson returns the person named most recently before pos outside
// quotations whose gender does not contradict the pronoun's.
//
// A person of the pronoun's gender wins over a nearer one of unknown gender,
// if named within the last few names.
func (es *entities) recentPerson(pos int, gender string) *entity {
	hi := es.before(pos)
	var unknown *entity
	for k := hi - 1; k >= 0 && hi-k <= lookBack; k-- {
		o := es.occ[k]
		if o.inQuote || o.ent.org || !o.ent.person {
			continue
		}
		g := o.ent.gender
		switch {
		case gender == "" || gender == "p" || g == gender:
			return o.ent
		case g == "" && unknown == nil:
			unknown = o.ent
		}
		if unknown != nil && hi-k > 12 {
			break
		}
	}
	return unknown
}

// recentPersonIn is recentPerson limited to the names of paragraph para.
func (es *entities) recentPersonIn(pos int, gender string, para int32, d *doc) *entity {
	hi := es.before(pos)
	for k := hi - 1; k >= 0 && d.toks[es.occ[k].pos].Para == para; k-- {
		o := es.occ[k]
		if o.inQuote || o.ent.org || !o.ent.person {
			continue
		}
		if gender == "" || o.ent.gender == "" || o.ent.gender == gender {
			return o.ent
		}
	}
	return nil
}

// personAhead finds the person a definite role refers forward to, named
// first at or after pos: one the article gives every word of the role
// (across its titles) within the next two paragraphs, else one who opens a
// clause as its subject in this paragraph or the next.
func (es *entities) personAhead(d *doc, pos int, words []string) *entity {
	para := d.toks[min(pos, len(d.toks)-1)].Para
	var subj *entity
	for k := es.before(pos); k < len(es.occ) && k-es.before(pos) <= lookBack; k++ {
		o := es.occ[k]
		p := d.toks[o.pos].Para
		if p > para+2 {
			break
		}
		e := o.ent
		if o.inQuote || e.org || !e.person || e.occPos[0] < pos {
			continue
		}
		var all []string
		for _, r := range e.roles {
			all = append(all, r...)
		}
		if len(words) > 0 && covers(all, words) {
			return e
		}
		if subj == nil && (o.subject || d.verbEndsAt(o.pos)) && p <= para+1 {
			subj = e
		}
	}
	return subj
}

// verbEndsAt reports a verb of saying that ends right before token i: the
// name at i is its inverted subject ("a souligné Ada Quist").
func (d *doc) verbEndsAt(i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if !d.toks[k].verbish {
			continue
		}
		if vEnd, v, _, ok := d.verbAt(k); ok && vEnd == i && v.Lemma != "according to" {
			return true
		}
	}
	return false
}

// recentOrg returns the organisation named most recently before pos outside
// quotations, skipping news outlets, which are sources rather than actors.
func (es *entities) recentOrg(pos int) *entity {
	hi := es.before(pos)
	// A name that reads as an organisation wins; else a name that is
	// neither a person nor a place ("Norvane Labs") and has been a
	// sentence's subject, so that it did something. A bare capitalised
	// word ("Dec", a title's word) is neither.
	for pass := 0; pass < 2; pass++ {
		for k := hi - 1; k >= 0 && hi-k <= lookBack; k-- {
			o := es.occ[k]
			if o.inQuote || o.ent.outlet || o.ent.place {
				continue
			}
			if pass == 0 && o.ent.org || pass == 1 && !o.ent.person && !o.ent.common && o.subject {
				return o.ent
			}
		}
	}
	return nil
}

// recentOrgNamed is recentOrg restricted to organisations whose name holds
// the noun: "the commission" → "the Police Services Commission".
func (es *entities) recentOrgNamed(pos int, noun string) *entity {
	hi := es.before(pos)
	for k := hi - 1; k >= 0 && hi-k <= lookBack; k-- {
		o := es.occ[k]
		if !o.inQuote && o.ent.org && !o.ent.outlet && strings.Contains(" "+o.ent.folded()+" ", " "+noun+" ") {
			return o.ent
		}
	}
	return nil
}

// byRole finds the person most recently tied to a role phrase covering all of
// the query's content words: "le Premier ministre irakien" matches "le nouveau
// Premier ministre irakien, Mostafa al-Kazemi".
func (es *entities) byRole(words []string, pos int) *entity {
	if len(words) == 0 {
		return nil
	}
	var best *entity
	bestPos := -2
	hi := es.before(pos + 1)
	seen := map[*entity]bool{}
	for k := hi - 1; k >= 0 && hi-k <= lookBack; k-- {
		e := es.occ[k].ent
		if seen[e] {
			continue
		}
		seen[e] = true
		for _, r := range e.roles {
			if covers(r, words) {
				if p := es.lastPos(e, pos+1); best == nil || p > bestPos {
					best, bestPos = e, p
				}
				break
			}
		}
	}
	return best
}

func covers(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w || stem(h) == stem(w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// stem drops the French feminine and plural endings so "avocate" and
// "avocat" meet.
func stem(w string) string {
	for _, suf := range []string{"es", "e", "s"} {
		if len(w) > 4 && strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// givenGender is the gender a given name at token k tells: none when the
// name is given to men and women alike.
func (d *doc) givenGender(k int) string {
	switch {
	case !d.toks[k].lowIs(d.lex, cGivenF):
		return "m"
	case !d.toks[k].lowIs(d.lex, cGivenM):
		return "f"
	}
	return ""
}
