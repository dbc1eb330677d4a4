package attrib

import "strings"

// tokKey is a token's form for gazetteer lookup (see outletKey).
func tokKey(t *token) string {
	low := stripPossessive(t.Low)
	if strings.ContainsAny(low, "-.'") {
		return outletKey(low)
	}
	return low
}

// outletFrom matches the longest gazetteer outlet starting at token i, not
// past b. It returns the canonical name and the index past the match.
func (d *doc) outletFrom(i, b int) (string, int) {
	if i >= b || i >= len(d.toks) || d.toks[i].Kind != tWord || !d.mayStartOutlet(i) {
		return "", i
	}
	// The key grows a word at a time in a buffer; the map is asked with
	// it as a string, which does not copy it.
	var kb [128]byte
	key := kb[:0]
	words := 0
	best, bestEnd := "", i
	for j := i; j < b && j < len(d.toks) && j-i < d.lex.outletMax+2; j++ {
		t := &d.toks[j]
		if t.Para != d.toks[i].Para {
			break
		}
		if t.Kind != tWord {
			if t.Text == "-" || t.Text == "." {
				continue
			}
			break
		}
		if words > 0 {
			key = append(key, ' ')
		}
		key = append(key, tokKey(t)...)
		words++
		if canon, ok := d.lex.outlets[string(key)]; ok {
			// A short all-caps alias (AP, RT, FT) must be written in capitals.
			if words == 1 && len(key) <= 4 && !allCaps(t.Text) && canon != t.Text {
				continue
			}
			best, bestEnd = canon, j+1
		}
	}
	// An alias names a whole outlet, never the start of a longer name: "La
	// Dépêche du Causse" is not "La Dépêche du Midi".
	if bestEnd > i && d.namesOn(bestEnd, b) {
		return "", i
	}
	return best, bestEnd
}

// namesOn reports that the proper name before token k goes on at k: a
// capitalised word, or a particle before one ("du Causse"), that is not a
// day, a month or a function word.
func (d *doc) namesOn(k, b int) bool {
	if k >= b || k >= len(d.toks) || d.toks[k].Para != d.toks[k-1].Para || d.inq[k] >= 0 || d.toks[k-1].SpaceAfter && d.toks[k].Kind != tWord {
		return false
	}
	t := &d.toks[k]
	if t.Kind != tWord {
		return false
	}
	if t.has(xParticle) && k+1 < b && k+1 < len(d.toks) && d.toks[k+1].Para == t.Para {
		t = &d.toks[k+1]
	}
	return t.Kind == tWord && t.cap() && !t.lowIs(d.lex, cFunction) && !t.has(xTimeWord)
}

// mayStartOutlet reports whether token i is the first word of a gazetteer
// outlet's name, written as the gazetteer writes it: with a capital, unless
// the gazetteer writes that word without one ("dpa", "20 Minutes"). It is
// looked up once per token.
func (d *doc) mayStartOutlet(i int) bool {
	if d.ofirst == nil {
		if cap(d.scr.ofirst) < len(d.toks) {
			d.scr.ofirst = make([]uint8, len(d.toks))
		}
		d.ofirst = d.scr.ofirst[:len(d.toks)]
		clear(d.ofirst)
	}
	if d.ofirst[i] == 0 {
		d.ofirst[i] = 1
		t := &d.toks[i]
		// A word without "-", "." or "'" is its own key: its classes tell.
		cls := t.cls
		if t.seps != 0 {
			// Most such words are in lower case: their key's first word,
			// read in place, rules them out without building the key.
			if h := keyHead(t.Low); !t.isCap && h != "the" && d.lex.words.class(h)&xOutletUncased == 0 {
				return false
			}
			cls = d.lex.words.class(firstField(tokKey(t)))
		}
		if cls&xOutletFirst != 0 && (t.isCap || cls&xOutletUncased != 0) {
			d.ofirst[i] = 2
		}
	}
	return d.ofirst[i] == 2
}

