package attrib

import "strings"

// bareClause reports an English reported clause without "that" opening at
// token a: "said obstacles remain", "say closing the quay will cost …". It
// opens with a noun or a name rather than a preposition, an adverb or an
// infinitive, and an auxiliary soon shows its finite verb. The verb at k
// must follow its subject: after a comma or a quotation ("…,” says
// Quist, whose …") what follows it is the subject, inverted.
func (d *doc) bareClause(k, a, e int) bool {
	if k == 0 || d.inq[k-1] >= 0 {
		return false
	}
	// A comma before the verb may close an apposition to its subject ("X,
	// a harbour pilot, said …"), but not a quotation: "…,” says Quist".
	if p := &d.toks[k-1]; p.Kind != tWord && !(p.Text == "," && k >= 2 && d.toks[k-2].Kind == tWord && d.inq[k-2] < 0) {
		return false
	}
	t := &d.toks[a]
	if t.isPrep() || t.has(xEnAux|xTimeWord) || t.Low == "to" {
		return false
	}
	// A function word opens a clause only as its subject, its verb right
	// after it or in it: "said there were", "says this is", "said that's".
	// One contracted with its verb is a subject and a verb: "said there's".
	if t.has(cFunction) {
		if t.has(xConnective | xClauseWord | xListWord) {
			return false
		}
		if !t.plain() || a+1 < e && d.toks[a+1].has(xEnAux|xPassive) {
			return true
		}
		// Else only as a quantifier before its noun: "said some of the
		// guests were", "said both sides are", not "said as much".
		if t.has(xSceneWord) || t.cap() || a+1 >= e || d.toks[a+1].Kind != tWord || d.toks[a+1].has(xTimeWord) || d.toks[a+1].has(cFunction) && !d.toks[a+1].isPrep() {
			return false
		}
	}
	if _, _, _, ok := d.verbAt(a); ok {
		return false
	}
	for k := a + 1; k < e && k < a+8; k++ {
		if d.toks[k].has(xEnAux) && d.toks[k].Low != "also" && d.toks[k].Low != "then" {
			return true
		}
	}
	// Without an auxiliary, a past tense right after a noun shows the
	// verb: "said Orla sold the mill", "said the crew left early".
	for k := a + 1; k < e && k < a+8; k++ {
		if d.toks[k].Kind != tWord || d.inq[k] >= 0 {
			break
		}
		if d.pastTenseAt(k) {
			return true
		}
	}
	return false
}

// pastTenseAt reports an English simple past at token k: a lower-case
// word in -ed after a content word. A word the lists class is no verb.
func (d *doc) pastTenseAt(k int) bool {
	t := &d.toks[k]
	if t.cap() || !t.plain() || !strings.HasSuffix(t.Low, "ed") || len(t.Low) < 5 || t.has(cFunction) {
		return false
	}
	p := &d.toks[k-1]
	return p.Kind == tWord && !p.has(cFunction) && !p.isPrep()
}

// thatReach reports that the "that" at token j opens the clause reported
// by the verb ending at a: only an adverb ("announced recently that"), the
// one spoken to ("told reporters that", "told the council that") and the
// scene ("said in a statement on Friday that", "noted several times that")
// may stand between them.
func (d *doc) thatReach(a, j, e int) bool {
	for a < j && d.toks[a].Kind == tWord && !d.toks[a].cap() && d.toks[a].has(xEnAux) {
		a++
	}
	if j == a || d.sceneAfterVerb(a, e) == j {
		return true
	}
	o := a
	if n, ok := d.nameAt(a); ok && !n.poss {
		o = n.b
	} else {
		// A determiner or a quantifier, then a few nouns.
		if _, isPron := d.toks[o].pronoun(); d.toks[o].has(xDeterminer|xObjPronM|xObjPronF|xObjPronP) || d.toks[o].has(cFunction) && !d.toks[o].isPrep() && !isPron {
			o++
		}
		for n := 0; o < j && n < 2 && d.toks[o].Kind == tWord && !d.toks[o].has(cFunction|xEnAux); n++ {
			o++
		}
	}
	return o == j || o > a && d.sceneAfterVerb(o, e) == j
}

