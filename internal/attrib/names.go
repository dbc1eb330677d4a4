package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameSeq is a run of capitalised tokens that may name a person or an
// organisation: "Mostafa al-Kazemi", "M. Konovalov", "Sûreté du Québec".
type nameSeq struct {
	a, b  int    // token range of the name itself, honorific excluded
	hon   string // folded honorific before it ("m", "mme"), if any
	ha    int    // first token, honorific included
	poss  bool   // ends in a possessive: "Quist’s"
	org   bool   // looks like an organisation or outlet, not a person
	place bool   // looks like a place: neither a person nor a speaker
	words int
}

func isPossessive(s string) bool {
	return strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’") && len(s) > 3
}

func stripPossessive(s string) string {
	if n := len(s); n == 0 || s[n-1] != 's' && s[n-1] != 0x99 {
		return s
	}
	for _, suf := range []string{"’s", "'s", "’"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isHonorificAt reports an honorific at token i ("M.", "Mme", "Dr"), and the
// index just past it and its period.
func (d *doc) isHonorificAt(i int) (int, bool) {
	t := &d.toks[i]
	if t.Kind != tWord || !t.cap() || !t.has(cHonorific) {
		return 0, false
	}
	j := i + 1
	if j < len(d.toks) && d.toks[j].Text == "." && d.toks[j].Para == t.Para {
		j++
	} else if t.Low == "m" || t.Low == "me" || t.Low == "pr" || t.Low == "fr" || t.Low == "rev" {
		// Without their period these are ordinary words or initials.
		if t.Low != "me" || j >= len(d.toks) {
			return 0, false
		}
	}
	if j < len(d.toks) && d.toks[j].Kind == tWord && d.toks[j].cap() && d.toks[j].Para == t.Para {
		return j, true
	}
	return 0, false
}

// mayName reports whether a name can start at token i: a capitalised word,
// honorific or not. It is nameAt's first test, small enough to inline in
// the loops that try every token.
func (d *doc) mayName(i int) bool {
	return uint(i) < uint(len(d.toks)) && d.toks[i].isCap && d.toks[i].Kind == tWord
}

// nameAt reads a name starting at token i, or reports false. Sentence-initial
// function words ("Le", "But") and role titles ("Premier ministre") are not
// part of names.
func (d *doc) nameAt(i int) (nameSeq, bool) {
	// Every name, honorific or not, starts with a capitalised word.
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != tWord || !d.toks[i].isCap {
		return nameSeq{ha: i}, false
	}
	if d.names == nil {
		d.names = int32s(&d.scr.i32[1], len(d.toks))
	}
	switch x := d.names[i]; {
	case x < 0:
		return nameSeq{ha: i}, false
	case x > 0:
		return d.namePool[x-1], true
	}
	n, ok := d.readName(i)
	if !ok {
		d.names[i] = -1
		return nameSeq{ha: i}, false
	}
	d.namePool = push(d.namePool, n)
	d.names[i] = int32(len(d.namePool))
	return n, true
}

func (d *doc) readName(i int) (nameSeq, bool) {
	n := nameSeq{ha: i}
	if j, ok := d.isHonorificAt(i); ok {
		n.hon = d.toks[i].Low
		i = j
	}
	t := &d.toks[i]
	if t.Kind != tWord || !t.cap() {
		return n, false
	}
	// A generational suffix after a name is no name of its own: "Joseph
	// R. Biden Jr., who …, said".
	if n.hon == "" && (t.has(cFunction) && !d.frenchParticle(i) || t.has(cRoleTitle) || t.has(cHonorific) || d.partyTag(i) || t.Low == "jr" || t.Low == "sr") {
		return n, false
	}
	n.a = i
	j := i + 1
	for j < len(d.toks) && d.toks[j].Para == t.Para && !isPossessive(d.toks[j-1].Text) {
		nt := &d.toks[j]
		// A headline in title case: "Harlow Says Pier Will Close". A verb
		// of saying in the present, with more capitals after it, ends the
		// name before it ("Consumer Reports" ends with its verb-like word).
		if nt.has(xVerbEn) && nt.cap() && strings.HasSuffix(nt.Low, "s") && j+1 < len(d.toks) && d.toks[j+1].cap() && d.toks[j+1].Para == t.Para && d.lang == "en" {
			break
		}
		switch {
		case nt.Kind == tWord && nt.cap() && (!nt.has(cFunction) || d.toks[j-1].has(cGiven)):
			// A month or common word after a given name is a surname:
			// "Jane May".
			j++
			continue
		case nt.Kind == tWord && nt.has(xParticle):
			// "van der Kelder", "de la Fontaine", "al Kazemi".
			p := j
			for p < len(d.toks) && p-j < 2 && d.toks[p].Kind == tWord && d.toks[p].has(xParticle) {
				p++
			}
			if p < len(d.toks) && d.toks[p].Kind == tWord && d.toks[p].cap() && d.toks[p].Para == t.Para {
				j = p + 1
				continue
			}
		case nt.Kind == tWord && nt.has(xLinkWord) && !nt.has(xListWord) && !nt.cap() && j+1 < len(d.toks) && d.toks[j+1].Kind == tWord && d.toks[j+1].cap() &&
			d.toks[j+1].Para == t.Para && !d.toks[j+1].has(xParticle|cFunction) && d.anyClass(i, j, cOrg):
			// An organisation's name goes on past a link word: "Chamber
			// of Commerce", "Office for Harbour Safety".
			j += 2
			continue
		case nt.Text == "." && (utf8.RuneCountInString(d.toks[j-1].Text) == 1 || strings.Contains(d.toks[j-1].Text, ".")) && j+1 < len(d.toks) && d.toks[j+1].cap() && d.toks[j+1].Para == t.Para:
			j += 2 // an initial or abbreviation: "Jane Q. Roe", "U.S. State Department"
			continue
		case nt.digit() && !strings.ContainsAny(nt.Text, ".,:") && (j+1 < len(d.toks) && d.toks[j+1].Kind == tWord && d.toks[j+1].cap() && d.toks[j+1].Para == t.Para || d.toks[j-1].has(cPress)):
			// A number inside a name: "Zone 2 Command", "Radio 1".
			if d.toks[j-1].has(cPress) && !(j+1 < len(d.toks) && d.toks[j+1].cap()) {
				j++
			} else {
				j += 2
			}
			continue
		case nt.Kind == tWord && nt.has(xPartitive) && j == i+1 && d.toks[i].has(cOrg):
			// A French organisation's name runs through its complements
			// to a proper name: "Association des contribuables du Val".
			if end := d.complementName(j); end > j {
				j = end
				continue
			}
		}
		break
	}
	// "Paul E. Harlow Jr.": the generational suffix is no part of the
	// name the article shortens to "Mr. Harlow".
	if j-i > 2 && (d.toks[j-1].Low == "jr" || d.toks[j-1].Low == "sr") {
		j--
	}
	// A title inside the run starts the name after it: "Conservative
	// Leader Ada Quist", "Brumeval MP Tom Harlow".
	for k := j - 2; k >= i; k-- {
		if d.toks[k].lowIs(d.lex, cRoleTitle|cRole) {
			i = k + 1
			break
		}
	}
	// A credit or an organisation glued before a person's name: "Getty
	// Images Tom Harlow". Split before a given name that follows a word
	// which is not itself a given name.
	for k := j - 2; k > i; k-- {
		if d.toks[k].lowIs(d.lex, cGiven) && (d.toks[k-1].lowIs(d.lex, cOrg) || allCaps(d.toks[k-1].Text)) {
			i = k
			break
		}
	}
	// A common word of the language glued before a given name and a
	// surname is a title or an epithet the rules do not know ("Novelist
	// Tom Harlow", "Beloved Ada Quist"): the name starts at the given name.
	// Not a function word ("Will Be" in a headline).
	if n.hon == "" {
		for k := j - 2; k > i; k-- {
			if d.toks[k].lowIs(d.lex, cGiven) && !d.toks[k-1].has(cGiven|cPlace) && d.commonWord(k-1) && !d.anyClass(k, j, cOrg|cPlace) && !d.toks[k].has(cLangEn|cLangFr) && !d.toks[j-1].has(cFunction|cLangEn|cLangFr|xEnAux|xFrAux) {
				i = k
				break
			}
		}
	}
	// A capitalised common noun after a determiner, before a name of two
	// words or more, is a nationality or an epithet: "le Mauritanien
	// Paul Kerjean", "the Briton Ada Quist". English writes many a name so
	// ("the Harbour Safety Act"): there a given name must follow.
	if n.hon == "" && j-i >= 3 && i > 0 && d.toks[i-1].has(xDeterminer) && d.toks[i-1].Para == t.Para && d.commonWord(i) &&
		d.toks[i+1].cap() && (d.lang == "fr" || d.toks[i+1].has(cGiven)) &&
		!d.toks[i].has(cGiven|cRoleTitle) && !d.anyClass(i, j, cOrg|cPlace|cPress) && !d.allCommon(i+1, j) {
		i++
	}
	// An acronym glued before a person's name is a title ("DSP Ada
	// Quist", "CTO Tom Harlow"): capitals that are no initial, before two
	// or more words of a name that is not all capitals.
	if j-i >= 3 && n.hon == "" && allCaps(d.toks[i].Text) && !strings.Contains(d.toks[i].Text, ".") {
		if l := utf8.RuneCountInString(d.toks[i].Text); l >= 2 && l <= 4 && !allCaps(d.toks[i+1].Text) && !allCaps(d.toks[j-1].Text) && !d.mayStartOutlet(i) {
			i++
		}
	}
	// A compound modifier ends before the name: "Valbois-based
	// Kelder Ferries", "Toronto-born Ada Quist".
	for k := j - 2; k >= i; k-- {
		if h := strings.LastIndexByte(d.toks[k].Text, '-'); h > 0 && startsLower(d.toks[k].Text[h+1:]) {
			i = k + 1
			break
		}
	}
	// What is left of "Attorney General" after its title is no name.
	if j-i == 1 && n.hon == "" && (d.toks[i].has(cRoleTitle) || d.toks[i].has(cRole)) {
		return n, false
	}
	// A run ending in a title is a role, not a name: "the Brumeval MP";
	// after a given name it is a surname: "Peter King", "Ada Major".
	if j-i > 1 && n.hon == "" && (d.toks[j-1].has(cRoleTitle) || d.toks[j-1].has(cRole)) && !(j-i <= 4 && d.toks[i].has(cGiven)) {
		return n, false
	}
	// A sentence's first word is capitalised anyway: when the article
	// also uses it in lower case it is a common word ("Unlike", "Overstating").
	for i < j-1 && n.hon == "" && d.sentenceInitial(i) && d.toks[i].lowerSeen && !d.toks[i].has(cGiven) {
		i++
	}
	n.a = i
	n.b = j
	n.words = j - i
	n.poss = isPossessive(d.toks[j-1].Text)
	// "Daniel House" is a person whatever "House" means elsewhere.
	givenFirst := d.toks[n.a].has(cGiven)
	n.org = !(givenFirst && n.words >= 2 && n.words <= 3 && d.toks[n.b-1].has(xSurnameLike)) && d.looksOrg(n.a, n.b)
	press := d.hasPressWord(n.a, n.b) // "Harbour Ledger" is a paper
	// A place word makes the name a place ("Kelder Bay"), unless an
	// organisation's word follows it: "Harbour Authority", "Port Police".
	for k := n.a; k < n.b && !givenFirst && !press; k++ {
		if d.toks[k].has(cPlace) && !d.anyClass(k+1, n.b, cOrg) {
			n.place, n.org = true, false
		}
	}
	// A dateline: "NEW YORK (AP) —", "PARIS -- ".
	if j < len(d.toks) && allCaps(d.toks[n.a].Text) {
		switch d.toks[j].Text {
		case "(", "--", "—", "–", "-":
			n.place, n.org = true, false
		}
	}
	return n, true
}

// frenchParticle reports, in an English article, a French article or
// particle with a capital inside a sentence and a capitalised word after
// it: the start of a name ("said Le Pen", "De Blasio", "Des Moines"), not
// an English function word.
func (d *doc) frenchParticle(i int) bool {
	t := &d.toks[i]
	return d.lang == "en" && t.has(cLangFr|xParticle) && !t.has(cLangEn) && i+1 < len(d.toks) && d.toks[i+1].Kind == tWord &&
		d.toks[i+1].cap() && d.toks[i+1].Para == t.Para && !d.sentenceInitial(i)
}

// initials reports capitals joined by periods, "J.M" of "J.M. Roe": its
// last period is an initial's, like a single capital's.
func initials(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(s)%2 == 1
}

// partyTag reports a party and a state in parentheses after a name, as
// American news writes them: "(R-Utah)", "(D-N.C.)", "(I-VT)", "(R)". It tells who
// the person is and names no one.
func (d *doc) partyTag(i int) bool {
	s := d.toks[i].Text
	if i == 0 || d.toks[i-1].Text != "(" || s[0] < 'A' || s[0] > 'Z' || len(s) != 1 && (len(s) < 3 || s[1] != '-' || s[2] < 'A' || s[2] > 'Z') {
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+2; k++ {
		switch d.toks[k].Text {
		case ")":
			return true
		case ".":
			continue
		}
		return false
	}
	return false
}

// looksOrg tells organisations, outlets and things from people by their
// words: an organisation keyword, an acronym, a digit, or a gazetteer outlet.
func (d *doc) looksOrg(a, b int) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		low := stripPossessive(t.Low)
		if t.has(cOrg) || t.digit() || allCaps(stripPossessive(t.Text)) && b-a == 1 {
			return true
		}
		if strings.HasSuffix(low, ".com") || strings.HasSuffix(low, ".fr") || strings.HasSuffix(low, ".ca") {
			return true
		}
	}
	_, isOutlet := d.outletAt(a, b)
	return isOutlet
}

// nameText returns the name's surface form without a possessive ending.
func (d *doc) nameText(n nameSeq) string {
	return stripPossessive(d.span(n.a, n.b))
}

// nameKey is the folded last word of a name, the key people are merged
// on, and its hash.
func (d *doc) nameKey(n nameSeq) (string, uint32) {
	t := &d.toks[n.b-1]
	if k := stripPossessive(t.Low); len(k) != len(t.Low) {
		return k, hashString(k)
	}
	return t.Low, t.hash
}

// isPrep reports a preposition. Folding makes French "à" read "a", which in
// English is an article, so that one is told by its accent.
// isVia reports a word before an outlet words were relayed through ("à",
// "told", "on"); the English article "a" folds like "à" and is none.
func (t *token) isVia() bool {
	return t.has(xViaWord) && (!t.has(xPreposition) || t.isPrep())
}

// allCommon reports whether every word of [a, b) is a common word of the
// language.
func (d *doc) allCommon(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.commonWord(k) {
			return false
		}
	}
	return true
}