// keyHead is the first word of the gazetteer key of a token whose folded
// form is low, firstField(tokKey(t)), as a part of low. outletKey drops a
// leading "the", so for "the" the key's first word is the next one.
func keyHead(low string) string {
	s := strings.TrimLeft(stripPossessive(low), "-.")
	if i := strings.IndexAny(s, "-.'"); i >= 0 {
		if s[i] == '\'' {
			i++
		}
		return s[:i]
	}
	return s
}

// firstByte is s[0], or 0 for "" (a word of combining marks alone folds
// to nothing).
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

func firstField(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// outletAt reports whether tokens [a, b) are exactly a gazetteer outlet.
func (d *doc) outletAt(a, b int) (string, bool) {
	name, end := d.outletFrom(a, b)
	return name, end == b && end > a
}

// findSources finds the outlets and reports an article cites: gazetteer
// outlets named outside quotations (not as an employer), phrases of the
// shape "selon X" / "according to X" / "rapporte X", credit lines and
// datelines.
func (d *doc) findSources() *sourceSet {
	set := &sourceSet{d: d}
	add := set.add
	for i := 0; i < len(d.toks); i++ {
		if d.inq[i] >= 0 {
			continue
		}
		t := &d.toks[i]
		// Each shape is tried only where it can start: a credit line at a
		// paragraph's first token or a "(", an outlet at a word that may
		// start one as written (see mayStartOutlet), a press cue at the
		// words pressCue reads.
		if i == 0 || d.toks[i-1].Para != t.Para || t.Text == "(" || t.isCap && d.isFinal(i-1) {
			if a, b, name, ok := d.creditLine(i); ok {
				add(name, a, b, "credit-line")
				i = b - 1
				continue
			}
		}
		// A sign-off starts at a dash, a press noun and a document at
		// a lower-case word of their class: the calls are made only there.
		if t.Kind == tPunct {
			if a, b, name, ok := d.signOff(i); ok {
				add(name, a, b, "credit-line")
				i = b - 1
			}
			continue
		}
		if t.Kind != tWord {
			continue
		}
		if !t.isCap && t.has(xPressNoun) {
			if a, b, name, ok := d.pressNoun(i); ok {
				add(name, a, b, "press-noun")
				i = b - 1
				continue
			}
		}
		if !t.isCap && t.has(xDocNoun) {
			if a, b, name, ok := d.documentOf(i); ok {
				add(name, a, b, "document")
				i = b - 1
				continue
			}
		}
		if end, name, ok := d.venueAt(i); ok {
			add(name, i, end, "venue")
			i = end - 1
			continue
		}
		if t.isCap || t.seps != 0 || t.has(xOutletUncased) {
			if name, end := d.outletFrom(i, len(d.toks)); end > i && d.inq[end-1] < 0 {
				if !d.employerBefore(i) {
					add(name, d.cueStart(i), end, "outlet")
				}
				i = end - 1
				continue
			}
		}
		switch firstByte(t.Low) {
		case 't', 'i', 'q', 'c', 'r':
			if a, b, name, ok := d.pressCue(i); ok {
				add(name, a, b, "press-cue")
				i = b - 1
				continue
			}
		}
		// Shape: "selon le parquet général", "according to the agency",
		// "rapporte TVA Nouvelles", "cité par …".
		if !t.has(xSourceCue) {
			continue
		}
		a := -1
		switch {
		case t.has(xFrame):
			if end, ok := d.frameAt(i, false); ok {
				a = end
			}
		case t.Low == "par" && i > 0 && strings.HasPrefix(d.toks[i-1].Low, "cit"):
			a = i + 1
		case t.has(xReportForm) && d.lang == "fr", t.Low == "reported" && i+1 < len(d.toks) && d.toks[i+1].Low == "by":
			a = i + 1
			if t.Low == "reported" {
				a++
			}
			for a < len(d.toks) && d.toks[a].has(xFrAdverb) {
				a++
			}
		}
		if a < 0 || a >= len(d.toks) {
			continue
		}
		// "according to Kenya's The Star": the place owning the outlet is
		// not its name.
		if a+1 < len(d.toks) && isPossessive(d.toks[a].Text) && d.toks[a+1].cap() && d.toks[a+1].Para == t.Para {
			a++
		}
		end := d.sourceNPEnd(a)
		if end <= a {
			continue
		}
		if name, ok := d.sourceName(a, end); ok {
			add(name, i, end, "attribution")
			i = end - 1
		}
	}
	return set
}

// cueStart widens an outlet mention back over the words that cite it
// ("Selon le", "told"), so the mention reads as it does in the text.
func (d *doc) cueStart(i int) int {
	a := i
	for k := i - 1; k >= 0 && i-k <= 3 && d.toks[k].Para == d.toks[i].Para && d.toks[k].Kind == tWord; k-- {
		low := d.toks[k].Low
		if d.toks[k].has(xDeterminer) || low == "selon" || low == "d'apres" || low == "according" || low == "to" ||
			low == "told" || low == "par" || low == "by" || low == "sur" || low == "on" || low == "avec" {
			a = k
			continue
		}
		break
	}
	return a
}

// employerBefore reports an outlet governed by a journalist's role: "le
// journaliste de Radio-Canada", "a reporter for CNN".
func (d *doc) employerBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4 && d.toks[k].Para == d.toks[i].Para; k-- {
		if d.toks[k].has(xEmployer) {
			return true
		}
		if d.toks[k].Kind != tWord {
			return false
		}
	}
	return false
}