// nounObject reports that the determiner at token a opens the object of a
// verb of saying rather than the subject of a reported clause: a noun or
// two right before a preposition, a conjunction or the end ("confirmed the
// closure of the crossing", "boasts a harbour view", "announced a plan
// that …"), with no finite verb after it to make it a subject ("said the
// cost of the works is higher"). A verb in a clause of its own does not
// count: "added a goal as the home side held on".
func (d *doc) nounObject(a, e int) bool {
	if d.toks[a].cap() {
		return false // "told CBS This Morning that": part of a name
	}
	j := a + 1
	for n := 0; j < e && n < 2 && d.toks[j].Kind == tWord && d.inq[j] < 0 && !d.toks[j].has(cFunction) && !d.toks[j].isPrep(); n++ {
		j++
	}
	if j == a+1 {
		return false
	}
	if j < e {
		// A comma may close an apposition to a clause's subject: "said
		// the ferry, like the quay, had gone".
		if t := &d.toks[j]; t.Text == "," || t.Kind == tWord && !t.isPrep() && !t.has(xConnective|xClauseWord|xListWord) {
			return false
		}
	}
	b := d.contrastBreak(a, e)
	for k := j; k < b; k++ {
		if d.toks[k].has(xClauseWord) {
			// The subordinate clause holds the first verb after it; a
			// second one is the main clause's: "said the days when the
			// town had one ferry are gone".
			return !d.finiteIn(a+1, k) && d.verbGroups(k, b) < 2
		}
	}
	return !d.finiteIn(a+1, b)
}

// finiteIn reports a sign of a finite verb among tokens [a, b): an
// auxiliary or a form of "be", a verb of saying, or a simple past after a
// noun. A determiner after a verb of saying opens a reported clause only
// with one ("confirmed the crossing was closed"); without, it opens the
// verb's object ("confirmed the closure of the crossing", "boasts a
// harbour view").
func (d *doc) finiteIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.finiteAt(a, k) {
			return true
		}
	}
	return false
}

// verbGroups counts the finite verbs among tokens [a, b), a run of signs
// ("had been told") counting once.
func (d *doc) verbGroups(a, b int) int {
	n, prev := 0, false
	for k := a; k < b; k++ {
		f := d.finiteAt(a, k)
		if f && !prev {
			n++
		}
		prev = f
	}
	return n
}

// finiteAt reports a sign of a finite verb at token k of a phrase opening
// at a.
func (d *doc) finiteAt(a, k int) bool {
	t := &d.toks[k]
	if t.Kind != tWord {
		return false
	}
	if t.has(xEnAux|xPassive) && !t.cap() || k > a && (d.pastTenseAt(k) || d.presentAt(k)) || t.verbish && d.isVerbAt(k) {
		return true
	}
	// An infinitive after the object reports what was asked or promised:
	// "urged the mayor to resign", "stressed the need to act".
	n := k + 1
	return t.has(xInfMark) && t.isPrep() && k > a && n < len(d.toks) && d.toks[n].Kind == tWord && !d.toks[n].cap() && !d.toks[n].has(cFunction)
}

// presentAt reports an English present in -s at token k: a lower-case
// word after a content word, before a function word or the clause's end
// ("the levy covers the roads", "the ferry runs").
func (d *doc) presentAt(k int) bool {
	t := &d.toks[k]
	if t.cap() || !t.plain() || !strings.HasSuffix(t.Low, "s") || strings.HasSuffix(t.Low, "ss") || len(t.Low) < 4 || t.has(cFunction) {
		return false
	}
	p := &d.toks[k-1]
	if p.Kind != tWord || p.has(cFunction) || p.isPrep() || p.cap() && !d.toks[k-1].plain() {
		return false
	}
	n := k + 1
	return n >= len(d.toks) || d.toks[n].Kind != tWord || d.toks[n].has(cFunction) || d.toks[n].isPrep()
}

// subjectInApposition reports that the words [a, c) before the comma of a
// verb of saying are its subject and an apposition to it, not a reported
// clause: a name, or a short phrase on a possessive name, then after a
// comma a description or a relative clause without a finite verb of its
// own ("Orla Penhallow, a harbour engineer, said …", "Penhallow's
// father, Joseph, says …", "Quist, who runs the ferry, said …").
func (d *doc) subjectInApposition(a, c int) bool {
	a = d.skipConnectives(a, c)
	n, ok := d.nameAt(a)
	if !ok || n.ha != a {
		return false
	}
	c1 := n.b
	if n.poss {
		for c1 < c && c1 < n.b+3 && d.toks[c1].Kind == tWord && !d.toks[c1].has(cFunction) {
			c1++
		}
	}
	if c1 >= c || d.toks[c1].Text != "," {
		return false
	}
	return c1+1 < c && d.toks[c1+1].has(xRelative) || !d.finiteIn(c1+1, c)
}

// auxIn reports an auxiliary, a form of "be", a simple past or a verb of
// saying among tokens [a, b): the surer signs of finiteIn, without the
// present in -s that a plural noun also shows.
func (d *doc) auxIn(a, b int) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.Kind == tWord && (t.has(xEnAux|xPassive) && !t.cap() || k > a && d.pastTenseAt(k) || t.verbish && d.isVerbAt(k)) {
			return true
		}
	}
	return false
}