func (t *token) isPrep() bool {
	if t.Low == "a" {
		return t.Text == "à" || t.Text == "À"
	}
	return t.has(xPreposition)
}

// pronounOf reports whether a word of classes cls is a subject pronoun,
// and the gender it tells: "m", "f", or "p" for none ([pronoun-p]).
func pronounOf(cls uint64) (string, bool) {
	switch {
	case cls&xPronM != 0:
		return "m", true
	case cls&xPronF != 0:
		return "f", true
	case cls&xPronP != 0:
		return "p", true
	}
	return "", false
}

// pronoun is pronounOf for the token's own form.
func (t *token) pronoun() (string, bool) { return pronounOf(t.cls) }

// anyClass reports a token of [a, b) in one of the classes c.
func (d *doc) anyClass(a, b int, c uint64) bool {
	for k := a; k < b; k++ {
		if d.toks[k].has(c) {
			return true
		}
	}
	return false
}

// complementName reads, from the partitive at j, lower-case complements
// ending in a proper name after a partitive or an article ("des
// contribuables du Val"), and returns the index past the name, or j.
func (d *doc) complementName(j int) int {
	para := d.toks[j].Para
	for k := j + 1; k < len(d.toks) && k < j+5 && d.toks[k].Para == para && d.toks[k].Kind == tWord && d.inq[k] < 0; k++ {
		t := &d.toks[k]
		if t.cap() {
			if !d.toks[k-1].has(xPartitive | xDefinite) {
				return j
			}
			e := k + 1
			for e < len(d.toks) && d.toks[e].Para == para && d.toks[e].Kind == tWord && d.toks[e].cap() {
				e++
			}
			return e
		}
		if !startsLower(t.Text) || t.has(xClauseWord|xFrAux|xEnAux) {
			return j
		}
	}
	return j
}