// sourceNPEnd finds the end of the noun phrase naming a source: up to a
// comma, a sentence end or a clause word.
func (d *doc) sourceNPEnd(a int) int {
	k := a
	for k < len(d.toks) && k-a < 8 && d.toks[k].Para == d.toks[a].Para && d.inq[k] < 0 {
		t := &d.toks[k]
		if t.Kind != tWord && t.Text != "-" && t.Text != "." && t.Text != "'" {
			break
		}
		if t.Text == "." && !(k+1 < len(d.toks) && d.toks[k+1].Start == t.End) {
			break
		}
		if (t.has(xSourceEnd) || t.has(xTimeWord) && !t.cap()) && k > a {
			return k
		}
		k++
	}
	return k
}

// sourceName accepts a cited source that is not a person or a pronoun:
// "le Wall Street Journal", "les autorités", "le parquet général".
func (d *doc) sourceName(a, b int) (string, bool) {
	if _, ok := d.toks[a].pronoun(); ok {
		return "", false
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.has(xNotSource) && (k == a || !t.has(xDeterminer) && !t.cap()) {
			return "", false
		}
	}
	// "as reported by kelderport-news.com": a site's domain is its name.
	if b == a+1 && isDomain(d.toks[a].Text) {
		return d.toks[a].Text, true
	}
	if n, ok := d.firstPerson(a, b); ok && !n.org && d.isPersonName(n) {
		return "", false
	}
	// "reported by a local daily": a kind of outlet, in lower case, names
	// none.
	if d.unnamedOutlet(a, b) {
		return "", false
	}
	if e := d.ents.recentPerson(a, ""); e != nil && d.isPersonRef(a, b) {
		return "", false
	}
	// "according to the DHC" after "Deputy Harbour Commissioner": the
	// initials of a person's title cite that person, not a body.
	if h := d.skipDet(a, b); b == h+1 && d.titleInitials(h) {
		return "", false
	}
	if name, end := d.outletFrom(a, b); end > a {
		return name, true
	}
	h := d.skipDet(a, b)
	if name, end := d.outletFrom(h, b); end > h {
		return name, true
	}
	// "selon les chiffres communiqués par …": a document is no source;
	// its author may be.
	if d.toks[h].has(xDocNoun) && !d.toks[h].cap() {
		return "", false
	}
	// A bare role of a person ("selon l'avocate") cites a person, not a
	// source; only the head noun counts ("le parquet général" is a source).
	if d.hasRoleNoun(h, h+1) && !d.isGroupNoun(h, h+1) {
		return "", false
	}
	// "d'après match": a source is a noun phrase, with its determiner or a
	// capital.
	if h == a && !d.toks[a].cap() {
		return "", false
	}
	return d.span(d.skipDet(a, b), b), true
}

