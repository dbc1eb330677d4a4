package attrib

// What stands around a name tells whether it heads a speaker's phrase: a
// sentence adverb, an epithet or a place in apposition heads none.

// commonNotName reports a one-word name opening the sentence and set off
// by a comma ("Curiously, …", "Separately, …") that the word lists know
// only as a common word: a sentence adverb or the like, no name, unless
// the article made a person of it by a fuller name, an honorific or a
// role, or an apposition follows it. A common noun as a subject
// ("Economists say") is still read: typing ranks, it hides no speaker.
func (d *doc) commonNotName(a, end int, n nameSeq) bool {
	if n.words != 1 || n.hon != "" || n.org || n.ha != a || n.b >= len(d.toks) || d.toks[n.b].Text != "," ||
		!d.sentenceInitial(n.ha) || !d.commonWord(n.a) || d.subjectPosition(n) {
		return false
	}
	if d.ents != nil {
		if e := d.ents.resolveName(d, n, n.b); e != nil && e.person {
			return false
		}
	}
	return true
}

// epithet reports capitalised common words after a determiner and a
// lower-case title such as "former" ("l'ancien Lion Bleu", "the former
// Iron Gull"): a nickname for someone the article has named, a role and no
// name of its own, unless the words are a name the word lists know.
func (d *doc) epithet(a int, n nameSeq) bool {
	if n.hon != "" || n.org || n.place || n.ha-a != 2 || !d.toks[a].has(xDeterminer) {
		return false
	}
	if t := &d.toks[n.ha-1]; t.cap() || !t.has(cRoleTitle) || t.has(cRole) {
		return false
	}
	for k := n.a; k < n.b; k++ {
		if !d.commonWord(k) {
			return false
		}
	}
	return true
}

// placeApposition reports a known place name after a name and a comma or
// a parenthesis: the region or country of a city ("Birmingham, Alabama,
// on Saturday", "Kikwit (Kwilu)", "Dunmere, North Kelder, says"), no
// speaker, unless the article made a person of the word.
func (d *doc) placeApposition(n nameSeq) bool {
	if n.hon != "" || n.ha < 2 || !(n.words == 1 && d.toks[n.a].has(xPlaceName) || n.place) {
		return false
	}
	if p := d.toks[n.ha-1].Text; p != "," && p != "(" || !d.toks[n.ha-2].cap() || d.toks[n.ha-2].Kind != tWord {
		return false
	}
	if d.ents != nil {
		// Standing before a verb of saying is no evidence here: the
		// apposition stands there too.
		if e := d.ents.resolveName(d, n, n.b); e != nil && e.person && e.words > 1 && (!n.place || e.gender != "") {
			return false
		}
	}
	return true
}