// unnamedOutlet reports a phrase [a, b) in lower case whose words say what
// kind of outlet it is and name none: "a local daily", "les médias".
func (d *doc) unnamedOutlet(a, b int) bool {
	kind := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.cap() || t.has(xOutletUncased) {
			return false
		}
		kind = kind || t.has(cPress|xPressNoun)
	}
	return kind
}

// titleInitials reports an acronym at token i spelled from a person's title
// the article gave before: "DHC" after "Deputy Harbour Commissioner".
func (d *doc) titleInitials(i int) bool {
	a, b, ok := d.acronymSpan(i)
	return ok && d.hasRoleNoun(a, b) && !d.isGroupNoun(a, b)
}

func (d *doc) isPersonRef(a, b int) bool {
	n, ok := d.nameAt(d.skipDet(a, b))
	return ok && !n.org && d.isPersonName(n)
}

// isPersonName reports a name the article treats as a person's.
func (d *doc) isPersonName(n nameSeq) bool {
	if n.hon != "" {
		return true
	}
	e := d.ents.resolveName(d, n, n.b)
	return e != nil && e.person
}

func (d *doc) skipDet(a, b int) int {
	if a < b && d.toks[a].has(xDeterminer) && a+1 < b {
		return a + 1
	}
	return a
}

// pressNoun reads an outlet named after the common noun that says what it
// is: "le quotidien Le Monde", "à l'agence TAP", "the scientific journal
// Gondwana Research", "au site d'informations Houna Loubnan". A gazetteer
// outlet gives its canonical name; another name is taken as written.
func (d *doc) pressNoun(i int) (int, int, string, bool) {
	t := &d.toks[i]
	if t.Kind != tWord || t.cap() || !t.has(xPressNoun) || d.inq[i] >= 0 || d.employerBefore(i) {
		return 0, 0, "", false
	}
	j := i + 1
	for n := 0; n < 3 && j < len(d.toks) && d.toks[j].Para == t.Para && d.toks[j].Kind == tWord && !d.toks[j].cap(); n++ {
		j++ // "d'informations libanais", "scientific"
	}
	if j >= len(d.toks) || d.toks[j].Para != t.Para || !d.toks[j].cap() || d.inq[j] >= 0 {
		return 0, 0, "", false
	}
	if name, end := d.outletFrom(j, len(d.toks)); end > j {
		return i, end, name, true
	}
	// "L'Écho de Kerbrat", "The Beacon": the article is the name's.
	k := j
	if d.toks[k].has(xArticle) && k+1 < len(d.toks) && d.toks[k+1].cap() {
		k++
	}
	n, ok := d.outletNameAt(k)
	if !ok {
		return 0, 0, "", false
	}
	return i, n.b, d.span(j, n.b), true
}

// pressCue reads the shapes that cite a newspaper or a station by a name the
// gazetteer does not know: "told the Morning Tide", "told Radio Kelder",
// "interrogée vendredi par Radio Verdoise", "the Harbour Ledger reported",
// "Le Courrier du Val, the local paper, reported".
func (d *doc) pressCue(i int) (int, int, string, bool) {
	low := d.toks[i].Low
	switch {
	case low == "told":
		j := i + 1
		det := j < len(d.toks) && (d.toks[j].Low == "the" || d.toks[j].Low == "le" || d.toks[j].Low == "la")
		if det {
			j++
		}
		n, ok := d.pressName(j, det)
		if !ok {
			return 0, 0, "", false
		}
		return i, n.b, d.nameText(n), true
	case strings.HasPrefix(low, "interroge") || strings.HasPrefix(low, "questionne") || strings.HasPrefix(low, "contacte"):
		for k := i + 1; k < len(d.toks) && k <= i+5 && d.toks[k].Para == d.toks[i].Para && d.toks[k].Kind == tWord; k++ {
			if d.toks[k].Low != "par" {
				continue
			}
			j := k + 1
			det := j < len(d.toks) && d.toks[j].has(xArticle)
			if det {
				j++
			}
			// "Contactée par Le Reflet": after these participles a name
			// that is not a person's is the outlet that asked.
			if n, ok := d.pressName(j, det); ok || det && n.words == 1 && n.b > j {
				name := d.nameText(n)
				if det && d.lang == "fr" && d.toks[j-1].cap() {
					name = d.span(j-1, n.b) // "Le Reflet": the article is the name's
				}
				return i, n.b, name, true
			}
			break
		}
	case low == "reported" || low == "reports" || d.toks[i].has(xReportForm):
		// The subject stands just before, maybe with an apposition.
		j := i
		if j > 0 && d.toks[j-1].Text == "," {
			for k := j - 2; k > 0 && j-k <= 12 && d.toks[k].Para == d.toks[i].Para; k-- {
				if d.toks[k].Text == "," {
					j = k
					break
				}
				if d.toks[k].Kind != tWord {
					return 0, 0, "", false
				}
			}
			if j == i {
				return 0, 0, "", false
			}
		}
		// The longest name ending at j.
		a := j
		for a > 0 && j-a < 6 && d.toks[a-1].Para == d.toks[i].Para && d.toks[a-1].Kind == tWord && (d.toks[a-1].cap() || d.toks[a-1].has(xParticle)) {
			a--
		}
		for k := a; k < j; k++ {
			if !d.mayName(k) {
				continue
			}
			n, ok := d.nameAt(k)
			if !ok || n.b != j || n.ha != k {
				continue
			}
			if !n.org || n.poss || !d.hasPressWord(n.a, n.b) {
				return 0, 0, "", false
			}
			return d.cueStart(k), i + 1, d.nameText(n), true
		}
	}
	return 0, 0, "", false
}

// pressName reads a newspaper's or a station's name at token j: one with a
// press word ("Radio Kelder", "Harbour Ledger"), or after an article a name
// that is neither a person, a place nor another organisation ("the Morning
// Tide"). Gazetteer outlets are left to outletFrom.
func (d *doc) pressName(j int, det bool) (nameSeq, bool) {
	if j >= len(d.toks) || d.inq[j] >= 0 {
		return nameSeq{}, false
	}
	if _, end := d.outletFrom(j, len(d.toks)); end > j {
		return nameSeq{}, false
	}
	n, ok := d.outletNameAt(j)
	if !ok {
		return nameSeq{}, false
	}
	if n.b < len(d.toks) && d.toks[n.b].Para == d.toks[j].Para && d.modifies(n.b) {
		return nameSeq{}, false // "the Senate committee"
	}
	if !d.hasPressWord(n.a, n.b) && !(det && !n.org && n.words >= 2) {
		// Not a press name by its words: the caller may still take it
		// by its shape (see pressCue), so the name is returned.
		return n, false
	}
	return n, true
}

// outletNameAt reads a name at token j that may be an outlet's: it starts
// there, and is neither possessive, a place, nor a person's (no honorific,
// no given name, not a person the article names).
func (d *doc) outletNameAt(j int) (nameSeq, bool) {
	n, ok := d.nameAt(j)
	if !ok || n.ha != j || n.poss || n.place || n.hon != "" || d.toks[n.a].has(cGiven) || !n.org && d.isPersonName(n) {
		return nameSeq{}, false
	}
	return n, true
}

func (d *doc) hasPressWord(a, b int) bool { return d.anyClass(a, b, cPress) }
